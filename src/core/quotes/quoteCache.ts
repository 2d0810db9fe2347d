// Between the hover and a provider: a warm hover is answered synchronously from memory (`peek`), one request per
// listing however many hovers ask at once, failures remembered per kind so a 429 or a dead network is not hammered,
// and last-known quotes kept across restarts. Failures are values here, never rejections: the hover shows them.

import { silentLogger, systemClock, type Clock, type Logger } from '../logger';
import { isMarketOpen } from './marketHours';
import { QuoteError, type Quote, type QuoteErrorKind, type QuoteProvider } from './quote';
import type { TickerRef } from '../tickers/tickerRef';
import { StoredQuotesSync, type QuoteStore, type StoredQuote } from './quoteCacheStore';
import { isBatchProvider, isSelfTimed, type BatchQuoteProvider } from './providers/providerCapabilities';
import { formatDuration } from './providers/providerErrors';
import { describeTicker, listingKey } from './providers/providerSymbols';
import { defaultRetryWindowsMs, retryWindowMs } from './retryWindows';

export type { QuoteStore } from './quoteCacheStore';
export type { BatchQuoteProvider, SelfTimedQuoteProvider } from './providers/providerCapabilities';
export { defaultRetryWindowsMs, retryWindowMs } from './retryWindows';

/** What the cache knows about one listing. */
export interface CachedQuote {
  readonly ticker: TickerRef;
  /** The last quote that arrived, however old. */
  readonly quote?: Quote;
  /** When `quote` arrived, epoch ms. */
  readonly fetchedAt?: number;
  readonly ageMs?: number;
  /** There is a quote, but older than the freshness window (or restored from before a restart). */
  readonly stale: boolean;
  /** The quote was saved by an earlier session. */
  readonly restored: boolean;
  /** The last failure, when it is newer than the quote. */
  readonly error?: QuoteError;
  /** No request is made for this listing before this time, epoch ms. */
  readonly retryAt?: number;
}

export interface QuoteCacheOptions {
  readonly provider: QuoteProvider;
  readonly clock?: Clock;
  readonly logger?: Logger;
  /** How long a quote counts as current; default 60 s. */
  readonly freshForMs?: number;
  /** Background refresh interval while the listing's exchange is closed; default 15 min. */
  readonly closedMarketRefreshMs?: number;
  /** How long to leave a listing alone after each kind of failure, unless the provider said (Retry-After). */
  readonly retryWindowsMs?: Partial<Record<QuoteErrorKind, number>>;
  /**
   * A look-up that has not settled by then fails as 'network'; default 8 s. Only for providers without a timeout of
   * their own: HTTP providers abort their requests (AbortController) after their `timeoutMs`, queueing included.
   */
  readonly requestTimeoutMs?: number;
  /** Listings kept in memory and in the store, least recently used dropped first; default 500. */
  readonly maxEntries?: number;
  /** Tickers per request for a batch provider; default 8 (Twelve Data's free tier allows 8 credits a minute). */
  readonly batchSize?: number;
  readonly store?: QuoteStore;
  readonly isMarketOpen?: (ticker: TickerRef, now: number) => boolean;
}

interface Entry {
  readonly ticker: TickerRef;
  quote?: Quote;
  fetchedAt?: number;
  restored: boolean;
  error?: QuoteError;
  retryAt?: number;
  inflight?: Promise<void>;
}

type Listener = (update: CachedQuote) => void;

export class QuoteCache {
  /** Settles once the stored quotes are in memory (at once without a store); never rejects. */
  readonly ready: Promise<void>;
  private readonly entries = new Map<string, Entry>();
  private readonly listeners = new Set<Listener>();
  private readonly provider: QuoteProvider;
  private readonly clock: Clock;
  private readonly logger: Logger;
  private readonly freshForMs: number;
  private readonly closedMarketRefreshMs: number;
  private readonly retryWindowsMs: Readonly<Record<QuoteErrorKind, number>>;
  private readonly requestTimeoutMs: number;
  private readonly maxEntries: number;
  private readonly batchSize: number;
  private readonly marketOpen: (ticker: TickerRef, now: number) => boolean;
  // A 429 is about the caller, not the symbol: while it lasts, no listing is requested.
  private rateLimit?: { readonly until: number; readonly error: QuoteError };
  /** A network failure was logged as a warning and no quote has arrived since: the network is still down. */
  private offlineWarned = false;
  private readonly stored?: StoredQuotesSync;

  constructor(options: QuoteCacheOptions) {
    this.provider = options.provider;
    this.clock = options.clock ?? systemClock;
    this.logger = options.logger ?? silentLogger;
    this.freshForMs = options.freshForMs ?? 60_000;
    this.closedMarketRefreshMs = options.closedMarketRefreshMs ?? 15 * 60_000;
    this.retryWindowsMs = { ...defaultRetryWindowsMs, ...options.retryWindowsMs };
    this.requestTimeoutMs = options.requestTimeoutMs ?? 8000;
    this.maxEntries = options.maxEntries ?? 500;
    this.batchSize = options.batchSize ?? 8;
    this.marketOpen = options.isMarketOpen ?? ((ticker, now) => isMarketOpen(ticker.exchange, now));
    this.stored = options.store && new StoredQuotesSync(options.store, this.provider, this.logger);
    this.ready = this.restore();
  }

