// Yahoo's chart endpoint as its clients see it (PROVIDERS.md): `GET /v8/finance/chart/{symbol}?range=&interval=1d`,
// 404 with a chart error for an unknown symbol, and 429 `text/plain` for a client without a User-Agent.

import { applyCommonFault, type Fault } from './faults';
import { historyOf, sampleQuotes, sessionOpen, fixtureTime, type QuoteTable } from './fixtures';
import { sendJson, sendText, startLocalServer, type LocalServer } from './localServer';
import { sampleListings, searchListings, type ListingFixture, type SearchServerOptions } from './searchFixtures';

export interface YahooServerOptions extends SearchServerOptions {
  /** Keyed by Yahoo's spelling (`BRK-B`, `^GSPC`). */
  readonly quotes?: QuoteTable;
  /** Keyed by Yahoo's spelling. */
  readonly faults?: Readonly<Record<string, Fault>>;
  /** Yahoo sends `previousClose` for some answers only; off by default so clients must derive it. */
  readonly sendPreviousClose?: boolean;
  /** Answer every request this much later, so concurrency can be observed. */
  readonly delayMs?: number;
}

export function startYahooServer(options: YahooServerOptions = {}): Promise<LocalServer> {
  const quotes = options.quotes ?? sampleQuotes;
  return startLocalServer((request, response, raw) => {
    if (request.path === '/v1/finance/search') {
      const userAgent = request.headers['user-agent'];
      if (!userAgent || userAgent === 'node') {
        return sendText(response, 429, 'text/plain', 'Too Many Requests');
      }
      const fault = options.faults?.[request.query.q ?? ''];
      if (fault && applyCommonFault(fault, response, raw, { contentType: 'text/plain', body: 'Too Many Requests' })) {
        return;
      }
      if (fault === 'provider-error' || request.query.q === undefined) {
        return sendJson(response, 400, { finance: { result: null, error: { code: 'Bad Request', description: 'Missing required query parameter=q' } } });
      }
      const quotes = searchListings(options.listings ?? sampleListings, request.query.q).map(yahooSearchQuote);
      return sendJson(response, 200, { explains: [], count: quotes.length, quotes, news: [], nav: [], lists: [] });
    }
    const match = /^\/v8\/finance\/chart\/([^/]+)$/.exec(request.path);
    if (!match) {
      return sendText(response, 404, 'text/plain', 'Not Found');
    }
    const userAgent = request.headers['user-agent'];
    if (!userAgent || userAgent === 'node') {
      return sendText(response, 429, 'text/plain', 'Too Many Requests');
    }
    const symbol = match[1] as string;
    const fault = options.faults?.[symbol];
    if (fault && applyCommonFault(fault, response, raw, { contentType: 'text/plain', body: 'Too Many Requests' })) {
      return;
    }
    if (fault === 'provider-error') {
      return sendJson(response, 200, { chart: { result: null, error: { code: 'Internal Server Error', description: 'Timed out waiting for quote data' } } });
    }
    const fixture = quotes[symbol];
    if (!fixture) {
      return sendJson(response, 404, { chart: { result: null, error: { code: 'Not Found', description: 'No data found, symbol may be delisted' } } });
    }
    const allBars = historyOf(fixture);
    const bars = request.query.range === '5d' ? allBars.slice(-5) : allBars;
    const barBefore = allBars[allBars.length - bars.length - 1];
    const meta = {
      currency: fixture.currency ?? 'USD',
      symbol,
      exchangeName: 'NMS',
      fullExchangeName: fixture.exchange ?? 'NasdaqGS',
      instrumentType: symbol.startsWith('^') ? 'INDEX' : 'EQUITY',
      regularMarketTime: fixture.time ?? fixtureTime,
      gmtoffset: -18000,
      timezone: 'EST',
      exchangeTimezoneName: 'America/New_York',
      regularMarketPrice: fixture.price,
      longName: fixture.name,
      shortName: fixture.name,
      // The close before the range's first bar: deliberately not yesterday's, as on the real service.
      chartPreviousClose: barBefore?.[1] ?? 1,
      ...(options.sendPreviousClose ? { previousClose: fixture.previousClose } : {}),
      dataGranularity: '1d',
      range: request.query.range,
    };
    sendJson(response, 200, {
      chart: {
        result: [
          {
            meta,
            timestamp: bars.map(([date]) => sessionOpen(date)),
            indicators: { quote: [{ close: bars.map(([, close]) => close), open: bars.map(([, close]) => close) }] },
          },
        ],
        error: null,
      },
    });
  }, options);
}

const yahooVenues: Readonly<Record<ListingFixture['venue'], { code: string; display: string; suffix: string }>> = {
  NASDAQ: { code: 'NMS', display: 'NASDAQ', suffix: '' },
  NYSE: { code: 'NYQ', display: 'NYSE', suffix: '' },
  NYSEARCA: { code: 'PCX', display: 'NYSEArca', suffix: '' },
  TSX: { code: 'TOR', display: 'Toronto', suffix: '.TO' },
  LSE: { code: 'LSE', display: 'LSE', suffix: '.L' },
  XETRA: { code: 'GER', display: 'XETRA', suffix: '.DE' },
  MIL: { code: 'MIL', display: 'Milan', suffix: '.MI' },
  VIE: { code: 'VIE', display: 'Vienna', suffix: '.VI' },
  TPEX: { code: 'TWO', display: 'Taipei Exchange', suffix: '.TWO' },
};

function yahooSearchQuote(listing: ListingFixture): Record<string, unknown> {
  const venue = yahooVenues[listing.venue];
  return {
    exchange: venue.code,
    shortname: listing.name.slice(0, 24),
    quoteType: listing.type === 'ETF' ? 'ETF' : 'EQUITY',
    symbol: listing.symbol.replace(/\./g, '-') + venue.suffix,
    index: 'quotes',
    score: 20000,
    typeDisp: listing.type,
    longname: listing.name,
    exchDisp: venue.display,
    isYahooFinance: true,
  };
}
