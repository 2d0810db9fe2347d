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
/**
 * A first look at a line's start, in place (sticky, no copy of the line): a digit, a place in capitals, a byline, or
 * a capitalised day or month and then a number (British copy puts the day first: "Friday, 16 October 2026"). Most
 * lines of a note fail here, which keeps the pass to one cheap test a line.
 */
const mayOpen =
  /[ \t>#*_]*(?:\d|[A-Z][A-Z.'’ -]{0,60}[A-Z.],|By[ \t]|(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?[ \t]+)?(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ \t]+)?\d)/y;
/** A qualifier or session before the date makes a sentence ("Late January 2026 was…"), not a dateline. */
const sentenceOpening = /^(?:the|early|mid|late|end|beginning|start|close|closing|open|market|trading)\b/i;
/**
 * What may follow a dateline's date: a time ("4:29 PM", "at 10:46 pm IST", "; 12:00 PM ET"), then the line's end, a
 * wire's tag in parentheses or slashes, a dash before the story, or a byline's next bar.
 */
const datelineEnd = /^[ \t*_,;]*(?:(?:at[ \t]+)?\d{1,2}(?::\d{2})?[ \t]*(?:[AaPp]\.?[Mm]\.?)?(?:[ \t]+[A-Z]{2,4})?[ \t*_]*)?(?:$|\(|\/|--|[-–—][ \t]|\|)/;
/**
 * What a dateline's date starts like, checked before chrono is asked (most lines open with a word, and chrono is the
 * costly part): a day name, then a day's number or a month's name or abbreviation followed by a number, and a year
 * somewhere in the first few words. "Market breadth…" and "March was…" go no further.
 */
const dateLike =
  /^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?[ \t]+)?(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[ \t]+\d)/i;
const yearSoon = /\d{4}/;
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
    mayOpen.lastIndex = lineStart;
    if (!mayOpen.test(source.text)) continue;
    const head = source.text.slice(lineStart, Math.min(lines.lineEnd(line), lineStart + datelineReach));
    if (listItem.test(head)) continue;
    const start = datelineStart.exec(head);
    if (!start) continue;
    const rest = head.slice(start[0].length);
    if (!dateLike.test(rest) || !yearSoon.test(rest.slice(0, 40)) || sentenceOpening.test(rest)) continue;
    skipped ??= source.skippedSpans.cursor();
    if (skipped.covers(lineStart + start[0].length)) continue;
    yield { line, dateAt: lineStart + start[0].length, window: rest };
  }
}

/** Whether the text after a date closes a dateline. */
export function closesDateline(afterDate: string): boolean {
  return datelineEnd.test(afterDate);
}
