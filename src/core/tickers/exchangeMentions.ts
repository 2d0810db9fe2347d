// Exchange-qualified mentions, read around a colon: `(NASDAQ: AAPL)`, `NASDAQ:AAPL`, `(NYSE: BRK.A, BRK.B)`,
// `(NYSE: $KO)`, `(TYO: 7203)`, and several venues in one parenthesis: `(TSX: K; NYSE: KGC)`, `(TSX/NYSE: FNV)`,
// `(NYSE, LSE, ASX: BHP)`. inlineMentions.ts finds the colons; this reads what is behind and ahead of each.

import { normalizeExchangeIn, numberedListingVenue } from './exchanges';
import type { LineIndex } from './lineIndex';
import { ScannedMention, type TickerMention } from './mention';
import { promoTailEnd } from './promoTails';
import { isAlphanumeric, isBlank, isDigit, isLetter, isWordChar } from './charCodes';

/** A ticker as written: letters first, up to 7 characters, an optional share class (`BRK.B`), `^` for indices. */
const symbolPattern = String.raw`\^?[A-Za-z][A-Za-z0-9]{0,6}(?:[.-][A-Za-z0-9]{1,2})?`;

// Exchange mentions are found from their colon, which is rare in prose. Behind it: the prefix, glued to an opening
// parenthesis or standing alone; ahead of it: the symbol(s).
const longestPrefix = 20;
// Unparenthesised only when glued to the colon (`NYSEARCA:IWM`), so prose like "Index: GDP" stays prose.
// Digits lead only Tokyo's symbols (`TYO:7203`), checked against the prefix when read.
const gluedSymbol = new RegExp(`(${symbolPattern}|\\d[0-9A-Z]{2,4})(?![\\w])`, 'y');

/** Writers' tickers are upper case; matching is case-insensitive only so prefixes like "Nasdaq" match. */
function isWrittenTicker(symbol: string): boolean {
  for (let i = 0; i < symbol.length; i++) {
    const code = symbol.charCodeAt(i);
    if (code >= 97 && code <= 122) return false;
  }
  return true;
}

export type ExchangeEmit = (symbol: string, exchange: TickerMention['exchange'], form: TickerMention['form'], at: number, length: number, symbolAt: number) => void;

/** `(NYSE: BRK.A, BRK.B)` or `NYSEARCA:IWM` around the colon at `colon`. */
export function scanExchangeMention(segment: string, colon: number, end: number, emit: ExchangeEmit): void {
  const behind = prefixBefore(segment, colon);
  if (!behind) return;
  const { exchange, prefixAt, prefixEnd, parenthesised, spaced } = behind;
  // `(TSE: 7203)`: a digit-led symbol names its own venue, or is no listing at all.
  const venueOf = (symbol: string) => (isDigit(symbol.charCodeAt(0)) ? numberedListingVenue(exchange!, segment.slice(prefixAt, prefixEnd)) : exchange);
  if (!parenthesised) {
    if (spaced) return;
    gluedSymbol.lastIndex = colon + 1;
    const symbol = gluedSymbol.exec(segment)?.[1];
    const venue = symbol === undefined ? undefined : venueOf(symbol);
    if (symbol !== undefined && venue !== undefined && isWrittenTicker(symbol)) emit(symbol, venue, 'exchange', prefixAt, colon + 1 + symbol.length - prefixAt, colon + 1);
    return;
  }
  // The list up to `)` is read first and emitted only when whole: `(NYSE: KO and more)` is prose.
  const itemCount = symbolListItems(segment, colon + 1, end);
  if (itemCount === 0) return;
  const items = listBounds;
  // The first mention spans `NYSE: BRK.A`; later ones in the list just their symbol.
  let first = true;
  for (let i = 0; i < 2 * itemCount; i += 2) {
    const symbolAt = items[i];
    const symbol = segment.slice(symbolAt, items[i + 1]);
    const venue = venueOf(symbol);
    if (!isWrittenTicker(symbol) || venue === undefined) continue;
    const at = first ? prefixAt : symbolAt;
    emit(symbol, venue, 'exchange', at, symbolAt + symbol.length - at, symbolAt);
    first = false;
  }
}

/**
 * `BRK.A, $BRK.B )` from `at`: the number of symbols, their start and end offsets in `listBounds` (a `$` before one
 * is skipped); 0 when what follows is not a list of symbols closed by `)`. By hand: this runs for every exchange mention.
 */
