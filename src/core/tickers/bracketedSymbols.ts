// A company's symbol in square brackets after its name, as some outlets and newsletters write it: `Orcadia Systems
// [ORCD] rose`, `Brenwick Energy Inc. [BRNW]`. Read only as the same symbol in a parenthesis would be, from the words
// before it (parenthesisedMentions.ts), and only a lone symbol: Markdown's brackets are links (`[ORCD](…)`,
// `[ORCD][1]`), reference definitions (`[ORCD]: …`), footnotes (`[^1]`, `[1]`), task boxes (`[X]`), alerts (`[!NOTE]`)
// and editors' marks (`[sic]`, `[PDF]`), none of which gives a mention here. Brackets closing a title or a line hold a
// tag (`Orcadia Notes [DRAFT]`) far more often than a symbol, so the sentence must go on after them. A listing with
// its venue, `[NASDAQ: NVDA]`, is listingParentheses.ts's; symbols with their venues after dashes, `[QSX-TSXV;
// QSXLF-OTCQX]`, as the mining trade press lists a junior's markets, are dashedListings.ts's.

import { isDigit, isLower, isUpper } from './charCodes';
import { isSign } from './parenthesisFigures';
import { isLineLabel, isPlaceholderSymbol } from './labels';
import type { Occurrences } from './occurrences';
import { companySymbolAt, type EmitMention, type ParenthesisOptions } from './parenthesisedMentions';
import { emitDashedListings } from './dashedListings';
import type { Item } from './parenthesisItems';
import type { SpanCursor } from './skippedSpans';

const longestSymbol = 5;

/** Emits the bracketed company symbols of segment[start, end) in document order. */
export function scanBracketedSymbols(segment: string, start: number, end: number, brackets: Occurrences, skipped: SpanCursor, options: ParenthesisOptions, emit: EmitMention): void {
  if (!options.companyParentheses) return;
  for (let open = brackets.within(start, end); open !== -1; open = brackets.within(open + 1, end)) {
    // The cheap test first: a capital right after the bracket, and a blank before it (a name's words, not `![`, `[[`, `x[`).
    if (!isUpper(segment.charCodeAt(open + 1)) || open === start || segment.charCodeAt(open - 1) !== 32) continue;
    const close = symbolClose(segment, open + 1, end);
    if (close === -1) {
      // `Quillstone Exploration Ltd. [QSX-TSXV; QSXLF-OTCQX]`: a junior's listings; `[QSX-TSXV](…)` is a link's text.
      const bracketClose = closeWithinLine(segment, open + 1, Math.min(end, open + longestListingBrackets));
      if (bracketClose !== -1 && standsAlone(segment, bracketClose) && !skipped.covers(open)) emitDashedListings(segment, open, start, end, options.ignore, emit, 93 /* ] */);
      continue;
    }
    if (!standsAlone(segment, close) || !sentenceGoesOn(segment, close + 1, end) || skipped.covers(open)) continue;
    const symbol = segment.slice(open + 1, close);
    // `[NOTE]`, `[TIP]`, `[TBD]`, `[TOC]`, `[WIP]`: a passage's label, a gap to fill, a renderer's marker or a note's
    // state, as brackets hold them.
    if (isLineLabel(symbol) || isPlaceholderSymbol(symbol) || bracketTags.has(symbol)) continue;
    const dot = symbol.indexOf('.');
    const item: Item = { symbol, root: dot === -1 ? symbol : symbol.slice(0, dot), marker: '', venue: undefined, bloomberg: false, globe: false, globeCode: '', start: open + 1, venueAt: -1, symbolEnd: close, end: close, hasChange: false };
    const company = companySymbolAt(segment, open, start, item, options);
    if (company !== undefined) emit(symbol, company.exchange, 'company', open + 1, symbol.length, open + 1, symbol.length);
  }
}

/** Eight listings of a symbol, a dash and a venue's name, and their separators: a longer bracket holds none. */
const longestListingBrackets = 400;

/** The first `]` in segment[at, limit) before a line break, or -1: a bounded look, so a note of unclosed `[` stays linear. */
function closeWithinLine(segment: string, at: number, limit: number): number {
  for (; at < limit; at++) {
    const code = segment.charCodeAt(at);
    if (code === 93 /* ] */) return at;
    if (code === 10) return -1;
  }
  return -1;
}

/** The `]` closing a symbol that starts at `at` (capitals, a class after a dot: `BRK.B`), or -1. */
function symbolClose(segment: string, at: number, end: number): number {
  const start = at;
  while (at < end && at - start <= longestSymbol && isUpper(segment.charCodeAt(at))) at++;
  if (at - start > longestSymbol) return -1;
  if (segment.charCodeAt(at) === 46 /* . */ && isUpper(segment.charCodeAt(at + 1))) at += 2;
  return segment.charCodeAt(at) === 93 /* ] */ ? at : -1;
}

/**
 * Whether the sentence goes on after the brackets (from `at`): a comma or semicolon, or a blank and a word in lower
 * case, a figure or a parenthesis — `Orcadia Systems [ORCD] rose`, `[ORCD], a chip designer`. Brackets that end a
 * line or a title are a tag's far more often than a symbol's: `Orcadia Notes [DRAFT]`, `Weekly Wrap [EN]`.
 */
function sentenceGoesOn(segment: string, at: number, end: number): boolean {
  const next = at < end ? segment.charCodeAt(at) : 10;
  if (next === 44 /* , */ || next === 59 /* ; */) return true;
  if (next !== 32) return false;
  const word = segment.charCodeAt(at + 1);
  return isLower(word) || isDigit(word) || word === 36 /* $ */ || word === 40 /* ( */ || isSign(word);
}

/** A note's state or workflow, as writers tag a title or a line in brackets. */
const bracketTags: ReadonlySet<string> = new Set(['TOC', 'DRAFT', 'WIP', 'TODO', 'FIXME', 'TBC', 'TBA', 'DONE', 'OC', 'ADV']);

/** Whether the `]` at `close` ends the brackets' use: no link target, reference or definition glued after it. */
function standsAlone(segment: string, close: number): boolean {
  const after = segment.charCodeAt(close + 1);
  return after !== 40 /* ( */ && after !== 91 /* [ */ && after !== 58; /* : */
}
