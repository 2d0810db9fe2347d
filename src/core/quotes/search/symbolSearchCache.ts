// Between completion and a provider's symbol search: answers kept per query (listings do not move between
// keystrokes), one request per query however many completions ask, failures remembered with the quote cache's
// retry windows — a 429 silences every query until it passes — and a request abandoned once nobody waits for it.
// Failures are values: completion falls back to local symbols without a word.

import { silentLogger, systemClock, type Clock, type Logger } from '../../logger';
import { QuoteError, type QuoteErrorKind } from '../quote';
import { formatDuration } from '../providers/providerErrors';
import { defaultRetryWindowsMs, retryWindowMs } from '../retryWindows';
import type { SymbolMatch } from './symbolMatch';

export type SymbolSearchFunction = (text: string, signal: AbortSignal) => Promise<SymbolMatch[]>;

export interface SymbolSearchAnswer {
  readonly matches: readonly SymbolMatch[];
  /** Why there are no (fresh) matches: the failure, or the retry window still running. */
  readonly error?: QuoteError;
  /** The caller stopped waiting (typing moved on). */
  readonly cancelled?: boolean;
}

export interface SymbolSearchCacheOptions {
  readonly search: SymbolSearchFunction;
  readonly clock?: Clock;
  readonly logger?: Logger;
  /** How long an answer is reused; default 6 hours. */
  readonly freshForMs?: number;
  readonly retryWindowsMs?: Partial<Record<QuoteErrorKind, number>>;
  /** Queries remembered, least recently used dropped first; default 300. */
  readonly maxEntries?: number;
}

/** Queries shorter than this are not sent: one letter matches half the market. */
export const minimumSearchLength = 2;

interface Entry {
  matches?: readonly SymbolMatch[];
  fetchedAt?: number;
  error?: QuoteError;
  retryAt?: number;
  inflight?: { readonly done: Promise<void>; readonly controller: AbortController; waiting: number };
}

export class SymbolSearchCache {
  private readonly entries = new Map<string, Entry>();
  private readonly clock: Clock;
  private readonly logger: Logger;
  private readonly freshForMs: number;
  private readonly retryWindowsMs: Readonly<Record<QuoteErrorKind, number>>;
  private readonly maxEntries: number;
  private rateLimit?: { readonly until: number; readonly error: QuoteError };

  constructor(private readonly options: SymbolSearchCacheOptions) {
    this.clock = options.clock ?? systemClock;
    this.logger = options.logger ?? silentLogger;
    this.freshForMs = options.freshForMs ?? 6 * 3600_000;
    this.retryWindowsMs = { ...defaultRetryWindowsMs, ...options.retryWindowsMs };
    this.maxEntries = options.maxEntries ?? 300;
  }

  /** The query as a cache key: case and spacing do not change what a provider finds. */
  static keyOf(text: string): string {
    return text.trim().replace(/\s+/g, ' ').toLowerCase();
  }

  /** A fresh answer already known, without waiting or asking: lets completion skip its debounce. */
  peek(text: string): readonly SymbolMatch[] | undefined {
    const entry = this.entries.get(SymbolSearchCache.keyOf(text));
    return entry && this.isFresh(entry, this.clock()) ? entry.matches : undefined;
  }

  /** Until when no query is sent at all (the provider rate-limited us), or undefined. */
  blockedUntil(): number | undefined {
    return this.rateLimit && this.rateLimit.until > this.clock() ? this.rateLimit.until : undefined;
  }

  async search(text: string, signal?: AbortSignal): Promise<SymbolSearchAnswer> {
    const key = SymbolSearchCache.keyOf(text);
    if (key.length < minimumSearchLength) return { matches: [] };
    const entry = this.entryFor(key);
    const now = this.clock();
    if (this.isFresh(entry, now)) return { matches: entry.matches ?? [] };
    const blocked = this.blockedUntil();
    if (blocked !== undefined || (entry.retryAt ?? 0) > now) {
      return { matches: entry.matches ?? [], ...(this.rateLimit && blocked ? { error: this.rateLimit.error } : entry.error ? { error: entry.error } : {}) };
    }
    if (signal?.aborted) return { matches: entry.matches ?? [], cancelled: true };
    const inflight = (entry.inflight ??= this.fetch(key, entry));
    inflight.waiting++;
    let cancelled = false;
    const stopWaiting = new Promise<void>((resolve) => {
      signal?.addEventListener(
        'abort',
        () => {
          cancelled = true;
          resolve();
        },
        { once: true },
      );
    });
    try {
      await Promise.race([inflight.done, stopWaiting]);
    } finally {
      // The last caller to leave takes the request with it: nobody is left to read its answer.
      if (--inflight.waiting === 0 && entry.inflight === inflight && cancelled) inflight.controller.abort();
    }
    if (cancelled) return { matches: entry.matches ?? [], cancelled: true };
    return { matches: entry.matches ?? [], ...(entry.error ? { error: entry.error } : {}) };
  }

  private fetch(key: string, entry: Entry): NonNullable<Entry['inflight']> {
    const controller = new AbortController();
    const done = this.options
      .search(key, controller.signal)
      .then(
        (matches) => Object.assign(entry, { matches, fetchedAt: this.clock(), error: undefined, retryAt: undefined }),
        (failure: unknown) => {
          // Abandoned by every caller: not the provider's fault, nothing to remember.
          if (!controller.signal.aborted) this.recordFailure(key, entry, failure);
        },
      )
      .then(() => undefined)
      .finally(() => (entry.inflight = undefined));
    return { done, controller, waiting: 0 };
  }

  private recordFailure(key: string, entry: Entry, failure: unknown): void {
    const error = failure instanceof QuoteError ? failure : new QuoteError('bad-response', `Symbol search for "${key}" failed: ${String(failure)}`, { cause: failure });
    const windowMs = retryWindowMs(error, this.retryWindowsMs);
    const repeated = entry.error?.kind === error.kind && entry.error.message === error.message;
    entry.error = error;
    entry.retryAt = this.clock() + windowMs;
    if (error.kind === 'rate-limited') this.rateLimit = { until: entry.retryAt, error };
    const line = `${error.message}${windowMs > 0 ? `; no symbol search for that before ${formatDuration(windowMs)}` : ''}`;
    if (repeated) this.logger.trace(line);
    else this.logger.warn(line);
  }

  private isFresh(entry: Entry, now: number): boolean {
    return entry.fetchedAt !== undefined && now - entry.fetchedAt < this.freshForMs;
  }

  private entryFor(key: string): Entry {
    let entry = this.entries.get(key);
    if (entry) this.entries.delete(key);
    else entry = {};
    this.entries.set(key, entry);
    for (const [oldKey, old] of this.entries) {
      if (this.entries.size <= this.maxEntries) break;
      if (!old.inflight && old !== entry) this.entries.delete(oldKey);
    }
    return entry;
  }
}
