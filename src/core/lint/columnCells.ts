// What a table's column holds, read row by row: option tables tell a Type column of Call/Put by it
// (optionTables.ts), and event tables an Action column of Buy/Sell (eventPriceTables.ts).

import { isDelimiterRow, splitRow, stripEmphasis } from '../tickers/tableMentions';
import type { NoteSource } from './noteSource';

/**
 * Whether every row of the table on lines [startLine, endLine] (0-based, its header first) has a cell in `column`
 * whose text, without emphasis, `shape` matches — and there is such a row.
 */
export function everyCellMatches(note: NoteSource, column: number, startLine: number, endLine: number, shape: RegExp): boolean {
  let rows = 0;
  for (let line = startLine + 1; line <= endLine; line++) {
    if (isDelimiterRow(note.lines.lineText(line))) continue;
    const cell = splitRow(note.lines, line)[column];
    if (!cell || !shape.test(stripEmphasis(note.text.slice(cell.start, cell.end)))) return false;
    rows++;
  }
  return rows > 0;
}
