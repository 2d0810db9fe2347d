// Is a stated price of another time than its note's? "Apple (NASDAQ: AAPL) closed at $243.85 on Jan. 2", "In April,
// Apple (AAPL) changed hands at $172.40", "A year ago, …", "Last week Tesla (TSLA) closed at $452.00", "… traded at
// $140.15 a year earlier", "Before its 10-for-1 split, …": each is a true price of its own day. price-drift must not
// compare it with today's quote, and its fix must never rewrite it.
//
// Where the words that date a price are looked for, so that a period of another figure in the same sentence ("Apple
// rose 30% in 2025 and Microsoft (MSFT) closed at $498.12") does not date it:
//   - at the start of the sentence, before the mention: the sentence's opening phrase ("In April, …", "Last week …");
//   - between the mention and the figure, a session ("closed on Jan. 2 at", "closed Thursday at"): a longer period
//     there is the move's ("gained 13 percent last week, closing at $23.63"), and the price is where it ended;
//   - right after the figure, within its clause ("$243.85 on Jan. 2", "$140.15 a year earlier").
// A period still running at the as-of date ("this week", "so far this year") does not date a price: the price is
// still the latest. Nor does the as-of day itself ("on Friday" in a note as of Friday, "today", "in the session").

import { dayNumber, formatIsoDate, isValidDate, type CalendarDate } from './calendarDate';
import { findPeriods, monthPattern } from './claims/periods';
import { monthOfName } from './plainDates';

/** How far back a sentence's start is looked for. */
const leadLimit = 240;
/** How much of the text after the figure can date it. */
const tailLimit = 48;

/** "on Jan. 2", "on January 2, 2026", "on 2 January", "on 1/2/2026" (month first, as US copy writes it). */
const datedDay = new RegExp(
  String.raw`^(?:on|as of|at the close (?:on|of))\s+(?:(?<month>${monthPattern})\s+(?<day>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?<year>\d{4}))?|(?<dayFirst>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<monthAfter>${monthPattern})(?:,?\s+(?<yearAfter>\d{4}))?|(?<numMonth>\d{1,2})\/(?<numDay>\d{1,2})(?:\/(?<numYear>\d{2}|\d{4}))?)\b`,
  'i',
);
/**
 * Words that put a price back in time: "a year ago", "a year earlier", "at the time", "before its split", "pre-split",
 * "before earnings", "the day before the report", "at the start of the year", "when I first recommended it", "on the day
 * we sold it" (the writer's own trade; "on the day" alone, or "the day it reported", is the session's own), "in the
 * IPO" or "in the secondary offering"
 * (the offering's price, not the market's), "on its debut", "on its first day of trading" (a listing's first price); or an extreme of a session, "fell to $380 intraday", "at one point", "at the lows of the day", or its start, "at the open" (a
 * price "in premarket trading" or "in late trading" is where the stock stood when the note was written: its own). Not "at the time of publication" or "of writing": retail sites' words for the
 * moment the note was written, its own time.
 */
