// Notes written by hand often put the symbol first and the company's name after it, in parentheses: "### BRNW
// (Brenwick Energy)", "- ORCD (Orcadia Systems): beat on revenue", "NVDA (Nvidia) led the group". The same shape is
// how prose spells an abbreviation out — "GDP (Gross Domestic Product)", "QT (Quantitative Tightening)", "EU
// (European Union)" — so the pair decides: a symbol is made of the name's first word, three letters or more taken
// from it in order from its first, skipping some (`NVDA` from Nvidia, `BRNW` from Brenwick), while an abbreviation
// takes the initials of the words, or cuts the word short ("SEPT (September)", "TECH (Technology)", "LIVE
// (Livestream)"; `CAT (Caterpillar)` is cut so too, and left to its other forms). The name must be a company's as
// written: its first word in mixed case, then capitalised words, `&`, small joining words and lower-case legal
// forms, to the `)`. A coin's name ("BTC (Bitcoin)"), a currency's code and a place's ("TX (Texas)") are no listing.

import { isCommonAbbreviation, precedingWord, spellsInitialsBefore, type PrecedingWord } from './abbreviations';
import { isBlank, isEmphasis, isLetter, isLineOpeningMark, isLower, isUpper } from './charCodes';
import { isCurrencyCode, namesCommodityOrCurrency } from './commodityAndCurrencyCodes';
import { namesPlaceCode } from './placeCodes';
import { namesCryptoAsset } from './cryptoNames';
import { indexCodes, namesVenueOnly } from './exchanges';

export interface SymbolBeforeName {
  readonly symbol: string;
  readonly start: number;
}

/** A name runs to a few words: longer parentheses are prose. */
const longestName = 60;
const mostWords = 5;

/** Lower-case words a company's name may hold: joining words and legal forms ("Bank of Orcadia", "Halvorsen plc"). */
const lowerNameWords: ReadonlySet<string> = new Set(['of', 'and', 'the', 'de', 'plc', 'inc', 'inc.', 'corp', 'corp.', 'ltd', 'ltd.', 'co', 'co.', 'se', 'sa', 'ag', 'nv', 'n.v.', 'llc']);

/**
 * The symbol written right before the parenthesis at `open` when the parenthesis holds the company's name it is
 * taken from; else undefined. `floor` is the run of lines' start; `ignore` the writer's own abbreviations.
 */
export function readSymbolBeforeName(segment: string, open: number, floor: number, ignore: ReadonlySet<string> | undefined): SymbolBeforeName | undefined {
  // The name: a capital then a lower-case letter opens it ("(Nvidia", "(JPMorgan" is read by its first word below).
  if (!isUpper(segment.charCodeAt(open + 1))) return undefined;
  const symbolRead = symbolEndingBefore(segment, open, floor);
  if (symbolRead === undefined) return undefined;
  const words = nameWords(segment, open + 1);
  if (words === undefined || !symbolFitsName(symbolRead.symbol, words, ignore)) return undefined;
  return symbolRead;
}

/**
 * Whether `symbol` is taken from the company's name `words` (read by nameWords): from its first word, three letters or
 * more in order, not its initials nor the word cut short, and no coin's, currency's, place's or commodity's code.
 */
function symbolFitsName(symbol: string, words: readonly PrecedingWord[], ignore: ReadonlySet<string> | undefined): boolean {
  const root = symbol.split('.')[0];
  if (root.length < 2 || isCommonAbbreviation(root, ignore) || namesVenueOnly(root) || indexCodes.has(root) || isCurrencyCode(root)) return false;
  const letters = root.toLowerCase();
  const firstWord = words[0].parts.join('');
  if (letters.length < 3 || firstWord.startsWith(letters) || !isTakenFrom(letters, firstWord) || spellsInitialsBefore(root, words) || namesCryptoAsset(words.slice(0, 1))) return false;
  // "TX (Texas)": a place's code; "WTI (West Texas…)" a commodity's.
  return !namesPlaceCode(root, words) && !namesCommodityOrCurrency(root, words);
}

/**
 * A line that opens on a symbol, a dash or a colon and the company's name, as watchlists set their items: "- **ORCD**
 * — Orcadia Holdings — $12.30 (+4.1%)", "### BRNW: Brenwick Energy", "1. HLVN – Halvorsen plc". The name runs to the
 * next dash, colon, comma, parenthesis, bar or the line's end, and must be all name: "## ORCD: Orcadia beats on
 * revenue" is a headline, not a listing. The pair is held to what the parenthesis form asks (symbolFitsName).
 */
