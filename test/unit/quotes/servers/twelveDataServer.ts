// Twelve Data as PROVIDERS.md describes it: `/quote?symbol=A,B&apikey=` (one symbol answered bare, several keyed
// by symbol), `/time_series` newest first, numbers as strings, errors as `{"status":"error","code":…}`.

import { applyCommonFault } from './faults';
import { fixtureTime, historyOf, sampleQuotes, type KeyedServerOptions, type QuoteFixture } from './fixtures';
import { sendJson, startLocalServer, type LocalServer } from './localServer';
import { sampleListings, searchListings, type ListingFixture, type SearchServerOptions } from './searchFixtures';

const creditsExhausted = {
  code: 429,
  message: 'You have run out of API credits for the current minute. 9 API credits were used, with the current limit being 8.',
  status: 'error',
};

export function startTwelveDataServer(options: KeyedServerOptions & SearchServerOptions = {}): Promise<LocalServer> {
  const quotes = options.quotes ?? sampleQuotes;
  const apiKey = options.apiKey ?? 'test-key';
  return startLocalServer((request, response, raw) => {
    if (request.query.apikey !== apiKey) {
      return sendJson(response, 401, { code: 401, message: '**apikey** parameter is incorrect or not specified.', status: 'error' });
    }
    const symbols = (request.query.symbol ?? '').split(',').filter(Boolean);
    const fault = options.faults?.[symbols[0] ?? ''];
    if (fault && applyCommonFault(fault, response, raw, { contentType: 'application/json', body: JSON.stringify(creditsExhausted) })) {
      return;
    }
    if (fault === 'provider-error') {
      return sendJson(response, 200, creditsExhausted);
    }
    if (request.path === '/symbol_search') {
      const data = searchListings(options.listings ?? sampleListings, request.query.symbol ?? '').map(twelveDataListing);
      return sendJson(response, 200, { data, status: 'ok' });
    }
    if (request.path === '/quote') {
      const answers = symbols.map((symbol) => [symbol, quoteOrError(symbol, quotes[symbol])] as const);
      return sendJson(response, 200, answers.length === 1 ? answers[0]?.[1] : Object.fromEntries(answers));
    }
    if (request.path === '/time_series') {
      const symbol = symbols[0] ?? '';
      const fixture = quotes[symbol];
      if (!fixture) {
        return sendJson(response, 200, notFound(symbol));
      }
      const values = historyOf(fixture)
        .filter(([, close]) => close !== null)
        .map(([datetime, close]) => ({ datetime, open: String(close), high: String(close), low: String(close), close: String(close), volume: '1000' }))
        .reverse()
        .slice(0, Number(request.query.outputsize ?? 30));
      const meta = { symbol, interval: '1day', currency: fixture.currency ?? 'USD', exchange_timezone: 'America/New_York', exchange: 'NYSE', type: 'ETF' };
      return sendJson(response, 200, { meta, values, status: 'ok' });
    }
    sendJson(response, 404, { code: 404, message: 'Not found', status: 'error' });
  });
}

function quoteOrError(symbol: string, fixture: QuoteFixture | undefined): unknown {
  if (!fixture) {
    return notFound(symbol);
  }
  const change = fixture.price - fixture.previousClose;
  return {
    symbol: symbol.split(':')[0],
    name: fixture.name ?? symbol,
    exchange: fixture.exchange ?? 'NASDAQ',
    currency: fixture.currency ?? 'USD',
    datetime: '2026-01-26',
    timestamp: fixture.time ?? fixtureTime,
    close: fixture.price.toFixed(5),
    previous_close: fixture.previousClose.toFixed(5),
    change: change.toFixed(5),
    percent_change: ((change / fixture.previousClose) * 100).toFixed(5),
    is_market_open: false,
  };
}

function notFound(symbol: string): unknown {
  return { code: 404, message: `**symbol** not found: ${symbol}. Please specify it correctly according to API Documentation.`, status: 'error' };
}

// Twelve Data calls NYSE Arca "NYSE" in `exchange`: only the MIC tells them apart.
const twelveDataVenues: Readonly<Record<ListingFixture['venue'], { exchange: string; mic: string; country: string; currency: string; zone: string }>> = {
  NASDAQ: { exchange: 'NASDAQ', mic: 'XNGS', country: 'United States', currency: 'USD', zone: 'America/New_York' },
  NYSE: { exchange: 'NYSE', mic: 'XNYS', country: 'United States', currency: 'USD', zone: 'America/New_York' },
  NYSEARCA: { exchange: 'NYSE', mic: 'ARCX', country: 'United States', currency: 'USD', zone: 'America/New_York' },
  TSX: { exchange: 'TSX', mic: 'XTSE', country: 'Canada', currency: 'CAD', zone: 'America/Toronto' },
  LSE: { exchange: 'LSE', mic: 'XLON', country: 'United Kingdom', currency: 'GBp', zone: 'Europe/London' },
  XETRA: { exchange: 'XETR', mic: 'XETR', country: 'Germany', currency: 'EUR', zone: 'Europe/Berlin' },
  MIL: { exchange: 'MTA', mic: 'XMIL', country: 'Italy', currency: 'EUR', zone: 'Europe/Rome' },
  VIE: { exchange: 'VSE', mic: 'XWBO', country: 'Austria', currency: 'EUR', zone: 'Europe/Vienna' },
  TPEX: { exchange: 'TPEX', mic: 'ROCO', country: 'Taiwan', currency: 'TWD', zone: 'Asia/Taipei' },
};

function twelveDataListing(listing: ListingFixture): Record<string, unknown> {
  const venue = twelveDataVenues[listing.venue];
  return {
    symbol: listing.symbol,
    instrument_name: listing.name,
    exchange: venue.exchange,
    mic_code: venue.mic,
    exchange_timezone: venue.zone,
    instrument_type: listing.type === 'ETF' ? 'ETF' : 'Common Stock',
    country: venue.country,
    currency: venue.currency,
  };
}
