// Moves told side by side that share the one period named with the first of them (valuePeriod.ts asks it for a value
// whose own words name none): "The S&P 500 rose 0.5% on Friday, while the Nasdaq gained 0.6%", "Spain's IBEX 35
// added 0.4% on Friday, Italy's FTSE MIB rose 0.2% and the Netherlands' AEX slipped 0.1%", "… is up 16% this year;
// the Nasdaq has gained 21%". The sentence is cut into items: a clause ("while …", "; …", ", and …") or a list item
// (a comma, "and" or ", with" followed by a subject's name — "Italy's FTSE MIB", "the tech-heavy Nasdaq"; a "with"
// item's move needs no verb: "…, with Germany's DAX up 0.6% and France's CAC 40 up 0.3%"). A value shares the
// period of an earlier item when every item from that one to the value's own is a move told in the same tense (a past
// move beside a day's, a running one beside the year's) and none puts its move at another time ("…, while the Nasdaq
// lost 33% in the 2022 bear market"). An item that names its own period keeps it (and ends the sharing: the items
// after it are in doubt), and nothing is shared backwards across a comma ("…, and the AEX slipped 0.1% on Friday" says
// nothing of the items before it); within one segment a period of another item is borrowed only in the same tense
// (ownPeriods: "The S&P 500 rose 0.5% and the Nasdaq gained 0.6% on Friday").

import { pastMove } from './moveContext';
import type { PeriodPhrase } from './periods';
import { lastBefore, type SentenceParts, type Span } from './sentenceSpans';
import type { SubjectMention } from './subjects';
import type { StatedValue } from './values';

/** What the look-up needs of a sentence: its parts and the subjects it names (in order). */
export interface ItemParts extends SentenceParts {
  readonly mentions: readonly SubjectMention[];
}

/**
 * Words that put a move at another time than the session a paragraph closed: a year, a month, an era or an event ("in
 * the 2022 bear market", "during the pandemic crash", "When the Fed last paused", "after its IPO", "in the week after the
 * election"), an earlier session ("the previous day", "a day earlier"), a habit ("typically", "on average").
 * The Russell 2000's number is no year.
 */
const otherTime =
  /(?<!russell\s{1,3})\b(?:19|20)\d\d\b|\b(?:january|february|march|april|june|july|august|september|october|november|december)\b|\b(?:during|when|whenever|since|crash|correction|bear market|bull market|sell-?off|decade|history|historically|typically|usually|on average|average|ipo|debut|went public|inception)\b|\b(?:in|over|during) the (?:[\w-]+ ){0,2}(?:days?|weeks?|months?|sessions?|years?) (?:after|before|following|leading up to|ahead of|prior to)\b|\bthe (?:previous|prior|preceding) (?:trading )?(?:day|session)\b|\bthe (?:day|session) (?:before|earlier)\b|\b(?:a|one|two|three|\d+) (?:trading )?(?:days?|sessions?|weeks?) (?:earlier|before|ago)\b/i;

/**
 * The scope of a record the move sets ("its worst day since April", "its best week since June", "the highest close
 * since March 3"): it names the move's own time, not another — left out before otherTime is asked.
 */
const recordScope =
  /\b(?:best|worst|biggest|largest|steepest|sharpest|highest|lowest|strongest|weakest|longest)\s+(?:[\w-]+\s+){0,3}?(?:since|in|of)\s+(?:(?:early|mid|late)[- ])?[\p{L}.]+(?:\s+\d{1,2}\b)?(?:,?\s+(?:19|20)\d\d\b)?/giu;

/** The text with each record's scope blanked ("its best day in a month", "the first time in a week"), offsets kept. */
export function withoutRecordScopes(text: string): string {
  return text.replace(recordScope, (scope) => ' '.repeat(scope.length)).replace(firstTimeScope, (scope) => ' '.repeat(scope.length));
}

/** "for the first time in a week", "the first time since June": a rarity's scope, no time of the move. */
const firstTimeScope = /\b(?:first|second|third|only)\s+time\s+(?:in|since)\s+(?:a|an|the|two|three|four|five|six|several|\d+)?\s*[\w-]+/gi;

