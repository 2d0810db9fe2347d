// "The S&P 500 rose 1.2% this week, while the Nasdaq gained 2.0% over the same stretch": a reference back that says
// "same" names the period named just before it — the one period its sentence named earlier, or, opening a sentence
// ("Over the same period, the Nasdaq gained 2.0%."), the one period the sentence before it named (figures.ts's
// answeredPeriod hands that one over). Anything less certain stays a reference back, which makes no claim (spans.ts):
// "over that period" without "same" (which one?), two periods named before it, a "same period" with a time after it ("in the same
// period last year": a year-ago base), and any sentence about earnings, revenue or other reported measures, where
// "the same period" is most often last year's.

import type { PeriodPhrase } from './periods';

/** The reference's own words: "same" is what makes it the period just named. */
const sameWord = /\bsame\b/i;

/** What may follow the reference: the clause ends there (not "… the same period last year", "… of 2025"). */
const clauseEndAfter = /^\s*(?:[.,;:!?)\]—–]|-{1,2}\s|$|(?:and|while|but|whereas|as)\b)/i;

/** A reported measure, whose "same period" is most often the year-ago one. */
const reportedMeasure = /\b(?:earnings|profits?|eps|revenues?|sales|ebitda|income|bookings|deliveries|margins?|shipments|orders|subscribers)\b/i;

/** What opens a sentence before its reference: emphasis, a quotation mark or a list's marker. */
const openingOnly = /^[\s*_>"“-]*$/;

/**
 * The periods with each "same" reference read as the period it names: `answered` is the sentence before's one period
 * when this sentence opens as the other side of its comparison (PeriodPhrase.answers), else undefined.
 */
export function withSameReferencesRead(periods: readonly PeriodPhrase[], sentence: string, base: number, answered: PeriodPhrase | undefined): readonly PeriodPhrase[] {
  if (!periods.some(isReferenceBack) || reportedMeasure.test(sentence)) return periods;
  return periods.map((period) => {
    if (!isReferenceBack(period)) return period;
    const from = period.offset - base;
    if (!sameWord.test(sentence.slice(from, from + period.length)) || !clauseEndAfter.test(sentence.slice(from + period.length))) return period;
    const earlier = periods.filter((other) => other.offset < period.offset && !other.cutoff && !other.moveBase);
    const named = earlier.length > 0 ? theOnePeriod(earlier) : answered?.answers && openingOnly.test(sentence.slice(0, from)) ? answered : undefined;
    if (!named) return period;
    // The period is named where the words first named it: the reference is no relative time of its own (MN005).
    const { relative: _relative, answers: _answers, ...read } = named;
    return { ...read, offset: period.offset, length: period.length };
  });
}

function isReferenceBack(period: PeriodPhrase): boolean {
  return period.refersBack === true && period.key === 'back';
}

/** The one period the list names, if every phrase names the same one and none is in doubt. */
function theOnePeriod(periods: readonly PeriodPhrase[]): PeriodPhrase | undefined {
  const [first] = periods;
  return periods.every((period) => period.key === first.key && !period.refersBack && !period.growthOnly && !period.comparisonBase) ? first : undefined;
}
