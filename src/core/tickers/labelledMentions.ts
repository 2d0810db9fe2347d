// Tickers written after a label, as press releases and Nasdaq.com write them:
//   `(Symbol: ADSK)`, `(Ticker: BPCGY)`, `(ticker: XYZ)`, `(ticker SPY)`, `(Nasdaq ticker: ABC)`, `NYSE symbol: KO`
//   `under the ticker symbol "ABC"`, `trades under the symbol “XYZ.”`, `under the ticker ABC`, `its trading symbol ABC`,
//   `the ticker symbol for Orcadia is ORCD`, `its Nasdaq ticker is ABC`
// Found from the words themselves (`ymbol`, `icker`: one search each finds both cases, and prose rarely writes them).
// A label word alone is not enough: "symbol of HOPE", "the ticker tape", "a symbol AND a warning" stay prose. The
// label must be followed by a colon, or be "ticker symbol" / "trading symbol" / "stock symbol", or come after "under
// (the)", or open a parenthesis whose first item the symbol is; then the symbol follows, bare or quoted. The exchange is the one written in the label (`Nasdaq ticker:`) or
// named in the clause ("listed on the New York Stock Exchange under the symbol KO", "… “KO” on the NYSE"); otherwise
// it is unknown. The writer said "this is a ticker", so no abbreviation list applies, only placeholders (`TBD`).

import { isCommonAbbreviation } from './abbreviations';
import { copulaEnd, endsClause, isWordAt } from './labelCopulas';
import { isPlaceholderSymbol } from './labels';
import { isLetter, isLower, isUpper, isUpperOrDigit, isWordChar } from './charCodes';
import { namesVenueOnly, normalizeExchange, normalizeVenueName, type ExchangeId } from './exchanges';
import type { Occurrences } from './occurrences';
import type { EmitMention } from './parenthesisedMentions';
import type { SpanCursor } from './skippedSpans';
import { bloombergCodeExchange } from './venueSuffixes';
import { fitsCode } from './bloombergMentions';

/**
 * The labelled mentions in segment[start, end), from the label words `symbols` (`bol`) and `tickers` (`ker`) find
 * ("broker", "bold" are dropped on the letters before). Emitted in document order: a label read from "ticker" that
 * goes on to "symbol" is read once.
 */
export function scanLabelledMentions(
  segment: string,
  start: number,
  end: number,
  symbols: Occurrences,
  tickers: Occurrences,
  skipped: SpanCursor,
  ignore: ReadonlySet<string> | undefined,
  emit: EmitMention,
): void {
  let symbolAt = symbols.within(start + 3, end);
  let tickerAt = tickers.within(start + 3, end);
  let reach = start;
  while (symbolAt !== -1 || tickerAt !== -1) {
    const isTicker = symbolAt === -1 || (tickerAt !== -1 && tickerAt < symbolAt);
    const found = isTicker ? tickerAt : symbolAt;
    if (isTicker) tickerAt = tickers.within(found + 1, end);
    else symbolAt = symbols.within(found + 1, end);
    const wordAt = found - 3; // `sym`/`tic`, which the search skipped
    if (wordAt < reach || !(isTicker ? startsWord(segment, wordAt, 116, 105, 99) : startsWord(segment, wordAt, 115, 121, 109))) continue;
    if (segment.charCodeAt(wordAt + 6) === 115 /* s */) {
      const list = readListLabel(segment, wordAt, start, end, ignore);
      if (list === undefined || skipped.covers(wordAt)) continue;
      for (const read of list) emit(read.symbol, read.exchange, 'label', read.writtenAt, read.symbolAt + read.symbolLength - read.writtenAt, read.symbolAt, read.symbolLength);
      reach = list[list.length - 1].symbolAt + list[list.length - 1].symbolLength;
      continue;
    }
    const read = readLabel(segment, wordAt, isTicker ? 'icker' : 'ymbol', start, end, ignore);
    if (read === undefined || skipped.covers(wordAt)) continue;
    reach = read.symbolAt + read.symbolLength;
    const at = read.exchangeAt ?? read.writtenAt;
    emit(read.symbol, read.exchange, 'label', at, reach - at, read.symbolAt, read.symbolLength);
  }
}

