// The one place the editor asks for quotes. It picks the provider from settings, keeps one cache per HTTP
// provider (persisted in global storage), serves the snapshot provider for offline workspaces, refreshes the
// mentions of visible notes in the background and reports the provider's state for the status bar.

import * as path from 'node:path';
import * as vscode from 'vscode';
import { QuoteCache, type CachedQuote } from '../../core/quotes/quoteCache';
import { QuoteError, type History, type HistoryRange, type Quote, type QuoteProvider } from '../../core/quotes/quote';
import type { TickerRef } from '../../core/tickers/tickerRef';
import { createProvider, httpProviderInfo, redactSecrets, type HttpProviderId, type HttpQuoteProvider } from '../../core/quotes/providers';
import { FileQuoteStore } from '../../node/fileQuoteStore';
import type { ApiKeys } from './apiKeys';
import { delay } from '../delay';
import { providerBaseUrl, readQuoteSettings, type ProviderId } from './quoteSettings';
import type { SnapshotSources } from './snapshotSources';
import { OfflineFailureLog } from '../../core/quotes/offlineFailureLog';

export interface QuoteLookup {
  readonly quote?: Quote;
  readonly error?: QuoteError;
  /** "Yahoo" or "Snapshot · .market-notes/quotes.csv", for the card's footer. */
  readonly providerLabel: string;
  /** The quote is a last-known value, shown while a fresher one is on its way. */
  readonly stale?: boolean;
}

export type ProviderState =
  | { readonly kind: 'live' | 'snapshot' | 'idle' }
  | { readonly kind: 'rate-limited'; readonly until: number }
  | { readonly kind: 'offline' | 'no-key' | 'failing'; readonly message: string };

const backgroundRefreshMs = 30_000;
const staleAnswerAfterMs = 700;
// Daily closes change once a day: a history asked for by a hover is reused for this long.
const historyReuseMs = 30 * 60_000;

