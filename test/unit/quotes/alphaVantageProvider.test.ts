import { strict as assert } from 'node:assert';
import { AlphaVantageProvider } from '../../../src/core/quotes/providers/alphaVantageProvider';
import { describeFaultMatrix, rejection } from './faultMatrix';
import { sendJson, startAlphaVantageServer, startLocalServer, type LocalServer } from './servers';

const secret = 'av-secret-key-1234';
// Tuesday 27 January 2026, 10:00 in New York: the market is open, the last close was Monday's.
const clock = () => Date.parse('2026-01-27T15:00:00Z');

describe('AlphaVantageProvider', () => {
  let server: LocalServer;
  let provider: AlphaVantageProvider;

  before(async () => {
    server = await startAlphaVantageServer({
      apiKey: secret,
      quotes: {
        IWM: {
          price: 265.12,
          previousClose: 262.9,
          history: [
            ['2025-12-24', 250.0],
            ['2025-12-29', 251.5],
            ['2026-01-02', 255.0],
            ['2026-01-23', 262.9],
            ['2026-01-26', 265.12],
          ],
        },
      },
    });
    provider = new AlphaVantageProvider({ baseUrl: server.baseUrl, apiKey: secret, clock });
  });
  after(() => server.close());

  it('reads "Global Quote" into a Quote dated at the close of its trading day', async () => {
    const quote = await provider.quote({ symbol: 'IWM', exchange: 'NYSEARCA' });
    assert.deepEqual(quote, {
      symbol: 'IWM',
      providerSymbol: 'IWM',
      provider: 'alphavantage',
      price: 265.12,
      currency: 'USD',
      asOf: Date.parse('2026-01-26T21:00:00Z'),
      previousClose: 262.9,
    });
    assert.deepEqual(server.requests.at(-1)?.query, { function: 'GLOBAL_QUOTE', symbol: 'IWM', apikey: secret });
  });

  it('reads TIME_SERIES_DAILY, keyed by date, into the year to date', async () => {
    const history = await provider.history({ symbol: 'IWM' }, 'ytd');
    assert.equal(server.requests.at(-1)?.query.function, 'TIME_SERIES_DAILY');
    assert.equal(server.requests.at(-1)?.query.outputsize, 'full');
    assert.deepEqual(history.bars, [
      { date: '2026-01-02', close: 255.0 },
      { date: '2026-01-23', close: 262.9 },
      { date: '2026-01-26', close: 265.12 },
    ]);
  });

  it('calls an "Invalid API call" for history an unknown symbol', async () => {
    const error = await rejection(provider.history({ symbol: 'ZZZZ' }, '1mo'));
    assert.equal(error.kind, 'unknown-symbol');
    assert.match(error.message, /Alpha Vantage does not know ZZZZ \(Invalid API call/);
  });

  it('reports a wrong key as no-key without showing it', async () => {
    const error = await rejection(new AlphaVantageProvider({ baseUrl: server.baseUrl, apiKey: 'wrong-key-77' }).quote({ symbol: 'IWM' }));
    assert.equal(error.kind, 'no-key');
    assert.match(error.message, /Alpha Vantage rejected the API key while quoting IWM \(the parameter apikey is invalid/);
  });

  it('reads the older per-minute Note as a rate limit, and a premium-endpoint notice as a bad response', async () => {
    const notices = {
      RATE: { Note: 'Thank you for using Alpha Vantage! Our standard API call frequency is 5 calls per minute and 500 calls per day. Please visit https://www.alphavantage.co/premium/ if you would like to target a higher API call frequency.' },
      PREM: { Information: 'Thank you for using Alpha Vantage! This is a premium endpoint. You may subscribe to any of the premium plans to instantly unlock all premium endpoints.' },
    };
    const noticeServer = await startLocalServer((request, response) => sendJson(response, 200, notices[request.query.symbol as keyof typeof notices]));
    try {
      const noticed = new AlphaVantageProvider({ baseUrl: noticeServer.baseUrl, apiKey: secret });
      assert.equal((await rejection(noticed.quote({ symbol: 'RATE' }))).kind, 'rate-limited');
      const premium = await rejection(noticed.quote({ symbol: 'PREM' }));
      assert.equal(premium.kind, 'bad-response');
      assert.match(premium.message, /Alpha Vantage answered a premium-only notice for PREM: Thank you/);
    } finally {
      await noticeServer.close();
    }
  });

  it('points a foreign listing to the providers that have it', async () => {
    const error = await rejection(provider.quote({ symbol: 'VOD', exchange: 'LSE' }));
    assert.equal(error.kind, 'unknown-symbol');
    assert.equal(error.message, 'Alpha Vantage quotes US listings only; LSE:VOD needs Yahoo or Twelve Data');
  });
});

describeFaultMatrix({
  providerName: 'Alpha Vantage',
  ticker: { symbol: 'AAPL' },
  wireSymbol: 'AAPL',
  unknownTicker: { symbol: 'ZZZZ' },
  // The quota notice quotes the key back; the matrix checks it never reaches the message.
  errorIn200: { kind: 'rate-limited', message: /Alpha Vantage rate-limited the request for AAPL \(We have detected your API key as \*\*\* and our standard API rate limit is 25 requests per day/ },
  secret,
  start: (faults) => startAlphaVantageServer({ faults, apiKey: secret }),
  create: (baseUrl, options) => new AlphaVantageProvider({ baseUrl, apiKey: secret, ...options }),
});
