// The fix that brings a quote table up to date: every row's price set to its quote, and the table dated by the
// quotes' day. stale-quote-table offers it for an old table, price-drift for a row that drifted: one fix, so a
// table is never half refreshed, and a price is never dated cell by cell ("$272.41 (as of …)" in every row).
//
// How the table gets its new date: its stamp is moved when that stamp dates the table alone. A stamp that dates
// more (an "As of …" paragraph above the table that also dates prose figures) must not be moved, since that would
// date figures nobody checked; the table gets a caption of its own right above it instead ("Quotes as of …"), which
// then dates it (quoteTables.ts reads a stamp on the line above a table as its caption). So does a table under a
// period's end ("Week ended …"): moved, that line would name another week.

import { dayNumber, formatDate } from './calendarDate';
import type { Fix, TextEdit } from './finding';
import { restampEdit } from './fixes';
import { refreshPrices, type PriceRefresh } from './priceRefresh';
import { changeColumnStyle, refreshedChange } from './changeCells';
import { stripEmphasis } from '../tickers/tableMentions';
import type { QuoteTable } from './quoteTables';
import type { RuleContext } from './rule';
import type { StatedPrice } from './statedPrices';
import { stampDateLabel } from './stampYears';

/**
 * The refresh of `table`, whose price cells are `prices`; undefined without quotes, without a stamp, or when no
 * quote is newer than the table's date. When a row has no quote or no price, the fix refreshes what it can, keeps
 * the table's date and says so — and is not safe: it would leave the table's date wrong for the rows it changed.
 */
export async function tableRefreshFix(context: RuleContext, table: QuoteTable, prices: readonly StatedPrice[]): Promise<Fix | undefined> {
  const stamp = table.asOf;
  if (!context.hasQuotes || !stamp) return undefined;
  const { edits, missed, latest, quoted } = await refreshPrices(context, prices);
  if (!latest || dayNumber(latest) <= stamp.lastDay) return undefined;
  const unpriced = table.rows.filter((row) => !row.priceCell).length;
  if (missed.length > 0 || unpriced > 0) {
    if (edits.length === 0) return undefined;
    const rows = missed.length > 0 ? `no quote for ${missed.join(', ')}` : `${unpriced} row${unpriced === 1 ? '' : 's'} without a price`;
    return { title: `Refresh the prices that have quotes (${rows}); the table's date stays ${stampDateLabel(stamp)}`, edits };
  }
  const day = formatDate(latest, 'long');
  // The day's change moves with the date: "+1.2%" under a new date would be read as the new session's.
  const changes = changeEdits(context.note.text, table, quoted);
  edits.push(...changes.edits);
  const what = table.changeColumns ? 'prices and changes' : 'prices';
  // Columns of the table's own figures ("Chg %", "YTD", "Mkt cap") stay as written, and the new date would date them
  // too: the writer is told which to check, and `--fix` leaves it (price-drift's rows then date each new price alone).
  const others = [...(table.otherFigureColumns ?? []), ...changes.unwritten];
  const check = others.length > 0 ? ` — check its ${others.join(', ')} column${others.length === 1 ? '' : 's'}, not refreshed` : '';
  const safety = others.length > 0 ? {} : { safe: true as const };
  if (!stamp.periodEnd && datesTableAlone(context, table, prices)) {
    // A Date column's every cell is the table's date: each moves to the quotes' day.
    const restamps = (table.dateCells ?? [stamp]).map((dateCell) => restampEdit(dateCell, latest));
    return { title: `Refresh the table's ${what} and re-stamp it to ${day}${check}`, edits: [...edits, ...restamps], ...safety };
  }
  return { title: `Refresh the table's ${what} and date them in a caption above it (${day})${check}`, edits: [...edits, captionAbove(context, table, day)], ...safety };
}

/**
 * The day's change of every refreshed row, written from its quote (changeCells.ts), and the change columns some row's
 * cell could not be written in: a cell the shape does not read, a quote without a previous close, a row without a
 * price to refresh.
 */
function changeEdits(text: string, table: QuoteTable, quoted: PriceRefresh['quoted']): { edits: TextEdit[]; unwritten: string[] } {
  const columns = table.changeColumns ?? [];
  const edits: TextEdit[] = [];
  const unwritten = new Set<string>();
  if (columns.length === 0) return { edits, unwritten: [] };
  const written = (cell: { start: number; end: number } | undefined) => (cell ? stripEmphasis(text.slice(cell.start, cell.end)) : '');
  const styles = columns.map((name, column) => changeColumnStyle(name, table.rows.map((row) => written(row.changeCells?.[column]))));
  const quoteOfLine = new Map(quoted.map((entry) => [entry.price.line - 1, entry]));
  for (const row of table.rows) {
    const entry = quoteOfLine.get(row.line);
    row.changeCells?.forEach((cell, column) => {
      if (!cell || cell.start === cell.end) return;
      const before = text.slice(cell.start, cell.end);
      const after = entry ? refreshedChange(before, styles[column], entry.quote, entry.scale) : undefined;
      if (after === undefined) unwritten.add(columns[column]);
      else if (after !== before) edits.push({ offset: cell.start, length: cell.end - cell.start, newText: after });
    });
  }
  return { edits, unwritten: [...unwritten] };
}

/**
 * Does the table's stamp date nothing but this table's figures? Its prices, and the figures of its other columns,
 * which the refresh's title names.
 */
function datesTableAlone(context: RuleContext, table: QuoteTable, prices: readonly StatedPrice[]): boolean {
  const scope = context.stampScopes.get(table.asOf!.offset);
  if (!scope) return true;
  return scope.claims.every((claim) => inTable(table, claim)) && scope.prices.length === prices.length && scope.prices.every((price) => price.source === 'table' && inTable(table, price));
}

function inTable(table: QuoteTable, figure: { readonly line: number }): boolean {
  return figure.line - 1 >= table.startLine && figure.line - 1 <= table.endLine;
}

/**
 * "Quotes as of <day>." and a blank line, inserted before the header row — inside the block quote or list item the
 * table sits in, whose markers and indentation the header row starts with, and with the header row's line break.
 */
function captionAbove(context: RuleContext, table: QuoteTable, day: string): TextEdit {
  const { lines, text } = context.note;
  const lineStart = lines.lineStarts[table.startLine];
  const headerEnd = lines.lineEnd(table.startLine);
  const container = /^[ \t>]*/.exec(text.slice(lineStart, headerEnd))![0];
  const lineBreak = text.startsWith('\r\n', headerEnd) ? '\r\n' : text[headerEnd] === '\r' ? '\r' : '\n';
  return { offset: lineStart, length: 0, newText: `${container}Quotes as of ${day}.${lineBreak}${container.trimEnd()}${lineBreak}` };
}