/**
 * The venue of Bloomberg's code after a labelled symbol, as research notes' key data give it: "Ticker: VOD LN",
 * "Bloomberg ticker: HLVN LN" (London). One blank, two capitals, then the field's end (blanks allowed before it); a code for a composite (`US`)
 * or one we do not know leaves the venue unknown, and the symbol must fit the venue's shape (`7203 JP`).
 */
function bloombergVenueAfter(segment: string, at: number, end: number, symbol: string): ExchangeId | undefined {
  if (segment.charCodeAt(at) !== 32 || !isUpper(segment.charCodeAt(at + 1)) || !isUpper(segment.charCodeAt(at + 2))) return undefined;
  const after = skipBlanks(segment, at + 3, end);
  if (after < end && !fieldEnds(segment.charCodeAt(after))) return undefined;
  const venue = bloombergCodeExchange(segment.charCodeAt(at + 1), segment.charCodeAt(at + 2));
  return venue && fitsCode(symbol, venue) ? venue : undefined;
}

/** A character that ends a key-data field: a line break, a bar, a semicolon, a comma, emphasis or a bracket's close. */
function fieldEnds(code: number): boolean {
  return code === 10 || code === 13 || code === 124 || code === 59 || code === 44 || code === 42 || code === 95 || code === 41;
}

/** Whether the three letters at `at` are the given ones, the first in either case (`tic`, `Tic`). */
function startsWord(segment: string, at: number, first: number, second: number, third: number): boolean {
  return (segment.charCodeAt(at) | 0x20) === first && segment.charCodeAt(at + 1) === second && segment.charCodeAt(at + 2) === third;
}

export interface LabelRead {
  readonly symbol: string;
  readonly exchange: ExchangeId | undefined;
  /** Where the exchange is written inside the label (`Nasdaq ticker:`), when it is. */
  readonly exchangeAt: number | undefined;
  /** Where the symbol as written starts: its `$` (`Ticker: $XYZ`), else the symbol. */
  readonly writtenAt: number;
  readonly symbolAt: number;
  readonly symbolLength: number;
}

