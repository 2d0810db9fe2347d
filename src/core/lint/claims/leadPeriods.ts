// A period that governs the sentences under it when they name none: a lead-in line ("For the week:", "Year to
// date:", or a sentence that ends its line on a colon, "Here's where the indexes closed on Friday:") over the short lines and list items after it, with or without blank lines between — the wire's closing
// blocks of index moves — until the next lead-in, heading or paragraph of prose; and a heading that labels its section ("## Year-to-date performance") — not a headline, which tells a story (headlines.ts). Only periods a market figure runs over
// are handed down (the year to date, a week, a month, a day, a trailing span); a heading's quarter or year names a
// topic ("## Q3 earnings"), not the period of every move below it, and a lead-in without a period ("Note:") ends the
// reach of the one before it. A lead-in that names a moment inside the session ("Markets at a glance (6:45 a.m.
// ET):", "Premarket:") hands down that moment: the moves under it are no close of any day, and make no claim.

import { referenceDay, type AsOfStamp } from '../asOfStamps';
import type { NoteSource } from '../noteSource';
import { stampAt } from '../stampScope';
import { findPeriods, type PeriodPhrase } from './periods';
import { isHeadline } from './headlines';

const headingLine = /^ {0,3}#{1,6}\s+/;
/** A short phrase and a colon opening a line: "For the week:", "**Year to date:**", "- On Monday:". */
const leadInLine = /^\s{0,3}(?:(?:[-*+]|\d+[.)])\s+)?[*_]*((?:[\p{L}\p{N}'’-]+\s+){0,5}[\p{L}\p{N}'’-]+)[*_]*\s*:(?!\/)/u;
/**
 * The characters leadInLine allows before its colon, then the line's first colon: a cheap, linear test before the
 * pattern, whose repeated words backtrack. Prose ("Apple (NASDAQ: AAPL) rose", a line with no colon) fails it.
 */
const leadInShape = /^[\s\p{L}\p{N}'’*_+.)-]*:/u;
/**
 * A sentence that ends its line on a colon, introducing the block below: "Here's where the indexes stood at the 4 p.m.
 * ET close on Friday:". Longer than a lead-in's phrase, but it hands its period down the same way. Tried only on a
 * line that ends on a colon (endsOnColon).
 */
const introLine = /^\s{0,3}[*_]*(\S.{0,158}?)[*_]*:[*_]*\s*$/u;
const endsOnColon = /:[*_]*\s*$/;
/** A digit after a lead-in's colon: "- Nasdaq Composite: 22,775.14, down 0.5%" is an item of the block, not a new lead-in. */
const figureAfterColon = /:[^\n]*\d/;
export const handedDown = /^(?:ytd|week|month|day|span):/;
const listItemLine = /^\s{0,3}(?:[-*+]|\d+[.)])\s/;
/** A paragraph longer than this is prose, not a line of a lead-in's block: it ends the lead-in's reach. */
const blockLineLength = 160;

interface Change {
  readonly offset: number;
  readonly heading?: PeriodPhrase;
  readonly lead?: PeriodPhrase;
}

/** Characters from `line` to the paragraph's end (the next blank line), counted until past the block-line length. */
function paragraphLength(lines: NoteSource['lines'], line: number): number {
  let length = 0;
  for (let at = line; at < lines.lineCount && length <= blockLineLength; at++) {
    const text = lines.lineText(at);
    if (text.trim() === '') break;
    length += text.length + 1;
  }
  return length;
}

/**
 * A time inside the session, or before it: "Markets at a glance (6:45 a.m. ET):", "Premarket movers:", "At midday:".
 * The block under such a lead-in tells where things stood then, not any session's close.
 */
const inSessionTime =
  /(?:^|[\s(])(?:pre-?market|before the (?:open|opening bell|bell)|mid-?day|mid-?morning|noon|lunchtime|(?:[1-9]|1[0-2])(?::[0-5]\d)?\s*a\.?m\.?|(?:12|1|2|3)(?::[0-5]\d)?\s*p\.?m\.?)(?![\p{L}\p{N}])/iu;

/** Where the last sentence of a line starts: past a stop after a word ("mixed. A snapshot …"), not an abbreviation's ("p.m. ET", "U.S."). */
function lastSentenceAt(line: string): number {
  let at = 0;
  for (const stop of line.matchAll(/(?<=\b\p{Ll}{2,}[.!?])\s+(?=\S)/gu)) at = stop.index + stop[0].length;
  return at;
}

/** The lead-in's moment inside the session, as a period its block's figures refer to and say no more of: no claim. */
function inSession(phrase: string, offset: number): PeriodPhrase | undefined {
  const found = inSessionTime.exec(phrase);
  return found ? { offset: offset + found.index, length: found[0].length, key: 'moment:in-session', open: true, label: 'a moment in the session', refersBack: true } : undefined;
}

export class LeadPeriods {
  /** Where what is handed down changes, in document order. */
  private readonly changes: Change[] = [];

  constructor(note: NoteSource, private readonly stamps: readonly AsOfStamp[]) {
    const { lines, text } = note;
    let heading: PeriodPhrase | undefined;
    let leading = false;
    let paragraphStart = true;
    for (let line = note.frontMatterLines; line < lines.lineCount; line++) {
      const lineText = lines.lineText(line);
      const startsParagraph = paragraphStart;
      paragraphStart = lineText.trim() === '';
      if (!note.isTextLine(line) || note.isTableLine(line) || paragraphStart) continue;
      const start = lines.lineStarts[line];
      const headingMark = headingLine.exec(lineText);
      if (headingMark) {
        heading = this.headingPeriod(text, lineText.slice(headingMark[0].length), start + headingMark[0].length);
        this.changes.push({ offset: start, ...(heading ? { heading } : {}) });
        leading = false;
        continue;
      }
      const colon = lineText.includes(':');
      const leadIn =
        (colon && leadInShape.test(lineText) ? leadInLine.exec(lineText) : null) ??
        (colon && endsOnColon.test(lineText) && !listItemLine.test(lineText) ? introLine.exec(lineText) : null);
      if (leadIn) {
        // "Stocks ended the week mixed. A snapshot of the closing levels shows:": the sentence that ends on the colon
        // introduces the block; one before it on the line tells a story of its own.
        const phrase = leadIn[1].slice(lastSentenceAt(leadIn[1]));
        const phraseAt = start + leadIn[0].indexOf(leadIn[1]) + leadIn[1].length - phrase.length;
        const lead = this.handedDownIn(text, phrase, phraseAt) ?? inSession(phrase, phraseAt);
        // A label with a figure after it and no period of its own is a line of the block ("- Dow: 46,813.74, up
        // 0.55%"), which the block's lead-in still governs.
        if (!lead && leading && figureAfterColon.test(lineText)) continue;
        this.changes.push({ offset: start, ...(heading ? { heading } : {}), ...(lead ? { lead } : {}) });
        leading = lead !== undefined;
      } else if (leading && startsParagraph && !listItemLine.test(lineText) && paragraphLength(lines, line) > blockLineLength) {
        this.changes.push({ offset: start, ...(heading ? { heading } : {}) });
        leading = false;
      }
    }
  }

  /** The period handed down to a sentence starting at `offset`. */
  periodAt(offset: number): PeriodPhrase | undefined {
    let low = 0;
    let high = this.changes.length - 1;
    let found: Change | undefined;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (this.changes[mid].offset <= offset) {
        found = this.changes[mid];
        low = mid + 1;
      } else high = mid - 1;
    }
    return found?.lead ?? found?.heading;
  }

  /**
   * A heading's period, handed down only by a label: "## This week", "# Weekly market wrap", or the label before a
   * headline's colon ("Stock market today: Dow rises as banks rally"). A headline tells a story (headlines.ts): "U.S.
   * stocks end the week on a high note" sums up the week its body tells the day of.
   */
  private headingPeriod(text: string, heading: string, offset: number): PeriodPhrase | undefined {
    const colon = heading.indexOf(':');
    const label = colon > 0 ? heading.slice(0, colon) : undefined;
    const labelled = label !== undefined && !isHeadline(label) ? this.handedDownIn(text, label, offset) : undefined;
    const period = labelled ?? (isHeadline(heading) ? undefined : this.handedDownIn(text, heading, offset));
    return period && { ...period, heading: true };
  }

  private handedDownIn(text: string, phrase: string, offset: number): PeriodPhrase | undefined {
    const periods = findPeriods(phrase, offset, referenceDay(stampAt(text, this.stamps, offset)));
    return periods.length === 1 && handedDown.test(periods[0].key) && !periods[0].growthOnly && !periods[0].cutoff ? periods[0] : undefined;
  }
}
