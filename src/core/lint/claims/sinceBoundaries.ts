// "since the start of November", "since the end of October", "since the end of last quarter": a span that opens at a
// month's first session, read against the as-of date — the month, quarter or year to date when the as-of date is
// still in the one it opens (so it meets "month to date", "QTD", "YTD" figures), else a span of its own from that
// month, never compared with a to-date period it does not equal.

import { monthNames, type CalendarDate } from '../calendarDate';
import type { PeriodPhrase } from './periods';

/** The boundary's words: its side ("end of" runs from the month after) and the month, unit or quarter it names. */
export interface BoundaryWords {
  readonly ending: boolean;
  /** A month's name, "November". */
  readonly month?: string;
  /** Its year when written, "2025". */
  readonly year?: string;
  /** "last month", "the previous quarter", "last year": only with "end of". */
  readonly unit?: string;
  /** "the fourth quarter", "Q4": of the as-of year, or the year before when it has not begun. */
  readonly quarter?: number;
}

/**
 * The span a "since the start of …" / "since the end of …" boundary opens (the month it names, or the one after the
 * month, quarter or year whose end it names), run to the as-of date: the month to date when that month is the as-of
 * month, the quarter or year to date when it opens the as-of quarter or year, else a span of its own from that month —
 * never compared with a to-date period it does not equal. A boundary after the as-of date names nothing to check.
 */
export function sinceBoundary(named: BoundaryWords, asOf: CalendarDate | undefined): Omit<PeriodPhrase, 'offset' | 'length'> | undefined {
  const { ending } = named;
  const words = `since the ${ending ? 'end' : 'start'} of`;
  if (!asOf) {
    // Undated, the boundary is still relative (MN005 reads it) but compared only as written.
    const what = (named.month ?? named.unit ?? `q${named.quarter}`).toLowerCase();
    return { key: `since:${ending ? 'end' : 'start'}-of-${what}${named.year === undefined ? '' : `-${named.year}`}`, open: true, label: `${words} ${what}` };
  }
  const asOfMonth = asOf.year * 12 + asOf.month - 1;
  const quarterStart = (quarter: number) => 3 * (quarter - 1);
  // The month (counted from year 0) the named boundary opens or ends: a month with no year is the latest one begun by the as-of date.
  let boundary: number;
  if (named.month !== undefined) {
    const month = monthNames.findIndex((name) => name.toLowerCase() === named.month!.toLowerCase());
    const year = named.year !== undefined ? Number(named.year) : month <= asOf.month - 1 ? asOf.year : asOf.year - 1;
    boundary = year * 12 + month;
  } else if (named.unit !== undefined) {
    // "since the end of last month" runs from this month's start; "since the start of last month" is left unread.
    if (!ending) return undefined;
    const months = { month: 1, quarter: 3, year: 12 }[named.unit.toLowerCase() as 'month' | 'quarter' | 'year'];
    return sinceMonth(asOfMonth - ((asOf.month - 1) % months), asOf);
  } else {
    const first = quarterStart(named.quarter ?? 1);
    const year = first <= asOf.month - 1 ? asOf.year : asOf.year - 1;
    return sinceMonth(year * 12 + first + (ending ? 3 : 0), asOf);
  }
  // A month that has not ended by the as-of date has no end to run from.
  if (ending && boundary >= asOfMonth) return undefined;
  return sinceMonth(boundary + (ending ? 1 : 0), asOf);
}

/** The period from the first session of `start` (months counted from year 0) to the as-of date. */
function sinceMonth(start: number, asOf: CalendarDate): Omit<PeriodPhrase, 'offset' | 'length'> | undefined {
  const asOfMonth = asOf.year * 12 + asOf.month - 1;
  if (start > asOfMonth) return undefined;
  const [year, month] = [Math.floor(start / 12), (start % 12) + 1];
  if (start === asOfMonth) return { key: `month:${year}-${month}`, open: true, label: `${monthNames[month - 1]} ${year}` };
  if (year === asOf.year && month === 1) return { key: `ytd:${year}`, open: true, label: 'year to date' };
  const quarterFirst = asOfMonth - ((asOf.month - 1) % 3);
  if (start === quarterFirst) return { key: `quarter:${year}-Q${Math.floor((month - 1) / 3) + 1}`, open: true, label: `Q${Math.floor((month - 1) / 3) + 1} ${year}` };
  return { key: `since:start-of-${year}-${month}`, open: true, label: `since the start of ${monthNames[month - 1]} ${year}` };
}