/** The label whose word starts at `wordAt` (`Symbol`, `ticker`…) and the symbol it introduces, or undefined. */
function readLabel(segment: string, wordAt: number, tail: string, start: number, end: number, ignore: ReadonlySet<string> | undefined): LabelRead | undefined {
  if (wordAt > start && isLetter(segment.charCodeAt(wordAt - 1))) return undefined; // "flicker", "Dickerson"
  let at = wordAt + 6;
  if (isLetter(segment.charCodeAt(at))) return undefined; // "tickers", "symbolic"
  // "ticker symbol": one label, read from its first word.
  const next = skipSpace(segment, at, end);
  if (tail === 'icker' && next > at && segment.startsWith('symbol', next) && !isLetter(segment.charCodeAt(next + 6))) at = next + 6;
  const tickerSymbol = at !== wordAt + 6;
  let colon = false;
  let p = skipSpace(segment, at, end);
  // A note's own label is often set in bold: "**Ticker:** ORCD", "**Ticker**: ORCD".
  const colonAt = skipEmphasis(segment, p);
  if (segment.charCodeAt(colonAt) === 58 /* : */) {
    colon = true;
    p = skipSpace(segment, skipEmphasis(segment, colonAt + 1), end);
  } else if (p === at) {
    return undefined;
  }
  // "changed its ticker symbol to “META”": the new symbol.
  if (!colon && segment.startsWith('to ', p)) p += 3;
  // "The ticker symbol for Orcadia is ORCD.", "Its Nasdaq ticker is VLMT.": the label names the symbol after "is".
  const copulaAt = colon ? -1 : copulaEnd(segment, p, end);
  if (copulaAt !== -1) p = copulaAt;
  // Most label words in prose are followed by a lower-case word ("the symbol of", "tickers in"): drop those before
  // reading the words around.
  const first = segment.charCodeAt(p);
  if (!isUpper(first) && closingQuote(first) === undefined && !(colon && first === 36) /* $ */) return undefined;
  const before = wordBefore(segment, wordAt, start);
  const labelWords = before === undefined ? undefined : segment.slice(before, trimmedEnd(segment, wordAt)).toLowerCase();
  if (tail === 'ymbol' && labelWords === 'ticker') return undefined;
  const introducer = tail === 'ymbol' && labelWords !== undefined && symbolIntroducers.has(labelWords);
  // The exchange named in the label itself: `Nasdaq ticker:`, `NYSE American symbol:`.
  const labelled = before === undefined ? undefined : exchangeEndingAt(segment, wordAt, start);
  const under = underBefore(segment, wordAt, start);
  // A label word alone is prose ("the ticker tape", "a symbol of HOPE"): something must make it a label, or the
  // symbol must be quoted ("enter the ticker “QQQ”"; after "symbol", two letters or more: "the symbol "E"" is math).
  const quoted = closingQuote(first) !== undefined && labelWords !== undefined && determiners.has(labelWords) && (tail === 'icker' || isUpper(segment.charCodeAt(p + 2)));
  // `(ticker SPY)`, `(symbol BND, expense ratio 0.03%)`: a label word opening a parenthesis, the symbol closing it or
  // its first item ("(ticker SPY was retired)" is prose).
  const opensParenthesis = !colon && segment.charCodeAt(skipSpaceBack(segment, wordAt, start) - 1) === 40; /* ( */
  // After "is", the label must name a listing's symbol by itself: "ticker", "ticker symbol", "stock symbol" or a venue's
  // symbol; "the symbol for gold is AU" is chemistry's.
  const copula = copulaAt !== -1 && (tail === 'icker' || tickerSymbol || introducer || labelled !== undefined);
  if (copulaAt !== -1 && !copula) return undefined;
  if (!colon && !tickerSymbol && !introducer && under === undefined && labelled === undefined && !quoted && !opensParenthesis && !copula) return undefined;
  const symbol = readSymbol(segment, p, end, colon);
  if (symbol === undefined) return undefined;
  if (opensParenthesis && !closesItem(segment.charCodeAt(symbol.after))) return undefined;
  const written = segment.slice(symbol.at, symbol.end);
  // "The symbol is NOT a ticker", "the ticker is ETF-heavy": after "is" the symbol ends its clause, and a usual
  // abbreviation is read only in quotes.
  if (copula && (!endsClause(segment, symbol.after, end) || (closingQuote(first) === undefined && isCommonAbbreviation(written, ignore)))) return undefined;
  if (isPlaceholderSymbol(written) || ignore?.has(written) || namesVenueOnly(written)) return undefined;
  let exchange = labelled?.exchange ?? symbol.exchange;
  if (exchange === undefined && colon) exchange = bloombergVenueAfter(segment, symbol.after, end, written);
  if (exchange === undefined && !colon) exchange = venueNamedBefore(segment, under ?? wordAt, start) ?? venueNamedAfter(segment, symbol.after, end);
  return { symbol: written, exchange, exchangeAt: labelled?.at, writtenAt: symbol.writtenAt, symbolAt: symbol.at, symbolLength: symbol.end - symbol.at };
}

/** Most symbols a list label introduces: a note's tags, a story's related tickers. */
const maxListed = 12;

/**
 * The symbols a plural label lists before the end of its line or sentence: "Tickers: ORCD, BRNW and HLVN", "**Related
 * tickers:** ORCD, BRNW", "Nasdaq symbols: ORCD; BRNW." Undefined unless the label has its colon and the whole list is
 * symbols: "Tickers: ORCD rose", "symbols: see below" are prose.
 */
