// Insert Chart… templates must read cleanly in the chart panel: each is rendered headless (vega-lite → vega,
// the panel's light theme) with a realistic load — up to 12 tickers, some with long symbols, a year of daily
// closes — at the panel's default width and a narrow one, and the laid-out scenegraph is checked: the plot keeps
// most of the card's width (a long title or a one-row legend can squeeze it to nothing), no two visible axis labels
// overlap, no two legend labels overlap, and the legend stays within the card.
//
// Text widths: the browser measures text with the real font; vega in Node, without a canvas, guesses 0.8 em per
// character, far wider than any sans-serif. The check uses Helvetica's advance widths instead (Arial's are the
// same), through vega's supported hook for a measuring function (textMetrics.width), so what it sees is close to
// what the panel draws.

import { strict as assert } from 'node:assert';
import type * as Vega from 'vega';
import { chartTemplateSpec, type ChartKind } from '../../../src/core/charts/chartTemplates';
import { builtinPalettes, chartThemeConfig, publishingWidth } from '../../../src/core/charts/chartTheme';
import { compileChart } from '../../../src/core/charts/compileChart';
import type { JsonObject } from '../../../src/core/charts/parseChart';
import type { History } from '../../../src/core/quotes/quote';

/**
 * The chart panel opened beside a note in a 1280-px window splits the editor area in two: a card's plot area is
 * then about 560 px wide. 400 px is the panel squeezed by an open side bar.
 */
const panelDefaultWidth = 560;
const narrowPanelWidth = 400;

const manyTickers = ['IWM', 'QQQ', 'SPY', 'DIA', 'XLF', 'XLE', 'BRK.B', 'NVDA', 'AAPL', 'MSFT', 'SHOP.TO', '^RUT'];
const loads: Readonly<Record<Exclude<ChartKind, 'blank'>, readonly (readonly string[])[]>> = {
  rotation: [['IWM', 'QQQ'], ['IWM', 'QQQ', 'SPY', 'DIA', 'XLF'], manyTickers],
  ratio: [['IWM', 'QQQ'], ['SHOP.TO', 'BRK.B']],
  ytd: [['IWM', 'QQQ'], manyTickers],
  drawdown: [['IWM', 'QQQ', 'SPY'], manyTickers],
};

/** A year of weekday closes per ticker, drifting apart so the scales span a realistic range. */
function yearOfCloses(tickers: readonly string[]): History[] {
  const start = Date.UTC(2025, 10, 28);
  return tickers.map((symbol, k) => {
    const bars = [];
    let close = 40 + k * 37;
    for (let day = 0; bars.length < 252; day++) {
      const date = new Date(start + day * 86_400_000);
      if (date.getUTCDay() === 0 || date.getUTCDay() === 6) continue;
      close *= 1 + Math.sin(bars.length * 0.21 + k) * 0.012 + (k - 5) * 0.0005;
      bars.push({ date: date.toISOString().slice(0, 10), close: Math.round(close * 100) / 100 });
    }
    return { symbol, provider: 'snapshot', bars };
  });
}

// Helvetica advance widths in thousandths of an em (Adobe's published metrics), by character class.
const narrow = new Set([...' .,:;!|/\'·ijlIfJt[]']);
const perMille = (ch: string): number => {
  if (narrow.has(ch)) return ch === 'J' ? 500 : ch === 'f' || ch === 't' ? 278 : 250;
  if ('mMW%'.includes(ch)) return ch === 'W' ? 944 : ch === '%' ? 889 : 833;
  if ('()-r'.includes(ch)) return 333;
  if ('−=+^'.includes(ch)) return 584;
  if (/[A-Z]/.test(ch)) return 700;
  if (/[0-9]/.test(ch)) return 556;
  if ('w'.includes(ch)) return 722;
  return 540; // other lowercase letters and the rest
};
function textWidth(item: { fontSize?: number; fontWeight?: string | number }, text: unknown): number {
  const size = item.fontSize ?? 11;
  const bold = item.fontWeight === 'bold' || Number(item.fontWeight) >= 600 ? 1.08 : 1;
  return ([...String(text ?? '')].reduce((sum, ch) => sum + perMille(ch), 0) / 1000) * size * bold;
}

