// The charts "Insert Chart…" offers. Each is a pure function of the writer's choices, returning a vega-lite spec
// that is either live-bound (usermeta.marketNotes: the extension fills `market` on every render) or a snapshot
// (the rows inlined with their as-of date and source in the subtitle, so the note reproduces anywhere).

import type { History } from '../quotes/quote';
import { chartLanguage } from './chartBlocks';
import { isChartTicker, marketDatasetName, marketRows, type ChartRange } from './marketBinding';
import type { JsonObject } from './parseChart';
import { tidyJson } from './tidyJson';
import { chartCaption, historyCaptionFacts } from './chartCaption';

export const chartKinds = ['rotation', 'ratio', 'ytd', 'drawdown', 'blank'] as const;
export type ChartKind = (typeof chartKinds)[number];

export interface ChartKindInfo {
  readonly kind: ChartKind;
  readonly label: string;
  readonly detail: string;
  readonly minTickers: number;
  readonly maxTickers: number;
}

export const chartKindInfo: Readonly<Record<ChartKind, ChartKindInfo>> = {
  rotation: { kind: 'rotation', label: 'Rotation', detail: 'Normalised performance lines (start = 100)', minTickers: 1, maxTickers: 12 },
  ratio: { kind: 'ratio', label: 'Ratio line', detail: 'Relative strength of A against B (A/B)', minTickers: 2, maxTickers: 2 },
  ytd: { kind: 'ytd', label: 'Year-to-date bars', detail: 'Return since the first trading day of the year', minTickers: 1, maxTickers: 12 },
  drawdown: { kind: 'drawdown', label: 'Drawdown', detail: 'Distance below the running peak', minTickers: 1, maxTickers: 12 },
  blank: { kind: 'blank', label: 'Blank', detail: 'A small vega-lite chart with inline data to edit', minTickers: 0, maxTickers: 0 },
};

export interface ChartTemplateRequest {
  readonly kind: ChartKind;
  readonly tickers: readonly string[];
  readonly range: ChartRange;
  /** Inline these histories (fetched now) instead of binding the chart to live data. */
  readonly snapshot?: readonly History[];
}

const schema = 'https://vega.github.io/schema/vega-lite/v6.json';
const normalizeTo = 100;
// Dates a few ticks apart, whatever the card's width: vega drops labels that would overlap.
const dateX = { field: 'date', type: 'temporal', scale: { type: 'utc' }, title: null, axis: { labelOverlap: true, tickCount: 5 } };
/** The plot fills its card (the panel's width; 800 px in exports and `render`). */
const fillCard = { width: 'container', autosize: { type: 'fit-x', contains: 'padding' } };
/**
 * Series names above the plot, where they take no width from it; past four series, in rows of four: one row of
 * twelve is wider than the panel, and vega would shrink the plot to make room for it.
 */
function legendOnTop(tickers: readonly string[]): JsonObject {
  return { legend: { orient: 'top', title: null, ...(tickers.length > legendColumns ? { columns: legendColumns } : {}) } };
}
const legendColumns = 4;
/** Longest list of tickers a title names; past it the title counts them (a card's title never wraps). */
const titleTickersLength = 24;

/** How a title says a range: words, not the binding's codes. */
export const rangeWords: Readonly<Record<ChartRange, string>> = { '3mo': '3 months', '6mo': '6 months', ytd: 'year to date', '1y': '1 year' };

/** The kind's range: year-to-date bars only make sense over the year to date. */
export function templateRange(kind: ChartKind, range: ChartRange): ChartRange {
  return kind === 'ytd' ? 'ytd' : range;
}

export function chartTemplateSpec(request: ChartTemplateRequest): JsonObject {
  const info = chartKindInfo[request.kind];
  const tickers = request.tickers.map((t) => t.toUpperCase());
  if (tickers.length < info.minTickers || tickers.length > info.maxTickers || !tickers.every(isChartTicker)) {
    throw new Error(`${info.label} needs ${info.minTickers}–${info.maxTickers} valid tickers, got ${JSON.stringify(tickers)}`);
  }
  if (request.kind === 'blank') return blankSpec();
  const range = templateRange(request.kind, request.range);
  const body = kindBody(request.kind, tickers);
  const title = request.kind === 'ytd' ? kindTitle('ytd', tickers) : `${kindTitle(request.kind, tickers)}, ${rangeWords[range]}`;
  const normalize = request.kind === 'ratio' || request.kind === 'drawdown' ? undefined : normalizeTo;
  if (request.snapshot) {
    const caption = chartCaption(historyCaptionFacts(request.snapshot, normalize));
    // Only the field the chart draws, and a point a week past six months: an inlined snapshot stays readable.
    const histories = request.snapshot.map((history) => (spanDays(history) > 183 ? weeklyHistory(history) : history));
    const rows = marketRows(histories, normalize).map((row) =>
      normalize === undefined ? { date: row.date, symbol: row.symbol, close: row.close } : { date: row.date, symbol: row.symbol, value: row.value },
    );
    return {
      $schema: schema,
      title: { text: title, subtitle: caption },
      description: `${title}. ${caption}.`,
      ...fillCard,
      data: { values: rows },
      ...body,
    };
  }
  const binding = { tickers, range, ...(normalize === undefined ? {} : { normalize }) };
  return { $schema: schema, title, usermeta: { marketNotes: binding }, ...fillCard, data: { name: marketDatasetName }, ...body };
}

/** The fenced block to insert, ending with a newline. */
export function chartTemplateFence(request: ChartTemplateRequest): string {
  return `\`\`\`${chartLanguage}\n${tidyJson(chartTemplateSpec(request))}\n\`\`\`\n`;
}

