// Earnings come out before the open or after the close, and a note on them states where the stock traded then:
// "shares fell 3% after hours to $483.20", "were up 6% in premarket trading at $150". A provider's quote through that
// evening (or until the next open) is still the regular session's close: the stated price is the newer one, and
// price-drift comparing the two would report the reaction itself as drift — and its fix would write the older close
// over it. Such a price is compared only with a quote of a later session than the one it was stated in.

import { dayNumber, type CalendarDate } from './calendarDate';

/** How far back the price's sentence is looked at, and how far past the figure. */
const leadLimit = 200;
const tailLimit = 48;

const afterHours = /\b(?:after[- ]hours|extended(?:[- ]hours)?\s+(?:trading|trade|session|dealings)|post-?market|after the (?:closing )?bell|(?:in|during) (?:the )?evening trad(?:e|ing))\b/i;
const beforeOpen = /\b(?:pre-?market|before the (?:opening )?bell|ahead of the open|before the open)\b/i;
/** Where the price's sentence starts: a full stop, "!" or "?" and a space, or a blank line (a wrapped line goes on). */
const sentenceBreak = /[.!?]\s+(?=[A-Z$*_"“(])|\n[ \t]*\n/g;

/** The extended session the sentence around the figure (`start` to `end` in `text`) states its price in. */
export function extendedSessionOf(text: string, start: number, end: number): 'pre' | 'post' | undefined {
  const lead = text.slice(Math.max(0, start - leadLimit), start);
  let from = 0;
  sentenceBreak.lastIndex = 0;
  for (let match = sentenceBreak.exec(lead); match !== null; match = sentenceBreak.exec(lead)) from = match.index + match[0].length;
  const tail = text.slice(end, end + tailLimit).split(/[;!?]|\.\s|\n[ \t]*\n/)[0];
  const sentence = `${lead.slice(from)} ${tail}`;
  if (afterHours.test(sentence)) return 'post';
  return beforeOpen.test(sentence) ? 'pre' : undefined;
}

/**
 * Whether a price stated in an extended session of `day` (the day of the stamp that dates it) is newer than a quote
 * of `quoteDay`: after the close, any quote of that day or before; before the open, one of an earlier day.
 */
export function newerThanQuote(session: 'pre' | 'post', day: CalendarDate, quoteDay: CalendarDate): boolean {
  const [stated, quoted] = [dayNumber(day), dayNumber(quoteDay)];
  return session === 'post' ? quoted <= stated : quoted < stated;
}
