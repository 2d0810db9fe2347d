// The panel's charts, keyed by what they draw. An update reuses every card whose spec text and palette are
// unchanged (moving it if blocks were added above) and renders only the rest, so typing in one block of twenty
// re-renders one chart.

import type { ChartPalette } from '../../src/core/charts/chartTheme';
import { atPublishingSize, builtinPalettes, chartThemeConfig, exportFontStack } from '../../src/core/charts/chartTheme';
import type { JsonObject } from '../../src/core/charts/parseChart';
import { rasterSizeProblem, svgSize } from '../../src/core/charts/rasterLimits';
import type { View } from 'vega';
import { chartTitle } from '../../src/core/charts/chartTitle';
import type { ChartView, ExportAppearance, ExportFormat, RenderError } from '../../src/core/charts/messages';
import { ChartCard, type CardActions } from './chartCard';
import { runWithinBudget } from './chartBudget';
import { embedChart, type EmbeddedChart } from './embedChart';

interface Entry {
  readonly card: ChartCard;
  /** Spec text + palette: equal keys draw the same chart. */
  readonly key: string;
  /** Set once rendering settled: the chart, or why there is none. */
  chart?: EmbeddedChart;
  error?: string;
  rendering?: Promise<void>;
  /** The block's latest drawn chart (its SVG), kept beside an error while the writer fixes the block. */
  lastGood?: Element;
}

export class ChartList {
  private entries: Entry[] = [];
  /** How many charts the last update actually rendered (for tests and the bench). */
  lastRenderCount = 0;

  constructor(
    private readonly container: HTMLElement,
    private readonly actions: CardActions,
  ) {}

  /** Show `views`; resolves when every new chart has rendered, with the charts vega refused. */
  async update(views: readonly ChartView[], palette: ChartPalette): Promise<RenderError[]> {
    const paletteKey = JSON.stringify(palette);
    const reusable = new Map<string, Entry[]>();
    for (const entry of this.entries) {
      const list = reusable.get(entry.key) ?? [];
      list.push(entry);
      reusable.set(entry.key, list);
    }
    let config: ReturnType<typeof chartThemeConfig> | undefined;
    const next: Entry[] = [];
    let rendered = 0;
    for (const view of views) {
      const key = 'spec' in view ? `${paletteKey}\n${view.spec}` : `problem\n${JSON.stringify(view.problem)}`;
      const reused = reusable.get(key)?.shift();
      if (reused) {
        reused.card.setLine(view.line);
        next.push(reused);
        continue;
      }
      if ('problem' in view) {
        const card = new ChartCard(view.line, this.actions, 'error');
        const before = this.entries.find((entry) => entry.card.line === view.line) ?? this.entries[next.length];
        // Data that cannot be had now is not a mistake at a place in the note: no position, and it is retried.
        if (view.problem.kind === 'unavailable') card.showProblem(`${view.problem.message}. Trying again in the background; Refresh data tries now.`);
        else card.showProblem(view.problem.message, view.problem);
        if (before?.lastGood) card.showLastGood(before.lastGood);
        next.push({ card, key, error: view.problem.message, ...(before?.lastGood ? { lastGood: before.lastGood } : {}) });
        continue;
      }
      const entry: Entry = { card: new ChartCard(view.line, this.actions, 'chart', titleOf(view.spec)), key };
      config ??= chartThemeConfig(palette);
      entry.rendering = this.render(entry, view.spec, config);
      next.push(entry);
      rendered++;
    }
    for (const stale of [...reusable.values()].flat()) stale.chart?.result.finalize();
    this.entries = next;
    this.lastRenderCount = rendered;
    this.place(next.map((entry) => entry.card.element));
    await Promise.all(next.map((entry) => entry.rendering));
    return next.flatMap((entry) => (entry.error !== undefined && !entry.key.startsWith('problem\n') ? [{ line: entry.card.line, message: entry.error }] : []));
  }

  /**
   * SVG text or a PNG data URL of the chart whose block starts at `line`: by default drawn afresh light on white,
   * at a publishing width, in the export font stack, whatever the editor's theme; or exactly as shown.
   */
  async exportChart(line: number, format: ExportFormat, appearance: ExportAppearance = 'light'): Promise<string> {
    const entry = this.entries.find((e) => e.card.line === line);
    await entry?.rendering;
    const shown = entry?.chart?.result.view;
    if (!entry || !shown) throw new Error(entry?.error ?? `No chart at line ${line}`);
    if (appearance === 'asShown') return imageOf(shown, format);
    const spec = atPublishingSize(JSON.parse(entry.key.slice(entry.key.indexOf('\n') + 1)) as JsonObject);
    const config = chartThemeConfig({ ...builtinPalettes.light, fontFamily: exportFontStack });
    const offscreen = await embedChart(document.createElement('div'), JSON.stringify(spec), config);
    try {
      return await imageOf(offscreen.result.view, format);
    } finally {
      offscreen.result.finalize();
    }
  }

  private async render(entry: Entry, spec: string, config: ReturnType<typeof chartThemeConfig>): Promise<void> {
    try {
      const verdict = await runWithinBudget(spec, config);
      if (!verdict.ok && verdict.tooLong) {
        entry.error = verdict.message;
        entry.card.showProblem(entry.error);
        return;
      }
      entry.chart = await embedChart(entry.card.body, spec, config);
      entry.lastGood = entry.card.body.querySelector('svg') ?? undefined;
      // Replaced by a newer update while it rendered: nobody will show or finalize it but us.
      if (!this.entries.includes(entry)) entry.chart.result.finalize();
      entry.card.showNotes(entry.chart.problems);
      if (entry.chart.problems.length > 0) entry.error = entry.chart.problems.join('; ');
    } catch (error) {
      entry.error = error instanceof Error ? error.message : String(error);
      entry.card.showProblem(entry.error);
    } finally {
      entry.rendering = undefined;
    }
  }

  /** Put the cards in order, touching the DOM only where it differs (moving a rendered chart keeps it drawn). */
  private place(elements: readonly HTMLElement[]): void {
    const current = [...this.container.children];
    if (current.length === elements.length && current.every((el, i) => el === elements[i])) return;
    this.container.replaceChildren(...elements);
  }
}

function titleOf(specJson: string): string {
  try {
    return chartTitle(JSON.parse(specJson));
  } catch {
    return '';
  }
}

/** The view as SVG text, or as a PNG data URL at 2× — refused past the raster cap, before the canvas is made. */
async function imageOf(view: View, format: ExportFormat): Promise<string> {
  const svg = await view.toSVG();
  if (format === 'svg') return svg;
  const { width, height } = svgSize(svg);
  const tooBig = rasterSizeProblem(width, height, 2);
  if (tooBig) throw new Error(`Cannot export PNG: ${tooBig}`);
  return view.toImageURL('png', 2);
}
