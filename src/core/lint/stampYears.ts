// The year of a stamp written without one ("As of Nov. 20", yearlessDates.ts), taken from context, never guessed:
//
// 1. From the note's own dated stamps (a title date, a dateline with a year, front matter, another as-of with a
//    year): the nearest one before the stamp, else the note's first. The last such day on or before that reference
//    plus a quarter (91 days): the day closest to it, before or after, unless after by more than a quarter. So a
//    stamp a little after the reference reads in its year ("As of Dec. 31, 2026 … as of Jan. 4" is January 4, 2027;
//    "As of October 31, 2026 … as of Nov. 20" is November 20, 2026): read a year earlier it would be a year staler
//    than the writer meant, a finding made up. A figure rarely postdates its note by more, so a note of early
//    January with "as of June 30" reads the June before.
// 2. Else from the lint's reference date ("today", the CLI's `--today`): the last such day on or before today plus
//    one day. The stamp is read as young as it can honestly be, so staleness found is never made up (a note from an
//    older year reads as fresher, never staler); the one day is for the writer's time zone, which may already be in
//    tomorrow ("As of Nov. 30" written in Sydney, linted on Nov. 29 in UTC would else read as a year old).
// 3. Else (no dated stamp, no reference date) it is not read.
//
// A month or a quarter without its year ("as of end-September", "as of Q3", quarterDates.ts) is read so too,
// against its last day; against today, against its first: the period in progress is the youngest reading.
//
// Such a stamp is marked (`yearFrom`), so future-date never reports it — its year was not written, so it cannot be
// a typo — and messages show the year read ("Nov. 20 (read as November 20, 2026)").

import type { AsOfStamp } from './asOfStamps';
import { dateOfDayNumber, dateStyleOf, dayNumber, formatDate, isValidDate, lastDayOfMonth, type CalendarDate, type DateStyle } from './calendarDate';
import { dayReading, monthReading, type ReadStampDate } from './stampDates';
import { formatYearlessLike, type YearlessDate } from './yearlessDates';
import { quarterLabel, quarterReading } from './quarterDates';

/** How many days after its reference a yearless stamp may fall: see the file's head. */
export const noteReferenceSlackDays = 91;
export const todayReferenceSlackDays = 1;

/** A stamp whose year is still to be read (its reading a placeholder until then): its month and day. */
export interface YearlessStamp {
  readonly stamp: AsOfStamp;
  readonly month: number;
  readonly day: number;
  /** A month's or a quarter's stamp ("as of end-September", "as of Q3"): its month is the first, its day the 1st. */
  readonly period?: 'month' | 'quarter';
}

/** A yearless date as a stamp's reading to be completed: its text and style now, its day once its year is read. */
export function yearToRead(date: YearlessDate): ReadStampDate {
  return { at: date.at, qualifierAt: date.qualifierAt, text: date.text, reading: dayReading({ year: 1970, month: date.month, day: date.day }, date.style ?? dateStyleOf(date.text)) };
}

/** The yearless stamps with their years read (see the file's head), in document order; those with none to read left out. */
export function withYearsRead(yearless: readonly YearlessStamp[], dated: readonly AsOfStamp[], today: CalendarDate | undefined): AsOfStamp[] {
  if (yearless.length === 0) return [];
  // A month stamp ("As of late October 2026") is read against its last day, as relative words under it are.
  const references = dated.map((stamp) => ({ offset: stamp.offset, referenceDay: stamp.precision === 'day' ? stamp.firstDay : stamp.lastDay }));
  const todayDay = today ? dayNumber(today) : undefined;
  const read: AsOfStamp[] = [];
  for (const { stamp, month, day, period } of [...yearless].sort((a, b) => a.stamp.offset - b.stamp.offset)) {
    const reading = yearReadingFor(stamp.offset, references, todayDay);
    if (!reading) continue;
    if (period) {
      const year = periodYear(month, period, reading);
      const periodRead = period === 'quarter' ? quarterReading(year, (month + 2) / 3) : monthReading(year, month, stamp.style);
      read.push({ ...stamp, ...periodRead, yearFrom: reading.yearFrom, readUpTo: reading.readUpTo });
      continue;
    }
    const date = lastOccurrence(month, day, reading.readUpTo);
    if (date) read.push({ ...stamp, ...dayReading(date, stamp.style), yearFrom: reading.yearFrom, readUpTo: reading.readUpTo });
  }
  return read;
}

