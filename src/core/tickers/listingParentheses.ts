// Exchange-qualified listings in a parenthesis, as press releases and news copy write them: `(NASDAQ: AAPL)`,
// `(NYSE: BRK.A, BRK.B)`, `(NYSE: $KO)`, `(TSX: K; NYSE: KGC)`, `(TSX/NYSE: FNV)` and `(NYSE, LSE, ASX: BHP)` (the
// first venue named), and the long lists of junior miners and dual listings: `(ASX: CDL, FSE: C3L, OTCQX: CDLTF)`,
// `(NYSE: BABA and HKEX: 9988)`, `(ASX: QLL | OTCQX: QLLTF)`, `( TSX: BWD, OTCQX: BWDXF, Brightwater® )`, and a
// market wrap's listing with its price, `(NASDAQ: NVDA $160.30)`, and a European release's with its ISIN,
// `(Euronext Paris: MLN - ISIN: FR0011234567)` (isinTails.ts).
// Each item is read on its own. A listing on a venue we map is kept. What is not one is stepped over, and never
// guessed onto another venue: a listing on a venue we do not map (`FSE: C3L`, and the symbols after it), a code we
// cannot read (`RVR.DB.B`, `RFC/WS`, `CPB PrJ`), the company's short name (`"Lotus" or "Lotus Group"`). Prose anywhere
// in the parenthesis — a lower-case word (`(NYSE: KO and more)`, `(Nasdaq: BNKX; see the note below)`) — makes the
// whole parenthesis prose, as before. Found from each `(`; exchangeMentions.ts reads the glued form `NYSEARCA:IWM`.

import { isWrittenClassAt } from './parenthesisItems';
import { canonicalShareClass } from './shareClassSymbols';
import { isAlphanumeric, isBlank, isDigit, isLetter, isLower, isUpper, skipBlanks } from './charCodes';
import { changeEnd, priceEnd } from './parenthesisFigures';
import { countryListingFits, followsCapitalisedName } from './countryPrefixes';
import { namesCommodityFutures } from './commodityAndCurrencyCodes';
import { precedingWords } from './precedingWords';
import type { ExchangeId } from './exchanges';
import { prefixRead, venuePrefixEnd } from './venuePrefixes';
import { classSuffixVenueAt, lengthWithoutOwnSuffix } from './venueSuffixes';
import { listingVenue, longestSymbolOn } from './listingSymbols';
import type { ExchangeEmit } from './exchangeMentions';
import type { Occurrences } from './occurrences';
import { isPlaceholderSymbol } from './labels';
import { isGluedPromoTailAt, promoTailEnd } from './promoTails';
import { euronextMarketOfIsin, isinRead, isinTailEnd } from './isinTails';
import type { SpanCursor } from './skippedSpans';

/** Bounds on one parenthesis, so a hostile note costs linear time: real lists are a few venues long. */
const maxListLength = 400;
const maxItems = 16;

/**
 * Emits the listings of every listing parenthesis in segment[start, end), in document order, and appends each such
 * parenthesis's `(` and `)` offsets to `spans` (the colon scan leaves what is inside them alone). Square brackets are
 * read as parentheses are: some outlets write `Nvidia [NASDAQ: NVDA]`, `[NYSE:KO]`.
 */
