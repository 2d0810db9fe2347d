// Quote tables: every cell of a column headed "Symbol" or "Ticker" names a ticker, written as the prose scan reads
// it (`AAPL`, `$KO`, `NYSE: KO`, `TYO: 7203`, `KO.N`, `VOD LN`: symbolCells.ts). An "Exchange" column, when present,
// qualifies the row's symbol. A record table (`| Ticker | NVDA |` over rows of labels and values) names its one stock
// in that row. Other cells are prose, scanned with the text around.

import { isPlaceholderSymbol } from './labels';
import { isBlank } from './charCodes';
import { isCurrencyPair } from './commodityAndCurrencyCodes';
import { normalizeExchange, type ExchangeId } from './exchanges';
import type { LineIndex } from './lineIndex';
import { ScannedMention, type TickerMention } from './mention';
import type { TableBlock } from './markdownBlocks';
import { CodeSpanFinder } from './skippedSpans';
import { readSymbolCell, type SymbolCellMention } from './symbolCells';
import { isCommonAbbreviation } from './abbreviations';
import { indexColumnHeader, mayNameOtherAsset, rowAsset, type RowCell } from './tableRowAssets';

export interface Cell {
  /** Offsets of the cell's content with surrounding spaces trimmed. */
  readonly start: number;
  readonly end: number;
}

/**
 * "Symbol", "Tickers", "Ticker symbol", the short "Sym" and "Tkr", London's "EPIC" and "TIDM", a fund table's "ETF
 * (ticker)" and "Ticker/ETF", and with the venue its cells carry: "Ticker (Exchange)", "Symbol/Exchange".
 */
export const symbolHeader =
  /^(?:symbols?|tickers?|ticker symbol|sym|tkr|epic|tidm|(?:etf|fund)\s*\((?:ticker|symbol)\))(?:\s*\((?:exchange|venue|market|listing)\)|\s*\/\s*(?:exchange|venue|market|etf))?$/i;
/**
 * Headers that name a column of tickers only when its cells are symbols: a sector table's "ETF" and "Fund" (their
 * cells may be funds' names, "Energy Select SPDR"), an Australian table's "ASX code" and "Code" (a plain "Code" may
 * be postal codes or a key's "A1": see symbolShaped).
 */
const symbolIfShapedHeader = /^(?:etfs?|funds?|(?:asx\s+)?code)$/i;
const plainCodeHeader = /^code$/i;
/** A column of a market's figures ("Price", "Last", "Chg %", "1W", "YTD"): what makes a plain "Code" column a board's. */
const marketFigureHeader = /\b(?:price|last|close|px|chg|change|ytd|return|perf(?:ormance)?|yield|mkt\s+cap|market\s+cap)\b|%|^\d{1,2}\s?[dwmy]$/i;
const exchangeHeader = /^(?:exchange|market|listing|venue)$/i;
// A key to a chart or a table ("| Symbol | Meaning |" with rows "NM | not meaningful", "E | estimate") lists marks, not listings.
const legendHeader = /^(?:meaning|definition|explanation|stands for|legend|key)$/i;

/**
 * The Symbol column's mentions. Returns the symbol cells' spans too: the rest of the table is scanned with the
 * prose around it, and mentions found there inside a symbol cell (`$META`) are the caller's to drop.
 */
