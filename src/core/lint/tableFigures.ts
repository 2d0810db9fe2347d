// Return columns of a table as claims: a table with a Symbol/Ticker column and a column whose header names a period
//   | Ticker | Price | YTD |        | IWM | 246.92 | +14.1% |   → the Russell 2000 | return | ytd:2026 | 14.05…14.15 %
// so a watchlist's year-to-date column meets the prose of other notes ("The Russell 2000 (NYSEARCA: IWM) is up 9%
// year to date"). Only headers whose period is plain are read: to date (YTD, QTD, MTD, WTD, "Change (week)") and
// trailing months and days (1Y, 12-mo, 1M, 3M, 6M, 1W, 5D). Not read: a day's change (a table is often priced
// mid-session) unless the table's closes are read beside it (tableLevels.ts), multi-year columns
// (fund tables annualise them: "3Y (ann.)", "5-yr return"), and a column with no percent sign in its header or cell
// ("YTD chg" in dollars). The header's phrase is read by findPeriods, so a column's period key is prose's.
// A table is read only when its rows are the tickers' own past up to the as-of date: not when its caption or heading
// says the figures are forecasts or targets ("Our 12-month return forecasts" heads a "1Y" column as often as a
// trailing year does), returns relative to a benchmark, or another year's; nor when a Date or As-of column dates
// each row to its own day (a history of one ticker's YTD).
// A transposed table, tickers across the top and periods down the side, makes the same claims (transposedGrid), and
// so does a table of named markets down the side under an "Index" header ("| Index | 1M | YTD |", namedTableRows.ts).

import { referenceDay, type AsOfStamp } from './asOfStamps';
import type { CalendarDate } from './calendarDate';
import { findPeriods, type PeriodPhrase } from './claims/periods';
import type { Subject, SubjectTable } from './claims/subjects';
import type { StatedFigure } from './figures';
import type { NoteSource } from './noteSource';
import { nearbyTextLine, tableAsOf } from './quoteTables';
import { figureAsOf } from './stampScope';
import { isDelimiterRow, splitRow, stripEmphasis, tickerColumnOf, type Cell } from '../tickers/tableMentions';
import { isCommonAbbreviation } from '../tickers/abbreviations';
import type { TableBlock } from '../tickers/markdownBlocks';
import type { TickerMention } from '../tickers/mention';
import { firstAtOrAfter } from '../sortedRanges';
import { indexColumnHeader, subjectOfNameCell } from './namedTableRows';
import { writtenYears } from './claims/writtenYears';
import { isLevelHeader, isSessionMoveHeader, levelOfCell, tableSession } from './tableLevels';

/** Words a return column's header adds around its period: "YTD return", "Change (week)", "1-yr total return", "MTD %". */
const headerNoise = /\b(?:total|price|returns?|change|chg|perf(?:ormance)?|gain|move)\b|%|\(|\)/g;

/** A header's period (what is left of it once the noise is gone) as prose writes it, for findPeriods. */
const periodHeaders: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(?:ytd|year[- ]to[- ]date)$/, 'year to date'],
  [/^(?:mtd|month[- ]to[- ]date)$/, 'month to date'],
  [/^(?:qtd|quarter[- ]to[- ]date)$/, 'quarter to date'],
  [/^(?:1[- ]?m(?:o|th|onth)?|one[- ]month)$/, 'over the past 1 month'],
  [/^(?:wtd|week[- ]to[- ]date|week|weekly|for the week|this week)$/, 'for the week'],
  // A performance table's "1W" or "5D" is the trailing five sessions, as prose's "over the past week" is.
  [/^(?:1[- ]?w(?:k|eek)?|one[- ]week|5[- ]?d(?:ay)?|five[- ]day)$/, 'over the past week'],
  [/^(?:1[- ]?y(?:rs?|ears?)?|one[- ]year|12[- ]?m(?:o|os|th|onths?)?|trailing 12[- ]?m(?:o|os|th|onths?)?|ttm)$/, 'over the past 12 months'],
  [/^(?:3[- ]?m(?:o|os|th|onths?)?|three[- ]months?)$/, 'over the past 3 months'],
  [/^(?:6[- ]?m(?:o|os|th|onths?)?|six[- ]months?)$/, 'over the past 6 months'],
];

