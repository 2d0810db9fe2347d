// A quote time no clock can show (`t: 1e15` seconds, a cached `asOf: 1e18`) costs that one quote, with a message
// saying why — never "RangeError: Invalid time value" for every symbol, never a broken hover.

import { strict as assert } from 'node:assert';
import { FinnhubProvider } from '../../../src/core/quotes/providers/finnhubProvider';
import { TwelveDataProvider } from '../../../src/core/quotes/providers/twelveDataProvider';
import { YahooProvider } from '../../../src/core/quotes/providers/yahooProvider';
import { AlphaVantageProvider } from '../../../src/core/quotes/providers/alphaVantageProvider';
import { decodeStoredQuotes, encodeStoredQuotes } from '../../../src/core/quotes/quoteCacheStore';
import { parseSnapshotCsv, parseSnapshotJson } from '../../../src/core/quotes/snapshotFile';
import { QuoteError, type Quote } from '../../../src/core/quotes/quote';
import { formatQuoteTime } from '../../../src/core/hover/formatQuote';
import { renderQuoteCard } from '../../../src/core/hover/quoteCard';
import type { Logger } from '../../../src/core/logger';
import { rejection } from './faultMatrix';
import { runCli } from '../cli/cliHarness';
import { join } from 'node:path';
import { sampleQuotes, startAlphaVantageServer, startFinnhubServer, startTwelveDataServer, startYahooServer, type LocalServer, type QuoteTable } from './servers';

const farFuture = 1e15; // seconds: year 31 million, past what a Date can hold once in milliseconds
const badTimes: QuoteTable = {
  ...sampleQuotes,
  BAD: { price: 10, previousClose: 9, time: farFuture, history: [['2026-01-23', 9], ['2026-01-26', 10]] },
};

describe('out-of-range quote times on the wire', () => {
  const servers: LocalServer[] = [];
  const start = async (server: Promise<LocalServer>): Promise<string> => {
    const started = await server;
    servers.push(started);
    return started.baseUrl;
  };
  after(() => Promise.all(servers.map((server) => server.close())));

  it('Finnhub: that ticker fails with a message naming the time; others still quote', async () => {
    const provider = new FinnhubProvider({ baseUrl: await start(startFinnhubServer({ quotes: badTimes })), apiKey: 'test-key' });
    const error = await rejection(provider.quote({ symbol: 'BAD' }));
    assert.equal(error.kind, 'bad-response');
    assert.equal(error.message, 'Finnhub answered a quote time out of range (t: 1000000000000000) for BAD');
    assert.equal((await provider.quote({ symbol: 'AAPL' })).price, 256.44);
  });

  it('Twelve Data: in a batch, only the ticker with the bad time fails', async () => {
    const provider = new TwelveDataProvider({ baseUrl: await start(startTwelveDataServer({ quotes: badTimes })), apiKey: 'test-key' });
    const [apple, bad, iwm] = await provider.quoteMany([{ symbol: 'AAPL' }, { symbol: 'BAD' }, { symbol: 'IWM' }]);
    assert.equal((apple as Quote).price, 256.44);
    assert.ok(bad instanceof QuoteError);
    assert.equal(bad.message, 'Twelve Data answered a quote time out of range (timestamp: 1000000000000000) for BAD');
    assert.equal((iwm as Quote).price, 265.12);
  });

  it('Yahoo: the quote fails with a message naming regularMarketTime', async () => {
    const provider = new YahooProvider({ baseUrl: await start(startYahooServer({ quotes: badTimes })) });
    const error = await rejection(provider.quote({ symbol: 'BAD' }));
    assert.equal(error.message, 'Yahoo answered a quote time out of range (regularMarketTime: 1000000000000000) for BAD');
  });

  it('Alpha Vantage: a trading day no clock reaches fails that quote', async () => {
    const ancient: QuoteTable = { BAD: { price: 10, previousClose: 9, history: [['0000-01-01', 10]] } };
    const provider = new AlphaVantageProvider({ baseUrl: await start(startAlphaVantageServer({ quotes: ancient })), apiKey: 'test-key' });
    assert.equal((await rejection(provider.quote({ symbol: 'BAD' }))).message, 'Alpha Vantage answered a trading day out of range (0000-01-01) for BAD');
  });
});