export function scanTableMentions(table: TableBlock, lines: LineIndex, out: TickerMention[]): Cell[] {
  const header = splitRow(lines, table.startLine);
  const headerTexts = header.map((cell) => stripEmphasis(lines.text.slice(cell.start, cell.end)));
  const record = recordSymbolCell(table, lines, headerTexts);
  if (record !== undefined) {
    out.push(new ScannedMention(record.mention.symbol, record.mention.exchange, 'table', record.mention.offset, record.mention.length, record.mention.symbolOffset, record.mention.symbolLength, lines));
    return [record.cell];
  }
  const symbolColumn = tickerColumnOf(lines, headerTexts, table.startLine, table.endLine);
  if (symbolColumn < 0 || headerTexts.some((text) => legendHeader.test(text))) return [];
  const exchangeColumn = headerTexts.findIndex((text) => exchangeHeader.test(text));
  const headerVenue = venueOfHeader(headerTexts[symbolColumn]);
  const symbolCells: Cell[] = [];
  for (let line = table.startLine + 1; line <= table.endLine; line++) {
    if (isDelimiterLine(lines, line)) continue;
    const cellCount = rowCellBounds(lines, line, rowBounds);
    if (symbolColumn >= cellCount) continue;
    const cell = { start: rowBounds[2 * symbolColumn], end: rowBounds[2 * symbolColumn + 1] };
    const rowExchange = (exchangeColumn >= 0 && exchangeColumn < cellCount ? normalizeExchange(stripEmphasis(lines.text.slice(rowBounds[2 * exchangeColumn], rowBounds[2 * exchangeColumn + 1]))) : undefined) ?? headerVenue;
    const mention = readSymbolCell(lines.text, cell.start, cell.end, rowExchange);
    // An index, a future or a currency on a quote board (tableRowAssets.ts), told by the row's name cells.
    const asset = mention !== undefined && mention.exchange === undefined && mayNameOtherAsset(mention.symbol) ? rowAsset(mention.symbol, rowCells(lines, cellCount, symbolColumn, headerTexts)) : undefined;
    const exchange = asset === 'index' ? 'INDEX' : mention?.exchange;
    if (mention !== undefined && asset !== 'unlisted' && namesListing(mention.symbol) && !isCashLine(mention)) out.push(new ScannedMention(mention.symbol, exchange, 'table', mention.offset, mention.length, mention.symbolOffset, mention.symbolLength, lines));
    symbolCells.push(cell);
  }
  return symbolCells;
}

/**
 * The venue a ticker column's header names: an "ASX code" is Sydney's, an "EPIC" or "TIDM" London's. A venue in the
 * cell or the row's Exchange column wins.
 */
function venueOfHeader(header: string): ExchangeId | undefined {
  if (/^asx\s+code$/i.test(header)) return 'ASX';
  return /^(?:epic|tidm)$/i.test(header) ? 'LSE' : undefined;
}

/**
 * The column of a table's tickers: the one headed "Symbol" or "Ticker" (symbolHeader), else one headed "ETF", "Fund"
 * or "Code" whose cells are all symbols (symbolIfShapedHeader); -1 when there is none. `headerTexts`: the header's
 * cells without emphasis.
 */
export function tickerColumnOf(lines: LineIndex, headerTexts: readonly string[], startLine: number, endLine: number): number {
  const headed = headerTexts.findIndex((text) => symbolHeader.test(text));
  if (headed >= 0) return headed;
  const column = headerTexts.findIndex((text) => symbolIfShapedHeader.test(text));
  if (column < 0) return -1;
  if (plainCodeHeader.test(headerTexts[column]) && !headerTexts.some((text, other) => other !== column && marketFigureHeader.test(text))) return -1;
  return symbolShaped(lines, column, startLine, endLine) ? column : -1;
}

/**
 * Whether every row's cell in `column` that has a letter or digit holds a symbol with two letters at least (`XLE`,
 * `BHP`, `A2M`, `VOD.L`), and one row does: not a fund's name, a postal code ("2000") or a key's "A1".
 */
function symbolShaped(lines: LineIndex, column: number, startLine: number, endLine: number): boolean {
  let symbols = 0;
  for (let line = startLine + 1; line <= endLine; line++) {
    if (isDelimiterLine(lines, line)) continue;
    if (column >= rowCellBounds(lines, line, rowBounds)) continue;
    const start = rowBounds[2 * column];
    const end = rowBounds[2 * column + 1];
    if (!/[\p{L}\p{N}]/u.test(lines.text.slice(start, end))) continue;
    const mention = readSymbolCell(lines.text, start, end, undefined);
    if (mention === undefined || (mention.symbol.match(/[A-Z]/g)?.length ?? 0) < 2) return false;
    symbols++;
  }
  return symbols > 0;
}

/** The row's cells but its symbol's, as rowCellBounds last read them into rowBounds. */
function rowCells(lines: LineIndex, cellCount: number, symbolColumn: number, headerTexts: readonly string[]): RowCell[] {
  const cells: RowCell[] = [];
  for (let column = 0; column < cellCount; column++) {
    if (column === symbolColumn) continue;
    cells.push({ text: stripEmphasis(lines.text.slice(rowBounds[2 * column], rowBounds[2 * column + 1])), underIndexHeader: indexColumnHeader.test(headerTexts[column] ?? '') });
  }
  return cells;
}

