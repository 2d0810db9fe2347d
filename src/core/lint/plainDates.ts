// The two ways most as-of stamps write their date — "November 20, 2026" (or "Nov. 20, 2026", "Nov 20th 2026") and
// "2026-11-20" — read without chrono. chrono's parsers cost a cold process about 15 ms to compile on their first use,
// a large part of `market-notes lint` on a short note; a note whose stamps are all plain never pays it.
//
// Only a date that chrono reads the same way is read here (test/unit/lint/plainDates.test.ts holds the two side by
// side): the whole date at the start, a real month name, a valid day, and after it nothing that could make it more
// (a time, a range, more digits). Anything else is left for chrono. Dotted dates ("20.11.2026"), which chrono does not
// read at all, are read here alone (readDottedDate, below).

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

// A dotted date, "20.11.2026" or "3.4.2026": day first, as every locale that writes dots writes it (DD.MM.YYYY), and
// only with a four-digit year. chrono reads none of these, so this reading is the only one. A date must end where a
// date does: "20.11.2026.5", "1.20.11.2026" and "20.11.20261" are version numbers, section numbers or addresses, and
// "20.11.2026 – 27.11.2026" is a range, as for the dates above.
const dottedDate = /^(?<day>\d{1,2})\.(?<month>\d{1,2})\.(?<year>\d{4})(?![\d.]*\d)(?=$|[ \t\r\n.,;)\]!?])(?![.,]?[ \t]*(?:[-–—]|(?:to|through|until|and|bis)\b))/i;

/** A day-first dotted date at the start of `text` ("20.11.2026, the close"), or undefined when it is no real day. */
export function readDottedDate(text: string): WrittenDate | undefined {
  const match = dottedDate.exec(text);
  const groups = match?.groups;
  if (!match || !groups) return undefined;
  const date = { year: Number(groups.year), month: Number(groups.month), day: Number(groups.day) };
  return isValidDate(date) ? { text: match[0], ...date } : undefined;
}

// Numbers with other separators, as data exports and desks abroad write them. Year first with slashes or dots
// ("2026/11/20", "2026.11.20": the order East Asian and some European desks use) says its order itself. Day and month
// with dashes and a four-digit year ("20-11-2026", "11-20-2026") read like a slash date: a first number past 12 is a
// day, otherwise month-first, as chrono reads "11/20/2026" — slashDates.ts re-reads an ambiguous one in the note's own
// order. chrono reads none of these as a stamp. The date must end where a date does, as the forms above.
// With a two-digit year a dashed date has a third reading, year first ("20-11-26" is 20 November 2026 or 26 November
// 2020; "11-03-26" is 3 November, 11 March or 26 March 2011): only a date whose second number is past 12 ("11-20-26")
// is a day in one order alone, month first, and only that one is read. The others stay unread: no stamp is better
// than a stamp on the wrong day.
const yearFirstDate = /^(?<year>\d{4})(?<sep>[/.])(?<month>\d{1,2})\k<sep>(?<day>\d{1,2})(?![\d./-]*\d)(?=$|[ \t\r\n.,;)\]!?])(?![.,]?[ \t]*(?:[-–—]|(?:to|through|until|and)\b))/i;
const dashedDate = /^(?<first>\d{1,2})-(?<second>\d{1,2})-(?<year>\d{4}|\d{2})(?![\d./-]*\d)(?=$|[ \t\r\n.,;)\]!?])(?![.,]?[ \t]*(?:[-–—]|(?:to|through|until|and)\b))/i;

