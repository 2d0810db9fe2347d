// Listings written symbol first, the venue after the colon: data pages and the FT's markets pages name a share so
// (`(7203:TYO)`, `(AAPL:NASDAQ)`, `AAPL:NSQ`, `KO:NYQ`, `VOD:LSE`), and copy pasted from them keeps it. inlineMentions.ts
// finds the colons; exchangeMentions.ts reads the venue-first `NASDAQ:AAPL` at the same colon first, this only what it
// leaves. Reading the venue after the colon is what makes the capitals before it a symbol, so the venue must be a code
// we map, and one the symbol can be listed on (listingSymbols.ts): "Q3:TSX" and "10:30" stay prose. A line's label
// glued to its colon is none either: "NOTE:NYSE is closed" (labels.ts).

import { isAlphanumeric, isBlank, isDigit, isLetter, isUpper, isUpperOrDigit, isWordChar, skipBlanks } from './charCodes';
import { isCommonAbbreviation } from './abbreviations';
import { namesVenueOnly, normalizeExchangeIn, type ExchangeId } from './exchanges';
import type { ExchangeEmit } from './exchangeMentions';
import { listingVenue, longestSymbol, longestSymbolOn } from './listingSymbols';
import { bloombergCodeExchange } from './venueSuffixes';
import { fitsCode, isBloombergRootRejected } from './bloombergMentions';
import { followsCapitalisedName } from './countryPrefixes';
import { isLineLabel, isPlaceholderSymbol } from './labels';
import { namesUnmappedVenue } from './unmappedVenues';

/**
 * The FT's codes for venues abroad, which it writes only after a symbol (`SHOP:TOR`, `SAP:GER`, `MC:PAR`): as prefixes
 * they would be words and other companies' tickers (PAR Technology), so they are read in this position alone. Its US
 * codes (`NSQ`, `NYQ`, `PCQ`, `ASQ`) are prefixes too (exchangePrefixTable.ts).
 */
const trailingVenueCodes: ReadonlyMap<string, ExchangeId> = new Map<string, ExchangeId>([
  ['TOR', 'TSX'],
  ['GER', 'XETRA'],
  ['PAR', 'EPA'],
  ['AEX', 'AMS'],
  ['VTX', 'SIX'],
]);

/** A venue code runs to a word or two (`NYSE Arca`); longer than this is prose. */
const longestVenue = 14;

/**
 * Emits the listing around the colon at `colon` written symbol first, if there is one; returns whether it emitted.
 * In a parenthesis (`(AAPL: NASDAQ)`, `(7203:TYO)`, or an item of a list, `(AAPL:NSQ, MSFT:NSQ)`) blanks may follow the
 * colon and the venue ends the item; in running text the three are glued (`AAPL:NSQ`) and the symbol is no usual
 * abbreviation.
 */
export function scanSymbolFirstListing(segment: string, colon: number, emit: ExchangeEmit, floor = 0): boolean {
  const symbolEnd = colon;
  let symbolAt = symbolEnd;
  while (symbolAt > 0 && symbolEnd - symbolAt <= 10 && isUpperOrDigit(segment.charCodeAt(symbolAt - 1))) symbolAt--;
  // `BRK.B:NYQ`: a share class before the colon belongs to the symbol.
  if (symbolEnd - symbolAt <= 2 && segment.charCodeAt(symbolAt - 1) === 46 /* . */ && symbolAt >= 2 && isUpperOrDigit(segment.charCodeAt(symbolAt - 2))) {
    symbolAt--;
    while (symbolAt > 0 && symbolEnd - symbolAt <= 10 && isUpperOrDigit(segment.charCodeAt(symbolAt - 1))) symbolAt--;
  }
  if (symbolAt === symbolEnd || !(isUpper(segment.charCodeAt(symbolAt)) || isDigit(segment.charCodeAt(symbolAt)))) return false;
  const opener = openerBefore(segment, symbolAt);
  if (opener === -1) return false;
  const parenthesised = opener === 40; /* ( */
  const venueAt = parenthesised ? skipBlanks(segment, colon + 1) : colon + 1;
  const venueEnd = venueCodeEnd(segment, venueAt);
  if (venueEnd === -1) return false;
  const exchange = venueCodeNamed(segment, venueAt, venueEnd);
  if (exchange === undefined) return parenthesised && scanBloombergCodeListing(segment, symbolAt, symbolEnd, venueAt, venueEnd, floor, emit);
  if (!(parenthesised ? endsItem(segment, venueEnd) : endsGlued(segment, venueEnd))) return false;
  const symbol = segment.slice(symbolAt, symbolEnd);
  // In running text a label glued to its colon is no symbol: "NOTE:NYSE is closed", "UPDATE:NASDAQ halts…".
  if (namesVenueOnly(symbol) || isPlaceholderSymbol(symbol) || (!parenthesised && (isCommonAbbreviation(symbol.split('.')[0]) || isLineLabel(symbol)))) return false;
  if (symbol.length > longestSymbolOn(exchange) + (symbol.includes('.') ? 3 : 0)) return false;
  const venue = listingVenue(exchange, segment.slice(venueAt, venueEnd), symbol);
  if (venue === undefined) return false;
  emit(symbol, venue, 'exchange', symbolAt, venueEnd - symbolAt, symbolAt);
  return true;
}

