// Keys stay with their provider: every spelling of a key is masked in messages, a redirect never carries a key to
// another host, and plain http only reaches this machine. Redirects are exercised against real servers on 127.0.0.1.

import { strict as assert } from 'node:assert';
import { FinnhubProvider } from '../../../src/core/quotes/providers/finnhubProvider';
import { YahooProvider } from '../../../src/core/quotes/providers/yahooProvider';
import { redactSecrets } from '../../../src/core/quotes/providers/redact';
import { serverDetail } from '../../../src/core/quotes/providers/providerErrors';
import { isLoopbackHost, urlRefusal } from '../../../src/core/quotes/providers/urlPolicy';
import type { Logger } from '../../../src/core/logger';
import { rejection } from './faultMatrix';
import { sendJson, startFinnhubServer, startLocalServer, startYahooServer, type LocalServer } from './servers';

// Characters that every encoding spells differently.
const key = 'k+y/Z= 9é"x';

describe('key redaction', () => {
  const encodings: Record<string, string> = {
    literal: key,
    'URL-encoded (upper-case hex)': encodeURIComponent(key),
    'URL-encoded (lower-case hex)': encodeURIComponent(key).replace(/%[0-9A-F]{2}/g, (escape) => escape.toLowerCase()),
    'form-encoded (+ for a space)': new URLSearchParams({ k: key }).toString().slice(2),
    'JSON-escaped': JSON.stringify(key).slice(1, -1),
    'JSON-escaped with \\/ and \\u escapes': JSON.stringify(key).slice(1, -1).replace('/', '\\/').replace('é', '\\u00e9').replace('+', '\\u002B'),
    'URL-encoded twice': encodeURIComponent(encodeURIComponent(key)),
  };
  for (const [name, spelling] of Object.entries(encodings)) {
    it(`masks the key ${name}`, () => {
      const echoed = `Invalid key "${spelling}" for this endpoint`;
      const redacted = redactSecrets(echoed, [key]);
      assert.equal(redacted, 'Invalid key "***" for this endpoint');
    });
  }

  it('masks the key before a server message is shortened, so no prefix of it survives', () => {
    const body = { message: `${'x'.repeat(150)} your key ${key} is invalid` };
    const detail = serverDetail(body, { provider: 'P', ticker: 'T', secrets: [key] });
    assert.ok(detail !== undefined);
    assert.ok(!detail.includes('k+y'), detail);
  });

  it('leaves text without the key alone', () => {
    assert.equal(redactSecrets('AAPL closed at 256.44 (+0.5%)', [key]), 'AAPL closed at 256.44 (+0.5%)');
  });
});