/** A year-first date with slashes or dots, or a dashed day and month, at the start of `text`; undefined if no real day or no one reading. */
export function readSeparatedDate(text: string): WrittenDate | undefined {
  const yearFirst = yearFirstDate.exec(text);
  if (yearFirst?.groups) {
    const { year, month, day } = yearFirst.groups;
    const date = { year: Number(year), month: Number(month), day: Number(day) };
    return isValidDate(date) ? { text: yearFirst[0], ...date } : undefined;
  }
  const dashed = dashedDate.exec(text);
  if (!dashed?.groups) return undefined;
  const [first, second] = [Number(dashed.groups.first), Number(dashed.groups.second)];
  const shortYear = dashed.groups.year.length === 2;
  if (shortYear && !(first <= 12 && second > 12)) return undefined;
  const dayFirst = first > 12 && second <= 12;
  const year = shortYear ? 2000 + Number(dashed.groups.year) : Number(dashed.groups.year);
  const date = { year, month: dayFirst ? second : first, day: dayFirst ? first : second };
  return isValidDate(date) ? { text: dashed[0], ...date } : undefined;
}

// A day-first date with its month's name and two digits of its year, as British desks and data terminals write it
// ("20 Nov 26", "3 Sept. 26"). The month's name says the order, so unlike a dashed "20-11-26" it has one reading; the
// year is this century's. chrono reads "20 Nov" and leaves the "26". Not followed by a time's colon or point ("3 Nov
// 10:30" is a time, not 2010), nor by more digits, nor by a range.
const shortYearDate = /^(?<day>\d{1,2})(?:st|nd|rd|th)?[ \t]+(?<name>[A-Za-z]{3,9})(?<dot>\.?)[ \t]+(?<year>\d{2})(?![\d:]|\.\d)(?=$|[ \t\r\n.,;)\]!?*_])(?![.,]?[ \t]*(?:[-–—]|(?:to|through|until|and)\b))/i;

/** A day, a month's name and a two-digit year at the start of `text` ("20 Nov 26"), or undefined. */
export function readShortYearDate(text: string): WrittenDate | undefined {
  const match = shortYearDate.exec(text);
  const groups = match?.groups;
  if (!match || !groups) return undefined;
  const month = monthNumber.get(groups.name.toLowerCase());
  if (month === undefined || (groups.dot === '.' && !abbreviations.has(groups.name.toLowerCase()))) return undefined;
  const date = { year: 2000 + Number(groups.year), month, day: Number(groups.day) };
  return isValidDate(date) ? { text: match[0], ...date } : undefined;
}

// A date with two digits of its year after an apostrophe, as headlines, slides and desk notes shorten it: "Nov. 13,
// '26", "Nov 13 '26", "13 Nov ’26", and a month alone, "Nov '26". The apostrophe says the two digits are a year (this
// century's), so unlike "Nov 13 26" there is one reading. chrono reads "Nov. 13" and leaves the year, which would make
// the stamp yearless. The date must end where a date does, as the forms above.
const apostropheYearDate = new RegExp(
  String.raw`^(?:(?<name>[A-Za-z]{3,9})(?<dot>\.?)(?:[ \t]+(?<day>\d{1,2})(?:st|nd|rd|th)?)?|(?<dayFirst>\d{1,2})(?:st|nd|rd|th)?[ \t]+(?<nameAfter>[A-Za-z]{3,9})(?<dotAfter>\.?)),?[ \t]+['’‘](?<year>\d{2})(?![\d'’])(?=$|[ \t\r\n.,;:)\]!?*_])(?![.,]?[ \t]*(?:[-–—]|(?:to|through|until|and)\b))`,
  'i',
);

/** A date whose year is an apostrophe and two digits at the start of `text` ("Nov. 13, '26", "Nov '26"), or undefined. */
export function readApostropheYearDate(text: string): WrittenDate | undefined {
  const match = apostropheYearDate.exec(text);
  const groups = match?.groups;
  if (!match || !groups) return undefined;
  const name = (groups.name ?? groups.nameAfter).toLowerCase();
  const month = monthNumber.get(name);
  if (month === undefined || ((groups.dot ?? groups.dotAfter) === '.' && !abbreviations.has(name))) return undefined;
  const year = 2000 + Number(groups.year);
  const dayText = groups.day ?? groups.dayFirst;
  if (dayText === undefined) return { text: match[0], year, month };
  const date = { year, month, day: Number(dayText) };
  return isValidDate(date) ? { text: match[0], ...date } : undefined;
}
