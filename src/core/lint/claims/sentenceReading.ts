// How one sentence's values become claims (figures.ts reads a note sentence by sentence): each value takes the
// subject, period and sign that govern it. Everything is found once per sentence (values, subjects, periods, clause
// and segment breaks), and each value's look-up is a binary search over those (sentenceSpans.ts); which period
// governs a value is valuePeriod.ts's.

import { referenceDay, type AsOfStamp } from '../asOfStamps';
import { flatRange, flatSubjectGap } from './flatMoves';
import { endedBeforeAsOf } from './periodDates';
import { findPeriods, type PeriodPhrase } from './periods';
import { alternativeGap, closingListGap, eachAfter, jointAfter, jointBefore, listIsSubject, markedShare, plainShare, subjectListGap } from './sharedValues';
import { namesAnother, namesDerivative } from './subIndexes';
import { ownsAnotherMeasure } from './otherMeasures';
import { reportsAnotherMeasure } from './companyMeasures';
import { withMeasuringIndexes } from './measuringIndex';
import { namesAssetBusiness } from './assetBusinesses';
import { SubjectTable, type Subject, type SubjectMention } from './subjects';
import { lastBefore, offsetsOf, spans } from './sentenceSpans';
import { periodOfValue, type PeriodParts } from './valuePeriod';
import { aheadOf, behind, dashAsides, insideQuotation, negativeMove, positiveMove } from './text';
import { ofItsValue, type StatedValue } from './values';
import { closingLevels } from './closingLevels';
import {
  averageBefore,
  comparator,
  comparedAfter,
  comparisonVerb,
  earlierMoment,
  endedStreakBefore,
  otherBasis,
  currencyBasis,
  streakException,
  intradayOpening,
  measuredFromLevel,
  membershipBefore,
  monthOpening,
  multiDayMoveBefore,
  notAClose,
  otherPossessorBefore,
  ownSubjectBefore,
  namedSubjectBefore,
  pastTense,
  pastVerb,
  recordWord,
  relativeClauseBefore,
  sessionTimeIn,
  shareOfGrowth,
  undoneMove,
  withOwnSubject,
} from './moveContext';
import type { FigureMetric, StatedFigure } from '../figures';
import {
  growthPhrase,
  growthAfter,
  otherGrowthAfter,
  notAReturn,
  policyWords,
  otherQuantity,
  forecast,
  directionNounAfter,
  comparisonBefore,
  marketBenchmark,
  prepositionBefore,
  exclusionBefore,
  exclusionLead,
  unnamedSubject,
  indexReference,
  asOfLead,
  valueListGap,
  valueEndBefore,
  valueStartAfter,
  nameTail,
  possessiveGap,
  followingGap,
  clauseBreaks,
  segmentBreaks,
  metricLabels,
} from './claimWords';

