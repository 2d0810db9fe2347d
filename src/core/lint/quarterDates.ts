// A calendar quarter after an as-of anchor: "Data as of Q3 2026", "as of 3Q26", "as of Q3 '26", "returns through
// 2026 Q3", "as of the end of the third quarter of 2026". Research desks and fund sheets date their figures so, and
// "as of" a quarter means at its end: the stamp covers the quarter, and it is stale once the quarter's last day is
// older than the window, as a month stamp ("as of September 2026") is once September's is.
//
// A quarter without its year ("as of Q3", "as of the end of the third quarter") has its year read as a yearless day's
// is (stampYears.ts), against the quarter's last day: the latest such quarter's end before the note's date. Not a
// fiscal quarter ("fiscal Q3 2026", "Q3 FY2026", "the third fiscal quarter of 2026"), whose months are the company's
// own; not an estimate ("3Q26E") or a range ("Q3-Q4 2026", "Q3 2026–Q1 2027"), which names no one quarter's end.

import { dayNumber, lastDayOfMonth, type CalendarDate } from './calendarDate';
import { leadBeforeDate, type ReadStampDate, type StampReading } from './stampDates';
import type { YearlessDate } from './yearlessDates';

const ordinalQuarters: Readonly<Record<string, number>> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4 };

/**
 * A quarter with its year: "Q3 2026", "Q3-2026", "Q3'26", "3Q26", "3Q 2026", "2026 Q3", "2026-Q3", "third quarter (of)
 * 2026". Two digits of a year only glued to the quarter or after an apostrophe: in "as of 2Q 26" the 26 may be a count.
 */
const quarterPattern =
  /^(?:the\s+)?(?:Q(?<q1>[1-4])(?:[ \t]*-?[ \t]*(?<y1>\d{4})|[ \t]*['’](?<s1>\d{2}))|(?<q2>[1-4])Q(?:[ \t]*(?<y2>\d{4})|['’]?(?<s2>\d{2}))|(?<y3>\d{4})[ \t]*-?[ \t]*Q(?<q3>[1-4])|(?<ordinal>first|second|third|fourth|1st|2nd|3rd|4th)[ \t]+quarter[ \t]+(?:of[ \t]+)?(?:(?<y4>\d{4})|['’](?<s4>\d{2})))(?![\p{L}\p{N}'’]|[ \t]*[-–—/][ \t]*(?:Q|\d))/iu;

/** The quarter at the start of `written` (after an anchor), with what may stand before it as stampDates.ts reads it. */
export function readQuarterDate(written: string): ReadStampDate | undefined {
  const { window, qualifierAt, lead } = leadBeforeDate(written);
  const match = quarterPattern.exec(window.slice(lead));
  const groups = match?.groups;
  if (!match || !groups) return undefined;
  const quarter = Number(groups.q1 ?? groups.q2 ?? groups.q3 ?? ordinalQuarters[groups.ordinal.toLowerCase()]);
  const fullYear = groups.y1 ?? groups.y2 ?? groups.y3 ?? groups.y4;
  const year = fullYear !== undefined ? Number(fullYear) : 2000 + Number(groups.s1 ?? groups.s2 ?? groups.s4);
  const article = /^the\s+/i.exec(match[0])?.[0].length ?? 0;
  return { at: lead + article, qualifierAt, text: match[0].slice(article), reading: quarterReading(year, quarter) };
}

/**
 * A quarter with no year: "Q3", "3Q", "the third quarter", after "the end of" or "end-" too. Not when a year, a
 * fiscal word or a number follows in a form not read ("Q3 FY26", "the third quarter of fiscal 2026", "Q3 26", "Q3
 * last year"): the year is taken from context only where the writer wrote none.
 */
const yearlessQuarterPattern =
  /^(?:the\s+)?(?:Q(?<q1>[1-4])|(?<q2>[1-4])Q|(?<ordinal>first|second|third|fourth|1st|2nd|3rd|4th)[ \t]+quarter)(?![\p{L}\p{N}'’]|[ \t]*[-–—/][ \t]*(?:Q|\d)|[ \t]+(?:of[ \t]+)?(?:fy|fiscal|calendar|\d|['’]\d|(?:last|this|next|a|the[ \t]+(?:previous|prior|following|next|current))[ \t]+(?:fiscal[ \t]+)?year\b))/iu;

/** A yearless quarter at the start of `written`: its first month, as a yearless period (stampYears.ts reads its year). */
export function readYearlessQuarter(written: string): YearlessDate | undefined {
  const { window, qualifierAt, lead } = leadBeforeDate(written);
  const match = yearlessQuarterPattern.exec(window.slice(lead));
  const groups = match?.groups;
  if (!match || !groups) return undefined;
  const quarter = Number(groups.q1 ?? groups.q2 ?? ordinalQuarters[groups.ordinal.toLowerCase()]);
  const article = /^the\s+/i.exec(match[0])?.[0].length ?? 0;
  return { at: lead + article, qualifierAt, text: match[0].slice(article), month: quarter * 3 - 2, day: 1, style: 'long', period: 'quarter' };
}

/** A quarter as messages name it, from its first day: "Q3 2026". */
export function quarterLabel(firstDay: CalendarDate): string {
  return `Q${Math.floor((firstDay.month - 1) / 3) + 1} ${firstDay.year}`;
}

/**
 * A quarter as a stamp's reading: its first and last days. A re-stamp writes a day in its place, in the long style
 * ("as of Q3 2026" → "as of November 29, 2026").
 */
export function quarterReading(year: number, quarter: number): StampReading {
  const firstMonth = quarter * 3 - 2;
  const date = { year, month: firstMonth, day: 1 };
  const lastMonth = firstMonth + 2;
  return { date, precision: 'quarter', firstDay: dayNumber(date), lastDay: dayNumber({ year, month: lastMonth, day: lastDayOfMonth(year, lastMonth) }), style: 'long' };
}
