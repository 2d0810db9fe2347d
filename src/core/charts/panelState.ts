// What the chart panel shows for one version of a note: each block as a spec to draw (sanitised, market data
// bound, as JSON text so the webview can tell an unchanged chart by its text) or as the problem that stops it.

import { LineIndex } from '../tickers/lineIndex';
import type { ChartProblem } from './chartProblem';
import type { ChartPanelState, ChartView } from './messages';
import { prepareCharts, resolveChartSpec, type HistorySource } from './prepareCharts';

export interface NoteVersion {
  readonly text: string;
  readonly version: number;
  /** The note's URI as a string. */
  readonly source: string;
  readonly title: string;
}

export interface PanelContent {
  readonly state: ChartPanelState;
  /** Market data that does not exist (unknown tickers): shown as cards, and as warnings once the panel has rendered. */
  readonly dataProblems: readonly ChartProblem[];
  /** Some chart's data cannot be had now (offline, rate-limited): the panel only says so, and asks again later. */
  readonly retryData: boolean;
}

export async function buildPanelContent(note: NoteVersion, history: HistorySource | undefined): Promise<PanelContent> {
  const lines = new LineIndex(note.text);
  const charts = await Promise.all(
    prepareCharts(note.text, lines).map(async (chart): Promise<ChartView> => {
      const resolved = await resolveChartSpec(chart, lines, history);
      return 'spec' in resolved ? { line: chart.block.line, spec: JSON.stringify(resolved.spec) } : { line: chart.block.line, problem: resolved.problem };
    }),
  );
  const dataProblems = charts.flatMap((chart) => ('problem' in chart && chart.problem.kind === 'data' ? [chart.problem] : []));
  const retryData = charts.some((chart) => 'problem' in chart && chart.problem.kind === 'unavailable');
  return { state: { source: note.source, title: note.title, version: note.version, charts }, dataProblems, retryData };
}
