// The one shape every quote provider normalises to. Hover, lint and charts only ever see these types,
// so a provider is swappable without touching them.

import type { TickerRef } from '../tickers/tickerRef';

export interface Quote {
  /** The symbol as written in notes (`BRK.B`), not the provider's spelling. */
  readonly symbol: string;
  /** The provider's own spelling (`BRK-B` for Yahoo), when it differs. */
  readonly providerSymbol: string;
  /** Provider id (`snapshot`, `yahoo`, …). */
  readonly provider: string;
  readonly price: number;
  readonly currency: string;
  /** When the price was true, epoch milliseconds. */
  readonly asOf: number;
  readonly previousClose?: number;
  readonly name?: string;
  /** Exchange as the provider names it (free text: `NasdaqGS`, `NYSE Arca`). */
  readonly exchange?: string;
  /** IANA zone of the exchange, to show the quote's time where it traded. */
  readonly exchangeTimezone?: string;
}

export interface HistoryBar {
  /** Exchange-local calendar date, `YYYY-MM-DD`. */
  readonly date: string;
  readonly close: number;
}

export interface History {
  readonly symbol: string;
  readonly provider: string;
  readonly currency?: string;
  /** Oldest first. */
  readonly bars: readonly HistoryBar[];
}

export type HistoryRange = '5d' | '1mo' | '3mo' | '6mo' | 'ytd' | '1y';

/** Why a quote could not be had. Each kind has its own retry window in the cache. */
export type QuoteErrorKind =
  | 'unknown-symbol' // the provider does not know it
  | 'rate-limited' // 429 or the provider's own quota message
  | 'network' // refused, reset, timed out, DNS
  | 'bad-response' // HTML, malformed JSON, a shape we do not understand, 5xx
  | 'no-key' // the provider needs an API key the user has not set
  | 'source-invalid'; // a local quotes file that cannot be read as quotes

export class QuoteError extends Error {
  constructor(
    readonly kind: QuoteErrorKind,
    message: string,
    // missingFromSnapshot: a snapshot file lacks the symbol — it says nothing about whether the symbol exists.
    // overRequestLimit: no request was made, because lint had asked the provider for as many symbols as it may
    // (core/lint/quoteRequestLimit.ts); the message says which limit.
    readonly options: { readonly retryAfterMs?: number; readonly cause?: unknown; readonly missingFromSnapshot?: boolean; readonly overRequestLimit?: boolean } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'QuoteError';
  }

  get retryAfterMs(): number | undefined {
    return this.options.retryAfterMs;
  }
}

export interface QuoteProvider {
  readonly id: string;
  readonly displayName: string;
  /** Resolves with a quote or rejects with a QuoteError; never with anything else. */
  quote(ticker: TickerRef, signal?: AbortSignal): Promise<Quote>;
  /** Daily closes, oldest first; rejects with a QuoteError. Providers without history reject with kind 'bad-response'. */
  history?(ticker: TickerRef, range: HistoryRange, signal?: AbortSignal): Promise<History>;
}

/** Change and change % from the previous close, or undefined when there is none to compare with. */
export function dailyChange(quote: Quote): { change: number; changePercent: number } | undefined {
  if (quote.previousClose === undefined || !Number.isFinite(quote.previousClose) || quote.previousClose === 0) {
    return undefined;
  }
  const change = quote.price - quote.previousClose;
  return { change, changePercent: (change / quote.previousClose) * 100 };
}