export type SentenceClaim = Omit<StatedFigure, 'asOf' | 'line' | 'column' | 'endLine' | 'endColumn'>;
/** Everything found once in one sentence, and the attribution of each value to its subject, period and sign. */
export class SentenceReading {
  private readonly subjects: SubjectMention[];
  /** Mentions that are not the subject that moved: compared with, ranked in, in an appositive or a dash aside. */
  private readonly benchmark: boolean[];
  /** Mentions a figure is compared with ("beaten the S&P 500"): what a streak may be measured against. */
  private readonly compared: boolean[];
  private readonly periods: PeriodPhrase[];
  private readonly clauses: Array<{ offset: number; end: number }>;
  private readonly segments: Array<{ offset: number; end: number }>;
  private readonly negatives: Array<{ offset: number; end: number }>;
  private readonly positives: Array<{ offset: number; end: number }>;
  private readonly growth: Array<{ offset: number; end: number; text: string }>;
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
  ) {
    const named = table.find(sentence, base);
    this.subjects = [...named, ...tickers.filter((ticker) => !named.some((name) => ticker.offset < name.offset + name.length && name.offset < ticker.offset + ticker.length))].sort(
      (a, b) => a.offset - b.offset,
    );
    // "the S&P 500 ex-Mag 7", "the S&P 500 excluding the Magnificent Seven": neither name is the subject; the
    // first stands for a subject the table does not know (no claim), the second is what is left out.
    // So does "the Russell 2000 Value index" or "the other 493 stocks in the S&P 500" (subIndexes.ts).
    // "S&P 500 futures" is a contract on the index, and so is each name of "S&P 500 and Nasdaq 100 futures".
    let futuresList = false;
    for (let at = this.subjects.length - 1; at >= 0; at--) {
      const mention = this.subjects[at];
      const after = sentence.slice(mention.offset + mention.length - base, mention.offset + mention.length - base + 48);
      const next = this.subjects[at + 1];
      futuresList = namesDerivative(after) || (futuresList && next !== undefined && subjectListGap.test(sentence.slice(mention.offset + mention.length - base, next.offset - base)));
      // "Bitcoin miners", "spot bitcoin ETFs", "gold producers": shares built on the asset, not its price.
      const another = namesAnother(sentence, mention.offset - base, mention.length) || namesAssetBusiness(mention.subject, after);
      if (futuresList || another) this.subjects[at] = { ...mention, subject: unnamedSubject };
    }
    // "Small caps, as measured by the S&P 600, …": the S&P 600's figure, not small caps' default index's.
    this.subjects = withMeasuringIndexes(sentence, base, this.subjects);
    const asides = dashAsides(sentence, base);
    const wordsBefore = this.subjects.map((mention) => sentence.slice(Math.max(0, mention.offset - base - 48), mention.offset - base));
    this.compared = wordsBefore.map((before) => comparisonBefore.test(before));
    this.benchmark = wordsBefore.map(
      (before, at) => this.compared[at] || membershipBefore.test(before) || exclusionBefore.test(before) || this.inAppositive(at) || this.inDashAside(at, asides),
    );
    this.asOfDate = referenceDay(stamp);
    this.opensInSession = intradayOpening.test(sentence.replace(asOfLead, ''));
    this.periods = findPeriods(sentence, base, this.asOfDate);
    // "12.3%, 8.7%, and 15.3%", "the S&P 500, the Dow, and the Nasdaq": a serial comma before "and" closes a list
    // item, not a clause.
    this.clauses = spans(clauseBreaks, sentence, base, (cut) => !this.serialComma(cut));
    this.segments = spans(segmentBreaks, sentence, base);
    this.negatives = offsetsOf(negativeMove, sentence, base);
    this.positives = offsetsOf(positiveMove, sentence, base);
    this.growth = offsetsOf(growthPhrase, sentence, base).map((span) => ({ ...span, text: sentence.slice(span.offset - base, span.end - base).toLowerCase() }));
    this.periodParts = { sentence, base, periods: this.periods, clauses: this.clauses, segments: this.segments, inherited, session, sessionClosed };
  }

  /** A ", and" between two values or two names of a list. */
  private serialComma(cut: { offset: number; end: number }): boolean {
    if (!/^,\s+and$/i.test(this.slice(cut.offset, cut.end))) return false;
    const before = this.slice(Math.max(this.base, cut.offset - 16), cut.offset);
    const after = this.slice(cut.end, cut.end + 24);
    if (valueEndBefore.test(before) && valueStartAfter.test(after)) return true;
    const named = this.subjects.some((mention) => mention.offset + mention.length === cut.offset);
    return named && this.subjects.some((mention) => mention.offset > cut.end && /^\s+(?:the\s+)?$/i.test(this.slice(cut.end, mention.offset)));
  }

  /**
   * "The Nasdaq index, the bellwether for the tech sector, fell 2.7%": a name inside commas right after another
   * subject describes that subject; it is not the one that moved.
   */
  private inAppositive(at: number): boolean {
    if (at === 0) return false;
    const mention = this.subjects[at];
    const opening = this.sentence.lastIndexOf(',', mention.offset - this.base);
    const closing = this.sentence.indexOf(',', mention.offset + mention.length - this.base);
    if (opening < 0 || closing < 0 || /\d\s*(?:%|percent|per cent)/i.test(this.sentence.slice(opening, closing))) return false;
    // "the S&P 500, the Dow, and the Nasdaq": the middle name of a serial list, not an aside.
    if (/^,\s+and\b/i.test(this.sentence.slice(closing, closing + 6))) return false;
    const owner = this.subjects[at - 1];
    return owner.offset + owner.length <= this.base + opening && nameTail.test(this.slice(owner.offset + owner.length, this.base + opening));
  }

  /**
   * "The Roundhill Magnificent Seven ETF - a fund that holds Apple (AAPL) … and Meta (META) - has surged 37%": a name
   * inside a pair of dashes that states no figure is an aside about the subject, not the subject that moved.
   */
  private inDashAside(at: number, asides: ReadonlyArray<{ offset: number; end: number }>): boolean {
    const mention = this.subjects[at];
    return asides.some((aside) => aside.offset <= mention.offset && mention.offset + mention.length <= aside.end);
  }

  /**
   * "The S&P 500, the Dow and the Nasdaq are all up more than 20% for the year", "posted gains of about 3.8% each",
   * "The S&P 500 and the Nasdaq rose 1.2%": one value that a list of subjects shares — each subject's claim (see
   * claims/sharedValues.ts). undefined when the value is not shared; empty when the list leaves its owner in doubt
   * ("the difference between the Dow and the Nasdaq", "the Dow or the Nasdaq").
   */
  sharedBy(value: StatedValue, all: readonly StatedValue[]): Subject[] | undefined {
    const clause = this.clauses[lastBefore(this.clauses, value.offset + 1)];
    if (this.pairedSubject(value, clause, all) !== undefined) return undefined;
    const named: SubjectMention[] = [];
    for (let at = lastBefore(this.subjects, value.offset); at >= 0 && this.subjects[at].offset >= clause.offset; at--) {
      if (this.benchmark[at]) return undefined;
      const mention = this.subjects[at];
      const gap = named.length > 0 ? this.slice(mention.offset + mention.length, named[0].offset) : '';
      if (named.length > 0 && alternativeGap.test(gap)) return [];
      if (named.length > 0 && !subjectListGap.test(gap)) break;
      named.unshift(mention);
    }
    if (named.length < 2) return undefined;
    const [first, last] = [named[0], named[named.length - 1]];
    const between = this.slice(last.offset + last.length, value.offset);
    const after = this.slice(value.offset + value.length, clause.end);
    if (jointBefore.test(between) || jointAfter.test(after)) return [];
    const marked = markedShare.test(between) || eachAfter.test(after);
    // "Led by the Nasdaq and the Dow, the S&P 500 rose 1.2%": a list ends at its "and"; the name after the comma is alone.
    if (!marked && !closingListGap.test(this.slice(named[named.length - 2].offset + named[named.length - 2].length, last.offset))) return undefined;
    if (!listIsSubject(this.slice(Math.max(clause.offset, first.offset - 24), first.offset))) return [];
    return marked || plainShare(between) ? named.map((mention) => mention.subject) : undefined;
  }

  /** The indexes' closing levels the sentence states (closingLevels.ts), read from what was found here once. */
  levelClaims(): SentenceClaim[] {
    return closingLevels({ ...this.periodParts, mentions: this.subjects, benchmark: this.benchmark });
  }

  claim(value: StatedValue, all: readonly StatedValue[], sharedSubject?: Subject): SentenceClaim | undefined {
    if (insideQuotation(this.sentence, value.offset - this.base)) return undefined;
    const clause = this.clauses[lastBefore(this.clauses, value.offset + 1)];
    const segment = this.segmentOf(value);
    const paired = sharedSubject ? undefined : this.pairedSubject(value, clause, all);
    if (paired?.subject === null) return undefined;
    const subject = sharedSubject ?? paired?.subject ?? this.subjectOf(value, clause, segment);
    if (!subject || subject === unnamedSubject) return undefined;
    // The VIX's percentages are volatility's moves, not a return; only its level is read (levelClaims).
    if (subject.key === 'vix') return undefined;
    if (exclusionLead.test(this.slice(clause.offset, value.offset).trimStart())) return undefined;
    const local = (from: number, to: number) => this.slice(from, to);
    const clauseText = local(clause.offset, clause.end);
    const after = local(value.offset + value.length, Math.min(clause.end, value.offset + value.length + 40));
    // A list of values shares the list's period: "fell 1% and 2%, respectively, on Thursday".
    const period = periodOfValue(this.periodParts, value, clause, segment, paired ? all.filter((other) => other === value || !paired.list.includes(other)) : all);
    // "has gained about 28% during this time": the period of a sentence before, which the words do not name.
    if (period?.refersBack) return undefined;
    let metric: FigureMetric;
    let low = value.low;
    let high = value.high;
    let unit = '%';
    let periodKey = period?.key;
    let periodLabel = period?.label ?? '';
    let open = period?.open ?? true;
    if (value.kind === 'streak') {
      if (endedStreakBefore.test(local(Math.max(clause.offset, value.offset - 48), value.offset)) || streakException.test(clauseText)) return undefined;
      // "In March, the Dow fell nine days in a row": a streak of a month, quarter or year gone by has ended.
      const asOf = this.asOfDate;
      const named = [period, ...this.periods.filter((other) => other.offset >= clause.offset && other.offset < clause.end)];
      if (asOf && named.some((other) => other && endedBeforeAsOf(other.key, asOf))) return undefined;
      const against = this.benchmarkIn(clause, value, subject) ?? (marketBenchmark.test(clauseText) ? { key: 'market', label: 'the market' } : undefined);
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
      const kind = value.unit === 'unnamed' ? this.sentenceMultipleKind() : value.unit;
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
      const growth = this.growthOf(clause, value, after);
      if (growth) {
        if (!period || !/^(?:fiscal-)?(?:ytd|year|quarter):/.test(period.key)) return undefined;
        if (shareOfGrowth.test(clauseText)) return undefined;
        if (/\b(?:came in|reported|posted|delivered|actual)\b/i.test(clauseText) && /\b(?:expected|estimates?|consensus|forecasts?)\b/i.test(clauseText)) return undefined;
        metric = growth.metric;
        periodKey = period.key.replace(/^ytd:/, 'year:');
        periodLabel = periodKey.startsWith('year:') ? periodKey.slice(5) : period.label;
        open = false;
        const sign = value.explicitSign ?? (/contract|shrink|declin|fall|fell|drop|down|lower/.test(growth.text) ? -1 : 1);
        [low, high] = sign < 0 ? [-value.high, -value.low] : [value.low, value.high];
      } else {
        if (!period || period.growthOnly) return undefined;
        // "Apple shares jumped 8% after revenue rose 12% in the third quarter": the period is the revenue's.
        if (this.growth.some((phrase) => phrase.offset > value.offset && phrase.offset < clause.end && phrase.offset <= period.offset)) return undefined;
        const segmentText = local(segment.offset, segment.end);
        if (notAReturn.test(segmentText) || forecast.test(clauseText) || (/^\s+of\b/i.test(after) && !ofItsValue.test(after))) return undefined;
        // "A week ago, … was up 14% for the year", "In dollar terms, …": another moment's figure, or another measure.
        if (this.measureOwnedBy(subject, value, clause)) return undefined;
        if (earlierMoment.test(clauseText) || otherBasis.test(clauseText) || currencyBasis.test(clauseText.trimStart())) return undefined;
        if (period.key.startsWith('ytd:') && monthOpening.test(clauseText.replace(asOfLead, '')) && pastVerb.test(clauseText)) return undefined;
        if (value.basisPoints && policyWords.test(clauseText)) return undefined;
        if (value.inWords && otherQuantity.test(segmentText)) return undefined;
        // "its second straight 20% year", "a 3% day": a kind of period described, not this one's move.
        if (/^\s*(?:year|day|week|month|session|quarter)s?\b(?!-|\s+(?:to|over|on|ago|earlier)\b)/i.test(after)) return undefined;
        // The segment holds the value's own qualifier, so "as much as 8%" is caught here too.
        if (notAClose.test(segmentText) || multiDayMoveBefore.test(local(segment.offset, value.offset))) return undefined;
        if (this.opensInSession || comparedAfter.test(after) || sessionTimeIn.test(clauseText)) return undefined;
        if (averageBefore.test(local(segment.offset, value.offset))) return undefined;
        if (measuredFromLevel.test(after) && !period.key.startsWith('since:')) return undefined;
        if (undoneMove(local(segment.offset, value.offset), after)) return undefined;
        if (/\bby\s*$/i.test(local(Math.max(clause.offset, value.offset - 4), value.offset)) && /\b(?:outperform|underperform|outpac|beat|lag|trail|ahead|behind)/i.test(clauseText)) return undefined;
        // A list's values take the sign of the verb before its first: "rose 1%, 2% and 3%".
        const signSegment = paired ? { offset: this.segmentOf(paired.list[0]).offset, end: segment.end } : segment;
        const flat = value.flat && period ? flatRange(value, period.key) : undefined;
        const sign = value.flat ? (flat && 1) : (value.explicitSign ?? this.moveSign(value, signSegment, after));
        if (sign === undefined) return undefined;
        metric = 'return';
        [low, high] = flat ?? (sign < 0 ? [-value.high, -value.low] : [value.low, value.high]);
      }
    }
    if (periodKey === undefined) return undefined;
    const metricLabel = metric === 'return' ? (periodKey.startsWith('ytd:') ? 'year-to-date return' : 'return') : metric === 'streak' ? 'streak' : metricLabels[metric];
    return {
      key: `${subject.key}|${metric}|${periodKey}`,
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
    };
  }

  /**
   * "Assets in IWM have grown 18%", "QQQ's trading volume rose 35%", "Tesla (TSLA) deliveries fell 13%": the subject's
   * name owns another measure, a fund's (otherMeasures.ts) or a company's results (companyMeasures.ts).
   */
  private measureOwnedBy(subject: Subject, value: StatedValue, clause: { offset: number; end: number }): boolean {
    for (let at = lastBefore(this.subjects, value.offset); at >= 0 && this.subjects[at].offset >= clause.offset; at--) {
      const mention = this.subjects[at];
      if (mention.subject.key !== subject.key) continue;
      const [before, after] = [this.slice(clause.offset, mention.offset), this.slice(mention.offset + mention.length, value.offset)];
      return ownsAnotherMeasure(before, after) || reportsAnotherMeasure(before, after);
    }
    return false;
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

  /**
   * "The Dow and the Nasdaq fell 1% and 2%(, respectively)": a list of values pairs with the list of subjects before
   * it, in order. undefined when the value is in no such list; a null subject when the lists do not pair up (no claim).
   */
  private pairedSubject(value: StatedValue, clause: { offset: number; end: number }, all: readonly StatedValue[]): { subject: Subject | null; list: readonly StatedValue[] } | undefined {
    const inClause = all.filter((other) => other.kind === value.kind && other.offset >= clause.offset && other.offset < clause.end);
    const at = inClause.indexOf(value);
    if (at < 0) return undefined;
    let first = at;
    while (first > 0 && valueListGap.test(this.slice(inClause[first - 1].offset + inClause[first - 1].length, inClause[first].offset))) first--;
    let last = at;
    while (last + 1 < inClause.length && valueListGap.test(this.slice(inClause[last].offset + inClause[last].length, inClause[last + 1].offset))) last++;
    if (first === last) return undefined;
    const list = inClause.slice(first, last + 1);
    let named = this.subjects.filter((mention, index) => !this.benchmark[index] && mention.offset >= clause.offset && mention.offset < inClause[first].offset);
    // "gains of 12%, 9% and 15% for the S&P 500, the Dow and the Nasdaq, respectively": the names may follow the values.
    if (named.length !== list.length && /\brespectively\b/i.test(this.slice(clause.offset, clause.end))) {
      const listEnd = list[list.length - 1].offset + list[list.length - 1].length;
      // (A list of names after the values reads like an appositive to the first; only a compared name is left out.)
      named = this.subjects.filter((mention, index) => !this.compared[index] && mention.offset >= listEnd && mention.offset < clause.end);
    }
    if (named.length !== list.length) return { subject: null, list };
    for (let i = 1; i < named.length; i++) {
      if (!subjectListGap.test(this.slice(named[i - 1].offset + named[i - 1].length, named[i].offset))) return { subject: null, list };
    }
    return { subject: named[at - first].subject, list };
  }

  /**
   * The values without a flat move whose verb has no subject named right before it ("The S&P 500 index closed flat"
   * keeps its "flat"; "rates were unchanged" loses it): such a word is no value, not even as a neighbour of others.
   */
  withoutStrayFlats(values: StatedValue[]): StatedValue[] {
    return values.filter((value) => {
      if (!value.flat) return true;
      const verb = value.verbOffset ?? value.offset;
      const mention = this.subjects[lastBefore(this.subjects, verb)];
      return mention !== undefined && flatSubjectGap.test(this.slice(mention.offset + mention.length, verb));
    });
  }

  /** The sentence's text (comments blanked) between two note offsets. */
  private slice(from: number, to: number): string {
    return this.sentence.slice(Math.max(0, from - this.base), Math.max(0, to - this.base));
  }

  private subjectOf(value: StatedValue, clause: { offset: number; end: number }, segment: { offset: number; end: number }): Subject | undefined {
    const before = lastBefore(this.subjects, value.offset);
    // "the S&P 500's modest 1.5% gain": a possessive right before the value owns it, whatever its role.
    if (before >= 0) {
      const mention = this.subjects[before];
      if (possessiveGap.test(this.slice(mention.offset + mention.length, value.offset))) return mention.subject;
    }
    // "the company's 12% rise", "Apple's 3% drop": owned by something this table does not name, so no claim — an
    // earlier subject of the sentence would be the wrong owner.
    // "Germany's DAX closed 0.4% higher", "Japan's Nikkei rose": a possessive before a name of the table is where the
    // index is, and the name stays the subject.
    const ownerFrom = Math.max(clause.offset, value.offset - 48);
    const possessor = otherPossessorBefore.exec(this.slice(ownerFrom, value.offset));
    if (possessor && !(before >= 0 && this.subjects[before].offset > ownerFrom + possessor.index)) return undefined;
    if (withOwnSubject.test(this.slice(segment.offset, value.offset)) && (before < 0 || this.subjects[before].offset < segment.offset)) return undefined;
    // "Tesla, which has fallen 34% this month, …": the clause is about the noun before its comma — a subject of the
    // table right there, or something it does not name (no claim); never a subject named later in the sentence.
    const relative = relativeClauseBefore.exec(this.slice(this.base, value.offset));
    const comma = relative ? this.base + relative.index : -1;
    if (relative && (before < 0 || this.subjects[before].offset < comma)) {
      const owner = this.subjects[lastBefore(this.subjects, comma)];
      return owner && nameTail.test(this.slice(owner.offset + owner.length, comma)) ? owner.subject : undefined;
    }
    // "the 2% gain in the Nasdaq", "a 1.3% gain seen in large caps": the subject right after the value.
    const next = this.subjects[before + 1];
    if (next && next.offset < segment.end && followingGap.test(this.slice(value.offset + value.length, next.offset))) return next.subject;
    for (let at = before; at >= 0 && this.subjects[at].offset >= clause.offset; at--) if (!this.benchmark[at]) return this.subjects[at].subject;
    // A subject named later in the clause, unless a comparison stands between ("13% in 2025, compared with … the S&P
    // 500": the S&P 500 is what the figure is compared with).
    // Nor when the value's clause has an unnamed subject of its own ("while the three main indices all rose 3%, …").
    const ownSubject = ownSubjectBefore.test(this.slice(segment.offset, value.offset));
    const namedOwner = ownSubject || namedSubjectBefore.test(this.slice(segment.offset, value.offset));
    for (let at = before + 1; !namedOwner && at < this.subjects.length && this.subjects[at].offset < clause.end; at++) {
      const between = this.slice(value.offset + value.length, this.subjects[at].offset);
      if (comparator.test(between) || comparisonVerb.test(between)) break;
      // "…gain to 10%, fueled by a rally in tech stocks": a name in a prepositional phrase is not a clause's subject.
      if (!this.benchmark[at] && !prepositionBefore.test(between)) return this.subjects[at].subject;
    }
    // "The Nasdaq fell 1.4% on Thursday, and is down 3% this year": an earlier clause's subject carries on — unless
    // the value's clause names another ("…, while the forward EPS estimate increased by 2.3%"); "the index" and
    // "the benchmark" still refer back to an index.
    for (let at = before; at >= 0; at--) {
      if (this.benchmark[at]) continue;
      const subject = this.subjects[at].subject;
      if (ownSubject && (subject.key.startsWith('ticker:') || !indexReference.test(this.slice(segment.offset, value.offset)))) return undefined;
      return subject;
    }
    return undefined;
  }

  private moveSign(value: StatedValue, segment: { offset: number; end: number }, after: string): -1 | 1 | undefined {
    const noun = directionNounAfter.exec(after);
    if (noun) return /loss|decline|drop|fall|slide|slump|retreat|decrease|pullback|sell|lower/i.test(noun[0]) ? -1 : 1;
    const negative = this.negatives[lastBefore(this.negatives, value.offset)];
    const positive = this.positives[lastBefore(this.positives, value.offset)];
    const nearest = [negative, positive].filter((word) => word && word.offset >= segment.offset).sort((a, b) => b.offset - a.offset)[0];
    if (!nearest) return undefined;
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

  /** The subject a streak is measured against: one compared with in the clause, never the streak's own subject. */
  private benchmarkIn(clause: { offset: number; end: number }, value: StatedValue, own: Subject): Subject | undefined {
    let found: SubjectMention | undefined;
    this.subjects.forEach((mention, at) => {
      if (this.compared[at] && mention.subject.key !== own.key && mention.offset >= clause.offset && mention.offset < clause.end && (!found || Math.abs(mention.offset - value.offset) < Math.abs(found.offset - value.offset))) found = mention;
    });
    return found?.subject;
  }

  /**
   * The growth a value states: a noun right after it ("a 16% jump in quarterly revenue"), else the nearest growth
   * phrase before it in its clause — not one after it, nor one the stock took over from ("revenue rose 12% and its
   * shares jumped 8%"): "Apple shares jumped 8% after revenue rose 12%" moved the stock by 8%.
   */
  private growthOf(clause: { offset: number; end: number }, value: StatedValue, after: string): { metric: FigureMetric; text: string } | undefined {
    let phrase = growthAfter.test(after) ? after.toLowerCase() : undefined;
    for (let at = this.growth.length - 1; phrase === undefined && at >= 0; at--) {
      const candidate = this.growth[at];
      if (candidate.offset < clause.offset || candidate.offset >= value.offset) continue;
      if (!stockAgain.test(this.slice(candidate.end, value.offset))) phrase = candidate.text;
      break;
    }
    if (phrase === undefined) return undefined;
    const metric: FigureMetric = /ebitda/.test(phrase) ? 'ebitda-growth' : /revenue|sales/.test(phrase) ? 'revenue-growth' : 'earnings-growth';
    return { metric, text: phrase };
  }

  private sentenceMultipleKind(): string | undefined {
    const named = /(?:(forward|trailing|12-month forward|next[- ]12[- ]month)\s+(?:12-month\s+)?)?(?:p\/e|price[- ](?:to[- ])?earnings|price\/earnings|earnings multiple)/i.exec(this.sentence) ?? /\b\d+(?:\.\d+)?\s*(?:x|×|times)\s+(forward|trailing)?\s*(?:earnings|eps)/i.exec(this.sentence);
    if (!named) return undefined;
    const kind = named[1]?.toLowerCase() ?? '';
    return kind.includes('forward') ? 'forward' : kind;
  }
}

/** Words that make the stock the subject again after a growth phrase: "… and its shares jumped 8%". */
const stockAgain = /\b(?:shares?|stocks?|it|they)\b/i;