function readListLabel(segment: string, wordAt: number, start: number, end: number, ignore: ReadonlySet<string> | undefined): LabelRead[] | undefined {
  if (wordAt > start && isLetter(segment.charCodeAt(wordAt - 1))) return undefined;
  if (isLetter(segment.charCodeAt(wordAt + 7))) return undefined; // "tickerstore"
  const colonAt = skipEmphasis(segment, skipSpace(segment, wordAt + 7, end));
  if (segment.charCodeAt(colonAt) !== 58 /* : */) return undefined;
  return readSymbolList(segment, colonAt, end, ignore, exchangeEndingAt(segment, wordAt, start)?.exchange, false);
}

/**
 * The symbols listed after the colon at `colonAt` to the end of the line or sentence ("ORCD, BRNW and HLVN"), each
 * with `exchange` unless it names its own; undefined unless every item is a symbol. `abbreviationsAreProse`: a
 * usual abbreviation among them ("FX", "CEO", or one the writer's configuration lists) makes the whole list prose, for
 * a label that does not say "tickers".
 */
export function readSymbolList(
  segment: string,
  colonAt: number,
  end: number,
  ignore: ReadonlySet<string> | undefined,
  exchange: ExchangeId | undefined,
  abbreviationsAreProse: boolean,
): LabelRead[] | undefined {
  const reads: LabelRead[] = [];
  let p = skipBlanks(segment, skipEmphasis(segment, colonAt + 1), end);
  while (reads.length < maxListed) {
    const symbol = readSymbol(segment, p, end, true);
    if (symbol === undefined) return undefined;
    const written = segment.slice(symbol.at, symbol.end);
    if (isPlaceholderSymbol(written) || namesVenueOnly(written)) return undefined;
    if (abbreviationsAreProse && symbol.exchange === undefined && isCommonAbbreviation(written, ignore)) return undefined;
    if (!ignore?.has(written)) reads.push({ symbol: written, exchange: exchange ?? symbol.exchange, exchangeAt: undefined, writtenAt: symbol.writtenAt, symbolAt: symbol.at, symbolLength: symbol.end - symbol.at });
    p = skipBlanks(segment, symbol.after, end);
    const code = segment.charCodeAt(p);
    if (code === 44 /* , */ || code === 59 /* ; */) p = skipBlanks(segment, p + 1, end);
    if (segment.startsWith('and ', p)) p = skipBlanks(segment, p + 4, end);
    else if (code !== 44 && code !== 59) return listEndsAt(segment, p, end) && reads.length > 0 ? reads : undefined;
  }
  return undefined;
}

/** Whether a list ends at `at`: the line's or the text's end, or a full stop before either or a blank. */
function listEndsAt(segment: string, at: number, end: number): boolean {
  if (segment.charCodeAt(at) === 46 /* . */) at++;
  at = skipEmphasis(segment, at);
  const code = segment.charCodeAt(at);
  return at >= end || code === 10 || code === 13 || code === 32 || code === 124 /* a table cell's | */;
}

/** Past spaces and tabs, within the line. */
function skipBlanks(segment: string, at: number, end: number): number {
  while (at < end && (segment.charCodeAt(at) === 32 || segment.charCodeAt(at) === 9)) at++;
  return at;
}

/** Words that make "… symbol" a label by themselves: "ticker symbol" is read from "ticker". */
const symbolIntroducers: ReadonlySet<string> = new Set(['trading', 'stock']);

/** Words that make a label word name one listing ("the ticker “QQQ”", "its symbol 'KO'"), unlike "a symbol “HOPE”". */
const determiners: ReadonlySet<string> = new Set(['the', 'its', 'their', 'new', 'our', 'his', 'her', 'my', 'your']);

/** The end of a parenthesis's first item: its `)`, or a separator before more. */
function closesItem(code: number): boolean {
  return code === 41 /* ) */ || code === 44 /* , */ || code === 59; /* ; */
}


/** The start of the word (letters) right before `at`, past one run of blanks, on the same line; undefined if none. */
function wordBefore(segment: string, at: number, start: number): number | undefined {
  let p = skipSpaceBack(segment, at, start);
  if (p === at) return undefined;
  const wordEnd = p;
  while (p > start && isLetter(segment.charCodeAt(p - 1))) p--;
  return p === wordEnd ? undefined : p;
}

