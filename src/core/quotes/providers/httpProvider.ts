// What the four HTTP providers share: options, the key, URL building with the key in the query, and the guarantee
// that a provider rejects with a QuoteError and nothing else. Each subclass is left with its wire format.

import { silentLogger, systemClock, type Clock, type Logger } from '../../logger';
import { QuoteError, type History, type HistoryRange, type Quote } from '../quote';
import type { TickerRef } from '../../tickers/tickerRef';
import type { HttpProviderId } from './baseUrls';
import { HttpJsonClient, type FetchFunction, type JsonAnswer } from './httpJson';
import type { SelfTimedQuoteProvider } from './providerCapabilities';
import { missingKeyError, providerError, type RequestContext } from './providerErrors';
import type { HttpProviderInfo } from './providerInfo';
import { describeTicker } from './providerSymbols';
import { urlRefusal } from './urlPolicy';

export interface HttpProviderOptions {
  /** Where the provider lives; see resolveBaseUrl. Defaults to the public endpoint. */
  readonly baseUrl?: string;
  /** The user's key, for providers that need one. */
  readonly apiKey?: string;
  /** Asked before each request when `apiKey` is not given, so a key set later is picked up. */
  readonly getKey?: () => string | undefined | Promise<string | undefined>;
  /** How long one request may take, from the call (time queued for a slot included) to the last byte; default 8000 ms. */
  readonly timeoutMs?: number;
  /** Requests in flight at once; each provider has its own default (Yahoo 4). */
  readonly maxConcurrency?: number;
  readonly fetch?: FetchFunction;
  readonly logger?: Logger;
  readonly clock?: Clock;
  /** Yahoo answers 429 to requests without a browser-like User-Agent. */
  readonly userAgent?: string;
}

export const defaultTimeoutMs = 8000;

export abstract class HttpQuoteProvider implements SelfTimedQuoteProvider {
  readonly id: HttpProviderId;
  readonly displayName: string;
  /** Every request is given up on (and aborted) after this long, queueing included; the cache relies on it. */
  readonly timeoutMs: number;
  protected readonly clock: Clock;
  private readonly http: HttpJsonClient;
  private readonly baseUrl: string;
  /** Why the base URL may not be used (not a URL, plain http to another machine), or undefined. */
  private readonly baseUrlRefusal: string | undefined;
  /** The key last read (it may come from getKey), so guard can mask it in messages it did not build. */
  private lastKey?: string;

  protected constructor(
    private readonly info: HttpProviderInfo,
    private readonly options: HttpProviderOptions,
    headers: Readonly<Record<string, string>> = {},
  ) {
    this.id = info.id;
    this.displayName = info.displayName;
    this.clock = options.clock ?? systemClock;
    this.timeoutMs = options.timeoutMs ?? defaultTimeoutMs;
    this.baseUrl = (options.baseUrl ?? info.defaultBaseUrl).replace(/\/+$/, '');
    // Checked once here but reported per request: a bad setting is the user's to fix, not a reason to throw.
    this.baseUrlRefusal = urlRefusal(this.baseUrl);
    this.http = new HttpJsonClient({
      providerName: info.displayName,
      timeoutMs: this.timeoutMs,
      maxConcurrency: options.maxConcurrency ?? info.defaultConcurrency,
      fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
      logger: options.logger ?? silentLogger,
      clock: this.clock,
      headers: { accept: 'application/json', ...headers },
    });
  }

  quote(ticker: TickerRef, signal?: AbortSignal): Promise<Quote> {
    return this.guard(ticker, () => this.fetchQuote(ticker, signal));
  }

  history(ticker: TickerRef, range: HistoryRange, signal?: AbortSignal): Promise<History> {
    return this.guard(ticker, () => this.fetchHistory(ticker, range, signal));
  }

  protected abstract fetchQuote(ticker: TickerRef, signal?: AbortSignal): Promise<Quote>;
  protected abstract fetchHistory(ticker: TickerRef, range: HistoryRange, signal?: AbortSignal): Promise<History>;

  /** The context for messages about `ticker` (or a batch's label). */
  protected contextFor(ticker: TickerRef | string, key?: string): RequestContext {
    return { provider: this.displayName, ticker: typeof ticker === 'string' ? ticker : describeTicker(ticker), secrets: [key] };
  }

  /** GET `{base}{path}?{query}` with the key added; the context it answers with carries the key for redaction. */
  protected async getJson(
    ticker: TickerRef | string,
    path: string,
    query: Readonly<Record<string, string>>,
    signal?: AbortSignal,
  ): Promise<JsonAnswer & { readonly context: RequestContext }> {
    const key = this.info.keyParameter ? await this.requireKey(ticker) : undefined;
    const context = this.contextFor(ticker, key);
    if (this.baseUrlRefusal) {
      throw providerError('bad-response', context, `${this.displayName}'s base URL ${JSON.stringify(this.baseUrl)} ${this.baseUrlRefusal}`);
    }
    const parameters = new URLSearchParams(query);
    if (this.info.keyParameter && key !== undefined) {
      parameters.set(this.info.keyParameter, key);
    }
    const answer = await this.http.getJson(`${this.baseUrl}${path}?${parameters}`, context, signal);
    return { status: answer.status, body: answer.body, context };
  }

  /**
   * A GET beyond quotes (symbol search) on this provider's one request path — its key, base URL, timeout,
   * concurrency slots and redaction — rejecting only with a QuoteError. `label` names the request in messages.
   */
  requestJson(label: string, path: string, query: Readonly<Record<string, string>>, signal?: AbortSignal): Promise<JsonAnswer & { readonly context: RequestContext }> {
    return this.guard(label, () => this.getJson(label, path, query, signal));
  }

  private async requireKey(ticker: TickerRef | string): Promise<string> {
    let key: string | undefined;
    try {
      key = this.options.apiKey ?? (await this.options.getKey?.());
    } catch (error) {
      throw providerError('no-key', this.contextFor(ticker), `Could not read the ${this.displayName} API key: ${String(error)}`, { cause: error });
    }
    if (key === undefined || key.trim() === '') {
      throw missingKeyError(this.contextFor(ticker));
    }
    this.lastKey = key.trim();
    return this.lastKey;
  }

  /** Turns anything but a QuoteError (a parsing bug, a shape nobody expected) into one, so callers see one kind of failure. */
  protected async guard<T>(ticker: TickerRef | string, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (error instanceof QuoteError) {
        throw error;
      }
      const reason = error instanceof Error ? error.message : String(error);
      const context = { ...this.contextFor(ticker), secrets: [this.options.apiKey, this.lastKey] };
      throw providerError('bad-response', context, `${this.displayName} answered something unreadable for ${context.ticker}: ${reason}`, { cause: error });
    }
  }
}
