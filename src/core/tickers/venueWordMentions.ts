// A venue's name standing before its symbol in running text, as the ratings network's syndicated copy writes it:
// `NASDAQ ORCH opened at $112.82`, `Shares of NYSE BHLX traded down $0.28`, `TSE: SBK shares dropped 5.1%`, and for
// London `LON BARC opened at GBX 212.40` (LON is the prefix the network gives London's listings). The glued
// `NYSE:KO` is exchangeMentions.ts's and a parenthesis `(NYSE: KO)` is listingParentheses.ts's.
// Capitals after a venue's name are often not a listing ("NYSE IPO", "NASDAQ OMX Group", "NYSE TAQ data", a headline
// in capitals), so the form is read only where every sign agrees: the venue written in capitals, one symbol-shaped
// word after it that is no usual abbreviation, venue, market or index code, and then what these sentences go on with — a
// market word in lower case ("opened", "shares", "traded") or a price or change. After a spaced colon, which already
// says "listing", the sentence may also end there (`trades as NYSE: KO.`), and the venue may be written in title case
// as press releases write Nasdaq's name (`Orcadia Inc. Nasdaq: ORCD rose`). London's names for a listing's code,
// `TIDM: HLVN` and `EPIC: HLVN`, head every regulatory announcement (RNS) on a line of their own; they are labels, not
// venues written before a symbol, so they are read only before a spaced colon ("EPIC GAINS rose" stays prose). News copy's adjective `Nasdaq-listed ORCD
// rose`, `NYSE-listed BRNW fell` is read the same way, on the venues whose symbols name companies (exchanges.ts).

import { isCommonAbbreviation } from './abbreviations';
import { isBlank, isDigit, isLetter, isLower, isUpper, isUpperOrDigit, isWordChar } from './charCodes';
import type { ExchangeEmit } from './exchangeMentions';
import { followsCapitalisedName } from './countryPrefixes';
import { indexCodes, normalizeExchange, normalizeExchangeIn, symbolsNameCompanies } from './exchanges';
import type { FirstOccurrences } from './occurrences';
import type { SpanCursor } from './skippedSpans';
import { lengthWithoutOwnSuffix } from './venueSuffixes';

/**
 * The capitals every venue word read here starts with (`NYS` finds NYSE, NYSEARCA and NYS; `TSX` finds TSXV): one
 * search each (occurrences.ts) finds them, far rarer in prose than a space or a capital.
 */
export const venueWordStarts: readonly string[] = ['NYS', 'NAS', 'TSX', 'TSE', 'LSE', 'LON', 'ASX', 'OTC', 'AMEX', 'Nasdaq', 'TIDM', 'EPIC'];

const longestVenueWord = 12;
const longestSymbol = 6;

/** Emits the venue-word mentions of segment[start, end) in document order. */
export function scanVenueWordMentions(segment: string, start: number, end: number, search: FirstOccurrences, skipped: SpanCursor, ignore: ReadonlySet<string> | undefined, emit: ExchangeEmit): void {
  for (let at = search.within(start, end); at !== -1; at = search.within(at + 1, end)) {
    const read = readVenueWordMention(segment, start, at, end, ignore);
    if (read === undefined || skipped.covers(at)) continue;
    // `LON BARC.L opened`: the suffix says the venue again, the listing is BARC (venueSuffixes.ts).
    emit(read.symbol.slice(0, lengthWithoutOwnSuffix(read.symbol, read.exchange)), read.exchange, 'exchange', at, read.symbolAt + read.symbol.length - at, read.symbolAt);
  }
}

