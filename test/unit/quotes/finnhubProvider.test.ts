import { strict as assert } from 'node:assert';
import { FinnhubProvider } from '../../../src/core/quotes/providers/finnhubProvider';
import { describeFaultMatrix, rejection } from './faultMatrix';
import { startFinnhubServer, type LocalServer } from './servers';

const secret = 'fh-secret-token-1234';

describe('FinnhubProvider', () => {
  let server: LocalServer;
  let provider: FinnhubProvider;

  before(async () => {
    server = await startFinnhubServer({ apiKey: secret });
    provider = new FinnhubProvider({ baseUrl: server.baseUrl, apiKey: secret });
  });
  after(() => server.close());

  it('reads {c, pc, t} into a Quote, passing the key as ?token=', async () => {
    const quote = await provider.quote({ symbol: 'AAPL', exchange: 'NASDAQ' });
    assert.deepEqual(quote, {
      symbol: 'AAPL',
      providerSymbol: 'AAPL',
      provider: 'finnhub',
      price: 256.44,
      currency: 'USD',
      asOf: Date.parse('2026-01-26T21:00:00Z'),
      previousClose: 258.28,
    });
    const request = server.requests.at(-1);
    assert.equal(request?.path, '/api/v1/quote');
    assert.deepEqual(request?.query, { symbol: 'AAPL', token: secret });
  });

  it('turns an index into a clear error that suggests the ETF proxy, without a request', async () => {
    const before = server.requests.length;
    const error = await rejection(provider.quote({ symbol: 'RUT', exchange: 'INDEX' }));
    assert.equal(error.kind, 'unknown-symbol');
    assert.match(error.message, /Finnhub has no index quotes for INDEX:RUT on its free tier: use an ETF proxy such as IWM/);
    assert.match((await rejection(provider.quote({ symbol: 'SML', exchange: 'INDEX' }))).message, /IJR/);
    assert.equal(server.requests.length, before);
  });

  it('has no daily history on the free tier, and says so without spending a request', async () => {
    const before = server.requests.length;
    const error = await rejection(provider.history({ symbol: 'IWM' }, '3mo'));
    assert.equal(error.kind, 'bad-response');
    assert.match(error.message, /Finnhub has no daily history on its free tier for IWM/);
    assert.equal(server.requests.length, before);
  });

  it('reports a wrong key as no-key without showing it', async () => {
    const error = await rejection(new FinnhubProvider({ baseUrl: server.baseUrl, apiKey: 'wrong-token-99' }).quote({ symbol: 'AAPL' }));
    assert.equal(error.kind, 'no-key');
    assert.match(error.message, /Finnhub rejected the API key while quoting AAPL \(HTTP 401: Invalid API key\)/);
    assert.ok(!error.message.includes('wrong-token-99'));
  });
});

describeFaultMatrix({
  providerName: 'Finnhub',
  ticker: { symbol: 'AAPL' },
  wireSymbol: 'AAPL',
  unknownTicker: { symbol: 'ZZZZ' },
  errorIn200: { kind: 'rate-limited', message: /Finnhub rate-limited the request for AAPL \(API limit reached/ },
  secret,
  start: (faults) => startFinnhubServer({ faults, apiKey: secret }),
  create: (baseUrl, options) => new FinnhubProvider({ baseUrl, apiKey: secret, ...options }),
});