/** A caption or heading saying the table's figures are not the rows' own past: a forecast, a target, a relative return. */
const notOwnPast =
  /\b(?:forecast(?:s|ed)?|projected|projections?|expected|expectations?|estimated|estimates?|targets?|outlook|scenarios?|hypothetical|illustrative|next\s+(?:12|twelve)\s+months|next\s+year|relative\s+to|compared\s+(?:with|to)|versus|vs\.?|excess|active\s+returns?|out-?performance|under-?performance)\b/i;

/** A column that dates each row: the rows are then a history, not one day's figures. */
const rowDateHeader = /^(?:date|as\s+(?:of|at)|period|week\s+(?:ending|ended|of)|month|quarter|day|session)$/i;

/** A cell's value: "+14.1%", "-3.5%", "−4.2%", "(4.2)" (accounting's negative), "12.0". */
const cellValue = /^(?<open>\()?\s*(?<sign>[+\-−–])?\s*(?<num>\d+(?:\.\d+)?)\s*(?<percent>%)?\s*(?<close>\))?$/;

interface ReturnColumn {
  readonly column: number;
  /** The period as prose writes it ("year to date"). */
  readonly phrase: string;
  /** The header says the column is in percent ("YTD %", "Year to date (%)"): its cells need no sign of their own. */
  readonly percentHeader: boolean;
  /** A Close column (tableLevels.ts): an index row's cell is its closing level on the table's session. */
  readonly level?: true;
  /** A day's change in percent beside a Close column (tableLevels.ts): the session's move. */
  readonly sessionMove?: true;
}

/** A return column, or a Close column under the table's caption. */
function figureColumnOf(header: string, column: number, caption: string): ReturnColumn | undefined {
  return returnColumnOf(header, column) ?? (isLevelHeader(header, caption) ? { column, phrase: 'close', percentHeader: false, level: true } : undefined);
}

function returnColumnOf(header: string, column: number): ReturnColumn | undefined {
  const rest = header.toLowerCase().replace(headerNoise, ' ').replace(/\s+/g, ' ').trim();
  const phrase = periodHeaders.find(([pattern]) => pattern.test(rest))?.[1];
  return phrase ? { column, phrase, percentHeader: /%|\bpercent\b|\bpct\b/i.test(header) } : undefined;
}

/**
 * A return table read either way round: its periods (column headers, or row labels when transposed) and, for each
 * ticker, its cell of each period. The claims are the same whichever way the writer turned the table.
 */
interface ReturnGrid {
  readonly periods: readonly ReturnColumn[];
  readonly tickers: ReadonlyArray<{ readonly symbol: string; readonly exchange?: string; readonly subject?: Subject; readonly cells: ReadonlyArray<Cell | undefined> }>;
}

