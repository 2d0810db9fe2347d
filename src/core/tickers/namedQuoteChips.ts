// MarketWatch and the Wall Street Journal print a quote chip in running text right after a company's name, with no
// parenthesis: `Apple Inc. AAPL, +1.23% rose`, `Microsoft Corp. MSFT -0.22% slipped`, `the Dow DJIA, 1.72% gained`.
// Capitals between words are usually prose ("in the EU, +2%", "Acme Corp. NPS rose"), so the form is read only where
// every sign agrees:
// - the change as a quote page prints it: a figure with two decimals and a percent, signed unless a comma stands
//   before it (MarketWatch's comma form drops the sign, which its page shows as a colour);
// - just before it a symbol-shaped word, one to five capitals (a class, `BRK.B`, allowed), set off by one blank, that
//   is no usual abbreviation or venue and does not spell the initials of the words before it;
// - before the symbol, a capitalised name (`Apple Inc.`, `Nvidia`, `AT&T`, `S&P 500`, `Russell 2000 ETF`).
// After an index's name an index code is the index (`the S&P 500 SPX, -0.31%`). The change is the source's, as in a
// parenthesised chip, so the form is `chip`. Found from each `%`: the scan walks back from it.

import { abbreviatesWordsBefore, isCommonAbbreviation, singleLetterFitsName, type PrecedingWord } from './abbreviations';
import { isBlank, isDigit, isLower, isUpper, isWordChar } from './charCodes';
import { indexCodes, namesVenueOnly } from './exchanges';
import type { Occurrences } from './occurrences';
import { followsIndexName } from './indexNames';
import type { EmitMention } from './parenthesisedMentions';
import { isSign } from './parenthesisFigures';
import { precedingWords } from './precedingWords';
import type { SpanCursor } from './skippedSpans';

const longestSymbol = 5;
const longestWhole = 3; // `+123.45%` at most: a day's change

/** Emits the chips of segment[start, end) in document order. */
export function scanNamedQuoteChips(segment: string, start: number, end: number, percents: Occurrences, skipped: SpanCursor, ignore: ReadonlySet<string> | undefined, emit: EmitMention): void {
  for (let percent = percents.within(start, end); percent !== -1; percent = percents.within(percent + 1, end)) {
    const chip = readChip(segment, start, percent, ignore);
    if (chip === undefined || skipped.covers(chip.symbolAt)) continue;
    emit(chip.symbol, chip.exchange, 'chip', chip.symbolAt, percent + 1 - chip.symbolAt, chip.symbolAt, chip.symbol.length);
  }
}

function readChip(segment: string, start: number, percent: number, ignore: ReadonlySet<string> | undefined) {
  const changeStart = changeStartBefore(segment, start, percent);
  if (changeStart === -1) return undefined;
  const signed = isSign(segment.charCodeAt(changeStart));
  // The separator: `AAPL, 1.72%`, `AAPL, +1.23%` or `AAPL -0.22%`.
  if (!isBlank(segment.charCodeAt(changeStart - 1))) return undefined;
  let symbolEnd = changeStart - 1;
  const comma = segment.charCodeAt(symbolEnd - 1) === 44;
  if (comma) symbolEnd--;
  if (!comma && !signed) return undefined;
  const symbolAt = symbolStartBefore(segment, start, symbolEnd);
  if (symbolAt === -1) return undefined;
  const symbol = segment.slice(symbolAt, symbolEnd);
  const root = symbol.split('.')[0];
  if (isCommonAbbreviation(root, ignore) || ignore?.has(symbol) || namesVenueOnly(root)) return undefined;
  const words = precedingWords(segment, symbolAt, Math.min(8, 3 + root.length), start);
  if (!namesBefore(words)) return undefined;
  // `Dow Jones Industrial Average DJIA`: an index's code may spell its name; it is the index all the same.
  if (indexCodes.has(root) && followsIndexName(words)) return { symbol, symbolAt, exchange: 'INDEX' as const };
  if (root.length === 1 ? !singleLetterFitsName(root, words) : abbreviatesWordsBefore(root, words)) return undefined;
  return { symbol, symbolAt, exchange: undefined };
}

