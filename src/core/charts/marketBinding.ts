// Market-bound charts: a block whose `usermeta.marketNotes` names tickers and a range gets a dataset named
// `market` filled from the quote layer's History. The block itself stays plain vega-lite (usermeta is free-form
// and `{"name": "market"}` is an ordinary named data source), so it still renders — empty — anywhere else.

import type { History, HistoryRange } from '../quotes/quote';
import type { JsonObject } from './parseChart';
import { chartCaption, historyCaptionFacts, withCaption } from './chartCaption';
import { isJsonObject } from './sanitizeSpec';

export const chartRanges = ['3mo', '6mo', 'ytd', '1y'] as const satisfies readonly HistoryRange[];
export type ChartRange = (typeof chartRanges)[number];

export const marketDatasetName = 'market';

export interface MarketBinding {
  /** Upper-cased, in the order written: the order of the series. */
  readonly tickers: readonly string[];
  readonly range: ChartRange;
  /** Rescale each series so its first bar in the range equals this (100: performance since the start). */
  readonly normalize?: number;
}

export interface MarketRow {
  readonly date: string;
  readonly symbol: string;
  readonly close: number;
  /** `close` normalised to `normalize` at the series' first bar, or `close` itself without `normalize`. */
  readonly value: number;
}

export type MarketBindingResult =
  | { readonly ok: true; readonly binding: MarketBinding }
  /** `path` is where in the spec the problem is, for a diagnostic on the exact property. */
  | { readonly ok: false; readonly message: string; readonly path: readonly (string | number)[] };

const maxTickers = 12;
const tickerPattern = /^\^?[A-Z0-9][A-Z0-9.=-]{0,14}$/;

/** A symbol a chart can ask history for: `IWM`, `BRK.B`, `^RUT`, `EURUSD=X`. */
export function isChartTicker(symbol: string): boolean {
  return tickerPattern.test(symbol.toUpperCase());
}

/** The block's binding, undefined when it has none. */
export function readMarketBinding(spec: JsonObject): MarketBindingResult | undefined {
  const usermeta = spec.usermeta;
  if (!isJsonObject(usermeta) || !Object.hasOwn(usermeta, 'marketNotes')) return undefined;
  const base = ['usermeta', 'marketNotes'];
  const meta = usermeta.marketNotes;
  const fail = (message: string, ...path: (string | number)[]): MarketBindingResult => ({ ok: false, message, path: [...base, ...path] });
  if (!isJsonObject(meta)) return fail('usermeta.marketNotes must be an object: {"tickers": ["IWM", "QQQ"], "range": "3mo"}');

  const tickers = meta.tickers;
  if (!Array.isArray(tickers) || tickers.length === 0) return fail('usermeta.marketNotes.tickers must list at least one ticker', 'tickers');
  if (tickers.length > maxTickers) return fail(`usermeta.marketNotes.tickers lists ${tickers.length} tickers; at most ${maxTickers}`, 'tickers');
  for (const [i, ticker] of tickers.entries()) {
    if (typeof ticker !== 'string' || !isChartTicker(ticker)) {
      return fail(`${JSON.stringify(ticker)} is not a ticker symbol`, 'tickers', i);
    }
  }

  const range = meta.range;
  if (!chartRanges.includes(range as ChartRange)) {
    return fail(`usermeta.marketNotes.range must be one of ${chartRanges.map((r) => `"${r}"`).join(', ')}`, 'range');
  }

  const normalize = meta.normalize;
  if (normalize !== undefined && !(typeof normalize === 'number' && Number.isFinite(normalize) && normalize > 0)) {
    return fail('usermeta.marketNotes.normalize must be a positive number, such as 100', 'normalize');
  }

  return {
    ok: true,
    binding: {
      tickers: [...new Set((tickers as string[]).map((t) => t.toUpperCase()))],
      range: range as ChartRange,
      ...(normalize === undefined ? {} : { normalize }),
    },
  };
}

/** Tidy rows, series after series, oldest first. Bars without a usable close are skipped. */
export function marketRows(histories: readonly History[], normalize?: number): MarketRow[] {
  const rows: MarketRow[] = [];
  for (const history of histories) {
    const bars = history.bars.filter((bar) => Number.isFinite(bar.close) && bar.close > 0);
    const base = bars[0]?.close;
    for (const bar of bars) {
      const value = normalize === undefined || base === undefined ? bar.close : (bar.close / base) * normalize;
      rows.push({ date: bar.date, symbol: history.symbol, close: bar.close, value: round(value) });
    }
  }
  return rows;
}

/**
 * The spec with its `market` dataset filled; a spec without data of its own is pointed at it. It gets the
 * source/as-of caption unless it has a subtitle of its own.
 */
export function bindMarketData(spec: JsonObject, histories: readonly History[], normalize?: number): JsonObject {
  const datasets = isJsonObject(spec.datasets) ? spec.datasets : {};
  const bound = {
    ...spec,
    ...(spec.data === undefined ? { data: { name: marketDatasetName } } : {}),
    datasets: { ...datasets, [marketDatasetName]: marketRows(histories, normalize) },
  };
  return withCaption(bound, chartCaption(historyCaptionFacts(histories, normalize)));
}

/** Six decimals: enough for any price, and no float noise (100.00000000000001) in inlined snapshots. */
function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