/** The claims of every table's return columns (or rows, in a transposed table), in document order. */
export function tableFigures(note: NoteSource, stamps: readonly AsOfStamp[], subjects: SubjectTable, today?: CalendarDate): StatedFigure[] {
  const figures: StatedFigure[] = [];
  for (const table of note.blocks.tables) {
    const headers = splitRow(note.lines, table.startLine);
    const names = headers.map((cell) => stripEmphasis(note.text.slice(cell.start, cell.end)));
    const caption = captionOf(note, table.startLine);
    const symbolColumn = tickerColumnOf(note.lines, names, table.startLine, table.endLine);
    const grid = symbolColumn >= 0
      ? usualGrid(note, table, names, caption, symbolColumn)
      : (transposedGrid(note, table, headers, names) ?? namedGrid(note, table, names, subjects, caption));
    if (!grid) continue;
    const stamp = tableAsOf(note, stamps, table.startLine, table.endLine, today).asOf;
    const asOfDate = referenceDay(stamp);
    if (!ownPastOf(note, table.startLine, table.endLine, asOfDate?.year, subjects)) continue;
    const { periods: columns, tickers } = grid;
    // "YTD total return" beside "YTD price return", "YTD (NAV)" beside "YTD (market price)": two measures of one
    // period, and which one prose means is not said — neither is read.
    const session = tableSession(stamp);
    const periods = columns.map((column) =>
      columns.filter((other) => other.phrase === column.phrase).length > 1 ? undefined : column.level || column.sessionMove ? session : columnPeriod(column.phrase, asOfDate),
    );
    const rows = tickers.map((ticker) => ({ ...ticker, subject: ticker.subject ?? subjects.forTicker(ticker.symbol, ticker.exchange) }));
    // Two funds that track one index (SPY and VOO) differ by fees and cash: in one table each keeps its own ticker,
    // so the two rows never contradict each other.
    const rowsOf = new Map<string, number>();
    for (const row of rows) rowsOf.set(row.subject.key, (rowsOf.get(row.subject.key) ?? 0) + 1);
    for (const row of rows) {
      const subject: Subject = rowsOf.get(row.subject.key)! > 1 ? { key: `ticker:${row.symbol}`, label: row.symbol } : row.subject;
      columns.forEach((column, at) => {
        const cell = row.cells[at];
        const period = periods[at];
        if (cell && period && column.level) {
          const level = levelOfCell(stripEmphasis(note.text.slice(cell.start, cell.end)), subject);
          if (!level) return;
          figures.push({
            key: `${subject.key}|level|${period.key}`,
            subject: subject.label,
            metric: 'level',
            metricLabel: 'closing level',
            period: period.label,
            open: false,
            ...level,
            unit: 'points',
            text: note.text.slice(cell.start, cell.end).trim(),
            ...(stamp ? { asOf: figureAsOf(stamp) } : {}),
            offset: cell.start,
            length: cell.end - cell.start,
            ...note.range(cell.start, cell.end - cell.start),
          });
          return;
        }
        const value = cell && period ? cellValue.exec(stripEmphasis(note.text.slice(cell.start, cell.end))) : null;
        if (!cell || !period || !value) return;
        const { open, close, sign, num, percent } = value.groups!;
        if (Boolean(open) !== Boolean(close) || (!percent && !column.percentHeader)) return;
        const magnitude = Number(num);
        const half = 0.5 * 10 ** -(num.split('.')[1]?.length ?? 0);
        const negative = open !== undefined || (sign !== undefined && sign !== '+');
        const [low, high] = negative ? [-magnitude - half, -magnitude + half] : [magnitude - half, magnitude + half];
        figures.push({
          key: `${subject.key}|return|${period.key}`,
          subject: subject.label,
          ...(subject.fund ? { fund: subject.fund } : {}),
          metric: 'return',
          metricLabel: period.key.startsWith('ytd:') ? 'year-to-date return' : 'return',
          period: period.label,
          open: period.open,
          low,
          high,
          unit: '%',
          text: note.text.slice(cell.start, cell.end),
          ...(stamp ? { asOf: figureAsOf(stamp) } : {}),
          offset: cell.start,
          length: cell.end - cell.start,
          ...note.range(cell.start, cell.end - cell.start),
        });
      });
    }
  }
  return figures;
}

type GridRow = ReturnGrid['tickers'][number];

/** A body cell that is a percentage and nothing else: "+0.5%", "-1.2 %". */
const percentCell = /^[+\-−–]?\d+(?:\.\d+)?\s*%$/;

