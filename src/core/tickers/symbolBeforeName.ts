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
import { isBlank, isEmphasis, isLetter, isLower, isUpper } from './charCodes';
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
  if (words === undefined) return undefined;
  const { symbol, start } = symbolRead;
  const root = symbol.split('.')[0];
  if (root.length < 2 || isCommonAbbreviation(root, ignore) || namesVenueOnly(root) || indexCodes.has(root) || isCurrencyCode(root)) return undefined;
  const letters = root.toLowerCase();
  const firstWord = words[0].parts.join('');
  if (letters.length < 3 || firstWord.startsWith(letters) || !isTakenFrom(letters, firstWord) || spellsInitialsBefore(root, words) || namesCryptoAsset(words.slice(0, 1))) return undefined;
  // "TX (Texas)": a place's code; "WTI (West Texas…)" a commodity's.
  if (namesPlaceCode(root, words) || namesCommodityOrCurrency(root, words)) return undefined;
  return { symbol, start };
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
