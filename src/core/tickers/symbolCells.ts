// A quote table's Symbol cell, read the way the prose scan reads the same written forms, so a ticker pasted from
// running text into a table keeps its venue: `AAPL`, `$KO`, `^DJI`, `BRK.B`, `NYSE: KO`, `Nasdaq: META`, `NYSE
// American: UUUU`, `TYO: 7203`, `TSE Prime: 6758`, `ASX: BHP`, `NYSE: $KO`, the Reuters `KO.N` / `BRKb.N`, and
// Bloomberg's `VOD LN` / `7203 JP`, the venue in parentheses after it, `AAPL (NASDAQ)`; with emphasis or link text
// around it (`**KO**`, `[KO](…)`). The exchange written in the cell wins over the row's Exchange column. Read by hand,
// once per row: no regex per cell.

import { readBloombergListing } from './bloombergMentions';
import { isBlank, isDigit, isLower, isUpper, isUpperOrDigit } from './charCodes';
import { normalizeExchange, type ExchangeId } from './exchanges';
import { classSuffixVenueAt, ricClassLetterFits, ricRootFits, ricSuffixExchange } from './venueSuffixes';
import { isIndianSuffixAt, isKoreanDataCode, listingVenue, longestIndianSymbol, longestSymbolOn } from './listingSymbols';
import { readNumberedRic } from './numberedRics';

export interface SymbolCellMention {
  readonly symbol: string;
  readonly exchange: ExchangeId | undefined;
  /** The written mention: from the `$`, prefix or symbol to the end of the symbol with its venue suffix or code. */
  readonly offset: number;
  readonly length: number;
  readonly symbolOffset: number;
  readonly symbolLength: number;
}

