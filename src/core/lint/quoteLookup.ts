// How rules ask for quotes: one async lookup that answers with a quote or the provider's reason, never throws.
// A rule that cannot get a quote now (offline, rate limited) skips its check; only 'unknown-symbol' is a finding.

import { QuoteError, type Quote, type QuoteProvider, type TickerRef } from '../quotes/quote';

export type QuoteAnswer = { readonly quote: Quote } | { readonly error: QuoteError };
export type QuoteLookup = (ticker: TickerRef) => Promise<QuoteAnswer>;

export function tickerKey(ticker: TickerRef): string {
  return `${ticker.exchange ?? ''}:${ticker.symbol.toUpperCase()}`;
}

/**
 * A lookup over a provider (or the editor's cache). `memoize` keeps every answer for the lookup's lifetime: right
 * for one CLI run, wrong for the editor, whose cache decides freshness itself.
 */
export function quoteLookupFrom(provider: Pick<QuoteProvider, 'quote'>, options: { memoize?: boolean } = {}): QuoteLookup {
  const ask: QuoteLookup = async (ticker) => {
    try {
      return { quote: await provider.quote(ticker) };
    } catch (error) {
      return { error: error instanceof QuoteError ? error : new QuoteError('bad-response', error instanceof Error ? error.message : String(error), { cause: error }) };
    }
  };
  return options.memoize ? memoizeLookup(ask) : ask;
}

/** One request per ticker for as long as the returned lookup lives. */
export function memoizeLookup(lookup: QuoteLookup): QuoteLookup {
  const answers = new Map<string, Promise<QuoteAnswer>>();
  return (ticker) => {
    const key = tickerKey(ticker);
    let answer = answers.get(key);
    if (!answer) {
      answer = lookup(ticker).catch((error: unknown) => ({ error: new QuoteError('bad-response', String(error), { cause: error }) }));
      answers.set(key, answer);
    }
    return answer;
  };
}

/**
 * A lookup over the editor's QuoteCache (anything with its `get`): the last known quote, unless a failure is newer
 * than it — then the failure, so that an unknown symbol is reported and a network problem skips the check.
 */
export function quoteLookupFromCache(cache: { get(ticker: TickerRef): Promise<{ readonly quote?: Quote; readonly error?: QuoteError }> }): QuoteLookup {
  return async (ticker) => {
    const cached = await cache.get(ticker);
    if (cached.error) return { error: cached.error };
    if (cached.quote) return { quote: cached.quote };
    return { error: new QuoteError('bad-response', `No quote for ${ticker.symbol} yet`) };
  };
}
