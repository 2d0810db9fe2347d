// A provider's symbol search, asked through the provider's own request path (key, base URL, timeout, concurrency,
// redaction), so a search is one more request of the same budget, never a second HTTP stack.

import { QuoteError } from '../quote';
import type { HttpProviderId } from '../providers/baseUrls';
import type { HttpQuoteProvider } from '../providers/httpProvider';
import { alphaVantageSymbolSearch } from './alphaVantageSymbolSearch';
import { finnhubSymbolSearch } from './finnhubSymbolSearch';
import type { SymbolSearchWire } from './searchWire';
import type { SymbolMatch } from './symbolMatch';
import { twelveDataSymbolSearch } from './twelveDataSymbolSearch';
import { yahooSymbolSearch } from './yahooSymbolSearch';

const wires: Readonly<Record<HttpProviderId, SymbolSearchWire>> = {
  yahoo: yahooSymbolSearch,
  twelvedata: twelveDataSymbolSearch,
  finnhub: finnhubSymbolSearch,
  alphavantage: alphaVantageSymbolSearch,
};

const maxMatches = 10;

/** Listings matching `text` (a symbol or a company name), at most 10, one per listing; rejects only with a QuoteError. */
export async function searchProviderSymbols(provider: HttpQuoteProvider, text: string, signal?: AbortSignal): Promise<SymbolMatch[]> {
  const wire = wires[provider.id];
  const query = text.trim();
  const answer = await provider.requestJson(`the search "${query}"`, wire.path, wire.query(query), signal);
  let matches: SymbolMatch[];
  try {
    matches = wire.read(answer, answer.context);
  } catch (error) {
    // "Symbol not found" from a search is no match, not a failure worth a retry window.
    if (error instanceof QuoteError && error.kind === 'unknown-symbol') return [];
    if (error instanceof QuoteError) throw error;
    throw new QuoteError('bad-response', `${provider.displayName} answered an unreadable search for "${query}": ${String(error)}`, { cause: error });
  }
  const seen = new Set<string>();
  return matches
    .filter((match) => {
      const key = `${match.exchange ?? ''}:${match.symbol}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .slice(0, maxMatches);
}
