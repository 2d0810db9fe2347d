// Yahoo's public chart endpoint: keyless, the desktop default. It has no CORS headers, so it is useless in a
// browser host, and it answers 429 to clients without a browser-like User-Agent.

import type { History, HistoryRange, Quote } from '../quote';
import type { TickerRef } from '../../tickers/tickerRef';
import { HttpQuoteProvider, type HttpProviderOptions } from './httpProvider';
import { httpProviderInfo } from './providerInfo';
import { yahooSymbol } from './providerSymbols';
import { quoteFromChart, readChart, type YahooChart } from './yahooChart';

export const defaultYahooUserAgent = 'Mozilla/5.0 (compatible; market-notes/0.1)';

export class YahooProvider extends HttpQuoteProvider {
  constructor(options: HttpProviderOptions = {}) {
    super(httpProviderInfo.yahoo, options, { 'user-agent': options.userAgent ?? defaultYahooUserAgent });
  }

  protected async fetchQuote(ticker: TickerRef, signal?: AbortSignal): Promise<Quote> {
    const providerSymbol = yahooSymbol(ticker);
    const { chart, context } = await this.chart(ticker, providerSymbol, '5d', signal);
    return quoteFromChart(chart, ticker.symbol, providerSymbol, context);
  }

  protected async fetchHistory(ticker: TickerRef, range: HistoryRange, signal?: AbortSignal): Promise<History> {
    const { chart } = await this.chart(ticker, yahooSymbol(ticker), range, signal);
    const currency = typeof chart.meta.currency === 'string' ? chart.meta.currency : undefined;
    return { symbol: ticker.symbol, provider: this.id, currency, bars: chart.bars };
  }

  private async chart(ticker: TickerRef, providerSymbol: string, range: HistoryRange, signal?: AbortSignal) {
    const path = `/v8/finance/chart/${encodeURIComponent(providerSymbol)}`;
    const answer = await this.getJson(ticker, path, { range, interval: '1d' }, signal);
    const chart: YahooChart = readChart(answer, answer.context);
    return { chart, context: answer.context };
  }
}
