// The venue prefix that opens a listing in a parenthesis, `(NASDAQ: …`, `(NYSE American: …`, `(London Stock Exchange:
// …`, `(TSX/NYSE: …`, `(TSX and NYSE: …`, or a country code (`(AU: …`). listingParentheses.ts reads the listings after it.

import { isAlphanumeric, isBlank, isUpper } from './charCodes';
import { countryPrefixMarket } from './countryPrefixes';
import { normalizeExchangeIn, normalizeVenueName, type ExchangeId } from './exchanges';
import { parenthesisVenueNamed } from './parenthesisVenueNames';

const maxVenueName = 40;

/**
 * venuePrefixEnd's answer, one object reused (the scan asks at every capital after a parenthesis): the venue the
 * prefix names (undefined: one we do not map, or the US after a country code), its first name, and whether it is a
 * country code (countryPrefixes.ts).
 */
export const prefixRead: { venue: ExchangeId | undefined; name: string; isCountry: boolean } = { venue: undefined, name: '', isCountry: false };

/**
 * End (past the colon) of a venue prefix at `at`: a venue's name — capitalised words, `NYSE American`, `TSX.V`,
 * `London Stock Exchange`, `Frankfurt` — or several venues we map joined by `/`, `,`, "and" or `&` (`TSX/NYSE`, `NYSE, LSE, ASX`, `TSX and NYSE`),
 * then `:`; or one venue and a slash before a lone symbol (`(Nasdaq/AMZN)`). -1 when there is none; the venue is left in `prefixRead`, the first named for a list.
 */
export function venuePrefixEnd(segment: string, at: number, limit: number): number {
  let first: ExchangeId | undefined;
  let firstName = '';
  let joinedByWord = false;
  for (let names = 0; names < 4; names++) {
    const nameAt = at;
    const nameEnd = venueNameEnd(segment, at, limit);
    if (nameEnd === -1) return -1;
    const after = skipBlanks(segment, nameEnd, limit);
    const code = segment.charCodeAt(after);
    // `(TSX and NYSE: NTR)`, `(TSX & NYSE: X)`: venues joined by a word, each one we map.
    const wordJoin = code === 38 /* & */ ? 1 : code === 97 /* a */ && segment.startsWith('and', after) ? 3 : 0;
    if (code !== 58 /* : */ && code !== 47 /* / */ && code !== 44 /* , */ && (wordJoin === 0 || !isBlank(segment.charCodeAt(after + wordJoin)))) return -1;
    const venue = venueNamed(segment, nameAt, nameEnd);
    if (names === 0) firstName = segment.slice(nameAt, nameEnd);
    if (code === 58 || (names === 0 && code === 47 && venue !== undefined && slashesToSymbol(segment, after + 1, limit))) {
      if (joinedByWord && venue === undefined) return -1;
      prefixRead.venue = names === 0 ? venue : first;
      prefixRead.name = firstName;
      const market = names === 0 && venue === undefined ? countryPrefixMarket(segment, nameAt, nameEnd) : undefined;
      prefixRead.isCountry = market !== undefined;
      if (market) prefixRead.venue = market;
      return after + 1;
    }
    // `PEP, TSX: X`, `RFC/WS`: a list of venues has only venues we map; anything else is an item of the list.
    if (venue === undefined) return -1;
    if (names === 0) first = venue;
    joinedByWord ||= wordJoin > 0;
    at = skipSpace(segment, after + Math.max(1, wordJoin), limit);
  }
  return -1;
}

/**
 * Whether the slash before `at` stands for the colon, as some Asian outlets' English copy writes a listing,
 * `(Nasdaq/AMZN)`: capitals after it that name no venue (`(TSX/NYSE: FNV)` joins two) and close the parenthesis.
 */
function slashesToSymbol(segment: string, at: number, limit: number): boolean {
  const nameEnd = venueNameEnd(segment, at, limit);
  if (nameEnd === -1 || venueNamed(segment, at, nameEnd) !== undefined) return false;
  const close = segment.charCodeAt(skipBlanks(segment, nameEnd, limit));
  return close === 41 /* ) */ || close === 93; /* ] */
}

/**
 * The venue a written name gives: a prefix (`NYSE Amex`, `TSX-V`), an exchange's full name (`Nasdaq Global Select
 * Market`), or a name read only here, before a parenthesis's colon (`OB`, `Catalist`, `LSE AIM`: parenthesisVenueNames.ts).
 */
function venueNamed(segment: string, start: number, end: number): ExchangeId | undefined {
  return normalizeExchangeIn(segment, start, end) ?? normalizeVenueName(segment.slice(start, end)) ?? parenthesisVenueNamed(segment, start, end);
}

/** End of up to five capitalised words from `at` (letters, digits, `.`, `-`, `&`; `Börse`), or -1. */
function venueNameEnd(segment: string, at: number, limit: number): number {
  const start = at;
  let wordEnd = -1;
  for (let words = 0; words < 5; words++) {
    const code = segment.charCodeAt(at);
    if (!isUpper(code) && !(code >= 0xc0 && code !== 0xd7 && code !== 0xf7)) break;
    while (at < limit && at - start <= maxVenueName && isVenueChar(segment.charCodeAt(at))) at++;
    if (at - start > maxVenueName) return -1;
    wordEnd = at;
    if (!isBlank(segment.charCodeAt(at))) break;
    at++;
  }
  return wordEnd;
}

function isVenueChar(code: number): boolean {
  return isAlphanumeric(code) || code === 46 /* . */ || code === 45 /* - */ || code === 38 /* & */ || (code >= 0xc0 && code !== 0xd7 && code !== 0xf7);
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

/** Past blanks and line breaks (a wrapped list), not past `limit`. */
function skipSpace(segment: string, at: number, limit: number): number {
  while (at < limit && isSpace(segment.charCodeAt(at))) at++;
  return at;
}

function skipBlanks(segment: string, at: number, limit: number): number {
  while (at < limit && isBlank(segment.charCodeAt(at))) at++;
  return at;
}
