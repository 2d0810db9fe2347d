// Quote tables: a Markdown table with a Symbol/Ticker column (or a Company column whose cells carry their tickers,
// "Apple (AAPL)") and a Price/Close/Last (or Change) column — not one whose column of days gives its rows different
// days (a price history, a log of trades: tableDateColumns.ts). Their
// as-of date is the day their header names ("Price (11/20/26)", tableHeaderDates.ts), else the one day a Date column
// gives every row (tableDateColumns.ts), else the caption's (a line with a stamp right above or below the table), else
// the nearest stamp above.

import { isDelimiterRow, splitRow, stripEmphasis, tickerColumnOf, type Cell } from '../tickers/tableMentions';
import type { AsOfStamp } from './asOfStamps';
import type { CalendarDate } from './calendarDate';
import type { NoteSource } from './noteSource';
import { findContaining, firstAtOrAfter } from '../sortedRanges';
import { dateColumnOf, rowsOfDifferentDays } from './tableDateColumns';
import { datedHeaderCells, datedHeaderOf, type DatedHeader } from './tableHeaderDates';
import { dayNumber } from './calendarDate';
import { keepsMarketPrice } from './priceQualifiers';
import { isOptionTable } from './optionTables';
import { isEventPrice } from './eventPriceTables';

export interface QuoteTableRow {
  /** 0-based line */
  readonly line: number;
  readonly symbolCell: Cell;
  readonly priceCell?: Cell;
  /** The row's cells of the table's changeColumns, in their order (undefined where the row is short). */
  readonly changeCells?: readonly (Cell | undefined)[];
}

export interface QuoteTable {
  /** 0-based lines of the header row and the last row. */
  readonly startLine: number;
  readonly endLine: number;
  /** The header row's text range (trimmed). */
  readonly headerOffset: number;
  readonly headerLength: number;
  /** The price column's header as written ("Price"), when there is one. */
  readonly priceHeader?: string;
  /**
   * The currency the price column's header names ("Price (£)", "Close (p)", "Last (C$)", "Price (USD)"), as the sign
   * a figure would carry ('£', 'p', 'C$', 'US$'): its bare cells are in that currency.
   */
  readonly priceUnit?: string;
  readonly rows: readonly QuoteTableRow[];
  /** What dates the table, and where that came from. */
  readonly asOf?: AsOfStamp;
  readonly asOfSource?: 'header' | 'column' | 'caption' | 'above';
  /** For a table dated by its Date column: each row's date, all re-stamped when the table is refreshed. */
  readonly dateCells?: readonly AsOfStamp[];
  /** The headers of the day's change columns ("Chg %", "Change", "1-day"), which a refresh writes from the quotes. */
  readonly changeColumns?: readonly string[];
  /**
   * The headers of columns that state figures of their own beside the price and its change ("YTD", "Mkt cap", "P/E"):
   * figures of the table's day that no quote refreshes, so a refresh that dated the table anew would date them wrongly.
   */
  readonly otherFigureColumns?: readonly string[];
}

/**
 * A cell that states a figure: a number alone, with a sign, a currency, a percent or a magnitude ("-1.2%", "$3.6T",
 * "24.1x", "(0.4%)", "1,204"). Not a date ("11/12/2026"), a range, or words with a number ("Q3", "3M Co.").
 */
const figureCell = /^[(+\-−–]?\s*(?:[A-Z]{0,2}[$€£¥₹])?\s*\d[\d,]*(?:\.\d+)?\s*(?:%|[KMBT]|bn|mn|x|×|pts?|bps)?\s*\)?$/iu;

/** The headers of the columns besides `known` whose rows state a figure (see QuoteTable.otherFigureColumns). */
function otherFigureColumnsOf(note: NoteSource, names: readonly string[], known: ReadonlySet<number>, startLine: number, endLine: number): string[] {
  const found = new Set<number>();
  for (let line = startLine + 1; line <= endLine; line++) {
    if (isDelimiterRow(note.lines.lineText(line))) continue;
    splitRow(note.lines, line).forEach((cell, column) => {
      if (!known.has(column) && column < names.length && figureCell.test(stripEmphasis(note.text.slice(cell.start, cell.end)).trim())) found.add(column);
    });
  }
  return [...found].sort((a, b) => a - b).map((column) => names[column].trim());
}