const backThen = /^(?:(?:[\w-]+\s+){0,3}(?:ago|earlier)\b|intra-?day\b|at one point\b|(?:at|on) (?:the|its) (?:open|opening)(?: bell)?\b|at the (?:start|beginning) of (?:trading|the (?:session|day)|(?:the|this|last) (?:year|quarter|month|week))\b|the (?:day|session|night|week)(?: before\b| prior\b|$)|pre-split\b|at (?:the|its) (?:(?:session|day['’]s|daily|intra-?day)\s+)?(?:low|high)s?(?: of the (?:day|session))?\b|previously\b|at the time\b(?!\s+of\s+(?:this\s+)?(?:publication|publishing|writing|posting|press)\b)|back (?:then|in)\b|(?:at|in|on) (?:its|the|an|their|a) (?:ipo|initial public offering|(?:(?:secondary|follow-on|public|stock|share|private|rights)\s+)?offering|listing|(?:(?:market|trading|stock[- ]market|public|nasdaq|nyse)\s+)?debut|first (?:trading )?(?:day|session)|first day of trading)\b|before (?:its|the|earnings|results)\b|prior to\b|when (?:we|i|it|they|he|she|the)\b|on the (?:day|date)(?: that)? (?:we|i)\b)/i;
/**
 * A month named as the time of a price: "in July", "in mid-July", "in early July", "last July", "this past July". A
 * month other than the one of the note's as-of day is over, and so is the early part of that one ("in November"
 * under a November stamp is still running: findPeriods reads it so). In an undated note, where findPeriods reads no
 * month at all, a named month is not the note's moment either: a writer says "this month" of the one they write in.
 */
const monthPhrase = new RegExp(String.raw`^(?:(?:in|during)\s+(?:(?:early|mid|late)[\s-]+)?|(?:last|this\s+past)\s+)(?<month>${monthPattern})(?![\p{L}])(?!\s+\d{1,2}\b)`, 'iu');

/** What may come before a period phrase that opens a sentence ("in the third quarter": the phrase is "third quarter"). */
const periodLead = /^(?:(?:in|during|for|over|through|on|at)\s+)?(?:the\s+)?$/i;
/** A conjunction or adverb a sentence may open with before its dating phrase. */
const opener = /^(?:(?:and|but|so|meanwhile|by contrast|for comparison|still|yet)\b,?\s*)?/i;
/** Where a sentence starts: after a full stop, question or exclamation mark and a capital, or at a line's start. */
const sentenceBreak = /(?:[.!?]["'”’)]?\s+(?=["'“‘(]?[A-Z$])|\n)/g;
/** Markdown at a line's start: list markers, quote markers, heading marks, emphasis. */
const lineMarkup = /^[\s>#*+\-_]*(?:\d+[.)]\s+)?[*_]*/;
/** Where the figure's clause ends (not at an abbreviation's full stop: "on Jan. 2"). */
const clauseEnd = /[,;:!?()]|\.(?=\s+["'“‘(]?[A-Z]|\s*$)|\s(?:and|but|while|whereas|after|before|as|when)\s/;

/**
 * The words that date the price to another time than `asOf` (the day of the stamp that dates it; undefined in an
 * undated note), or undefined when the price is of the note's time. Offsets are into `text`. `introFrom` is where
 * the last stamp before the mention that does not date the price ends (stampScope.ts, otherStampEndBefore): in the
 * price's own sentence ("As of Nov. 13, …, but as of Nov. 20, 2026 Apple (AAPL) was at $250.00", "As of Oct. 1,
 * 2026, Apple (AAPL) was at $272.41 (as of Nov. 20, 2026)") it dates the words before it, and the price's own stamp
 * dates the price: the opening phrase is read after it.
 */
export function otherTimeOfPrice(
  text: string,
  mentionOffset: number,
  mentionEnd: number,
  figureStart: number,
  figureEnd: number,
  asOf: CalendarDate | undefined,
  introFrom?: number,
): string | undefined {
  return (
    datingPhraseAtStart(introOf(text, mentionOffset, introFrom), asOf) ??
    datingPhraseWithin(text.slice(mentionEnd, figureStart), asOf) ??
    datingPhraseAtStart(tailOf(text, figureEnd), asOf)
  );
}

/**
 * The sentence's opening phrase before the mention: up to its last comma, or all of it when it has none. A stamp's
 * end inside the sentence (`introFrom`) starts the phrase there.
 */
function introOf(text: string, mentionOffset: number, introFrom?: number): string {
  const stampFloor = introFrom !== undefined && introFrom <= mentionOffset && introFrom > mentionOffset - leadLimit ? introFrom : undefined;
  const from = stampFloor ?? Math.max(0, mentionOffset - leadLimit);
  const before = text.slice(from, mentionOffset);
  let start = 0;
  sentenceBreak.lastIndex = 0;
  for (let match = sentenceBreak.exec(before); match !== null; match = sentenceBreak.exec(before)) start = match.index + match[0].length;
  if (start === 0 && from > 0 && stampFloor === undefined) return ''; // no sentence start within reach: no opening phrase to read
  const lead = before.slice(start).replace(lineMarkup, '');
  const comma = lead.lastIndexOf(',');
  return (comma >= 0 ? lead.slice(0, comma) : lead).replace(opener, '');
}

/**
 * The text right after the figure, up to the end of its clause. A conjunction right after the figure opens the tail
 * rather than ending it: "$300.00 when I first recommended it", "$300.00 before the report" are dated by it.
 */
function tailOf(text: string, figureEnd: number): string {
  const after = text.slice(figureEnd, figureEnd + tailLimit).trimStart();
  const end = after.search(clauseEnd);
  return end < 0 ? after : after.slice(0, end);
}

/** A dating phrase that opens `phrase`. */
function datingPhraseAtStart(phrase: string, asOf: CalendarDate | undefined): string | undefined {
  if (phrase === '') return undefined;
  const back = backThen.exec(phrase);
  if (back) return back[0];
  const dated = datedDayOf(phrase, asOf);
  if (dated) return dated;
  const period = findPeriods(phrase, 0, asOf).find((found) => periodLead.test(phrase.slice(0, found.offset)) && datesAnotherTime(found, asOf));
  if (period) return phrase.slice(0, period.offset + period.length);
  return monthOfAnotherTime(phrase, asOf);
}

/** "in July", "last July": a month other than the as-of day's (any, in an undated note). See monthPhrase. */
function monthOfAnotherTime(phrase: string, asOf: CalendarDate | undefined): string | undefined {
  const match = monthPhrase.exec(phrase);
  if (!match?.groups) return undefined;
  // "last November" is a year back; "in early November" is over by the time a stamp later in the month is written.
  const sameMonth = asOf !== undefined && monthOfName(match.groups.month) === asOf.month && !/^(?:last|this|in\s+early)/i.test(match[0]);
  return sameMonth ? undefined : match[0];
}

/**
 * Words between the stock and its figure that put the figure before the sentence's own time: "The stock had
 * previously closed at $151.28", "had ended Friday at", "was originally priced at". The past perfect of a trade is
 * the session before the one the sentence tells; "has been trading at" (present perfect) is still now.
 */
const earlierTense = /(?<![\p{L}\p{N}])(?:previously|formerly|originally|initially|had\s+(?:(?:previously|already|last)\s+)?(?:closed|ended|finished|settled|traded|been\s+trading))(?![\p{L}\p{N}])/iu;

/**
 * A session named anywhere in the short text between the mention and its figure ("closed on Jan. 2 at", "slid 4%
 * on Tuesday, to close at"). A longer period there is the move's, and the price its close: "gained 13 percent last
 * week, closing at $23.63" is the latest price of a weekly wrap.
 */
function datingPhraseWithin(between: string, asOf: CalendarDate | undefined): string | undefined {
  const earlier = earlierTense.exec(between);
  if (earlier) return earlier[0];
  for (let at = between.search(/\bon\b/i); at >= 0; at = nextOn(between, at)) {
    const dated = datedDayOf(between.slice(at), asOf);
    if (dated) return dated;
  }
  const period = findPeriods(between, 0, asOf).find((found) => found.key.startsWith('day:') && datesAnotherTime(found, asOf));
  return period ? between.slice(period.offset, period.offset + period.length) : undefined;
}

function nextOn(text: string, from: number): number {
  const next = text.slice(from + 2).search(/\bon\b/i);
  return next < 0 ? -1 : from + 2 + next;
}

/** A closed period, or a session other than the as-of day's. */
function datesAnotherTime(period: { key: string; open: boolean }, asOf: CalendarDate | undefined): boolean {
  if (period.open) return false;
  if (!period.key.startsWith('day:')) return true;
  const day = period.key.slice(4);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return false; // a weekday in an undated note: which week is unknown
  return asOf !== undefined && day !== formatIsoDate(asOf);
}

/** "on Jan. 2" when that is not the as-of day (in an undated note, any such day dates the price). */
function datedDayOf(phrase: string, asOf: CalendarDate | undefined): string | undefined {
  const match = datedDay.exec(phrase);
  const g = match?.groups;
  if (!match || !g) return undefined;
  const month = g.numMonth !== undefined ? Number(g.numMonth) : monthOfName(g.month ?? g.monthAfter);
  const day = Number(g.day ?? g.dayFirst ?? g.numDay);
  const yearText = g.year ?? g.yearAfter ?? g.numYear;
  const year = yearText === undefined ? asOf?.year : yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText);
  if (month === undefined || (year !== undefined && !isValidDate({ year, month, day }))) return undefined;
  if (asOf && year !== undefined && dayNumber({ year, month, day }) === dayNumber(asOf)) return undefined;
  return match[0];
}

export interface NamedDay {
  readonly offset: number;
  readonly length: number;
}

/**
 * The day a price's own sentence names, whichever day it is: a date ("closed at $65.20 on Nov. 13, 2026"), a weekday
 * ("on Friday", "Friday's close of $65.20", "On Thursday, …"), "yesterday". Unlike "today" or "in the session", which
 * are the note's day and move with its stamp, these words stay where they are when a fix brings the price to a later
 * quote: re-stamped or given a stamp of its own, the sentence would state the new price on the old day. Looked for
 * where otherTimeOfPrice looks.
 */
export function dayNamedWithPrice(text: string, mentionOffset: number, mentionEnd: number, figureStart: number, figureEnd: number, introFrom?: number): NamedDay | undefined {
  const intro = introOf(text, mentionOffset, introFrom);
  // The opening phrase is the text's own, with the line's markup and an opening conjunction left out: its last
  // occurrence before the mention.
  const introAt = text.lastIndexOf(intro, mentionOffset - intro.length);
  const rawTail = text.slice(figureEnd, figureEnd + tailLimit);
  const tailAt = figureEnd + (rawTail.length - rawTail.trimStart().length);
  return namedDayIn(intro, introAt, false) ?? namedDayIn(text.slice(mentionEnd, figureStart), mentionEnd, true) ?? namedDayIn(tailOf(text, figureEnd), tailAt, false);
}

/**
 * The day a prose price's sentence names besides the stamp that dates it (stampOfPrice). A company's dated price
 * ("the closing price … on November 20, 2026 was $41.20") names its day in its own stamp, which a fix re-stamps: that
 * day moves with the price, and is not returned. `introFrom` as otherTimeOfPrice takes it.
 */
export function dayNamedBesidesStamp(
  text: string,
  price: { readonly offset: number; readonly length: number; readonly source: string; readonly mention: { readonly offset: number; readonly length: number } },
  stamp: { readonly offset: number; readonly length: number } | undefined,
  introFrom?: number,
): NamedDay | undefined {
  if (price.source !== 'prose') return undefined;
  const { mention } = price;
  const named = dayNamedWithPrice(text, mention.offset, mention.offset + mention.length, price.offset, price.offset + price.length, introFrom);
  const inStamp = named !== undefined && stamp !== undefined && stamp.offset <= named.offset && named.offset < stamp.offset + stamp.length;
  return inStamp ? undefined : named;
}

/** A date after "on" (at the phrase's start, or anywhere in it), else a weekday or "yesterday" anywhere in it. */
function namedDayIn(phrase: string, phraseAt: number, anywhere: boolean): NamedDay | undefined {
  if (phrase === '') return undefined;
  for (let at = anywhere ? phrase.search(/\bon\b/i) : 0; at >= 0; at = anywhere ? nextOn(phrase, at) : -1) {
    const dated = datedDay.exec(phrase.slice(at));
    if (dated) return { offset: phraseAt + at, length: dated[0].length };
  }
  const day = findPeriods(phrase, 0, undefined).find((found) => found.key.startsWith('day:') && found.key !== 'day:today');
  return day ? { offset: phraseAt + day.offset, length: day.length } : undefined;
}