/** The exchange written as the one or two words right before the label word at `wordAt` (`NYSE American ticker`). */
function exchangeEndingAt(segment: string, wordAt: number, start: number): { exchange: ExchangeId; at: number } | undefined {
  const last = wordBefore(segment, wordAt, start);
  if (last === undefined) return undefined;
  const lastEnd = trimmedEnd(segment, wordAt);
  const two = wordBefore(segment, last, start);
  if (two !== undefined) {
    const exchange = normalizeExchange(segment.slice(two, lastEnd));
    if (exchange !== undefined && exchange !== 'INDEX') return { exchange, at: two };
  }
  const exchange = normalizeExchange(segment.slice(last, lastEnd));
  return exchange === undefined || exchange === 'INDEX' ? undefined : { exchange, at: last };
}

function trimmedEnd(segment: string, at: number): number {
  return skipSpaceBack(segment, at, 0);
}

/** Past a run of emphasis markers (`**`, `_`) at `at`. */
function skipEmphasis(segment: string, at: number): number {
  while (segment.charCodeAt(at) === 42 /* * */ || segment.charCodeAt(at) === 95 /* _ */) at++;
  return at;
}

/** Past blanks and at most one line break (a paragraph's soft wrap), not past `end`. */
function skipSpace(segment: string, at: number, end: number): number {
  let breaks = 0;
  for (; at < end; at++) {
    const code = segment.charCodeAt(at);
    if (code === 10 && ++breaks > 1) break;
    if (code !== 32 && code !== 9 && code !== 10 && code !== 13) break;
  }
  return at;
}

/** `skipSpace` backwards from `at`, not before `start`. */
function skipSpaceBack(segment: string, at: number, start: number): number {
  let breaks = 0;
  for (; at > start; at--) {
    const code = segment.charCodeAt(at - 1);
    if (code === 10 && ++breaks > 1) break;
    if (code !== 32 && code !== 9 && code !== 10 && code !== 13) break;
  }
  return at;
}

/** Where "under" starts in "under" or "under the" right before `at` ("trades under the symbol"), or undefined. */
function underBefore(segment: string, at: number, start: number): number | undefined {
  let word = wordBefore(segment, at, start);
  if (word !== undefined && isWordAt(segment, word, 'the')) word = wordBefore(segment, word, start);
  return word !== undefined && isWordAt(segment, word, 'under') ? word : undefined;
}


/**
 * The symbol after the label from `at`: capitals and digits led by a capital, an optional class (`BRK.B`, `BF-B`),
 * bare or in quotes (`"ABC"`, `“ABC.”` with the sentence's stop inside them); `$XYZ` after a colon.
 */
function readSymbol(segment: string, at: number, end: number, colon: boolean): { at: number; writtenAt: number; end: number; after: number; exchange?: ExchangeId } | undefined {
  const open = segment.charCodeAt(at);
  const close = closingQuote(open);
  if (close !== undefined) at++;
  const writtenAt = at;
  if (close === undefined && colon && open === 36 /* $ */) at++;
  // `under the symbol "NASDAQ: ABCD"`: the prefix names the venue.
  const prefixed = exchangePrefixAt(segment, at);
  if (prefixed !== undefined) at = prefixed.symbolAt;
  const symbolAt = at;
  if (!isUpper(segment.charCodeAt(at))) return undefined;
  at++;
  while (at - symbolAt < 7 && isUpperOrDigit(segment.charCodeAt(at))) at++;
  const separator = segment.charCodeAt(at);
  if ((separator === 46 || separator === 45) && isUpper(segment.charCodeAt(at + 1)) && !isUpperOrDigit(segment.charCodeAt(at + 2)) && !isLower(segment.charCodeAt(at + 2))) at += 2;
  const symbolEnd = at;
  if (symbolEnd > end) return undefined;
  if (close !== undefined) {
    const stop = segment.charCodeAt(at);
    if (stop === 46 || stop === 44) at++; // “ABCD.” — the sentence's stop inside the quotes
    if (segment.charCodeAt(at) !== close && !(close === 0x201d && segment.charCodeAt(at) === 34)) return undefined;
    return { at: symbolAt, writtenAt: prefixed === undefined ? writtenAt : symbolAt, end: symbolEnd, after: at + 1, exchange: prefixed?.exchange };
  }
  const next = segment.charCodeAt(at);
  // Glued to more: "ABC-listed", "ABC's", "NASDAQ: ABC" (the exchange form reads that), "N/A", "KO.N".
  if (isWordChar(next) || next === 58 || next === 47 || next === 39 || next === 0x2019 || next === 38) return undefined;
  if ((next === 46 || next === 45) && isLetter(segment.charCodeAt(at + 1))) return undefined;
  return { at: symbolAt, writtenAt: prefixed === undefined ? writtenAt : symbolAt, end: symbolEnd, after: at, exchange: prefixed?.exchange };
}

