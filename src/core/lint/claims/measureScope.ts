// Whose total a results measure is. "Third-quarter revenue rose 8%" is the company's; "third-quarter services
// revenue rose 15%", "iPhone sales rose 2%", "same-store sales rose 4.5%" and "gross profit rose 6%" are a part of
// it or another line of the income statement, so two true notes would conflict if both were read as revenue or
// earnings growth. A segment or a product has a name of its own and no list could hold them all: what decides is
// the noun that modifies the measure. Read back from the measure word, each word either keeps the measure whole (a
// period, "total", "net", a size), names the basis it is counted on ("adjusted EPS", "GAAP EPS"), or ends the noun
// phrase (a verb, a determiner, a possessive, the subject's name, punctuation). Any other word names a narrower
// measure: no claim. "Revenue in China" and "revenue excluding currency" are left out by the growth phrase itself
// (claimWords.ts), which reads no words between the measure and its verb but a period.

import type { Span } from './sentenceSpans';

/** How a measure reads: whole or narrower, and the basis written with it ("adjusted", "GAAP"), "" when none. */
export interface MeasureScope {
  readonly narrower: boolean;
  readonly basis: string;
}

// Words that keep the company's total: its period ("third-quarter", "fiscal", "Q3", "2026", "September-quarter"),
// "total", "net", "overall", a size or a comparison with expectations ("record", "better-than-expected"), and the
// words of a forecast of the total ("expected", "blended", "forward").
const wholeWord =
  /^(?:total|net|overall|consolidated|combined|aggregate|group|company-?wide|headline|top-?line|bottom-?line|quarterly|annual|annualized|yearly|fiscal|calendar|full-?year|half-?year(?:ly)?|year-to-date|ytd|year-(?:over|on)-year|yoy|quarter|half|year|month|period|first|second|third|fourth|[\w]+-(?:quarter|half|month|week|year)|(?:q[1-4]|[1-4]q|h[12]|fy)(?:['’]?\d{2,4})?|\d{2,4}|record|strong|stronger|solid|robust|weak|weaker|higher|lower|better|worse|[\w-]+-(?:than-)?expected|expected|estimated|projected|forecast|consensus|blended|forward|trailing|per-share|reported|global|worldwide|january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday)$/i;

// The basis a figure is counted on: adjusted and GAAP figures of one quarter differ by design, so each is compared
// only with its own kind. "Non-GAAP" is what most releases call adjusted.
const basisWord = /^(?:adjusted|non-gaap|gaap|diluted|core|underlying|normali[sz]ed|pro-forma)$/i;
// "Operating earnings" and "operating EPS" are a basis (the S&P 500's is one); "operating profit" and "operating
// income" are a line above net earnings, as "gross profit" is.
const operatingBasis = /^(?:earnings|eps|earnings per share)$/i;

// What ends the noun phrase before the measure: a determiner, a preposition or conjunction, and the verbs results
// are told with ("said third-quarter revenue", "posted revenue", "grew net income"). An unknown word is a modifier.
const phraseEnd =
  /^(?:the|a|an|its|their|his|her|our|this|that|these|those|whose|which|who|of|for|in|on|at|from|with|by|to|as|than|and|or|but|while|after|before|when|where|said|says|say|saying|reported|reports|report|reporting|posted|posts|post|posting|announced|announces|booked|books|logged|logs|recorded|records|generated|generates|delivered|delivers|saw|sees|see|had|has|have|is|was|are|were|be|been|expects|expect|expecting|forecasts|projects|guided|guides|beat|beats|missed|misses|topped|tops|lifted|lifts|raised|raises|cut|cuts|grew|grow|grows|growing|increased|increase|increases|boosted|boosts|boost|lift|expand|expanded|contract|contracted|also|still|again|now|then|today|yesterday|up|down)$/i;

const lastWord = /([\p{L}\p{N}][\p{L}\p{N}.&/'’-]*)\s*$/u;

/**
 * The scope of the measure word at `noun` (a note offset) of `sentence` (at `base`): `from` is where its clause
 * starts, `mentions` the subjects named in the sentence (a name right before the measure owns it: "S&P 500 earnings").
 */
export function measureScope(sentence: string, base: number, from: number, noun: { offset: number; text: string }, mentions: readonly Span[]): MeasureScope {
  const basis = new Set<string>();
  let end = noun.offset;
  for (let words = 0; words < 6; words++) {
    const before = sentence.slice(Math.max(0, from - base), end - base);
    const match = lastWord.exec(before);
    // Punctuation or the clause's start ends the phrase: "Kestrel Foods (KSTL) revenue", "Revenue rose".
    if (!match || /\S/.test(before.slice(match.index + match[1].length))) break;
    const word = match[1].replace(/[.]+$/, '');
    const start = base + Math.max(0, from - base) + match.index;
    if (mentions.some((mention) => mention.end === start + match[1].length || (mention.offset <= start && mention.end >= start + match[1].length))) break;
    if (/['’]s?$/.test(word)) break;
    if (phraseEnd.test(word)) break;
    if (/^forma$/i.test(word) && /\bpro\s+$/i.test(before.slice(0, match.index))) {
      basis.add('pro-forma');
      end = start - 4;
      continue;
    }
    if (basisWord.test(word) || (/^operating$/i.test(word) && operatingBasis.test(noun.text))) basis.add(word.toLowerCase() === 'non-gaap' ? 'adjusted' : word.toLowerCase());
    else if (!wholeWord.test(word)) return { narrower: true, basis: '' };
    end = start;
  }
  return { narrower: false, basis: [...basis].sort().join('+') };
}

/** The measure words a growth phrase names; the first in a phrase is the one it moves ("net income rose"). */
export const measureWord = /\b(?:earnings per share|earnings|profits?|eps|revenues?|sales|ebitda|income)\b/i;

/** How a basis reads in a message: "adjusted", "GAAP", "adjusted diluted". */
export function basisLabel(basis: string): string {
  return basis
    .split('+')
    .map((word) => word.replace(/gaap/i, 'GAAP').replace('pro-forma', 'pro forma'))
    .join(' ');
}
