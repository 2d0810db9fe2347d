// Mentions in a run of prose: exchange-qualified `(NASDAQ: AAPL)` / `NASDAQ:AAPL`, cashtags `$TSLA`, and the
// parenthesised forms of news copy (parenthesisedMentions.ts). Never inside code spans, HTML comments, link targets
// or URLs (block-level code never reaches here, see markdownBlocks.ts). Each kind is found from a rare character
// (`, <!--, ](, http, :, $, (, ^): V8 skips ahead on those at memory speed, where one regex of alternatives would
// try every position. Skipped spans are collected first; candidates inside them are dropped.

import { normalizeExchange } from './exchanges';
import { ScannedMention, type TickerMention } from './mention';
import type { LineIndex } from './lineIndex';
import { collectSkippedSpans } from './skippedSpans';
import { scanCaretIndices, scanParenthesisedMentions, type EmitMention, type ParenthesisOptions } from './parenthesisedMentions';
import { mergeSorted } from '../sortedMerge';

/** A ticker as written: letters first, up to 7 characters, an optional share class (`BRK.B`), `^` for indices. */
const symbolPattern = String.raw`\^?[A-Za-z][A-Za-z0-9]{0,6}(?:[.-][A-Za-z0-9]{1,2})?`;

// A cashtag's first character is a letter, so `$500` and `$5 billion` are money, not tickers.
const cashtagPattern = /\$(?<![\w$]\$)([A-Za-z][A-Za-z0-9]{0,5}(?:\.[A-Za-z]{1,2})?)(?![\w$])/g;

// Exchange mentions are found from their colon, which is rare in prose. Behind it: the prefix, glued to an opening
// parenthesis or standing alone; ahead of it: the symbol(s).
const longestPrefix = 20;
// A symbol in the list may carry its cashtag: `(NYSE: $KO)`.
const parenthesisedSymbols = new RegExp(`\\s*(\\$?${symbolPattern}(?:\\s*,\\s*\\$?${symbolPattern})*)\\s*\\)`, 'y');
// Unparenthesised only when glued to the colon (`NYSEARCA:IWM`), so prose like "Index: GDP" stays prose.
const gluedSymbol = new RegExp(`(${symbolPattern})(?![\\w])`, 'y');
const symbolInList = new RegExp(symbolPattern, 'g');

/** Writers' tickers are upper case; matching is case-insensitive only so prefixes like "Nasdaq" match. */
function isWrittenTicker(symbol: string): boolean {
  for (let i = 0; i < symbol.length; i++) {
    const code = symbol.charCodeAt(i);
    if (code >= 97 && code <= 122) return false;
  }
  return true;
}

/** Appends the mentions found in text[start, end) to `out`, in order. */
export function scanInlineMentions(text: string, start: number, end: number, lines: LineIndex, out: TickerMention[], options: ParenthesisOptions = defaultParenthesisOptions): void {
  const segment = start === 0 && end === text.length ? text : text.slice(start, end);
  const skipped = collectSkippedSpans(segment);
  const cashtags: TickerMention[] = [];
  const cashtagSkip = skipped.cursor();
  cashtagPattern.lastIndex = 0;
  for (let match = cashtagPattern.exec(segment); match !== null; match = cashtagPattern.exec(segment)) {
    if (!cashtagSkip.covers(match.index) && isWrittenTicker(match[1])) {
      cashtags.push(mention(lines, match[1], undefined, 'cashtag', start + match.index, match[0].length, start + match.index + 1));
    }
  }
  const exchanges: TickerMention[] = [];
  const emit: Emit = (symbol, exchange, form, at, length, symbolAt) => exchanges.push(mention(lines, symbol, exchange, form, start + at, length, start + symbolAt));
  const colonSkip = skipped.cursor();
  for (let colon = segment.indexOf(':'); colon !== -1; colon = segment.indexOf(':', colon + 1)) {
    if (!colonSkip.covers(colon)) scanExchangeMention(segment, colon, emit);
  }
  const parenthesised: TickerMention[] = [];
  const collect =
    (list: TickerMention[]): EmitMention =>
    (symbol, exchange, form, at, length, symbolAt, symbolLength) =>
      list.push(new ScannedMention(symbol, exchange, form, start + at, length, start + symbolAt, symbolLength, lines));
  scanParenthesisedMentions(segment, skipped.cursor().covers, options, collect(parenthesised));
  if (segment.includes('^')) {
    const carets: TickerMention[] = [];
    scanCaretIndices(segment, skipped.cursor().covers, collect(carets));
    if (carets.length > 0) parenthesised.splice(0, parenthesised.length, ...mergeSorted(parenthesised, carets, byOffset));
  }
  // Each list is in document order already: merge rather than sort. Where two forms claim the same characters
  // (`(NYSE: $KO)` is an exchange mention holding a cashtag; `(^DJI -0.3%)` a chip holding a caret index), the
  // one that starts first and so spans more wins.
  if (parenthesised.length === 0 && (exchanges.length === 0 || cashtags.length === 0)) {
    mergeSorted(exchanges, cashtags, byOffset, out);
    return;
  }
  const merged = mergeSorted(parenthesised.length === 0 ? exchanges : mergeSorted(exchanges, parenthesised, byOffset), cashtags, byOffset);
  dropOverlaps(merged);
  for (const item of merged) out.push(item);
}

