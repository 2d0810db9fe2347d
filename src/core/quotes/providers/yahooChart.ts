// Reading Yahoo's chart answer (`/v8/finance/chart/{symbol}`): one endpoint serves both the quote (range=5d) and
// daily history, so both are read from the same parsed chart.

import type { HistoryBar, Quote } from '../quote';
import { zonedDate } from '../marketHours';
import { normalizeBars } from './historyRanges';
import type { JsonAnswer } from './httpJson';
import { badResponseError, incompleteQuoteError, providerError, serverDetail, unknownSymbolError, type RequestContext } from './providerErrors';
import { isRecord, readEpochSeconds, readNumber, readString } from './wireValues';

export interface YahooChart {
  readonly meta: Readonly<Record<string, unknown>>;
  /** Daily closes, oldest first, null closes dropped, dated in the exchange's calendar. */
  readonly bars: readonly HistoryBar[];
}

/** The chart in a Yahoo answer, or the QuoteError the answer stands for. */
export function readChart(answer: JsonAnswer, context: RequestContext): YahooChart {
  const chart = isRecord(answer.body) ? answer.body.chart : undefined;
  const chartError = isRecord(chart) && isRecord(chart.error) ? chart.error : undefined;
  if (answer.status === 404 || readString(chartError?.code) === 'Not Found') {
    throw unknownSymbolError(context, serverDetail(chartError, context) ?? `HTTP ${answer.status}`);
  }
  if (chartError || answer.status >= 400) {
    const detail = serverDetail(chartError ?? answer.body, context);
    throw providerError('bad-response', context, `${context.provider} refused the chart for ${context.ticker} (HTTP ${answer.status}${detail ? `: ${detail}` : ''})`);
  }
  const result = isRecord(chart) && Array.isArray(chart.result) ? (chart.result[0] as unknown) : undefined;
  if (!isRecord(result) || !isRecord(result.meta)) {
    throw badResponseError(context, 'a chart without a result', { status: answer.status });
  }
  return { meta: result.meta, bars: readBars(result) };
}

export function quoteFromChart(chart: YahooChart, symbol: string, providerSymbol: string, context: RequestContext): Quote {
  const { meta, bars } = chart;
  const lastBar = bars.at(-1);
  const price = readNumber(meta.regularMarketPrice) ?? lastBar?.close;
  const asOf = readEpochSeconds(meta.regularMarketTime);
  if (price === undefined || asOf === undefined) {
    if (price !== undefined && meta.regularMarketTime !== undefined) {
      throw incompleteQuoteError(context, { price, rawTime: meta.regularMarketTime, timeField: 'regularMarketTime' });
    }
    throw badResponseError(context, 'a chart without a current price or its time');
  }
  const timeZone = readString(meta.exchangeTimezoneName);
  return {
    symbol,
    providerSymbol,
    provider: 'yahoo',
    price,
    currency: readString(meta.currency) ?? 'USD',
    asOf,
    previousClose: readNumber(meta.previousClose) ?? readNumber(meta.regularMarketPreviousClose) ?? previousCloseFromBars(chart, asOf),
    name: readString(meta.longName) ?? readString(meta.shortName),
    exchange: readString(meta.fullExchangeName) ?? readString(meta.exchangeName),
    exchangeTimezone: timeZone,
  };
}

// `chartPreviousClose` is the close before the range's first bar — a week ago for range=5d — so yesterday's close
// is the last bar dated before the quote's own trading day. Only a one-bar chart falls back to it.
function previousCloseFromBars(chart: YahooChart, asOf: number): number | undefined {
  const tradingDay = localDate(asOf, chart.meta);
  const earlier = chart.bars.filter((bar) => bar.date < tradingDay);
  return earlier.at(-1)?.close ?? readNumber(chart.meta.chartPreviousClose);
}

function readBars(result: Record<string, unknown>): HistoryBar[] {
  const timestamps = Array.isArray(result.timestamp) ? result.timestamp : [];
  const indicators = isRecord(result.indicators) ? result.indicators : {};
  const firstQuote = Array.isArray(indicators.quote) ? (indicators.quote[0] as unknown) : undefined;
  const closes = isRecord(firstQuote) && Array.isArray(firstQuote.close) ? firstQuote.close : [];
  const meta = isRecord(result.meta) ? result.meta : {};
  const bars: HistoryBar[] = [];
  timestamps.forEach((timestamp, i) => {
    const time = readEpochSeconds(timestamp);
    const close = readNumber(closes[i]);
    if (time !== undefined && close !== undefined) {
      bars.push({ date: localDate(time, meta), close });
    }
  });
  // While a session runs Yahoo appends the live bar, sometimes on a date it already has: the later one wins.
  return normalizeBars(bars);
}

/** The exchange-local date of an instant: by zone name when Yahoo gives a valid one, else by its fixed offset. */
function localDate(epochMs: number, meta: Readonly<Record<string, unknown>>): string {
  const timeZone = readString(meta.exchangeTimezoneName);
  if (timeZone) {
    try {
      return zonedDate(epochMs, timeZone);
    } catch {
      // An unknown zone name: fall through to the offset.
    }
  }
  const offsetSeconds = readNumber(meta.gmtoffset) ?? 0;
  return new Date(epochMs + offsetSeconds * 1000).toISOString().slice(0, 10);
}