/** How a yearless stamp's year was read: from where, and the last day that reading could give. */
export interface YearReading {
  readonly yearFrom: 'note' | 'today';
  /** Day number: the reading gives the last day with the stamp's month and day on or before this one. */
  readonly readUpTo: number;
}

/**
 * Where the year of a yearless stamp at `offset` comes from: `dated` are the note's stamps with a year, in document
 * order, with the day each is read against; `todayDay` is the reference date when there is one.
 */
function yearReadingFor(offset: number, dated: ReadonlyArray<{ readonly offset: number; readonly referenceDay: number }>, todayDay: number | undefined): YearReading | undefined {
  if (dated.length === 0) return todayDay === undefined ? undefined : { yearFrom: 'today', readUpTo: todayDay + todayReferenceSlackDays };
  // The nearest dated stamp before the offset (binary search: a long note may hold thousands of stamps), else the first.
  let low = 0;
  let high = dated.length - 1;
  let nearest = 0;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (dated[mid].offset < offset) {
      nearest = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return { yearFrom: 'note', readUpTo: dated[nearest].referenceDay + noteReferenceSlackDays };
}

/**
 * The year of a month or a quarter without one (its first month `firstMonth`). Against today, the latest begun by
 * then: "as of Q4" or "as of end-November" read in that period is this year's, in progress, not last year's, a year
 * staler than the writer meant. Against the note's stamps, the latest ended by then (their slack lets it end a
 * little after them), as a day is.
 */
function periodYear(firstMonth: number, period: 'month' | 'quarter', reading: YearReading): number {
  const upTo = dateOfDayNumber(reading.readUpTo);
  const lastMonth = firstMonth + (period === 'quarter' ? 2 : 0);
  const boundary = reading.yearFrom === 'today' ? { month: firstMonth, day: 1 } : { month: lastMonth, day: lastDayOfMonth(upTo.year, lastMonth) };
  return dayNumber({ year: upTo.year, ...boundary }) <= reading.readUpTo ? upTo.year : upTo.year - 1;
}

/** The last day with this month and day on or before the day numbered `upTo` (a "Feb. 29" in the last leap year). */
export function lastOccurrence(month: number, day: number, upTo: number): CalendarDate | undefined {
  const { year } = dateOfDayNumber(upTo);
  for (let candidate = year; candidate >= year - 8; candidate--) {
    const date = { year: candidate, month, day };
    if (isValidDate(date) && dayNumber(date) <= upTo) return date;
  }
  return undefined;
}

/** A stamp as it is written and read: its date text, what it was read as, and how its year was read, if it was. */
interface ReadStamp {
  readonly dateText: string;
  readonly precision?: 'day' | 'month' | 'quarter';
  readonly style?: DateStyle;
  readonly date: CalendarDate;
  readonly yearFrom?: 'note' | 'today';
  readonly readUpTo?: number;
}

/** The stamp's date as a message shows it: as written, with the year read when none was written ("Q3 (read as Q3 2026)"). */
export function stampDateLabel(stamp: ReadStamp): string {
  if (!stamp.yearFrom) return stamp.dateText;
  const read = stamp.precision === 'quarter' ? quarterLabel(stamp.date) : formatDate(stamp.date, stamp.precision === 'month' ? 'month-long' : 'long');
  return `${stamp.dateText} (read as ${read})`;
}

/**
 * The text a re-stamp to `date` writes over a yearless stamp: still without a year when the new date reads back as
 * itself (it is in the year the writer's text implies: the reading that gave the old date gives the new one),
 * else with the year, in the style of the writer's date ("Nov. 20" → "Dec. 2, 2026"), so no re-stamp writes a
 * date that reads as another day.
 */
export function yearlessRestampText(stamp: ReadStamp & { readonly readUpTo: number }, date: CalendarDate, withYear: (date: CalendarDate) => string): string {
  const readBack = lastOccurrence(date.month, date.day, stamp.readUpTo);
  return readBack && dayNumber(readBack) === dayNumber(date) ? formatYearlessLike(stamp.dateText, date, stamp.style) : withYear(date);
}
