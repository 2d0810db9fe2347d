// The words that name an index before its code: `Nasdaq 100 (NDX)`, `the Dow DJIA, 1.72%`, `Cboe VIX (VIX)`. After
// them an index code is the index, not a company that happens to list under it.

import type { PrecedingWord } from './abbreviations';
import { isDigit } from './charCodes';
import { indexCodes } from './exchanges';

// Cboe publishes the VIX and writers name it by its publisher: "Cboe VIX (VIX)".
const indexNameWords: ReadonlySet<string> = new Set(['index', 'average', 'composite', 'dow', 's&p', 'nasdaq', 'russell', '100', '500', '600', '2000', 'volatility', 'industrials', 'transports', 'smallcap', 'cboe']);

/** The words an index's name ends in: "U.S. Dollar Index (DXY)" names an index even when we do not map its code. */
export const indexHeads: ReadonlySet<string> = new Set(['index', 'average', 'composite']);

/**
 * Whether an index's name ends the words (`Nasdaq 100`, `the Dow`, `S&P 500`, hyphenated `NASDAQ-100`), or its
 * code in capitals names it (`the VIX`): an index code after them is the index.
 */
export function followsIndexName(words: readonly PrecedingWord[]): boolean {
  return words.slice(-4).some((word) => indexNameWords.has(word.text.toLowerCase().replace(/['’]s?$/, '')) || isHyphenatedIndexName(word) || indexCodes.has(word.text));
}

function isHyphenatedIndexName({ parts }: PrecedingWord): boolean {
  return parts.length === 2 && indexNameWords.has(parts[0]) && indexNameWords.has(parts[1]) && isDigit(parts[1].charCodeAt(0));
}

// Other markets' benchmarks, as wires name them before the code their data vendor gives them: "the Hang Seng (HSI)",
// "the FTSE 100 (UKX)", "Japan's Nikkei 225 (N225)", "the DAX (DAX)", "the Euro Stoxx 50 (SX5E)". We quote none of
// these codes as indexes, and a company listed under the same letters is another: the code names no listing.
const benchmarkWords: ReadonlySet<string> = new Set(
  ['seng', 'nikkei', 'ftse', 'dax', 'cac', 'stoxx', 'kospi', 'kosdaq', 'topix', 'sensex', 'nifty', 'ibovespa', 'bovespa', 'taiex', 'ibex', 'mib', 'smi', 'aex', 'omx', 'omxs30', 'asx', 'tsx', 'tasi', 'kse', 'jci', 'klci', 'psei', 'set', 'hsi', 'straits', 'merval', 'ipc', 'bel'],
);

/**
 * Whether the words end in another market's benchmark name: its word last ("the Hang Seng", "the DAX"), or its
 * word and its number ("FTSE 100", "Nikkei 225", "CAC 40", "Euro Stoxx 50"). "Hang Seng Bank" ends in a company's
 * word and names a company.
 */
export function endsInBenchmarkName(words: readonly PrecedingWord[]): boolean {
  const last = words.at(-1);
  if (last === undefined) return false;
  const named = (word: PrecedingWord | undefined) => word !== undefined && word.capitalised && benchmarkWords.has(word.parts.at(-1) ?? '');
  return named(last) || (/^\d{1,3}$/.test(last.text) && named(words.at(-2)));
}
