// Where a period read from the words falls on the calendar: the opening months of a year, the week or month a close
// ended, the session a weekday or "yesterday" names — all resolved against the note's as-of date (periods.ts reads
// the words; this file only counts days).

import { dateOfDayNumber, dayNumber, formatIsoDate, monthNames, parseIsoDate, type CalendarDate } from '../calendarDate';
import type { PeriodPhrase } from './periods';

type At = { readonly offset: number; readonly length: number };

/**
 * The first `months` of a year: the first quarter when three ("quarter:2026-Q1", as "Q1" reads), else its own
 * period. Closed once the as-of date is past it ("the first half" read in November is history).
 */
export function openingMonths(at: At, year: number | undefined, months: number, asOf: CalendarDate | undefined, words: string): PeriodPhrase {
  const closed = asOf !== undefined && year !== undefined && asOf.year * 12 + asOf.month > year * 12 + months;
  const yearText = year === undefined ? '?' : String(year);
  if (months === 3) return { ...at, key: `quarter:${yearText}-Q1`, open: !closed, label: `Q1 ${yearText}` };
  return { ...at, key: `opening:${yearText}:${months}months`, open: !closed, label: words };
}

/** The week, month, quarter or year holding `session`; open when it holds the as-of date too. */
export function endedPeriod(at: At, unit: string, session: CalendarDate, asOf: CalendarDate): PeriodPhrase | undefined {
  const monday = (date: CalendarDate) => dayNumber(date) - ((dateWeekday(date) + 6) % 7);
  switch (unit) {
    case 'week': {
      const start = monday(session);
      // Named as "this week" and "last week" are, from the as-of date: "the week" alone says neither.
      return { ...at, key: `week:${formatIsoDate(dateOfDayNumber(start))}`, open: start === monday(asOf), label: start === monday(asOf) ? 'this week' : 'last week' };
    }
    case 'month':
      return { ...at, key: `month:${session.year}-${session.month}`, open: session.year === asOf.year && session.month === asOf.month, label: `${monthNames[session.month - 1]} ${session.year}` };
    case 'quarter': {
      const quarter = Math.floor((session.month - 1) / 3) + 1;
      return { ...at, key: `quarter:${session.year}-Q${quarter}`, open: session.year === asOf.year && quarter === Math.floor((asOf.month - 1) / 3) + 1, label: `Q${quarter} ${session.year}` };
    }
    case 'year':
      return session.year === asOf.year
        ? { ...at, key: `ytd:${session.year}`, open: true, label: 'year to date' }
        : { ...at, key: `year:${session.year}`, open: false, label: String(session.year) };
    default:
      return undefined;
  }
}

export function dateWeekday(date: CalendarDate): number {
  return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
}

/** The period of one session: `day:2026-11-19`, "on November 19". */
export function dayPeriod(offset: number, length: number, day: CalendarDate): PeriodPhrase {
  return { offset, length, key: `day:${formatIsoDate(day)}`, open: false, label: `on ${monthNames[day.month - 1]} ${day.day}` };
}

/**
 * The day a session period's key names, moved back to the last day `trades` accepts (a week back at most, as far as
 * any run of closures goes); undefined when the key names no day or the day itself trades.
 */
export function lastTradedDay(period: PeriodPhrase, trades: (date: CalendarDate) => boolean): CalendarDate | undefined {
  const date = period.key.startsWith('day:') ? parseIsoDate(period.key.slice(4)) : undefined;
  if (!date) return undefined;
  const traded = lastTradingDayFrom(date, trades);
  return dayNumber(traded) === dayNumber(date) ? undefined : traded;
}

/** `date`, or the last day before it that `trades` accepts (a week back at most). */
export function lastTradingDayFrom(date: CalendarDate, trades: (date: CalendarDate) => boolean): CalendarDate {
  let day = dayNumber(date);
  for (let step = 0; step < 7 && !trades(dateOfDayNumber(day)); step++) day--;
  return dateOfDayNumber(day);
}

/** Whether the day is a weekday: every market's sessions but crypto's. */
export function isWeekday(date: CalendarDate): boolean {
  const weekday = dateWeekday(date);
  return weekday !== 0 && weekday !== 6;
}

/** The weekday before `asOf` ("yesterday" in a Monday note is Friday's session). */
export function tradingDayBefore(asOf: CalendarDate | undefined): CalendarDate | undefined {
  if (!asOf) return undefined;
  const weekday = dateWeekday(asOf);
  return dateOfDayNumber(dayNumber(asOf) - (weekday === 1 ? 3 : weekday === 0 ? 2 : 1));
}

/**
 * The latest `weekday` on or before `asOf` (a Thursday story about "Thursday" means that day); `before` for "last
 * Friday", which a Friday story writes of the Friday a week earlier.
 */
export function lastWeekday(asOf: CalendarDate | undefined, weekday: number, before = false): CalendarDate | undefined {
  if (!asOf) return undefined;
  const back = (dateWeekday(asOf) - weekday + 7) % 7 || (before ? 7 : 0);
  return dateOfDayNumber(dayNumber(asOf) - back);
}

/**
 * A named month, quarter or year that ended before the as-of date ("in March", "in the third quarter", "last year"
 * read in November): what ran in it has stopped running.
 */
export function endedBeforeAsOf(key: string, asOf: CalendarDate): boolean {
  const named = /^(month|quarter|year):(\d{4})(?:-Q?(\d{1,2}))?$/.exec(key);
  if (!named) return false;
  const year = Number(named[2]);
  const part = Number(named[3] ?? 0);
  if (named[1] === 'year') return year < asOf.year;
  const asOfPart = named[1] === 'month' ? asOf.month : Math.floor((asOf.month - 1) / 3) + 1;
  return year * 12 + part < asOf.year * 12 + asOfPart;
}

/**
 * The last session of a day or week named before the as-of date's ("on Wednesday", "last week" read on a Friday):
 * where a running figure told of it stood then. Undefined for the as-of date's own day or week, and for any other period.
 */
export function sessionEnding(period: PeriodPhrase, asOf: CalendarDate): CalendarDate | undefined {
  const named = /^(day|week):(\d{4})-(\d\d)-(\d\d)$/.exec(period.key);
  if (!named) return undefined;
  const first = dayNumber({ year: Number(named[2]), month: Number(named[3]), day: Number(named[4]) });
  // A week's last session is its Friday.
  const last = named[1] === 'week' ? first + 4 : first;
  return last < dayNumber(asOf) && !(named[1] === 'week' && period.open) ? dateOfDayNumber(last) : undefined;
}
