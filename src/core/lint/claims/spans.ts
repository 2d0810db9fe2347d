// Trailing spans — a window that ends at the as-of date and is counted back from it, never the year to date — and
// references back to a period named before. periods.ts joins these patterns into its one alternation and hands the
// match back here to be keyed.
//   span:3m    "over the past three months", "in the last 12 months", "past week"
//   span:60m   "over five years" (no "the past" needed), "over a five-year period", "on a one-year basis", "in the
//              trailing one-year period", "its 1-year total return"
//   span:12m   "up 14% from a year ago", "than a year earlier": the base of a comparison, so the figure's period only
//              where its words name no other ("third-quarter revenue rose 9% from a year ago" is the quarter's)
//   (back)     "during this time", "over that period", "in the same stretch": the period of an earlier sentence —
//              which one the words do not say, so it makes no claim, and no heading's period stands in for it

import { numberPattern, numberValue } from './text';

interface SpanGroups {
  readonly [name: string]: string | undefined;
}

/** What periods.ts needs of a span: kept apart from its PeriodPhrase to keep the import one-way. */
export interface SpanPeriod {
  readonly key: string;
  readonly open: boolean;
  readonly label: string;
  readonly comparisonBase?: boolean;
  readonly refersBack?: boolean;
}

const units = String.raw`(?:sessions?|trading days?|days?|weeks?|months?|years?)`;

export const spanPatterns = [
  String.raw`(?<span>\b(?:over|in|during|for) the (?:past|last|previous|prior|trailing) (?:(?<spanCount>${numberPattern}) )?(?<spanUnit>${units})\b)`,
  // "gained 84% over five years": a count of units after a bare "over" ("in over a year", "for over five years" and
  // "more than" read "over" as a quantity; "over two years ago" is a point, not a window).
  String.raw`(?<bareSpan>\bover(?<!\b(?:in|for|than|of|within|after|to|just|well) over) (?<bareCount>${numberPattern}) (?<bareUnit>${units})\b(?! (?:ago|earlier|later|before|after|old)\b))`,
  // "over a five-year period", "on a one-year basis", "in the trailing one-year period", "its 1-year total return":
  // the span as an adjective on a noun that is a window or a return over it ("a ten-year high" is a record). A fund's
  // page may put the rate's kind first: "an annualised three-year return of 8%".
  String.raw`(?<adjSpan>\b(?:(?:over|in|during|for|on) (?:a|an|the) )?(?:(?<adjKindLead>annuali[sz]ed|average annual) )?(?:(?:trailing|past|last|rolling) )?(?<adjCount>${numberPattern})[- ](?<spanAdjUnit>years?|months?|weeks?) (?:(?<adjKind>total|cumulative|annuali[sz]ed|average annual) )?(?:period|basis|stretch|span|window|time ?frame|returns?|performance)\b)`,
  String.raw`(?<yearAgo>\b(?:from|than|versus|vs\.?|compared (?:with|to)|over) (?:a|one|twelve|12) (?:year|months) (?:ago|earlier|before)\b)`,
  // Not "for the period ended Sept. 30": a period with its own date is not a reference back.
  String.raw`(?<refBack>\b(?:during|over|in|for|across|throughout) (?:(?:this|that|the) same|this|that|the) (?:time|period|stretch|span|time ?frame|window)\b(?! (?:ended|ending|to|through|from|of)\b))`,
];

/** The span a match of one of spanPatterns names; undefined for another kind of match, null for one to skip. */
export function readSpan(g: SpanGroups): SpanPeriod | null | undefined {
  if (g.refBack !== undefined) return { key: 'back', open: false, label: 'the period named before', refersBack: true };
  if (g.yearAgo !== undefined) return { ...trailing(12, 'month'), comparisonBase: true };
  // "gained 0.03% in the previous session", "in the prior day": the one session before the one the story is about —
  // the day before a day the sentence names, or before the note's — not a window that ends at the as-of date. Which
  // session the words do not say, so it is read as a reference back: its value makes no claim, and lends no period.
  if (g.span !== undefined && g.spanCount === undefined && /\b(?:previous|prior)\s+(?:session|trading day|day)$/i.test(g.span)) {
    return { key: 'back', open: false, label: 'the session before', refersBack: true };
  }
  const written = g.span !== undefined ? (g.spanCount ?? 'one') : (g.bareCount ?? g.adjCount);
  if (written === undefined) return undefined;
  const count = numberValue(written);
  if (count === undefined || count === 0) return null;
  const unit = (g.spanUnit ?? g.bareUnit ?? g.spanAdjUnit)!.toLowerCase().replace(/^trading /, '').replace(/s$/, '');
  const span = trailing(count, unit);
  // "a five-year annualized return of 12%" is a rate a year, not the cumulative move "over five years" states.
  if (/annual/i.test(g.adjKind ?? g.adjKindLead ?? '')) return { ...span, key: `${span.key}:annualized`, label: `${span.label}, annualized` };
  return span;
}

function trailing(count: number, unit: string): SpanPeriod {
  const [amount, short] = unit === 'year' ? [count * 12, 'm'] : unit === 'month' ? [count, 'm'] : unit === 'week' ? [count * 5, 'd'] : [count, 'd'];
  return { key: `span:${amount}${short}`, open: true, label: `the past ${count} ${unit}${count === 1 ? '' : 's'}` };
}
