// What a provider may offer beyond QuoteProvider, and how the cache tells: the HTTP providers bound their own
// requests, and Twelve Data quotes many symbols in one request.

import type { Quote, QuoteError, QuoteProvider } from '../quote';
import type { TickerRef } from '../../tickers/tickerRef';

/** A provider that gives up on its own requests after `timeoutMs` (the HTTP providers): the cache adds no timer of its own. */
export interface SelfTimedQuoteProvider extends QuoteProvider {
  readonly timeoutMs: number;
}

/** A provider that quotes several tickers in one request (Twelve Data); per-ticker failures come back as values. */
export interface BatchQuoteProvider extends QuoteProvider {
  quoteMany(tickers: readonly TickerRef[], signal?: AbortSignal): Promise<(Quote | QuoteError)[]>;
}

export function isSelfTimed(provider: QuoteProvider): provider is SelfTimedQuoteProvider {
  return typeof (provider as Partial<SelfTimedQuoteProvider>).timeoutMs === 'number';
}

export function isBatchProvider(provider: QuoteProvider): provider is BatchQuoteProvider {
  return typeof (provider as Partial<BatchQuoteProvider>).quoteMany === 'function';
}