function readVenueWordMention(segment: string, start: number, at: number, end: number, ignore: ReadonlySet<string> | undefined) {
  const place = at > start ? placeOf(segment, at, start) : 'apart';
  if (place === 'glued') return undefined;
  let wordEnd = at;
  while (wordEnd < end && wordEnd - at <= longestVenueWord && isUpper(segment.charCodeAt(wordEnd))) wordEnd++;
  // `Shares of Orcadia Inc. Nasdaq: ORCD rose`: a venue's name in title case, read only before the spaced colon that
  // says "listing" ("Nasdaq ORCH opened", "the Nasdaq AI trade" stay prose).
  const titleCase = wordEnd === at + 1 && isLower(segment.charCodeAt(wordEnd));
  if (titleCase) while (wordEnd < end && wordEnd - at <= longestVenueWord && isLower(segment.charCodeAt(wordEnd))) wordEnd++;
  if (isLetter(segment.charCodeAt(wordEnd)) || isDigit(segment.charCodeAt(wordEnd))) return undefined;
  // `Nasdaq-listed ORCD rose`: the venue as an adjective, on a venue whose symbols writers use as companies' names.
  const adjectiveEnd = listedAdjectiveEnd(segment, wordEnd);
  // `**TIDM:** HLVN`, `**LSE**: VOD`: a press release's header sets the label in bold, before or after its colon.
  const colonAt = afterEmphasis(segment, wordEnd);
  if (titleCase && adjectiveEnd === -1 && segment.charCodeAt(colonAt) !== 58 /* : */) return undefined;
  const exchange = normalizeExchangeIn(segment, at, wordEnd);
  if (exchange === undefined || exchange === 'INDEX' || (adjectiveEnd !== -1 && !symbolsNameCompanies(exchange))) return undefined;
  // `NYSE KO` or `TSE: SBK`: one blank, or a colon and blanks. The glued `NYSE:KO` is the colon scan's.
  let symbolAt = adjectiveEnd === -1 ? colonAt : adjectiveEnd;
  const spacedColon = segment.charCodeAt(symbolAt) === 58; /* : */
  if (!spacedColon && codeLabels.has(segment.slice(at, wordEnd))) return undefined;
  // `(NASDAQ: AAPL)`: a parenthesis's listing with its colon is listingParentheses.ts's, read before this; leaving it
  // here first keeps the commonest listing of all from paying for a second reading.
  if (spacedColon && place === 'parenthesis') return undefined;
  if (spacedColon) symbolAt = afterEmphasis(segment, symbolAt + 1);
  if (!isBlank(segment.charCodeAt(symbolAt))) return undefined;
  symbolAt++;
  if (spacedColon) while (isBlank(segment.charCodeAt(symbolAt))) symbolAt++;
  const symbolEnd = symbolEndAt(segment, symbolAt, end);
  if (symbolEnd === -1) return undefined;
  const symbol = segment.slice(symbolAt, symbolEnd);
  const root = symbol.split('.')[0];
  if (isCommonAbbreviation(root, ignore) || ignore?.has(symbol) || namesMarketNotListing(root) || indexCodes.has(root)) return undefined;
  if (adjectiveEnd !== -1 && (root.length < 2 || listedKinds.has(root))) return undefined;
  // "NYSE ARCA", "NYSE MKT", "OTC QB": the venue's longer name, not a listing on it.
  if (normalizeExchange(`${segment.slice(at, wordEnd)} ${symbol}`) !== undefined) return undefined;
  // `Velmont Inc. (NASDAQ VLMT)`: a listing without its colon, the whole parenthesis, after a company's name.
  if (place === 'parenthesis') return segment.charCodeAt(symbolEnd) === 41 /* ) */ && followsCapitalisedName(segment, parenthesisBefore(segment, at, start), start) ? { symbol, exchange, symbolAt } : undefined;
  if (!goesOnAsListing(segment, symbolEnd, end, spacedColon)) return undefined;
  return { symbol, exchange, symbolAt };
}

/** Past up to three emphasis markers (`*`, `_`) from `at`: where a bold label's colon or its symbol's blank is. */
function afterEmphasis(segment: string, at: number): number {
  let p = at;
  while (p - at < 3 && (segment.charCodeAt(p) === 42 || segment.charCodeAt(p) === 95)) p++;
  return p;
}

/** London's labels for a listing's code (see the head of this file): read only before their colon. */
const codeLabels: ReadonlySet<string> = new Set(['TIDM', 'EPIC']);

/** End of `-listed` or `-traded` glued to the venue word ending at `at` (`Nasdaq-listed`), or -1. */
function listedAdjectiveEnd(segment: string, at: number): number {
  if (segment.charCodeAt(at) !== 45 /* - */) return -1;
  const word = segment.startsWith('listed', at + 1) || segment.startsWith('traded', at + 1) ? at + 7 : -1;
  return word !== -1 && !isLetter(segment.charCodeAt(word)) ? word : -1;
}

/**
 * Where the venue word at `at` stands: glued to a word, a path or a prefix (`XNYSE`, `data/NYSE`, `$NYSE`); opening a
 * parenthesis, whose listings with a colon are listingParentheses.ts's and without one are read here only when the
 * symbol closes it; or apart.
 */
function placeOf(segment: string, at: number, start: number): 'glued' | 'parenthesis' | 'apart' {
  const before = segment.charCodeAt(at - 1);
  if (isWordChar(before) || gluing.has(before)) return 'glued';
  return parenthesisBefore(segment, at, start) === -1 ? 'apart' : 'parenthesis';
}

/**
 * The `(` right before `at`, blanks between allowed, or -1. A `[` too: some outlets bracket a listing (`[Nasdaq: BNKX]`),
 * which listingParentheses.ts reads as a parenthesis.
 */
function parenthesisBefore(segment: string, at: number, start: number): number {
  let p = at;
  while (p > start && isBlank(segment.charCodeAt(p - 1))) p--;
  const opener = p > start ? segment.charCodeAt(p - 1) : -1;
  return opener === 40 /* ( */ || opener === 91 /* [ */ ? p - 1 : -1;
}