/**
 * Whether the text between two note offsets puts a move at another time (otherTime), read with the subjects' names
 * left out: "the Dow Jones Industrial Average" names no average over time, "the Russell 2000" no year.
 */
export function atAnotherTime(parts: ItemParts, from: number, to: number): boolean {
  return otherTime.test(withNamesBlanked(parts, from, to).replace(recordScope, (scope) => ' '.repeat(scope.length)));
}

/** The text between two note offsets with the subjects' names in it blanked out, so that only the other words are read. */
function withNamesBlanked(parts: ItemParts, from: number, to: number): string {
  let text = slice(parts, from, to);
  for (const mention of parts.mentions) {
    if (mention.offset + mention.length <= from || mention.offset >= to) continue;
    const [start, end] = [Math.max(0, mention.offset - from), Math.min(text.length, mention.offset + mention.length - from)];
    text = text.slice(0, start) + ' '.repeat(end - start) + text.slice(end);
  }
  return text;
}

/**
 * A comma or "and" that opens a list item, then the words that may stand before its subject's name: "the", a place's
 * possessive ("Italy's", "the Netherlands'", "Hong Kong's"), a capitalised word, a hyphenated description
 * ("tech-heavy", "blue-chip", "pan-European") or a few plain ones ("broader", "benchmark"); a company's name before
 * its ticker ("Apple (AAPL)"). Not a verb: ", sending the Dow up 0.3%" is no item of its own.
 */