/**
 * "| Index | Close | Day | Week | YTD |" with "+0.5%" under "Day": a column whose every cell is a percentage is a
 * change, not the date each row is of — its header names no row's day.
 */
function percentColumn(note: NoteSource, table: TableBlock, column: number): boolean {
  let cells = 0;
  for (let line = table.startLine + 1; line <= table.endLine; line++) {
    if (isDelimiterRow(note.lines.lineText(line))) continue;
    const cell = splitRow(note.lines, line)[column];
    if (!cell || !percentCell.test(stripEmphasis(note.text.slice(cell.start, cell.end)).trim())) return false;
    cells++;
  }
  return cells > 0;
}

/**
 * Periods across the top and a row per subject down the side, each row's subject as `subjectOf` reads its cells;
 * undefined when a column dates each row.
 */
function columnGrid(
  note: NoteSource,
  table: TableBlock,
  names: readonly string[],
  caption: string,
  subjectOf: (cells: readonly Cell[]) => Omit<GridRow, 'cells'> | undefined,
): ReturnGrid | undefined {
  const read = names.map((name, at) => figureColumnOf(name, at, caption));
  // Beside closes, a day's change in percent is that session's move ("| Index | Last | Chg | % Chg |" under "Closing
  // levels"); in a table that may be priced mid-session it is not read.
  const closes = read.some((column) => column?.level);
  const columns = read
    .map((column, at) => column ?? (closes && isSessionMoveHeader(names[at]) ? { column: at, phrase: 'session', percentHeader: true, sessionMove: true as const } : undefined))
    .filter((column): column is ReturnColumn => column !== undefined);
  if (columns.length === 0 || names.some((name, at) => rowDateHeader.test(name) && !percentColumn(note, table, at))) return undefined;
  const rows: GridRow[] = [];
  for (let line = table.startLine + 1; line <= table.endLine; line++) {
    if (isDelimiterRow(note.lines.lineText(line))) continue;
    const cells = splitRow(note.lines, line);
    const subject = subjectOf(cells);
    if (subject) rows.push({ ...subject, cells: columns.map((column) => cells[column.column]) });
  }
  return { periods: columns, tickers: rows };
}

/** A Symbol/Ticker column down the side and periods across the top. */
function usualGrid(note: NoteSource, table: TableBlock, names: readonly string[], caption: string, symbolColumn: number): ReturnGrid | undefined {
  return columnGrid(note, table, names, caption, (cells) => {
    const mention = cells[symbolColumn] && mentionIn(note.mentions, cells[symbolColumn]);
    return mention ? { symbol: mention.symbol, ...(mention.exchange ? { exchange: mention.exchange } : {}) } : undefined;
  });
}

/**
 * A strategist's performance table or a market wrap's scoreboard: named markets down the side under an "Index" header,
 * periods across the top (`| Index | 1M | YTD |` / `| S&P 500 | 1.2% | 15.3% |`). A row is read only when its label
 * is wholly one market's name (namedTableRows.ts): "S&P 500 TR" (a total return beside prose that states the price
 * return), "Fund" or "Equal-weight S&P 500 vs. S&P 500" is not.
 */
function namedGrid(note: NoteSource, table: TableBlock, names: readonly string[], subjects: SubjectTable, caption: string): ReturnGrid | undefined {
  if (!indexColumnHeader.test(names[0] ?? '')) return undefined;
  return columnGrid(note, table, names, caption, (cells) => {
    const subject = cells[0] ? subjectOfNameCell(note.text.slice(cells[0].start, cells[0].end), subjects) : undefined;
    return subject ? { symbol: subject.key, subject } : undefined;
  });
}

/**
 * Tickers across the top and periods down the side (`| | IWM | SPY |` / `| YTD | 14.1% | 16.3% |`). Read only when
 * every header after the first is a ticker: no Symbol header says the row holds tickers, so a header of measures
 * ("NAV", "Market price") or words ("Fund") leaves the table unread. A row labelled as a date ("As of") dates each
 * column to its own day, and a first header naming a date makes the rows a history: neither is read.
 */