const symbolDashName = /[ \t]*(?:>[ \t]*)?(?:(?:[-*+]|\d{1,3}[.)])[ \t]+)?(?:#{1,6}[ \t]+)?([*_]{0,2})([A-Z]{2,5}(?:\.[A-Z])?)\1(?:[ \t]+(?:—|–|--?)|[ \t]*:)[ \t]+[*_]{0,2}(\p{Lu}[\p{L}&.'’ -]{1,60}?)[*_]{0,2}(?=[ \t]*(?:[—–:,;(|]|[ \t]-[ \t]|\r?\n|$))/uy;

/**
 * Emits the symbol of each line that opens on a symbol and its company's name, in document order. Each line is tried
 * only when two capitals stand at its start past its markers: the pattern runs on few lines.
 */
export function scanSymbolDashNames(text: string, lineStarts: ArrayLike<number>, ignore: ReadonlySet<string> | undefined, emit: (symbol: string, at: number) => void): void {
  for (let line = 0; line < lineStarts.length; line++) {
    const lineStart = lineStarts[line];
    if (!opensOnCapitals(text, lineStart, line + 1 < lineStarts.length ? lineStarts[line + 1] : text.length)) continue;
    symbolDashName.lastIndex = lineStart;
    const match = symbolDashName.exec(text);
    const words = match === null ? undefined : nameWords(`${match[3].trimEnd()})`, 0);
    if (match !== null && words !== undefined && symbolFitsName(match[2], words, ignore)) emit(match[2], lineStart + match[0].indexOf(match[2]));
  }
}

/**
 * Whether two to five capitals stand at the line's start past blanks, a quote's, a list's or a heading's marker and
 * emphasis, with a colon or a blank and a dash after them (and their emphasis): the cheap test before the pattern.
 */
function opensOnCapitals(text: string, at: number, end: number): boolean {
  const limit = Math.min(end, at + 16);
  while (at < limit && !isUpper(text.charCodeAt(at))) {
    const code = text.charCodeAt(at);
    if (!(isLineOpeningMark(code) || code === 46 /* . */ || code === 41 /* ) */ || (code >= 48 && code <= 57))) return false;
    at++;
  }
  const capitals = at;
  while (at < end && at - capitals <= 5 && (isUpper(text.charCodeAt(at)) || text.charCodeAt(at) === 46)) at++;
  if (at - capitals < 2 || at - capitals > 5 + 2) return false;
  while (at < end && isEmphasis(text.charCodeAt(at))) at++;
  const after = text.charCodeAt(at);
  if (after === 58 /* : */) return true;
  if (!isBlank(after)) return false;
  const dash = text.charCodeAt(at + 1);
  return dash === 0x2014 || dash === 0x2013 || dash === 45 || dash === 58;
}

/**
 * The symbol ending one blank before `open` (past emphasis: `**ORCD** (Orcadia)`): two to five capitals and a share
 * class (`BRK.B`), standing alone — a line's start, a blank, a list or heading marker, emphasis before it.
 */
export function symbolEndingBefore(segment: string, open: number, floor: number): { symbol: string; start: number } | undefined {
  let end = open - 1;
  if (end <= floor || !isBlank(segment.charCodeAt(end))) return undefined;
  while (end > floor && isEmphasis(segment.charCodeAt(end - 1))) end--;
  let start = end;
  if (start - 2 > floor && segment.charCodeAt(start - 2) === 46 /* . */ && isUpper(segment.charCodeAt(start - 1))) start -= 2;
  const classAt = start;
  while (start > floor && end - start <= 7 && isUpper(segment.charCodeAt(start - 1))) start--;
  if (classAt - start < 2 || classAt - start > 5) return undefined;
  while (start > floor && isEmphasis(segment.charCodeAt(start - 1)) && start > floor) start--;
  const before = start > floor ? segment.charCodeAt(start - 1) : 10;
  if (!(isBlank(before) || before === 10 || before === 13)) return undefined;
  let symbolStart = start;
  while (isEmphasis(segment.charCodeAt(symbolStart))) symbolStart++;
  return { symbol: segment.slice(symbolStart, end), start: symbolStart };
}

/** The words of the name from `at` to its `)`, or undefined when the parenthesis holds anything but a company's name. */
function nameWords(segment: string, at: number): PrecedingWord[] | undefined {
  const words: PrecedingWord[] = [];
  const limit = Math.min(segment.length, at + longestName);
  let wordStart = at;
  for (let p = at; p < limit; p++) {
    const code = segment.charCodeAt(p);
    if (code !== 32 && code !== 41 /* ) */) {
      if (!(isLetter(code) || code === 38 /* & */ || code === 46 || code === 45 || code === 39 || code === 0x2019)) return undefined;
      continue;
    }
    if (p === wordStart) return undefined;
    const written = segment.slice(wordStart, p);
    const first = written.charCodeAt(0);
    if (words.length === 0 ? !isMixedCase(written) : !(isUpper(first) || first === 38 || lowerNameWords.has(written.toLowerCase()))) return undefined;
    const word = precedingWord(segment, wordStart, p);
    if (word === undefined || words.length === mostWords) return undefined;
    words.push(word);
    if (code === 41) return words;
    wordStart = p + 1;
  }
  return undefined;
}

/** A capital first and a lower-case letter after it: "Nvidia", "JPMorgan", not "CHIPS" or "US". */
function isMixedCase(word: string): boolean {
  if (!isUpper(word.charCodeAt(0))) return false;
  for (let i = 1; i < word.length; i++) if (isLower(word.charCodeAt(i))) return true;
  return false;
}

/** Whether `letters` are taken from `word` in order, the first from its first: `brnw` from "brenwick". */
function isTakenFrom(letters: string, word: string): boolean {
  if (letters[0] !== word[0]) return false;
  let at = 1;
  for (let i = 1; i < letters.length; i++) {
    at = word.indexOf(letters[i], at) + 1;
    if (at === 0) return false;
  }
  return true;
}
