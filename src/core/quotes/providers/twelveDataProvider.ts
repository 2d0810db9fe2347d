// Twelve Data: needs a key, sends CORS headers (the choice in a browser host), numbers as strings, and errors as
// `{"status":"error","code":…}` with HTTP 200 or the code itself. `/quote` takes several symbols at once.

import { exchangeTimeZone, zonedDate } from '../marketHours';
import { QuoteError, type History, type HistoryBar, type HistoryRange, type Quote } from '../quote';
import type { TickerRef } from '../../tickers/tickerRef';
import { normalizeBars, selectRange, tradingDaysIn } from './historyRanges';
import { HttpQuoteProvider, type HttpProviderOptions } from './httpProvider';
import type { BatchQuoteProvider } from './providerCapabilities';
import {
  badResponseError,
  incompleteQuoteError,
  providerError,
  rateLimitedError,
  rejectedKeyError,
  serverDetail,
  unknownSymbolError,
  type RequestContext,
} from './providerErrors';
import { httpProviderInfo } from './providerInfo';
import { describeTicker, twelveDataSymbol } from './providerSymbols';
import { isRecord, readEpochSeconds, readNumber, readString } from './wireValues';

export class TwelveDataProvider extends HttpQuoteProvider implements BatchQuoteProvider {
  constructor(options: HttpProviderOptions = {}) {
    super(httpProviderInfo.twelvedata, options);
  }

  protected async fetchQuote(ticker: TickerRef, signal?: AbortSignal): Promise<Quote> {
    const [result] = await this.fetchQuotes([ticker], signal);
    if (result instanceof QuoteError || result === undefined) {
      throw result ?? unknownSymbolError(this.contextFor(ticker));
    }
    return result;
  }

  /** Quotes for several tickers in one request, in the order asked; a ticker the answer lacks gets its own QuoteError. */
  quoteMany(tickers: readonly TickerRef[], signal?: AbortSignal): Promise<(Quote | QuoteError)[]> {
    const label = tickers.map(describeTicker).join(', ');
    return this.guard(label, () => this.fetchQuotes(tickers, signal));
  }

  private async fetchQuotes(tickers: readonly TickerRef[], signal?: AbortSignal): Promise<(Quote | QuoteError)[]> {
    if (tickers.length === 0) {
      return [];
    }
    const symbols = tickers.map(twelveDataSymbol);
    const label = tickers.length === 1 ? (tickers[0] as TickerRef) : tickers.map(describeTicker).join(', ');
    const answer = await this.getJson(label, '/quote', { symbol: symbols.join(',') }, signal);
    throwIfError(answer.body, answer.status, answer.context);
    return tickers.map((ticker, i) => {
      const providerSymbol = symbols[i] as string;
      const context = { ...answer.context, ticker: describeTicker(ticker) };
      // One symbol is answered bare; several are answered keyed by symbol.
      const entry = tickers.length === 1 ? answer.body : batchEntry(answer.body, providerSymbol);
      try {
        throwIfError(entry, answer.status, context);
        return readQuote(entry, ticker.symbol, providerSymbol, context);
      } catch (error) {
        if (error instanceof QuoteError) {
          return error;
        }
        throw error;
      }
    });
  }

  protected async fetchHistory(ticker: TickerRef, range: HistoryRange, signal?: AbortSignal): Promise<History> {
    const query = { symbol: twelveDataSymbol(ticker), interval: '1day', outputsize: String(tradingDaysIn(range)) };
    const answer = await this.getJson(ticker, '/time_series', query, signal);
    throwIfError(answer.body, answer.status, answer.context);
    const body = isRecord(answer.body) ? answer.body : {};
    if (!Array.isArray(body.values)) {
      throw badResponseError(answer.context, 'a time series without values', { status: answer.status });
    }
    const meta = isRecord(body.meta) ? body.meta : {};
    const bars = normalizeBars(body.values.flatMap(readBar));
    const today = zonedDate(this.clock(), readString(meta.exchange_timezone) ?? exchangeTimeZone(ticker.exchange));
    return { symbol: ticker.symbol, provider: this.id, currency: readString(meta.currency), bars: selectRange(bars, range, today) };
  }
}

function batchEntry(body: unknown, providerSymbol: string): unknown {
  if (!isRecord(body)) {
    return undefined;
  }
  const bare = providerSymbol.split(':')[0] as string;
  return body[providerSymbol] ?? body[bare] ?? Object.values(body).find((entry) => isRecord(entry) && entry.symbol === bare);
}

function readQuote(entry: unknown, symbol: string, providerSymbol: string, context: RequestContext): Quote {
  if (!isRecord(entry)) {
    throw badResponseError(context, 'no quote');
  }
  const price = readNumber(entry.close);
  const asOf = readEpochSeconds(entry.timestamp) ?? readEpochSeconds(entry.last_quote_at);
  if (price === undefined || asOf === undefined) {
    const timeField = entry.timestamp !== undefined ? 'timestamp' : 'last_quote_at';
    throw incompleteQuoteError(context, { price, rawTime: entry[timeField], timeField });
  }
  return {
    symbol,
    providerSymbol,
    provider: 'twelvedata',
    price,
    currency: readString(entry.currency) ?? 'USD',
    asOf,
    previousClose: readNumber(entry.previous_close),
    name: readString(entry.name),
    exchange: readString(entry.exchange),
  };
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

function readBar(value: unknown): HistoryBar[] {
  const date = isRecord(value) ? readString(value.datetime)?.slice(0, 10) : undefined;
  const close = isRecord(value) ? readNumber(value.close) : undefined;
  return date !== undefined && isoDate.test(date) && close !== undefined ? [{ date, close }] : [];
}

/** Twelve Data's error object (`{"status":"error","code":429,"message":…}`) as the QuoteError it stands for. */
export function throwIfError(body: unknown, httpStatus: number, context: RequestContext): void {
  if (body === undefined) {
    throw badResponseError(context, 'no entry');
  }
  const isError = isRecord(body) && body.status === 'error';
  if (!isError && httpStatus < 400) {
    return;
  }
  const code = (isRecord(body) ? readNumber(body.code) : undefined) ?? httpStatus;
  const detail = serverDetail(body, context) ?? `code ${code}`;
  if (code === 429) {
    throw rateLimitedError(context, detail);
  }
  if (code === 401) {
    throw rejectedKeyError(context, detail);
  }
  if (code === 400 || code === 404) {
    throw unknownSymbolError(context, detail);
  }
  if (code === 403) {
    // Plan-gated: indices and some exchanges need a paid plan. For the user it is a symbol this key cannot have.
    throw providerError('unknown-symbol', context, `${context.provider} does not serve ${context.ticker} on this plan (${detail})`);
  }
  throw badResponseError(context, `an error (code ${code})`, { detail });
}