/**
 * Whether capitals after a venue's name name a market rather than a listing on it: another venue or board ("LSE AIM",
 * "TSX NEX" — names that are also tickers alone in a parenthesis, `(AIM)`, but never after a venue), the venue's
 * operator ("NASDAQ OMX shares", the group's name before 2015), Tokyo's index and board ("TSE TOPIX closed"), or
 * London's index and order book ("LON FTSE rose", "LON UKX", "LON SETS trading").
 */
function namesMarketNotListing(root: string): boolean {
  return normalizeExchange(root) !== undefined || marketNames.has(root);
}

/**
 * The kinds of listed security an adjective describes, "NYSE-listed MLP", "Nasdaq-listed BDC shares": capitals no usual
 * abbreviation list holds (BDC and MLP alone in a parenthesis are listings, Belden's and another's), but after
 * "-listed" the kind, not a symbol. A one-letter symbol there ("NYSE-listed F") is left to forms that mark it more.
 */
const listedKinds: ReadonlySet<string> = new Set(['MLP', 'BDC', 'CEF', 'ETN', 'ETP', 'ETC', 'GDR', 'GDS', 'UIT', 'SPV', 'REIT', 'ADR', 'ADS', 'SPAC']);

// The exchange's own data and indices, and the breadth figures it publishes ("NYSE TICK", "NASDAQ VOLUME rose").
const marketNames: ReadonlySet<string> = new Set(['OMX', 'TAQ', 'TOPIX', 'JASDAQ', 'FTSE', 'UKX', 'SETS', 'TICK', 'TRIN', 'ADV', 'DECL', 'UNCH', 'VOLUME', 'BREADTH', 'COMPOSITE']);

const gluing: ReadonlySet<number> = new Set([...':./\\-$^@#&\'’_'].map((char) => char.charCodeAt(0)));

/** End of a symbol from `at` (`ORCH`, `BRK.B`, `REI.UN`): a capital, up to six capitals or digits, a class; or -1. */
function symbolEndAt(segment: string, at: number, end: number): number {
  if (!isUpper(segment.charCodeAt(at))) return -1;
  let p = at + 1;
  while (p < end && p - at <= longestSymbol && isUpperOrDigit(segment.charCodeAt(p))) p++;
  if (p - at > longestSymbol) return -1;
  if (segment.charCodeAt(p) === 46 /* . */ && isUpper(segment.charCodeAt(p + 1))) {
    const classEnd = isUpper(segment.charCodeAt(p + 2)) ? p + 3 : p + 2;
    if (!isLetter(segment.charCodeAt(classEnd))) p = classEnd;
  }
  return p;
}

/**
 * Whether what follows the symbol ending at `at` reads as a listing's sentence: a blank, then a market word or a
 * price or change (`opened`, `$112.82`, `C$0.19`, `+1.2%`); after a spaced colon also the sentence's end.
 */
function goesOnAsListing(segment: string, at: number, end: number, spacedColon: boolean): boolean {
  const next = at < end ? segment.charCodeAt(at) : 10;
  if (spacedColon && (next === 10 || next === 13 || ((next === 46 || next === 44 || next === 59) && !isWordChar(segment.charCodeAt(at + 1))))) return true;
  if (!isBlank(next)) return false;
  const word = at + 1;
  if (isPriceOrChange(segment, word)) return true;
  let wordEnd = word;
  while (wordEnd < end && wordEnd - word <= longestMarketWord && isLower(segment.charCodeAt(wordEnd))) wordEnd++;
  return wordEnd > word && !isLetter(segment.charCodeAt(wordEnd)) && marketWords.has(segment.slice(word, wordEnd));
}

/** `$112.82`, `C$0.19`, `US$5`, `+1.2%`, `-0.28`: a price or a signed change starts at `at`. */
function isPriceOrChange(segment: string, at: number): boolean {
  let p = at;
  while (p - at < 2 && isUpper(segment.charCodeAt(p))) p++;
  const code = segment.charCodeAt(p);
  if (code === 36 /* $ */ || code === 0xa3 /* £ */ || code === 0x20ac /* € */) return isDigit(segment.charCodeAt(p + 1));
  if (p > at) return false;
  return (code === 43 || code === 45 || code === 0x2212) && isDigit(segment.charCodeAt(p + 1));
}

/** What the ratings network's sentences say next about a listing: its shares, its stock, how it traded. */
const marketWords: ReadonlySet<string> = new Set(
  ('shares share stock stocks opened opens closed closes traded trades trading rose rises fell falls gained gains lost ' +
    'dropped drops jumped jumps climbed slid slipped surged sank tumbled plunged soared rallied declined advanced ' +
    'edged dipped gapped hit reached touched remained ended finished').split(' '),
);
const longestMarketWord = 9;