/** The ticker the Symbol cell text[start, end) (trimmed) holds, or undefined when it holds anything else. */
export function readSymbolCell(text: string, start: number, end: number, rowExchange: ExchangeId | undefined): SymbolCellMention | undefined {
  // Emphasis or a link around the symbol: `**KO**`, `_KO_`, `[KO](https://…)`.
  let from = start;
  let to = withoutFootnoteMark(text, start, end);
  if (text.charCodeAt(from) === 91 /* [ */) {
    const close = indexWithin(text, 93 /* ] */, from, to);
    if (close === -1 || text.charCodeAt(close + 1) !== 40 /* ( */ || text.charCodeAt(to - 1) !== 41 /* ) */) return undefined;
    from++;
    to = close;
  } else {
    const mark = text.charCodeAt(from);
    if (mark === 42 || mark === 95) {
      const marks = text.charCodeAt(from + 1) === mark ? 2 : 1;
      from += marks;
      if (text.charCodeAt(to - 1) === mark) to -= marks === 2 && text.charCodeAt(to - 2) === mark ? 2 : 1;
    } else if (text.charCodeAt(to - 1) === 42 || text.charCodeAt(to - 1) === 95) {
      to -= text.charCodeAt(to - 2) === text.charCodeAt(to - 1) ? 2 : 1;
    }
  }
  const offset = from;
  let at = from;
  if (text.charCodeAt(at) === 36 /* $ */) at++;
  // An exchange prefix before a colon: `NYSE: KO`, `Nasdaq : META`, `TSE Prime: 6758`.
  let exchange: ExchangeId | undefined;
  let prefix = '';
  const colon = indexWithin(text, 58 /* : */, at, to);
  if (colon !== -1) {
    prefix = text.slice(at, colon).trim();
    exchange = normalizeExchange(prefix);
    if (exchange === undefined) return undefined; // `BVL: BAP`: a venue we do not place is not read
    at = colon + 1;
    while (isBlank(text.charCodeAt(at))) at++;
    if (text.charCodeAt(at) === 36) at++;
  }
  const caret = text.charCodeAt(at) === 94; /* ^ */
  // `KOSE: A005930`: the data vendor's A before a Korean listing's digits (listingSymbols.ts).
  const symbolOffset = caret || (exchange === 'KRX' && isKoreanDataCode(text.slice(at, at + 7))) ? at + 1 : at;
  let p = symbolOffset;
  const first = text.charCodeAt(p);
  if (!isUpper(first) && !(isDigit(first) && !caret)) return undefined;
  p++;
  // Read as far as India's longest (`TATAMOTORS.NS`), then held to the venue's: a long root needs India's suffix or
  // an Indian venue, as the prose scan reads `RELIANCE.NS` (bareRics.ts).
  while (p - symbolOffset < longestIndianSymbol && isUpperOrDigit(text.charCodeAt(p))) p++;
  const rootEnd = p;
  if (rootEnd - symbolOffset > longestSymbolOn(exchange ?? rowExchange) && (exchange !== undefined || to - rootEnd !== 3 || !isIndianSuffixAt(text, rootEnd))) return undefined;
  // `HKEX: HSBC`: a venue that numbers its listings has none written in letters.
  if (exchange !== undefined && !isDigit(first) && listingVenue(exchange, prefix, text.slice(symbolOffset, rootEnd)) === undefined) return undefined;
  if (isDigit(first)) {
    // Numbered listings: `TYO: 7203`, `HKEX: 0700`, `KRX: 005930`, the RICs `7203.T`, `0700.HK`, or Bloomberg's `7203 JP`.
    if (exchange !== undefined) {
      const numbered = rootEnd === to ? listingVenue(exchange, prefix, text.slice(symbolOffset, rootEnd)) : undefined;
      return numbered === undefined ? undefined : cellMention(text, numbered, offset, to, symbolOffset, rootEnd);
    }
    const ric = readNumberedRic(text, symbolOffset, rootEnd);
    if (ric !== undefined && ric.end === to) return { symbol: text.slice(symbolOffset, rootEnd), exchange: ric.venue, offset, length: to - offset, symbolOffset, symbolLength: rootEnd - symbolOffset };
    const listing = readBloombergListing(text, symbolOffset, rootEnd);
    if (listing === undefined || listing.end !== to) return undefined;
    return { symbol: listing.symbol, exchange: listing.exchange, offset, length: to - offset, symbolOffset, symbolLength: listing.symbolEnd - symbolOffset };
  }
  if (caret) {
    return rootEnd === to ? cellMention(text, exchange ?? rowExchange ?? 'INDEX', offset, to, symbolOffset, rootEnd) : undefined;
  }
  if (rootEnd === to) return cellMention(text, exchange ?? rowExchange, offset, to, symbolOffset, rootEnd);
  // The venue in parentheses after the symbol, as a "Ticker (Exchange)" column writes it: `AAPL (NASDAQ)`, `SHOP (TSX)`.
  const venueAfter = exchange === undefined && isBlank(text.charCodeAt(rootEnd)) ? venueInParenthesesAt(text, rootEnd, to, text.slice(symbolOffset, rootEnd)) : undefined;
  if (venueAfter !== undefined) return cellMention(text, venueAfter, offset, to, symbolOffset, rootEnd);
  if (text.charCodeAt(rootEnd) === 32 || text.charCodeAt(rootEnd) === 47 /* / */) {
    // Bloomberg: `VOD LN`, `BRK/B US`, `AAPL US Equity`.
    const listing = readBloombergListing(text, symbolOffset, rootEnd);
    if (listing === undefined || listing.end !== to) return undefined;
    return { symbol: listing.symbol, exchange: exchange ?? listing.exchange ?? rowExchange, offset, length: to - offset, symbolOffset, symbolLength: listing.symbolEnd - symbolOffset };
  }
  // A share class (`BRK.B`, `BF-B`) or a Reuters venue suffix (`KO.N`, `BRKb.N`), as readItem reads them in prose.
  let dot = rootEnd;
  const classLetter = isLower(text.charCodeAt(dot)) ? text[dot++] : undefined;
  const separator = text.charCodeAt(dot);
  if (separator !== 46 && separator !== 45) return undefined;
  // Yahoo's class on a venue abroad, its suffix after the class: `ERIC-B.ST`, `RCI-B.TO`.
  const classed = classLetter === undefined && dot - symbolOffset >= 2 && isUpper(text.charCodeAt(dot + 1)) ? classSuffixVenueAt(text, dot + 2, to) : undefined;
  if (classed !== undefined && classed.end === to) {
    return { symbol: text.slice(symbolOffset, dot + 2), exchange: exchange ?? classed.venue, offset, length: to - offset, symbolOffset, symbolLength: dot + 2 - symbolOffset };
  }
  const suffixEnd = to;
  const suffixLength = suffixEnd - dot - 1;
  if (suffixLength < 1 || suffixLength > 2) return undefined;
  for (let i = dot + 1; i < suffixEnd; i++) if (!isUpperOrDigit(text.charCodeAt(i))) return undefined;
  const suffix = text.slice(dot + 1, suffixEnd);
  const suffixVenue = separator === 46 && suffix !== 'A' && suffix !== 'B' ? ricSuffixExchange(suffix) : undefined;
  // `DBSM.SI`: Reuters' own root for a Singapore listing, read as a suffix we do not map is (venueSuffixes.ts).
  const venue = suffixVenue !== undefined && ricRootFits(suffixVenue, text.slice(symbolOffset, rootEnd)) ? suffixVenue : undefined;
  if (venue !== undefined) {
    if (classLetter !== undefined && !ricClassLetterFits(venue)) return undefined; // `SIEGn.DE`: Reuters' own root (venueSuffixes.ts)
    const symbol = classLetter === undefined ? text.slice(symbolOffset, rootEnd) : `${text.slice(symbolOffset, rootEnd)}.${classLetter.toUpperCase()}`;
    return { symbol, exchange: exchange ?? venue, offset, length: to - offset, symbolOffset, symbolLength: dot - symbolOffset };
  }
  if (classLetter !== undefined) return undefined;
  return cellMention(text, exchange ?? rowExchange, offset, to, symbolOffset, to);
}