export class QuoteService implements vscode.Disposable {
  private readonly caches = new Map<HttpProviderId, { cache: QuoteCache; provider: HttpQuoteProvider; subscription: { dispose(): void } }>();
  private readonly histories = new Map<string, { at: number; history: Promise<History | undefined> }>();
  /** The last failure of each history look-up that failed, until one succeeds. */
  private readonly historyFailures = new Map<string, unknown>();
  private readonly states = new Map<ProviderId, ProviderState>();
  /** A history request failed for want of a network and none has succeeded since. */
  private readonly historyFailureLog = new OfflineFailureLog();
  private readonly stateChanged = new vscode.EventEmitter<void>();
  readonly onDidChangeState = this.stateChanged.event;
  private readonly quotesChanged = new vscode.EventEmitter<void>();
  /** A quote arrived or failed, or the snapshot was re-read: what lint compares with may have changed. */
  readonly onDidChangeQuotes = this.quotesChanged.event;
  private readonly timer: ReturnType<typeof setInterval>;
  private readonly snapshotSubscription: vscode.Disposable;

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly log: vscode.LogOutputChannel,
    private readonly snapshots: SnapshotSources,
    private readonly keys: ApiKeys,
    private readonly visibleMentions: () => Array<{ uri: vscode.Uri; tickers: readonly TickerRef[] }>,
  ) {
    this.timer = setInterval(() => void this.refreshVisible(false), backgroundRefreshMs);
    this.snapshotSubscription = snapshots.onDidChange(() => this.quotesChanged.fire());
  }

  /** The provider a note's quotes come from (the setting may differ per workspace folder). */
  providerFor(uri?: vscode.Uri): ProviderId {
    return readQuoteSettings(uri).provider;
  }

  state(provider: ProviderId): ProviderState {
    return provider === 'snapshot' ? { kind: 'snapshot' } : (this.states.get(provider) ?? { kind: 'idle' });
  }

  /**
   * The last quote the cache holds, however old, without asking anyone (the Markdown preview's markers); undefined
   * for the snapshot provider, whose quotes come from a file read (lookup).
   */
  lastKnown(uri: vscode.Uri, ticker: TickerRef): QuoteLookup | undefined {
    const provider = this.providerFor(uri);
    if (provider === 'snapshot') return undefined;
    const cached = this.cacheFor(provider).peek(ticker);
    return cached?.quote ? { quote: cached.quote, providerLabel: httpProviderInfo[provider].displayName } : { providerLabel: httpProviderInfo[provider].displayName };
  }

  /** Answer at once from memory when the quote is current: a warm hover never waits. */
  peek(uri: vscode.Uri, ticker: TickerRef): QuoteLookup | undefined {
    const provider = this.providerFor(uri);
    if (provider === 'snapshot') return undefined;
    const cached = this.cacheFor(provider).peek(ticker);
    return cached?.quote && !cached.stale && !cached.error ? this.toLookup(provider, cached) : undefined;
  }

  /** The last quote known for a ticker, however old, without asking anyone (inline prices); none for the snapshot. */
  peekKnown(uri: vscode.Uri, ticker: TickerRef): Quote | undefined {
    const provider = this.providerFor(uri);
    return provider === 'snapshot' ? undefined : this.caches.get(provider)?.cache.peek(ticker)?.quote;
  }

  /**
   * The quote known without asking a provider: the snapshot's (a read of a local file the provider keeps parsed),
   * else the last one the cache holds, however old. Inline prices and the moved-tickers count use it: neither may
   * make a request of its own.
   */
  async knownWithoutRequest(uri: vscode.Uri, ticker: TickerRef): Promise<Quote | undefined> {
    return this.providerFor(uri) === 'snapshot' ? (await this.snapshotLookup(uri, ticker)).quote : this.peekKnown(uri, ticker);
  }

  /** The HTTP provider a note's quotes come from (symbol search asks it too); undefined for the snapshot. */
  httpProviderFor(uri: vscode.Uri): HttpQuoteProvider | undefined {
    const provider = this.providerFor(uri);
    return provider === 'snapshot' ? undefined : this.entryFor(provider).provider;
  }

  /** Brings the given listings of a note up to date (fresh ones are not asked again); inline prices' visible mentions. */
  async refreshTickers(uri: vscode.Uri, tickers: readonly TickerRef[]): Promise<void> {
    const provider = this.providerFor(uri);
    if (provider === 'snapshot' || tickers.length === 0) return;
    try {
      await this.cacheFor(provider).refresh(tickers);
    } catch (error) {
      this.log.error(`Refreshing ${tickers.length} quote(s) failed: ${redactSecrets(String(error))}`);
    }
  }

  /**
   * A current quote, asking the provider when needed. When a last-known quote exists (from before a restart, or
   * past its freshness) and the provider is slow, that quote is shown after a short wait, marked with its age,
   * while the request goes on and fills the cache for the next hover.
   */
  async lookup(uri: vscode.Uri, ticker: TickerRef): Promise<QuoteLookup> {
    const provider = this.providerFor(uri);
    if (provider === 'snapshot') return this.snapshotLookup(uri, ticker);
    const cache = this.cacheFor(provider);
    const fresh = cache.get(ticker);
    await Promise.race([fresh, cache.ready.then(() => delay(staleAnswerAfterMs))]);
    const known = cache.peek(ticker);
    const settled = await Promise.race([fresh, Promise.resolve(undefined)]);
    if (settled) return this.toLookup(provider, settled);
    return known?.quote ? { ...this.toLookup(provider, known), stale: true } : this.toLookup(provider, await fresh);
  }

  /**
   * Daily closes for "then vs now" and charts, the one history cache of the extension; undefined when the provider
   * has none or fails (logged). A failure is not kept: the next caller asks again.
   */
  history(uri: vscode.Uri, ticker: TickerRef, range: HistoryRange): Promise<History | undefined> {
    const providerId = this.providerFor(uri);
    const source: { provider: QuoteProvider; root?: vscode.Uri } = providerId === 'snapshot' ? this.snapshots.forDocument(uri) : this.entryFor(providerId);
    const provider = source.provider;
    // One entry per source: a provider, or a workspace folder's snapshot — not per note.
    const key = `${providerId}|${source.root?.toString() ?? ''}|${ticker.exchange ?? ''}:${ticker.symbol}|${range}`;
    const cached = this.histories.get(key);
    if (cached && Date.now() - cached.at < historyReuseMs) return cached.history;
    const history = (provider.history?.(ticker, range) ?? Promise.resolve(undefined)).then(
      (result) => {
        this.historyFailureLog.succeeded();
        return result;
      },
      (error: unknown) => {
        const line = `No ${range} history for ${ticker.symbol}: ${error instanceof Error ? error.message : String(error)}`;
        this.log[this.historyFailureLog.levelFor(error instanceof QuoteError && error.kind === 'network')](line);
        this.historyFailures.set(key, error);
        return undefined;
      },
    );
    this.histories.set(key, { at: Date.now(), history });
    void history.then((result) => result === undefined && this.histories.get(key)?.history === history && this.histories.delete(key));
    void history.then((result) => result !== undefined && this.historyFailures.delete(key));
    return history;
  }

  /** Why the last `history` for this ticker and range failed, if it did (the chart panel's "data unavailable"). */
  historyFailure(uri: vscode.Uri, ticker: TickerRef, range: HistoryRange): unknown {
    const providerId = this.providerFor(uri);
    const root = providerId === 'snapshot' ? this.snapshots.forDocument(uri).root : undefined;
    return this.historyFailures.get(`${providerId}|${root?.toString() ?? ''}|${ticker.exchange ?? ''}:${ticker.symbol}|${range}`);
  }

  /** Forget cached histories (the chart panel's "Refresh data"). */
  forgetHistories(): void {
    this.histories.clear();
  }

  /** Ask the provider again for one ticker now (the card's Refresh link), whatever its freshness. */
  async refreshOne(uri: vscode.Uri, ticker: TickerRef): Promise<void> {
    const provider = this.providerFor(uri);
    if (provider === 'snapshot') {
      this.snapshots.forDocument(uri).provider.invalidate();
      this.quotesChanged.fire();
      return;
    }
    await this.cacheFor(provider).refresh([ticker], { force: true });
  }

  /** Refresh what visible notes mention; `force` is the "Refresh Quotes" command. */
  async refreshVisible(force: boolean): Promise<void> {
    for (const { uri, tickers } of this.visibleMentions()) {
      const provider = this.providerFor(uri);
      if (provider === 'snapshot') {
        if (force) {
          this.snapshots.forDocument(uri).provider.invalidate();
          this.quotesChanged.fire();
        }
        continue;
      }
      try {
        await this.cacheFor(provider).refresh(tickers, { force });
      } catch (error) {
        this.log.error(`Background refresh failed: ${redactSecrets(String(error))}`);
      }
    }
  }

  /** Settings or keys changed: start over with new providers (last-known quotes stay in the stores). */
  reset(): void {
    for (const { cache, subscription } of this.caches.values()) {
      subscription.dispose();
      void cache.flush();
    }
    this.caches.clear();
    this.histories.clear();
    this.states.clear();
    this.stateChanged.fire();
    // Another provider (or key) answers from now on: lint's findings were compared with the old one's quotes.
    this.quotesChanged.fire();
  }

  private async snapshotLookup(uri: vscode.Uri, ticker: TickerRef): Promise<QuoteLookup> {
    const { provider } = this.snapshots.forDocument(uri);
    const source = await provider.source();
    const providerLabel = source.file ? `${provider.displayName} · ${source.file}` : provider.displayName;
    try {
      return { quote: await provider.quote(ticker), providerLabel };
    } catch (error) {
      if (error instanceof QuoteError) return { error, providerLabel };
      throw error;
    }
  }

  private toLookup(provider: HttpProviderId, cached: CachedQuote): QuoteLookup {
    const providerLabel = httpProviderInfo[provider].displayName;
    return { ...(cached.quote ? { quote: cached.quote } : {}), ...(cached.error ? { error: cached.error } : {}), providerLabel };
  }

  private cacheFor(id: HttpProviderId): QuoteCache {
    return this.entryFor(id).cache;
  }

  private entryFor(id: HttpProviderId): { cache: QuoteCache; provider: HttpQuoteProvider } {
    const existing = this.caches.get(id);
    if (existing) return existing;
    const settings = readQuoteSettings();
    const provider = createProvider(id, {
      baseUrl: providerBaseUrl(id),
      getKey: () => this.keys.get(id),
      timeoutMs: settings.timeoutMs,
      logger: this.log,
    });
    const storage = this.context.globalStorageUri;
    const cache = new QuoteCache({
      provider,
      logger: this.log,
      freshForMs: settings.freshForMs,
      requestTimeoutMs: settings.timeoutMs,
      ...(storage.scheme === 'file' ? { store: new FileQuoteStore(path.join(storage.fsPath, `quotes-${id}.json`)) } : {}),
    });
    const subscription = cache.onDidUpdate((update) => {
      this.noteState(id, update);
      this.quotesChanged.fire();
    });
    const entry = { cache, provider, subscription };
    this.caches.set(id, entry);
    return entry;
  }

  private noteState(id: HttpProviderId, update: CachedQuote): void {
    const error = update.error;
    const next: ProviderState = !error
      ? { kind: 'live' }
      : error.kind === 'rate-limited'
        ? { kind: 'rate-limited', until: update.retryAt ?? Date.now() }
        : error.kind === 'network'
          ? { kind: 'offline', message: error.message }
          : error.kind === 'no-key'
            ? { kind: 'no-key', message: error.message }
            : error.kind === 'unknown-symbol'
              ? (this.states.get(id) ?? { kind: 'live' }) // one unknown symbol says nothing about the provider
              : { kind: 'failing', message: error.message };
    const previous = this.states.get(id);
    if (JSON.stringify(previous) !== JSON.stringify(next)) {
      this.states.set(id, next);
      this.stateChanged.fire();
    }
  }

  dispose(): void {
    clearInterval(this.timer);
    this.snapshotSubscription.dispose();
    // Emitters first: a reset while shutting down tells nobody.
    this.stateChanged.dispose();
    this.quotesChanged.dispose();
    this.reset();
  }
}
