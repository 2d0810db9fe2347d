// Every chart of a note rendered for the CLI, in order: its image, or the problem that stopped it. Each chart
// renders in the pool's worker under a time budget, so no chart — broken, hostile or slow — stops another.

import { problemOnFence, type ChartProblem } from '../core/charts/chartProblem';
import { prepareCharts, resolveChartSpec, type HistorySource } from '../core/charts/prepareCharts';
import { LineIndex } from '../core/tickers/lineIndex';
import { ChartRenderPool, defaultChartBudgetMs, type ImageFormat } from './chartRenderPool';

export type RenderedChart = { readonly line: number; readonly image: string | Buffer } | { readonly line: number; readonly problem: ChartProblem };

export interface RenderNoteOptions {
  readonly history?: HistorySource;
  /** Per chart, in milliseconds. */
  readonly budgetMs?: number;
  /** For tests: another worker script. */
  readonly workerFile?: string | URL;
}

export async function renderNoteCharts(note: string, format: ImageFormat, options: RenderNoteOptions = {}): Promise<RenderedChart[]> {
  const lines = new LineIndex(note);
  const charts = prepareCharts(note, lines);
  if (charts.length === 0) return [];
  const pool = new ChartRenderPool({ budgetMs: options.budgetMs ?? defaultChartBudgetMs, ...(options.workerFile ? { workerFile: options.workerFile } : {}) });
  try {
    const rendered: RenderedChart[] = [];
    for (const chart of charts) {
      const line = chart.block.line;
      const resolved = await resolveChartSpec(chart, lines, options.history);
      if ('problem' in resolved) {
        rendered.push({ line, problem: resolved.problem });
        continue;
      }
      const outcome = await pool.render(resolved.spec, format);
      rendered.push(outcome.ok ? { line, image: outcome.image } : { line, problem: problemOnFence(chart.block, lines, 'compile', outcome.message) });
    }
    return rendered;
  } finally {
    await pool.close();
  }
}
