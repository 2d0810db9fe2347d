// Which period governs a value of a sentence (sentenceReading.ts asks it for each value): the period in the value's
// own segment; else one that leads the sentence; else its clause's only one; beside the one clause that names the
// sentence's only period, a parallel clause's move told in the same tense; else, when the sentence names none, its
// lead-in's or heading's, or the session of a close. A value with none makes no claim.

import { closeVerb, openingLead } from './claimWords';
import { comparator, pastMove } from './moveContext';
import type { PeriodPhrase } from './periods';
import { lastBefore, type SentenceParts, type Span } from './sentenceSpans';
import type { StatedValue } from './values';

/** What the look-up needs of a sentence, found once by SentenceReading. */
export interface PeriodParts extends SentenceParts {
  /** An earlier sentence of the paragraph named the session and said the market closed it (see closeOfTheDay). */
  readonly sessionClosed: boolean;
}

/**
 * Words that put a move at another time than the session a paragraph closed: a year, a month, an era or an event ("in
 * the 2022 bear market", "during the pandemic crash", "When the Fed last paused"), a habit ("typically", "on average").
 * The Russell 2000's number is no year.
 */
const otherTime =
  /(?<!russell\s{1,3})\b(?:19|20)\d\d\b|\b(?:january|february|march|april|june|july|august|september|october|november|december)\b|\b(?:during|when|whenever|since|crash|correction|bear market|bull market|sell-?off|decade|history|historically|typically|usually|on average|average)\b/i;

/** A move to an index's level: "to 22,273.08", "to 6,602". */
const moveToLevel = /\bto\s+\d{1,3}(?:,\d{3})+(?:\.\d+)?\b/;

/** The period phrase in the value's own segment; else the sentence's opening one ("Year to date, …"); else the clause's only one for its only value. */
export function periodOfValue(parts: PeriodParts, value: StatedValue, clause: Span, segment: Span, all: readonly StatedValue[]): PeriodPhrase | undefined {
  const segmentPeriods = parts.periods.filter((period) => period.offset >= segment.offset && period.offset < segment.end);
  // "Third-quarter revenue rose 9% from a year ago": the base of the comparison gives way to a period named beside it.
  const named = segmentPeriods.filter((period) => !period.comparisonBase);
  const inSegment = named.length > 0 ? named : segmentPeriods;
  if (inSegment.length > 0) {
    return inSegment.reduce((best, period) => (distance(period, value) < distance(best, value) ? period : best));
  }
  const opening = parts.periods[0];
  if (opening) {
    const openingSegment = parts.segments[lastBefore(parts.segments, opening.offset + 1)];
    const valueFree = !all.some((other) => other.offset >= openingSegment.offset && other.offset < openingSegment.end);
    // Opening means leading: "Year to date, …", "So far this year, …" — not "… hit highs Thursday, putting …".
    const leads = openingLead.test(slice(parts, openingSegment.offset, opening.offset));
    if (openingSegment.offset === parts.base && valueFree && leads) return opening;
  }
  const inClause = parts.periods.filter((period) => period.offset >= clause.offset && period.offset < clause.end);
  const valuesInClause = all.filter((other) => other.offset >= clause.offset && other.offset < clause.end);
  if (inClause.length === 1 && valuesInClause.length === 1) return inClause[0];
  // "up 13% in 2025, compared with a 17% rise in the S&P 500": the two sides of a comparison share its period.
  if (inClause.length === 1 && valuesInClause.length === 2 && comparator.test(slice(parts, valuesInClause[0].offset, valuesInClause[1].offset))) return inClause[0];
  const parallel = parallelPeriod(parts, clause, value);
  if (parallel) return parallel;
  // A sentence that names no period of its own reads under its lead-in ("For the week:") or heading.
  if (parts.periods.length > 0) return undefined;
  return parts.inherited ?? closeOfTheDay(parts, clause);
}

/**
 * "The S&P 500 rose 0.5% on Friday, while the Nasdaq gained 0.6%", "… is up 16% this year; the Nasdaq has gained
 * 21%": a clause that names no period, right after the one clause that names the sentence's only period, shares it
 * when its move is told in the same tense (a past move beside a day's, a running one beside the year's).
 */
function parallelPeriod(parts: PeriodParts, clause: Span, value: StatedValue): PeriodPhrase | undefined {
  if (parts.periods.length !== 1) return undefined;
  const [period] = parts.periods;
  if (period.growthOnly || period.refersBack || period.comparisonBase) return undefined;
  const at = lastBefore(parts.clauses, clause.offset + 1);
  const previous = parts.clauses[at - 1];
  if (!previous || period.offset < previous.offset || period.offset >= previous.end) return undefined;
  const tense = moveTense(slice(parts, previous.offset, previous.end));
  // Not a clause that puts its move at another time ("…, while the Nasdaq lost 33% in the 2022 bear market").
  if (otherTime.test(slice(parts, clause.offset, clause.end))) return undefined;
  return sameTense(tense, moveTense(slice(parts, clause.offset, value.offset))) ? period : undefined;
}

/**
 * "The S&P 500 closed 0.2% higher": a close with no day named is the session the paragraph named last ("Stocks
 * fell on Thursday. The S&P 500 closed …"), else that of a note dated to the day. Claims about different sessions
 * are never compared.
 */
function closeOfTheDay(parts: PeriodParts, clause: Span): PeriodPhrase | undefined {
  if (!parts.session) return undefined;
  const clauseText = slice(parts, clause.offset, clause.end);
  // "The S&P 500 gained 0.49% to end at 6,602.99, while the Nasdaq gained 0.51% to 22,273.08": a move to a level
  // beside a clause that closes is the same session's close, as the wire's closing paragraph writes it.
  if (closeVerb.test(clauseText) || (moveToLevel.test(clauseText) && closeVerb.test(parts.sentence))) return parts.session;
  // "Stocks closed mostly lower on Wall Street Tuesday. … The benchmark S&P 500 slipped 0.3%.": after a sentence of
  // the paragraph closed the day, a move in the past tense is that close (a midday story's lead says "were lower in
  // afternoon trading", and its moves carry their time: "as of 2:32 p.m.").
  // Not a move the sentence puts at another time: "lost 20% in the 2022 bear market", "when the Fed last paused".
  return parts.sessionClosed && pastMove.test(clauseText) && !otherTime.test(parts.sentence) ? parts.session : undefined;
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

function sameTense(a: ReturnType<typeof moveTense>, b: ReturnType<typeof moveTense>): boolean {
  return a !== undefined && b !== undefined && (a === b || a === 'either' || b === 'either');
}

const runningMove = /\b(?:is|are|has|have)\b/i;
const eitherMove = /\b(?:was|were)\b/i;

function slice(parts: PeriodParts, from: number, to: number): string {
  return parts.sentence.slice(Math.max(0, from - parts.base), Math.max(0, to - parts.base));
}

function distance(period: PeriodPhrase, value: StatedValue): number {
  return period.offset >= value.offset + value.length ? period.offset - value.offset - value.length : Math.max(0, value.offset - period.offset - period.length);
}
