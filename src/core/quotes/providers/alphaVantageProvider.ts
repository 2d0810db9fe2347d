// Alpha Vantage: needs a key, US listings only here, and every error — quota, bad key, unknown call — arrives as
// HTTP 200 with an `Information`, `Note` or `Error Message` field instead of data.

import { exchangeTimeZone, zonedDate, zonedTimeToEpoch } from '../marketHours';
import type { History, HistoryBar, HistoryRange, Quote } from '../quote';
import type { TickerRef } from '../../tickers/tickerRef';
import { normalizeBars, selectRange, tradingDaysIn } from './historyRanges';
import { HttpQuoteProvider, type HttpProviderOptions } from './httpProvider';
import type { JsonAnswer } from './httpJson';
import { badResponseError, rateLimitedError, rejectedKeyError, serverDetail, unknownSymbolError, type RequestContext } from './providerErrors';
import { httpProviderInfo } from './providerInfo';
import { usListingSymbol } from './providerSymbols';
import { isPlausibleQuoteTime, isRecord, readNumber, readString } from './wireValues';

const usCloseMinute = 16 * 60;
// `compact` answers the latest 100 bars; longer ranges need `full`.
const compactBars = 100;

export class AlphaVantageProvider extends HttpQuoteProvider {
  constructor(options: HttpProviderOptions = {}) {
    super(httpProviderInfo.alphavantage, options);
  }

  protected async fetchQuote(ticker: TickerRef, signal?: AbortSignal): Promise<Quote> {
    const providerSymbol = usListingSymbol(ticker, this.displayName);
    const answer = await this.getJson(ticker, '/query', { function: 'GLOBAL_QUOTE', symbol: providerSymbol }, signal);
    const body = readData(answer, answer.context);
    const quote = isRecord(body['Global Quote']) ? body['Global Quote'] : undefined;
    if (quote === undefined) {
      throw badResponseError(answer.context, 'an answer without "Global Quote"');
    }
    if (Object.keys(quote).length === 0) {
      throw unknownSymbolError(answer.context, 'it answered an empty quote');
    }
    const price = readNumber(quote['05. price']);
    const tradingDay = readString(quote['07. latest trading day']);
    if (price === undefined || tradingDay === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(tradingDay)) {
      throw badResponseError(answer.context, 'a quote without a price or its trading day');
    }
    // The quote carries a day, not a time: it is that day's close, or the latest price while the day is still trading.
    const asOf = Math.min(zonedTimeToEpoch(tradingDay, usCloseMinute, exchangeTimeZone(ticker.exchange)), this.clock());
    if (!isPlausibleQuoteTime(asOf)) {
      throw badResponseError(answer.context, `a trading day out of range (${tradingDay})`);
    }
    return {
      symbol: ticker.symbol,
      providerSymbol,
      provider: this.id,
      price,
      currency: 'USD',
      asOf,
      previousClose: readNumber(quote['08. previous close']),
    };
  }

  protected async fetchHistory(ticker: TickerRef, range: HistoryRange, signal?: AbortSignal): Promise<History> {
    const providerSymbol = usListingSymbol(ticker, this.displayName);
    const outputsize = tradingDaysIn(range) <= compactBars ? 'compact' : 'full';
    const answer = await this.getJson(ticker, '/query', { function: 'TIME_SERIES_DAILY', symbol: providerSymbol, outputsize }, signal);
    const series = readData(answer, answer.context)['Time Series (Daily)'];
    if (!isRecord(series)) {
      throw badResponseError(answer.context, 'an answer without "Time Series (Daily)"');
    }
    const bars: HistoryBar[] = [];
    for (const [date, values] of Object.entries(series)) {
      const close = isRecord(values) ? readNumber(values['4. close']) : undefined;
      if (/^\d{4}-\d{2}-\d{2}$/.test(date) && close !== undefined) {
        bars.push({ date, close });
      }
    }
    const today = zonedDate(this.clock(), exchangeTimeZone(ticker.exchange));
    return { symbol: ticker.symbol, provider: this.id, currency: 'USD', bars: selectRange(normalizeBars(bars), range, today) };
  }
}

// Quota notices, old and new: "…standard API call frequency is 5 calls per minute…", "…rate limit is 25 requests per day…".
const quotaWording = /rate limit|requests per|calls per|call frequency/i;

/** The body when it holds data; the QuoteError its `Information` / `Note` / `Error Message` stands for otherwise. */
export function readData(answer: JsonAnswer, context: RequestContext): Record<string, unknown> {
  const body = answer.body;
  if (answer.status >= 400 || !isRecord(body)) {
    throw badResponseError(context, 'an unexpected answer', { status: answer.status, detail: serverDetail(body, context) });
  }
  const notice = readString(body.Information) ?? readString(body.Note);
  const failure = readString(body['Error Message']);
  const detail = serverDetail(body, context) ?? '';
  const isQuota = quotaWording.test(detail);
  // Quota notices name the key too ("We have detected your API key as …"): only a notice that is not about quota is about the key.
  if (/apikey|api key/i.test(detail) && !isQuota) {
    throw rejectedKeyError(context, detail);
  }
  if (notice !== undefined) {
    // Quota notices also point to the premium plans; a premium-endpoint notice is the one that is not about quota.
    if (/premium/i.test(notice) && !isQuota) {
      throw badResponseError(context, 'a premium-only notice', { detail });
    }
    throw rateLimitedError(context, detail);
  }
  if (failure !== undefined) {
    // "Invalid API call" is what an unknown symbol gets from the time-series functions.
    throw unknownSymbolError(context, detail);
  }
  return body;
}
