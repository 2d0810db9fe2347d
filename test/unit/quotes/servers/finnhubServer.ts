// Finnhub's quote endpoint (`/api/v1/quote?symbol=&token=` → `{c,d,dp,h,l,o,pc,t}`): an unknown symbol is a quote of
// zeros, limits are `{"error":…}`, and candles answer 403 on the free tier.

import { applyCommonFault } from './faults';
import { fixtureTime, sampleQuotes } from './fixtures';
import type { KeyedServerOptions } from './fixtures';
import { sendJson, startLocalServer, type LocalServer } from './localServer';
import { sampleListings, searchListings, type ListingFixture, type SearchServerOptions } from './searchFixtures';

const limitReached = { error: 'API limit reached. Please try again later. Remaining Limit: 0' };

export function startFinnhubServer(options: KeyedServerOptions & SearchServerOptions = {}): Promise<LocalServer> {
  const quotes = options.quotes ?? sampleQuotes;
  const apiKey = options.apiKey ?? 'test-key';
  return startLocalServer((request, response, raw) => {
    if (request.query.token !== apiKey) {
      return sendJson(response, 401, { error: 'Invalid API key' });
    }
    if (request.path === '/api/v1/stock/candle') {
      return sendJson(response, 403, { error: "You don't have access to this resource." });
    }
    const symbol = request.query.symbol ?? request.query.q ?? '';
    const fault = options.faults?.[symbol];
    if (fault && applyCommonFault(fault, response, raw, { contentType: 'application/json', body: JSON.stringify(limitReached) })) {
      return;
    }
    if (fault === 'provider-error') {
      return sendJson(response, 200, limitReached);
    }
    if (request.path === '/api/v1/search') {
      const result = searchListings(options.listings ?? sampleListings, request.query.q ?? '').map(finnhubListing);
      return sendJson(response, 200, { count: result.length, result });
    }
    const fixture = quotes[symbol];
    if (request.path !== '/api/v1/quote' || !fixture) {
      return sendJson(response, 200, { c: 0, d: null, dp: null, h: 0, l: 0, o: 0, pc: 0, t: 0 });
    }
    const change = fixture.price - fixture.previousClose;
    sendJson(response, 200, {
      c: fixture.price,
      d: change,
      dp: (change / fixture.previousClose) * 100,
      h: fixture.price,
      l: fixture.price,
      o: fixture.previousClose,
      pc: fixture.previousClose,
      t: fixture.time ?? fixtureTime,
    });
  });
}

const finnhubSuffixes: Readonly<Record<ListingFixture['venue'], string>> = { NASDAQ: '', NYSE: '', NYSEARCA: '', TSX: '.TO', LSE: '.L', XETRA: '.DE', MIL: '.MI', VIE: '.VI', TPEX: '.TWO' };

function finnhubListing(listing: ListingFixture): Record<string, unknown> {
  const symbol = listing.symbol + finnhubSuffixes[listing.venue];
  return { description: listing.name.toUpperCase(), displaySymbol: symbol, symbol, type: listing.type === 'ETF' ? 'ETP' : 'Common Stock' };
}
