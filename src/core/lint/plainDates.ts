// The two ways most as-of stamps write their date — "November 20, 2026" (or "Nov. 20, 2026", "Nov 20th 2026") and
// "2026-11-20" — read without chrono. chrono's parsers cost a cold process about 15 ms to compile on their first use,
// a large part of `market-notes lint` on a short note; a note whose stamps are all plain never pays it.
//
// Only a date that chrono reads the same way is read here (test/unit/lint/plainDates.test.ts holds the two side by
// side): the whole date at the start, a real month name, a valid day, and after it nothing that could make it more
// (a time, a range, more digits). Anything else is left for chrono.

import { isValidDate, monthNames } from './calendarDate';

export interface WrittenDate {
  /** The date as written, without a time after it ("Nov. 20, 2026"). */
  readonly text: string;
  readonly year: number;
  readonly month: number;
  /** Undefined for a month ("January 2026"): chrono reads none of those here. */
  readonly day?: number;
}

const monthNumber = new Map<string, number>(
  monthNames.flatMap((name, i) => [[name.toLowerCase(), i + 1], [name.slice(0, 3).toLowerCase(), i + 1]] as Array<[string, number]>).concat([['sept', 9]]),
);

/** A month's number from its name or abbreviation, a full stop allowed ("Sept.", "jan", "November"). */
export function monthOfName(name: string): number | undefined {
  return monthNumber.get(name.toLowerCase().replace(/\.$/, ''));
}

const abbreviations = new Set(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);

// The date, ending where a word would (not glued to more digits or letters), and not the start of a range ("November
// 20, 2026 – November 27, 2026", "2026-11-20 to 2026-11-27"), which chrono reads as one.
const plainDate =
  /^(?:(?<isoYear>\d{4})-(?<isoMonth>\d{2})-(?<isoDay>\d{2})(?![T:\-/])|(?<name>[A-Za-z]{3,9})(?<dot>\.?) (?<day>\d{1,2})(?:st|nd|rd|th)?,? (?<year>\d{4}))(?=$|[ \t\r\n.,;)\]!?])(?![.,]?[ \t]*(?:[-–—]|(?:to|through|until|and)\b))/i;

export function readPlainDate(text: string): WrittenDate | undefined {
  const match = plainDate.exec(text);
  const groups = match?.groups;
  if (!match || !groups) return undefined;
  const [year, month, day] =
    groups.isoYear !== undefined
      ? [Number(groups.isoYear), Number(groups.isoMonth), Number(groups.isoDay)]
      : [Number(groups.year), monthNumber.get(groups.name.toLowerCase()), Number(groups.day)];
  if (month === undefined || !isValidDate({ year, month, day })) return undefined;
  // Only an abbreviation takes a full stop ("Nov."); "May." and "November." are left to chrono.
  if (groups.dot === '.' && !abbreviations.has(groups.name.toLowerCase())) return undefined;
  return { text: match[0], year, month, day };
}
