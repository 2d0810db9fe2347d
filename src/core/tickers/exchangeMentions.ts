// Exchange-qualified mentions glued to their colon in running text: `NASDAQ:AAPL`, `NYSEARCA:IWM`, `TYO:7203`.
// inlineMentions.ts finds the colons; this reads what is behind and ahead of each. The parenthesised forms,
// `(NASDAQ: AAPL)` and lists of venues, are listingParentheses.ts's.

import { asxIndexCodes, normalizeExchangeIn, type ExchangeId } from './exchanges';
import { isKoreanDataCode, listingVenue } from './listingSymbols';
import type { LineIndex } from './lineIndex';
import { ScannedMention, type TickerMention } from './mention';
import { isBlank, isDigit, isLetter, isWordChar } from './charCodes';
import { isPlaceholderSymbol } from './labels';
import { lengthWithoutOwnSuffix } from './venueSuffixes';

/**
 * A ticker as written: letters first, up to 7 characters (India's to 10, checked against the prefix when read), an
 * optional share class (`BRK.B`), `^` for indices.
 */
const symbolPattern = String.raw`\^?[A-Za-z][A-Za-z0-9]{0,9}(?:[.-][A-Za-z0-9]{1,2})?`;

// Found from their colon, which is rare in prose. Behind it: the prefix, standing alone; ahead of it, glued, the
// symbol, so prose like "Index: GDP" stays prose.
const longestPrefix = 20;
// Digits lead only numbered venues' symbols (`TYO:7203`, `HKEX:700`, `KRX:005930`), a dot only Google Finance's
// indices (`INDEXSP:.INX`): both checked against the prefix when read.
const gluedSymbol = new RegExp(`(${symbolPattern}|\\.[A-Z][A-Z0-9]{1,6}|\\d[0-9A-Z]{0,5})(?![\\w])`, 'y');

/** Writers' tickers are upper case; matching is case-insensitive only so prefixes like "Nasdaq" match. */
function isWrittenTicker(symbol: string): boolean {
  for (let i = 0; i < symbol.length; i++) {
    const code = symbol.charCodeAt(i);
    if (code >= 97 && code <= 122) return false;
  }
  return true;
}

export type ExchangeEmit = (symbol: string, exchange: TickerMention['exchange'], form: TickerMention['form'], at: number, length: number, symbolAt: number) => void;

/**
 * `NYSEARCA:IWM` around the colon at `colon`: a prefix glued to its symbol, standing alone. A prefix in a parenthesis
 * is listingParentheses.ts's, which reads the whole list.
 */
export function scanExchangeMention(segment: string, colon: number, emit: ExchangeEmit): void {
  const behind = prefixBefore(segment, colon);
  if (!behind) return;
  const { exchange, prefixAt, prefixEnd } = behind;
  gluedSymbol.lastIndex = colon + 1;
  const symbol = gluedSymbol.exec(segment)?.[1];
  if (symbol === undefined || !isWrittenTicker(symbol) || isPlaceholderSymbol(symbol)) return;
  if (symbol.charCodeAt(0) === 46 /* . */ && exchange !== 'INDEX') return;
  // `TYO:7203`, `HKEX:700`: a symbol the venue cannot list (`NYSE:2025`, `HKEX:ABC`) is no listing at all.
  const venue = listingVenue(exchange, segment.slice(prefixAt, prefixEnd), symbol);
  // `LSE:VOD.L`: the suffix says the venue again, the listing is VOD (venueSuffixes.ts).
  if (venue !== undefined) emit(symbol.slice(0, lengthWithoutOwnSuffix(symbol, venue)), venue, 'exchange', prefixAt, colon + 1 + symbol.length - prefixAt, colon + 1);
}

/**
 * The exchange prefix glued to the colon at `colon` ("NYSEARCA" in `NYSEARCA:IWM`, "NYSE American" in `NYSE
 * American:UUUU`): read the run of letters behind it, then try it word by word from the left. Cheaper than a regex
 * anchored at the end, which V8 would try from every position behind the colon. Undefined for a prefix spaced from
 * its colon, in a parenthesis or in a list of venues (`TSX, NYSE: both`), or glued to a longer word (`XNYSE:`).
 */
