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
