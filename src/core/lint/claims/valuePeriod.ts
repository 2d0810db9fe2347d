// Which period governs a value of a sentence (sentenceReading.ts asks it for each value): the period in the value's
// own segment (of its own list item, else another item's told in the same tense); else one that leads the sentence;
// else its clause's only one; after the item that names the period, a parallel clause's or list item's move told in
// the same tense (parallelItems.ts); else, when the sentence names none, its lead-in's or heading's, or the session
// of a close. A value with none makes no claim.

import { handedDown } from './leadPeriods';
import { closeVerb, followingGap, marketCloseVerb, openingLead, possessiveGap } from './claimWords';
import { comparator, comparisonVerb, pastMove } from './moveContext';
import { monthNames } from '../calendarDate';
import { monthPattern, type PeriodPhrase } from './periods';
import { lastBefore, type Span } from './sentenceSpans';
import { atAnotherTime, ownPeriods, withoutRecordScopes, parallelPeriod, periodsAllOfOtherPredicates, predicateStart, trailingListPeriod, type ItemParts } from './parallelItems';
import type { StatedValue } from './values';

/** What the look-up needs of a sentence, found once by SentenceReading. */
export interface PeriodParts extends ItemParts {
  /** An earlier sentence of the paragraph named the session and said the market closed it (see closeOfTheDay). */
  readonly sessionClosed: boolean;
  /** The sentence counts its figures to a day ("through Thursday"): a period of its own, if it names one, nothing handed down. */
  readonly cutoff?: boolean;
}

/** A clause of another time or a cause opening between a close and a later value: ", after it dropped 5%". */
const subordinateBetween = /\b(?:after|before|since|because|following|until|once|when|whenever|having)\b/i;

/** A span from one subject's own event ("since inception", "since its IPO", "since its launch"): never another value's. */
function ownEvent(period: PeriodPhrase): boolean {
  return /^since:(?:inception|launch|ipo|listing|debut)$/.test(period.key);
}

/** A colon right after a period phrase (a noun such as "returns" between): "YTD:", "Year-to-date returns:", "This week:". */
const labelAfter = /^[\s*_]*(?:(?:returns?|performance|moves?|changes?|gains?|scorecard|tally)[\s*_]*)?:[*_]*\s/i;

/** Between a period that labels a value and the value: a closing bracket, a colon, emphasis, a direction word ("(YTD): 14.1%", "YTD:** up 14.1%"). */
const periodLabelGap = /^[\s*_]*\)?[\s*_]*:[\s*_]*(?:(?:up|down)\s+)?$/i;

/**
 * A change's basis or time written right after its value: "y/y", "YoY", "year over year", "w/w", "m/m", "from a year
 * ago", "in the first nine months", "over the period".
 */