function symbolListItems(segment: string, at: number, end: number): number {
  let count = 0;
  for (;;) {
    at = skipSpace(segment, at, end);
    if (at === end) return 0;
    if (segment.charCodeAt(at) === 36 /* $ */) at++;
    const start = at;
    const caret = segment.charCodeAt(at) === 94; /* ^ */
    if (caret) at++;
    // Digits lead Tokyo's symbols (`7203`), kept or dropped by the caller; never an index's.
    if (!(caret ? isLetter : isAlphanumeric)(segment.charCodeAt(at))) return 0;
    const rootStart = at++;
    while (at - rootStart < 7 && isAlphanumeric(segment.charCodeAt(at))) at++;
    const separator = segment.charCodeAt(at);
    if ((separator === 46 || separator === 45) && isAlphanumeric(segment.charCodeAt(at + 1))) {
      at += isAlphanumeric(segment.charCodeAt(at + 2)) ? 3 : 2;
    }
    listBounds[2 * count] = start;
    listBounds[2 * count + 1] = at;
    count++;
    at = skipSpace(segment, at, end);
    if (at === end) return 0;
    const next = segment.charCodeAt(at);
    if (next === 41 /* ) */ || promoTailEnd(segment, at) !== -1) return count; // `(NASDAQ:FTXO – Get Free Report)`
    if (next !== 44 /* , */ && next !== 59 /* ; */) return 0;
    at++;
    // Another venue's listing in the same parenthesis: `(TSX: K; NYSE: KGC)`, `(NYSE: BRK.A, NYSE: BRK.B)`.
    const prefixAt = skipSpace(segment, at, end);
    if (startsPrefix(segment, prefixAt, end)) {
      listContinuesAt = prefixAt;
      return count;
    }
    if (next === 59) return 0;
  }
}

/** Where a prefix read after `;` or `,` inside an exchange mention's parenthesis starts: it is parenthesised too. */
let listContinuesAt = -1;

/** Forgets the last list's continuation: called at the start of each run (offsets restart from a new text). */
export function startExchangeRun(): void {
  listContinuesAt = -1;
}

/** Whether an exchange prefix and its colon start at `at` (`NYSE:`, `NYSE American :`), before `end`. */
function startsPrefix(segment: string, at: number, end: number): boolean {
  let colon = at;
  while (colon < end && colon - at <= longestPrefix && (isPrefixChar(segment.charCodeAt(colon)) || isBlank(segment.charCodeAt(colon)))) colon++;
  return colon > at && segment.charCodeAt(colon) === 58 /* : */ && normalizeExchangeIn(segment, at, skipBlanksBack(segment, colon)) !== undefined;
}

/** Scratch space for symbolListItems: read again for every exchange mention, used before the next one is read. */
const listBounds: number[] = [];

/** Past blanks and line breaks, but not past `end` (the run's end: what follows may be a code block). */
function skipSpace(segment: string, at: number, end: number): number {
  for (; at < end; at++) {
    const code = segment.charCodeAt(at);
    if (code !== 32 && code !== 9 && code !== 10 && code !== 13) return at;
  }
  return end;
}

/**
 * The exchange prefix that ends just before a colon: read the run of letters and spaces behind it, then try it
 * word by word from the left ("Fuels (NYSE American" → "NYSE American"). Cheaper than a regex anchored at the end,
 * which V8 would try from every position behind the colon.
 */