export function scanListingParentheses(segment: string, start: number, end: number, parentheses: Occurrences, brackets: Occurrences, skipped: SpanCursor, emit: ExchangeEmit, spans: number[]): void {
  let paren = parentheses.within(start, end);
  let bracket = brackets.within(start, end);
  while (paren !== -1 || bracket !== -1) {
    const inBrackets = paren === -1 || (bracket !== -1 && bracket < paren);
    const open = inBrackets ? bracket : paren;
    if (inBrackets) bracket = brackets.within(open + 1, end);
    else paren = parentheses.within(open + 1, end);
    // Venue names start with a capital: most parentheses in prose are rejected on their first character.
    if (!isUpper(segment.charCodeAt(skipSpace(segment, open + 1, end)))) continue;
    if (skipped.covers(open)) continue;
    closer = inBrackets ? 93 /* ] */ : 41; /* ) */
    const close = readListings(segment, open + 1, end);
    if (close === -1 || found === 0) continue;
    // A country code is a listing's prefix only after the company's name: "(US: 3.2%)" after lower-case words is prose.
    const countryListings = countCountryListings();
    const named = countryListings === 0 || followsCapitalisedName(segment, open, start);
    if (!named && countryListings === found) continue;
    spans.push(open, close);
    let commodity: boolean | undefined;
    for (let i = 0; i < found; i++) {
      if (countries[i] && !named) continue;
      // "iron ore (SGX: FEF)": Singapore's futures contract, not a share (commodityAndCurrencyCodes.ts).
      if (venues[i] === 'SGX' && (commodity ??= namesCommodityFutures(precedingWords(segment, open, 3, start)))) continue;
      const symbolAt = bounds[3 * i];
      const symbolEnd = bounds[3 * i + 1];
      const at = bounds[3 * i + 2];
      // `BRK/B`, `BRK B`: the class as a provider reads it, `BRK.B` (parenthesisItems.ts, shareClassSymbols.ts); `THMB.L`
      // after `LSE:` is THMB, the suffix saying the venue again (venueSuffixes.ts).
      const written = segment.slice(symbolAt, symbolEnd);
      const symbol = canonicalShareClass(written.slice(0, lengthWithoutOwnSuffix(written, venues[i])));
      if (isPlaceholderSymbol(symbol)) continue; // `(NYSE: TBD)`: a listing still to come
      emit(symbol, venues[i], 'exchange', at, symbolEnd - at, symbolAt);
    }
  }
}

function countCountryListings(): number {
  let count = 0;
  for (let i = 0; i < found; i++) if (countries[i]) count++;
  return count;
}

/** What closes the list being read: `)`, or `]` for a bracketed one. */
let closer = 41;

/**
 * Scratch for readListings' answer: per listing its symbol's start and end and the mention's start, its venue
 * (undefined: a US listing after the country code `US:`), and whether a country code was its prefix.
 */
const bounds: number[] = [];
const venues: Array<ExchangeId | undefined> = [];
const countries: boolean[] = [];
let found = 0;

/**
 * Reads the parenthesis whose content starts at `at` as a list of listings; returns its `)` (or the end of a ratings
 * site's link text, `– Get Free Report)`), or -1 when the content is not a list that opens with a venue's prefix.
 */
function readListings(segment: string, at: number, end: number): number {
  found = 0;
  const limit = Math.min(end, at + maxListLength);
  at = skipSpace(segment, at, limit);
  let venue: ExchangeId | undefined;
  let country = false;
  let venueName = '';
  let groupAt = -1;
  for (let item = 0; item < maxItems; item++) {
    const prefixEnd = venuePrefixEnd(segment, at, limit);
    if (prefixEnd !== -1) {
      venue = prefixRead.venue;
      country = prefixRead.isCountry;
      venueName = prefixRead.name;
      groupAt = at;
      at = skipSpace(segment, prefixEnd, limit);
    } else if (item === 0) {
      return -1;
    }
    const symbolEnd = listedSymbolEnd(segment, at, limit, venue === 'INDEX', longestSymbolOn(venue));
    const symbolAt = symbolStart;
    const stopDot = closingDot(segment, venue, symbolAt, symbolEnd, limit);
    const itemEnd = symbolEnd === -1 ? -1 : quotedPriceEnd(segment, symbolEnd + stopDot);
    // `(Euronext: MLN - ISIN: FR0011234567)`: the share's ISIN ends the item, and may say which Euronext market it is.
    const isinEnd = itemEnd === -1 ? -1 : isinTailEnd(segment, itemEnd, limit);
    if (itemEnd !== -1 && (isinEnd !== -1 || isItemEnd(segment, itemEnd, limit))) {
      const named = venue ?? (isinEnd !== -1 && !country ? euronextMarketOfIsin(venueName, isinRead.country) : undefined);
      const listed = named !== undefined && !country ? listingVenue(named, venueName, segment.slice(symbolAt, symbolEnd)) : venue;
      const readable = country ? countryListingFits(segment.slice(symbolAt, symbolEnd), venue ?? null) : listed !== undefined;
      if (readable && isWrittenTicker(segment, symbolAt, symbolEnd)) {
        // A group's first mention spans its prefix (`NYSE: BRK.A`), the fix for a wrong venue rewrites it; later ones just their symbol.
        bounds[3 * found] = symbolAt;
        bounds[3 * found + 1] = symbolEnd;
        bounds[3 * found + 2] = groupAt === -1 ? symbolAt : groupAt;
        countries[found] = country;
        venues[found++] = listed;
        groupAt = -1;
      }
      at = isinEnd === -1 ? itemEnd : isinEnd;
    } else {
      at = nameEnd(segment, at, limit);
      if (at === -1) return -1;
    }
    at = skipSpace(segment, at, limit);
    if (segment.charCodeAt(at) === closer) return at;
    const tail = promoTailEnd(segment, at);
    if (tail !== -1) return tail;
    const next = separatorEnd(segment, at, limit);
    if (next === -1) return -1;
    at = skipSpace(segment, next, limit);
  }
  return -1;
}

