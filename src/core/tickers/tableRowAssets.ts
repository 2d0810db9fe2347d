// A quote board lists more than stocks: "| Ticker | Index | Close |" over "| COMP | Nasdaq Composite |", "| Symbol |
// Name | Last |" over "| ES | E-mini S&P 500 |" and "| CL | WTI crude |". Their codes are listed shares' symbols too
// (COMP is Compass, DAX a Global X fund, ES Eversource, CL Colgate-Palmolive): read as stocks, the hover would quote the
// company and price-drift would hold an index level or a futures price against a share's. What tells them apart is
// the row's own name cell, or a column headed "Index". A row that names an index reads a code we map as that index
// (`COMP` → the Nasdaq Composite, as `INDEX: COMP` is); a code we do not map (`DAX`, `UKX`, `NKY`) names no listing.
// A row that names a future or a commodity, with a futures code, or a currency, with its ISO code, names no listing; nor
// does a futures contract with its month and year (`CLF27`), whatever the row says. Any other symbol stays a stock:
// "| GLD | Gold |" is the gold fund, "| AAPL | S&P 500 |" a member of the index.

import { commodityNameWords, isAnyFuturesCode, isCurrencyCode, isCurrencyUnit, isDatedFuturesContract } from './commodityAndCurrencyCodes';
import { indexCodes } from './exchanges';
import { benchmarkCodes, cellNamesIndex } from './indexNames';

export interface RowCell {
  /** The cell's text, without emphasis. */
  readonly text: string;
  /** Whether its column is headed "Index" ("Indices", "Benchmark"): its every cell is an index's name. */
  readonly underIndexHeader: boolean;
}

/** "Index", "Indices", "Benchmark": a column of index names beside a Ticker column. */
export const indexColumnHeader = /^(?:index|indices|indexes|benchmarks?)$/i;

/** Whether the row could name something other than a listing by `symbol` (a cheap test before reading its cells). */
export function mayNameOtherAsset(symbol: string): boolean {
  return indexCodes.has(symbol) || benchmarkCodes.has(symbol) || isAnyFuturesCode(symbol) || isCurrencyCode(symbol) || isDatedFuturesContract(symbol);
}

/**
 * What a Symbol cell's `symbol` (written without a venue) is, read from the row's other cells: 'index' for an index we
 * quote, 'unlisted' for one we do not, a future, a commodity or a currency; undefined for a listing, as written.
 */
export function rowAsset(symbol: string, cells: readonly RowCell[]): 'index' | 'unlisted' | undefined {
  if (isDatedFuturesContract(symbol)) return 'unlisted';
  const futures = isAnyFuturesCode(symbol);
  const currency = isCurrencyCode(symbol);
  const index = indexCodes.has(symbol);
  const benchmark = benchmarkCodes.has(symbol);
  for (const cell of cells) {
    if (futures && cellNamesFuture(cell.text)) return 'unlisted';
    if (currency && cellNamesCurrency(cell.text)) return 'unlisted';
    if ((index || benchmark) && ((cell.underIndexHeader && /\p{L}/u.test(cell.text)) || cellNamesIndex(cell.text))) return index ? 'index' : 'unlisted';
  }
  return undefined;
}

/** Words a future's or a commodity's name may carry beside the commodity's: "Crude oil (WTI) front month", "Gold spot". */
const futuresWords: ReadonlySet<string> = new Set(
  'futures future front month spot continuous contract comex nymex cbot ice lme cme henry hub us u.s. $/bbl bbl barrel $/oz oz ounce troy mmbtu bushel lb'.split(' '),
);
/** A future's own word: "E-mini S&P 500", "Nasdaq 100 futures", "10-yr note future". */
const futureNamed = /\b(?:futures?|e-?mini|front[- ]month)\b/i;
/** A fund that holds futures is a listing: "Crude oil futures ETF", "United States Oil Fund". */
const fundWord = /\b(?:etf|etn|fund|trust|shares|inc|corp|ltd|plc)\b/i;

/** Whether a cell names a future or a commodity: "WTI crude", "Natural gas", "E-mini S&P 500", "Copper (LME)". */
function cellNamesFuture(text: string): boolean {
  if (fundWord.test(text)) return false;
  if (futureNamed.test(text)) return true;
  const words = text.toLowerCase().split(/[\s(),]+/).filter((word) => word !== '');
  return words.length > 0 && words.some((word) => commodityNameWords.has(word)) && words.every((word) => commodityNameWords.has(word) || futuresWords.has(word));
}

/** Whether a cell names a currency by its unit: "Japanese yen", "Euro", "Swiss franc". */
function cellNamesCurrency(text: string): boolean {
  const words = text.toLowerCase().split(/\s+/);
  return !fundWord.test(text) && isCurrencyUnit(words.at(-1)?.replace(/['’]s?$/, '') ?? '');
}