// A market price, as analysts head the column: "Price", "Last", "Close", "Last Close Price", "Closing Price", "Share
// Price", "Current Price", "Px Last", "Price per Share", "Price now", Indian brokers' "CMP" (current market price) and
// "LTP" (last traded price), with a unit, a session or a day in parentheses ("Price (USD)",
// "Last (delayed)") or its currency after a comma ("Price, $", "Close, USD"). A price the writer chose (target, entry,
// cost, strike) is no quote, nor one a parenthesis puts at another time or makes another figure: "Price (start of
// year)", "Price (bear case)", "Price (2027E)", "Price (fair value)" (priceQualifiers.ts).
const priceHeaderShape =
  /^(?:(?:last|latest|current|closing|close|share|stock|market)\s+){0,2}(?:price|last|close|closing|trade|sale|px(?:\s+last)?|cmp|ltp)(?:\s+price)?(?:\s+per\s+share|\s+now)?(?:\s*\((?<note>[^)]*)\)|\s*,\s*(?:[$€£¥p]|usd|eur|gbp|gbx|cad|aud|jpy|chf|hkd|inr|sek|nok|dkk|cny))?$/i;
function isPriceHeader(name: string): boolean {
  const shape = priceHeaderShape.exec(name);
  return shape !== null && keepsMarketPrice(shape.groups?.note ?? '');
}
const changeHeader = /^(?:(?:net |daily |day |1[- ]?day |today'?s )?(?:change|chg)(?: ?%)?|% ?(?:change|chg)|1[- ]?d(?:ay)?(?: ?%)?|% ?(?:1[- ]?d(?:ay)?|today)|day %)(?:\s*\([^)]*\))?$/i;

/** A column of companies, as analysts head it: "Company", "Name", "Stock", "Security", "Holding". */
const companyHeader = /^(?:company(?:\s+name)?|name|stock|security|holding|issuer|constituent)(?:\s*\((?:ticker|symbol)\))?$/i;

/**
 * The column that names each row's listing: one headed "Symbol" or "Ticker" (or "ETF", "Code"… of symbols:
 * tickerColumnOf), else a column of companies (or a first
 * column with no header) whose cells carry their tickers ("Apple (AAPL)", "Microsoft Corp. (NASDAQ: MSFT)") in every
 * row that has any text.
 */
function symbolColumnOf(note: NoteSource, names: readonly string[], startLine: number, endLine: number): number {
  const headed = tickerColumnOf(note.lines, names, startLine, endLine);
  if (headed >= 0) return headed;
  // A table's first column often has no header at all: its rows are labelled, here by the companies they are.
  const companies = names.findIndex((name, column) => companyHeader.test(name) || (column === 0 && name.trim() === ''));
  if (companies < 0) return -1;
  let listed = 0;
  for (let line = startLine + 1; line <= endLine; line++) {
    if (isDelimiterRow(note.lines.lineText(line))) continue;
    const cell = splitRow(note.lines, line)[companies];
    if (!cell || cell.start === cell.end) continue;
    if (!mentionIn(note, cell.start, cell.end)) return -1;
    listed++;
  }
  return listed > 0 ? companies : -1;
}

function mentionIn(note: NoteSource, start: number, end: number): boolean {
  const mentions = note.mentions;
  const at = firstAtOrAfter(mentions, start);
  return at < mentions.length && mentions[at].offset < end;
}

/**
 * A comparison table heads a market-price column for each of its days ("| Ticker | Close (11/13) | Close (11/20) |"):
 * each row states a price of each day, and only the latest day's is the table's now. That column is read, dated by
 * its day; when some price column names no day, or two name the same latest one, which is now cannot be told and
 * none is read (the first column was, and its older day's price was compared with today's quote).
 */
function latestDatedColumn(priceColumns: readonly number[], datedCells: readonly DatedHeader[]): DatedHeader | undefined {
  const dated = priceColumns.map((column) => datedCells.find((cell) => cell.column === column));
  if (dated.some((cell) => cell === undefined)) return undefined;
  const days = dated.map((cell) => dayNumber(cell!.stamp.date));
  const latest = Math.max(...days);
  return days.filter((day) => day === latest).length === 1 ? dated[days.indexOf(latest)] : undefined;
}

/** The note's quote tables. `today`: the reference date a yearless header ("Close 11/20") is read against (tableHeaderDates.ts). */
export function findQuoteTables(note: NoteSource, stamps: readonly AsOfStamp[], today?: CalendarDate): QuoteTable[] {
  const tables: QuoteTable[] = [];
  for (const table of note.blocks.tables) {
    const header = splitRow(note.lines, table.startLine);
    const datedCells = datedHeaderCells(note, header, stamps, today);
    const datedHeader = datedCells.length === 1 ? datedCells[0] : undefined;
    // A dated header is named without its day: "Close Nov. 20, 2026" is a Close column (each of a comparison's too).
    const names = header.map((cell, column) => datedCells.find((dated) => dated.column === column)?.name ?? stripEmphasis(note.text.slice(cell.start, cell.end)));
    const symbolColumn = symbolColumnOf(note, names, table.startLine, table.endLine);
    // A table of offerings, takeovers or trades heads the event's price "Price": only a header naming the market's is a quote.
    const priceColumns = names.flatMap((name, column) => (isPriceHeader(name) && !isEventPrice(note, name, names, table.startLine, table.endLine) ? [column] : []));
    // Two price columns, one of them dated: a comparison of days (see latestDatedColumn).
    const compared = priceColumns.length > 1 && datedCells.some((cell) => priceColumns.includes(cell.column));
    const latest = compared ? latestDatedColumn(priceColumns, datedCells) : undefined;
    const priceColumn = compared ? (latest?.column ?? -1) : (priceColumns[0] ?? -1);
    const changeColumns = names.flatMap((name, column) => (column !== priceColumn && changeHeader.test(name.trim()) ? [column] : []));
    if (symbolColumn < 0 || (priceColumn < 0 && changeColumns.length === 0)) continue;
    // A price history or a log of trades, each row of its own day, or a table of options, each price a contract's: no
    // quote table of the stocks' prices.
    if (rowsOfDifferentDays(note, table.startLine, table.endLine) || isOptionTable(note, names, table.startLine, table.endLine)) continue;
    const rows: QuoteTableRow[] = [];
    for (let line = table.startLine + 1; line <= table.endLine; line++) {
      if (isDelimiterRow(note.lines.lineText(line))) continue;
      const cells = splitRow(note.lines, line);
      const symbolCell = cells[symbolColumn];
      if (!symbolCell) continue;
      const priceCell = priceColumn >= 0 ? cells[priceColumn] : undefined;
      const changeCells = changeColumns.length > 0 ? { changeCells: changeColumns.map((column) => cells[column]) } : {};
      rows.push(priceCell ? { line, symbolCell, priceCell, ...changeCells } : { line, symbolCell, ...changeCells });
    }
    const headerStart = note.lines.lineStarts[table.startLine];
    const headerEnd = note.lines.lineEnd(table.startLine);
    // The header was read for its day above: tableAsOf would read it again.
    const headerDay = datedHeader ?? latest;
    const dated: ReturnType<typeof undatedHeaderAsOf> = headerDay ? { asOf: headerDay.stamp, asOfSource: 'header' } : undatedHeaderAsOf(note, stamps, table.startLine, table.endLine);
    const { dateColumn, ...dating } = dated;
    const known = new Set([symbolColumn, priceColumn, ...changeColumns, ...(dateColumn !== undefined ? [dateColumn] : [])]);
    const otherFigureColumns = otherFigureColumnsOf(note, names, known, table.startLine, table.endLine);
    tables.push({
      startLine: table.startLine,
      endLine: table.endLine,
      headerOffset: headerStart,
      headerLength: headerEnd - headerStart,
      ...(priceColumn >= 0 ? { priceHeader: names[priceColumn], ...unitOf(names[priceColumn]) } : {}),
      rows,
      ...dating,
      ...(changeColumns.length > 0 ? { changeColumns: changeColumns.map((column) => names[column].trim()) } : {}),
      ...(otherFigureColumns.length > 0 ? { otherFigureColumns } : {}),
    });
  }
  return tables;
}

/**
 * Currency names a header may give in parentheses, as the sign statedUnit reads. "GBp" (a lower-case p) is pence in
 * the quote providers' own spelling, "GBP" pounds: the only entry told apart by case.
 */
const headerUnits: Readonly<Record<string, string>> = {
  $: '$',
  'us$': 'US$',
  usd: 'US$',
  'c$': 'C$',
  'ca$': 'C$',
  cad: 'C$',
  'a$': 'A$',
  'au$': 'A$',
  aud: 'A$',
  '€': '€',
  eur: '€',
  '£': '£',
  gbp: '£',
  p: 'p',
  gbx: 'p',
  pence: 'p',
  'hk$': 'HK$',
  hkd: 'HK$',
  '₹': '₹',
  rs: '₹',
  'rs.': '₹',
  inr: '₹',
  '¥': '¥',
  yen: 'JPY',
  jpy: 'JPY',
  chf: 'CHF',
  sek: 'SEK',
  nok: 'NOK',
  dkk: 'DKK',
  cny: 'CNY',
  rmb: 'CNY',
  'nt$': 'NT$',
  twd: 'NT$',
  's$': 'S$',
  sgd: 'S$',
  'nz$': 'NZ$',
  nzd: 'NZ$',
  'r$': 'R$',
  brl: 'R$',
};

function unitOf(header: string): { priceUnit?: string } {
  const named = /\(\s*([^)]*?)\s*\)$|,\s*(\S+)$/.exec(header)?.slice(1).find((unit) => unit !== undefined);
  if (named === undefined) return {};
  const unit = named === 'GBp' ? 'p' : headerUnits[named.toLowerCase()];
  return unit ? { priceUnit: unit } : {};
}

/** The table containing a 0-based line: tables are in document order. */
export function tableAtLine(tables: readonly QuoteTable[], line: number): QuoteTable | undefined {
  return findContaining(tables, line, (table) => table.startLine, (table) => table.endLine + 1);
}

/**
 * What dates the table on lines [startLine, endLine] (0-based): the day its header names, else its Date column's,
 * else its caption's stamp, else the nearest stamp above.
 */
export function tableAsOf(note: NoteSource, stamps: readonly AsOfStamp[], startLine: number, endLine: number, today?: CalendarDate): Pick<QuoteTable, 'asOf' | 'asOfSource'> {
  const datedHeader = datedHeaderOf(note, splitRow(note.lines, startLine), stamps, today);
  return datedHeader ? { asOf: datedHeader.stamp, asOfSource: 'header' } : undatedHeaderAsOf(note, stamps, startLine, endLine);
}

/** What dates a table whose header names no day: its Date column's one day, else its caption's or the stamp above. */
function undatedHeaderAsOf(
  note: NoteSource,
  stamps: readonly AsOfStamp[],
  startLine: number,
  endLine: number,
): Pick<QuoteTable, 'asOf' | 'asOfSource' | 'dateCells'> & { readonly dateColumn?: number } {
  const dateColumn = dateColumnOf(note, startLine, endLine);
  return dateColumn
    ? { asOf: dateColumn.stamps[0], asOfSource: 'column', dateCells: dateColumn.stamps, dateColumn: dateColumn.column }
    : captionOrAboveAsOf(note, stamps, startLine, endLine);
}

/** What dates a table whose header names no day: its caption's stamp, else the nearest stamp above. */
function captionOrAboveAsOf(note: NoteSource, stamps: readonly AsOfStamp[], startLine: number, endLine: number): Pick<QuoteTable, 'asOf' | 'asOfSource'> {
  // A line between two tables ("Closing prices, October 13, 2026") is the title of the one it stands over, not a
  // caption under the one before.
  const below = nearbyTextLine(note, endLine, +1);
  const captionLines = [nearbyTextLine(note, startLine, -1), below !== undefined && !standsOverTable(note, below) ? below : undefined];
  for (const line of captionLines) {
    if (line === undefined) continue;
    // Stamps are in document order: a binary search per table, not a walk of every stamp (quadratic over a note).
    for (let index = firstAtOrAfter(stamps, note.lines.lineStarts[line]); index < stamps.length && stamps[index].line - 1 === line; index++) {
      if (stamps[index].source === 'prose') return { asOf: stamps[index], asOfSource: 'caption' };
    }
  }
  const above = stamps[firstAtOrAfter(stamps, note.lines.lineStarts[startLine]) - 1];
  return above ? { asOf: above, asOfSource: 'above' } : {};
}

/**
 * The stamp that dates a figure on a 0-based line when that line is in a table: the table's own (tableAsOf); else
 * undefined, and the figure is dated as prose is.
 */
export function tableStampAt(note: NoteSource, stamps: readonly AsOfStamp[], line: number, today?: CalendarDate): AsOfStamp | undefined {
  if (!note.isTableLine(line)) return undefined;
  const table = findContaining(note.blocks.tables, line, (block) => block.startLine, (block) => block.endLine + 1);
  return table && tableAsOf(note, stamps, table.startLine, table.endLine, today).asOf;
}

/** Whether the first non-blank line after `line` (at most one blank line between) is a table's. */
function standsOverTable(note: NoteSource, line: number): boolean {
  const next = nextNonBlankLine(note, line, +1);
  return next !== undefined && note.isTableLine(next);
}

/** The first non-blank line next to a table (at most one blank line between), if it is prose: its caption or heading. */
export function nearbyTextLine(note: NoteSource, from: number, step: -1 | 1): number | undefined {
  const line = nextNonBlankLine(note, from, step);
  return line !== undefined && note.isTextLine(line) && !note.isTableLine(line) ? line : undefined;
}

/** The first non-blank line from `from` (not counting it) in the direction of `step`, at most one blank line between. */
function nextNonBlankLine(note: NoteSource, from: number, step: -1 | 1): number | undefined {
  for (let line = from + step, blanks = 0; line >= 0 && line < note.lines.lineCount; line += step) {
    if (note.lines.lineText(line).trim() !== '') return line;
    if (++blanks > 1) return undefined;
  }
  return undefined;
}
