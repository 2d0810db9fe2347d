// The offline quote source: `.market-notes/quotes.csv` (header `symbol,price,previousClose,currency,asOf`, optional
// `name,exchange`) or `.market-notes/quotes.json` (an array of the same objects). A file that cannot be read as
// quotes fails whole, with the file and line named: a half-read snapshot would show wrong prices without a word.

import Papa from 'papaparse';
import { parseTree, printParseErrorCode, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import { nestedTooDeeply, tooDeeplyNestedAt } from '../jsonNesting';
import { LineIndex } from '../tickers/lineIndex';
import { canonicalShareClass } from '../tickers/shareClassSymbols';
import type { HistoryBar } from './quote';
import { normalizeBars } from './providers/historyRanges';
import { isPlausibleQuoteTime } from './providers/wireValues';

export interface SnapshotRow {
  readonly symbol: string;
  readonly price: number;
  readonly previousClose?: number;
  readonly currency: string;
  /** Epoch milliseconds. */
  readonly asOf: number;
  readonly name?: string;
  readonly exchange?: string;
  /** 1-based line of the row in its file, for messages. */
  readonly line: number;
}

export class SnapshotFormatError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly detail: string,
  ) {
    super(`${file} line ${line}: ${detail}`);
    this.name = 'SnapshotFormatError';
  }
}

const requiredColumns = ['symbol', 'price', 'previousClose', 'currency', 'asOf'] as const;
const knownColumns = new Set<string>([...requiredColumns, 'name', 'exchange']);
// ISO 8601 date, optionally with a time and zone; a bare date means midnight UTC.
const isoDateTime = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** Parses a quotes file; `file` is only used in messages. Throws SnapshotFormatError. */
export function parseSnapshotFile(file: string, text: string): Map<string, SnapshotRow> {
  return file.toLowerCase().endsWith('.json') ? parseSnapshotJson(file, text) : parseSnapshotCsv(file, text);
}

export function parseSnapshotCsv(file: string, text: string): Map<string, SnapshotRow> {
  const source = stripByteOrderMark(text).replace(/\r\n?/g, '\n');
  const lines = new LineIndex(source);
  const rows: Array<{ cells: string[]; line: number }> = [];
  let rowStart = 0;
  let failure: SnapshotFormatError | undefined;
  Papa.parse<string[]>(source, {
    delimiter: ',',
    newline: '\n',
    skipEmptyLines: 'greedy',
    step: (result, parser) => {
      while (source.charCodeAt(rowStart) === 10) rowStart++;
      const line = lines.lineAt(rowStart) + 1;
      if (result.errors.length > 0) {
        failure = new SnapshotFormatError(file, line, result.errors[0].message.toLowerCase());
        parser.abort();
        return;
      }
      rows.push({ cells: result.data, line });
      rowStart = result.meta.cursor;
    },
  });
  if (failure) throw failure;
  if (rows.length === 0) throw new SnapshotFormatError(file, 1, `the file is empty: expected the header ${requiredColumns.join(',')}`);

  const header = rows[0].cells.map((cell) => cell.trim());
  checkColumns(file, 1, header);
  const quotes = new Map<string, SnapshotRow>();
  for (const { cells, line } of rows.slice(1)) {
    if (cells.length !== header.length) {
      throw new SnapshotFormatError(file, line, `expected ${header.length} fields (${header.join(',')}), found ${cells.length}`);
    }
    const record: Record<string, string> = {};
    header.forEach((column, index) => (record[column] = cells[index].trim()));
    addRow(quotes, toRow(file, line, record));
  }
  return quotes;
}

export function parseSnapshotJson(file: string, text: string): Map<string, SnapshotRow> {
  const source = stripByteOrderMark(text);
  const lines = new LineIndex(source);
  const tooDeep = tooDeeplyNestedAt(source);
  if (tooDeep !== undefined) {
    const { line, column } = lines.position(tooDeep);
    throw new SnapshotFormatError(file, line, `${nestedTooDeeply} at column ${column}`);
  }
  const errors: ParseError[] = [];
  const tree = parseTree(source, errors, { disallowComments: true, allowTrailingComma: false });
  if (errors.length > 0) {
    const { line, column } = lines.position(errors[0].offset);
    throw new SnapshotFormatError(file, line, `invalid JSON at column ${column}: ${describeJsonError(errors[0])}`);
  }
  if (!tree || tree.type !== 'array') {
    throw new SnapshotFormatError(file, 1, 'expected a JSON array of quote objects');
  }
  const quotes = new Map<string, SnapshotRow>();
  for (const element of tree.children ?? []) {
    const line = lines.position(element.offset).line;
    if (element.type !== 'object') throw new SnapshotFormatError(file, line, 'expected a quote object');
    const record: Record<string, string> = {};
    for (const property of element.children ?? []) {
      const [key, value] = property.children ?? [];
      if (key && value) record[String(key.value)] = jsonScalarText(value);
    }
    checkColumns(file, line, Object.keys(record), 'property');
    addRow(quotes, toRow(file, line, record));
  }
  return quotes;
}

