// "Prices as at 03/11/2026" (or "03-11-2026"): 11 March in US copy, 3 November in British. The date alone cannot say, and chrono reads
// it month-first. The note can: a writer keeps one order, so a slash date with a day past 12 in the first place
// ("16/10/2026"), a day written before its month's name ("16 October 2026") or a dotted date ("03.11.2026", which
// only day-first writers use) says the note is day-first, and a month-first one ("10/20/2026", "October 20, 2026")
// says it is not. So do the words around the dates: "as at" (or India's "as on") before a stamp is how British, Australian and Indian
// copy dates figures (American copy writes "as of"), and a time zone of a day-first country ("4:10pm AEDT", "16:30
// BST", "5:04 PM IST") places the writer. Only when every such signal points day-first is an ambiguous slash stamp re-read day-first; with
// none, or mixed ones, it stays month-first (the US order, as the docs say). The note is scanned only when one of its
// stamps is such an ambiguous slash date.

import { dayNumber, isValidDate } from './calendarDate';
import type { AsOfStamp } from './asOfStamps';

/** A slash date, or a dashed one with a four-digit year ("11-03-2026"), whose numbers could both be a month. */
const ambiguousSlash = /^(\d{1,2})(?:\/(\d{1,2})\/\d{2,4}|-(\d{1,2})-\d{4})$/;
const slashDates = /(?<![\d/-])(\d{1,2})(?:\/(\d{1,2})\/(?:\d{4}|\d{2})(?![\d/])|-(\d{1,2})-\d{4}(?![\d-]))/g;
const month = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
/** A dotted date with a four-digit year that is a real day read day-first (plainDates.ts), not part of a longer number. */
const dottedDates = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d.]*\d)/g;
const dayBeforeMonth = new RegExp(String.raw`\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${month},?\s+\d{4}\b`, 'gi');
const monthBeforeDay = new RegExp(String.raw`\b${month}\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b`, 'gi');

/**
 * Zones of countries that write the day first: Australia, New Zealand, the UK, central Europe, India, Hong Kong,
 * Singapore. Not GMT or UTC, which American desks write too, nor JST (Japan writes the year first). Case-sensitive.
 */
const dayFirstZone = /\b(?:AEST|AEDT|ACST|ACDT|AWST|NZST|NZDT|BST|CET|CEST|IST|HKT|SGT)\b/;
const asAt = /^as\s+(?:at|on)\b/i;

/** The stamps, with ambiguous slash dates re-read day-first where the note's own dates are written day-first. */
export function inNoteDateOrder(stamps: AsOfStamp[], text: string): AsOfStamp[] {
  const swappable = (stamp: AsOfStamp) => {
    const numbers = stamp.style === 'numeric' ? ambiguousSlash.exec(stamp.dateText) : null;
    const second = numbers?.[2] ?? numbers?.[3];
    return numbers !== null && Number(numbers[1]) <= 12 && Number(second) <= 12 && numbers[1] !== second;
  };
  if (!stamps.some(swappable) || !writesDayFirst(text, stamps)) return stamps;
  return stamps.map((stamp) => {
    if (!swappable(stamp)) return stamp;
    const date = { year: stamp.date.year, month: stamp.date.day, day: stamp.date.month };
    if (!isValidDate(date)) return stamp;
    const day = dayNumber(date);
    return { ...stamp, date, firstDay: day, lastDay: day, style: 'numeric-day-first' };
  });
}

/** Every date of the note that shows its order shows it day-first, and at least one date or word does. */
export function writesDayFirst(text: string, stamps: readonly AsOfStamp[]): boolean {
  let dayFirst = 0;
  for (const [, first, slashed, dashed] of text.matchAll(slashDates)) {
    const second = slashed ?? dashed;
    if (Number(first) > 12 && Number(second) <= 12) dayFirst++;
    else if (Number(second) > 12 && Number(first) <= 12) return false;
  }
  for (const [, day, month, year] of text.matchAll(dottedDates)) {
    if (isValidDate({ year: Number(year), month: Number(month), day: Number(day) })) dayFirst++;
  }
  monthBeforeDay.lastIndex = 0;
  if (monthBeforeDay.test(text)) return false;
  dayBeforeMonth.lastIndex = 0;
  if (dayFirst > 0 || dayBeforeMonth.test(text)) return true;
  return dayFirstZone.test(text) || stamps.some((stamp) => stamp.source === 'prose' && asAt.test(text.slice(stamp.offset, stamp.offset + stamp.length)));
}