function prefixBefore(segment: string, colon: number): { exchange: ExchangeId; prefixAt: number; prefixEnd: number } | undefined {
  // Most colons ("4:00", `"key":`) have no letter before them; B3's name ends on a digit after one (`B3:PETR4`).
  if (colon === 0 || !(isLetter(segment.charCodeAt(colon - 1)) || (colon > 1 && isDigit(segment.charCodeAt(colon - 1)) && isLetter(segment.charCodeAt(colon - 2))))) return undefined;
  // Prefixes are one or two words ("NYSE American"): try the last two words, then the last one.
  const lastWordAt = wordStartBefore(segment, colon);
  const secondLastEnd = skipBlanksBack(segment, lastWordAt);
  const twoWordsAt = secondLastEnd < lastWordAt && secondLastEnd > 0 ? wordStartBefore(segment, secondLastEnd) : lastWordAt;
  for (let at = twoWordsAt; at !== -1; at = at === lastWordAt ? -1 : lastWordAt) {
    if (colon - at > longestPrefix) continue;
    const exchange = normalizeExchangeIn(segment, at, colon);
    if (exchange === undefined) continue;
    const opener = skipBlanksBack(segment, at);
    const before = opener > 0 ? segment.charCodeAt(opener - 1) : -1;
    if (before === 40 /* ( */ || ((before === 47 /* / */ || before === 44) /* , */ && followsVenue(segment, opener - 1))) return undefined;
    const previous = at > 0 ? segment.charCodeAt(at - 1) : -1;
    if (isWordChar(previous) || previous === 58 /* : */) return undefined;
    return { exchange, prefixAt: at, prefixEnd: colon };
  }
  return undefined;
}

/** Whether a venue's name ends at the separator at `separator`: a list of venues ("TSX, NYSE: both"), not a prefix. */
function followsVenue(segment: string, separator: number): boolean {
  const end = skipBlanksBack(segment, separator);
  return normalizeExchangeIn(segment, wordStartBefore(segment, end), end) !== undefined;
}

/** Start of the run of letters (and dashes, as in TSX-V; a last digit, as in B3) that ends at `end`. */
function wordStartBefore(segment: string, end: number): number {
  let at = end;
  if (at > 1 && isDigit(segment.charCodeAt(at - 1)) && isLetter(segment.charCodeAt(at - 2))) at--;
  while (at > 0 && isPrefixChar(segment.charCodeAt(at - 1))) at--;
  return at;
}

function skipBlanksBack(segment: string, at: number): number {
  while (at > 0 && isBlank(segment.charCodeAt(at - 1))) at--;
  return at;
}

function isPrefixChar(code: number): boolean {
  return isLetter(code) || code === 45 /* - */;
}

/** An exchange mention as the scan keeps it: `^RUT` and `.INX` are the indices RUT and INX. */
export function exchangeMention(
  lines: LineIndex,
  written: string,
  exchange: TickerMention['exchange'],
  form: TickerMention['form'],
  offset: number,
  length: number,
  symbolOffset: number,
): TickerMention {
  // `^RUT` is the index RUT: the caret (or Google's dot, `INDEXSP:.INX`) is how writers mark an index, not part of the symbol.
  // `KOSE:A005930`: the A is the data vendor's, the listing the six digits after it (listingSymbols.ts).
  const caret = written.charCodeAt(0) === 94 || written.charCodeAt(0) === 46 || (exchange === 'KRX' && isKoreanDataCode(written)) ? 1 : 0;
  const symbol = caret === 0 ? written : written.slice(caret);
  // `(ASX: XJO)`: the Australian market's indices are written as its listings are.
  const venue = exchange === 'ASX' && asxIndexCodes.has(symbol) ? 'INDEX' : exchange;
  return new ScannedMention(symbol, venue, form, offset, length, symbolOffset + caret, symbol.length, lines);
}
