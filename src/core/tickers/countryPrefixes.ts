// A country code as a listing's prefix, the way S&P Global's data and the mining-trade press built on it write a
// listing: `Mineral Co's (AU:MIN)`, `(LN:RRS)`, `(JP:5713)`, `(US:NEM)`. A country is not a venue, so only the codes
// whose country has exactly one market in our exchange model are read: Australia is the ASX, Britain is London (AIM
// included), Japan is Tokyo, Hong Kong is HKEX (`(HK:0700)`). `US` is read as the Bloomberg composite is: a US listing whose venue is unsaid, which is
// how a bare symbol is quoted anyway. Canada (`CN`, `CA`) has two of our markets, TSX and TSX Venture, and a junior
// miner quoted on the wrong one is a wrong price: stepped over, as a venue we do not map is.
// Two letters before a colon are also prose's ("(US: 3.2%)", "(UK: 12)"), so listingParentheses.ts reads the form
// only in a parenthesis after a capitalised name, and `countryListingFits` checks the symbol.

import { isCommonAbbreviation } from './abbreviations';
import { isDigit, isUpper } from './charCodes';
import type { ExchangeId } from './exchanges';
import { precedingWords } from './precedingWords';

/** Country codes read as a prefix; null for the US, whose listings are quoted without a venue. */
const countryMarkets: ReadonlyMap<string, ExchangeId | null> = new Map<string, ExchangeId | null>([
  ['AU', 'ASX'],
  ['LN', 'LSE'],
  ['JP', 'TYO'],
  ['HK', 'HKEX'],
  ['US', null],
]);

/**
 * The market a country code written as a prefix names (segment[start, end), two capitals): a venue, null for the US
 * (a listing whose venue is unsaid), undefined for any other text.
 */
export function countryPrefixMarket(segment: string, start: number, end: number): ExchangeId | null | undefined {
  if (end - start !== 2) return undefined;
  return countryMarkets.get(segment.slice(start, end));
}

/**
 * Whether `symbol`, written after a country code for `market`, is shaped like that market's listings: Tokyo's four
 * characters led by digits (`5713`, `130A`), Hong Kong's four or five digits as data pages pad them (`0700`, `09988`;
 * a short figure, `(HK: 12)`, is a count, and one that reads as a year, `(HK: 2025)`, is a year, as `(SGX: 2025)` is),
 * elsewhere letters first; never a usual abbreviation (`(US: CPI)`).
 */
export function countryListingFits(symbol: string, market: ExchangeId | null, ignore?: ReadonlySet<string>): boolean {
  if (market === 'TYO') return symbol.length === 4 && isDigit(symbol.charCodeAt(0));
  if (market === 'HKEX') return /^\d{4,5}$/.test(symbol) && !/^(?:19|20)\d\d$/.test(symbol);
  return isUpper(symbol.charCodeAt(0)) && !isCommonAbbreviation(symbol.split('.')[0], ignore);
}

/** Whether the word just before the parenthesis at `open` (not before `start`) is capitalised: a company's name. */
export function followsCapitalisedName(segment: string, open: number, start: number): boolean {
  return precedingWords(segment, open, 1, start).at(-1)?.capitalised === true;
}
