import { strict as assert } from 'node:assert';
import { chartKinds, chartTemplateFence, chartTemplateSpec, type ChartKind } from '../../../src/core/charts/chartTemplates';
import { bindMarketData } from '../../../src/core/charts/marketBinding';
import { prepareCharts } from '../../../src/core/charts/prepareCharts';
import { tidyJson } from '../../../src/core/charts/tidyJson';
import type { History } from '../../../src/core/quotes/quote';
import { renderChartSvg } from '../../../src/node/renderCharts';

function history(symbol: string, closes: number[]): History {
  return { symbol, provider: 'snapshot', bars: closes.map((close, i) => ({ date: `2026-01-${String(i + 2).padStart(2, '0')}`, close })) };
}
const histories = [history('IWM', [200, 220, 210]), history('QQQ', [500, 490, 480])];
const tickersFor = (kind: ChartKind) => (kind === 'blank' ? [] : ['IWM', 'QQQ']);

describe('chart templates', () => {
  for (const kind of chartKinds) {
    it(`${kind}: live-bound block parses back, binds and renders`, async () => {
      const fence = chartTemplateFence({ kind, tickers: tickersFor(kind), range: '3mo' });
      assert.match(fence, /^```vega-lite\n\{\n[\s\S]*\n\}\n```\n$/);
      const [chart] = prepareCharts(fence);
      assert.equal(chart.problem, undefined);
      if (kind !== 'blank') assert.deepEqual(chart.binding?.tickers, ['IWM', 'QQQ']);
      const spec = chart.binding ? bindMarketData(chart.spec!, histories, chart.binding.normalize) : chart.spec!;
      const svg = await renderChartSvg(spec);
      assert.match(svg, /^<svg/);
    });
  }

  it('computes what each kind promises', async () => {
    const ytd = bindMarketData(chartTemplateSpec({ kind: 'ytd', tickers: ['IWM', 'QQQ'], range: '3mo' }), histories, 100);
    assert.deepEqual((ytd.title as { text: string }).text, 'IWM, QQQ year to date');
    const ytdSvg = await renderChartSvg(ytd);
    // IWM 200 → 210 is +5%, QQQ 500 → 480 is −4%: the bars' aria labels carry the tooltip values.
    assert.match(ytdSvg, /symbol: IWM; [^"]*ytd: \+5\.0%/);
    assert.match(ytdSvg, /symbol: QQQ; [^"]*ytd: \u22124\.0%/);
    const ratio = bindMarketData(chartTemplateSpec({ kind: 'ratio', tickers: ['IWM', 'QQQ'], range: '3mo' }), histories);
    // 200/500 = 0.4 at the start, 220/490 ≈ 0.449 at the top.
    assert.match(await renderChartSvg(ratio), /'IWM \/ QQQ' for a linear scale with values from 0\.40 to 0\.45/);
  });

  it('forces the year-to-date range for ytd bars', () => {
    const spec = chartTemplateSpec({ kind: 'ytd', tickers: ['IWM'], range: '1y' });
    assert.deepEqual((spec.usermeta as { marketNotes: unknown }).marketNotes, { tickers: ['IWM'], range: 'ytd', normalize: 100 });
  });

  it('inlines a snapshot with a source/as-of caption, only the field it draws, and no live binding', async () => {
    const spec = chartTemplateSpec({ kind: 'rotation', tickers: ['IWM', 'QQQ'], range: '3mo', snapshot: histories });
    assert.equal(spec.usermeta, undefined);
    assert.deepEqual(spec.title, {
      text: 'IWM vs QQQ performance, 3 months',
      subtitle: 'Source: Snapshot · daily closes to Jan 4, 2026 · each series = 100 on Jan 2, 2026',
    });
    const rows = (spec.data as { values: Record<string, unknown>[] }).values;
    assert.equal(rows.length, 6);
    assert.deepEqual(Object.keys(rows[0]), ['date', 'symbol', 'value']);
    const ratio = chartTemplateSpec({ kind: 'ratio', tickers: ['IWM', 'QQQ'], range: '3mo', snapshot: histories });
    assert.deepEqual(Object.keys((ratio.data as { values: object[] }).values[0]), ['date', 'symbol', 'close']);
    assert.match(await renderChartSvg(spec), /daily closes to Jan 4, 2026/);
  });

  it('keeps a point a week in snapshots longer than six months', () => {
    const days = Array.from({ length: 365 }, (_, i) => new Date(Date.UTC(2025, 0, 2 + i)).toISOString().slice(0, 10));
    const year: History = { symbol: 'IWM', provider: 'yahoo', bars: days.map((date, i) => ({ date, close: 200 + i })) };
    const spec = chartTemplateSpec({ kind: 'rotation', tickers: ['IWM'], range: '1y', snapshot: [year] });
    const rows = (spec.data as { values: { date: string }[] }).values;
    assert.ok(rows.length >= 52 && rows.length <= 54, `${rows.length} rows`);
    assert.equal(rows.at(-1)?.date, days.at(-1));
    assert.match((spec.title as { subtitle: string }).subtitle, /^Source: Yahoo · daily closes to Jan 1, 2026/);
  });

  it('titles say ranges in words, lines are straight, year-to-date bars are horizontal, plots fill their card', () => {
    const titles = (['3mo', '6mo', '1y'] as const).map((range) => chartTemplateSpec({ kind: 'drawdown', tickers: ['IWM'], range }).title);
    assert.deepEqual(titles, ['IWM drawdown, 3 months', 'IWM drawdown, 6 months', 'IWM drawdown, 1 year']);
    const rotation = chartTemplateSpec({ kind: 'rotation', tickers: ['IWM', 'QQQ'], range: '3mo' });
    assert.equal(rotation.mark, 'line');
    assert.equal(rotation.width, 'container');
    const ytd = chartTemplateSpec({ kind: 'ytd', tickers: ['IWM', 'QQQ'], range: '3mo' }) as { encoding: { y: { field: string }; x: { field: string } } };
    assert.deepEqual([ytd.encoding.y.field, ytd.encoding.x.field], ['symbol', 'ytd']);
  });

  it('live-bound charts get the source/as-of caption when their data is bound', async () => {
    const bound = bindMarketData(chartTemplateSpec({ kind: 'rotation', tickers: ['IWM', 'QQQ'], range: '3mo' }), histories, 100);
    assert.deepEqual(bound.title, {
      text: 'IWM vs QQQ performance, 3 months',
      subtitle: 'Source: Snapshot · daily closes to Jan 4, 2026 · each series = 100 on Jan 2, 2026',
    });
    const own = bindMarketData({ title: { text: 'Mine', subtitle: 'My source' }, mark: 'line' }, histories);
    assert.deepEqual(own.title, { text: 'Mine', subtitle: 'My source' });
    // Rendered at a publishing width (the template follows its container, which a file does not have).
    const svg = await renderChartSvg(bound);
    assert.match(svg, /^<svg[^>]* width="800"/);
    assert.match(svg, /font-family="Helvetica Neue, Helvetica, Arial, Liberation Sans, DejaVu Sans, sans-serif"/);
  });

  it('rejects the wrong number of tickers or invalid symbols', () => {
    assert.throws(() => chartTemplateSpec({ kind: 'ratio', tickers: ['IWM'], range: '3mo' }), /2–2 valid tickers/);
    assert.throws(() => chartTemplateSpec({ kind: 'rotation', tickers: ["IWM']"], range: '3mo' }), /valid tickers/);
  });
});

describe('tidyJson', () => {
  it('keeps short values on one line and breaks long ones', () => {
    const text = tidyJson({ mark: 'bar', encoding: { x: { field: 'a', type: 'nominal' } }, data: { values: [{ a: 1 }, { a: 2 }] } }, 50);
    assert.equal(text, '{\n  "mark": "bar",\n  "encoding": {\n    "x": {"field": "a", "type": "nominal"}\n  },\n  "data": {"values": [{"a": 1}, {"a": 2}]}\n}');
    assert.deepEqual(JSON.parse(text), JSON.parse(JSON.stringify(JSON.parse(text))));
  });

  it('round-trips to the same value', () => {
    const value = { a: [1, 'two', null, true, { b: [] }], c: {}, d: 'quote " and \\ backslash' };
    assert.deepEqual(JSON.parse(tidyJson(value, 10)), value);
  });
});
