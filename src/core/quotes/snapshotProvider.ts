// The offline provider: quotes from the workspace's snapshot file. It reads the file once and keeps the parsed
// table until told the file changed (the editor watches it; the CLI reads once), so a hover costs a map lookup.

import type { Logger } from '../logger';
import { QuoteError, type History, type HistoryRange, type Quote, type QuoteProvider } from './quote';
import type { TickerRef } from '../tickers/tickerRef';
import { parseSnapshotFile, parseSnapshotHistoryCsv, SnapshotFormatError, type SnapshotRow } from './snapshotFile';
import { selectRange } from './providers/historyRanges';
import { exchangeTimeZone } from './marketHours';
import { exchangeDisplayNames, normalizeExchange } from '../tickers/exchanges';
import { describeTicker, listingKey } from './providers/providerSymbols';
import { snapshotFileCandidates } from './snapshotFileNames';

/** Reads a file relative to the snapshot's root; resolves undefined when it does not exist. */
export type ReadTextFile = (relativePath: string) => Promise<string | undefined>;

export { snapshotFileCandidates };

type Table = { readonly file: string; readonly rows: ReadonlyMap<string, SnapshotRow> } | { readonly file?: string; readonly error: QuoteError };

export class SnapshotProvider implements QuoteProvider {
  readonly id = 'snapshot';
  readonly displayName = 'Snapshot';
  private table: Promise<Table> | undefined;

  constructor(
    private readonly readFile: ReadTextFile,
    private readonly logger: Logger,
    /** Where the root is, for messages ("examples/.market-notes/quotes.csv"). */
    private readonly rootLabel = '',
    private readonly candidates: readonly string[] = snapshotFileCandidates,
  ) {}

  /** Forget the parsed file: the next quote reads it again. */
  invalidate(): void {
    this.table = undefined;
  }

  /** The file quotes come from, or the reason there are none. */
  async source(): Promise<{ file?: string; error?: QuoteError }> {
    const table = await this.load();
    return 'error' in table ? { file: table.file, error: table.error } : { file: table.file };
  }

  async quote(ticker: TickerRef): Promise<Quote> {
    const table = await this.load();
    if ('error' in table) throw table.error;
    const row = table.rows.get(ticker.symbol.toUpperCase());
    if (!row) {
      throw new QuoteError('unknown-symbol', `${ticker.symbol} is not in the snapshot (${table.file})`, { missingFromSnapshot: true });
    }
    // The file names the venue in words ("Nasdaq", "London Stock Exchange"); its zone shows the time as traders saw it.
    const rowVenue = row.exchange === undefined ? undefined : normalizeExchange(row.exchange);
    // One row a symbol: a row of another market's listing is not the one the writer named — "(NASDAQ: VOD)" is the
    // ADR, not the London row "VOD" in pence, and "(NYSE: SHOP)" not the Toronto row in Canadian dollars. Its quote
    // would put another currency's price on the hover and against the note's figures.
    if (ticker.exchange !== undefined && rowVenue !== undefined && listingKey(ticker) !== listingKey({ symbol: ticker.symbol, exchange: rowVenue })) {
      throw new QuoteError('unknown-symbol', `${describeTicker(ticker)} on ${exchangeDisplayNames[ticker.exchange]} is not in the snapshot (${table.file}): its ${row.symbol} row is the ${row.exchange} listing`, {
        missingFromSnapshot: true,
      });
    }
    const venue = rowVenue ?? ticker.exchange;
    return {
      symbol: row.symbol,
      providerSymbol: row.symbol,
      provider: this.id,
      price: row.price,
      currency: row.currency,
      asOf: row.asOf,
      exchangeTimezone: exchangeTimeZone(venue),
      ...(row.previousClose === undefined ? {} : { previousClose: row.previousClose }),
      ...(row.name === undefined ? {} : { name: row.name }),
      ...(row.exchange === undefined ? {} : { exchange: row.exchange }),
    };
  }

  /**
   * Daily closes from `.market-notes/history/<SYMBOL>.csv`. The snapshot is frozen in time, so ranges count back
   * from its last bar, not from today: a note's chart looks the same whenever it is rendered.
   */
  async history(ticker: TickerRef, range: HistoryRange): Promise<History> {
    const relative = `.market-notes/history/${ticker.symbol.toUpperCase()}.csv`;
    const label = this.label(relative);
    let text: string | undefined;
    try {
      text = await this.readFile(relative);
    } catch (cause) {
      throw new QuoteError('source-invalid', `Cannot read ${label}: ${errorText(cause)}`, { cause });
    }
    if (text === undefined) throw new QuoteError('unknown-symbol', `${ticker.symbol} has no history in the snapshot (${label})`);
    let bars;
    try {
      bars = parseSnapshotHistoryCsv(label, text);
    } catch (cause) {
      if (!(cause instanceof SnapshotFormatError)) throw cause;
      throw new QuoteError('source-invalid', `Malformed history file: ${cause.message}`, { cause });
    }
    const last = bars.at(-1);
    const selected = last ? selectRange(bars, range, last.date) : [];
    return { symbol: ticker.symbol.toUpperCase(), provider: this.id, bars: selected };
  }

  /** All quotes in the file, for listings and lint. */
  async all(): Promise<ReadonlyMap<string, SnapshotRow>> {
    const table = await this.load();
    if ('error' in table) throw table.error;
    return table.rows;
  }

  private load(): Promise<Table> {
    this.table ??= this.read();
    return this.table;
  }

  private async read(): Promise<Table> {
    for (const candidate of this.candidates) {
      const label = this.label(candidate);
      let text: string | undefined;
      try {
        text = await this.readFile(candidate);
      } catch (cause) {
        return this.fail(label, new QuoteError('source-invalid', `Cannot read ${label}: ${errorText(cause)}`, { cause }));
      }
      if (text === undefined) continue;
      try {
        const rows = parseSnapshotFile(label, text);
        this.logger.info(`Snapshot: ${rows.size} quote${rows.size === 1 ? '' : 's'} from ${label}`);
        return { file: label, rows };
      } catch (cause) {
        if (!(cause instanceof SnapshotFormatError)) throw cause;
        return this.fail(label, new QuoteError('source-invalid', `Malformed quotes file: ${cause.message}`, { cause }));
      }
    }
    const expected = this.candidates.join(' or ');
    return this.fail(undefined, new QuoteError('source-invalid', `No snapshot quotes file: create ${expected} (header symbol,price,previousClose,currency,asOf)`));
  }

  /** A file under the root as messages name it ("examples/.market-notes/quotes.csv"). */
  private label(relative: string): string {
    return this.rootLabel ? `${this.rootLabel.replace(/\/$/, '')}/${relative}` : relative;
  }

  private fail(file: string | undefined, error: QuoteError): Table {
    // Logged here, once per read of the file, not once per hover.
    this.logger.error(error.message);
    return file === undefined ? { error } : { file, error };
  }
}

function errorText(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}