/**
 * Bloomberg's web pages write a listing symbol first with its country or venue code after the colon, `Apple Inc.
 * (AAPL:US)`, `Vodafone (VOD:LN)`, `(7203:JP)`, and copy keeps it. Two capitals before a colon's close are prose's
 * too ("(GDP:US)", "(Q3:UK)"), so the form is read only in a parenthesis right after a capitalised name, with a code
 * we can place (venueSuffixes.ts) and a symbol that can list there; `US` is the composite, its venue unsaid. A venue's
 * code before the colon, mapped or not (`(PSE:SM)`, `(FSE:FP)`), makes the colon a prefix's: the two letters after it
 * are that venue's listing, not Bloomberg's code.
 */
function scanBloombergCodeListing(segment: string, symbolAt: number, symbolEnd: number, venueAt: number, venueEnd: number, floor: number, emit: ExchangeEmit): boolean {
  if (venueEnd - venueAt !== 2 || !endsItem(segment, venueEnd)) return false;
  const code = bloombergCodeExchange(segment.charCodeAt(venueAt), segment.charCodeAt(venueAt + 1));
  if (code === undefined) return false;
  const symbol = segment.slice(symbolAt, symbolEnd);
  const root = symbol.split('.')[0];
  if (isBloombergRootRejected(root) || namesUnmappedVenue(root) || isPlaceholderSymbol(symbol) || root.length > longestSymbol || !fitsCode(root, code)) return false;
  let open = symbolAt;
  while (open > floor && isBlank(segment.charCodeAt(open - 1))) open--;
  if (!followsCapitalisedName(segment, open - 1, floor)) return false;
  emit(symbol, code ?? undefined, 'bloomberg', symbolAt, venueEnd - symbolAt, symbolAt);
  return true;
}

/**
 * The character that opens the listing before its symbol: `(`, a list's separator inside one, a blank, emphasis or a
 * quote, or the text's start (0); -1 when the symbol is glued to something else (`x/AAPL:NSQ`, `$AAPL:NSQ`, `A.AAPL:`).
 */
function openerBefore(segment: string, symbolAt: number): number {
  if (symbolAt === 0) return 0;
  const before = segment.charCodeAt(symbolAt - 1);
  if (before === 40 /* ( */ || before === 91 /* [ */) return 40;
  if (isBlank(before) || before === 10 || before === 13) {
    let at = symbolAt - 1;
    while (at > 0 && isBlank(segment.charCodeAt(at - 1))) at--;
    return at > 0 && segment.charCodeAt(at - 1) === 40 ? 40 : 32;
  }
  return before === 42 /* * */ || before === 95 /* _ */ || before === 34 /* " */ || before === 0x201c /* “ */ ? 32 : -1;
}

/** End of the venue code at `at`: one word of letters, or two (`NYSE Arca`); -1 when none starts there. */
function venueCodeEnd(segment: string, at: number): number {
  if (!isUpper(segment.charCodeAt(at))) return -1;
  let end = at;
  while (end - at <= longestVenue && isLetter(segment.charCodeAt(end))) end++;
  if (end - at > longestVenue) return -1;
  if (segment.charCodeAt(end) === 32 && isUpper(segment.charCodeAt(end + 1))) {
    let second = end + 1;
    while (second - at <= longestVenue && isLetter(segment.charCodeAt(second))) second++;
    if (second - at <= longestVenue && normalizeExchangeIn(segment, at, second) !== undefined) return second;
  }
  return end;
}

function venueCodeNamed(segment: string, at: number, end: number): ExchangeId | undefined {
  return normalizeExchangeIn(segment, at, end) ?? trailingVenueCodes.get(segment.slice(at, end));
}

/** In a parenthesis the venue ends the item: the `)` (or `]`), or a separator before the next. */
function endsItem(segment: string, at: number): boolean {
  const code = segment.charCodeAt(skipBlanks(segment, at));
  return code === 41 /* ) */ || code === 93 /* ] */ || code === 44 /* , */ || code === 59 /* ; */;
}

/** In running text nothing is glued after the venue: no letter, digit, colon, or a dot, dash or slash before more. */
function endsGlued(segment: string, at: number): boolean {
  const code = segment.charCodeAt(at);
  if (isWordChar(code) || code === 58 /* : */ || code === 36 /* $ */) return false;
  return !((code === 46 || code === 45 || code === 47) && isAlphanumeric(segment.charCodeAt(at + 1)));
}
