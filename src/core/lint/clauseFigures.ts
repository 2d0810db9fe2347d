// The figure a relative-time phrase dates: the nearest one in the phrase's clause. "Up 7.5% year-to-date", "today's
// close of $412", "shares rose 3% this week, the best since March" tie the phrase to a figure; "this week, investors
// rotated into small caps, which rose 3%" does not — the phrase's clause ("this week, investors rotated into small
// caps") states no figure, and the 3% belongs to the clause that "which" opens.
//
// A clause runs, within its sentence, between clause boundaries: the sentence's ends, a semicolon, a colon, a spaced
// dash, a conjunction that opens a clause ("while", "but", "which", …), and a comma. A phrase alone between commas is
// fronted or trailing ("This week, the Russell 2000 rose 3%"; "up 9%, year to date") and dates the clause beside
// it. In a table, the clause is the table: a "YTD" header dates the figures in its rows. A label ("For the year:"
// over a wire's lines of index moves) dates the lines under it (labelSections.ts).

import type { NoteSource } from './noteSource';
import { splitRow } from '../tickers/tableMentions';
import { findContaining } from '../sortedRanges';
import { numberPattern } from './claims/text';
import { labelSection } from './labelSections';

export interface FigureSpan {
  readonly offset: number;
  readonly length: number;
}

/** Figures a phrase can date: percentages and points, money, magnitudes, multiples, prices written with decimals. */
const figure = new RegExp(
  [
    String.raw`(?<![\w.])[+\-−]?(?:${numberPattern})\s*(?:%|(?:percent|per cent|pct|percentage points?|basis points?|bps|points?|pts)\b)`,
    String.raw`(?:\b[A-Z]{1,2})?[$€£¥]\s?\d[\d,]*(?:\.\d+)?(?:\s*(?:million|billion|trillion|bn|mn|[mbk])\b)?`,
    String.raw`(?<![\w.])\d[\d,]*(?:\.\d+)?\s*(?:million|billion|trillion|bn)\b`,
    String.raw`(?<![\w.])\d+(?:\.\d+)?\s*(?:x|×|times)(?!\w)`,
    String.raw`(?<![\w.,])\d{1,3}(?:,\d{3})*\.\d+(?![\w.]*\d)`,
  ].join('|'),
  'gi',
);

// Hard clause boundaries inside a sentence; a comma (before a space) is a soft one, see clauseAround. Not the colon of
// a listing in parentheses ("This week, Apple (NASDAQ: AAPL) rose 3%"): it closes no clause, and read as one it cut
// the phrase off from its figure.
//
// A "when" after a point in time that a "since" names ("its worst week since May 7, when it fell 5.7%"; "the lowest
// since 2022, when the index hit 3,491") tells what happened at that point: its figures are that day's, not the
// span's, nor a "currently" earlier in the sentence.
const hardBoundary =
  /;|:(?![^()\n]{0,40}\))|\s[—–-]\s|—|\s(?=(?:while|whereas|but|although|though|which|because|even as|unless)\b)|,?\s(?=when\b)(?<=\bsince\s[^.;!?]{1,40})/gi;
const sinceWhen = /^since\s[^]*,?\swhen\b/i;
const softBoundary = /,\s/g;
/** A comma part with only these words besides the phrase ("This week,", "so far, year to date,") is a fronted or trailing phrase. */
const fillerWords = /^(?:(?:so|far|for|the|over|in|during|through|of|as|and|also|all|only|just|alone|yet|again|then)\b\s*)*$/i;

/** How far either way a clause is looked for: a clause longer than this is read as far as this. */
const reach = 240;

export function figureInClause(note: NoteSource, offset: number, length: number): FigureSpan | undefined {
  const line = note.lines.lineAt(offset);
  if (note.isTableLine(line)) {
    const below = figureBelowHeaderCell(note, line, offset);
    if (below) return below;
  }
  const [start, end] = note.isTableLine(line)
    ? tableSpan(note, line)
    : (labelSection(note, offset, length) ?? clauseAround(note, offset, offset + length));
  const text = note.text.slice(start, end);
  let nearest: FigureSpan | undefined;
  let nearestDistance = Infinity;
  figure.lastIndex = 0;
  for (let match = figure.exec(text); match !== null; match = figure.exec(text)) {
    const at = start + match.index;
    if (inQuoteChip(note, at)) continue;
    const distance = at >= offset ? at - (offset + length) : offset - (at + match[0].length);
    if (distance < nearestDistance) {
      nearest = { offset: at, length: match[0].trimEnd().length };
      nearestDistance = distance;
    }
  }
  return nearest;
}

/**
 * Whether a figure is a quote chip's move, "Coca-Cola (KO -0.35%)": the chip gives the day's change whatever the
 * sentence's period, so "have held up well this year" around it dates no figure.
 */
function inQuoteChip(note: NoteSource, at: number): boolean {
  const mention = findContaining(note.mentions, at, (item) => item.offset, (item) => item.offset + item.length);
  return mention?.form === 'chip';
}

