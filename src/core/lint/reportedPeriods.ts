// Periods of a company's reported results, which relative-time leaves alone though their words are relative: they
// name the period a report covers or the one it is compared with, both fixed the day the report came out, and a
// reader a month later still reads them as the report's.
//
// - the base of a comparison: "revenue rose 12% from a year earlier", "EPS of $0.42, up 18% from a year ago" (the
//   conflict reader marks these, claims/periods.ts), and the base written with its own amount, as earnings stories
//   write it: "up from $3.05 per share last year", "rose to $19.3 billion from $17.0 billion last year";
// - the report's own period after the measure: "Adjusted earnings for the quarter were $4.87 per share", "Revenue in
//   the quarter rose 9%" — the quarter the story is about, named elsewhere in it.
//
// A stock's or an index's move is never one ("Shares rose 9% for the quarter"; companyMeasures.ts's stock referents).

import { comparesReportedMeasure } from './claims/companyMeasures';
import type { PeriodPhrase } from './claims/periods';

/** The year-ago base a report's comparison names. */
const yearAgo = /^(?:last year|a year (?:ago|earlier)|the (?:prior|previous) year)$/i;
/** "from $3.05 per share", "versus 41 cents a share", "from $17.0 billion": the base's amount right before it. */
const amountBase =
  /\b(?:from|compared (?:with|to)|versus|vs\.?|against)\s+(?:[$€£¥]\s?)?\d[\d,.]*\s*(?:million|billion|trillion|bn|mn|cents?)?(?:\s+(?:a|per)\s+(?:diluted\s+)?share)?\s*$/i;
/** The period a report covers, named after its measure. */
const reportingPeriod = /^(?:for|in|during) the (?:quarter|period|three months|six months|nine months|half)$/i;
/** The measure right before the report's period: "Adjusted earnings for the quarter", "Revenue in the quarter". */
const measureRightBefore = /\S+\s*$/;

/** "per share" is an amount's unit, not the stock the clause is about. */
const perShare = /\b(?:a|per)\s+(?:diluted\s+)?share\b/gi;

export function isReportedResultsPeriod(block: string, period: PeriodPhrase): boolean {
  const before = block.slice(Math.max(0, period.offset - 160), period.offset);
  const words = block.slice(period.offset, period.offset + period.length);
  if (period.comparisonBase || (yearAgo.test(words) && amountBase.test(before))) return comparesReportedMeasure(before.replace(perShare, 'apiece'));
  return reportingPeriod.test(words) && comparesReportedMeasure(measureRightBefore.exec(before)?.[0] ?? '');
}
