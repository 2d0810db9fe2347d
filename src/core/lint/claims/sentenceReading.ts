// How one sentence's values become claims (figures.ts reads a note sentence by sentence): each value takes the
// subject, period and sign that govern it. Everything is found once per sentence (values, subjects, periods, clause
// and segment breaks), and each value's look-up is a binary search over those (sentenceSpans.ts); which subject a
// value belongs to is valueSubject.ts's, which period governs it valuePeriod.ts's.

import { referenceDay, type AsOfStamp } from '../asOfStamps';
import { flatRange } from './flatMoves';
import { dateOfDayNumber, dayNumber, formatIsoDate, parseIsoDate, type CalendarDate } from '../calendarDate';
import { dateWeekday, dayPeriod, endedBeforeAsOf, sessionEnding } from './periodDates';
import { weekdaySession } from './levelValues';
import { findPeriods, type PeriodPhrase } from './periods';
import { withSameReferencesRead } from './sameReferences';
import { SubjectTable, type Subject, type SubjectMention } from './subjects';
import { lastBefore, offsetsOf, spans } from './sentenceSpans';
import { SentenceSubjects } from './valueSubject';
import { onComparisonSide, periodOfValue, type PeriodParts } from './valuePeriod';
import { isGappedItem } from './parallelItems';
import { growthOf, growthPhrasesIn, multipleKindIn, type GrowthPhrase } from './valueMetric';
import { movedUnsignedGain } from './unsignedMoves';
import { reportedGrowth } from './reportedGrowth';
import { forecastGrowth, growthOnOtherBasis, periodIsGrowthBase } from './growthBasis';
import { annualizedPeriod, annualRate } from './annualRates';
import { basisLabel } from './measureScope';
import { aheadOf, behind, insideQuotation, negativeMove, positiveMove } from './text';
import { ofItsValue, type StatedValue } from './values';
import { yieldKeys, yieldLevels } from './yieldLevels';
import { lastNyseSession, tradesOnNyseCalendar } from './usSessions';
import { closingLevels } from './closingLevels';
import { readAtEarlierMoment } from './earlierReadings';
import {
  averageBefore,
  comparedAfter,
  comparisonOpening,
  earlierMoment,
  endedStreakBefore,
  otherBasis,
  totalReturnSuffix,
  currencyBasis,
  streakException,
  intradayOpening,
  openingMoveBefore,
  peakToTrough,
  riskStatisticBefore,
  measuredFromLevel,
  monthOpening,
  multiDayMoveBefore,
  notAClose,
  pastTense,
  pastVerb,
  recordWord,
  sessionTimeIn,
  shareOfGrowth,
  undoneMove,
  startingValueBefore,
  projectedBefore,
  otherPossessorBefore,
  habitualMove,
} from './moveContext';
import type { FigureMetric, StatedFigure } from '../figures';
import {
  otherGrowthAfter,
  notAReturn,
  policyWords,
  otherQuantity,
  forecast,
  directionNounAfter,
  marketBenchmark,
  exclusionLead,
  unnamedSubject,
  asOfLead,
  valueEndBefore,
  valueStartAfter,
  clauseBreaks,
  segmentBreaks,
  metricLabels,
} from './claimWords';

export type SentenceClaim = Omit<StatedFigure, 'asOf' | 'line' | 'column' | 'endLine' | 'endColumn'> & {
  /**
   * The day the words count a running figure to, before the stamp's ("up 2.1% for the month through Thursday", "its
   * third straight weekly gain last week"): it dates the claim instead of the stamp (figures.ts).
   */
  readonly countedTo?: CalendarDate;
};
/** Everything found once in one sentence, and the attribution of each value to its subject, period and sign. */
/** Where a cause or a circumstance of a move starts after its value: "after it raised guidance", "as yields fell". */
const causeAfter = /\b(?:after|following|amid|because|as|despite|when|on (?:news|reports?|hopes?|worries|fears|optimism|concerns?|expectations?|bets?))\b/i;

/** "7.26 points, or " before a value: the value restates a move in points. */
const pointsRestatement = /\d\s+points?,\s*or\s+(?:(?:about|around|roughly|nearly|almost|just)\s+)?$/i;
/** The comma that closes the restatement before a direction: ", higher at 6,066.95" (not ", higher than expected"). */
const restatedDirection = /^\s*,(?=\s*(?:higher|lower|up|down)\b(?!\s+than\b))/i;
/**
 * A clause after the value that tells of an earlier moment of the session: "after earlier falling as much as 0.44%",
 * "after rising as much as 1.2% earlier", "having touched … at one point" (not "after hours", a session of its own).
 */
