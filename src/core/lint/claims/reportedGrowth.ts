// The commonest form of an earnings story gives the measure as an amount and its growth after a comma: "reported
// third-quarter revenue of $102 billion, down 8% year over year" (or with no amount: "record third-quarter revenue,
// up 12%"), "net income was $6.1 billion, representing a
// year-on-year increase of 32.5 percent", "EPS of $7.25, up 20%", "third-quarter revenue: $102 billion, up 13%". The
// percentage describes the amount, so it is the measure's growth, over the period the measure is named with. Not a
// percentage of anything else: a margin in points, a forecast ("guided revenue to $110 billion, up 10%"), a
// comparison with analysts ("…, 3% above estimates").

import type { PeriodPhrase } from './periods';
import type { Span } from './sentenceSpans';
import { readingOf, type GrowthReading } from './valueMetric';
import type { StatedValue } from './values';

const qualifier = String.raw`(?:(?:about|around|roughly|nearly|almost|some|more than|less than|over|under|just over|just under)\s+)?`;
const yearOnYear = String.raw`(?:(?:year-(?:over|on)-year|yoy|y\/y|annual)\s+)?`;
const upNoun = String.raw`increase|rise|gain|jump|growth|climb|improvement`;
const downNoun = String.raw`decline|decrease|drop|fall|contraction`;

/**
 * What opens the appositive, right before the value: a direction ("up", "down", "rising"), a move noun with "of" ("an
 * increase of", "representing a year-on-year increase of"), or an article whose noun follows the value ("a 14%
 * increase").
 */
const opening = new RegExp(
  String.raw`,\s*(?:(?<up>up|higher|rising|increasing|growing|gaining|climbing|jumping)\s+(?:by\s+)?|(?<down>down|lower|falling|decreasing|declining|dropping|sliding)\s+(?:by\s+)?|(?:(?:representing|marking|reflecting)\s+)?an?\s+${yearOnYear}(?:(?<upNoun>${upNoun})|(?<downNoun>${downNoun}))\s+of\s+|(?:(?:representing|marking|reflecting)\s+)?(?<article>an?)\s+)${qualifier}$`,
  'i',
);
/** After a bare article's value: the move noun ("a 14% increase", "a 9% year-over-year decline"). */
const nounAfter = new RegExp(String.raw`^\s*${yearOnYear}(?:(?<up>${upNoun})|(?<down>${downNoun}))\b`, 'i');

const amount = String.raw`(?:[$€£¥]\s?\d[\d,.]*(?:\s*(?:trillion|billion|million|bn|mln|bln|[mb])\b)?|\d[\d,.]*\s*(?:trillion|billion|million|bn|mln|bln)\b(?:\s+(?:dollars|euros|pounds|yen|yuan))?)`;
const periodTail = String.raw`(?:\s+(?:in|for)\s+(?:the|its)\s+(?:[\w-]+\s+){0,3}?(?:quarter|period|half|year))?`;
/**
 * The phrase the appositive describes, from the comma before it: the measure, a link ("of", "was", "rose to", a
 * colon), the amount and what may follow an amount ("per share", "in the September quarter").
 */
const described = new RegExp(
  String.raw`\b(?<noun>earnings per share|earnings|net income|profits?|eps|revenues?|sales|ebitda)${periodTail}(?:\s+(?:of|was|were|is|came in at|totaled|totalled|amounted to|reached|hit|at|(?:rose|grew|climbed|increased|jumped|surged|fell|declined|dropped|decreased|slipped|slid)\s+to)|\s*:)\s+${qualifier}${amount}(?:\s+(?:per|a)\s+(?:diluted\s+)?share)?${periodTail}\s*$`,
  'i',
);

/**
 * The measure alone, its amount left unsaid, named with its results period: "posted record third-quarter revenue, up
 * 12%", "reported lower quarterly profit, down 9%". The percentage is still the measure's growth, not the stock's
 * move. Without a period it may be the stock's ("jumped after earnings, up 5% on Wednesday", "35 times forward
 * earnings, up 28% this year").
 */
const describedBare =
  /\b(?:[\w-]*quarter(?:ly)?|q[1-4]|[1-4]q|fiscal|annual|full-year|(?:first|second)-half|h[12]|20\d\d)(?:\s+[\w-]+){0,2}?\s+(?<noun>earnings per share|earnings|net income|profits?|eps|revenues?|sales|ebitda)\s*$/i;

const restatedAmount = new RegExp(String.raw`,\s*or\s+${qualifier}${amount}(?:\s+(?:per|a)\s+(?:diluted\s+)?share)?\s*$`, 'i');

/** A forecast or the analysts' figure: the amount is no reported result, or the percentage compares with them. */
const notReported = /\b(?:guid\w*|expects?|expected|expecting|forecasts?|projects?|projected|outlook|sees|targets?|estimates?|consensus|expectations?|analysts?|street|respectively)\b/i;

/** What reportedGrowth needs of a sentence. */
export interface ReportedParts {
  readonly sentence: string;
  readonly base: number;
  readonly periods: readonly PeriodPhrase[];
  readonly mentions: readonly Span[];
}

export interface ReportedGrowth extends GrowthReading {
  readonly sign: -1 | 1;
  readonly period: PeriodPhrase | undefined;
}

/** The growth a value states as an appositive to a reported amount, if it does (`after`: the clause after the value). */
export function reportedGrowth(parts: ReportedParts, clause: Span, value: StatedValue, after: string): ReportedGrowth | undefined {
  if (value.kind !== 'percent') return undefined;
  const slice = (from: number, to: number) => parts.sentence.slice(from - parts.base, to - parts.base);
  const before = slice(clause.offset, value.offset);
  const open = opening.exec(before);
  if (!open) return undefined;
  const groups = open.groups ?? {};
  const noun = groups.article !== undefined ? nounAfter.exec(after) : null;
  if (groups.article !== undefined && !noun) return undefined;
  // The phrase described: back from the appositive's comma to the comma before it (not a thousands separator's).
  // "net income of $2.1 billion, or $1.05 per share, up 18%": the amount restated stands between.
  const head = before.slice(0, open.index).replace(restatedAmount, '');
  const phraseStart = head.search(/[^,]*$/);
  const withAmount = described.exec(head.slice(phraseStart));
  const found = withAmount ?? describedBare.exec(head.slice(phraseStart));
  if (!found?.groups) return undefined;
  // The rest of the segment after the value: "…, 3% above estimates", "…, up 4% from analysts' forecast".
  const rest = /^[^,;]*/.exec(after)?.[0] ?? '';
  if (notReported.test(before) || notReported.test(rest) || /^\s*(?:of|percentage points?|points?)\b/i.test(rest)) return undefined;
  // (The bare form's match opens on its period: the noun is the match's last word.)
  const nounOffset = clause.offset + phraseStart + found.index + (withAmount ? 0 : found[0].lastIndexOf(found.groups.noun));
  const reading = readingOf(found.groups.noun.toLowerCase(), parts.sentence, parts.base, clause.offset, nounOffset, parts.mentions);
  const down = groups.down ?? groups.downNoun ?? noun?.groups?.down;
  const sign: -1 | 1 = value.explicitSign ?? (down !== undefined ? -1 : 1);
  // The period the measure is named with: the nearest one before the value in its clause that is not a comparison's
  // base ("from a year earlier").
  const period = parts.periods.filter((one) => one.offset >= clause.offset && one.offset < value.offset && !one.comparisonBase).pop();
  return { ...reading, sign, period };
}