const ownTimeAfter =
  /^\s*(?:(?:in|over|during|for|through|across)\s+(?:the|its|their|this|that)\s+(?:[\w'’-]+\s+){0,3}?(?:sessions?|days?|weeks?|months?|quarters?|years?|period|half|stretch|span|hours?|minutes?)\b|(?:this|that|last)\s+(?:[\w-]+\s+){1,2}(?:week|month|quarter|year)\b|y\/y|yoy|y-o-y|year[- ]over[- ]year|w\/w|wow|week[- ]over[- ]week|m\/m|mom|month[- ]over[- ]month|q\/q|qoq|quarter[- ]over[- ]quarter|d\/d|dod|day[- ]over[- ]day|(?:from|versus|vs\.?|compared (?:with|to)) (?:a|one) (?:year|month|week) (?:ago|earlier))(?![\w/])/i;

/** A move to an index's level: "to 22,273.08", "to 6,602". */
const moveToLevel = /\bto\s+\d{1,3}(?:,\d{3})+(?:\.\d+)?\b/;

/** The period phrase in the value's own segment; else the sentence's opening one ("Year to date, …"); else the clause's only one for its only value. */
export function periodOfValue(parts: PeriodParts, value: StatedValue, clause: Span, segment: Span, all: readonly StatedValue[]): PeriodPhrase | undefined {
  const segmentPeriods = parts.periods.filter((period) => period.offset >= segment.offset && period.offset < segment.end);
  // "Third-quarter revenue rose 9% from a year ago": the base of the comparison gives way to a period named beside it.
  const named = segmentPeriods.filter((period) => !period.comparisonBase);
  // Not a period of another item of the segment told in another tense (parallelItems.ts).
  const inSegment = ownPeriods(parts, named.length > 0 ? named : segmentPeriods, value, all);
  if (inSegment.length > 0) {
    const nearest = inSegment.reduce((best, period) => (distance(period, value) < distance(best, value) ? period : best));
    // "up 1.5% this week and 4% so far this month": "this week" follows the 1.5% it dates; the 4% has its own after it.
    if (nearest.offset < value.offset && followsAnotherValue(parts, nearest, all)) {
      const own = inSegment.find((period) => period.offset >= value.offset + value.length && !all.some((other) => other.offset > value.offset && other.offset < period.offset));
      if (own) return own;
      // "up 16% YTD and 14% y/y", "rose 7% in the third quarter and 15% in the first nine months": a value that names
      // its own time or basis after it is not the first value's period's, though what it names is no period read here.
      if (ownTimeAfter.test(slice(parts, value.offset + value.length, value.offset + value.length + 48))) return undefined;
    }
    return nearest;
  }
  // "…, while the Nasdaq gained 1.2% in the holiday-shortened week": a value that names a time of its own after it,
  // one not read here, takes no other's — not a parallel item's day, a lead-in's or the session a paragraph closed.
  if (ownTimeAfter.test(slice(parts, value.offset + value.length, value.offset + value.length + 48))) return undefined;
  // "S&P 500: +1.2% (week), +16.1% (YTD)": a period in brackets right after the value labels it.
  const bracketed = parts.periods.find((period) => /^\s*\(\s*$/.test(slice(parts, value.offset + value.length, period.offset)) && /^\s*\)/.test(slice(parts, period.offset + period.length, period.offset + period.length + 2)));
  if (bracketed) return bracketed;
  // "**Russell 2000** (YTD): 14.1%", "Nasdaq, week: -0.5%": a period that labels the value with a colon right before
  // it — as a colon that labels a sentence does, the year to date, a week, a month, a day or a trailing span.
  const labelling = parts.periods.find((period) => periodLabelGap.test(slice(parts, period.offset + period.length, value.offset)));
  if (labelling && handedDown.test(labelling.key) && !labelling.growthOnly) return labelling;
  const opening = parts.periods[0];
  if (opening) {
    const openingSegment = parts.segments[lastBefore(parts.segments, opening.offset + 1)];
    const valueFree = !all.some((other) => other.offset >= openingSegment.offset && other.offset < openingSegment.end);
    // Opening means leading: "Year to date, …", "So far this year, …" — not "… hit highs Thursday, putting …".
    const leads = openingLead.test(slice(parts, openingSegment.offset, opening.offset));
    if (openingSegment.offset === parts.base && valueFree && leads && (all.length === 1 || !ownEvent(opening))) return opening;
    // "YTD: S&P 500 +16%, Nasdaq +21%, Russell 2000 +12%": a period that labels the sentence with a colon governs its
    // list of values, each with no period of its own — as a lead-in line does, never a quarter or a year, which may
    // name a topic ("Q3: …").
    // (A label governs the values after it: "Nasdaq: day: -0.5%, YTD: +21%" labels only the 21%.)
    const label = leads && opening.offset < value.offset && labelAfter.test(slice(parts, opening.offset + opening.length, parts.base + parts.sentence.length));
    if (label && handedDown.test(opening.key) && !opening.growthOnly) return opening;
  }
  const inClause = parts.periods.filter((period) => period.offset >= clause.offset && period.offset < clause.end);
  const valuesInClause = all.filter((other) => other.offset >= clause.offset && other.offset < clause.end);
  // (A streak's count beside a move is no rival for the period: "logged its fifth straight weekly gain, rising 1.5%".)
  if (inClause.length === 1 && valuesInClause.filter((other) => other.kind === value.kind).length === 1) return inClause[0];
  // "up 13% in 2025, compared with a 17% rise in the S&P 500": the two sides of a comparison share its period.
  // (Not a span from the answered side's own event: "returned 14% since inception, compared with 16% for the S&P 500"
  // is the fund's inception, a period the S&P 500's figure cannot be keyed by.)
  const shared = inClause.length === 1 && !ownEvent(inClause[0]) ? inClause[0] : undefined;
  if (shared && valuesInClause.length === 2 && comparator.test(slice(parts, valuesInClause[0].offset, valuesInClause[1].offset))) return shared;
  if (shared && onOwnedComparisonSide(parts, value, valuesInClause)) return shared;
  // "The S&P 500 (+0.5%) and the Nasdaq (+0.7%) rose on Friday": figures in brackets after their names, the clause's
  // only period told once for them all — outside the brackets, not one figure's own ("(+16% YTD)").
  if (inClause.length === 1 && !ownEvent(inClause[0]) && valuesInClause.every((other) => bracketedAfterName(parts, other))) {
    const periodSegment = parts.segments[lastBefore(parts.segments, inClause[0].offset + 1)];
    if (!valuesInClause.some((other) => other.offset >= periodSegment.offset && other.offset < periodSegment.end)) return inClause[0];
  }
  const parallel = parallelPeriod(parts, value, all) ?? trailingListPeriod(parts, value, all);
  if (parallel) return ownEvent(parallel) ? undefined : parallel;
  // A sentence that names no period of its own reads under its lead-in ("For the week:") or heading.
  // A figure counted to an earlier day ("Through Thursday, …") names its own moment: nothing else dates it.
  if (parts.cutoff) return undefined;
  // "For the holiday-shortened week, the S&P 500 gained 0.9%": the clause names a time of its own, one not read here,
  // so no lead-in's, heading's or closed session's period stands in for it.
  if (namesUnreadTime(parts, clause)) return undefined;
  if (parts.periods.length === 0) {
    // "## This week … Stocks closed higher on Friday. The S&P 500 added 0.8% to close at 6,954.63.": a move told as a
    // close, after the paragraph (or the one before it) closed a named session, is that session's — the paragraph
    // says which day, which the section's heading does not. (A lead-in's block is its own: "For the week:".)
    const dated = parts.inherited?.heading && parts.sessionClosed && marketCloseVerb(slice(parts, clause.offset, clause.end)) ? closeOfTheDay(parts, clause, value, all) : undefined;
    return dated ?? parts.inherited ?? closeOfTheDay(parts, clause, value, all);
  }
  // "U.S. stocks ended mixed on Friday. … The Russell 2000 gained 1.6% and is up 12.4% so far this year.": a move
  // whose sentence names only another predicate's period is the close the paragraph's lead told of, if it told of
  // one (the clause's close verb may be the other predicate's: "rose 0.6% and finished the week up 1.8%").
  // So is a move its own predicate closes, the period another predicate's or another clause's: "The S&P 500 closed 0.4%
  // higher and booked a 0.3% gain for the week", "…closed up 0.4%, and it is up 12% this year".
  const closesOwnPredicate = marketCloseVerb(slice(parts, predicateStart(parts, clause.offset, value.offset), value.offset + value.length)) !== undefined;
  // (Not beside another day named: "The Dow closed 0.4% higher, and the Nasdaq gained 1% on Thursday" may be Thursday's.)
  const otherDay = parts.periods.some((period) => period.key.startsWith('day:') && period.key !== parts.session?.key);
  // (A period in another segment beside a value of its own is that value's: "closed up 0.5%, posting a weekly gain of 1.2%".)
  const ofOtherSegment = (period: PeriodPhrase) => {
    const at = parts.segments[lastBefore(parts.segments, period.offset + 1)];
    const within = (offset: number) => offset >= at.offset && offset < at.end;
    return !within(value.offset) && all.some((other) => other !== value && other.kind === value.kind && within(other.offset));
  };
  const othersOnly = !inClause.some((period) => !ofOtherSegment(period) && !periodsAllOfOtherPredicates({ ...parts, periods: [period] }, value, all));
  if (closesOwnPredicate && othersOnly && !otherDay && !atAnotherTime(parts, clause.offset, clause.end)) {
    return closeOfTheDay(parts, clause, value, all);
  }
  return parts.sessionClosed && periodsAllOfOtherPredicates(parts, value, all) ? closeOfTheDay(parts, clause, value, all) : undefined;
}

/**
 * "The S&P 500 closed 0.2% higher": a close with no day named is the session the paragraph named last ("Stocks
 * fell on Thursday. The S&P 500 closed …"), else that of a note dated to the day. Claims about different sessions
 * are never compared.
 */
function closeOfTheDay(parts: PeriodParts, clause: Span, value: StatedValue, all: readonly StatedValue[]): PeriodPhrase | undefined {
  if (!parts.session) return undefined;
  const clauseText = slice(parts, clause.offset, clause.end);
  // "The S&P 500 closed up 1% on Nov. 20": a close of the day the sentence names, not of the paragraph's session.
  if (namesAnotherDate(parts.sentence, parts.session.key)) return undefined;
  // "The S&P 500 gained 0.49% to end at 6,602.99, while the Nasdaq gained 0.51% to 22,273.08": a move to a level
  // beside a clause that closes is the same session's close, as the wire's closing paragraph writes it.
  // Not a second move in a clause the close is told after: "closed up 3%, after it dropped 5% on the earnings miss"
  // (but "closed at a record after rising 0.5%" is the close's own move).
  const closeAt = closeVerb.exec(clauseText);
  const closeOffset = clause.offset + (closeAt?.index ?? 0);
  const closesFirst = all.some((other) => other.offset > closeOffset && other.offset < value.offset);
  const closes = closeAt !== null && !(closesFirst && subordinateBetween.test(slice(parts, closeOffset, value.offset)));
  if (closes || (moveToLevel.test(clauseText) && closeVerb.test(parts.sentence))) return parts.session;
  // "Japan's Nikkei 225 fell 0.8% to close at 48,920.15, while the broader Topix lost 0.5%": a move told beside an
  // earlier clause or list item that closes the session is that close, as a day named there would be shared — same
  // tense, nothing that puts it at another time (parallelItems.ts).
  const close = closeVerbBefore(parts, clause.offset);
  if (close && parallelPeriod({ ...parts, periods: [{ ...parts.session, ...close }] }, value, all)) return parts.session;
  // "Stocks closed mostly lower on Wall Street Tuesday. … The benchmark S&P 500 slipped 0.3%.": after a sentence of
  // the paragraph closed the day, a move in the past tense is that close (a midday story's lead says "were lower in
  // afternoon trading", and its moves carry their time: "as of 2:32 p.m.").
  // Not a move the sentence puts at another time: "lost 20% in the 2022 bear market", "when the Fed last paused".
  return parts.sessionClosed && pastMove.test(clauseText) && !atAnotherTime(parts, parts.base, parts.base + parts.sentence.length) ? parts.session : undefined;
}

/** The first close verb of the sentence before `offset` that closes a market ("to close at", "closed 0.8% lower"), where a period there would stand. */
function closeVerbBefore(parts: PeriodParts, offset: number): { offset: number; length: number } | undefined {
  const close = marketCloseVerb(slice(parts, parts.base, offset));
  return close && { offset: parts.base + close.offset, length: close.length };
}

/**
 * A session's day of the calendar, with its month's name, "on" it or opening the sentence: "on Nov. 20", "On November
 * 20, 2026, …", "on 20 November" (not "its best day since Oct. 3", "ahead of the Dec. 10 Fed decision").
 */
const calendarDay = new RegExp(String.raw`(?:^[\s*_]*|\bon\s+)(?:(?<month>${monthPattern})\s+(?<day>[0-3]?\d)(?:st|nd|rd|th)?|(?<dayFirst>[0-3]?\d)(?:st|nd|rd|th)?\s+(?<monthAfter>${monthPattern}))(?![\d,.]*\d{3})(?!\.?\d)\b`, 'gi');

/** Whether a sentence names a day of the calendar other than the session's (`day:2026-11-27`). */
function namesAnotherDate(sentence: string, sessionKey: string): boolean {
  const session = /^day:\d{4}-(\d\d)-(\d\d)$/.exec(sessionKey);
  for (const match of sentence.matchAll(calendarDay)) {
    const g = match.groups!;
    const monthWord = (g.month ?? g.monthAfter).toLowerCase().slice(0, 3);
    // "May" is a verb far more often than a month: only "May" names it.
    if (monthWord === 'may' && !/^May\b/.test(g.month ?? g.monthAfter)) continue;
    const month = monthNames.findIndex((name) => name.slice(0, 3).toLowerCase() === monthWord) + 1;
    const day = Number(g.day ?? g.dayFirst);
    if (day < 1 || day > 31) continue;
    if (!session || Number(session[1]) !== month || Number(session[2]) !== day) return true;
  }
  return false;
}

/** What stands between two values of one comparison side: "16% for the S&P 500 and 21% …", "the Dow's 1% gain and the Nasdaq's 2% …". */
const sideItemGap = /^[^,;%]{0,60}?(?:,\s*(?:and\s+)?|\s+and\s+)[^,;%]{0,40}$/i;
/** A verb or a clause's opening between two values: the second is no item of the first's list. */
const sideItemVerb = /\b(?:is|are|was|were|has|have|had|while|whereas|as|after|before|since|when|which|who|that)\b/i;

/**
 * "The fund has returned 14% this year, compared with 16% for the S&P 500 and 21% for the Nasdaq", "Small caps are
 * up 12% this year, trailing the Nasdaq's 21% gain": a value on the other side of a comparison (after a comparator or
 * a comparing verb, or a later item of that side's list) that names its own owner right at it — "for the S&P 500"
 * after it, "the Nasdaq's" before it — shares the period of the side it answers. An owner not named there ("… and 21%
 * for its peers") leaves the value to no one the sentence names, so the period is not handed on.
 */
function onOwnedComparisonSide(parts: PeriodParts, value: StatedValue, valuesInClause: readonly StatedValue[]): boolean {
  const at = valuesInClause.indexOf(value);
  if (at < 1) return false;
  const opening = slice(parts, valuesInClause[0].offset + valuesInClause[0].length, valuesInClause[1].offset);
  if (!comparator.test(opening) && !comparisonVerb.test(opening) && !/\bagainst\s/i.test(opening)) return false;
  for (let item = 2; item <= at; item++) {
    const gap = slice(parts, valuesInClause[item - 1].offset + valuesInClause[item - 1].length, valuesInClause[item].offset);
    if (!sideItemGap.test(gap) || sideItemVerb.test(gap) || pastMove.test(gap) || comparisonVerb.test(gap)) return false;
  }
  // "…, trailing the Nasdaq's 21% gain during the pandemic rally": the side names a time of its own.
  // (Read from past the answered side's own period: "up 12% in 2026, trailing …" names no other year.)
  const clause = parts.clauses[lastBefore(parts.clauses, value.offset + 1)];
  const answeredEnd = Math.max(valuesInClause[0].offset + valuesInClause[0].length, ...parts.periods.filter((period) => period.offset < valuesInClause[1].offset).map((period) => period.offset + period.length));
  if (atAnotherTime(parts, answeredEnd, clause.end)) return false;
  return ownerAtValue(parts, value);
}

/** Whether the value is on the other side of a comparison in its clause and names its owner there (onOwnedComparisonSide). */
export function onComparisonSide(parts: PeriodParts, value: StatedValue, all: readonly StatedValue[]): boolean {
  const clause = parts.clauses[lastBefore(parts.clauses, value.offset + 1)];
  return onOwnedComparisonSide(parts, value, all.filter((other) => other.offset >= clause.offset && other.offset < clause.end));
}

/** A subject named right at the value: a possessive before it ("the Nasdaq's 21% gain") or "for the S&P 500" after it. */
function ownerAtValue(parts: PeriodParts, value: StatedValue): boolean {
  const end = value.offset + value.length;
  return parts.mentions.some(
    (mention) =>
      (mention.offset + mention.length <= value.offset && possessiveGap.test(slice(parts, mention.offset + mention.length, value.offset))) ||
      (mention.offset >= end && followingGap.test(slice(parts, end, mention.offset))),
  );
}

/** A time phrase: "for the holiday-shortened week", "in the final hour", "over the stretch", "this holiday week". */
const timePhrase =
  /\b(?:(?:in|over|during|for|through|across)\s+(?:the|this|that|its|their|a)\s+(?:[\w'’-]+\s+){0,3}?(?:weeks?|months?|quarters?|years?|half|period|stretch|span|hours?|minutes?)|(?:this|that|last)\s+(?:[\w-]+\s+){1,2}(?:week|month|quarter|year))\b/i;

/** Whether the clause names a time phrase that is none of the periods read in it (those, and a record's scope, blanked first). */
function namesUnreadTime(parts: PeriodParts, clause: Span): boolean {
  let text = slice(parts, clause.offset, clause.end);
  for (const period of parts.periods) {
    const [from, to] = [Math.max(period.offset, clause.offset) - clause.offset, Math.min(period.offset + period.length, clause.end) - clause.offset];
    if (to > from) text = text.slice(0, from) + ' '.repeat(to - from) + text.slice(to);
  }
  return timePhrase.test(withoutRecordScopes(text));
}

/** A bracket opened right after a name, a level and its comma at most before the value: "the Nasdaq (+0.7%", "the S&P 500 (6,812.44, +0.5%". */
const bracketAfterName = /^\s*\(\s*(?:\d{1,3}(?:,\d{3})*(?:\.\d+)?\s*,\s*)?(?:(?:up|down)\s+)?$/i;

/** Whether the value stands in brackets right after a subject's name (valueSubject.ts gives it to that name). */
function bracketedAfterName(parts: PeriodParts, value: StatedValue): boolean {
  const mention = parts.mentions[lastBefore(parts.mentions, value.offset)];
  return mention !== undefined && bracketAfterName.test(slice(parts, mention.offset + mention.length, value.offset));
}

/** A period written right after another value ("1.5% this week", "1.5% so far this week", "7% in the third quarter"): that value's. */
function followsAnotherValue(parts: PeriodParts, period: PeriodPhrase, all: readonly StatedValue[]): boolean {
  const before = all.filter((other) => other.offset + other.length <= period.offset).at(-1);
  return before !== undefined && /^\s*(?:(?:so far|thus far)\s+)?(?:(?:in|during|for|over|through)\s+(?:the\s+)?)?$/i.test(slice(parts, before.offset + before.length, period.offset));
}

function slice(parts: PeriodParts, from: number, to: number): string {
  return parts.sentence.slice(Math.max(0, from - parts.base), Math.max(0, to - parts.base));
}

function distance(period: PeriodPhrase, value: StatedValue): number {
  return period.offset >= value.offset + value.length ? period.offset - value.offset - value.length : Math.max(0, value.offset - period.offset - period.length);
}
