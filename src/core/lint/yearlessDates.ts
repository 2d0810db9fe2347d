// Dates written without a year, as news copy writes a date of the current year: "As of Nov. 20", "as at 20
// November", "as of Friday, Nov. 20", "prices as of the Nov. 20 close", "NEW YORK, Nov 20 (Reuters) -". This file
// reads such a date after an anchor (stampDates.ts reads the ones with a year) and writes one back in the writer's
// form; stampYears.ts decides which year it is in.
//
// Only a month's name makes the date: "11/20" or "20/11" could be either order, and a day alone ("as of the 20th")
// could be any month. Not a range ("Nov. 20-21", "Nov. 20 to 27", "Nov. 20 and 21"), which names no one day, nor a
// date whose year is written in a form not read ("Nov. 20 '26", "Feb. 29, 2027", which is no day): the year is
// taken from context only where the writer wrote none, and not where words name another ("Nov. 20 last year").

import { dottedMonthNames, isValidDate, monthNames, ordinalDay, type CalendarDate, type DateStyle } from './calendarDate';
import { monthOfName } from './plainDates';
import { leadBeforeDate, sessionAfter } from './stampDates';

/** A month's name, capitalised as writers write it (a lower-case "may" is the verb), with a full stop after an abbreviation. */
const month = String.raw`(?:(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(?:\.|(?![A-Za-z]))|January|February|March|April|May|June|July|August|September|October|November|December)(?![A-Za-z])`;
const monthFirst = new RegExp(String.raw`^(?<name>${month})[ \t]+(?<day>\d{1,2})(?:st|nd|rd|th)?(?![\dA-Za-z])`);
const dayFirst = new RegExp(String.raw`^(?<day>\d{1,2})(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?(?<name>${month})`);
const articleBefore = /^the[ \t]+/i;
/**
 * What may not follow the date: more of a date (a year, "'26", a second day: "Nov. 20-21", "20/21 Nov", "Nov. 20 to
 * 27", "Nov. 20 and Dec. 4") or a number run on without a comma ("Nov. 20 2026"), unless it is a time ("Nov 20 4:05 PM").
 */
