// A period that governs the sentences under it when they name none: a lead-in ("For the week:", "Year to date:")
// over the rest of its paragraph and the list items right after it — the wire's closing table of index moves — and
// a heading ("## Year-to-date performance") over its section. Only periods a market figure runs over are handed
// down (the year to date, a week, a month, a day, a trailing span); a heading's quarter or year names a topic
// ("## Q3 earnings"), not the period of every move below it.

import type { AsOfStamp } from '../asOfStamps';
import { dateOfDayNumber } from '../calendarDate';
import { stampAt } from '../stampScope';
import { findPeriods, type PeriodPhrase } from './periods';

const headingLine = /^ {0,3}#{1,6}\s+/;
const listItemLine = /^\s{0,3}(?:[-*+]|\d+[.)])\s/;
/** A short phrase and a colon opening a sentence: "For the week:", "**Year to date:**". */
const leadInPhrase = /^[\s*_]*((?:[\p{L}\p{N}'’-]+\s+){0,5}[\p{L}\p{N}'’-]+)[*_]*\s*:/u;
const handedDown = /^(?:ytd|week|month|day|span):/;

export class LeadPeriods {
  private heading: PeriodPhrase | undefined;
  private lead: PeriodPhrase | undefined;

  constructor(
    private readonly text: string,
    private readonly stamps: readonly AsOfStamp[],
  ) {}

  /** Called for each paragraph in order: a heading starts a section, and a paragraph that is not a list item ends a lead-in's reach. */
  enterParagraph(start: number, end: number): void {
    const newline = this.text.indexOf('\n', start);
    const firstLine = this.text.slice(start, newline < 0 || newline > end ? end : newline);
    const heading = headingLine.exec(firstLine);
    if (heading) {
      this.heading = this.handedDownIn(firstLine.slice(heading[0].length), start + heading[0].length);
      this.lead = undefined;
    } else if (!listItemLine.test(firstLine)) {
      const leadIn = leadInPhrase.exec(firstLine);
      this.lead = leadIn ? this.handedDownIn(leadIn[1], start + leadIn[0].indexOf(leadIn[1])) : undefined;
    }
  }

  /** The period handed down to the sentences of the current paragraph. */
  current(): PeriodPhrase | undefined {
    return this.lead ?? this.heading;
  }

  private handedDownIn(phrase: string, offset: number): PeriodPhrase | undefined {
    const stamp = stampAt(this.text, this.stamps, offset);
    const asOf = stamp ? (stamp.precision === 'day' ? stamp.date : dateOfDayNumber(stamp.lastDay)) : undefined;
    const periods = findPeriods(phrase, offset, asOf);
    return periods.length === 1 && handedDown.test(periods[0].key) && !periods[0].growthOnly ? periods[0] : undefined;
  }
}