describe('plain http', () => {
  it('is allowed only to this machine', () => {
    for (const url of ['http://127.0.0.1:8080', 'http://127.9.8.7', 'http://localhost:3000/x', 'http://[::1]:9000', 'https://api.twelvedata.com']) {
      assert.equal(urlRefusal(url), undefined, url);
    }
    for (const url of ['http://api.twelvedata.com', 'http://128.0.0.1', 'http://127.0.0.1.evil.example', 'http://localhost.evil.example', 'http://[::2]']) {
      assert.match(urlRefusal(url) ?? '', /plain http/, url);
    }
    assert.match(urlRefusal('ftp://127.0.0.1') ?? '', /uses ftp, not https/);
    assert.ok(isLoopbackHost('LOCALHOST'));
  });

  it('refuses a provider whose base URL is plain http to another machine, without sending anything', async () => {
    const sent: string[] = [];
    const fetch = (async (input: string | URL | Request) => {
      sent.push(String(input));
      throw new Error('must not be called');
    }) as typeof globalThis.fetch;
    const provider = new FinnhubProvider({ baseUrl: 'http://finnhub.io', apiKey: 'secret-1234', fetch });
    const error = await rejection(provider.quote({ symbol: 'AAPL' }));
    assert.match(error.message, /Finnhub's base URL "http:\/\/finnhub\.io" is plain http: only this machine \(localhost, 127\.0\.0\.0\/8, ::1\)/);
    assert.deepEqual(sent, []);
  });
});

describe('redirects', () => {
  const secret = 'fh-redirect-key-5678';
  const logLines: string[] = [];
  const logger: Logger = { trace: (m) => logLines.push(m), info: (m) => logLines.push(m), warn: (m) => logLines.push(m), error: (m) => logLines.push(m) };
  let finnhub: LocalServer;
  let yahoo: LocalServer;
  let redirector: LocalServer;
  // Where the redirector sends each request, by the first segment of its path.
  const routes: Record<string, (query: string, path: string) => string> = {};

  before(async () => {
    finnhub = await startFinnhubServer({ apiKey: secret });
    yahoo = await startYahooServer();
    redirector = await startLocalServer((request, response, raw) => {
      const [, route = '', ...rest] = request.path.split('/');
      const query = new URL(raw.url ?? '/', 'http://127.0.0.1').search;
      const target = routes[route]?.(query, `/${rest.join('/')}`);
      if (target === undefined) return sendJson(response, 200, { c: 256.44, pc: 258.28, t: 1769461200 });
      response.writeHead(302, { location: target });
      response.end();
    });
    routes.away = (query, path) => `${finnhub.baseUrl}${path}${query}`;
    routes.here = (query, path) => `/final${path}${query}`;
    routes.loop = (query, path) => `/loop${path}${query}`;
    routes.ftp = () => 'ftp://127.0.0.1/quote';
    routes.yahoo = (query, path) => `${yahoo.baseUrl}${path}${query}`;
  });
  after(async () => {
    await Promise.all([finnhub.close(), yahoo.close(), redirector.close()]);
  });

  it('a 302 to another origin does not take the key there: a clear error, and the other server hears nothing', async () => {
    const provider = new FinnhubProvider({ baseUrl: `${redirector.baseUrl}/away`, apiKey: secret, logger });
    const error = await rejection(provider.quote({ symbol: 'AAPL' }));
    assert.equal(error.kind, 'bad-response');
    assert.equal(
      error.message,
      `Finnhub redirected the request for AAPL to another host (${finnhub.baseUrl}); Market Notes does not send the API key there. Check the provider's base URL.`,
    );
    assert.equal(finnhub.requests.length, 0);
    assert.ok(redirector.requests.some((request) => request.query.token === secret), 'the first server did get the key');
  });

  it('follows a redirect within the same origin, key included', async () => {
    const provider = new FinnhubProvider({ baseUrl: `${redirector.baseUrl}/here`, apiKey: secret, logger });
    const quote = await provider.quote({ symbol: 'AAPL' });
    assert.equal(quote.price, 256.44);
    const final = redirector.requests.at(-1);
    assert.equal(final?.path, '/final/api/v1/quote');
    assert.equal(final?.query.token, secret);
  });

  it('gives up on a redirect loop', async () => {
    const provider = new FinnhubProvider({ baseUrl: `${redirector.baseUrl}/loop`, apiKey: secret, logger });
    assert.match((await rejection(provider.quote({ symbol: 'AAPL' }))).message, /Finnhub redirected the request for AAPL more than 5 times/);
  });

  it('refuses a redirect to a scheme other than https (or http on this machine)', async () => {
    const provider = new FinnhubProvider({ baseUrl: `${redirector.baseUrl}/ftp`, apiKey: secret, logger });
    assert.match((await rejection(provider.quote({ symbol: 'AAPL' }))).message, /redirected the request for AAPL to ftp:\/\/127\.0\.0\.1\/quote, which uses ftp, not https/);
  });

  it('lets a keyless request (Yahoo) follow a redirect to another origin', async () => {
    const provider = new YahooProvider({ baseUrl: `${redirector.baseUrl}/yahoo`, logger });
    const quote = await provider.quote({ symbol: 'AAPL' });
    assert.equal(quote.price, 256.44);
    assert.equal(yahoo.requests.at(-1)?.path, '/v8/finance/chart/AAPL');
  });

  it('never logs the key while redirecting', () => {
    assert.ok(logLines.some((line) => line.includes('redirected to')));
    for (const line of logLines) assert.ok(!line.includes(secret), line);
  });
});
