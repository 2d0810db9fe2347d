// The charts "Insert Chart…" offers. Each is a pure function of the writer's choices, returning a vega-lite spec
// that is either live-bound (usermeta.marketNotes: the extension fills `market` on every render) or a snapshot
// (the rows inlined with their as-of date and source in the subtitle, so the note reproduces anywhere).

import type { History } from '../quotes/quote';
import { chartLanguage } from './chartBlocks';
import { isChartTicker, marketDatasetName, marketRows, type ChartRange } from './marketBinding';
import type { JsonObject } from './parseChart';
import { tidyJson } from './tidyJson';

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
const dateX = { field: 'date', type: 'temporal', scale: { type: 'utc' }, title: null };

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
  const title = request.kind === 'ytd' ? kindTitle('ytd', tickers) : `${kindTitle(request.kind, tickers)} (${range})`;
  const normalize = request.kind === 'ratio' || request.kind === 'drawdown' ? undefined : normalizeTo;
  if (request.snapshot) {
    const { asOf, source } = snapshotStamp(request.snapshot);
    const stamp = `Source: ${source}, as of ${asOf}`;
    return {
      $schema: schema,
      title: { text: title, subtitle: stamp },
      description: `${title}. ${stamp}.`,
      data: { values: marketRows(request.snapshot, normalize) },
      ...body,
    };
  }
  const binding = { tickers, range, ...(normalize === undefined ? {} : { normalize }) };
  return { $schema: schema, title, usermeta: { marketNotes: binding }, data: { name: marketDatasetName }, ...body };
}

/** The fenced block to insert, ending with a newline. */
export function chartTemplateFence(request: ChartTemplateRequest): string {
  return `\`\`\`${chartLanguage}\n${tidyJson(chartTemplateSpec(request))}\n\`\`\`\n`;
}

function kindTitle(kind: ChartKind, tickers: readonly string[]): string {
  switch (kind) {
    case 'ratio':
      return `${tickers[0]} / ${tickers[1]} relative strength`;
    case 'ytd':
      return `${tickers.join(', ')} year to date`;
    case 'drawdown':
      return `${tickers.join(', ')} drawdown`;
    default:
      return `${tickers.join(' vs ')} performance`;
  }
}

function kindBody(kind: Exclude<ChartKind, 'blank'>, tickers: readonly string[]): JsonObject {
  const tooltip = [
    { field: 'date', type: 'temporal', format: '%Y-%m-%d' },
    { field: 'symbol', type: 'nominal' },
    { field: 'close', type: 'quantitative', format: ',.2f' },
  ];
  switch (kind) {
    case 'rotation':
      return {
        mark: { type: 'line', interpolate: 'monotone' },
        encoding: {
          x: dateX,
          y: { field: 'value', type: 'quantitative', title: `Performance (start = ${normalizeTo})`, scale: { zero: false } },
          color: { field: 'symbol', type: 'nominal', sort: [...tickers], title: null },
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
          tooltip: [{ field: 'date', type: 'temporal', format: '%Y-%m-%d' }, { field: 'ratio', type: 'quantitative', format: '.4f' }],
        },
      };
    }
    case 'ytd':
      return {
        transform: [
          { aggregate: [{ op: 'argmax', field: 'date', as: 'last' }], groupby: ['symbol'] },
          { calculate: `datum.last.value / ${normalizeTo} - 1`, as: 'ytd' },
        ],
        mark: 'bar',
        encoding: {
          x: { field: 'symbol', type: 'nominal', sort: '-y', title: null },
          y: { field: 'ytd', type: 'quantitative', axis: { format: '%' }, title: 'Year to date' },
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
          color: { field: 'symbol', type: 'nominal', sort: [...tickers], title: null },
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

/** The latest bar's date and the providers the rows came from. */
function snapshotStamp(histories: readonly History[]): { asOf: string; source: string } {
  const asOf = histories.reduce((latest, h) => {
    const last = h.bars.at(-1)?.date ?? '';
    return last > latest ? last : latest;
  }, '');
  const source = [...new Set(histories.map((h) => h.provider))].join(', ');
  return { asOf: asOf || 'unknown date', source: source || 'unknown source' };
}
