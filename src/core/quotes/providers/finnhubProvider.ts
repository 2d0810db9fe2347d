// Finnhub: needs a key (as `?token=`, since a header would break CORS preflight), US listings only on the free
// tier, and no daily history there. An unknown symbol is not an error to Finnhub: it answers a quote of zeros.

import type { History, HistoryRange, Quote } from '../quote';
import type { TickerRef } from '../../tickers/tickerRef';
import { HttpQuoteProvider, type HttpProviderOptions } from './httpProvider';
import { badResponseError, incompleteQuoteError, providerError, rateLimitedError, rejectedKeyError, serverDetail, unknownSymbolError } from './providerErrors';
import { httpProviderInfo } from './providerInfo';
import { usListingSymbol } from './providerSymbols';
import { isRecord, readEpochSeconds, readNumber } from './wireValues';

export class FinnhubProvider extends HttpQuoteProvider {
  constructor(options: HttpProviderOptions = {}) {
    super(httpProviderInfo.finnhub, options);
  }

  protected async fetchQuote(ticker: TickerRef, signal?: AbortSignal): Promise<Quote> {
    const providerSymbol = usListingSymbol(ticker, this.displayName);
    const { status, body, context } = await this.getJson(ticker, '/api/v1/quote', { symbol: providerSymbol }, signal);
    const detail = serverDetail(body, context);
    if (status === 401) {
      throw rejectedKeyError(context, `HTTP 401${detail ? `: ${detail}` : ''}`);
    }
    if (status === 403) {
      throw providerError('unknown-symbol', context, `${this.displayName} does not serve ${context.ticker} on this plan (HTTP 403${detail ? `: ${detail}` : ''})`);
    }
    if (status >= 400 || (isRecord(body) && typeof body.error === 'string')) {
      if (detail && /limit/i.test(detail)) {
        throw rateLimitedError(context, detail);
      }
      throw badResponseError(context, 'an error', { status, detail });
    }
    const price = isRecord(body) ? readNumber(body.c) : undefined;
    const asOf = isRecord(body) ? readEpochSeconds(body.t) : undefined;
    if (price === 0 && asOf === undefined) {
      throw unknownSymbolError(context, 'it answered a quote of zeros');
    }
    if (!isRecord(body) || price === undefined || asOf === undefined) {
      throw incompleteQuoteError(context, { price, rawTime: isRecord(body) ? body.t : undefined, timeField: 't' });
    }
    return {
      symbol: ticker.symbol,
      providerSymbol,
      provider: this.id,
      price,
      currency: 'USD', // the free tier quotes US listings only
      asOf,
      previousClose: readNumber(body.pc),
    };
  }

  // Candles are paywalled (403 on the free tier): fail at once rather than spend a request of the quota on a 403.
  protected async fetchHistory(ticker: TickerRef, _range: HistoryRange, _signal?: AbortSignal): Promise<History> {
    const context = this.contextFor(ticker);
    const message = `${this.displayName} has no daily history on its free tier for ${context.ticker}: charts need Yahoo, Twelve Data or Alpha Vantage`;
    throw providerError('bad-response', context, message);
  }
}
