// Cboe's Treasury yield indexes — TNX (10-year), TYX (30-year), FVX (5-year), IRX (13-week) — are how market copy
// tags a yield: "the 10-year Treasury yield (TNX)", "the 10-year (TNX) and 30-year (TYX)", and traders' "$TNX". No
// listed share uses those letters, so such a code is the index wherever a yield or a note's term is named before it,
// and never a company's symbol.

import type { PrecedingWord } from './abbreviations';

export const yieldIndexCodes: ReadonlySet<string> = new Set(['TNX', 'TYX', 'FVX', 'IRX']);

/** Words that name a Treasury yield or a note's term before its code: "yield", "Treasury", "10-year", "note". */
const yieldWords: ReadonlySet<string> = new Set(['yield', 'yields', 'treasury', 'treasuries', 'note', 'notes', 'bond', 'bonds', 'bill', 'bills', 'year', 'week', 'rate', 'rates']);

/** Whether `words`, before a yield index's code in a parenthesis, name a yield or a note's term. */
export function namesYield(words: readonly PrecedingWord[]): boolean {
  return words.slice(-4).some((word) => word.parts.some((part) => yieldWords.has(part)));
}