/** `NASDAQ: ` or `NYSE American:` at `at` (an exchange prefix and its colon): the venue and where the symbol starts. */
function exchangePrefixAt(segment: string, at: number): { exchange: ExchangeId; symbolAt: number } | undefined {
  if (!isUpper(segment.charCodeAt(at))) return undefined;
  let colon = at;
  while (colon - at < 14 && (isLetter(segment.charCodeAt(colon)) || segment.charCodeAt(colon) === 32)) colon++;
  if (segment.charCodeAt(colon) !== 58 /* : */) return undefined;
  const exchange = normalizeExchange(segment.slice(at, colon).trim());
  if (exchange === undefined || exchange === 'INDEX') return undefined;
  let symbolAt = colon + 1;
  while (segment.charCodeAt(symbolAt) === 32) symbolAt++;
  return { exchange, symbolAt };
}

function closingQuote(open: number): number | undefined {
  if (open === 34 /* " */) return 34;
  if (open === 0x201c /* “ */) return 0x201d;
  if (open === 39 /* ' */) return 39;
  if (open === 0x2018 /* ‘ */) return 0x2019;
  return undefined;
}

/**
 * The exchange named after "on" in the clause before `at`: "listed on the Nasdaq Global Select Market under …",
 * "trades on NYSE under …". Only the words between "on" and `at`, within 60 characters and the sentence.
 */
function venueNamedBefore(segment: string, at: number, start: number): ExchangeId | undefined {
  const limit = Math.max(start, at - 60);
  const end = trimmedEnd(segment, at);
  for (let p = end - 1; p > limit; p--) {
    const code = segment.charCodeAt(p);
    if (code === 46 && segment.charCodeAt(p + 1) === 32) return undefined; // the sentence before
    if (code === 59 || (code === 10 && (segment.charCodeAt(p + 1) === 10 || segment.charCodeAt(p - 1) === 10))) return undefined;
    if (code === 110 /* n */ && segment.charCodeAt(p - 1) === 111 /* o */ && segment.charCodeAt(p + 1) === 32 && !isLetter(segment.charCodeAt(p - 2))) {
      return normalizeVenueName(segment.slice(p + 2, end).replace(/,$/, ''));
    }
  }
  return undefined;
}

/** The exchange named right after the symbol: `“KO” on the New York Stock Exchange`, `“KO” on the NYSE on Friday`. */
function venueNamedAfter(segment: string, at: number, end: number): ExchangeId | undefined {
  if (!segment.startsWith(' on ', at)) return undefined;
  const from = at + 4;
  const limit = Math.min(end, from + 45);
  // The longest run of words that names a venue: "the NYSE American", not "the NYSE".
  let venue: ExchangeId | undefined;
  for (let p = from; p <= limit; p++) {
    const code = p === limit ? 32 : segment.charCodeAt(p);
    if (code === 32 || code === 44 || code === 59 || code === 41 || code === 10 || code === 13 || code === 46) {
      venue = normalizeVenueName(segment.slice(from, p)) ?? venue;
      if (code !== 32) break;
    }
  }
  return venue;
}
