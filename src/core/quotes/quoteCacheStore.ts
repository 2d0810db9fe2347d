// Last-known quotes outlive a restart, so the first hover after launch shows something (marked with its age)
// instead of waiting on the network. The stored form is versioned and checked field by field on the way in:
// the file is on disk where anything can happen to it, and a bad one must cost the old quotes, never a crash.

import type { Logger } from '../logger';
import { exchangeDisplayNames, type ExchangeId } from '../tickers/exchanges';
import type { Quote } from './quote';
import type { TickerRef } from '../tickers/tickerRef';
import { isPlausibleQuoteTime, isRecord, readNumber, readString } from './providers/wireValues';

/** Where the cache keeps last-known quotes between sessions; the editor backs it with a file in global storage. */
export interface QuoteStore {
  /** The saved data, or undefined when nothing was saved yet. May reject: the cache logs and starts empty. */
  load(): Promise<unknown>;
  save(data: unknown): Promise<void>;
}

export interface StoredQuote {
  readonly ticker: TickerRef;
  readonly quote: Quote;
  readonly fetchedAt: number;
}

const storeVersion = 1;

/**
 * The cache's side of a QuoteStore: loading never rejects (a bad store is logged and ignored), and saves asked for
 * while one is running collapse into one more, so a burst of quotes costs two writes, not fifty.
 */
export class StoredQuotesSync {
  private saving?: Promise<void>;
  private saveAgain = false;

  constructor(
    private readonly store: QuoteStore,
    private readonly provider: { readonly id: string; readonly displayName: string },
    private readonly logger: Logger,
  ) {}

  async load(): Promise<StoredQuote[]> {
    let stored: StoredQuote[];
    try {
      stored = decodeStoredQuotes(await this.store.load(), this.provider.id, this.logger);
    } catch (error) {
      this.logger.warn(`Discarded the stored quotes: ${describe(error)}`);
      return [];
    }
    if (stored.length > 0) {
      this.logger.info(`Restored ${stored.length} last-known quote(s) from ${this.provider.displayName}`);
    }
    return stored;
  }

  /** Saves what `snapshot` answers when the store is next free. */
  save(snapshot: () => readonly StoredQuote[]): void {
    if (this.saving) {
      this.saveAgain = true;
      return;
    }
    // Started from a microtask: a store that throws instead of rejecting must not break the caller's quote.
    this.saving = Promise.resolve()
      .then(() => this.store.save(encodeStoredQuotes(this.provider.id, snapshot())))
      .catch((error: unknown) => this.logger.warn(`Could not save last-known quotes: ${describe(error)}`))
      .finally(() => {
        this.saving = undefined;
        if (this.saveAgain) {
          this.saveAgain = false;
          this.save(snapshot);
        }
      });
  }

  async flush(): Promise<void> {
    while (this.saving) {
      await this.saving;
    }
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The stored form of the cache's last-known quotes, least recently used first. */
export function encodeStoredQuotes(provider: string, quotes: readonly StoredQuote[]): unknown {
  return { version: storeVersion, provider, quotes };
}

/** Quotes of `provider` from stored data, least recently used first; whatever cannot be read is dropped and logged. */
export function decodeStoredQuotes(data: unknown, provider: string, logger: Logger): StoredQuote[] {
  if (data === undefined || data === null) {
    return [];
  }
  if (!isRecord(data) || data.version !== storeVersion || !Array.isArray(data.quotes)) {
    logger.warn(`Discarded the stored quotes: not a version-${storeVersion} quote store`);
    return [];
  }
  if (data.provider !== provider) {
    logger.info(`Ignored the stored quotes: they came from ${String(data.provider)}, not ${provider}`);
    return [];
  }
  const decoded = data.quotes.map(decodeEntry);
  const valid = decoded.filter((entry): entry is StoredQuote => entry !== undefined);
  if (valid.length < decoded.length) {
    logger.warn(`Discarded ${decoded.length - valid.length} unreadable stored quote(s)`);
  }
  return valid;
}

function decodeEntry(value: unknown): StoredQuote | undefined {
  if (!isRecord(value) || !isRecord(value.ticker) || !isRecord(value.quote)) {
    return undefined;
  }
  const symbol = readString(value.ticker.symbol);
  const fetchedAt = readNumber(value.fetchedAt);
  const quote = decodeQuote(value.quote);
  // A time no clock could show (`asOf: 1e18`) would throw wherever it is formatted: it costs the entry, not the hover.
  if (symbol === undefined || fetchedAt === undefined || !isPlausibleQuoteTime(fetchedAt) || quote === undefined) {
    return undefined;
  }
  const exchange = readString(value.ticker.exchange);
  if (exchange !== undefined && !Object.hasOwn(exchangeDisplayNames, exchange)) {
    return undefined;
  }
  return { ticker: exchange ? { symbol, exchange: exchange as ExchangeId } : { symbol }, quote, fetchedAt };
}

function decodeQuote(value: Record<string, unknown>): Quote | undefined {
  const symbol = readString(value.symbol);
  const providerSymbol = readString(value.providerSymbol);
  const provider = readString(value.provider);
  const price = typeof value.price === 'number' ? readNumber(value.price) : undefined;
  const currency = readString(value.currency);
  const asOf = typeof value.asOf === 'number' && isPlausibleQuoteTime(value.asOf) ? value.asOf : undefined;
  if (symbol === undefined || providerSymbol === undefined || provider === undefined || price === undefined || currency === undefined || asOf === undefined) {
    return undefined;
  }
  return {
    symbol,
    providerSymbol,
    provider,
    price,
    currency,
    asOf,
    previousClose: typeof value.previousClose === 'number' ? readNumber(value.previousClose) : undefined,
    name: readString(value.name),
    exchange: readString(value.exchange),
    exchangeTimezone: readString(value.exchangeTimezone),
  };
}