  /** What is known now, without waiting or asking anyone: the hover's first call. */
  peek(ticker: TickerRef): CachedQuote | undefined {
    const entry = this.entries.get(listingKey(ticker));
    return entry && this.view(entry, this.clock());
  }

  /** A fresh quote, fetching when needed; during a retry window the last known quote and the error, without a request. */
  async get(ticker: TickerRef): Promise<CachedQuote> {
    await this.ready;
    const entry = this.entryFor(ticker);
    const now = this.clock();
    if (!this.isFresh(entry, now) && (entry.inflight || this.blockedUntil(entry) <= now)) {
      await this.fetch(entry);
    }
    return this.view(entry, this.clock());
  }

  /**
   * Brings the given (visible) listings up to date: those whose quote is older than the freshness window, or than
   * the closed-market interval while their exchange is closed. `force` ignores freshness and per-listing retry
   * windows (the "Refresh Quotes" command) but still respects a rate limit. Resolves with how many were requested.
   */
  async refresh(tickers: readonly TickerRef[], options: { readonly force?: boolean } = {}): Promise<number> {
    await this.ready;
    const now = this.clock();
    const due = new Map<string, Entry>();
    for (const ticker of tickers) {
      const entry = this.entryFor(ticker);
      if (!entry.inflight && this.isDue(entry, now, options.force ?? false)) {
        due.set(listingKey(ticker), entry);
      }
    }
    const entries = [...due.values()];
    const provider = this.provider;
    if (isBatchProvider(provider) && entries.length > 1) {
      const batches: Entry[][] = [];
      for (let i = 0; i < entries.length; i += this.batchSize) {
        batches.push(entries.slice(i, i + this.batchSize));
      }
      await Promise.all(batches.map((batch) => this.fetchBatch(provider, batch)));
    } else {
      await Promise.all(entries.map((entry) => this.fetch(entry)));
    }
    return entries.length;
  }