/** Where the change ending in the `%` at `percent` starts (its sign, or its first digit), or -1 when it is not one. */
function changeStartBefore(segment: string, start: number, percent: number): number {
  const after = segment.charCodeAt(percent + 1);
  if (isWordChar(after)) return -1;
  const dot = percent - 3;
  if (dot <= start || segment.charCodeAt(dot) !== 46 || !isDigit(segment.charCodeAt(dot + 1)) || !isDigit(segment.charCodeAt(dot + 2))) return -1;
  let at = dot;
  while (at > start && dot - at < longestWhole + 1 && isDigit(segment.charCodeAt(at - 1))) at--;
  if (at === dot || dot - at > longestWhole) return -1;
  if (at > start && isSign(segment.charCodeAt(at - 1))) at--;
  // A blank before the figure: `x1.23%`, `1,234.56%`, `$1.23%`, `AAPL,+1.23%` are no chip.
  return at > start && isBlank(segment.charCodeAt(at - 1)) ? at : -1;
}

/** Where the symbol ending at `symbolEnd` starts, when a single blank stands before it; else -1. */
function symbolStartBefore(segment: string, start: number, symbolEnd: number): number {
  let rootEnd = symbolEnd;
  // A class after a dot: `BRK.B`.
  if (isUpper(segment.charCodeAt(rootEnd - 1)) && segment.charCodeAt(rootEnd - 2) === 46 && isUpper(segment.charCodeAt(rootEnd - 3))) rootEnd -= 2;
  let at = rootEnd;
  while (at > start && rootEnd - at <= longestSymbol && isUpper(segment.charCodeAt(at - 1))) at--;
  if (at === rootEnd || rootEnd - at > longestSymbol || at - 1 <= start) return -1;
  // One blank or a line's wrap, and a word before it: `Inc. AAPL`, not `Inc.  AAPL` across a gap, `-AAPL` or a
  // paragraph's break.
  const gap = segment.charCodeAt(at - 1);
  if (gap === 10) {
    const lineEnd = segment.charCodeAt(at - 2) === 13 ? at - 3 : at - 2;
    return lineEnd <= start || isBlank(segment.charCodeAt(lineEnd)) || segment.charCodeAt(lineEnd) === 10 ? -1 : at;
  }
  if (!isBlank(gap) || isBlank(segment.charCodeAt(at - 2)) || segment.charCodeAt(at - 2) === 10) return -1;
  return at;
}

/**
 * Whether the words end in a name: a capitalised word written in mixed case (`Apple`, `Inc.`, `eBay`), a name with
 * an ampersand (`AT&T`, `S&P`), or a number after one (`S&P 500`). Words all in capitals (`the EU`, `NYSE`) name no
 * company, and lower-case words name nothing.
 */
function namesBefore(words: readonly PrecedingWord[]): boolean {
  const last = words.at(-1);
  if (last === undefined || !last.capitalised) return false;
  // `S&P 500 SPX`, `iShares Russell 2000 ETF IWM`: a number or a fund's kind after a name.
  if (isDigit(last.text.charCodeAt(0)) || fundKinds.has(last.text)) return words.length > 1 && (isNameWord(words[words.length - 2]) || isDigit(words[words.length - 2].text.charCodeAt(0)));
  return isNameWord(last);
}

const fundKinds: ReadonlySet<string> = new Set(['ETF', 'ETN']);

function isNameWord(word: PrecedingWord): boolean {
  if (!word.capitalised || isDigit(word.text.charCodeAt(0))) return false;
  if (word.text.includes('&')) return true;
  for (let i = 0; i < word.text.length; i++) if (isLower(word.text.charCodeAt(i))) return true;
  return false;
}
