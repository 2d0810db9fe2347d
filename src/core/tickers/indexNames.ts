// The words that name an index before its code: `Nasdaq 100 (NDX)`, `the Dow DJIA, 1.72%`, `Cboe VIX (VIX)`. After
// them an index code is the index, not a company that happens to list under it.

import { precedingWord, type PrecedingWord } from './abbreviations';
import { isDigit } from './charCodes';
import { asxIndexCodes, indexCodes } from './exchanges';

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

/**
 * Whether the last word itself names an index: its code in capitals (`the VIX`, `the SPX`), an index's head word
 * (`Volatility Index`), or the number of a US benchmark after its word (`S&P 500`, `Russell 2000`). Narrower than
 * followsIndexName: "Cboe Global Markets" holds an index's word but ends in a company's.
 */
export function endsInIndexName(words: readonly PrecedingWord[]): boolean {
  const last = words.at(-1);
  if (last === undefined) return false;
  if (indexCodes.has(last.text) || indexHeads.has(last.parts.at(-1) ?? '') || isHyphenatedIndexName(last)) return true;
  const before = words.at(-2);
  return isDigit(last.text.charCodeAt(0)) && indexNameWords.has(last.text) && before !== undefined && indexNameWords.has(before.text.toLowerCase());
}

function isHyphenatedIndexName({ parts }: PrecedingWord): boolean {
  return parts.length === 2 && indexNameWords.has(parts[0]) && indexNameWords.has(parts[1]) && isDigit(parts[1].charCodeAt(0));
}

/** Words of a fund's name: "SPDR S&P Telecom ETF (XTL)" is the fund's symbol, whatever the ASX calls an index. */
const fundWords: ReadonlySet<string> = new Set(['etf', 'etfs', 'fund', 'trust', 'spdr', 'ishares']);

/**
 * Whether the code after the words is one of the S&P/ASX indices' ("the ASX200 (XJO)", "Energy (XEJ)", "the
 * Emerging Companies (XEC) index"), as Australian market wraps write them after the index's name: the ASX has one
 * namespace for its listings and its indices, so no share there is listed under them, and read as a US share's
 * symbol they quoted a company (XEC was Cimarex) or nothing. Only a fund's name before it makes it a fund's symbol.
 */
export function namesAsxIndex(root: string, words: readonly PrecedingWord[]): boolean {
  return asxIndexCodes.has(root) && !words.some((word) => word.parts.some((part) => fundWords.has(part)));
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

/**
 * Other markets' benchmarks by the codes their data vendors and quote boards give them (Bloomberg's "UKX", "NKY",
 * "SX5E"; the bare "DAX", "CAC", "TSX"), and the dollar index. We quote none of them as an index, and several are
 * listed shares' or funds' symbols too (DAX a Global X fund, CAC Camden National): in a row that names the index, the
 * code names no listing.
 */
export const benchmarkCodes: ReadonlySet<string> = new Set(
  ('UKX NKY N225 SX5E SX5P SXXP DAX GDAXI CAC FCHI FTSE MCX HSI HSCEI TSX SPTSX GSPTSE AS51 XJO AXJO XAO KOSPI KS11 ' +
    'TWSE TAIEX SENSEX NIFTY IBOV BVSP MEXBOL IBEX FTSEMIB SMI SSMI AEX OMX OMXS30 TPX TOPIX DXY DX SHCOMP SSEC CSI300 ' +
    'SHSZ300 STI JCI KLCI MERVAL RTY RUA RUI NDQ CCMP INDU TRAN').split(' '),
);

/** A US index by its name in a table's cell: "S&P 500", "Nasdaq Composite", "Russell 2000", "Dow Jones …", "the Dow". */
const usIndexName = /\b(?:s&p(?:\/[a-z]+)?\s*(?:500|400|600|100|1500)|nasdaq(?:[- ]100|\s+composite)|russell\s*(?:1000|2000|3000|microcap)|dow\s+jones|the\s+dow|dow\s+(?:industrials|transports|utilities)|cboe\s+vix|volatility\s+index|nyse\s+composite)\b/i;
/** A company's or a fund's word: "Global X DAX Germany ETF", "Dow Inc.", "S&P Global", "Nasdaq, Inc.". */
const listedNameWord = /\b(?:inc|corp|corporation|co|company|ltd|plc|group|holdings?|bank|global|etf|etn|fund|trust|shares|ishares|spdr|invesco|vanguard|proshares|direxion|ultra|leveraged|inverse)\b/i;

/**
 * Whether a table cell names an index, as a quote board's Name or Index column does: "Nasdaq Composite", "Germany DAX",
 * "France CAC 40", "FTSE 100", "S&P/TSX Composite", "US Dollar Index". Not a company's or a fund's name that holds one
 * ("SPDR S&P 500 ETF Trust", "Dow Inc.").
 */
export function cellNamesIndex(text: string): boolean {
  if (listedNameWord.test(text)) return false;
  if (usIndexName.test(text)) return true;
  const words = text.split(/\s+/).flatMap((written) => precedingWord(written) ?? []);
  return indexHeads.has(words.at(-1)?.parts.at(-1) ?? '') || endsInBenchmarkName(words);
}
