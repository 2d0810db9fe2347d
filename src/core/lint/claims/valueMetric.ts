// Which measure a value states when it is not the subject's own move (sentenceReading.ts asks it): a growth of the
// company's results — revenue, earnings, EBITDA — named by a phrase beside the value, or the kind of valuation
// multiple a sentence names ("forward P/E", "21 times trailing earnings").

import type { FigureMetric } from '../figures';
import { growthAfter, growthPhrase } from './claimWords';
import { offsetsOf, type Span } from './sentenceSpans';
import type { StatedValue } from './values';
import { measureScope, measureWord } from './measureScope';

/** A growth phrase of a sentence ("revenue rose", "earnings growth"), lower-cased, at note offsets. */
export interface GrowthPhrase extends Span {
  readonly text: string;
}

/** Every growth phrase of a sentence (one pass). */
export function growthPhrasesIn(sentence: string, base: number): GrowthPhrase[] {
  return offsetsOf(growthPhrase, sentence, base).map((span) => ({ ...span, text: sentence.slice(span.offset - base, span.end - base).toLowerCase() }));
}

/** What a growth figure measures: its metric and basis, or a part of the company's total (no claim). */
export interface GrowthReading {
  readonly metric: FigureMetric;
  /** The phrase that names it, lower-cased: its verb gives the sign. */
  readonly text: string;
  /** "adjusted", "GAAP", … (measureScope.ts); "" when none is written. */
  readonly basis: string;
  /** A segment's, a product's or another line's measure ("services revenue", "gross profit"): no claim. */
  readonly narrower: boolean;
}

/**
 * The growth a value states: a noun right after it ("a 16% jump in quarterly revenue"), else the nearest growth
 * phrase before it in its clause — not one after it, nor one the stock took over from ("revenue rose 12% and its
 * shares jumped 8%"): "Apple shares jumped 8% after revenue rose 12%" moved the stock by 8%.
 */
export function growthOf(
  phrases: readonly GrowthPhrase[],
  sentence: string,
  base: number,
  clause: Span,
  value: StatedValue,
  after: string,
  mentions: readonly Span[],
): GrowthReading | undefined {
  let phrase = growthAfter.test(after) ? { text: after.toLowerCase(), offset: value.offset + value.length, from: value.offset + value.length } : undefined;
  // "revenue rose 15%, up from 9% growth in the second quarter": a bare "growth" names no measure of its own; it is
  // the measure the sentence grew before it, and with none, which measure is in doubt.
  if (phrase && bareGrowth.test(phrase.text)) {
    const earlier = phrases.findLast((candidate) => candidate.offset < value.offset);
    if (!earlier) return undefined;
    phrase = { ...earlier, from: Math.min(clause.offset, earlier.offset) };
  }
  // "…, and 15% from a year earlier": a clause that is only its value leaves out the verb and measure of the clause
  // before it, whose growth phrase it shares.
  const elliptical = elidedClause.test(sentence.slice(clause.offset - base, value.offset - base));
  for (let at = phrases.length - 1; phrase === undefined && at >= 0; at--) {
    const candidate = phrases[at];
    if ((candidate.offset < clause.offset && !elliptical) || candidate.offset >= value.offset) continue;
    const between = sentence.slice(candidate.end - base, value.offset - base);
    if (stockAgain.test(between)) break;
    // "revenue rose 15% and net profit 22%": the 22% is the profit's, its verb left out — which growth it is, and
    // on which basis, the words do not say plainly enough to be set against another note's.
    if (measureNoun.test(between)) return { ...readingOf(candidate.text, sentence, base, clause.offset, candidate.offset, mentions), narrower: true };
    phrase = { ...candidate, from: Math.min(clause.offset, candidate.offset) };
  }
  if (phrase === undefined) return undefined;
  return readingOf(phrase.text, sentence, base, phrase.from, phrase.offset, mentions);
}

/** A clause of nothing but its joining word before the value: ", and 15% …", "; 9% …", ", or 14% …". */
const elidedClause = /^[\s,;]*(?:and|or|but|while|whereas)?\s*$/i;

/**
 * A measure named after a growth phrase, its verb left out: "… and net profit 22%", "while EBITDA 4%", "and EPS 26%"
 * (per-share growth outruns net income's when a company buys back shares). Any measure named there is the value's.
 */
const measureNoun = /\b(?:earnings|profits?|eps|revenues?|sales|ebitda|income|margins?|volumes?|orders|bookings|deliveries|dividends?|cash\s+flows?|costs|expenses)\b/i;

/**
 * The reading of a growth phrase `text` at note offset `offset`, its measure word's scope read back to `from`:
 * "ebitda" and "revenue"/"sales" name theirs, any other (earnings, profit, EPS, net income) earnings.
 */
export function readingOf(text: string, sentence: string, base: number, from: number, offset: number, mentions: readonly Span[]): GrowthReading {
  const metric: FigureMetric = /ebitda/.test(text) ? 'ebitda-growth' : /revenue|sales/.test(text) ? 'revenue-growth' : 'earnings-growth';
  const noun = measureWord.exec(text);
  const scope = noun ? measureScope(sentence, base, from, { offset: offset + noun.index, text: noun[0] }, mentions) : { narrower: false, basis: '' };
  // Per-share earnings grow faster than net income when a company buys back shares: "net income rose 20%" and "EPS
  // rose 26%" are both true of one quarter, so per-share growth is compared only with per-share growth.
  if (noun && perShareNoun.test(noun[0])) return { metric, text, narrower: scope.narrower, basis: [...scope.basis.split('+').filter(Boolean), 'per-share'].sort().join('+') };
  return { metric, text, ...scope };
}

/** The kind of multiple a sentence names ("forward", "trailing", "" for a plain P/E), for a multiple that names none. */
export function multipleKindIn(sentence: string): string | undefined {
  const named = /(?:(forward|trailing|(?:12|twelve)[- ]month (?:forward|trailing)|next[- ]12[- ]month)\s+(?:(?:12|twelve)[- ]month\s+)?)?(?:p\/e|price[- ](?:to[- ])?earnings|price\/earnings|earnings multiple)/i.exec(sentence) ?? /\b\d+(?:\.\d+)?\s*(?:x|×|times)\s+(forward|trailing)?\s*(?:earnings|eps)/i.exec(sentence);
  if (!named) return undefined;
  const kind = named[1]?.toLowerCase() ?? '';
  return kind.includes('forward') || kind.startsWith('next') ? 'forward' : kind.includes('trailing') ? 'trailing' : kind;
}

const perShareNoun = /^(?:eps|earnings per share)$/i;

/** A growth noun after a value with no measure named before it: "9% growth in the second quarter". */
const bareGrowth = /^\s*(?:year-over-year\s+|annual\s+|quarterly\s+)?growth\b/;

/** Words that make the stock the subject again after a growth phrase: "… and its shares jumped 8%". */
const stockAgain = /\b(?:shares?|stocks?|it|they)\b/i;
