// Which measure a value states when it is not the subject's own move (sentenceReading.ts asks it): a growth of the
// company's results — revenue, earnings, EBITDA — named by a phrase beside the value, or the kind of valuation
// multiple a sentence names ("forward P/E", "21 times trailing earnings").

import type { FigureMetric } from '../figures';
import { growthAfter, growthPhrase } from './claimWords';
import { offsetsOf, type Span } from './sentenceSpans';
import type { StatedValue } from './values';

/** A growth phrase of a sentence ("revenue rose", "earnings growth"), lower-cased, at note offsets. */
export interface GrowthPhrase extends Span {
  readonly text: string;
}

/** Every growth phrase of a sentence (one pass). */
export function growthPhrasesIn(sentence: string, base: number): GrowthPhrase[] {
  return offsetsOf(growthPhrase, sentence, base).map((span) => ({ ...span, text: sentence.slice(span.offset - base, span.end - base).toLowerCase() }));
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
): { metric: FigureMetric; text: string } | undefined {
  let phrase = growthAfter.test(after) ? after.toLowerCase() : undefined;
  for (let at = phrases.length - 1; phrase === undefined && at >= 0; at--) {
    const candidate = phrases[at];
    if (candidate.offset < clause.offset || candidate.offset >= value.offset) continue;
    if (!stockAgain.test(sentence.slice(candidate.end - base, value.offset - base))) phrase = candidate.text;
    break;
  }
  if (phrase === undefined) return undefined;
  const metric: FigureMetric = /ebitda/.test(phrase) ? 'ebitda-growth' : /revenue|sales/.test(phrase) ? 'revenue-growth' : 'earnings-growth';
  return { metric, text: phrase };
}

/** The kind of multiple a sentence names ("forward", "trailing", "" for a plain P/E), for a multiple that names none. */
export function multipleKindIn(sentence: string): string | undefined {
  const named = /(?:(forward|trailing|(?:12|twelve)[- ]month (?:forward|trailing)|next[- ]12[- ]month)\s+(?:(?:12|twelve)[- ]month\s+)?)?(?:p\/e|price[- ](?:to[- ])?earnings|price\/earnings|earnings multiple)/i.exec(sentence) ?? /\b\d+(?:\.\d+)?\s*(?:x|×|times)\s+(forward|trailing)?\s*(?:earnings|eps)/i.exec(sentence);
  if (!named) return undefined;
  const kind = named[1]?.toLowerCase() ?? '';
  return kind.includes('forward') || kind.startsWith('next') ? 'forward' : kind.includes('trailing') ? 'trailing' : kind;
}

/** Words that make the stock the subject again after a growth phrase: "… and its shares jumped 8%". */
const stockAgain = /\b(?:shares?|stocks?|it|they)\b/i;
