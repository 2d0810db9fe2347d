// CSV/TSV/DSV readers for inline chart data. vega's built-in ones call d3-dsv's `parse`, which compiles a row
// converter with `new Function` — under the panel's CSP (no 'unsafe-eval') every inline-CSV chart would fail, and
// evaluating code built from a note's column names is what the CSP is there to stop. `parseRows` builds no code;
// the objects are assembled here, with defineProperty so a column named "__proto__" is just a column.

import { dsvFormat } from 'd3-dsv';

interface DsvFormatSpec {
  readonly delimiter?: string;
  readonly header?: readonly string[];
}

/** vega's reader contract: `(data, format) => rows`, with the response type the loader should use. */
export type DataReader = ((data: unknown, format?: DsvFormatSpec) => object[]) & { responseType: 'text' };

/** vega's `formats(name, reader)` registry (not in vega's typings). */
export type FormatRegistry = (name: string, reader: DataReader) => unknown;

function reader(fixedDelimiter?: string): DataReader {
  const read = (data: unknown, format: DsvFormatSpec = {}) => {
    const delimiter = fixedDelimiter ?? format.delimiter;
    if (typeof delimiter !== 'string' || delimiter.length !== 1) {
      throw new Error(`A dsv format needs a one-character delimiter, got ${JSON.stringify(delimiter)}`);
    }
    const rows = dsvFormat(delimiter).parseRows(String(data ?? ''));
    const columns = format.header ? format.header.map(String) : (rows.shift() ?? []);
    const records = rows.map((row) => {
      const record: Record<string, string> = {};
      columns.forEach((column, i) => {
        Object.defineProperty(record, column, { value: row[i] ?? '', enumerable: true, writable: true, configurable: true });
      });
      return record;
    });
    // vega's type inference (`parse: "auto"`) reads the column list from here, as it does from d3's output.
    return Object.assign(records, { columns });
  };
  return Object.assign(read, { responseType: 'text' as const });
}

export const safeDsvReaders = { csv: reader(','), tsv: reader('\t'), dsv: reader() } as const;

/** Replace vega's csv/tsv/dsv readers (a process-wide registry) with the ones above. */
export function registerSafeDsvReaders(formats: FormatRegistry): void {
  for (const [name, read] of Object.entries(safeDsvReaders)) formats(name, read);
}
