// Syndicated copy puts link text behind a symbol, inside its parenthesis: Zacks' `(EME - Free Report)`, MarketBeat's
// `(NASDAQ:FTXO – Get Free Report)`. Scraped pages lose the dash, and often the space too, when the link was a button:
// `( NYSE:TGT Get Rating )`, `(NYSE:TGTGet Rating)`, `(NASDAQ:AAPLFree Report)`. Both the parenthesised and the
// exchange forms step over it. GuruFocus links each name to its financials: `(AAPL, Financial)`; scraped Zacks pages
// keep the quote widget's text and the symbol again: `(EME Quick QuoteEME - Free Report)`.
//
// The link text is read as words of the sites' buttons, not as any capitalised word: `(NASDAQ:ABCDef)` or
// `(NYSE:GOODTimes)` is no symbol with a tail, and a tail spaced or glued on with no dash must open on the button's
// verb or adjective ("Get", "Free"), so `(ESG Report)` stays a report's name.

import { isBlank, isLower, isUpper, isUpperOrDigit } from './charCodes';

/** Longest link text read, from its dash or first word to `)`: `– Get Free Stock Report` and some blanks. */
const longestTail = 32;

/**
 * Where `)` is after the link text syndicated copy puts behind a symbol, from `at`: its dash (`– Get Free Report)`),
 * or its first word after a blank or glued on (`Get Rating)`); -1 when what follows is anything else.
 */
export function promoTailEnd(segment: string, at: number): number {
  const first = segment.charCodeAt(at);
  const dashed = first === 45 || first === 0x2013 || first === 0x2014;
  if (!dashed && !(isUpper(first) && isLower(segment.charCodeAt(at + 1)))) return -1;
  let close = at + 1;
  while (close - at <= longestTail && close < segment.length && segment.charCodeAt(close) !== 41 /* ) */) close++;
  if (segment.charCodeAt(close) !== 41) return -1;
  return isLinkText(segment.slice(dashed ? at + 1 : at, close), dashed) ? close : -1;
}

/**
 * Whether link text is glued onto a symbol at `at`, the capital that opens it (`TGT|Get Rating)`, `AAPL|Free
 * Report)`), with at least one character of the symbol, from `symbolStart`, before it.
 */
export function isGluedPromoTailAt(segment: string, symbolStart: number, at: number): boolean {
  return at > symbolStart && promoTailEnd(segment, at) !== -1;
}

/** Whether `text` (what is between the dash, or the symbol, and `)`) is a button's words: `Get Free Report`. */
function isLinkText(text: string, dashed: boolean): boolean {
  const words = text.trim().split(/\s+/);
  if (words.length > 4 || !nouns.has(words[words.length - 1].toLowerCase())) return false;
  // Undashed, the text is what the button said, as it said it: "Get Rating", "Free Report".
  if (!dashed && !openers.has(words[0])) return false;
  for (const word of words) {
    if (!buttonWords.has(word.toLowerCase())) return false;
    if (!dashed && !isUpper(word.charCodeAt(0))) return false;
  }
  return true;
}

const openers: ReadonlySet<string> = new Set(['Get', 'Free']);
const nouns: ReadonlySet<string> = new Set(['report', 'rating', 'ratings', 'analysis']);
const buttonWords: ReadonlySet<string> = new Set([...nouns, 'get', 'free', 'stock', 'research']);

/**
 * Whether a GuruFocus link follows a symbol's comma at `at`: `(AAPL, Financial)`, the site's link to the company's
 * financials, then the parenthesis's end.
 */
export function isFinancialsLinkAt(segment: string, at: number): boolean {
  if (!segment.startsWith('Financial', at)) return false;
  let end = at + 9;
  if (segment.charCodeAt(end) === 115 /* s */) end++;
  while (isBlank(segment.charCodeAt(end))) end++;
  return segment.charCodeAt(end) === 41 /* ) */;
}

/**
 * End of the quote widget's text a scraped page leaves after the symbol written in segment[symbolAt, symbolEnd), from
 * `at`: `Quick Quote` and the same symbol again (`EME Quick QuoteEME`); `at` when there is none.
 */
export function quickQuoteEnd(segment: string, at: number, symbolAt: number, symbolEnd: number): number {
  if (segment.charCodeAt(at) !== 81 /* Q */ || !segment.startsWith('Quick Quote', at)) return at;
  let again = at + 11;
  while (isBlank(segment.charCodeAt(again))) again++;
  const length = symbolEnd - symbolAt;
  if (segment.slice(again, again + length) !== segment.slice(symbolAt, symbolEnd)) return at;
  const end = again + length;
  return isUpperOrDigit(segment.charCodeAt(end)) && promoTailEnd(segment, end) === -1 ? at : end;
}