const earlierMomentAfter = /\b(?:after|having)\s+(?!hours\b)(?:(?:earlier|initially|briefly|first)\s+)?\w+ing\b/i;
/** The nouns that name a move, up or down, or one with no direction ("the S&P 500's 16% move"). */
const moveNoun =
  /^(?:gains?|advances?|rall(?:y|ies)|rises?|jumps?|increases?|climbs?|surges?|returns?|rebounds?|bounces?|run-?ups?|upswings?|spikes?|loss(?:es)?|declines?|drops?|falls?|slides?|slumps?|retreats?|decreases?|pullbacks?|sell-?offs?|plunges?|tumbles?|dips?|drops?|moves?|performance|changes?|swings?)$/i;
/** Words after a value that name no measure of it: a period, a preposition or a conjunction. */
const noMeasureWord =
  /^(?:this|that|so|thus|for|in|on|over|since|during|through|from|and|or|but|while|as|after|before|to|at|by|year|month|week|quarter|ytd|mtd|wtd|qtd|yesterday|today|monday|tuesday|wednesday|thursday|friday|last|earlier|higher|lower|up|down|firmer|weaker|stronger|softer|each|apiece|respectively)$/i;

/**
 * Whether the words right after a possessive's value name a measure other than its move: the first of up to three
 * words that is no period or adjective of one ("year-to-date", "weekly", "cumulative") must be a move noun.
 */
function namesAnotherMeasure(after: string): boolean {
  const words = /^\s+([a-z][\w-]*)(?:\s+([a-z][\w-]*))?(?:\s+([a-z][\w-]*))?/i.exec(after);
  if (!words) return false;
  for (const word of words.slice(1)) {
    if (word === undefined) return false;
    if (noMeasureWord.test(word)) return false;
    if (moveNoun.test(word)) return false;
    // A period or a size as an adjective before the noun: "year-to-date", "weekly", "one-day", "cumulative", "modest".
    if (/^(?:(?:year|month|week|quarter)-to-date|[\w]+ly|[\w]+-(?:day|week|month|year|session)|cumulative|combined|total|modest|solid|strong|steep|sharp|big|small|slight|surprise|percent|pct|per)$/i.test(word)) continue;
    return true;
  }
  return false;
}
/** A verb's object is the value itself: "shrank to 9%", "slipped to about 9%". */
const toTheValue = /^\s+to\s+(?:(?:about|around|roughly|nearly|almost|just|some|more than|less than)\s+)*$/i;
/** A move's measure right before the verb that changes it: "its year-to-date gain ", "the index's loss has ". */
const measureBefore = /\b(?:gains?|advances?|rall(?:y|ies)|returns?|rises?|increases?|(?<down>loss(?:es)?|declines?|drops?|slides?|falls?|decreases?))\s+(?:(?:has|had|have|was|is|were)\s+)?$/i;

export class SentenceReading {
  /** The subjects the sentence names, and whose each value is (valueSubject.ts). */
  private readonly subjects: SentenceSubjects;
  /** The periods of the sentence's moves: a session a move is measured from stands for the sessions after it (sessionsAfter). */
  private readonly periods: PeriodPhrase[];
  /** The periods as named, for closing levels: "Thursday's close of 6,576.8" is Thursday's. */
  private readonly levelPeriods: PeriodPhrase[];
  /** "through Thursday", "as of Nov. 20": the days running figures are counted to (PeriodPhrase.cutoff), no value's period. */
  private readonly cutoffs: PeriodPhrase[];
  /** Under a stamp dated to the day, a weekday names one session; under a month stamp it is a guess. */
  private readonly dayStamp: boolean;
  private readonly clauses: Array<{ offset: number; end: number }>;
  private readonly segments: Array<{ offset: number; end: number }>;
  private readonly negatives: Array<{ offset: number; end: number }>;
  private readonly positives: Array<{ offset: number; end: number }>;
  private readonly growth: GrowthPhrase[];
  private readonly asOfDate;
  /** The sentence opens inside the session ("Earlier in the session, …"): none of its moves is a close. */
  private readonly opensInSession: boolean;
  /** What valuePeriod.ts looks a value's period up in. */
  private readonly periodParts: PeriodParts;