const defaultParenthesisOptions: ParenthesisOptions = { companyParentheses: true };

/** Removes, in place, mentions that start inside the one kept before them. */
function dropOverlaps(mentions: TickerMention[]): void {
  let kept = 0;
  let reach = -1;
  for (const current of mentions) {
    if (current.offset < reach) continue;
    mentions[kept++] = current;
    reach = current.offset + current.length;
  }
  mentions.length = kept;
}

const byOffset = (mention: TickerMention) => mention.offset;

type Emit = (symbol: string, exchange: TickerMention['exchange'], form: TickerMention['form'], at: number, length: number, symbolAt: number) => void;

/** `(NYSE: BRK.A, BRK.B)` or `NYSEARCA:IWM` around the colon at `colon`. */
function scanExchangeMention(segment: string, colon: number, emit: Emit): void {
  const behind = prefixBefore(segment, colon);
  if (!behind) return;
  const { exchange, prefixAt, parenthesised, spaced } = behind;
  if (!parenthesised) {
    if (spaced) return;
    gluedSymbol.lastIndex = colon + 1;
    const symbol = gluedSymbol.exec(segment)?.[1];
    if (symbol !== undefined && isWrittenTicker(symbol)) emit(symbol, exchange, 'exchange', prefixAt, colon + 1 + symbol.length - prefixAt, colon + 1);
    return;
  }
  parenthesisedSymbols.lastIndex = colon + 1;
  const list = parenthesisedSymbols.exec(segment);
  if (!list) return;
  const listAt = colon + 1 + list[0].indexOf(list[1]);
  // The first mention spans `NYSE: BRK.A`; later ones in the list just their symbol.
  let first = true;
  symbolInList.lastIndex = 0;
  for (let item = symbolInList.exec(list[1]); item !== null; item = symbolInList.exec(list[1])) {
    if (!isWrittenTicker(item[0])) continue;
    const symbolAt = listAt + item.index;
    const at = first ? prefixAt : symbolAt;
    emit(item[0], exchange, 'exchange', at, symbolAt + item[0].length - at, symbolAt);
    first = false;
  }
}

/**
 * The exchange prefix that ends just before a colon: read the run of letters and spaces behind it, then try it
 * word by word from the left ("Fuels (NYSE American" → "NYSE American"). Cheaper than a regex anchored at the end,
 * which V8 would try from every position behind the colon.
 */
function prefixBefore(segment: string, colon: number): { exchange: TickerMention['exchange']; prefixAt: number; parenthesised: boolean; spaced: boolean } | undefined {
  const end = skipBlanksBack(segment, colon);
  if (end === 0 || !isLetter(segment.charCodeAt(end - 1))) return undefined; // most colons ("4:00", `"key":`) have no letter before them
  // Prefixes are one or two words ("NYSE American"): try the last two words, then the last one.
  const lastWordAt = wordStartBefore(segment, end);
  const secondLastEnd = skipBlanksBack(segment, lastWordAt);
  const twoWordsAt = secondLastEnd < lastWordAt && secondLastEnd > 0 ? wordStartBefore(segment, secondLastEnd) : lastWordAt;
  for (const at of twoWordsAt < lastWordAt ? [twoWordsAt, lastWordAt] : [lastWordAt]) {
    if (end - at > longestPrefix) continue;
    const exchange = normalizeExchange(segment.slice(at, end));
    if (exchange === undefined) continue;
    let opener = at;
    while (opener > 0 && isBlank(segment.charCodeAt(opener - 1))) opener--;
    const parenthesised = opener > 0 && segment.charCodeAt(opener - 1) === 40; /* ( */
    const previous = at > 0 ? segment.charCodeAt(at - 1) : -1;
    // A glued prefix must stand alone: not the tail of a longer word ("XNYSE:") or of another colon pair.
    if (!parenthesised && (isWordChar(previous) || previous === 58 /* : */)) return undefined;
    return { exchange, prefixAt: at, parenthesised, spaced: end !== colon };
  }
  return undefined;
}

/** Start of the run of letters (and dashes, as in TSX-V) that ends at `end`. */
function wordStartBefore(segment: string, end: number): number {
  let at = end;
  while (at > 0 && isPrefixChar(segment.charCodeAt(at - 1))) at--;
  return at;
}

function skipBlanksBack(segment: string, at: number): number {
  while (at > 0 && isBlank(segment.charCodeAt(at - 1))) at--;
  return at;
}

function isBlank(code: number): boolean {
  return code === 32 || code === 9;
}

function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isPrefixChar(code: number): boolean {
  return isLetter(code) || code === 45 /* - */;
}

function isWordChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}

function mention(
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
