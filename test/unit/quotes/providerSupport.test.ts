import { strict as assert } from 'node:assert';
import { baseUrlEnvVar, resolveApiKeyFromEnv, resolveBaseUrl } from '../../../src/core/quotes/providers/baseUrls';
import { selectRange } from '../../../src/core/quotes/providers/historyRanges';
import { parseRetryAfter } from '../../../src/core/quotes/providers/httpJson';
import { redactSecrets, redactUrl } from '../../../src/core/quotes/providers/redact';
import { httpProviderInfo } from '../../../src/core/quotes/providers/providerInfo';
import { createProvider } from '../../../src/core/quotes/providers/registry';

describe('provider support', () => {
  describe('resolveBaseUrl', () => {
    it('prefers the environment, then the setting, then the public endpoint', () => {
      const env = { MARKET_NOTES_YAHOO_BASE_URL: 'http://127.0.0.1:9/' };
      assert.equal(resolveBaseUrl('yahoo', env, 'https://proxy.example'), 'http://127.0.0.1:9');
      assert.equal(resolveBaseUrl('yahoo', {}, 'https://proxy.example/yahoo/'), 'https://proxy.example/yahoo');
      assert.equal(resolveBaseUrl('yahoo', { MARKET_NOTES_YAHOO_BASE_URL: '  ' }, ''), 'https://query1.finance.yahoo.com');
      assert.equal(resolveBaseUrl('twelvedata', {}), 'https://api.twelvedata.com');
      assert.equal(resolveBaseUrl('finnhub', {}), 'https://finnhub.io');
      assert.equal(resolveBaseUrl('alphavantage', {}), 'https://www.alphavantage.co');
    });

    it('names the variables MARKET_NOTES_<ID>_BASE_URL and MARKET_NOTES_<ID>_KEY', () => {
      assert.equal(baseUrlEnvVar('twelvedata'), 'MARKET_NOTES_TWELVEDATA_BASE_URL');
      assert.equal(resolveApiKeyFromEnv('finnhub', { MARKET_NOTES_FINNHUB_KEY: 'k123' }), 'k123');
      assert.equal(resolveApiKeyFromEnv('finnhub', {}), undefined);
    });
  });

  it('redacts apikey= and token= values', () => {
    assert.equal(redactUrl('https://x/quote?symbol=A&apikey=SECRET&b=1'), 'https://x/quote?symbol=A&apikey=***&b=1');
    assert.equal(redactUrl('https://x/api/v1/quote?token=SECRET'), 'https://x/api/v1/quote?token=***');
    assert.equal(redactUrl('https://x/q?APIKEY=SECRET#f'), 'https://x/q?APIKEY=***#f');
    assert.equal(redactSecrets('your key SECRET-1 was seen', ['SECRET-1']), 'your key *** was seen');
  });

  it('parses Retry-After as seconds or an HTTP-date', () => {
    const now = Date.parse('2026-01-26T15:00:00Z');
    assert.equal(parseRetryAfter('120', now), 120_000);
    assert.equal(parseRetryAfter('Mon, 26 Jan 2026 15:00:30 GMT', now), 30_000);
    assert.equal(parseRetryAfter('Mon, 26 Jan 2026 14:00:00 GMT', now), 0);
    assert.equal(parseRetryAfter('soon', now), undefined);
    assert.equal(parseRetryAfter(null, now), undefined);
  });

  it('selects calendar ranges counted back from today', () => {
    const bars = ['2025-02-27', '2025-02-28', '2025-05-30', '2025-12-31', '2026-01-02'].map((date) => ({ date, close: 1 }));
    const dates = (range: Parameters<typeof selectRange>[1], today: string, upTo = bars.length) =>
      selectRange(bars.slice(0, upTo), range, today).map((bar) => bar.date);
    // 31 May minus three months is the last day of February, not 3 March.
    assert.deepEqual(dates('3mo', '2025-05-31', 3), ['2025-02-28', '2025-05-30']);
    assert.deepEqual(dates('3mo', '2026-01-05'), ['2025-12-31', '2026-01-02']);
    assert.deepEqual(dates('ytd', '2026-01-05'), ['2026-01-02']);
    assert.deepEqual(dates('1y', '2026-01-05'), bars.map((bar) => bar.date));
    assert.deepEqual(dates('5d', '2026-01-05'), bars.map((bar) => bar.date));
  });

  it('creates each provider by id', () => {
    for (const info of Object.values(httpProviderInfo)) {
      const provider = createProvider(info.id, { baseUrl: 'http://127.0.0.1:9' });
      assert.equal(provider.id, info.id);
      assert.equal(provider.displayName, info.displayName);
    }
  });
});
