// A line that opens on a label naming a group of stocks, then lists their symbols: "Peers: XPO, ODFL, SAIA",
// "**Top holdings:** MSFT, NVDA and AAPL", "- Stocks mentioned: ORCD; BRNW", "Top pick: ORCD". Research notes and
// newsletters head their comparables, holdings and picks so. The label says what the items are, as "Tickers:" does
// (labelledMentions.ts), but less surely: a common abbreviation among the items ("Peers: FX, USD") makes the whole
// line prose, and so does anything but symbols to the line's or sentence's end ("Peers: XPO rose", "Holdings:
// Microsoft, Nvidia"). Only at a line's start (after a bullet, a quote mark or emphasis): "our peers: …" mid-sentence
// is prose that a writer punctuates as they like.

import { isEmphasis, isLetter, isLineOpeningMark } from './charCodes';
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

/** The longest label, in characters: how far back from the colon a label is looked for. */
const longestLabel = Math.max(...[...groupLabels].map((label) => label.length));
/** The last letters of the labels (lower case): most colons in a note end no label, and are dropped on one look. */
const lastLetters: ReadonlySet<number> = new Set([...groupLabels].map((label) => label.charCodeAt(label.length - 1)));

/** Reads the symbols after the colon at `colon` when a group's label opens its line; emits each as a `label` mention. */
export function scanListLabel(segment: string, colon: number, start: number, end: number, ignore: ReadonlySet<string> | undefined, emit: ExchangeEmit): void {
  if (!labelOpensLine(segment, colon, start)) return;
  const list = readSymbolList(segment, colon, end, ignore, undefined, true);
  if (list === undefined) return;
  for (const read of list) emit(read.symbol, read.exchange, 'label', read.writtenAt, read.symbolAt + read.symbolLength - read.writtenAt, read.symbolAt);
}

/** Whether the words before `colon` are a group's label and all that stands before it on the line (marks aside). */
function labelOpensLine(segment: string, colon: number, start: number): boolean {
  let labelEnd = colon;
  while (labelEnd > start && isEmphasis(segment.charCodeAt(labelEnd - 1))) labelEnd--;
  if (labelEnd === start || !lastLetters.has(segment.charCodeAt(labelEnd - 1) | 0x20)) return false;
  // The label's letters and the single spaces between its words, no further back than the longest label.
  let labelStart = labelEnd;
  const floor = Math.max(start, labelEnd - longestLabel);
  while (labelStart > floor && (isLetter(segment.charCodeAt(labelStart - 1)) || (segment.charCodeAt(labelStart - 1) === 32 && isLetter(segment.charCodeAt(labelStart - 2))))) labelStart--;
  // Before it, only what opens a line: a bullet, a quote mark, emphasis, a heading's hashes, blanks.
  let lineStart = labelStart;
  while (lineStart > start && isLineOpeningMark(segment.charCodeAt(lineStart - 1))) lineStart--;
  if (lineStart > start && segment.charCodeAt(lineStart - 1) !== 10) return false;
  return groupLabels.has(segment.slice(labelStart, labelEnd).toLowerCase());
}