  constructor(
    private readonly sentence: string,
    private readonly base: number,
    stamp: AsOfStamp | undefined,
    table: SubjectTable,
    tickers: readonly SubjectMention[],
    /** The period of the lead-in or heading the sentence sits under, if any. */
    inherited: PeriodPhrase | undefined,
    /** The session a close with no day named is of (valuePeriod.ts). */
    session: PeriodPhrase | undefined,
    /** An earlier sentence of the paragraph named the session and said the market closed it (valuePeriod.ts). */
    sessionClosed = false,
    /** The place the note's dateline gives ("LONDON, Nov 20 (Reuters) -"): which market a name in doubt is (placeIndexes.ts). */
    datelinePlace?: string,
  ) {
    this.subjects = new SentenceSubjects(sentence, base, table, tickers, datelinePlace);
    this.asOfDate = referenceDay(stamp);
    this.opensInSession = intradayOpening.test(sentence.replace(asOfLead, ''));
    const periods = withSameReferencesRead(findPeriods(sentence, base, this.asOfDate), sentence, base, inherited);
    this.dayStamp = stamp?.precision === 'day';
    this.levelPeriods = periods.filter((period) => !period.cutoff);
    this.periods = this.levelPeriods.flatMap((period) => (period.moveBase ? this.sessionsAfter(period) : [period]));
    this.cutoffs = periods.filter((period) => period.cutoff);
    // "12.3%, 8.7%, and 15.3%", "the S&P 500, the Dow, and the Nasdaq": a serial comma before "and" closes a list
    // item, not a clause.
    this.clauses = spans(clauseBreaks, sentence, base, (cut) => !this.serialComma(cut));
    this.segments = spans(segmentBreaks, sentence, base);
    this.negatives = offsetsOf(negativeMove, sentence, base);
    this.positives = offsetsOf(positiveMove, sentence, base);
    this.growth = growthPhrasesIn(sentence, base);
    this.periodParts = { sentence, base, mentions: this.subjects.mentions, periods: this.periods, cutoff: this.cutoffs.length > 0, clauses: this.clauses, segments: this.segments, inherited, session, sessionClosed };
  }

  /**
   * A ", and" between two values or two names of a list, or before the last of three or more moves listed with bare
   * commas: "The S&P 500 dipped 0.4%, the Nasdaq fell 0.9%, and the Nasdaq 100 fell 1.1% for the week" is one list,
   * whose period is every item's, as it is without the serial comma (parallelItems.ts). Two moves alone ("rose 1%,
   * and the Nasdaq fell 2% on Friday") stay two clauses.
   */
  private serialComma(cut: { offset: number; end: number }): boolean {
    if (!/^,\s+and$/i.test(this.slice(cut.offset, cut.end))) return false;
    const before = this.slice(Math.max(this.base, cut.offset - 16), cut.offset);
    const after = this.slice(cut.end, cut.end + 24);
    if (valueEndBefore.test(before) && valueStartAfter.test(after)) return true;
    const { mentions } = this.subjects;
    const nameNext = mentions.some((mention) => mention.offset > cut.end && /^\s+(?:the\s+)?$/i.test(this.slice(cut.end, mention.offset)));
    if (nameNext && valueEndBefore.test(before)) return this.listItemBefore(cut.offset);
    const named = mentions.some((mention) => mention.offset + mention.length === cut.offset);
    return named && nameNext;
  }

  /** An item of a list before `offset`: a name right after a value and a bare comma ("0.4%, the Nasdaq fell 0.9%"). */
  private listItemBefore(offset: number): boolean {
    return this.subjects.mentions.some((mention) => {
      if (mention.offset >= offset) return false;
      const lead = /,\s+(?:the\s+)?$/i.exec(this.slice(Math.max(this.base, mention.offset - 12), mention.offset));
      return lead !== null && valueEndBefore.test(this.slice(Math.max(this.base, mention.offset - lead[0].length - 16), mention.offset - lead[0].length));
    });
  }

  /** The subjects that share one value (valueSubject.ts): undefined when it is not shared, empty when the list leaves its owner in doubt. */
  sharedBy(value: StatedValue, all: readonly StatedValue[]): Subject[] | undefined {
    return this.subjects.sharedBy(value, this.clauses[lastBefore(this.clauses, value.offset + 1)], all);
  }

  /** The values without a flat move that no subject right before its verb owns (valueSubject.ts). */
  withoutStrayFlats(values: StatedValue[]): StatedValue[] {
    return this.subjects.withoutStrayFlats(values);
  }

  /** The indexes' closing levels the sentence states (closingLevels.ts), read from what was found here once. */
  levelClaims(): SentenceClaim[] {
    const parts = { ...this.periodParts, periods: this.levelPeriods, mentions: this.subjects.mentions, benchmark: this.subjects.benchmark };
    return [...closingLevels(parts), ...yieldLevels(parts)];
  }