/**
 * The clause around [from, to): the sentence, cut at hard boundaries, then at commas — unless the phrase stands
 * alone in its comma part ("This week, the Russell 2000 rose 3%"; "up 9%, year to date"), which then reaches into
 * the parts on either side.
 */
function clauseAround(note: NoteSource, from: number, to: number): [number, number] {
  const { text } = note;
  const low = Math.max(paragraphStart(note, from), from - reach);
  const high = Math.min(paragraphEnd(note, to), to + reach);
  let start = lastBoundaryEnd(text, low, from, /[.!?]["'”’)]*\s+/g);
  start = lastBoundaryEnd(text, start, from, hardBoundary);
  let end = firstBoundaryStart(text, to, high, /[.!?]["'”’)]*(?:\s|$)/g);
  end = firstBoundaryStart(text, to, end, hardBoundary);
  // The "since" phrase itself before its "when" (the slice above starts after the "since" the boundary looks back to).
  if (sinceWhen.test(text.slice(from, Math.min(to + 8, end)))) end = to;
  const partStart = lastBoundaryEnd(text, start, from, softBoundary);
  const partEnd = firstBoundaryStart(text, to, end, softBoundary);
  const besides = `${text.slice(partStart, from)} ${text.slice(to, partEnd)}`.trim();
  if (!fillerWords.test(besides.replace(/[^\w\s]/g, ' ').trim())) return [partStart, partEnd];
  const before = partStart > start ? lastBoundaryEnd(text, start, partStart - 2, softBoundary) : partStart;
  const after = partEnd < end ? firstBoundaryStart(text, partEnd + 2, end, softBoundary) : partEnd;
  return [before, after];
}

/** Where the last match of `boundary` in text[from, to) ends, else `from`. */
function lastBoundaryEnd(text: string, from: number, to: number, boundary: RegExp): number {
  let end = from;
  for (const match of text.slice(from, to).matchAll(boundary)) end = from + match.index + match[0].length;
  return end;
}

/** Where the first match of `boundary` in text[from, to) starts, else `to`. */
function firstBoundaryStart(text: string, from: number, to: number, boundary: RegExp): number {
  boundary.lastIndex = 0;
  const match = boundary.exec(text.slice(from, to));
  boundary.lastIndex = 0;
  return match ? from + match.index : to;
}

/** The paragraph's first line at or before `offset`, no further back than `reach` (a list item or heading starts one). */
function paragraphStart(note: NoteSource, offset: number): number {
  const { lines } = note;
  let line = lines.lineAt(offset);
  while (line > 0 && offset - lines.lineStarts[line] < reach && !opensBlock(lines.lineText(line)) && continuesProse(note, line - 1)) line--;
  return lines.lineStarts[line];
}

function paragraphEnd(note: NoteSource, offset: number): number {
  const { lines } = note;
  let line = lines.lineAt(offset);
  while (line + 1 < lines.lineCount && lines.lineEnd(line) - offset < reach && continuesProse(note, line + 1) && !opensBlock(lines.lineText(line + 1))) line++;
  return lines.lineEnd(line);
}

function continuesProse(note: NoteSource, line: number): boolean {
  return note.lines.lineText(line).trim() !== '' && note.isTextLine(line) && !note.isTableLine(line);
}

// A bullet as web pages paste it ("  • The Dow ended down 4%") opens an item as a Markdown list marker does.
function opensBlock(lineText: string): boolean {
  return /^\s{0,3}(?:[-*+•]\s|\d+[.)]\s|#{1,6}\s|>)/.test(lineText);
}

/**
 * A phrase in a table's header ("| YTD % |") dates its column: the first figure in that column's cells below, not
 * the figure nearest in the text (the row's first cell, another column's). Undefined off a header, or for a column
 * with no figure.
 */
function figureBelowHeaderCell(note: NoteSource, line: number, offset: number): FigureSpan | undefined {
  if (line > 0 && note.isTableLine(line - 1)) return undefined; // not the header row
  const { text, lines } = note;
  const column = splitRow(lines, line).findIndex((cell) => cell.start <= offset && offset < cell.end);
  if (column < 0) return undefined;
  for (let row = line + 2; row < lines.lineCount && note.isTableLine(row); row++) {
    const cell = splitRow(lines, row)[column];
    if (cell === undefined) continue;
    figure.lastIndex = 0;
    const match = figure.exec(text.slice(cell.start, cell.end));
    if (match) return { offset: cell.start + match.index, length: match[0].trimEnd().length };
  }
  return undefined;
}

function tableSpan(note: NoteSource, line: number): [number, number] {
  let first = line;
  let last = line;
  while (first > 0 && note.isTableLine(first - 1)) first--;
  while (last + 1 < note.lines.lineCount && note.isTableLine(last + 1)) last++;
  return [note.lines.lineStarts[first], note.lines.lineEnd(last)];
}
