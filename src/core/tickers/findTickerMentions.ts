// The one entry point for "where does this note mention tickers": hover, lint and the CLI all call this.

import { LineIndex } from './lineIndex';
import { LineKind, mapBlocks, type BlockMap } from './markdownBlocks';
import type { TickerMention, TickerScanOptions } from './mention';
import { withBareSymbols } from './bareSymbols';
import { scanInlineMentions } from './inlineMentions';
import { NoteSearch } from './occurrences';
import type { ParenthesisOptions } from './parenthesisedMentions';
import { withPlainCharacters } from './plainCharacters';
import { scanTableMentions } from './tableMentions';
import { findContaining } from '../sortedRanges';

/** Mentions in document order. Pass a LineIndex you already have to avoid building another. */
export function findTickerMentions(text: string, lines: LineIndex = new LineIndex(text), options?: TickerScanOptions): TickerMention[] {
  return findTickerMentionsInBlocks(withPlainCharactersIn(lines), mapBlocks(lines), options);
}

/**
 * The scan proper, on the note's lines read with Unicode spaces, full-width forms and stray zero-width characters as plain ones (plainCharacters.ts; NoteSource reads a
 * note so) and the block map of the note as written, already made (callers that need the blocks too lex once).
 */
export function findTickerMentionsInBlocks(lines: LineIndex, { kinds, tables }: BlockMap, options?: TickerScanOptions): TickerMention[] {
  const text = lines.text;
  const parenthesisOptions = parenthesisOptionsFor(options);
  const mentions: TickerMention[] = [];
  const search = new NoteSearch(text);
  // Scan maximal runs of prose and table lines in one go: far fewer regex restarts than line by line or cell by cell.
  let line = 0;
  while (line < kinds.length) {
    if (kinds[line] === LineKind.Excluded) {
      line++;
      continue;
    }
    const first = line;
    while (line < kinds.length && kinds[line] !== LineKind.Excluded) line++;
    const start = lines.lineStarts[first];
    const end = line < kinds.length ? lines.lineStarts[line] : text.length;
    scanInlineMentions(text, start, end, lines, mentions, parenthesisOptions, search);
  }
  return withBareSymbols(lines, kinds, withTableMentions(lines, tables, mentions), parenthesisOptions.ignore);
}

/** The prose mentions and the quote tables' symbol cells, merged in document order. */
function withTableMentions(lines: LineIndex, tables: BlockMap['tables'], mentions: TickerMention[]): TickerMention[] {
  if (tables.length === 0) return mentions;

  const tableMentions: TickerMention[] = [];
  const symbolCells = tables.flatMap((table) => scanTableMentions(table, lines, tableMentions));
  // A symbol cell is one table mention, even when written as a cashtag or with a prefix: drop what the prose scan
  // found inside one. Cells and both lists of mentions are in document order: one forward walk drops and merges.
  const merged: TickerMention[] = [];
  let cell = 0;
  let next = 0;
  for (const mention of mentions) {
    while (cell < symbolCells.length && symbolCells[cell].end <= mention.offset) cell++;
    if (cell < symbolCells.length && mention.offset >= symbolCells[cell].start) continue;
    while (next < tableMentions.length && tableMentions[next].offset < mention.offset) merged.push(tableMentions[next++]);
    merged.push(mention);
  }
  while (next < tableMentions.length) merged.push(tableMentions[next++]);
  return merged;
}

/** The note's lines, read with Unicode spaces, full-width forms and stray zero-width characters as plain ones (plainCharacters.ts). */
function withPlainCharactersIn(lines: LineIndex): LineIndex {
  const text = withPlainCharacters(lines.text);
  return text === lines.text ? lines : new LineIndex(text);
}

const defaults: ParenthesisOptions = { companyParentheses: true };

function parenthesisOptionsFor(options: TickerScanOptions | undefined): ParenthesisOptions {
  if (options === undefined) return defaults;
  const ignore = options.ignoreAbbreviations?.length ? new Set(options.ignoreAbbreviations.map((word) => word.trim().toUpperCase())) : undefined;
  return { companyParentheses: options.companyParentheses ?? true, ...(ignore ? { ignore } : {}) };
}

/** The mention whose written span contains the offset (for hovers), if any. */
export function mentionAt(mentions: readonly TickerMention[], offset: number): TickerMention | undefined {
  return findContaining(mentions, offset, (mention) => mention.offset, (mention) => mention.offset + mention.length);
}
