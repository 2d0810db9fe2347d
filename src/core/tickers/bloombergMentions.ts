// Bloomberg's way of writing a listing: the symbol, a space and an exchange code — `AAPL US`, `VOD LN`, `SHOP CN`,
// `7203 JP`, `BRK/B US`, London's trailing-dot codes `BP/ LN` — often with the terminal's market key after it, `AAPL US Equity`. Parenthesised, it is read
// with the other parenthesised forms (parenthesisedMentions.ts calls `readBloombergListing`); unparenthesised, only
// with `Equity` after it (`scanBloombergEquities`), found from that capitalised word, which prose rarely writes.
// Only codes we can place count, so `(AES US)` is a ticker and `(GDP US)`, `(MADE IN US)` are not.

import { isCommonAbbreviation } from './abbreviations';
import { namesVenueOnly, type ExchangeId } from './exchanges';
import { bloombergCodeExchange } from './venueSuffixes';
import { listingVenue } from './listingSymbols';
import type { Occurrences } from './occurrences';
import type { EmitMention } from './parenthesisedMentions';
import type { SpanCursor } from './skippedSpans';
import { isDigit, isUpper, isUpperOrDigit, isWordChar } from './charCodes';

export interface BloombergListing {
  /** The symbol as a provider reads it: `BRK/B` → `BRK.B`. */
  readonly symbol: string;
  /** End of the symbol as written (`BRK/B`), before the space and the code. */
  readonly symbolEnd: number;
  /** The venue, or undefined for a country composite whose venue is unsaid (`US`). */
  readonly exchange: ExchangeId | undefined;
  /** End of the code, or of ` Equity` after it. */
  readonly end: number;
  /** London's trailing dot written as Bloomberg's slash (`BP/ LN`): a listing whatever the letters spell (BP, not basis points). */
  readonly londonDot: boolean;
}

/**
 * The listing whose symbol is segment[rootStart, rootEnd) (capitals and digits, the caller read them), when a known
 * code follows: `AAPL US`, `BRK/B US Equity`. Digits lead only the codes of venues that number their listings
 * (Tokyo's `7203 JP`, Hong Kong's `700 HK`): "in 2025 US equities" is a year. What follows the code is the caller's to check.
 */
export function readBloombergListing(segment: string, rootStart: number, rootEnd: number): BloombergListing | undefined {
  let at = rootEnd;
  let classLetter = '';
  // London's one- and two-letter codes end in a dot (`BP.`, `RR.`), which Bloomberg writes as a slash: `BP/ LN`.
  const londonDot = segment.charCodeAt(at) === 47 /* / */ && segment.charCodeAt(at + 1) === 32 && rootEnd - rootStart <= 2;
  if (londonDot) at++;
  else if (segment.charCodeAt(at) === 47 /* / */ && isUpper(segment.charCodeAt(at + 1))) {
    classLetter = segment[at + 1];
    at += 2;
  }
  const symbolEnd = londonDot ? rootEnd : at;
  if (segment.charCodeAt(at) !== 32) return undefined;
  const first = segment.charCodeAt(at + 1);
  const second = segment.charCodeAt(at + 2);
  // `(ORCD US$16.30)`, `(0700 HK$380)`: a currency's letters before its price, not a venue's code.
  if (!isUpper(first) || !isUpper(second) || segment.charCodeAt(at + 3) === 36 /* $ */) return undefined;
  const exchange = bloombergCodeExchange(first, second);
  if (exchange === undefined || (londonDot && exchange !== 'LSE')) return undefined;
  const root = segment.slice(rootStart, rootEnd);
  if (!fitsCode(root, exchange)) return undefined;
  let end = at + 3;
  if (segment.startsWith(' Equity', end)) end += 7;
  return { symbol: classLetter === '' ? root : `${root}.${classLetter}`, symbolEnd, exchange: exchange ?? undefined, end, londonDot };
}

/**
 * Whether `root` can be a listing where the code `exchange` names (null: the US composite): digits lead only the
 * numbering venues' listings, and only they take digits; `(2024 KS)` has digits that are no listing's number there
 * (Korea's run to six).
 */
export function fitsCode(root: string, exchange: ExchangeId | null): boolean {
  if (isDigit(root.charCodeAt(0)) !== (exchange !== null && numberedVenues.has(exchange))) return false;
  return exchange === null || listingVenue(exchange, '', root) !== undefined;
}

/** Venues whose listings are numbers (`7203 JP`, `700 HK`, `005930 KS`, `2330 TT`): their codes follow digits only. */
const numberedVenues: ReadonlySet<ExchangeId> = new Set(['TYO', 'HKEX', 'KRX', 'TWSE']);

/** Not a listing whatever follows it: a usual abbreviation (`GDP US`), an exchange's own name (`NYSE US`). */
export function isBloombergRootRejected(root: string, ignore?: ReadonlySet<string>): boolean {
  return isCommonAbbreviation(root, ignore) || namesVenueOnly(root);
}

/**
 * `AAPL US Equity` in prose, from each `Equity` in segment[start, end) (`equities` finds them). Not when a name
 * goes on after it ("MSCI US Equity Index", "the JPM US Equity Fund"), nor glued to other text.
 */
export function scanBloombergEquities(
  segment: string,
  start: number,
  end: number,
  equities: Occurrences,
  skipped: SpanCursor,
  ignore: ReadonlySet<string> | undefined,
  emit: EmitMention,
): void {
  for (let key = equities.within(start, end); key !== -1; key = equities.within(key + 1, end)) {
    const space = key - 1;
    if (segment.charCodeAt(space) !== 32) continue;
    const after = key + 6;
    const next = segment.charCodeAt(after);
    if (isWordChar(next) || (next === 32 && isUpper(segment.charCodeAt(after + 1)))) continue;
    // Back over the code and its space, an optional class (`/B`), then the root.
    let rootEnd = space - 3;
    if (rootEnd <= start || segment.charCodeAt(rootEnd) !== 32) continue;
    if (segment.charCodeAt(rootEnd - 2) === 47 /* / */) rootEnd -= 2;
    else if (segment.charCodeAt(rootEnd - 1) === 47) rootEnd -= 1; // `BP/ LN Equity`
    let rootStart = rootEnd;
    while (rootStart > start && rootEnd - rootStart < 7 && isUpperOrDigit(segment.charCodeAt(rootStart - 1))) rootStart--;
    if (rootStart === rootEnd) continue;
    const before = rootStart > start ? segment.charCodeAt(rootStart - 1) : 32;
    if (isWordChar(before) || gluedBefore.has(before)) continue;
    const listing = readBloombergListing(segment, rootStart, rootEnd);
    if (listing === undefined || listing.end !== after) continue;
    if ((!listing.londonDot && isBloombergRootRejected(segment.slice(rootStart, rootEnd), ignore)) || skipped.covers(rootStart)) continue;
    emit(listing.symbol, listing.exchange, 'bloomberg', rootStart, after - rootStart, rootStart, listing.symbolEnd - rootStart);
  }
}

/** Characters that glue a run of capitals to what is before it: `S&P US Equity`, `$KO`, a path, a prefix's colon. */
const gluedBefore: ReadonlySet<number> = new Set([38, 36, 46, 47, 45, 58, 94, 39, 0x2019, 64]);