function prefixBefore(segment: string, colon: number): { exchange: TickerMention['exchange']; prefixAt: number; prefixEnd: number; parenthesised: boolean; spaced: boolean } | undefined {
  const end = skipBlanksBack(segment, colon);
  if (end === 0 || !isLetter(segment.charCodeAt(end - 1))) return undefined; // most colons ("4:00", `"key":`) have no letter before them
  // Prefixes are one or two words ("NYSE American"): try the last two words, then the last one.
  const lastWordAt = wordStartBefore(segment, end);
  const secondLastEnd = skipBlanksBack(segment, lastWordAt);
  const twoWordsAt = secondLastEnd < lastWordAt && secondLastEnd > 0 ? wordStartBefore(segment, secondLastEnd) : lastWordAt;
  for (let at = twoWordsAt; at !== -1; at = at === lastWordAt ? -1 : lastWordAt) {
    if (end - at > longestPrefix) continue;
    const exchange = normalizeExchangeIn(segment, at, end);
    if (exchange === undefined) continue;
    // `(TSX/NYSE: FNV)`, `(NYSE, LSE, ASX: BHP)`: a list of venues; the first named is the one read.
    let opener = at;
    while (opener > 0 && isBlank(segment.charCodeAt(opener - 1))) opener--;
    const wrapped = skipWrapBack(segment, at);
    const before = wrapped > 0 ? segment.charCodeAt(wrapped - 1) : -1;
    const listAt = before === 47 /* / */ || before === 44 /* , */ ? venuesBefore(segment, at) : -1;
    const firstAt = listAt === -1 ? at : listAt;
    if (listAt !== -1) opener = skipWrapBack(segment, listAt);
    const parenthesised = (opener > 0 && segment.charCodeAt(opener - 1) === 40) /* ( */ || firstAt === listContinuesAt;
    if (listAt !== -1 && !parenthesised) return undefined;
    const previous = at > 0 ? segment.charCodeAt(at - 1) : -1;
    // A glued prefix must stand alone: not the tail of a longer word ("XNYSE:") or of another colon pair.
    if (!parenthesised && (isWordChar(previous) || previous === 58 /* : */)) return undefined;
    return { exchange: listAt === -1 ? exchange : firstListedVenue, prefixAt: firstAt, prefixEnd: end, parenthesised, spaced: end !== colon };
  }
  return undefined;
}

/**
 * Where the first venue of a list of them that ends at the prefix at `at` starts (`TSX/NYSE`, `NYSE, LSE, ASX`), when
 * `at` follows a `/` or `,` and every name before it is a venue (that venue is left in `firstListedVenue`); else -1.
 */
function venuesBefore(segment: string, at: number): number {
  let firstAt = -1;
  for (let names = 0; names < 4; names++) {
    // A wrapped line may fall inside the list: "(NYSE, LSE,\nASX: BHP)".
    const separatorAt = skipWrapBack(segment, at) - 1;
    const separator = segment.charCodeAt(separatorAt);
    if (separator !== 47 /* / */ && separator !== 44 /* , */) return firstAt;
    const nameEnd = skipWrapBack(segment, separatorAt);
    let nameAt = wordStartBefore(segment, nameEnd);
    // Two-word venues: "NYSE American, TSX".
    const before = skipBlanksBack(segment, nameAt);
    const twoWordsAt = before < nameAt && before > 0 ? wordStartBefore(segment, before) : nameAt;
    let exchange = twoWordsAt < nameAt ? normalizeExchangeIn(segment, twoWordsAt, nameEnd) : undefined;
    if (exchange !== undefined) nameAt = twoWordsAt;
    else exchange = normalizeExchangeIn(segment, nameAt, nameEnd);
    if (exchange === undefined || nameAt === nameEnd) return -1;
    firstListedVenue = exchange;
    firstAt = at = nameAt;
  }
  return firstAt;
}

/** Scratch for venuesBefore's answer: the venue of the list's first name. */
let firstListedVenue: TickerMention['exchange'];

/** Start of the run of letters (and dashes, as in TSX-V) that ends at `end`. */
function wordStartBefore(segment: string, end: number): number {
  let at = end;
  while (at > 0 && isPrefixChar(segment.charCodeAt(at - 1))) at--;
  return at;
}

/** Back over blanks and at most one line break (a paragraph's wrap). */
function skipWrapBack(segment: string, at: number): number {
  at = skipBlanksBack(segment, at);
  if (segment.charCodeAt(at - 1) === 10) at = skipBlanksBack(segment, at - (segment.charCodeAt(at - 2) === 13 ? 2 : 1));
  return at;
}

function skipBlanksBack(segment: string, at: number): number {
  while (at > 0 && isBlank(segment.charCodeAt(at - 1))) at--;
  return at;
}

function isPrefixChar(code: number): boolean {
  return isLetter(code) || code === 45 /* - */;
}

/** An exchange mention as the scan keeps it: `^RUT` is the index RUT. */
export function exchangeMention(
  lines: LineIndex,
  written: string,
  exchange: TickerMention['exchange'],
  form: TickerMention['form'],
  offset: number,
  length: number,
  symbolOffset: number,
): TickerMention {
  // `^RUT` is the index RUT: the caret is how some writers mark an index, not part of the symbol.
  const caret = written.charCodeAt(0) === 94 ? 1 : 0;
  const symbol = caret === 0 ? written : written.slice(caret);
  return new ScannedMention(symbol, exchange, form, offset, length, symbolOffset + caret, symbol.length, lines);
}