  claim(value: StatedValue, all: readonly StatedValue[], sharedSubject?: Subject): SentenceClaim | undefined {
    if (insideQuotation(this.sentence, value.offset - this.base)) return undefined;
    const clause = this.clauses[lastBefore(this.clauses, value.offset + 1)];
    const segment = this.segmentOf(value);
    const paired = sharedSubject ? undefined : this.subjects.pairedSubject(value, clause, all);
    if (paired?.subject === null) return undefined;
    const subject = sharedSubject ?? paired?.subject ?? this.subjects.subjectOf(value, clause, segment);
    if (!subject || subject === unnamedSubject) return undefined;
    // The VIX's percentages are volatility's moves, not a return; only its level is read (levelClaims). A Treasury
    // yield's percentage is its level or a change of it ("- 10-year Treasury yield (YTD): 4.12%"), never a return:
    // its closes are read by yieldLevels.ts.
    if (subject.key === 'vix' || (value.kind === 'percent' && yieldKeys.has(subject.key))) return undefined;
    if (exclusionLead.test(this.slice(clause.offset, value.offset).trimStart())) return undefined;
    // The other side of a comparison is another subject's figure ("…, versus 12% for the S&P 500") or the same
    // subject's at another time ("…, versus 12% last year"): one it names in neither way ("versus 12% for the rest of
    // the market") is no claim about the subject before it.
    if (comparisonOpening.test(this.slice(segment.offset, value.offset)) && !sharedSubject) {
      const within = (offset: number) => offset >= segment.offset && offset < segment.end;
      const namedThere = this.subjects.mentions.some((mention) => within(mention.offset) && mention.subject === subject);
      if (!namedThere && !this.periods.some((period) => within(period.offset))) return undefined;
    }
    const local = (from: number, to: number) => this.slice(from, to);
    const clauseText = local(clause.offset, clause.end);
    const after = local(value.offset + value.length, Math.min(clause.end, value.offset + value.length + 40));
    // A list of values shares the list's period: "fell 1% and 2%, respectively, on Thursday".
    const found = periodOfValue(this.periodParts, value, clause, segment, paired ? all.filter((other) => other === value || !paired.list.includes(other)) : all);
    // On a U.S. market holiday, a U.S. subject's session with no day named is the last the NYSE traded (usSessions.ts).
    const period = found?.stampSession && tradesOnNyseCalendar(subject.key) ? lastNyseSession(found) : found;
    // "has gained about 28% during this time": the period of a sentence before, which the words do not name.
    if (period?.refersBack) return undefined;
    // Bitcoin trades through the weekend: a weekend note's session with no weekday named, which stands for Friday's
    // (figures.ts, periods.ts), may be its Saturday's.
    if (subject.key === 'bitcoin' && period?.weekendSession) return undefined;
    let metric: FigureMetric;
    let low = value.low;
    let high = value.high;
    let unit = '%';
    let periodKey = period?.key;
    let periodLabel = period?.label ?? '';
    let open = period?.open ?? true;
    let streakDay: CalendarDate | undefined;
    /** The basis a growth figure is counted on ("adjusted", "GAAP"): only figures on one basis are compared. */
    let basis = '';
    if (value.kind === 'streak') {
      if (endedStreakBefore.test(local(Math.max(clause.offset, value.offset - 48), value.offset)) || streakException.test(clauseText)) return undefined;
      // "was on track for a third straight weekly gain": a streak still to be made.
      if (projectedBefore.test(local(segment.offset, value.offset))) return undefined;
      // "In March, the Dow fell nine days in a row": a streak of a month, quarter or year gone by has ended.
      const asOf = this.asOfDate;
      const named = [period, ...this.periods.filter((other) => other.offset >= clause.offset && other.offset < clause.end)];
      if (asOf && named.some((other) => other && endedBeforeAsOf(other.key, asOf))) return undefined;
      // "Last week the Dow logged its third straight weekly advance", "rose for a third straight session on
      // Wednesday" in a Friday note: the streak as it stood then, not today's.
      streakDay = asOf && this.dayStamp ? named.map((other) => other && sessionEnding(other, asOf)).find((day) => day !== undefined) : undefined;
      const against = this.subjects.benchmarkIn(clause, value, subject) ?? (marketBenchmark.test(clauseText) ? { key: 'market', label: 'the market' } : undefined);
      const sign = value.streakSign ?? this.streakSign(clause, value, against !== undefined);
      if (sign === undefined) return undefined;
      // A streak of records ("a record close for the fifth straight session"), not one of moves away from a record,
      // nor one measured against a benchmark ("closed at a record and beat the S&P 500 for a seventh session").
      const records = !against && recordWord.test(clauseText);
      metric = 'streak';
      unit = `${value.unit}s`;
      [low, high] = [sign * value.low, sign * value.high];
      periodKey = `streak:${value.unit}:${records ? 'records' : 'moves'}:${against?.key ?? 'absolute'}`;
      periodLabel = records ? `record ${value.unit}s` : against ? `${value.unit}s against ${against.label}` : `${value.unit}s in a row`;
      open = true;
    } else if (value.kind === 'multiple') {
      const kind = value.unit === 'unnamed' ? multipleKindIn(this.sentence) : value.unit;
      if (kind === undefined) return undefined;
      // "expects the P/E to rise, hitting 25.8 times" is a forecast; "its five-year average of 20 times" is history.
      if (forecast.test(local(clause.offset, value.offset) + local(value.offset + value.length, clause.end))) return undefined;
      if (averageBefore.test(local(segment.offset, value.offset))) return undefined;
      if ((!period || period.open) && pastTense.test(local(segment.offset, value.offset))) return undefined;
      metric = kind === 'forward' ? 'forward-pe' : kind === 'trailing' ? 'trailing-pe' : 'pe';
      unit = 'x';
      periodKey = period && !period.open ? period.key : 'current';
      periodLabel = periodKey === 'current' ? 'at the as-of date' : periodLabel;
      open = periodKey === 'current';
    } else {
      if (otherGrowthAfter.test(after)) return undefined;
      // "revenue of $102 billion, down 8%": an amount's appositive, with the period the measure is named with.
      const reported = reportedGrowth({ sentence: this.sentence, base: this.base, periods: this.periods, mentions: this.subjects.mentions.map(spanOf) }, clause, value, after);
      const growth = reported ?? growthOf(this.growth, this.sentence, this.base, clause, value, after, this.subjects.mentions.map(spanOf));
      if (growth) {
        if (growth.narrower) return undefined;
        // "rose 6%, or 9% in constant currency", "On an organic basis, … rose 2%": the same quarter on another basis.
        if (growthOnOtherBasis(local(clause.offset, value.offset), local(value.offset + value.length, segment.end))) return undefined;
        const growthPeriod = reported ? reported.period : period;
        if (!growthPeriod || !/^(?:fiscal-)?(?:ytd|year|quarter):/.test(growthPeriod.key)) return undefined;
        // "rose 15% from the third quarter of 2025": the quarter growth is measured from, not the one it is of.
        if (periodIsGrowthBase(local(clause.offset, growthPeriod.offset))) return undefined;
        if (shareOfGrowth.test(clauseText)) return undefined;
        if (/\b(?:came in|reported|posted|delivered|actual)\b/i.test(clauseText) && /\b(?:expected|estimates?|consensus|forecasts?)\b/i.test(clauseText)) return undefined;
        metric = growth.metric;
        // "Analysts expect revenue to rise 12%" beside "revenue rose 9%": an expectation is compared only with others.
        const expected = forecastGrowth(local(clause.offset, value.offset), local(value.offset + value.length, clause.end));
        basis = [expected ? 'expected' : '', growth.basis].filter(Boolean).join('+');
        periodKey = growthPeriod.key.replace(/^ytd:/, 'year:');
        periodLabel = periodKey.startsWith('year:') ? periodKey.slice(5) : growthPeriod.label;
        open = false;
        const sign = reported?.sign ?? value.explicitSign ?? (/contract|shrink|declin|decreas|fall|fell|drop|slid|slump|plung|tumbl|down|lower/.test(growth.text) ? -1 : 1);
        [low, high] = sign < 0 ? [-value.high, -value.low] : [value.low, value.high];
      } else {
        if (!period || period.growthOnly) return undefined;
        // "Apple shares jumped 8% after revenue rose 12% in the third quarter": the period is the revenue's.
        if (this.growth.some((phrase) => phrase.offset > value.offset && phrase.offset < clause.end && phrase.offset <= period.offset)) return undefined;
        const segmentText = local(segment.offset, segment.end);
        // What the value measures is named before it or right after it ("the 10-year yield rose 2%", "a 3% dividend
        // yield"), never in the cause after it: "jumped 7% on Friday after it raised guidance" is the stock's move.
        const valueEnd = value.offset + value.length;
        const cause = causeAfter.exec(local(valueEnd, segment.end));
        const measured = local(segment.offset, cause ? valueEnd + cause.index : segment.end);
        // A forecast in the cause is what moved the stock, not a projection of the move: "fell 5% after the company cut
        // its forecast".
        const uncaused = cause ? local(clause.offset, valueEnd + cause.index) : clauseText;
        if (notAReturn.test(measured) || forecast.test(uncaused) || (/^\s+of\b/i.test(after) && !ofItsValue.test(after))) return undefined;
        // "the Nasdaq's 21% drawdown", "the S&P 500's 16% share of the market": a possessive's value named by a noun
        // that is not its move is no return ("the Nasdaq's 21% gain", "the Dow's 2% weekly slide" are).
        if (otherPossessorBefore.test(local(Math.max(segment.offset, value.offset - 48), value.offset)) && namesAnotherMeasure(after)) return undefined;
        // "A week ago, … was up 14% for the year", "In dollar terms, …": another moment's figure, or another measure.
        if (this.subjects.measureOwnedBy(subject, value, clause)) return undefined;
        // A basis named in a restatement after the value is the restatement's alone: "is up 16.2% this year, or 17.6%
        // including dividends", "(4% in euro terms)" leave the 16.2% a plain return.
        const basisText = withoutRestatementsAfter(clauseText, valueEnd - clause.offset);
        if (earlierMoment.test(clauseText) || otherBasis.test(basisText) || totalReturnSuffix.test(basisText) || currencyBasis.test(basisText.trimStart()) || habitualMove.test(clauseText)) return undefined;
        if (period.key.startsWith('ytd:') && monthOpening.test(clauseText.replace(asOfLead, '')) && pastVerb.test(clauseText)) return undefined;
        // "On Nov. 10, the S&P 500 was up 14% YTD", "Last month the index was up 14% for the year": a running figure as
        // it stood at an earlier moment (earlierReadings.ts) — not a day's close, whose period is its day, nor a figure
        // counted to a day the sentence names ("as of Nov. 20, 2026"), which that day dates.
        if (period.open && !period.key.startsWith('day:') && this.cutoffs.length === 0 && readAtEarlierMoment(clauseText, this.asOfDate)) return undefined;
        if (value.basisPoints && policyWords.test(clauseText)) return undefined;
        if (value.inWords && otherQuantity.test(segmentText)) return undefined;
        // "its second straight 20% year", "a 3% day": a kind of period described, not this one's move.
        if (/^\s*(?:year|day|week|month|session|quarter)s?\b(?!-|\s+(?:to|over|on|ago|earlier)\b)/i.test(after)) return undefined;
        // The segment holds the value's own qualifier, so "as much as 8%" is caught here too.
        // (Not a subordinate clause's after the value: "was up 0.79% at 3,260.35 after earlier falling as much as 0.44%"
        // tells of another moment than the close.)
        const earlierClause = earlierMomentAfter.exec(local(valueEnd, segment.end));
        if (notAClose.test(earlierClause ? local(segment.offset, valueEnd + earlierClause.index) : segmentText) || multiDayMoveBefore.test(local(segment.offset, value.offset)) || openingMoveBefore.test(local(segment.offset, value.offset))) return undefined;
        if (riskStatisticBefore.test(local(segment.offset, value.offset)) || peakToTrough.test(segmentText)) return undefined;
        if (this.opensInSession || comparedAfter.test(after) || sessionTimeIn.test(clauseText)) return undefined;
        if (averageBefore.test(local(segment.offset, value.offset))) return undefined;
        if (measuredFromLevel.test(after) && !period.key.startsWith('since:')) return undefined;
        if (undoneMove(local(segment.offset, value.offset), after)) return undefined;
        if (startingValueBefore.test(local(segment.offset, value.offset))) return undefined;
        if (projectedBefore.test(local(segment.offset, value.offset))) return undefined;
        if (/\bby\s*$/i.test(local(Math.max(clause.offset, value.offset - 4), value.offset)) && /\b(?:outperform|underperform|outpac|beat|lag|trail|ahead|behind)/i.test(clauseText)) return undefined;
        // A list's values take the sign of the verb before its first: "rose 1%, 2% and 3%".
        const signSegment = paired ? { offset: this.segmentOf(paired.list[0]).offset, end: segment.end } : segment;
        const flat = value.flat && period ? flatRange(value, period.key) : undefined;
        let sign = value.flat ? (flat && 1) : (value.explicitSign ?? this.moveSign(value, signSegment, after));
        // "Small caps are up 14% this year, versus 17% for the S&P 500": the other side of a comparison, with no
        // direction of its own, moved the way the side it answers did.
        if (sign === undefined && comparisonOpening.test(local(segment.offset, value.offset))) {
          const answered = this.segments[lastBefore(this.segments, segment.offset)];
          if (answered) sign = this.moveSign(value, { offset: answered.offset, end: segment.end }, after);
        }
        // "…, compared with 16% for the S&P 500, 21% for the Nasdaq and 14% for the Dow": a later item of that side's
        // list, after its own comma, moved the way the side it answers did too.
        if (sign === undefined && onComparisonSide(this.periodParts, value, all)) {
          const answered = all.find((other) => other.offset >= clause.offset && other.offset < clause.end);
          if (answered && answered !== value) sign = this.moveSign(value, { offset: this.segmentOf(answered).offset, end: segment.end }, after);
        }
        // "The Russell 2000 is up 12% this year, the S&P 500 13%": a gapped item leaves out the verb and its
        // direction both, and moved the way the item before did (its period was shared the same way).
        if (sign === undefined && isGappedItem(this.periodParts, segment.offset, value.offset)) {
          const gappedFrom = this.segments[lastBefore(this.segments, segment.offset)];
          if (gappedFrom && gappedFrom.offset < segment.offset) sign = this.moveSign(value, { offset: gappedFrom.offset, end: segment.end }, after);
        }
        // "- **Russell 2000** (YTD): 14.1%": a line that is nothing but a name, its period and the figure is the
        // return, as a table's cell under a "YTD" header is; unsigned, it is a gain.
        if (sign === undefined && period && this.labelsNameAndPeriod(value, period, segment)) sign = 1;
        // "has moved 20% so far this year": the outlet signs its falls, so the unsigned figure is a gain (unsignedMoves.ts).
        if (sign === undefined && movedUnsignedGain(local(segment.offset, value.offset), after)) sign = 1;
        if (sign === undefined) return undefined;
        // "61% over the past five years, an annualized 10%": the rate a year, compared only with other such rates.
        if (annualRate(local(segment.offset, value.offset), after)) {
          const annual = annualizedPeriod(period.key, periodLabel);
          if (!annual) return undefined;
          ({ key: periodKey, label: periodLabel } = annual);
        }
        metric = 'return';
        [low, high] = flat ?? (sign < 0 ? [-value.high, -value.low] : [value.low, value.high]);
      }
    }
    if (periodKey === undefined) return undefined;
    let countedTo = streakDay;
    const cutoff = this.cutoffs.find((phrase) => (phrase.offset >= clause.offset && phrase.offset < clause.end) || this.leadsSentence(phrase));
    if (cutoff && open) {
      // "Through Thursday, the S&P 500 was up 2.1%": the span the move covers is not said, nor is it Thursday's move.
      if (metric === 'return' && (!period || !this.periods.includes(period))) return undefined;
      countedTo = this.cutoffDay(cutoff);
      if (!countedTo) return undefined;
    }
    const metricLabel = metric === 'return' ? (periodKey.startsWith('ytd:') ? 'year-to-date return' : 'return') : metric === 'streak' ? 'streak' : `${basis ? `${basisLabel(basis)} ` : ''}${metricLabels[metric]}`;
    return {
      key: `${subject.key}|${metric}${basis ? `:${basis}` : ''}|${periodKey}`,
      subject: subject.label,
      ...(subject.fund ? { fund: subject.fund } : {}),
      metric,
      metricLabel,
      period: periodLabel,
      open,
      low,
      high,
      unit,
      text: local(value.offset, value.offset + value.length),
      offset: value.offset,
      length: value.length,
      ...(countedTo ? { countedTo } : {}),
    };
  }

