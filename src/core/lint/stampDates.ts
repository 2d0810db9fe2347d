// Reading the date an as-of anchor is followed by: what may stand between them (a session, a time of day, a part of a
// month, a day name) and the date itself, as a day or a whole month. asOfStamps.ts finds the anchors; plainDates.ts
// reads the common forms without chrono, chrono-node (writtenDateChrono.ts) the rest.

import type { AsOfStamp } from './asOfStamps';
import { dateStyleOf, dayNumber, isValidDate, lastDayOfMonth, type CalendarDate, type DateStyle } from './calendarDate';
import type { NoteSource } from './noteSource';
import { readApostropheYearDate, readDottedDate, readPlainDate, readSeparatedDate, readShortYearDate, type WrittenDate } from './plainDates';
import { writtenDateChrono } from './writtenDateChrono';

/**
 * Punctuation, emphasis marks and qualifiers between the anchor and the date: the moment of writing ("as of this
 * writing on Nov. 20, 2026", "as of press time (Nov. 20, 2026)"), a session ("as of the close on Jan. 20,
 * 2026", "as of market close, …", "as of the end of trading on …", a desk's "as of COB 11/20/2026" or "as of EOD …", with its hour: "as of the 4 p.m. close on …",
 * "as of the 4 p.m. ET close, …"), a time of day ("as of 4 p.m. ET on …", "as of noon ET on …", a wire's "as of 0930 GMT on …" (four digits only with a zone), "as at
 * 16:30 GMT, …"), a part of a month ("as of: late January 2026", "mid-October", "the middle of October": the
 * month, as no day is said, so none is guessed; research desks write "as at end-September 2026"), a named session's
 * close with its date after it ("as of Friday's close (Nov 20, 2026)", as strategists write it) or the article of an ordinal ("as of the 4th of
 * August 2025"). The session forms come first: "end of" alone is a part of a month. A time needs its colon or its
 * a.m./p.m., so "as of 20 Nov 2026" keeps its day.
 */