describe('market-notes quote with an out-of-range time', () => {
  let yahoo: LocalServer;
  before(async () => {
    yahoo = await startYahooServer({ quotes: badTimes });
  });
  after(() => yahoo.close());

  it('prints the good symbols and one error line for the bad one, exit 1 (not 2 for all)', async () => {
    const run = await runCli(['quote', 'AAPL', 'BAD', 'IWM', '--format', 'json'], { cwd: join(__dirname, '..', '..', '..'), env: { MARKET_NOTES_YAHOO_BASE_URL: yahoo.baseUrl } });
    assert.equal(run.code, 1, run.stderr);
    const [apple, bad, iwm] = JSON.parse(run.stdout);
    assert.equal(apple.price, 256.44);
    assert.deepEqual(bad, { symbol: 'BAD', error: 'Yahoo answered a quote time out of range (regularMarketTime: 1000000000000000) for BAD' });
    assert.equal(iwm.price, 265.12);
  });
});

describe('out-of-range quote times on load', () => {
  const good: Quote = { symbol: 'AAPL', providerSymbol: 'AAPL', provider: 'yahoo', price: 256.44, currency: 'USD', asOf: Date.parse('2026-01-26T21:00:00Z') };

  it('a stored quote with asOf 1e18 (or a fetchedAt past 2200) is dropped with a log line; the others are restored', () => {
    const warnings: string[] = [];
    const logger: Logger = { trace: () => undefined, info: () => undefined, warn: (m) => warnings.push(m), error: (m) => warnings.push(m) };
    const stored = encodeStoredQuotes('yahoo', [
      { ticker: { symbol: 'AAPL' }, quote: good, fetchedAt: good.asOf },
      { ticker: { symbol: 'BAD' }, quote: { ...good, symbol: 'BAD', asOf: 1e18 }, fetchedAt: good.asOf },
      { ticker: { symbol: 'LATE' }, quote: { ...good, symbol: 'LATE' }, fetchedAt: 1e18 },
    ]);
    const restored = decodeStoredQuotes(JSON.parse(JSON.stringify(stored)), 'yahoo', logger);
    assert.deepEqual(
      restored.map((entry) => entry.quote.symbol),
      ['AAPL'],
    );
    assert.deepEqual(warnings, ['Discarded 2 unreadable stored quote(s)']);
  });

  it('a snapshot row dated past 2199 is a format error naming the line', () => {
    const csv = 'symbol,price,previousClose,currency,asOf\nAAPL,1,1,USD,2026-01-26\nBAD,1,1,USD,9999-12-31\n';
    assert.throws(() => parseSnapshotCsv('quotes.csv', csv), /quotes\.csv line 3: asOf "9999-12-31" is out of range/);
    const json = '[{"symbol":"BAD","price":1,"previousClose":1,"currency":"USD","asOf":1e18}]';
    assert.throws(() => parseSnapshotJson('quotes.json', json), /quotes\.json line 1: asOf "1000000000000000000" is not an ISO 8601 date/);
  });

  it('the hover card and the time formatter survive a time that slipped through', () => {
    assert.equal(formatQuoteTime(1e18), 'an unknown time');
    assert.equal(formatQuoteTime(Number.NaN, 'America/New_York'), 'an unknown time');
    const card = renderQuoteCard({ mention: { symbol: 'AAPL' }, now: good.asOf, providerLabel: 'Yahoo', quote: { ...good, asOf: 1e18 } });
    assert.match(card, /As of an unknown time/);
  });
});