/**
 * The end of the cell without the footnote mark a table puts after a symbol: `MSFT (1)`, `MSFT[1]`, `TSLA¹`,
 * `AAPL†`, `AAPL<sup>2</sup>`. Digits and daggers only: a letter in parentheses may be a share class.
 */
function withoutFootnoteMark(text: string, start: number, end: number): number {
  // Each alternative opens on a character of its own and is bounded, so a cell of any length is read in one pass: a
  // leading `\s*` here would try every blank of a padded cell again from each one (quadratic on hostile tables).
  const mark = footnoteMarkAtEnd.exec(text.slice(start, end));
  if (mark === null) return end;
  let at = start + mark.index;
  while (at > start && isBlank(text.charCodeAt(at - 1))) at--;
  return at === start ? end : at; // a mark alone is no symbol's mark
}

const footnoteMarkAtEnd = /(?:\(\d{1,2}\)|\[\d{1,2}\]|<sup>[^<]{1,4}<\/sup>|[\u00b9\u00b2\u00b3\u2070-\u2079\u2020\u2021]{1,3})$/;

/** The venue `(NASDAQ)` that ends the cell after blanks from `at`, when `symbol` can list there; else undefined. */
function venueInParenthesesAt(text: string, at: number, to: number, symbol: string): ExchangeId | undefined {
  while (isBlank(text.charCodeAt(at))) at++;
  if (text.charCodeAt(at) !== 40 /* ( */ || text.charCodeAt(to - 1) !== 41 /* ) */) return undefined;
  const written = text.slice(at + 1, to - 1).trim();
  const venue = normalizeExchange(written);
  return venue === undefined ? undefined : listingVenue(venue, written, symbol);
}

/** The first `code` in text[from, to), or -1: never searches past the cell (indexOf would, once per row). */
function indexWithin(text: string, code: number, from: number, to: number): number {
  for (let at = from; at < to; at++) if (text.charCodeAt(at) === code) return at;
  return -1;
}

function cellMention(text: string, exchange: ExchangeId | undefined, offset: number, end: number, symbolOffset: number, symbolEnd: number): SymbolCellMention {
  return { symbol: text.slice(symbolOffset, symbolEnd), exchange, offset, length: end - offset, symbolOffset, symbolLength: symbolEnd - symbolOffset };
}
