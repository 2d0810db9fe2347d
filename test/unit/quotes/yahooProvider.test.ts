import { strict as assert } from 'node:assert';
import { YahooProvider } from '../../../src/core/quotes/providers/yahooProvider';
import { describeFaultMatrix, rejection } from './faultMatrix';
import { startYahooServer, type LocalServer } from './servers';

describe('YahooProvider', () => {
  let server: LocalServer;
  let provider: YahooProvider;

  before(async () => {
    server = await startYahooServer({
      quotes: {
        AAPL: { price: 256.44, previousClose: 258.28, name: 'Apple Inc.', exchange: 'NasdaqGS' },
        'BRK-B': { price: 481.2, previousClose: 478, name: 'Berkshire Hathaway Inc.' },
        'SHOP.TO': { price: 212.3, previousClose: 210, currency: 'CAD' },
        '^SP600': { price: 1402.5, previousClose: 1399.1 },
        IWM: {
          price: 265.12,
          previousClose: 262.9,
          history: [
            ['2026-01-20', 258.0],
            ['2026-01-21', null],
            ['2026-01-22', 261.5],
            ['2026-01-23', 262.9],
            ['2026-01-26', 265.12],
          ],
        },
      },
    });
    provider = new YahooProvider({ baseUrl: server.baseUrl });
  });
  after(() => server.close());

  it('normalises the chart meta into a Quote', async () => {
    const quote = await provider.quote({ symbol: 'AAPL', exchange: 'NASDAQ' });
    assert.deepEqual(quote, {
      symbol: 'AAPL',
      providerSymbol: 'AAPL',
      provider: 'yahoo',
      price: 256.44,
      currency: 'USD',
      asOf: Date.parse('2026-01-26T21:00:00Z'),
      previousClose: 258.28,
      name: 'Apple Inc.',
      exchange: 'NasdaqGS',
      exchangeTimezone: 'America/New_York',
    });
    const request = server.requests.at(-1);
    assert.equal(request?.path, '/v8/finance/chart/AAPL');
    assert.deepEqual(request?.query, { range: '5d', interval: '1d' });
    assert.match(String(request?.headers['user-agent']), /Mozilla/);
  });

  it("derives yesterday's close from the bars, not from chartPreviousClose", async () => {
    // The fake server's chartPreviousClose is the close before the 5-day range (258.0), as on the real service.
    const quote = await provider.quote({ symbol: 'IWM' });
    assert.equal(quote.previousClose, 262.9);
  });

  it('uses meta.previousClose when Yahoo sends it', async () => {
    const withPrevious = await startYahooServer({ quotes: { AAPL: { price: 10, previousClose: 9.5 } }, sendPreviousClose: true });
    try {
      const quote = await new YahooProvider({ baseUrl: withPrevious.baseUrl }).quote({ symbol: 'AAPL' });
      assert.equal(quote.previousClose, 9.5);
    } finally {
      await withPrevious.close();
    }
  });

  it("asks for Yahoo's spelling and keeps the writer's", async () => {
    assert.equal((await provider.quote({ symbol: 'BRK.B', exchange: 'NYSE' })).providerSymbol, 'BRK-B');
    const shop = await provider.quote({ symbol: 'SHOP', exchange: 'TSX' });
    assert.equal(shop.symbol, 'SHOP');
    assert.equal(shop.currency, 'CAD');
    assert.equal(server.requests.at(-1)?.path, '/v8/finance/chart/SHOP.TO');
    assert.equal((await provider.quote({ symbol: 'SML', exchange: 'INDEX' })).providerSymbol, '^SP600');
  });

  it('reads daily history in exchange-local dates, dropping null closes', async () => {
    const history = await provider.history({ symbol: 'IWM' }, '3mo');
    assert.equal(server.requests.at(-1)?.query.range, '3mo');
    assert.deepEqual(history, {
      symbol: 'IWM',
      provider: 'yahoo',
      currency: 'USD',
      bars: [
        { date: '2026-01-20', close: 258.0 },
        { date: '2026-01-22', close: 261.5 },
        { date: '2026-01-23', close: 262.9 },
        { date: '2026-01-26', close: 265.12 },
      ],
    });
  });

  it('answers 429 to a client without a User-Agent, which the provider never is', async () => {
    const bare = await fetch(`${server.baseUrl}/v8/finance/chart/AAPL?range=5d&interval=1d`);
    assert.equal(bare.status, 429);
    const noAgent = new YahooProvider({ baseUrl: server.baseUrl, userAgent: 'node' });
    const error = await rejection(noAgent.quote({ symbol: 'AAPL' }));
    assert.equal(error.kind, 'rate-limited');
    assert.match(error.message, /HTTP 429: Too Many Requests/);
  });

  it('keeps at most 4 requests in flight', async () => {
    const slow = await startYahooServer({ delayMs: 30 });
    const limited = new YahooProvider({ baseUrl: slow.baseUrl });
    try {
      await Promise.all(Array.from({ length: 12 }, () => limited.quote({ symbol: 'QQQ' })));
      assert.equal(slow.requests.length, 12);
      assert.equal(slow.maxInFlight(), 4);
    } finally {
      await slow.close();
    }
  });

  it('times a request from when it was asked for, so one queued behind a hung request is never sent', async () => {
    const hung = await startYahooServer({ faults: { AAPL: 'hang', QQQ: 'hang' } });
    try {
      const single = new YahooProvider({ baseUrl: hung.baseUrl, maxConcurrency: 1, timeoutMs: 200 });
      const errors = await Promise.all([rejection(single.quote({ symbol: 'AAPL' })), rejection(single.quote({ symbol: 'QQQ' }))]);
      assert.deepEqual(
        errors.map((error) => error.message),
        ['Yahoo did not answer within 200 ms for AAPL', 'Yahoo did not answer within 200 ms for QQQ'],
      );
      assert.equal(hung.requests.length, 1);
    } finally {
      await hung.close();
    }
  });

  it('turns an invalid base URL into a QuoteError', async () => {
    const error = await rejection(new YahooProvider({ baseUrl: 'not a url' }).quote({ symbol: 'AAPL' }));
    assert.equal(error.kind, 'bad-response');
    assert.match(error.message, /base URL "not a url" is not a valid http\(s\) URL/);
  });

  it('reports a refused connection as a network error', async () => {
    const closed = await startYahooServer();
    await closed.close();
    const error = await rejection(new YahooProvider({ baseUrl: closed.baseUrl }).quote({ symbol: 'AAPL' }));
    assert.equal(error.kind, 'network');
    assert.match(error.message, /Could not reach Yahoo for AAPL: connection refused \(ECONNREFUSED\)/);
  });
});

describeFaultMatrix({
  providerName: 'Yahoo',
  ticker: { symbol: 'AAPL' },
  wireSymbol: 'AAPL',
  unknownTicker: { symbol: 'ZZZZ' },
  errorIn200: { kind: 'bad-response', message: /Yahoo refused the chart for AAPL \(HTTP 200: Timed out waiting for quote data\)/ },
  start: (faults) => startYahooServer({ faults }),
  create: (baseUrl, options) => new YahooProvider({ baseUrl, ...options }),
});