const leadIn =
  /^[\s:,*_(]*(?:(?:this\s+writing|press\s+time)[\s,(]+)?(?:on\s+)?(?:(?:\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?|noon|midday|(?:[01]\d|2[0-3])[0-5]\d(?=\s*(?:GMT|BST|UTC|CET|CEST|AEST|AEDT|JST|HKT|SGT|IST|ET|EST|EDT)\b))\s*(?:(?:ET|EST|EDT|CT|CST|CDT|PT|PST|PDT|GMT|BST|UTC|CET|CEST|AEST|AEDT|JST|HKT|SGT|IST)\b)?[\s,]+(?:on\s+)?|the\s+(?=\d)(?!\d{1,2}(?::\d{2})?\s*[ap]\.?m\.?)|(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|the\s+(?:prior|previous)\s+(?:day|session))['’]s\s+(?:close|closing\s+prices?)[\s,(]+(?:on\s+)?|(?:the\s+)?(?:(?:\d{1,2}(?::\d{2})?\s*[ap]\.?m\.?|noon)\s+(?:(?:ET|EST|EDT|CT|GMT|BST|UTC)\s+)?)?(?:(?:market|trading)\s+)?(?:close|closing\s+bell|open)(?:\s+of\s+(?:trade|trading|business|the\s+(?:session|day)))?[\s,]+(?:(?:on|of)\s+)?|(?:the\s+)?end\s+of\s+(?:trade|trading|business|the\s+(?:trading\s+)?(?:day|session))[\s,]+(?:on\s+)?|(?:cob|eod)\b[\s,]+(?:on\s+)?|(?:the\s+)?(?:early|mid|late|end\s+of|end(?=-)|beginning\s+of|start\s+of|middle\s+of)[\s-]+)?/i;
/**
 * "as of the Nov. 20, 2026 close", as data footers write it: a month's date after "the" is a stamp only with its
 * session after it ("the Nov. 20, 2026 report" names a report).
 */
const sessionDate = /^the\s+(?=(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)/i;
/** The session after a date that "the" opens: "the Nov. 20 close", "the Nov. 20, 2026, close" (a comma after the year, as AP style sets it). */
export const sessionAfter = /^,?[ \t]+(?:close|closing|open|opening|session|settle|settlement)\b/i;
/**
 * A day name before the date ("as of Friday, November 20, 2026", "as of market close on Friday (11/20/2026)", the
 * date in parentheses after its day): a re-stamp writes the new day's name in its place (fixes.ts).
 */
const weekdayLead = /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?(?:[ \t]*\([ \t]*|,?\s+)/i;
/** The parenthesis a day's name opened, closed after its date and maybe its time: ")", ", 4:00 PM ET)". */
const closesOnDate = /^,?(?:[ \t]+(?:at[ \t]+)?(?:\d{1,2}:\d{2}(?:[ \t]*[ap]\.?m\.?)?|\d{1,2}[ \t]*[ap]\.?m\.?)(?:[ \t]+[A-Z]{2,4})?)?[ \t]*\)/i;
/** A date can only start with a digit or a month name: anything else ("as of now") never reaches chrono. */
const dateStart = /^(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;
/** The date part of what chrono read, without a time ("November 20, 2026, 4:00 PM ET" → "November 20, 2026"). */
const datePart =
  /^(?:\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{2,4}|\d{1,2}-[A-Za-z]{3,9}-\d{2,4}|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[A-Za-z]+\.?,?\s+\d{4}|[A-Za-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|[A-Za-z]+\.?,?\s+\d{4})/;

/** What a stamp's date means: its first day, whether it names a day or a whole month, and how it was written. */
export interface StampReading {
  readonly date: CalendarDate;
  readonly precision: 'day' | 'month' | 'quarter';
  readonly firstDay: number;
  readonly lastDay: number;
  readonly style: DateStyle;
}

/** A date read after an anchor: where its qualifier and the date start in the window, its text, and its meaning. */
export interface ReadStampDate {
  readonly at: number;
  readonly qualifierAt: number;
  readonly text: string;
  readonly reading: StampReading;
}

// Lint runs on every pause in typing, and a note's stamps are the same from one run to the next: remember what
// chrono read for each window (bounded, so a long session does not grow it without end).
const readings = new Map<string, ReadStampDate | undefined>();

export function readDateCached(window: string): ReadStampDate | undefined {
  if (readings.has(window)) return readings.get(window);
  if (readings.size >= 2000) readings.clear();
  const found = readDate(window);
  readings.set(window, found);
  return found;
}

/** The date at the start of `window` (after the anchor): where it starts, its text, and what it means. */
export function readDate(written: string): ReadStampDate | undefined {
  const { window, qualifierAt, qualified, lead: dateLead } = leadBeforeDate(written);
  const article = dateLead === qualified ? (sessionDate.exec(window.slice(dateLead))?.[0].length ?? 0) : 0;
  const lead = dateLead + article;
  const rest = window.slice(lead);
  if (!dateStart.test(rest)) return undefined;
  const read = readPlainDate(rest) ?? readDottedDate(rest) ?? readSeparatedDate(rest) ?? readShortYearDate(rest) ?? readApostropheYearDate(rest) ?? readWithChrono(rest);
  if (!read) return undefined;
  const { text, year, month, day } = read;
  if (article > 0 && (day === undefined || !sessionAfter.test(rest.slice(text.length)))) return undefined;
  // A day's name with its date in parentheses ("Friday (11/20/2026)", "Friday (Nov. 20, 2026, 4:00 PM ET)") names that
  // day only if the parenthesis closes on it.
  if (window.slice(dateLead - 1, dateLead) === '(' && lead > qualified && !closesOnDate.test(rest.slice(text.length))) return undefined;
  const style = dateStyleOf(text);
  if (style === 'month-long' || style === 'month-short' || day === undefined) {
    return { at: lead, qualifierAt, text, reading: monthReading(year, month, style) };
  }
  const date = { year, month, day };
  return isValidDate(date) ? { at: lead, qualifierAt: qualified + article, text, reading: dayReading(date, style) } : undefined;
}

/** What stands before an anchor's date: where a qualifier starts, where a session or time ends, where the date starts. */
export interface DateLead {
  /** The window with emphasis marks blanked (offsets unchanged). */
  readonly window: string;
  /** Where a qualifier ("late", "the close on") starts: a re-stamp of a month replaces from here. */
  readonly qualifierAt: number;
  /** Where the qualifier ends and a day name may start: a re-stamp of a day replaces from here. */
  readonly qualified: number;
  /** Where the date itself starts. */
  readonly lead: number;
}

export function leadBeforeDate(written: string): DateLead {
  // Emphasis marks glued to a date (`2026__`, `_2026-10-31_`) hide its end from chrono, which wants a word boundary:
  // blanks of the same length keep every offset.
  const window = written.replace(/[*_]/g, ' ');
  const qualifierAt = /^[\s:,*_]*/.exec(window)![0].length;
  const qualified = leadIn.exec(window)?.[0].length ?? 0;
  const lead = qualified + (weekdayLead.exec(window.slice(qualified))?.[0].length ?? 0);
  return { window, qualifierAt, qualified, lead };
}

/** The date chrono reads at the start of `text`, if it has a year and a month there. */
export function readWithChrono(text: string): WrittenDate | undefined {
  const result = writtenDateChrono().parse(text, undefined, { forwardDate: false })[0];
  if (!result || result.index !== 0 || !result.start.isCertain('year') || !result.start.isCertain('month')) return undefined;
  const written = datePart.exec(result.text)?.[0];
  if (!written) return undefined;
  return { text: written, year: result.start.get('year')!, month: result.start.get('month')!, ...(result.start.isCertain('day') ? { day: result.start.get('day')! } : {}) };
}

export function dayReading(date: CalendarDate, style: DateStyle): StampReading {
  const day = dayNumber(date);
  return { date, precision: 'day', firstDay: day, lastDay: day, style };
}

export function monthReading(year: number, month: number, style: DateStyle): StampReading {
  const date = { year, month, day: 1 };
  return { date, precision: 'month', firstDay: dayNumber(date), lastDay: dayNumber({ year, month, day: lastDayOfMonth(year, month) }), style };
}

/** How much text after an anchor a date is looked for in: the longest qualifier and date with room to spare. */
export const stampWindowLength = 64;

/**
 * The stamp of a date read in the window at `windowAt`, the stamp itself starting at `start` (its anchor, its line,
 * or its date's qualifier): where its date and the part a re-stamp replaces lie, and what the date means.
 */
export function stampOfDate(source: NoteSource, start: number, windowAt: number, found: ReadStampDate, from: AsOfStamp['source']): AsOfStamp {
  const dateOffset = windowAt + found.at;
  const dateEnd = dateOffset + found.text.length;
  const restampOffset = windowAt + found.qualifierAt;
  const { line, column } = source.lines.position(start);
  // A qualifier that is only a day's name (weekdayLead, which leadBeforeDate stepped over): the re-stamp names the new day.
  const qualifier = source.text.slice(restampOffset, dateOffset);
  return {
    ...(qualifier !== '' && weekdayLead.exec(qualifier)?.[0] === qualifier ? { weekday: qualifier } : {}),
    offset: start,
    length: dateEnd - start,
    dateOffset,
    dateLength: found.text.length,
    restampOffset,
    restampLength: dateEnd - restampOffset,
    line,
    column,
    dateText: found.text,
    ...found.reading,
    source: from,
  };
}