/**
 * The chart's title. It names the tickers while they fit on a narrow card; vega does not wrap a title, and a
 * title wider than the card shrinks the plot to make room (twelve tickers left a 400-px card no plot at all).
 * The legend or the axis names each series anyway.
 */
function kindTitle(kind: ChartKind, tickers: readonly string[]): string {
  const listed = (separator: string) => {
    const list = tickers.join(separator);
    return list.length <= titleTickersLength ? list : undefined;
  };
  const count = `${tickers.length} tickers`;
  switch (kind) {
    case 'ratio':
      return `${tickers[0]} / ${tickers[1]} relative strength`;
    case 'ytd':
      return `${listed(', ') ?? count} year to date`;
    case 'drawdown':
      return listed(', ') ? `${listed(', ')} drawdown` : `Drawdown of ${count}`;
    default:
      return listed(' vs ') ? `${listed(' vs ')} performance` : `Performance of ${count}`;
  }
}

function kindBody(kind: Exclude<ChartKind, 'blank'>, tickers: readonly string[]): JsonObject {
  const tooltip = [
    { field: 'date', type: 'temporal', format: '%b %-d, %Y' },
    { field: 'symbol', type: 'nominal' },
  ];
  switch (kind) {
    case 'rotation':
      return {
        // Straight segments between real closes: smoothing would draw prices that never traded.
        mark: 'line',
        encoding: {
          x: dateX,
          y: { field: 'value', type: 'quantitative', title: `Performance (start = ${normalizeTo})`, scale: { zero: false } },
          color: { field: 'symbol', type: 'nominal', sort: [...tickers], ...legendOnTop(tickers) },
          tooltip: [...tooltip, { field: 'value', type: 'quantitative', format: '.1f' }],
        },
      };
    case 'ratio': {
      // Tickers are validated symbols (letters, digits, . = - ^): safe inside a quoted expression string.
      const [a, b] = tickers.map((t) => `datum['${t}']`);
      return {
        transform: [
          { pivot: 'symbol', value: 'close', groupby: ['date'] },
          { filter: `isValid(${a}) && isValid(${b}) && ${b} > 0` },
          { calculate: `${a} / ${b}`, as: 'ratio' },
        ],
        mark: 'line',
        encoding: {
          x: dateX,
          y: { field: 'ratio', type: 'quantitative', title: `${tickers[0]} / ${tickers[1]}`, scale: { zero: false } },
          tooltip: [{ field: 'date', type: 'temporal', format: '%b %-d, %Y' }, { field: 'ratio', type: 'quantitative', format: '.4f' }],
        },
      };
    }
    case 'ytd':
      return {
        transform: [
          { aggregate: [{ op: 'argmax', field: 'date', as: 'last' }], groupby: ['symbol'] },
          { calculate: `datum.last.value / ${normalizeTo} - 1`, as: 'ytd' },
        ],
        // Horizontal: ticker labels read left to right however many there are.
        mark: 'bar',
        encoding: {
          y: { field: 'symbol', type: 'nominal', sort: '-x', title: null, axis: { labelLimit: 120 } },
          x: { field: 'ytd', type: 'quantitative', axis: { format: '%', labelOverlap: true, tickCount: 5 }, title: 'Year to date' },
          color: { condition: { test: 'datum.ytd < 0', value: '#d6604d' }, value: '#4393c3' },
          tooltip: [{ field: 'symbol', type: 'nominal' }, { field: 'ytd', type: 'quantitative', format: '+.1%' }],
        },
      };
    case 'drawdown':
      return {
        transform: [
          { window: [{ op: 'max', field: 'close', as: 'peak' }], sort: [{ field: 'date' }], groupby: ['symbol'], frame: [null, 0] },
          { calculate: 'datum.close / datum.peak - 1', as: 'drawdown' },
        ],
        mark: 'line',
        encoding: {
          x: dateX,
          y: { field: 'drawdown', type: 'quantitative', axis: { format: '%' }, title: 'Drawdown from peak' },
          color: { field: 'symbol', type: 'nominal', sort: [...tickers], ...legendOnTop(tickers) },
          tooltip: [...tooltip, { field: 'drawdown', type: 'quantitative', format: '.1%' }],
        },
      };
  }
}

function blankSpec(): JsonObject {
  return {
    $schema: schema,
    title: 'New chart',
    data: {
      values: [
        { label: 'A', value: 28 },
        { label: 'B', value: 55 },
        { label: 'C', value: 43 },
      ],
    },
    mark: 'bar',
    encoding: { x: { field: 'label', type: 'nominal' }, y: { field: 'value', type: 'quantitative' } },
  };
}

/** The last close of each week (and the last close of all): enough points for a year, a fifth of the rows. */
function weeklyHistory(history: History): History {
  const bars = history.bars.filter((bar, i, all) => {
    const next = all[i + 1];
    return next === undefined || weekOf(next.date) !== weekOf(bar.date);
  });
  return { ...history, bars };
}

function spanDays(history: History): number {
  const first = history.bars[0]?.date;
  const last = history.bars.at(-1)?.date;
  return first && last ? (Date.parse(last.slice(0, 10)) - Date.parse(first.slice(0, 10))) / 86_400_000 : 0;
}

/** Monday-based week number since the epoch of an ISO date. */
function weekOf(isoDate: string): number {
  const days = Math.floor(Date.parse(`${isoDate.slice(0, 10)}T00:00:00Z`) / 86_400_000);
  return Math.floor((days + 3) / 7);
}
