// A line that opens on a label naming a group of stocks, then lists their symbols: "Peers: XPO, ODFL, SAIA",
// "**Top holdings:** MSFT, NVDA and AAPL", "- Stocks mentioned: ORCD; BRNW", "Top pick: ORCD". Research notes and
// newsletters head their comparables, holdings and picks so. The label says what the items are, as "Tickers:" does
// (labelledMentions.ts), but less surely: a common abbreviation among the items ("Peers: FX, USD") makes the whole
// line prose, and so does anything but symbols to the line's or sentence's end ("Peers: XPO rose", "Holdings:
// Microsoft, Nvidia"). Only at a line's start (after a bullet, a quote mark or emphasis): "our peers: …" mid-sentence
// is prose that a writer punctuates as they like.

import { isLetter } from './charCodes';
import type { ExchangeEmit } from './exchangeMentions';
import { readSymbolList } from './labelledMentions';

/** The labels, lower case, their words joined by one space. */
const groupLabels: ReadonlySet<string> = new Set([
  'peers',
  'peer group',
  'comps',
  'comparables',
  'comparable companies',
  'holdings',
  'top holdings',
  'positions',
  'watchlist',
  'watch list',
  'picks',
  'top picks',
  'top pick',
  'longs',
  'shorts',
  'stocks mentioned',
  'companies mentioned',
  'securities mentioned',
  'stocks to watch',
  'names to watch',
  'related stocks',
  'related companies',
  'constituents',
]);

/** The most words a label has. */
const longestLabel = 3;

/** Reads the symbols after the colon at `colon` when a group's label opens its line; emits each as a `label` mention. */
export function scanListLabel(segment: string, colon: number, start: number, end: number, ignore: ReadonlySet<string> | undefined, emit: ExchangeEmit): void {
  if (!labelOpensLine(segment, colon, start)) return;
  const list = readSymbolList(segment, colon, end, ignore, undefined, true);
  if (list === undefined) return;
  for (const read of list) emit(read.symbol, read.exchange, 'label', read.writtenAt, read.symbolAt + read.symbolLength - read.writtenAt, read.symbolAt);
}

/** Whether the words before `colon` are a group's label and all that stands before it on the line (marks aside). */
function labelOpensLine(segment: string, colon: number, start: number): boolean {
  let p = colon;
  while (p > start && isEmphasis(segment.charCodeAt(p - 1))) p--;
  const labelEnd = p;
  let words = 0;
  for (;;) {
    const wordEnd = p;
    while (p > start && isLetter(segment.charCodeAt(p - 1))) p--;
    if (p === wordEnd || ++words > longestLabel) return false;
    let before = p;
    while (before > start && segment.charCodeAt(before - 1) === 32) before--;
    if (before === start || isLineMark(segment.charCodeAt(before - 1)) || segment.charCodeAt(before - 1) === 10) {
      // What is left before the label: marks only, back to the line's start.
      let q = before;
      while (q > start && isLineMark(segment.charCodeAt(q - 1))) q--;
      if (q > start && segment.charCodeAt(q - 1) !== 10) return false;
      return groupLabels.has(segment.slice(p, labelEnd).toLowerCase().replace(/\s+/g, ' '));
    }
    if (before === p) return false; // glued to something that is no word
    p = before;
  }
}

/** `*` and `_`, round a bold or italic label. */
function isEmphasis(code: number): boolean {
  return code === 42 || code === 95;
}

/** What may open a line before its label: a bullet, a quote mark, emphasis, a heading's hashes, blanks. */
function isLineMark(code: number): boolean {
  return code === 32 || code === 9 || code === 45 /* - */ || code === 43 /* + */ || code === 62 /* > */ || code === 35 /* # */ || isEmphasis(code);
}