  /** Called after every quote or failure that changes what `peek` answers. */
  onDidUpdate(listener: Listener): { dispose(): void } {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  /** Settles when the last-known quotes have been handed to the store. */
  flush(): Promise<void> {
    return this.stored?.flush() ?? Promise.resolve();
  }

  private isFresh(entry: Entry, now: number): boolean {
    return entry.fetchedAt !== undefined && !entry.restored && now - entry.fetchedAt < this.freshForMs;
  }

  private isDue(entry: Entry, now: number, force: boolean): boolean {
    if (this.rateLimit && this.rateLimit.until > now) {
      return false;
    }
    if (force) {
      return true;
    }
    if ((entry.retryAt ?? 0) > now) {
      return false;
    }
    if (entry.fetchedAt === undefined || entry.restored) {
      return true;
    }
    const interval = this.marketOpen(entry.ticker, now) ? this.freshForMs : this.closedMarketRefreshMs;
    return now - entry.fetchedAt >= interval;
  }

  private blockedUntil(entry: Entry): number {
    return Math.max(entry.retryAt ?? 0, this.rateLimit?.until ?? 0);
  }

  private view(entry: Entry, now: number): CachedQuote {
    const rateLimited = this.rateLimit && this.rateLimit.until > now && (entry.retryAt ?? 0) < this.rateLimit.until ? this.rateLimit : undefined;
    return {
      ticker: entry.ticker,
      quote: entry.quote,
      fetchedAt: entry.fetchedAt,
      ageMs: entry.fetchedAt === undefined ? undefined : now - entry.fetchedAt,
      stale: entry.quote !== undefined && !this.isFresh(entry, now),
      restored: entry.restored,
      error: rateLimited?.error ?? entry.error,
      retryAt: rateLimited?.until ?? entry.retryAt,
    };
  }

  private entryFor(ticker: TickerRef): Entry {
    const key = listingKey(ticker);
    let entry = this.entries.get(key);
    if (entry) {
      // Map order is the LRU order: re-inserting marks it most recently used.
      this.entries.delete(key);
    } else {
      entry = { ticker, restored: false };
    }
    this.entries.set(key, entry);
    this.evictBeyondLimit(entry);
    return entry;
  }

  private evictBeyondLimit(keep: Entry): void {
    for (const [key, entry] of this.entries) {
      if (this.entries.size <= this.maxEntries) {
        return;
      }
      if (!entry.inflight && entry !== keep) {
        this.entries.delete(key);
      }
    }
  }

  /** One request per listing at a time: later callers share the one in flight. */
  private fetch(entry: Entry): Promise<void> {
    entry.inflight ??= this.withTimeout(describeTicker(entry.ticker), () => this.provider.quote(entry.ticker)).then(
      (quote) => this.recordQuote(entry, quote),
      (error: unknown) => this.recordFailure(entry, error),
    ).finally(() => (entry.inflight = undefined));
    return entry.inflight;
  }

  private fetchBatch(provider: BatchQuoteProvider, entries: readonly Entry[]): Promise<void> {
    const tickers = entries.map((entry) => entry.ticker);
    const label = tickers.map(describeTicker).join(', ');
    const batch = this.withTimeout(label, () => provider.quoteMany(tickers)).then(
      (results) =>
        entries.forEach((entry, i) => {
          const result = results[i];
          return result === undefined || result instanceof QuoteError ? this.recordFailure(entry, result) : this.recordQuote(entry, result);
        }),
      // A failure of the whole request is each ticker's own: its card names that ticker, not the batch.
      (error: unknown) => entries.forEach((entry) => this.recordFailure(entry, forTicker(error, label, describeTicker(entry.ticker)))),
    );
    for (const entry of entries) {
      entry.inflight = batch.finally(() => (entry.inflight = undefined));
    }
    return batch;
  }

  // A late answer from a provider without a timeout is dropped, not aborted: an AbortController per look-up is dear
  // on the cold path, and such a provider (a local file) has nothing worth aborting.
  private withTimeout<T>(label: string, request: () => Promise<T>): Promise<T> {
    if (isSelfTimed(this.provider) && this.provider.timeoutMs <= this.requestTimeoutMs) {
      return request();
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new QuoteError('network', `${this.provider.displayName} did not answer within ${formatDuration(this.requestTimeoutMs)} for ${label}`)),
        this.requestTimeoutMs,
      );
    });
    return Promise.race([request(), timeout]).finally(() => clearTimeout(timer));
  }

  private recordQuote(entry: Entry, quote: Quote): void {
    Object.assign(entry, { quote, fetchedAt: this.clock(), restored: false, error: undefined, retryAt: undefined });
    this.offlineWarned = false;
    this.changed(entry);
    this.persist();
  }

  private recordFailure(entry: Entry, failure: unknown): void {
    const error =
      failure instanceof QuoteError
        ? failure
        : new QuoteError('bad-response', `${this.provider.displayName} failed for ${describeTicker(entry.ticker)}: ${String(failure)}`, { cause: failure });
    const now = this.clock();
    const windowMs = retryWindowMs(error, this.retryWindowsMs);
    // Each failure is logged once: a network that stays down is one line, not one every retry window.
    const repeated = entry.error?.kind === error.kind && entry.error.message === error.message;
    entry.error = error;
    entry.retryAt = now + windowMs;
    if (error.kind === 'rate-limited') {
      this.rateLimit = { until: entry.retryAt, error };
    }
    const line = `${error.message}${windowMs > 0 ? `; next try in ${formatDuration(windowMs)}` : ''}`;
    // A dead network fails every ticker in turn: one warning says so, the rest are traced until a quote gets through.
    const stillOffline = error.kind === 'network' && this.offlineWarned;
    if (repeated || stillOffline) {
      this.logger.trace(line);
    } else {
      this.logger.warn(error.kind === 'network' ? `${line} (further network failures are traced until a quote arrives)` : line);
      this.offlineWarned ||= error.kind === 'network';
    }
    this.changed(entry);
  }

  private changed(entry: Entry): void {
    if (this.listeners.size === 0) {
      return;
    }
    const update = this.view(entry, this.clock());
    for (const listener of this.listeners) {
      try {
        listener(update);
      } catch (error) {
        this.logger.error(`A quote listener failed: ${String(error)}`);
      }
    }
  }

  private async restore(): Promise<void> {
    for (const { ticker, quote, fetchedAt } of (await this.stored?.load())?.slice(-this.maxEntries) ?? []) {
      const key = listingKey(ticker);
      // A quote fetched while the store was loading is newer than anything stored.
      if (!this.entries.has(key)) {
        this.entries.set(key, { ticker, quote, fetchedAt, restored: true });
      }
    }
  }

  private persist(): void {
    this.stored?.save(() => {
      const quotes: StoredQuote[] = [];
      for (const { ticker, quote, fetchedAt } of this.entries.values()) {
        if (quote && fetchedAt !== undefined) {
          quotes.push({ ticker, quote, fetchedAt });
        }
      }
      return quotes.slice(-this.maxEntries);
    });
  }
}

/** A batch's failure as one ticker's: the same error with the batch label ("IWM, QQQ, AAPL") replaced by that ticker. */
function forTicker(error: unknown, batchLabel: string, ticker: string): unknown {
  if (!(error instanceof QuoteError) || batchLabel === ticker || !error.message.includes(batchLabel)) return error;
  return new QuoteError(error.kind, error.message.split(batchLabel).join(ticker), error.options);
}