interface Box {
  readonly text: string;
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

interface Layout {
  readonly plotWidth: number;
  readonly chartWidth: number;
  /** Visible labels by guide: one list per axis and per legend. */
  readonly axes: Box[][];
  readonly legends: Box[][];
}

type SceneItem = { x?: number; y?: number; items?: SceneItem[]; marktype?: string; role?: string; text?: unknown; opacity?: number; bounds: { x1: number; y1: number; x2: number; y2: number } };

/** Visible text items under `item`, in the view's coordinates (each group's items are relative to the group). */
function collect(item: SceneItem, dx: number, dy: number, found: (role: string, box: Box) => void, role = ''): void {
  if (item.marktype !== undefined) {
    for (const child of item.items ?? []) {
      if (item.marktype === 'text') {
        const text = Array.isArray(child.text) ? child.text.join(' ') : String(child.text ?? '');
        if (child.opacity !== 0 && text !== '') {
          const { x1, y1, x2, y2 } = child.bounds;
          found(item.role ?? '', { text, x1: x1 + dx, y1: y1 + dy, x2: x2 + dx, y2: y2 + dy });
        }
      } else if (item.marktype === 'group') {
        collect(child, dx + (child.x ?? 0), dy + (child.y ?? 0), found, item.role ?? role);
      }
    }
    return;
  }
  for (const mark of item.items ?? []) collect(mark, dx, dy, found, role);
}

async function layOut(vega: typeof Vega, spec: JsonObject, width: number): Promise<Layout> {
  const compiled = await compileChart({ ...spec, width }, chartThemeConfig(builtinPalettes.light));
  if (!compiled.ok) throw new Error(compiled.message);
  const view = new vega.View(vega.parse(compiled.vega, undefined, { ast: true }), { renderer: 'none' });
  try {
    await view.runAsync();
    const root = (view.scenegraph() as unknown as { root: SceneItem }).root;
    const axes = new Map<SceneItem, Box[]>();
    const legends = new Map<SceneItem, Box[]>();
    // Each axis and legend is a group mark of role axis/legend; its labels are text marks inside it.
    const walkGuides = (item: SceneItem, dx: number, dy: number): void => {
      for (const mark of item.items ?? []) {
        if (mark.marktype === 'group' && (mark.role === 'axis' || mark.role === 'legend')) {
          for (const guide of mark.items ?? []) {
            const boxes: Box[] = [];
            collect(guide, dx + (guide.x ?? 0), dy + (guide.y ?? 0), (role, box) => {
              if (role === 'axis-label' || role === 'legend-label') boxes.push(box);
            });
            // vega draws an axis's grid as an axis of its own, without labels.
            if (boxes.length > 0 || mark.role === 'legend') (mark.role === 'axis' ? axes : legends).set(guide, boxes);
          }
        } else if (mark.marktype === 'group') {
          for (const group of mark.items ?? []) walkGuides(group, dx + (group.x ?? 0), dy + (group.y ?? 0));
        }
      }
    };
    for (const frame of root.items ?? []) walkGuides(frame, frame.x ?? 0, frame.y ?? 0);
    return { plotWidth: view.width(), chartWidth: width, axes: [...axes.values()], legends: [...legends.values()] };
  } finally {
    view.finalize();
  }
}

function overlapping(boxes: readonly Box[]): [Box, Box] | undefined {
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i], boxes[j]];
      // Half a pixel of tolerance: adjacent labels may share an edge.
      if (a.x1 < b.x2 - 0.5 && b.x1 < a.x2 - 0.5 && a.y1 < b.y2 - 0.5 && b.y1 < a.y2 - 0.5) return [a, b];
    }
  }
  return undefined;
}

describe('chart templates: labels at the panel width', function () {
  this.timeout(120_000);
  let vega: typeof Vega;
  // vega exports textMetrics (vega-scenegraph's), its types do not.
  let metrics: { width: typeof textWidth };
  let savedWidth: typeof textWidth;

  before(async () => {
    vega = await import('vega');
    metrics = (vega as unknown as { textMetrics: typeof metrics }).textMetrics;
    savedWidth = metrics.width;
    metrics.width = textWidth;
  });
  after(() => {
    metrics.width = savedWidth;
  });

  for (const [kind, tickerSets] of Object.entries(loads) as [Exclude<ChartKind, 'blank'>, readonly (readonly string[])[]][]) {
    for (const tickers of tickerSets) {
      for (const width of [panelDefaultWidth, narrowPanelWidth, publishingWidth]) {
        it(`${kind}, ${tickers.join(' ')}, ${width} px: a wide plot, no overlapping labels, the legend inside`, async () => {
          // The snapshot form: its caption is the longer subtitle the live form gets at render.
          const spec = chartTemplateSpec({ kind, tickers, range: '1y', snapshot: yearOfCloses(tickers) });
          const layout = await layOut(vega, spec, width);
          assert.ok(layout.plotWidth >= 0.6 * width, `the plot is ${layout.plotWidth} px of ${width}: the title, legend or labels take the rest`);
          assert.equal(layout.axes.length, 2, 'both axes have labels');
          for (const labels of layout.axes) {
            assert.ok(labels.length >= 2, `an axis shows ${labels.length} label(s): ${labels.map((l) => l.text).join(', ')}`);
            const clash = overlapping(labels);
            assert.equal(clash, undefined, clash && `axis labels "${clash[0].text}" and "${clash[1].text}" overlap`);
          }
          for (const labels of layout.legends) {
            const clash = overlapping(labels);
            assert.equal(clash, undefined, clash && `legend labels "${clash[0].text}" and "${clash[1].text}" overlap`);
            const widest = Math.max(...labels.map((label) => label.x2));
            assert.ok(widest <= layout.plotWidth + 60, `the legend reaches ${widest.toFixed(0)} px, past the ${layout.plotWidth}-px plot`);
          }
          if (kind !== 'ratio') assert.equal(layout.legends.length, kind === 'ytd' ? 0 : 1);
        });
      }
    }
  }

  it('the check sees overlap: one-row legend of 12 tickers and every date label kept, at 400 px', async () => {
    const spec = chartTemplateSpec({ kind: 'rotation', tickers: manyTickers, range: '1y', snapshot: yearOfCloses(manyTickers) });
    const crowded = {
      ...spec,
      title: 'Performance',
      encoding: {
        ...(spec.encoding as JsonObject),
        x: { field: 'date', type: 'temporal', title: null, axis: { labelOverlap: false, tickCount: 40, format: '%b %d, %Y' } },
      },
    };
    const layout = await layOut(vega, crowded, narrowPanelWidth);
    assert.ok(layout.axes.some((labels) => overlapping(labels) !== undefined), 'forced date labels should overlap');
  });
});
