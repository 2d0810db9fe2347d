// From listings to what the editor offers: local listings first (the workspace's mentions, the snapshot), then the
// provider's, one item per listing, each inserting the form the writer started — qualified with the venue the
// provider gives, never one that contradicts it.

import { exchangeDisplayNames, normalizeExchange, writtenExchangePrefixes, type ExchangeId } from '../tickers/exchanges';
import type { SymbolMatch } from '../quotes/search/symbolMatch';
import type { TickerCompletionContext } from './completionContext';

export interface TickerCompletion {
  readonly label: string;
  readonly name?: string;
  /** Venue and type: `NYSE · Equity`. */
  readonly description: string;
  readonly insertText: string;
  readonly filterText: string;
  readonly sortText: string;
  readonly match: SymbolMatch;
}

/** Venues that share one US symbol namespace: a cashtag names any of them. */
const usVenues: ReadonlySet<ExchangeId> = new Set(['NASDAQ', 'NYSE', 'NYSEARCA', 'NYSEAMERICAN', 'OTC', 'CBOE']);

const maxLocalItems = 50;

/** Local listings that answer to the query: symbols starting with it, or names with a word starting with it. */
export function matchLocalListings(candidates: Iterable<SymbolMatch>, query: string): SymbolMatch[] {
  const q = query.trim().toLowerCase();
  const matches: SymbolMatch[] = [];
  for (const candidate of candidates) {
    if (matches.length >= maxLocalItems) break;
    if (q === '' || candidate.symbol.toLowerCase().startsWith(q) || nameMatches(candidate.name, q)) matches.push(candidate);
  }
  return matches;
}

function nameMatches(name: string | undefined, query: string): boolean {
  if (!name) return false;
  const lower = name.toLowerCase();
  return lower.startsWith(query) || lower.includes(` ${query}`) || lower.includes(`-${query}`);
}

/**
 * The items for one completion request. A listing found both locally and by the provider is offered once, at its
 * local rank, with the provider's venue when the provider names one (a note's wrong prefix is not repeated).
 */
export function tickerCompletions(context: TickerCompletionContext, local: readonly SymbolMatch[], remote: readonly SymbolMatch[]): TickerCompletion[] {
  const providerVenues = new Map<string, SymbolMatch>();
  for (const match of remote) if (match.exchange && !providerVenues.has(match.symbol)) providerVenues.set(match.symbol, match);

  const seen = new Set<string>();
  const ordered: SymbolMatch[] = [];
  for (const match of [...local, ...remote]) {
    const known = providerVenues.get(match.symbol);
    const merged: SymbolMatch = known && (match.exchange === undefined || usVenues.has(match.exchange) === usVenues.has(known.exchange as ExchangeId))
      ? { ...match, exchange: known.exchange, name: match.name ?? known.name, type: match.type ?? known.type, exchangeLabel: known.exchangeLabel }
      : match;
    const key = `${merged.exchange && !usVenues.has(merged.exchange) ? merged.exchange : 'US'}:${merged.symbol}`;
    if (seen.has(key)) continue;
    seen.add(key);
    ordered.push(merged);
  }

  const typed = context.typed.toUpperCase();
  // In the company form the writer may have started the symbol: keep the listings it fits.
  const fitting = context.form === 'company' && typed !== '' ? ordered.filter((match) => match.symbol.startsWith(typed)) : ordered;
  return fitting.map((match, index) => ({
    label: match.symbol,
    ...(match.name ? { name: match.name } : {}),
    description: describeListing(match),
    insertText: insertTextFor(context, match),
    filterText: `${context.replaced} ${match.symbol} ${match.name ?? ''}`.trimEnd(),
    sortText: String(index).padStart(4, '0'),
    match,
  }));
}

function describeListing(match: SymbolMatch): string {
  const venue = match.exchange ? exchangeDisplayNames[match.exchange] : match.exchangeLabel;
  return [venue, match.type, match.source === 'workspace' ? 'in your notes' : match.source === 'snapshot' ? 'snapshot' : undefined].filter(Boolean).join(' · ');
}

/** The text that replaces what the writer started. */
export function insertTextFor(context: TickerCompletionContext, match: SymbolMatch): string {
  switch (context.form) {
    case 'cashtag':
      // A cashtag cannot name a venue: a listing outside the US gets the exchange form instead.
      return match.exchange === undefined || usVenues.has(match.exchange) ? `$${match.symbol}` : `(${writtenPrefix(match.exchange)}: ${match.symbol})`;
    case 'exchange': {
      const venue = match.exchange ?? context.exchange;
      return `(${venue ? writtenPrefix(venue, context.writtenExchange) : (context.writtenExchange ?? '')}: ${match.symbol})`;
    }
    case 'company':
      return match.exchange ? `(${writtenPrefix(match.exchange)}: ${match.symbol})` : `(${match.symbol})`;
  }
}

/** The writer's own spelling when it names the same venue ("Nasdaq"), else ours. */
function writtenPrefix(venue: ExchangeId, writerSpelling?: string): string {
  return writerSpelling && normalizeExchange(writerSpelling) === venue ? writerSpelling : writtenExchangePrefixes[venue];
}
