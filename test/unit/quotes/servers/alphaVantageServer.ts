// Alpha Vantage's `/query` (GLOBAL_QUOTE, TIME_SERIES_DAILY): every error is HTTP 200 with `Information`, `Note` or
// `Error Message`, and an unknown symbol gets an empty "Global Quote".

import { applyCommonFault } from './faults';
import { historyOf, sampleQuotes, type QuoteFixture } from './fixtures';
import type { KeyedServerOptions } from './fixtures';
import { sendJson, startLocalServer, type LocalServer } from './localServer';
import { sampleListings, searchListings, type ListingFixture, type SearchServerOptions } from './searchFixtures';

export function startAlphaVantageServer(options: KeyedServerOptions & SearchServerOptions = {}): Promise<LocalServer> {
  const quotes = options.quotes ?? sampleQuotes;
  const apiKey = options.apiKey ?? 'test-key';
  // The real quota notice quotes the caller's key back: a good test that it never reaches a message.
  const quotaNotice = {
    Information: `We have detected your API key as ${apiKey} and our standard API rate limit is 25 requests per day. Please subscribe to any of the premium plans.`,
  };
  return startLocalServer((request, response, raw) => {
    if (request.query.apikey !== apiKey) {
      return sendJson(response, 200, { 'Error Message': 'the parameter apikey is invalid or missing. Please claim your free API key.' });
    }
    const symbol = request.query.symbol ?? request.query.keywords ?? '';
    const fault = options.faults?.[symbol];
    if (fault && applyCommonFault(fault, response, raw, { contentType: 'application/json', body: JSON.stringify(quotaNotice) })) {
      return;
    }
    if (fault === 'provider-error') {
      return sendJson(response, 200, quotaNotice);
    }
    if (request.query.function === 'SYMBOL_SEARCH') {
      const bestMatches = searchListings(options.listings ?? sampleListings, request.query.keywords ?? '').map(alphaVantageListing);
      return sendJson(response, 200, { bestMatches });
    }
    const fixture = quotes[symbol];
    if (request.query.function === 'GLOBAL_QUOTE') {
      return sendJson(response, 200, { 'Global Quote': fixture ? globalQuote(symbol, fixture) : {} });
    }
    if (request.query.function === 'TIME_SERIES_DAILY' && fixture) {
      const series = Object.fromEntries(
        historyOf(fixture)
          .filter(([, close]) => close !== null)
          .reverse()
          .map(([date, close]) => [date, { '1. open': String(close), '2. high': String(close), '3. low': String(close), '4. close': String(close), '5. volume': '1000' }]),
      );
      return sendJson(response, 200, { 'Meta Data': { '2. Symbol': symbol }, 'Time Series (Daily)': series });
    }
    sendJson(response, 200, { 'Error Message': `Invalid API call. Please retry or visit the documentation for ${request.query.function}.` });
  });
}

function globalQuote(symbol: string, fixture: QuoteFixture): Record<string, string> {
  const change = fixture.price - fixture.previousClose;
  const history = historyOf(fixture);
  return {
    '01. symbol': symbol,
    '02. open': fixture.previousClose.toFixed(4),
    '03. high': fixture.price.toFixed(4),
    '04. low': fixture.price.toFixed(4),
    '05. price': fixture.price.toFixed(4),
    '06. volume': '93222',
    '07. latest trading day': history[history.length - 1]?.[0] ?? '2026-01-26',
    '08. previous close': fixture.previousClose.toFixed(4),
    '09. change': change.toFixed(4),
    '10. change percent': `${((change / fixture.previousClose) * 100).toFixed(4)}%`,
  };
}

const alphaVantageVenues: Readonly<Record<ListingFixture['venue'], { suffix: string; region: string; currency: string; zone: string }>> = {
  NASDAQ: { suffix: '', region: 'United States', currency: 'USD', zone: 'UTC-04' },
  NYSE: { suffix: '', region: 'United States', currency: 'USD', zone: 'UTC-04' },
  NYSEARCA: { suffix: '', region: 'United States', currency: 'USD', zone: 'UTC-04' },
  TSX: { suffix: '.TRT', region: 'Toronto', currency: 'CAD', zone: 'UTC-05' },
  LSE: { suffix: '.LON', region: 'United Kingdom', currency: 'GBX', zone: 'UTC+01' },
  XETRA: { suffix: '.DEX', region: 'XETRA', currency: 'EUR', zone: 'UTC+02' },
  MIL: { suffix: '.MIL', region: 'Italy', currency: 'EUR', zone: 'UTC+02' },
  VIE: { suffix: '.VIE', region: 'Austria', currency: 'EUR', zone: 'UTC+02' },
  TPEX: { suffix: '.TWO', region: 'Taiwan', currency: 'TWD', zone: 'UTC+08' },
};

function alphaVantageListing(listing: ListingFixture): Record<string, string> {
  const venue = alphaVantageVenues[listing.venue];
  return {
    '1. symbol': listing.symbol.replace(/\./g, '-') + venue.suffix,
    '2. name': listing.name,
    '3. type': listing.type,
    '4. region': venue.region,
    '5. marketOpen': '09:30',
    '6. marketClose': '16:00',
    '7. timezone': venue.zone,
    '8. currency': venue.currency,
    '9. matchScore': '0.8000',
  };
}
