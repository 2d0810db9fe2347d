// A note → its charts, each ready to render or carrying the problem that stops it. The panel, the diagnostics
// and the CLI all start here, so they agree on what is broken and where.

import type { History } from '../quotes/quote';
import type { TickerRef } from '../tickers/tickerRef';
import { LineIndex } from '../tickers/lineIndex';
import type { BlockMap } from '../tickers/markdownBlocks';
import { findChartBlocks, type ChartBlock } from './chartBlocks';
import { describeDataFailures } from './chartDataProblem';
import { problemInBlock, problemOnFence, type ChartProblem } from './chartProblem';
import { bindMarketData, readMarketBinding, type ChartRange, type MarketBinding } from './marketBinding';
import { locateInBlock, parseChartBlock, type JsonObject } from './parseChart';
import { sanitizeChartSpec } from './sanitizeSpec';

export interface PreparedChart {
  readonly block: ChartBlock;
  /** The sanitised spec; absent when `problem` says why there is none. */
  readonly spec?: JsonObject;
  /** Present for market-bound blocks: their data still has to be fetched and bound. */
  readonly binding?: MarketBinding;
  readonly problem?: ChartProblem;
}

/** Where market-bound charts get their data: the quote layer's history (a provider, the cache, the snapshot). */
export type HistorySource = (ticker: TickerRef, range: ChartRange) => Promise<History>;

export function prepareCharts(note: string, lines: LineIndex = new LineIndex(note), blockMap?: BlockMap): PreparedChart[] {
  return findChartBlocks(note, lines, blockMap).map((block) => prepareChart(block, lines));
}

function prepareChart(block: ChartBlock, lines: LineIndex): PreparedChart {
  const parsed = parseChartBlock(block, lines);
  if (!parsed.ok) return { block, problem: parsed.problem };
  const bound = readMarketBinding(parsed.spec);
  if (bound !== undefined && !bound.ok) {
    const node = locateInBlock(block, bound.path);
    const problem = node
      ? problemInBlock(block, lines, 'spec', bound.message, node.offset, node.length)
      : problemOnFence(block, lines, 'spec', bound.message);
    return { block, problem };
  }
  const spec = sanitizeChartSpec(parsed.spec);
  return bound === undefined ? { block, spec } : { block, spec, binding: bound.binding };
}

/**
 * The spec to render: as written, or with its market data bound. A failed fetch becomes a problem on the fence:
 * 'unavailable' when the provider cannot answer now ("data unavailable: Twelve Data is offline (…)"), 'data'
 * when it does not know a ticker.
 */
export async function resolveChartSpec(
  chart: PreparedChart,
  lines: LineIndex,
  history: HistorySource | undefined,
): Promise<{ spec: JsonObject } | { problem: ChartProblem }> {
  if (chart.problem || !chart.spec) {
    return { problem: chart.problem ?? problemOnFence(chart.block, lines, 'spec', 'No chart') };
  }
  const { binding, spec } = chart;
  if (!binding) return { spec };
  if (!history) {
    return { problem: problemOnFence(chart.block, lines, 'data', 'Market data is not available here: no quote history source') };
  }
  const results = await Promise.allSettled(binding.tickers.map((symbol) => history({ symbol }, binding.range)));
  return bindSettledHistories(chart, lines, results);
}

/**
 * The bound spec from histories already settled, one per `binding.tickers` in order: the synchronous half of
 * resolveChartSpec, for the Markdown preview, which renders from what the cache already holds.
 */
export function bindSettledHistories(
  chart: PreparedChart,
  lines: LineIndex,
  results: readonly PromiseSettledResult<History>[],
): { spec: JsonObject } | { problem: ChartProblem } {
  const { binding, spec } = chart;
  if (chart.problem || !spec) return { problem: chart.problem ?? problemOnFence(chart.block, lines, 'spec', 'No chart') };
  if (!binding) return { spec };
  const failures = results.flatMap((result, i) => (result.status === 'rejected' ? [{ symbol: binding.tickers[i], error: result.reason as unknown }] : []));
  if (failures.length > 0) {
    const { unavailable, message } = describeDataFailures(failures);
    return { problem: problemOnFence(chart.block, lines, unavailable ? 'unavailable' : 'data', message) };
  }
  const histories = results.map((result) => (result as PromiseFulfilledResult<History>).value);
  return { spec: bindMarketData(spec, histories, binding.normalize) };
}