const itemOpening =
  /(?:,\s*(?:and\s+|with\s+)?|\s+and\s+)(?:(?:the|its|broader|wider|benchmark|main|key|[\p{Lu}][\p{L}.&-]*(?:['’]s?)?|[\p{Ll}]+-[\p{L}-]+)\s+){0,4}(?:\(\s*)?$/u;

/** A list item opened by ", with": "…, with Germany's DAX up 0.6% and France's CAC 40 up 0.3%". */
const withItem = /^,\s*with\s/i;

/** The period an earlier item names, shared by the value's item (see the file's comment); undefined when none is. */
export function parallelPeriod(parts: ItemParts, value: StatedValue, all: readonly StatedValue[]): PeriodPhrase | undefined {
  const before = periodsBefore(parts, value);
  const period = before[before.length - 1];
  if (!period || !oneKey(before) || period.growthOnly || period.refersBack || period.comparisonBase) return undefined;
  let index = all.indexOf(value);
  let current = value;
  const tenses: Array<ReturnType<typeof moveTense>> = [];
  for (;;) {
    const previous = index > 0 ? all[index - 1] : undefined;
    const opening = itemBreak(parts, previous ? previous.offset + previous.length : parts.base, current.offset);
    // No break between two values ("rose 1% and 2%"): one item, which is not the value's to share from.
    if (!opening || period.offset >= opening.offset) return undefined;
    const itemEnd = nextBreak(parts, current.offset + current.length, parts.clauses[clauseAt(parts, current.offset)].end);
    if (atAnotherTime(parts, opening.end, itemEnd)) return undefined;
    // ", with Germany's DAX up 0.6% and France's CAC 40 up 0.3%": no verb of its own, so the time of the item before
    // — and so for the verbless items after it.
    if (withItem.test(slice(parts, opening.offset, opening.end))) tenses.splice(0, tenses.length, ...tenses.map((tense) => tense ?? 'either'), 'either');
    // "The Russell 2000 is up 12% this year, the S&P 500 13%": a gapped item leaves out the verb the item before
    // has, so it is told in that item's tense.
    else tenses.push(moveTense(slice(parts, opening.end, current.offset)) ?? (isGappedItem(parts, opening.end, current.offset) ? 'either' : undefined));
    // The period is in the previous value's item when no break stands between them; with no value before, in the
    // item that opens the sentence ("European stocks closed higher on Friday, while the DAX gained 0.6%").
    const inPrevious = previous ? period.offset > previous.offset || !itemBreak(parts, period.offset + period.length, previous.offset) : !itemBreak(parts, period.offset + period.length, opening.offset);
    if (inPrevious) {
      const start = previous ? (itemBreak(parts, index > 1 ? all[index - 2].offset + all[index - 2].length : parts.base, previous.offset)?.end ?? parts.base) : parts.base;
      const tense = moveTense(slice(parts, Math.min(start, period.offset), opening.offset));
      // "S&P 500 +0.5% today, Nasdaq +0.8%": a chip list's first item is its name and its signed move, no verb — it
      // lends its period to items told as it is, with no verb of their own ("…, while the Nasdaq has gained 21%" tells
      // another time).
      if (tense === undefined && previous && isChipItem(parts, start, previous)) return tenses.every((each) => each === 'either') ? period : undefined;
      return tenses.every((each) => sameTense(tense, each)) ? period : undefined;
    }
    if (!previous) return undefined;
    [index, current] = [index - 1, previous];
  }
}

/**
 * A period named once at the end of a list of moves, shared by the items before it: "Germany's DAX closed down 0.5%,
 * France's CAC 40 fell 0.2% and Britain's FTSE 100 was flat on Friday". Only when the value's own item names none,
 * every item from it to the period opens with a list's comma or "and" (or a clause's break) before a name, all are told
 * in one tense, and the period is the list's last item's and the only one after the value.
 */
export function trailingListPeriod(parts: ItemParts, value: StatedValue, all: readonly StatedValue[]): PeriodPhrase | undefined {
  const clause = parts.clauses[clauseAt(parts, value.offset)];
  const after = parts.periods.filter((period) => period.offset > value.offset && period.offset < clause.end && !period.comparisonBase);
  const period = after[0];
  if (!period || !oneKey(after) || period.growthOnly || period.refersBack) return undefined;
  const ownItem = itemAt(parts, value.offset);
  if (period.offset < ownItem.end) return undefined; // the value's own item: ownPeriods reads it
  const tense = moveTense(slice(parts, ownItem.offset, value.offset));
  let current = value;
  for (let index = all.indexOf(value) + 1; index < all.length; index++) {
    const next = all[index];
    if (next.offset > period.offset) break;
    const opening = itemBreak(parts, current.offset + current.length, next.offset);
    if (!opening || !sameTense(tense, moveTense(slice(parts, opening.end, next.offset)))) return undefined;
    current = next;
  }
  if (current === value) return undefined;
  // No item opens between the list's last value and the period: it is that item's.
  if (itemBreak(parts, current.offset + current.length, period.offset)) return undefined;
  return atAnotherTime(parts, ownItem.offset, ownItem.end) ? undefined : period;
}

/**
 * Of the periods in a value's segment, the ones that are its own: those of its item, else those of another item of
 * the segment told in the same tense ("The S&P 500 rose 0.5% and the Nasdaq gained 0.6% on Friday" — not "The Dow
 * fell 0.3% and the Nasdaq is up 21% this year", where "this year" is the Nasdaq's alone).
 */
export function ownPeriods(parts: ItemParts, periods: readonly PeriodPhrase[], value: StatedValue, all: readonly StatedValue[]): PeriodPhrase[] {
  if (periods.length === 0) return [];
  const item = itemAt(parts, value.offset);
  const inItem = periods.filter((period) => period.offset >= item.offset && period.offset < item.end);
  if (inItem.length > 0) return inItem.filter((period) => !ofAnotherPredicate(parts, item, value, period, all) && !ofLaterValue(parts, value, period, all));
  // Two periods on offer leave the value's in doubt: "…, Italy's FTSE MIB rose 1.2% this week and the AEX slipped 0.1%"
  // after "on Friday".
  if (!oneKey(periods) || (periods[0].offset < value.offset && !oneKey(periodsBefore(parts, value)))) return [];
  const tense = moveTense(slice(parts, item.offset, item.end));
  return periods.filter((period) => {
    const other = itemAt(parts, period.offset);
    return sameTense(tense, moveTense(slice(parts, other.offset, other.end)));
  });
}

/**
 * "The S&P 500 is up 1.2% w/w and 16% YTD": a period after the value written right after a later value of the same
 * kind in its item is that value's (a period right after a value is its own), not the earlier one's.
 */
function ofLaterValue(parts: ItemParts, value: StatedValue, period: PeriodPhrase, all: readonly StatedValue[]): boolean {
  if (period.offset < value.offset + value.length) return false;
  const last = all.filter((other) => other.offset + other.length <= period.offset).at(-1);
  return last !== undefined && last !== value && last.kind === value.kind && /^\s*(?:(?:so|thus) far\s+)?$/i.test(slice(parts, last.offset + last.length, period.offset));
}

/**
 * " and is up", " and has gained", " and rose": the item's subject goes on with a second predicate. "The Russell 2000
 * gained 1.6% and is up 12.4% so far this year": "so far this year" is the running figure's, not the day's move.
 */
// A verb that states a move as its object is a predicate too: "closed 0.4% higher and booked a 0.3% gain for the week".
const statingVerb = String.raw`\b(?:booked|logged|recorded|registered|scored|clocked|chalked up|racked up|secured|extended|trimmed|pared|capped)\b`;
const secondPredicate = new RegExp(String.raw`\band\s+(?:[a-z]+ly\s+)?(?=(?:is|are|has|have|was|were|had)\b|${pastMove.source}|${statingVerb})`, 'gi');

/**
 * Whether `period` belongs to another predicate of the value's item than the value's own: one that holds a value of
 * the same kind (a subject's two moves are never of one period: "rose 0.6% and finished the week up 1.8%"), or one
 * told in another tense (a day's move and a year's running figure: "gained 1.6% and is up 12.4% so far this year",
 * "is up 12.4% this year and gained 1.6%"). Else the two may share it, and do: "rose 3% and closed at $45 on Friday".
 */
function ofAnotherPredicate(parts: ItemParts, item: Span, value: StatedValue, period: PeriodPhrase, all: readonly StatedValue[]): boolean {
  if (period.offset < item.offset || period.offset >= item.end) return false;
  const after = period.offset >= value.offset + value.length;
  const [from, to] = after ? [value.offset + value.length, period.offset] : [period.offset + period.length, value.offset];
  let cut: { offset: number; end: number } | undefined;
  // Read on into the period after the value: it may open with the second predicate's verb ("finished the week").
  for (const match of slice(parts, from, after ? period.offset + period.length : to).matchAll(secondPredicate)) {
    if (from + match.index < to) cut = { offset: from + match.index, end: from + match.index + match[0].length };
  }
  if (!cut) return false;
  const [otherFrom, otherTo] = after ? [cut.end, item.end] : [item.offset, cut.offset];
  if (all.some((other) => other !== value && other.kind === value.kind && other.offset >= otherFrom && other.offset < otherTo)) return true;
  const valueTense = moveTense(after ? slice(parts, item.offset, value.offset) : slice(parts, cut.end, value.offset + value.length));
  const periodTense = moveTense(after ? slice(parts, cut.end, period.offset + period.length) : slice(parts, item.offset, cut.offset));
  return valueTense !== undefined && periodTense !== undefined && valueTense !== periodTense;
}

/** Where the predicate holding `offset` starts: after the last second predicate's "and" in [from, offset), else `from`. */
export function predicateStart(parts: ItemParts, from: number, offset: number): number {
  let start = from;
  for (const match of slice(parts, from, offset).matchAll(secondPredicate)) start = from + match.index;
  return start;
}

/**
 * Whether every period the sentence names is another predicate's than the value's ("The Russell 2000 gained 1.6% and
 * is up 12.4% so far this year"): for the value, the sentence names none, and it reads as such a sentence's would.
 */
export function periodsAllOfOtherPredicates(parts: ItemParts, value: StatedValue, all: readonly StatedValue[]): boolean {
  if (parts.periods.length === 0) return false;
  const item = itemAt(parts, value.offset);
  return parts.periods.every((period) => ofAnotherPredicate(parts, item, value, period, all));
}

/** The item holding `offset`: from the last break before it in its clause to the next after it. */
function itemAt(parts: ItemParts, offset: number): Span {
  const clause = parts.clauses[clauseAt(parts, offset)];
  return { offset: itemBreak(parts, clause.offset, offset)?.end ?? clause.offset, end: nextBreak(parts, offset, clause.end) };
}

/** The periods named before the value (a base of comparison aside). */
function periodsBefore(parts: ItemParts, value: StatedValue): PeriodPhrase[] {
  return parts.periods.filter((period) => period.offset < value.offset && !period.comparisonBase);
}

/** Periods that are all one (borrowing from another item is sure only then). */
function oneKey(periods: readonly PeriodPhrase[]): boolean {
  return periods.length > 0 && periods.every((period) => period.key === periods[0].key);
}

/** The last break in [from, to) that opens an item: a clause's start, or a list item's comma or "and" before a name. */
function itemBreak(parts: ItemParts, from: number, to: number): Span | undefined {
  let found: Span | undefined;
  const clause = clauseAt(parts, to);
  if (clause > 0 && parts.clauses[clause].offset > from) found = { offset: parts.clauses[clause - 1].end, end: parts.clauses[clause].offset };
  for (const mention of parts.mentions) {
    if (mention.offset < Math.max(from, found?.end ?? from)) continue;
    if (mention.offset >= to) break;
    const opening = itemOpening.exec(slice(parts, from, mention.offset));
    if (opening) found = { offset: from + opening.index, end: from + opening.index + opening[0].length };
  }
  return found;
}

/** Where the item holding `from` ends: the next item's break, else `end` (the clause's end). */
function nextBreak(parts: ItemParts, from: number, end: number): number {
  const next = parts.mentions.find((mention) => mention.offset >= from && mention.offset < end && itemOpening.test(slice(parts, from, mention.offset)));
  return next ? from + itemOpening.exec(slice(parts, from, next.offset))!.index : end;
}

function clauseAt(parts: ItemParts, offset: number): number {
  return Math.max(0, lastBefore(parts.clauses, offset + 1));
}

/**
 * A move's tense: "rose", "gained" (past); "is up", "has gained", "are 4% higher" (running); "was up", "were up"
 * (either: a day's move told in the past, or a running one a writer put in the past beside "is up").
 */
function moveTense(text: string): 'past' | 'running' | 'either' | undefined {
  if (runningMove.test(text)) return 'running';
  if (pastMove.test(text)) return 'past';
  return eitherMove.test(text) ? 'either' : undefined;
}

/**
 * Whether an item's words before its value are only its subject's name and a direction or hedge ("the S&P 500",
 * "the Nasdaq up", "Germany's DAX about"): a verb left out for the one before.
 */
export function isGappedItem(parts: ItemParts, from: number, to: number): boolean {
  return gappedWords.test(withNamesBlanked(parts, from, to));
}

/** Whether an item is only its subject's name and its move written with a sign: "S&P 500 +0.5%", "- Nasdaq −0.3%". */
function isChipItem(parts: ItemParts, from: number, value: StatedValue): boolean {
  return value.explicitSign !== undefined && chipWords.test(withNamesBlanked(parts, from, value.offset));
}

const chipWords = /^[\s,(*_-]*$/;

// Another gapped item's value and its "and" may stand between ("the Dow 1.6% and the Nasdaq 0.9%"): a list of them.
const gappedWords = /^[\s,(]*(?:(?:the|its|up|down|higher|lower|off|ahead|about|around|roughly|nearly|almost|some|just|over|more|less|than|a|further|and|[+-]?\d[\d.,]*\s*%)\s+)*$/i;

function sameTense(a: ReturnType<typeof moveTense>, b: ReturnType<typeof moveTense>): boolean {
  return a !== undefined && b !== undefined && (a === b || a === 'either' || b === 'either');
}

const runningMove = /\b(?:is|are|has|have)\b/i;
const eitherMove = /\b(?:was|were)\b/i;

function slice(parts: SentenceParts, from: number, to: number): string {
  return parts.sentence.slice(Math.max(0, from - parts.base), Math.max(0, to - parts.base));
}
