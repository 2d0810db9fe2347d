// Market data for the panel's market-bound charts: the quote layer's history behind a short cache, so typing in
// a bound block does not refetch its tickers on every keystroke. "Refresh data" empties it.

import type { ChartRange } from '../../core/charts/marketBinding';
import type { History, TickerRef } from '../../core/quotes/quote';
import type { HistorySource } from '../../core/charts/prepareCharts';

const freshForMs = 5 * 60_000;

export class MarketHistoryCache {
  private readonly entries = new Map<string, { readonly at: number; readonly history: Promise<History> }>();

  constructor(
    private readonly source: HistorySource,
    private readonly now: () => number = Date.now,
  ) {}

  readonly history: HistorySource = (ticker: TickerRef, range: ChartRange) => {
    const key = `${ticker.symbol.toUpperCase()}\n${range}`;
    const cached = this.entries.get(key);
    if (cached && this.now() - cached.at < freshForMs) return cached.history;
    const history = this.source(ticker, range);
    this.entries.set(key, { at: this.now(), history });
    // A failure is not cached: the next render asks again (the quote layer keeps its own retry windows).
    history.catch(() => this.entries.get(key)?.history === history && this.entries.delete(key));
    return history;
  };

  clear(): void {
    this.entries.clear();
  }
}
