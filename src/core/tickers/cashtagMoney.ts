// A `$` before capitals is money as often as it is a cashtag. Australian, Canadian and Asian outlets put the
// currency's marker after the dollar sign and glue the amount on (`$US1.2 billion`, `$A2.5bn`, `$HK300m`); tables
// and captions give a scale after it (`Revenue ($M)`, `figures in $B`, `($MM)`); forex traders tag a pair
// (`$EURUSD`), and writers name the currency ("priced in $USD"). None is a listing. The scale letters are also
// symbols (`$M` Macy's, `$K` Kellanova, `$T` AT&T, `$BN` Brookfield), so a scale is read only where the words say
// so: after "in", or alone in a parenthesis after a measure ("Revenue ($M)") rather than after the company the
// letters fit ("Macy's ($M)", "AT&T ($T)").

import { namesMeasure, singleLetterFitsName } from './abbreviations';
import { isBlank, isDigit, isLetter } from './charCodes';
import { isCurrencyCode, isCurrencyPair } from './commodityAndCurrencyCodes';
import { precedingWords } from './precedingWords';

/** Markers written between the `$` and the amount: US, Australian, New Zealand, Canadian, Hong Kong, Singapore, Taiwan. */
const currencyMarkers: ReadonlySet<string> = new Set(['US', 'A', 'AU', 'AUD', 'NZ', 'C', 'CA', 'CAD', 'HK', 'S', 'SG', 'NT']);
/** The markers written apart from the amount (`$US 900 million`); `$A`, `$C`, `$S` so written may be cashtags. */
const spacedMarkers: ReadonlySet<string> = new Set(['US', 'AU', 'NZ', 'HK', 'SG']);
/**
 * Labels a scale follows in comps tables and captions that are no measure's word elsewhere: "Mkt cap ($B)", "AUM
 * ($T)", "EV ($B)", "NAV ($M)".
 */
const scaledLabels: ReadonlySet<string> = new Set(['cap', 'caps', 'mkt', 'mktcap', 'marketcap', 'aum', 'ev', 'tev', 'nav', 'amt', 'amount', 'size', 'float']);
/** Scales written after a `$`: thousands, millions, billions, trillions. */
const scales: ReadonlySet<string> = new Set(['K', 'M', 'MM', 'MN', 'MLN', 'B', 'BN', 'BLN', 'T', 'TN']);

/** Whether the cashtag-shaped text[dollar, end) (`$` and capitals) is money, not a ticker; `floor` is the run's start. */
export function isMoneyNotTicker(text: string, dollar: number, end: number, floor: number): boolean {
  const symbol = text.slice(dollar + 1, end);
  let letters = 0;
  while (letters < symbol.length && !isDigit(symbol.charCodeAt(letters))) letters++;
  if (letters < symbol.length) return currencyMarkers.has(symbol.slice(0, letters));
  // "in $US terms": no listing is US; `$AU` and `$SG` alone are AngloGold's and Sweetgreen's, before an amount money.
  if (symbol === 'US' || isCurrencyPair(symbol) || (spacedMarkers.has(symbol) && amountFollows(text, end))) return true;
  // "priced in $USD", "in $AUD terms", "costs of $USD 5m": the currency itself; tagged alone, `$USD` may be the fund
  // of that symbol.
  if (isCurrencyCode(symbol)) return followsIn(text, dollar, floor) || amountFollows(text, end);
  return scales.has(symbol) && readsAsScale(text, dollar, symbol, floor);
}

function readsAsScale(text: string, dollar: number, symbol: string, floor: number): boolean {
  if (followsIn(text, dollar, floor)) return true; // "figures in $M", "(in $B)"
  if (dollar <= floor || text.charCodeAt(dollar - 1) !== 40 /* ( */) return false;
  const words = precedingWords(text, dollar - 1, 4, floor);
  const last = words.at(-1);
  // A caption or a header's cell: "Revenue ($M)", "costs ($MM)", "Market Cap ($B)", "Mkt cap ($B)", "Total AUM ($T)",
  // "| ($M) |".
  if (last === undefined || namesMeasure(last) || last.parts.some((part) => scaledLabels.has(part))) return true;
  // "Macy's ($M)", "Brookfield ($BN)": the company the letters belong to. After other words in lower case, a cashtag
  // in a sentence ("the shares moved ($K)").
  return last.capitalised && !singleLetterFitsName(symbol[0], words);
}

/** Whether an amount follows the tag at `end`, past blanks: `$US 900 million`. */
function amountFollows(text: string, end: number): boolean {
  let at = end;
  while (isBlank(text.charCodeAt(at))) at++;
  return at > end && isDigit(text.charCodeAt(at));
}

/** Whether the word "in" stands right before the `$` at `dollar`, past blanks. */
function followsIn(text: string, dollar: number, floor: number): boolean {
  let at = dollar;
  while (at > floor && isBlank(text.charCodeAt(at - 1))) at--;
  if (at === dollar || at - 2 < floor || text.slice(at - 2, at).toLowerCase() !== 'in') return false;
  return at - 2 === floor || !isLetter(text.charCodeAt(at - 3));
}