/**
 * 1 when a dot after the symbol ending at `symbolEnd` closes the item, it is no share class. Else 0. Two writers put
 * one there: the sentence's own full stop, kept inside a parenthesis that ends it (`(NYSE: BP.)`, `(NASDAQ: ORCD.)`,
 * on any venue, before the list's closer only); and the London exchange, which gives its one- and two-letter codes a
 * trailing dot (`(LSE: BP.)`, `(LON: RR.)`, `(LSE: BA., AV.)`), before any item's end.
 */
function closingDot(segment: string, venue: ExchangeId | undefined, symbolAt: number, symbolEnd: number, limit: number): number {
  if (symbolEnd === -1 || segment.charCodeAt(symbolEnd) !== 46 /* . */) return 0;
  if (segment.charCodeAt(skipSpace(segment, symbolEnd + 1, limit)) === closer) return 1;
  if (venue !== 'LSE' || symbolEnd - symbolAt > 2) return 0;
  return isItemEnd(segment, symbolEnd + 1, limit) ? 1 : 0;
}

/**
 * End of the price a market wrap sets after a listing's symbol, and its change if given (`(NASDAQ: NVDA $160.30)`,
 * `(NYSE: KO $69.42, +0.5%)`, `(TSX: SHOP C$168.40)`), or `at` when none follows. The figure belongs to the listing:
 * lint reads it as the price the note states (statedPrices.ts). After a blank only: `(NYSE: KO$5)` is no listing.
 */
function quotedPriceEnd(segment: string, at: number): number {
  const figureAt = skipBlanks(segment, at);
  if (figureAt === at) return at;
  const price = priceEnd(segment, figureAt);
  if (price === figureAt) return at;
  return changeEnd(segment, price) ?? price;
}

/** Scratch for listedSymbolEnd: where the symbol starts (past a `$`). */
let symbolStart = -1;

/**
 * End of a symbol at `at` (`KO`, `$KO`, `^DJI`, `BRK.B`, `RVR.UN`, `7203`, `ERIC-B.ST`): up to `longest` letters or
 * digits and a class; or -1. After an index prefix, Google Finance marks an index with a dot (`INDEXSP:.INX`): the symbol starts past it.
 */
function listedSymbolEnd(segment: string, at: number, limit: number, afterIndexPrefix: boolean, longest: number): number {
  if (segment.charCodeAt(at) === 36 /* $ */ || (afterIndexPrefix && segment.charCodeAt(at) === 46) /* . */) at++;
  symbolStart = at;
  const caret = segment.charCodeAt(at) === 94; /* ^ */
  if (caret) at++;
  const code = segment.charCodeAt(at);
  if (!(caret ? isLetter(code) : isUpper(code) || isDigit(code)) || at >= limit) return -1;
  const rootStart = at++;
  while (at < limit && at - rootStart < longest && isAlphanumeric(segment.charCodeAt(at))) {
    // A scraped button glued on: `(NYSE:TGTGet Rating)` is TGT, the link text stepped over as the dashed one is.
    if (isLower(segment.charCodeAt(at + 1)) && isGluedPromoTailAt(segment, rootStart, at)) return at;
    at++;
  }
  const separator = segment.charCodeAt(at);
  if ((separator === 46 || separator === 45) && isAlphanumeric(segment.charCodeAt(at + 1))) {
    at += isAlphanumeric(segment.charCodeAt(at + 2)) ? 3 : 2;
    // Yahoo's class with its venue's suffix, `(STO: ERIC-B.ST)`: the suffix says the prefix's venue again and is cut
    // off by lengthWithoutOwnSuffix; another venue's suffix stays part of the symbol, as after a symbol without a class.
    const suffixed = segment.charCodeAt(at - 2) === separator && isUpper(segment.charCodeAt(at - 1)) ? classSuffixVenueAt(segment, at, limit) : undefined;
    if (suffixed !== undefined) at = suffixed.end;
  } else if (isWrittenClassAt(segment, rootStart, at) && (separator === 47 || isListEnd(segment.charCodeAt(at + 2)))) at += 2;
  return at;
}

