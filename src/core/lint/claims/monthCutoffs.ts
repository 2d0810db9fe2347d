// "Through the end of September, the Russell 2000 was up 8% for the year", "up 5% for the year through October": a
// running figure counted to a month's end, not to the note's as-of date. Read as the note's own, it was set against
// the note's current year-to-date figure as a conflict. A named month is read as the figure's cutoff (PeriodPhrase.cutoff)
// at that month's last day, as "through Nov. 20" is at its day.

import { lastDayOfMonth, monthNames, type CalendarDate } from '../calendarDate';

/**
 * The pattern's alternative (named groups cmMonth, cmYear; cmStart for a month's start, cmThis for the as-of month),
 * for periods.ts's one pass over a sentence. A look back names the point too: "At the end of October, the index was
 * up 14% for the year", "which was up 14% at the start of the month" — a month's start is the last close before it.
 */
export const monthCutoffPattern = String.raw`(?<cutoffMonth>\b(?:(?:through|thru|until|till|up to|as of|as at)\s+(?:the\s+end\s+of\s+)?|(?:at|by)\s+the\s+(?:end|close)\s+of\s+|(?<cmStart>at|as\s+of)\s+the\s+(?:start|beginning|outset)\s+of\s+)(?:(?<cmMonth>january|february|march|april|may|june|july|august|september|october|november|december)(?:,?\s+(?<cmYear>20\d\d))?|(?<cmThis>(?:the|this)\s+month))\b(?![\s,]*\d))`;

/**
 * The last day of the month named, in the year named or else the latest such month that has ended by `asOf` ("through
 * December" in a January note is last year's). A month still running, or none to place it by, is undefined.
 */
export function monthCutoffDay(monthName: string, yearText: string | undefined, asOf: CalendarDate | undefined): CalendarDate | undefined {
  // "May" is a verb far more often than a month: only "May" names it.
  if (/^may$/i.test(monthName) && monthName !== 'May') return undefined;
  const month = monthNames.findIndex((name) => name.toLowerCase() === monthName.toLowerCase()) + 1;
  if (month === 0 || !asOf) return undefined;
  const endedThisYear = month < asOf.month || (month === asOf.month && asOf.day >= lastDayOfMonth(asOf.year, month));
  // "through November" in a November note: a month still running, not last year's.
  if (yearText === undefined && month === asOf.month && !endedThisYear) return undefined;
  const year = yearText !== undefined ? Number(yearText) : endedThisYear ? asOf.year : asOf.year - 1;
  const date = { year, month, day: lastDayOfMonth(year, month) };
  // A month not yet ended at the as-of date counts nothing to its end.
  if (year > asOf.year || (year === asOf.year && !endedThisYear)) return undefined;
  return date;
}

/**
 * The last day before the month named ("at the start of November"), or before the as-of month ("at the start of the
 * month", `monthName` undefined): the close a figure "at the start of" a month was counted to. A month not yet begun
 * at `asOf`, or none to place it by, is undefined.
 */
export function monthStartCutoffDay(monthName: string | undefined, yearText: string | undefined, asOf: CalendarDate | undefined): CalendarDate | undefined {
  if (!asOf || (monthName !== undefined && /^may$/i.test(monthName) && monthName !== 'May')) return undefined;
  const month = monthName === undefined ? asOf.month : monthNames.findIndex((name) => name.toLowerCase() === monthName.toLowerCase()) + 1;
  if (month === 0) return undefined;
  const year = yearText !== undefined ? Number(yearText) : month <= asOf.month ? asOf.year : asOf.year - 1;
  if (year * 12 + month > asOf.year * 12 + asOf.month) return undefined;
  const [beforeYear, beforeMonth] = month === 1 ? [year - 1, 12] : [year, month - 1];
  return { year: beforeYear, month: beforeMonth, day: lastDayOfMonth(beforeYear, beforeMonth) };
}