/**
 * A record table — one stock's key data, a label and its value a row — names its stock in the row labelled Ticker or
 * Symbol: `| Ticker | NVDA |` as its header or as a row under `| Key data | |`. Its first column holds labels, never
 * symbols (`| PT | $240 |`, `| NAV | n/a |`). Two columns only; a header `| Ticker | WGT |` over rows of symbols
 * (`| AAPL | 5% |`) is a column of tickers, told apart by its rows' labels: words in lower case, or with spaces,
 * parentheses or signs ("Price (11/20/26)", "EPS CY27E"), in at least half its rows.
 */
function recordSymbolCell(table: TableBlock, lines: LineIndex, headerTexts: readonly string[]): { cell: Cell; mention: SymbolCellMention } | undefined {
  if (headerTexts.length !== 2) return undefined;
  const inHeader = symbolHeader.test(headerTexts[0]);
  let labelled = 0;
  let rows = 0;
  let found: { cell: Cell; mention: SymbolCellMention } | undefined;
  for (let line = table.startLine; line <= table.endLine; line++) {
    if (line > table.startLine && isDelimiterLine(lines, line)) continue;
    const cells = splitRow(lines, line);
    if (cells.length > 2) return undefined;
    const label = stripEmphasis(lines.text.slice(cells[0]?.start ?? 0, cells[0]?.end ?? 0));
    if (line > table.startLine) {
      rows++;
      if (/[\p{Ll}\s(/%$]/u.test(label)) labelled++;
    }
    if (found !== undefined || cells.length !== 2 || !symbolHeader.test(label) || (line > table.startLine && inHeader)) continue;
    const mention = readSymbolCell(lines.text, cells[1].start, cells[1].end, undefined);
    if (mention !== undefined && namesListing(mention.symbol) && !isCommonAbbreviation(mention.symbol)) found = { cell: cells[1], mention };
  }
  // A header row of labels needs rows of labels under it; a Ticker row under another header is one already.
  return found !== undefined && (!inHeader || (rows > 0 && labelled * 2 >= rows)) ? found : undefined;
}

// The rows that close or sum a holdings table ("| TOTAL | 100% |", "| OTHER | 3.1% |"), in capitals like its symbols.
const summaryRows: ReadonlySet<string> = new Set(['TOTAL', 'SUBTOTAL', 'OTHER', 'OTHERS', 'AVERAGE', 'AVG', 'MEDIAN', 'MEAN']);

/**
 * A portfolio's cash line, `| CASH | 4.0% |`, as holdings tables list it among the symbols. Pathward Financial trades
 * as CASH too: written with its venue (in the cell or the row's Exchange column) or a `$` (`NASDAQ: CASH`, `$CASH`),
 * the cell is read as its listing.
 */
function isCashLine(mention: SymbolCellMention): boolean {
  return mention.symbol === 'CASH' && mention.offset === mention.symbolOffset && mention.exchange === undefined;
}

/** Whether a Symbol cell's symbol is a listing: not a placeholder (`TBD`, `NA`), a summary row or a forex pair (`EURUSD`). */
function namesListing(symbol: string): boolean {
  return !isPlaceholderSymbol(symbol) && !summaryRows.has(symbol) && !isCurrencyPair(symbol);
}

/** Cells of a table row: split on `|` outside code spans and not escaped; outer pipes are optional. */
export function splitRow(lines: LineIndex, line: number): Cell[] {
  const count = rowCellBounds(lines, line, rowBounds);
  const cells: Cell[] = [];
  for (let i = 0; i < count; i++) cells.push({ start: rowBounds[2 * i], end: rowBounds[2 * i + 1] });
  return cells;
}

/** Scratch space for rowCellBounds: the table scan reads thousands of rows and keeps two cells of each. */
const rowBounds: number[] = [];
const rowSeparators: number[] = [];

/** `splitRow` into `bounds` (start, end of each cell, trimmed), without an object per cell: the number of cells. */
function rowCellBounds(lines: LineIndex, line: number, bounds: number[]): number {
  const text = lines.text;
  const lineStart = lines.lineStarts[line];
  const lineEnd = lines.lineEnd(line);
  const separators = rowSeparators;
  let count = 0;
  for (let at = lineStart; at < lineEnd; at++) {
    const code = text.charCodeAt(at);
    if (code === 92 /* \ */) {
      at++;
    } else if (code === 96 /* ` */) {
      let runEnd = at;
      while (text.charCodeAt(runEnd) === 96) runEnd++;
      const resume = codeSpansOf(lines).skip(at, runEnd - at, lineEnd);
      at = Math.max(resume, runEnd) - 1;
    } else if (code === 124 /* | */) {
      separators[count++] = at;
    }
  }
  // Outer pipes produce empty first/last cells: drop them.
  const dropFirst = count > 0 && isBlankText(text, lineStart, separators[0]);
  const dropLast = count - (dropFirst ? 1 : 0) > 0 && isBlankText(text, separators[count - 1] + 1, lineEnd);
  let cells = 0;
  for (let i = dropFirst ? 1 : 0; i <= count - (dropLast ? 1 : 0); i++) {
    let start = i === 0 ? lineStart : separators[i - 1] + 1;
    let end = i === count ? lineEnd : separators[i];
    while (start < end && isBlank(text.charCodeAt(start))) start++;
    while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
    bounds[2 * cells] = start;
    bounds[2 * cells + 1] = end;
    cells++;
  }
  return cells;
}

/** Whether text[start, end) is all white space (as `trim` sees it: non-ASCII spaces too). */
function isBlankText(text: string, start: number, end: number): boolean {
  for (let at = start; at < end; at++) {
    const code = text.charCodeAt(at);
    if (isBlank(code)) continue;
    if (code < 128) return false;
    return text.slice(at, end).trim() === '';
  }
  return true;
}

/** A cell without the emphasis marks around it (`**Ticker**` → `Ticker`), trimmed. */
export function stripEmphasis(cellText: string): string {
  // A loop, not /[*_]+$/: that pattern retries from every mark of a long run that is not at the end (quadratic).
  const isMark = (code: number) => code === 42 /* * */ || code === 95; /* _ */
  let start = 0;
  let end = cellText.length;
  while (start < end && isMark(cellText.charCodeAt(start))) start++;
  while (end > start && isMark(cellText.charCodeAt(end - 1))) end--;
  return cellText.slice(start, end).trim();
}

/**
 * A table's delimiter row (`| --- | :-: |`): every cell dashes with optional alignment colons. Read cell by cell:
 * a single pattern for the row has overlapping whitespace quantifiers and backtracks quadratically on long rows.
 */
export function isDelimiterRow(lineText: string): boolean {
  const cells = lineText.split('|');
  if (cells.length > 1 && cells[0].trim() === '') cells.shift();
  if (cells.length > 1 && cells[cells.length - 1].trim() === '') cells.pop();
  return cells.every((cell) => delimiterCell.test(cell.trim()));
}

const delimiterCell = /^:?-+:?$/;

/**
 * `isDelimiterRow` for a line of the text, without cutting it out: a row holding any ASCII character but blanks,
 * pipes, dashes and colons (every data row, on its first cell) cannot be one, since trimming never removes it.
 */
function isDelimiterLine(lines: LineIndex, line: number): boolean {
  const text = lines.text;
  const end = lines.lineEnd(line);
  for (let at = lines.lineStarts[line]; at < end; at++) {
    const code = text.charCodeAt(at);
    if (code === 32 || code === 9 || code === 124 /* | */ || code === 45 /* - */ || code === 58 /* : */) continue;
    if (code < 128) return false;
    break;
  }
  return isDelimiterRow(lines.lineText(line));
}

// One code-span finder per note text (its LineIndex), shared by the rows of every table in it.
const codeSpanFinders = new WeakMap<LineIndex, CodeSpanFinder>();

function codeSpansOf(lines: LineIndex): CodeSpanFinder {
  let finder = codeSpanFinders.get(lines);
  if (!finder) codeSpanFinders.set(lines, (finder = new CodeSpanFinder(lines.text)));
  return finder;
}