/** The list's closer or a separator: what may follow a class written after a space (`(NYSE: BRK B)`). */
function isListEnd(code: number): boolean {
  return code === closer || code === 44 /* , */ || code === 59; /* ; */
}

/** Whether the symbol ending at `at` is the whole item: the list's `)`, a separator or link text follows it. */
function isItemEnd(segment: string, at: number, limit: number): boolean {
  const next = skipSpace(segment, at, limit);
  const code = segment.charCodeAt(next);
  if (code === closer || code === 44 /* , */ || code === 59 /* ; */ || code === 124 /* | */) return true;
  if (promoTailEnd(segment, next) !== -1) return true;
  return (next > at || code === 47) && separatorEnd(segment, next, limit) !== -1;
}

/**
 * End of the separator at `at`: `,` `;` `|`; "and" or "&" before more; `/` before another venue's prefix or between
 * blanks (`RFC/WS` is one code). -1 when there is none.
 */
function separatorEnd(segment: string, at: number, limit: number): number {
  const code = segment.charCodeAt(at);
  if (code === 44 || code === 59 || code === 124) return at + 1;
  if (code === 38 /* & */ && isBlank(segment.charCodeAt(at + 1))) return at + 1;
  if (code === 97 /* a */ && segment.startsWith('and', at) && isSpace(segment.charCodeAt(at + 3))) return at + 3;
  if (code === 47 /* / */) {
    const next = skipSpace(segment, at + 1, limit);
    if ((next > at + 1 && isBlank(segment.charCodeAt(at - 1))) || venuePrefixEnd(segment, next, limit) !== -1) return at + 1;
  }
  return -1;
}

/**
 * End of an item that is not a listing, at the separator or `)` after it: capitalised words and codes
 * (`Brightwater®`, `RVR.DB.B`, `CPB PrJ`), quoted names and "or"/"and"/"the" between them (`"Lotus" or the
 * "Company"`). -1 when it is prose: any other word in lower case.
 */
function nameEnd(segment: string, at: number, limit: number): number {
  for (let tokens = 0; tokens < 12; tokens++) {
    at = skipSpace(segment, at, limit);
    const code = segment.charCodeAt(at);
    if (at >= limit) return -1;
    if (code === closer || code === 44 || code === 59 || code === 124) return at;
    const close = closingQuote(code);
    if (close !== -1) {
      const closeAt = segment.indexOf(String.fromCharCode(close), at + 1);
      if (closeAt === -1 || closeAt >= limit || closeAt - at > 80) return -1;
      at = closeAt + 1;
    } else if (isUpper(code) || isDigit(code) || code === 36 || code === 94 || code === 46 || code >= 0xa0) {
      while (at < limit && !isSpace(segment.charCodeAt(at)) && !isTokenStop(segment.charCodeAt(at))) at++;
    } else {
      const word = connectorEnd(segment, at);
      if (word === -1) return -1;
      at = word;
    }
  }
  return -1;
}

/** End of a small word that joins a company's names ("or", "and", "the", "&"), or -1. */
function connectorEnd(segment: string, at: number): number {
  for (const word of connectors) {
    if (segment.startsWith(word, at) && isSpace(segment.charCodeAt(at + word.length))) return at + word.length;
  }
  return -1;
}

const connectors = ['or', 'and', 'the', '&'];

function isTokenStop(code: number): boolean {
  return code === closer || code === 41 || code === 40 || code === 44 || code === 59 || code === 124;
}

function closingQuote(code: number): number {
  if (code === 34 /* " */) return 34;
  if (code === 0x201c /* “ */) return 0x201d;
  return -1;
}

/** Writers' tickers are upper case (`(NASDAQ: Aapl)` is not one); a lower-case letter is a name's. */
function isWrittenTicker(segment: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = segment.charCodeAt(i);
    if (code >= 97 && code <= 122) return false;
  }
  return true;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

/** Past blanks and line breaks (a wrapped list), not past `limit`. */
function skipSpace(segment: string, at: number, limit: number): number {
  while (at < limit && isSpace(segment.charCodeAt(at))) at++;
  return at;
}
