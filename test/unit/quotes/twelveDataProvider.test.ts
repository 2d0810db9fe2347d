import { strict as assert } from 'node:assert';
import { QuoteError } from '../../../src/core/quotes/quote';
import { TwelveDataProvider } from '../../../src/core/quotes/providers/twelveDataProvider';
import { describeFaultMatrix, rejection } from './faultMatrix';
import { startTwelveDataServer, type LocalServer } from './servers';

const secret = 'td-secret-key-1234';
const clock = () => Date.parse('2026-01-27T15:00:00Z');

describe('TwelveDataProvider', () => {
  let server: LocalServer;
  let provider: TwelveDataProvider;

  before(async () => {
    server = await startTwelveDataServer({
      apiKey: secret,
      quotes: {
        AAPL: { price: 256.44, previousClose: 258.28, name: 'Apple Inc', exchange: 'NASDAQ' },
        'SHOP:TSX': { price: 212.3, previousClose: 210, currency: 'CAD', exchange: 'TSX' },
        IWM: {
          price: 265.12,
          previousClose: 262.9,
          history: [
            ['2025-10-24', 240.0],
            ['2025-10-27', 241.0],
            ['2026-01-23', 262.9],
            ['2026-01-26', 265.12],
          ],
        },
      },
    });
    provider = new TwelveDataProvider({ baseUrl: server.baseUrl, apiKey: secret, clock });
  });
  after(() => server.close());

  it('reads numbers sent as strings into a Quote', async () => {
    const quote = await provider.quote({ symbol: 'AAPL' });
    assert.deepEqual(quote, {
      symbol: 'AAPL',
      providerSymbol: 'AAPL',
      provider: 'twelvedata',
      price: 256.44,
      currency: 'USD',
      asOf: Date.parse('2026-01-26T21:00:00Z'),
      previousClose: 258.28,
      name: 'Apple Inc',
      exchange: 'NASDAQ',
    });
    assert.deepEqual(server.requests.at(-1)?.query, { symbol: 'AAPL', apikey: secret });
  });

  it('spells foreign listings SYMBOL:EXCHANGE', async () => {
    const quote = await provider.quote({ symbol: 'SHOP', exchange: 'TSX' });
    assert.equal(quote.providerSymbol, 'SHOP:TSX');
    assert.equal(quote.currency, 'CAD');
  });

  it('quotes several tickers in one request, with per-ticker failures as values', async () => {
    const before = server.requests.length;
    const results = await provider.quoteMany([{ symbol: 'AAPL' }, { symbol: 'ZZZZ' }, { symbol: 'SHOP', exchange: 'TSX' }]);
    assert.equal(server.requests.length - before, 1);
    assert.equal(server.requests.at(-1)?.query.symbol, 'AAPL,ZZZZ,SHOP:TSX');
    assert.equal((results[0] as { price: number }).price, 256.44);
    assert.ok(results[1] instanceof QuoteError);
    assert.equal(results[1].kind, 'unknown-symbol');
    assert.match(results[1].message, /Twelve Data does not know ZZZZ \(\*\*symbol\*\* not found/);
    assert.equal((results[2] as { price: number }).price, 212.3);
  });

  it('reads the newest-first time series into the range, oldest first', async () => {
    const history = await provider.history({ symbol: 'IWM' }, '3mo');
    assert.equal(server.requests.at(-1)?.path, '/time_series');
    assert.equal(server.requests.at(-1)?.query.interval, '1day');
    assert.deepEqual(history.bars, [
      { date: '2025-10-27', close: 241.0 },
      { date: '2026-01-23', close: 262.9 },
      { date: '2026-01-26', close: 265.12 },
    ]);
  });

  it('rejects with no-key before any request when there is no key', async () => {
    const before = server.requests.length;
    const keyless = new TwelveDataProvider({ baseUrl: server.baseUrl, getKey: () => undefined });
    const error = await rejection(keyless.quote({ symbol: 'AAPL' }));
    assert.equal(error.kind, 'no-key');
    assert.equal(error.message, 'Twelve Data needs an API key to quote AAPL, and none is set');
    assert.equal(server.requests.length, before);
  });

  it('asks getKey for the key, and reports a wrong one without showing it', async () => {
    const wrong = new TwelveDataProvider({ baseUrl: server.baseUrl, getKey: async () => 'wrong-key-5678' });
    const error = await rejection(wrong.quote({ symbol: 'AAPL' }));
    assert.equal(error.kind, 'no-key');
    assert.match(error.message, /Twelve Data rejected the API key while quoting AAPL/);
    assert.ok(!error.message.includes('wrong-key-5678'));
  });
});

describeFaultMatrix({
  providerName: 'Twelve Data',
  ticker: { symbol: 'AAPL' },
  wireSymbol: 'AAPL',
  unknownTicker: { symbol: 'ZZZZ' },
  errorIn200: { kind: 'rate-limited', message: /Twelve Data rate-limited the request for AAPL \(You have run out of API credits/ },
  secret,
  start: (faults) => startTwelveDataServer({ faults, apiKey: secret }),
  create: (baseUrl, options) => new TwelveDataProvider({ baseUrl, apiKey: secret, ...options }),
});
