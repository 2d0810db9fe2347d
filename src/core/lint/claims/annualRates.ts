// A return over several years is told two ways at once: the whole move and the rate a year that compounds to it.
// "has returned 61% over the past five years, an annualized 10%", "or about 10% a year": both values are true of one
// span, so read as one measure they conflict. spans.ts keys "a five-year annualized return of 12%" apart already;
// this reads the rate named at the value itself.

/** Words right before the value that make it a rate a year: "an annualized 10%", "an annualised return of 10%". */
const annualBefore = /\bannuali[sz]ed\s+(?:(?:total\s+)?(?:return|gain|rate|pace)\s+of\s+)?(?:(?:about|around|roughly|nearly|almost|some|just\s+over|more\s+than)\s+)?$/i;
/** Words right after it: "10% a year", "per year", "annually", "per annum", "p.a.", "on an annualized basis". */
const annualAfter = /^\s*(?:(?:a|per|each|every)\s+year\b(?!\s+(?:ago|earlier|before|later))|annuali[sz]ed\b|annually\b|per\s+annum\b|p\.\s?a\.|(?:on\s+an\s+)?annuali[sz]ed\s+basis\b|compounded\b)/i;

/**
 * The rate a year named as the measure, its value told further on: "The fund's annualized return over the past five
 * years was 9%". No other value stands between them (that one would be the rate's).
 */
const annualMeasureBefore = /\bannuali[sz]ed\s+(?:total\s+)?(?:returns?|gains?|performance)\b(?:(?!\d\s*(?:%|per\s*cent|percent))[^;])*$/i;

/** The value (the words `before` it in its segment and `after` it) states a rate a year, not the whole move. */
export function annualRate(before: string, after: string): boolean {
  return annualAfter.test(after) || (before.includes('annuali') && (annualBefore.test(before) || annualMeasureBefore.test(before)));
}

/**
 * The period key and label a rate a year is compared under: a span's annualized key ("span:60m:annualized"), the same
 * spans.ts gives "a five-year annualized return"; undefined for any other period ("since 2020, 12% a year"), which
 * then makes no claim.
 */
export function annualizedPeriod(key: string, label: string): { key: string; label: string } | undefined {
  if (!key.startsWith('span:')) return undefined;
  return key.endsWith(':annualized') ? { key, label } : { key: `${key}:annualized`, label: `${label}, annualized` };
}