function transposedGrid(note: NoteSource, table: TableBlock, headers: readonly Cell[], names: readonly string[]): ReturnGrid | undefined {
  if (names.length < 2 || (rowDateHeader.test(names[0]) && !/^period$/i.test(names[0]))) return undefined;
  const symbols: string[] = [];
  for (let at = 1; at < headers.length; at++) {
    const symbol = headerTicker(note, headers[at], names[at]);
    if (!symbol) return undefined;
    symbols.push(symbol);
  }
  const periods: ReturnColumn[] = [];
  const rows: Cell[][] = [];
  for (let line = table.startLine + 1; line <= table.endLine; line++) {
    if (isDelimiterRow(note.lines.lineText(line))) continue;
    const cells = splitRow(note.lines, line);
    const label = cells[0] ? stripEmphasis(note.text.slice(cells[0].start, cells[0].end)) : '';
    if (rowDateHeader.test(label)) return undefined;
    const period = returnColumnOf(label, line);
    if (!period) continue;
    periods.push(period);
    rows.push(cells);
  }
  if (periods.length === 0) return undefined;
  return { periods, tickers: symbols.map((symbol, at) => ({ symbol, cells: rows.map((cells) => cells[at + 1]) })) };
}

/**
 * The ticker a transposed table's header names: one mention the prose scan read there (`$IWM`, `NYSE: IWM`), or a
 * bare symbol of two to five capitals that is no usual abbreviation ("NAV", "USD", "YTD"). One letter is too often a
 * label ("Portfolio A") to be read bare.
 */
function headerTicker(note: NoteSource, cell: Cell, name: string): string | undefined {
  const at = firstAtOrAfter(note.mentions, cell.start);
  const mention = note.mentions[at];
  if (mention && mention.offset < cell.end) {
    const next = note.mentions[at + 1];
    return next && next.offset < cell.end ? undefined : mention.symbol;
  }
  return /^[A-Z]{2,5}$/.test(name) && !isCommonAbbreviation(name) ? name : undefined;
}

/**
 * The prose line just above a table: its heading or lead-in ("Closing levels, Friday:"). Not the line below, which
 * is as often the next table's lead-in.
 */
function captionOf(note: NoteSource, startLine: number): string {
  const line = nearbyTextLine(note, startLine, -1);
  return line === undefined ? '' : note.lines.lineText(line);
}

/** Whether the table's caption (the prose line just above or below it, often its heading) leaves its figures the rows' own past. */
function ownPastOf(note: NoteSource, startLine: number, endLine: number, asOfYear: number | undefined, subjects: SubjectTable): boolean {
  for (const line of [nearbyTextLine(note, startLine, -1), nearbyTextLine(note, endLine, +1)]) {
    if (line === undefined) continue;
    const caption = note.lines.lineText(line);
    if (notOwnPast.test(caption)) return false;
    // "How our picks did in 2025:": a year-to-date column of another year.
    if (asOfYear !== undefined && writtenYears(caption, subjects).some((year) => year !== asOfYear)) return false;
  }
  return true;
}

/** The ticker mention inside a cell (mentions are in document order). */
function mentionIn(mentions: readonly TickerMention[], cell: Cell): TickerMention | undefined {
  const mention = mentions[firstAtOrAfter(mentions, cell.start)];
  return mention && mention.offset < cell.end ? mention : undefined;
}

/**
 * The period a return column's header names; none when it counts to a day ("YTD through Thursday", "Return thru
 * Nov. 20"), which would date the column otherwise than its table's stamp.
 */
function columnPeriod(phrase: string, asOfDate: CalendarDate | undefined): PeriodPhrase | undefined {
  const periods = findPeriods(phrase, 0, asOfDate);
  return periods.some((period) => period.cutoff) ? undefined : periods[0];
}
