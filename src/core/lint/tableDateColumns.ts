// The day a table's Date column gives its rows: "| Ticker | Date | Close |" with every row "| AAPL | 11/20/2026 |
// 272.41 |", as spreadsheets and terminal exports lay out a snapshot of prices. Such a table is dated, by that
// column — it is not a table "with no as-of date", and it is as old as that day, not as the stamp above it.
//
// Only when every row names the same day, with its year: rows of different days are a price history or a list of
// last trades, which no one day dates; a cell without a day ("n/a", "Nov 20") leaves the column unread.

import type { AsOfStamp } from './asOfStamps';
import type { NoteSource } from './noteSource';
import { readDateCached, stampOfDate } from './stampDates';
import { isDelimiterRow, splitRow, stripEmphasis } from '../tickers/tableMentions';
import { readNumericYearlessDate, readYearlessDate } from './yearlessDates';

/** A column that holds each row's date, as exports head it. Not "Trade date": a log of trades, each at its own price. */
const dateHeader = /^(?:date|as[ -]of(?:\s+date)?|(?:price|pricing|quote|close|closing|last\s+trade|valuation|data)\s+date|data\s+as\s+of)$/i;
/**
 * A column of a transaction log: "| Ticker | Date | Action | Shares | Price |" lists trades made that day at their
 * prices, which no quote makes stale and no refresh may rewrite. A plain "Date" column beside one dates nothing.
 */
const transactionHeader = /^(?:shares|qty|quantity|units|action|side|type|buy\/sell|buy|sell|b\/s|cost|amount|proceeds|commission|fees?|order)$/i;
/** What may follow a cell's date to its end: emphasis, a full stop. */
const cellTail = /^[\s*_.]*$/;

/** The table's date column: the stamp of each row's cell (all the same day), the first row's first. */
export interface DateColumn {
  readonly column: number;
  readonly stamps: readonly AsOfStamp[];
}

/** The Date column of the table on lines [startLine, endLine] (0-based), if every row names one and the same day. */
export function dateColumnOf(note: NoteSource, startLine: number, endLine: number): DateColumn | undefined {
  const names = splitRow(note.lines, startLine).map((cell) => stripEmphasis(note.text.slice(cell.start, cell.end)).trim());
  const column = names.findIndex((name) => dateHeader.test(name));
  if (column < 0 || (/^date$/i.test(names[column]) && names.some((name) => transactionHeader.test(name)))) return undefined;
  const stamps: AsOfStamp[] = [];
  for (let line = startLine + 1; line <= endLine; line++) {
    if (isDelimiterRow(note.lines.lineText(line))) continue;
    const cell = splitRow(note.lines, line)[column];
    if (!cell) return undefined;
    const written = note.text.slice(cell.start, cell.end);
    const found = readDateCached(written);
    if (!found || found.reading.precision !== 'day' || found.qualifierAt !== found.at) return undefined;
    if (!cellTail.test(written.slice(found.at + found.text.length))) return undefined;
    const stamp = stampOfDate(note, cell.start + found.at, cell.start, found, 'prose');
    if (stamps.length > 0 && stamp.firstDay !== stamps[0].firstDay) return undefined;
    stamps.push(stamp);
  }
  return stamps.length > 0 ? { column, stamps } : undefined;
}

/**
 * A column of days, as a price history or a log of trades heads it: the Date columns above, "Trade date", "Session",
 * "Day", a weekly or monthly history's "Week ending", "Month end".
 */
const dayHeader = /^(?:date|day|session|trading\s+day|(?:week|month|quarter|period)(?:\s+end(?:ed|ing)?)?|(?:trade|transaction|execution)\s+date|as[ -]of(?:\s+date)?|(?:price|pricing|quote|close|closing|last\s+trade|valuation|data)\s+date|data\s+as\s+of)$/i;

/**
 * Whether the table on lines [startLine, endLine] (0-based) gives its rows different days: a column of days whose
 * cells all read as days (with their year or not: "11/16/2026", "Nov 16", "11/16") and name two or more. Each row's
 * price is then that day's — a price history ("| Date | Symbol | Close |", one stock's closes day by day) or a log of
 * trades — which no quote of today makes stale and no refresh may rewrite.
 */
export function rowsOfDifferentDays(note: NoteSource, startLine: number, endLine: number): boolean {
  const names = splitRow(note.lines, startLine).map((cell) => stripEmphasis(note.text.slice(cell.start, cell.end)).trim());
  const column = names.findIndex((name) => dayHeader.test(name));
  if (column < 0) return false;
  const days = new Set<string>();
  for (let line = startLine + 1; line <= endLine; line++) {
    if (isDelimiterRow(note.lines.lineText(line))) continue;
    const cell = splitRow(note.lines, line)[column];
    if (!cell) return false;
    const written = note.text.slice(cell.start, cell.end);
    const day = dayOfCell(written);
    if (day === undefined) return false;
    days.add(day);
  }
  return days.size > 1;
}

/** The day a cell names, as a key ("2026-11-16", or "11-16" without its year; an unordered "11/16" as written), or undefined. */
function dayOfCell(written: string): string | undefined {
  const found = readDateCached(written);
  if (found) {
    const { date } = found.reading;
    return found.reading.precision === 'day' && found.qualifierAt === found.at && cellTail.test(written.slice(found.at + found.text.length)) ? `${date.year}-${date.month}-${date.day}` : undefined;
  }
  // A day without its year: which order a numeric one is in does not matter to whether two rows differ.
  const yearless = readYearlessDate(written) ?? readNumericYearlessDate(written, () => false);
  return yearless && cellTail.test(written.slice(yearless.at + yearless.text.length)) ? `${yearless.month}-${yearless.day}` : undefined;
}