  /**
   * "The S&P 500 rose 0.4% from Thursday's close": the move of the sessions after Thursday's — the note's own session
   * when Thursday's is the one before it (a weekend note's session is Friday's), else a span from that close that no
   * other wording names. Under a stamp of a month the weekday is a guess: no period.
   */
  private sessionsAfter(base: PeriodPhrase): PeriodPhrase[] {
    const day = parseIsoDate(base.key.slice('day:'.length));
    if (!day || !this.asOfDate || !this.dayStamp || dayNumber(day) >= dayNumber(this.asOfDate)) return [];
    const next = dayNumber(day) + ([5, 6].includes(dateWeekday(day)) ? 8 - dateWeekday(day) : 1);
    const session = weekdaySession(dayPeriod(base.offset, base.length, this.asOfDate));
    if (session.key === `day:${formatIsoDate(dateOfDayNumber(next))}`) return [{ ...session, relative: true }];
    return [{ offset: base.offset, length: base.length, key: `since:${formatIsoDate(day)}-close`, open: true, label: `since ${base.label.replace(/^on /, '')}'s close`, relative: true }];
  }

  /** "Through Thursday, …", "Year to date through Nov. 20, …": a cutoff before the sentence's first value and subject. */
  private leadsSentence(cutoff: PeriodPhrase): boolean {
    return /^[^\p{L}\p{N}]*(?:[\p{L}'’-]+\s+){0,5}$/u.test(this.slice(this.base, cutoff.offset));
  }

  /** The day a cutoff names, when the words and the stamp say it surely: on or before the as-of day. */
  private cutoffDay(cutoff: PeriodPhrase): CalendarDate | undefined {
    const day = parseIsoDate(cutoff.key.slice('day:'.length));
    if (!day || !this.asOfDate || dayNumber(day) > dayNumber(this.asOfDate)) return undefined;
    return cutoff.relative && !this.dayStamp ? undefined : day;
  }

  /**
   * The value's segment; a restatement (", or 1.2%" after "fell 48 points") reads with the segment before it, which
   * holds its verb.
   */
  private segmentOf(value: StatedValue): { offset: number; end: number } {
    const at = lastBefore(this.segments, value.offset + 1);
    const segment = this.segments[at];
    if (at > 0 && /^\s*or\b/i.test(this.slice(segment.offset, value.offset))) return { offset: this.segments[at - 1].offset, end: segment.end };
    return segment;
  }

  /** The sentence's text (comments blanked) between two note offsets. */
  private slice(from: number, to: number): string {
    return this.sentence.slice(Math.max(0, from - this.base), Math.max(0, to - this.base));
  }

  /**
   * Whether the text up to the value is only a subject's name and a period labelling the value ("Russell 2000 (YTD):
   * 14.1%", "**S&P 500** YTD: 16.2%") and nothing follows it in its segment: no other measure can be named there
   * ("dividend yield (TTM): 1.4%" names one).
   */
  private labelsNameAndPeriod(value: StatedValue, period: { offset: number; length: number }, segment: { offset: number; end: number }): boolean {
    const mention = this.subjects.mentions[lastBefore(this.subjects.mentions, period.offset)];
    if (!mention || mention.offset + mention.length > period.offset) return false;
    return (
      /^[\s*_>•-]*(?:the\s+)?$/i.test(this.slice(this.base, mention.offset)) &&
      /^[\s*_]*\(?\s*$/.test(this.slice(mention.offset + mention.length, period.offset)) &&
      /^\s*\)?[\s*_]*:[\s*_]*$/.test(this.slice(period.offset + period.length, value.offset)) &&
      /^[\s*_.]*$/.test(this.slice(value.offset + value.length, segment.end))
    );
  }

  private moveSign(value: StatedValue, segment: { offset: number; end: number }, after: string): -1 | 1 | undefined {
    // "closed 7.26 points, or 0.4%, higher": the restatement's comma stands between the value and its direction.
    const restated = pointsRestatement.test(this.slice(Math.max(segment.offset, value.offset - 40), value.offset)) ? restatedDirection.exec(after) : null;
    const noun = directionNounAfter.exec(restated ? after.slice(restated[0].length) : after);
    if (noun) return noun.groups?.down !== undefined ? -1 : 1;
    const negative = this.negatives[lastBefore(this.negatives, value.offset)];
    const positive = this.positives[lastBefore(this.positives, value.offset)];
    const nearest = [negative, positive].filter((word) => word && word.offset >= segment.offset).sort((a, b) => b.offset - a.offset)[0];
    if (!nearest) return undefined;
    // "The S&P 500's year-to-date gain shrank to 9%": the verb moves the gain, whose size the value is — the sign is
    // the measure's, not the verb's.
    if (toTheValue.test(this.slice(nearest.end, value.offset))) {
      const measure = measureBefore.exec(this.slice(segment.offset, nearest.offset));
      if (measure) return measure.groups?.down !== undefined ? -1 : 1;
    }
    return nearest === negative ? -1 : 1;
  }

  private streakSign(clause: { offset: number; end: number }, value: StatedValue, measuredAgainst: boolean): -1 | 1 | undefined {
    const text = this.slice(clause.offset, clause.end);
    const up = offsetsOf(measuredAgainst ? aheadOf : positiveMove, text, clause.offset);
    const down = offsetsOf(measuredAgainst ? behind : negativeMove, text, clause.offset);
    if (up.length > 0 && down.length === 0) return 1;
    if (down.length > 0 && up.length === 0) return -1;
    const nearest = (words: Array<{ offset: number }>) => Math.min(...words.map((word) => Math.abs(word.offset - value.offset)));
    return up.length > 0 ? (nearest(up) <= nearest(down) ? 1 : -1) : undefined;
  }
}

/** A mention's span in note offsets, as measureScope.ts compares word ends with. */
function spanOf(mention: SubjectMention): { offset: number; end: number } {
  return { offset: mention.offset, end: mention.offset + mention.length };
}

/** A value restated after another, on another basis: ", or 17.6% including dividends", "(17.6% with dividends)". */
const restatement = /,\s+or\s+(?:(?:about|around|roughly|nearly|almost|some)\s+)?[+\-−]?\d[^,;()]*|\(\s*(?:or\s+)?(?:(?:about|around|roughly|nearly|almost|some)\s+)?[+\-−]?\d[^()]*\)/gi;

/** The clause's text with each restatement that starts at or after `from` blanked out (offsets kept). */
function withoutRestatementsAfter(text: string, from: number): string {
  return text.replace(restatement, (match, offset: number) => (offset >= from ? ' '.repeat(match.length) : match));
}