function checkColumns(file: string, line: number, present: readonly string[], noun = 'column'): void {
  const missing = requiredColumns.filter((column) => !present.includes(column));
  if (missing.length > 0) {
    throw new SnapshotFormatError(file, line, `missing ${plural(noun, missing.length)} ${missing.join(', ')}`);
  }
  const unknown = present.filter((column) => !knownColumns.has(column));
  if (unknown.length > 0) {
    throw new SnapshotFormatError(file, line, `unknown ${plural(noun, unknown.length)} ${unknown.join(', ')} (known: ${[...knownColumns].join(', ')})`);
  }
}

function plural(noun: string, count: number): string {
  return count === 1 ? noun : noun.endsWith('y') ? `${noun.slice(0, -1)}ies` : `${noun}s`;
}

function toRow(file: string, line: number, record: Record<string, string>): SnapshotRow {
  // A file exported from Yahoo spells classes `BRK-B`; notes are looked up as `BRK.B`.
  const symbol = canonicalShareClass(record.symbol.toUpperCase());
  // Symbols abroad run longer or start with a digit: India's "HDFCBANK" (up to ten letters), Tokyo's "7203", Hong
  // Kong's "0700", Korea's "005930". One such row must not cost the whole file.
  if (!/^\^?[A-Z0-9][A-Z0-9]{0,9}(?:[.-][A-Z0-9]{1,2})?$/.test(symbol)) {
    throw new SnapshotFormatError(file, line, `"${record.symbol}" is not a ticker symbol`);
  }
  const price = parseNumber(file, line, 'price', record.price);
  const previousClose = record.previousClose === '' ? undefined : parseNumber(file, line, 'previousClose', record.previousClose);
  // ISO codes, plus the minor units exchanges quote in (GBp: London prices in pence).
  if (!/^[A-Z]{3}$|^[A-Z]{2}[a-z]$/.test(record.currency)) {
    throw new SnapshotFormatError(file, line, `currency "${record.currency}" is not a three-letter code such as USD (or GBp for pence)`);
  }
  const asOf = isoDateTime.test(record.asOf) ? Date.parse(record.asOf.length === 10 ? `${record.asOf}T00:00:00Z` : record.asOf) : NaN;
  if (!Number.isFinite(asOf)) {
    throw new SnapshotFormatError(file, line, `asOf "${record.asOf}" is not an ISO 8601 date such as 2026-01-26 or 2026-01-26T16:00:00-05:00`);
  }
  if (!isPlausibleQuoteTime(asOf)) {
    throw new SnapshotFormatError(file, line, `asOf "${record.asOf}" is out of range: a quote's date falls between 1970 and 2199`);
  }
  return {
    symbol: symbol.replace(/^\^/, ''),
    price,
    ...(previousClose === undefined ? {} : { previousClose }),
    currency: record.currency,
    asOf,
    ...(record.name ? { name: record.name } : {}),
    ...(record.exchange ? { exchange: record.exchange } : {}),
    line,
  };
}

function addRow(quotes: Map<string, SnapshotRow>, row: SnapshotRow): void {
  // A repeated symbol is most likely a pasted update: the later row wins, as it would in a spreadsheet.
  quotes.set(row.symbol, row);
}

function parseNumber(file: string, line: number, column: string, text: string): number {
  const value = text.trim() === '' ? NaN : Number(text);
  if (!Number.isFinite(value) || value < 0) {
    throw new SnapshotFormatError(file, line, `${column} "${text}" is not a non-negative number`);
  }
  return value;
}

function jsonScalarText(node: JsonNode): string {
  return node.type === 'null' ? '' : typeof node.value === 'object' ? JSON.stringify(node.value) : String(node.value);
}

function describeJsonError(error: ParseError): string {
  return printParseErrorCode(error.error).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

function stripByteOrderMark(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** A snapshot history file (`.market-notes/history/<SYMBOL>.csv`, header `date,close`), oldest first. */
export function parseSnapshotHistoryCsv(file: string, text: string): HistoryBar[] {
  const source = stripByteOrderMark(text).replace(/\r\n?/g, '\n');
  const lines = source.split('\n');
  const header = lines[0]?.split(',').map((cell) => cell.trim());
  if (header?.[0] !== 'date' || header[1] !== 'close' || header.length !== 2) {
    throw new SnapshotFormatError(file, 1, 'expected the header date,close');
  }
  const bars: HistoryBar[] = [];
  lines.forEach((text, index) => {
    if (index === 0 || text.trim() === '') return;
    const [date, close, extra] = text.split(',').map((cell) => cell.trim());
    const line = index + 1;
    if (extra !== undefined) throw new SnapshotFormatError(file, line, 'expected two fields: date,close');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !Number.isFinite(Date.parse(date))) {
      throw new SnapshotFormatError(file, line, `date "${date}" is not an ISO 8601 date such as 2026-01-26`);
    }
    bars.push({ date, close: parseNumber(file, line, 'close', close ?? '') });
  });
  return normalizeBars(bars);
}