const moreOfADate = new RegExp(
  String.raw`^(?:,?[ \t]*(?:\d{4}(?!\d)|['’]\d{2}(?!\d))|[ \t]*[-–—/][ \t]*(?:\d|${month})|,?[ \t]+(?:to|through|thru|until|till|and|or|&)[ \t]+(?:\d|${month}|the[ \t]+\d)|[ \t]+\d(?!\d?(?::\d{2}|[ \t]*[ap]\.?m\b)))`,
);
/** A year named in words after the date ("Nov. 20 last year", "Nov. 20 of the prior year"): not the current one. */
const yearInWords = /^,?[ \t]+(?:of[ \t]+)?(?:last|next|the[ \t]+(?:previous|prior|following|next)|a)[ \t]+year\b|^,?[ \t]+a[ \t]+year[ \t]+(?:ago|earlier|before)\b/i;
/** A part of a month before the date ("late Nov. 20") is no qualifier a day takes: not read. */
const partOfMonth = /^[\s:,(]*(?:on\s+)?(?:the\s+)?(?:early|mid|late|end(?!\s+of\s+(?:trade|trading|business|the\s))|beginning|start|middle)\b/i;
/** Any leap year: a yearless "Feb. 29" is a day, in the leap years stampYears.ts picks from. */
const leapYear = 2024;

/** A date without a year: where it and its qualifier start in the window, its text, its month and day. */
export interface YearlessDate {
  readonly at: number;
  readonly qualifierAt: number;
  readonly text: string;
  readonly month: number;
  readonly day: number;
  /** How it was written, where its text alone does not say: a numeric date's order ("3/11" read day-first). */
  readonly style?: DateStyle;
  /**
   * A whole period named without its year: a month ("as of end-September", readYearlessMonth) or a quarter ("as of
   * Q3", quarterDates.ts). Its month is the period's first, its day the 1st.
   */
  readonly period?: 'month' | 'quarter';
}

/** The yearless date at the start of `written` (after an anchor), with what may stand before it as stampDates.ts reads it. */
export function readYearlessDate(written: string): YearlessDate | undefined {
  const { window, qualified, lead } = leadBeforeDate(written);
  if (partOfMonth.test(window.slice(0, lead))) return undefined;
  const article = lead === qualified ? (articleBefore.exec(window.slice(lead))?.[0].length ?? 0) : 0;
  const at = lead + article;
  const read = readYearlessAt(window.slice(at));
  if (!read) return undefined;
  const after = window.slice(at + read.text.length);
  if (article > 0 && !sessionAfter.test(after)) return undefined;
  return { at, qualifierAt: article > 0 ? at : qualified, ...read };
}

/** A month-name date with no year at the very start of `text`, or undefined. */
export function readYearlessAt(text: string): Omit<YearlessDate, 'at' | 'qualifierAt'> | undefined {
  const match = monthFirst.exec(text) ?? dayFirst.exec(text);
  const groups = match?.groups;
  if (!match || !groups) return undefined;
  const monthNumber = monthOfName(groups.name);
  const day = Number(groups.day);
  if (monthNumber === undefined || !isValidDate({ year: leapYear, month: monthNumber, day })) return undefined;
  const after = text.slice(match[0].length);
  if (moreOfADate.test(after) || yearInWords.test(after)) return undefined;
  return { text: match[0], month: monthNumber, day };
}

/**
 * A month with no year after an anchor, alone or with a part of it before ("as of end-September", "as at the end of
 * October", "as of mid-October") or "-end" after ("as of September-end"), as research desks date month-end figures.
 * Not a month a day follows (readYearlessDate's), nor one before a year in a form not read ("Sept. '26", "September
 * last year") or a range ("September-October").
 */
export function readYearlessMonth(written: string): YearlessDate | undefined {
  const { window, qualifierAt, lead } = leadBeforeDate(written);
  const match = monthAlone.exec(window.slice(lead));
  if (!match?.groups) return undefined;
  const after = window.slice(lead + match[0].length);
  if (moreOfAMonth.test(after) || yearInWords.test(after)) return undefined;
  const monthNumber = monthOfName(match.groups.name);
  if (monthNumber === undefined) return undefined;
  return { at: lead, qualifierAt, text: match[0], month: monthNumber, day: 1, period: 'month' };
}

const monthAlone = new RegExp(String.raw`^(?<name>${month})(?:-end\b)?`);
/** What may not follow a month read alone: a day, a year, a range, a number, a possessive or a capitalised name ("May Department Stores"). */
const moreOfAMonth = new RegExp(String.raw`^(?:[ \t]*\d|[ \t]*['’]\d|['’]s\b|[ \t]*[-–—/][ \t]*(?:\d|${month})|,?[ \t]+(?:to|through|thru|and|or|&)[ \t]+(?:\d|${month})|[ \t]+[A-Z][a-z])`);

/**
 * A numeric day and month with no year at the start of `written`, for a table's header only ("Close 11/20", "Price
 * (20/11)"), where a price column's name says it is a day: in running text "11/20" is as often a ratio or a score.
 * The order is the one reading that makes a day — "11/20" month first, "20/11" day first — and for one either order
 * could read ("11/2"), the note's own (`writesDayFirst`, as for an ambiguous slash stamp: slashDates.ts).
 * Not a range ("11/2-11/6"), a third number ("11/20/26", read with its year elsewhere) or a fraction of more digits.
 */
export function readNumericYearlessDate(written: string, writesDayFirst: () => boolean): YearlessDate | undefined {
  const { window, qualified, lead } = leadBeforeDate(written);
  // A sentence's full stop may follow ("as of 11/20."); a decimal, a third number, a range or a fraction's noun may
  // not ("11/20.5", "11/20/26", "11/2-11/6", "3/4 of the float").
  const match = /^(\d{1,2})\/(\d{1,2})(?![\d/,]|\.\d|[ \t]*[-–—][ \t]*\d|[ \t]+(?:of|the|a|an)\b)/.exec(window.slice(lead));
  if (!match) return undefined;
  const [first, second] = [Number(match[1]), Number(match[2])];
  if (first > 12 && second > 12) return undefined;
  const dayFirst = first > 12 || (second <= 12 && first !== second && writesDayFirst());
  const [month, day] = dayFirst ? [second, first] : [first, second];
  if (!isValidDate({ year: leapYear, month, day })) return undefined;
  return { at: lead, qualifierAt: qualified, text: match[0], month, day, style: dayFirst ? 'numeric-day-first' : 'numeric' };
}

/**
 * `date` written as the yearless `written` was (a numeric one in its `style`'s order, "11/2" → "11/20"): its order, its month as a name or an abbreviation (with its full
 * stop), its ordinal suffix, and no year ("Nov. 20" → "Nov. 29", "20th November" → "29th November").
 */
export function formatYearlessLike(written: string, date: CalendarDate, style?: DateStyle): string {
  const numeric = /^(\d{1,2})\/(\d{1,2})$/.exec(written);
  if (numeric) {
    const number = (value: number) => (numeric[1].startsWith('0') || numeric[2].startsWith('0') ? String(value).padStart(2, '0') : String(value));
    return style === 'numeric-day-first' ? `${number(date.day)}/${number(date.month)}` : `${number(date.month)}/${number(date.day)}`;
  }
  const long = monthNames[date.month - 1];
  const short = long.slice(0, 3);
  const name = /[A-Z][a-z]+\.?/.exec(written)?.[0] ?? long;
  const isLong = monthNames.some((monthName) => monthName === name.replace(/\.$/, ''));
  const monthText = isLong ? long : name.endsWith('.') ? dottedMonthNames[date.month - 1] : short;
  const day = /\d(?:st|nd|rd|th)/.test(written) ? ordinalDay(date.day) : String(date.day);
  return /^\d/.test(written) ? `${day} ${/\bof\b/.test(written) ? 'of ' : ''}${monthText}` : `${monthText} ${day}`;
}
