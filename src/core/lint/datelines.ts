// Datelines: where a news item, a press release or a dated note says when it was written, at the start of a line —
// "NEW YORK, June 22, 2018 (GLOBE NEWSWIRE) --", "SANTA CLARA, Calif., Nov. 20, 2026 /PRNewswire/ --", "VANCOUVER,
// British Columbia, July 10, 2026 (WIRE) --",
// "Jun 30, 2025 (Baystreet.ca via COMTEX) --", "June 25, 2021 - 2:48 PM", a byline's date between bars ("By Jane
// Doe | Nov. 20, 2026; 12:00 PM ET | Markets"), or a line that is nothing but a date ("Tuesday, June 17, 2025 4:29
// PM", "## November 20, 2026", "_Nov. 20, 2026_"). This file finds where such a date
// starts and says whether what follows it closes a dateline; asOfStamps.ts reads the date itself.
//
// Not datelines: a list item ("- Dec. 4, 2026 — FOMC decision" is an event in a calendar), a date that opens a
// sentence ("November 20, 2026 was the day …"), a date after a colon ("April 28, 2026: here are …" reads like an
// event list as often as a dateline, and an event's date in the future would be reported as a future stamp).

import type { NoteSource } from './noteSource';

/**
 * Quote and heading markers and emphasis, then an optional place in capitals with an optional state or country
 * ("NEW YORK, ", "SANTA CLARA, Calif., ", "LONDON, ") or a byline up to its bar ("By Jane Doe | "), then something
 * that can start a date. Case-sensitive: the place is written in capitals by every wire.
 */
const datelineStart = /^[ \t>#*_]*(?:[A-Z][A-Z.'’ -]*[A-Z.],[ \t]+(?:[A-Z][A-Za-z]*\.?(?:[ \t][A-Z][A-Za-z]*\.?){0,2},[ \t]+)?|By[ \t][^|\n]{1,60}\|[ \t]*)?(?=[A-Za-z0-9])/;
const listItem = /^[ \t>]*(?:[-+*]|\d{1,3}[.)])[ \t]/;
/** A qualifier or session before the date makes a sentence ("Late January 2026 was…"), not a dateline. */
const sentenceOpening = /^(?:the|early|mid|late|end|beginning|start|close|closing|open|market|trading)\b/i;
/**
 * What may follow a dateline's date: a time ("4:29 PM", "at 10:46 pm IST", "; 12:00 PM ET"), then the line's end, a
 * wire's tag in parentheses or slashes, a dash before the story, or a byline's next bar.
 */
const datelineEnd = /^[ \t*_,;]*(?:(?:at[ \t]+)?\d{1,2}(?::\d{2})?[ \t]*(?:[AaPp]\.?[Mm]\.?)?(?:[ \t]+[A-Z]{2,4})?[ \t*_]*)?(?:$|\(|\/|--|[-–—][ \t]|\|)/;
/** A dateline is short: its first this many characters are all that is looked at. */
const datelineReach = 120;

export interface DatelineCandidate {
  /** 0-based line and the offset where its date may start. */
  readonly line: number;
  readonly dateAt: number;
  /** The text from `dateAt` on, at most `datelineReach` characters, not past the line's end. */
  readonly window: string;
}

/** Lines that may open with a dateline, in document order: one look at the start of each prose line. */
export function* datelineCandidates(source: NoteSource): Generator<DatelineCandidate> {
  const { lines } = source;
  let skipped: { covers(offset: number): boolean } | undefined;
  for (let line = source.frontMatterLines; line < lines.lineCount; line++) {
    if (!source.isTextLine(line) || source.isTableLine(line)) continue;
    const lineStart = lines.lineStarts[line];
    const head = source.text.slice(lineStart, Math.min(lines.lineEnd(line), lineStart + datelineReach));
    if (head.trim() === '' || listItem.test(head)) continue;
    const start = datelineStart.exec(head);
    if (!start || sentenceOpening.test(head.slice(start[0].length))) continue;
    skipped ??= source.skippedSpans.cursor();
    if (skipped.covers(lineStart + start[0].length)) continue;
    yield { line, dateAt: lineStart + start[0].length, window: head.slice(start[0].length) };
  }
}

/** Whether the text after a date closes a dateline. */
export function closesDateline(afterDate: string): boolean {
  return datelineEnd.test(afterDate);
}
