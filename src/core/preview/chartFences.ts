// ```vega-lite fences in VS Code's Markdown preview. markdown-it hands the preview's source to a core rule, which
// prepares the note's charts exactly as the panel does (same parse, same sanitising, same problems at the same
// lines) and pins each chart to its fence token; the fence renderer then writes a placeholder that carries the
// spec in an escaped data- attribute. The preview script (webview/src/preview) draws it with the panel's safe
// embed. Market-bound charts are bound here, from data the cache already holds: the preview page cannot fetch.

import type MarkdownIt from 'markdown-it';
import type { Token } from 'markdown-it';
import type { History } from '../quotes/quote';
import { LineIndex } from '../tickers/lineIndex';
import { chartLanguage } from '../charts/chartBlocks';
import type { ChartProblem } from '../charts/chartProblem';
import type { ChartRange } from '../charts/marketBinding';
import { bindSettledHistories, prepareCharts, type PreparedChart } from '../charts/prepareCharts';
import { contentKey } from './contentKey';

/** What the cache holds for one series of a market-bound chart. */
export type CachedHistory = { readonly history: History } | { readonly failed: string } | { readonly pending: true };

/** Market data for the preview, answered at once; a `pending` answer means a fetch is under way. */
export type PreviewHistory = (symbol: string, range: ChartRange) => CachedHistory;

/** One placeholder's content; `key` changes exactly when what it shows changes. */
export type PreviewChart =
  | { readonly kind: 'spec'; readonly spec: string }
  | { readonly kind: 'problem'; readonly problem: Pick<ChartProblem, 'message' | 'line' | 'column'> }
  | { readonly kind: 'pending'; readonly message: string };

export const previewChartClass = 'market-notes-chart';
const metaKey = 'marketNotesChart';

/** Pins a PreviewChart to every vega-lite fence token of the note being rendered. */
export function pinChartsToFences(src: string, tokens: Token[], history: PreviewHistory | undefined): void {
  if (!src.includes(chartLanguage)) return;
  const lines = new LineIndex(src);
  const byLine = new Map(prepareCharts(src, lines).map((chart) => [chart.block.line, chart]));
  for (const token of tokens) {
    if (token.type !== 'fence' || !token.map || fenceLanguage(token) !== chartLanguage) continue;
    // markdown-it and the charts' block map agree on fences; one they do not agree on stays a code block.
    const chart = byLine.get(token.map[0] + 1);
    if (chart) token.meta = { ...(token.meta as object | null), [metaKey]: previewChart(chart, lines, history) };
  }
}

function previewChart(chart: PreparedChart, lines: LineIndex, history: PreviewHistory | undefined): PreviewChart {
  const { binding } = chart;
  let results: PromiseSettledResult<History>[] = [];
  if (!chart.problem && binding) {
    const cached = binding.tickers.map((symbol) => (history ? history(symbol, binding.range) : { failed: 'no quote history source' }));
    const waiting = binding.tickers.filter((_, i) => 'pending' in cached[i]);
    if (waiting.length > 0) return { kind: 'pending', message: `Loading market data for ${waiting.join(', ')}…` };
    results = cached.map((entry) =>
      'history' in entry ? { status: 'fulfilled', value: entry.history } : { status: 'rejected', reason: 'failed' in entry ? entry.failed : '' },
    );
  }
  const resolved = bindSettledHistories(chart, lines, results);
  if ('spec' in resolved) return { kind: 'spec', spec: JSON.stringify(resolved.spec) };
  const { message, line, column } = resolved.problem;
  return { kind: 'problem', problem: { message, line, column } };
}

/** The fence renderer: a pinned fence becomes the placeholder, any other goes to the renderer it replaced. */
export function renderChartFences(md: MarkdownIt): void {
  const fallback = md.renderer.rules.fence;
  md.renderer.rules.fence = (tokens, idx, options, env, self) => {
    const token = tokens[idx];
    const chart = (token.meta as Record<string, unknown> | null)?.[metaKey] as PreviewChart | undefined;
    if (!chart) return fallback ? fallback(tokens, idx, options, env, self) : self.renderToken(tokens, idx, options);
    return chartPlaceholder(token, chart, md.utils.escapeHtml);
  };
}

/**
 * `<div class="market-notes-chart code-line" data-line=… data-chart-key=… data-spec=…>`. The preview's own
 * attributes on the token (data-line and code-line, for scroll sync) are kept. The light DOM never changes for
 * an unchanged chart (the script draws in a shadow root), so the preview's DOM diff keeps a drawn chart as it is.
 */
export function chartPlaceholder(token: Token, chart: PreviewChart, escape: (text: string) => string): string {
  const payload =
    chart.kind === 'spec'
      ? { 'data-spec': chart.spec }
      : chart.kind === 'problem'
        ? { 'data-problem': JSON.stringify(chart.problem) }
        : { 'data-pending': chart.message };
  const classes = [previewChartClass, token.attrGet('class') ?? ''].join(' ').trim();
  const attributes: [string, string][] = [
    ['class', classes],
    ...(token.attrs ?? []).filter(([name]) => name !== 'class'),
    ['data-chart-key', contentKey(`${chart.kind}\n${Object.values(payload)[0]}`)],
    ...Object.entries(payload),
  ];
  const rendered = attributes.map(([name, value]) => ` ${name}="${escape(value)}"`).join('');
  return `<div${rendered}><span class="${previewChartClass}__fallback">vega-lite chart</span></div>\n`;
}

function fenceLanguage(token: Token): string {
  return token.info.trim().split(/\s+/, 1)[0] ?? '';
}
