// The same failures, asked of every provider against its own wire format: each must end in a typed QuoteError
// whose message names the provider, the ticker and the cause, with the retry window its kind deserves — and no key.

import { strict as assert } from 'node:assert';
import type { Logger } from '../../../src/core/logger';
import { QuoteError, type QuoteErrorKind, type QuoteProvider } from '../../../src/core/quotes/quote';
import type { TickerRef } from '../../../src/core/tickers/tickerRef';
import { retryWindowMs } from '../../../src/core/quotes/quoteCache';
import { retryAfterSeconds, startLocalServer, type Fault, type LocalServer } from './servers';

export interface FaultMatrixSubject {
  readonly providerName: string;
  /** A ticker the server knows, and its spelling on the wire (what faults are keyed by). */
  readonly ticker: TickerRef;
  readonly wireSymbol: string;
  readonly unknownTicker: TickerRef;
  /** What the provider's own error object inside HTTP 200 must become. */
  readonly errorIn200: { readonly kind: QuoteErrorKind; readonly message: RegExp };
  readonly secret?: string;
  start(faults: Readonly<Record<string, Fault>>): Promise<LocalServer>;
  create(baseUrl: string, options: { readonly timeoutMs: number; readonly logger: Logger }): QuoteProvider;
}

const hangTimeoutMs = 300;

interface FaultCase {
  readonly fault?: Fault;
  readonly title: string;
  readonly kind: QuoteErrorKind;
  readonly message: RegExp;
  /** The window the cache will keep, ms (or a range for HTTP-dates). */
  readonly windowMs: number | readonly [number, number];
}

export function describeFaultMatrix(subject: FaultMatrixSubject): void {
  const name = subject.providerName;
  const cases: FaultCase[] = [
    { fault: 'rate-limit', title: '429 without Retry-After', kind: 'rate-limited', message: new RegExp(`${name} rate-limited the request for AAPL \\(HTTP 429`), windowMs: 20_000 },
    { fault: 'rate-limit-retry-after', title: '429 with Retry-After seconds', kind: 'rate-limited', message: /HTTP 429.*wait 7 s/, windowMs: retryAfterSeconds * 1000 },
    // The date has whole seconds and the answer takes a while on a busy machine: a range, not a figure.
    { fault: 'rate-limit-http-date', title: '429 with Retry-After as an HTTP-date', kind: 'rate-limited', message: /HTTP 429/, windowMs: [20_000, 30_000] },
    { fault: 'server-error', title: '500', kind: 'bad-response', message: new RegExp(`${name} failed with HTTP 500 for AAPL`), windowMs: 30_000 },
    { fault: 'html', title: 'HTML instead of JSON', kind: 'bad-response', message: new RegExp(`^${name} answered HTML instead of JSON for AAPL \\(HTTP 200\\)$`), windowMs: 30_000 },
    { fault: 'malformed-json', title: 'malformed JSON', kind: 'bad-response', message: new RegExp(`${name} answered malformed JSON for AAPL \\(HTTP 200\\): "`), windowMs: 30_000 },
    { fault: 'provider-error', title: 'an error object inside HTTP 200', ...subject.errorIn200, windowMs: subject.errorIn200.kind === 'rate-limited' ? 20_000 : 30_000 },
    { fault: 'hang', title: 'a server that hangs', kind: 'network', message: new RegExp(`${name} did not answer within ${hangTimeoutMs} ms for AAPL`), windowMs: 10_000 },
    { fault: 'reset', title: 'a reset connection', kind: 'network', message: new RegExp(`Could not reach ${name} for AAPL: connection`), windowMs: 10_000 },
  ];

  describe(`${name}: fault matrix`, () => {
    let server: LocalServer;
    let provider: QuoteProvider;
    // Only the hanging server gets a short timeout: a busy machine must not turn the other cases into timeouts.
    let impatientProvider: QuoteProvider;
    const logLines: string[] = [];
    const logger: Logger = { trace: (m) => logLines.push(m), info: (m) => logLines.push(m), warn: (m) => logLines.push(m), error: (m) => logLines.push(m) };
    const faults: Record<string, Fault> = {};

    before(async () => {
      server = await subject.start(faults);
      provider = subject.create(server.baseUrl, { timeoutMs: 8000, logger });
      impatientProvider = subject.create(server.baseUrl, { timeoutMs: hangTimeoutMs, logger });
    });
    after(() => server.close());

    it('an unknown symbol is unknown-symbol, left alone for 5 minutes', async () => {
      const error = await rejection(provider.quote(subject.unknownTicker));
      assert.equal(error.kind, 'unknown-symbol');
      assert.match(error.message, new RegExp(`${name} does not know ${subject.unknownTicker.symbol}`));
      assert.equal(retryWindowMs(error), 5 * 60_000);
    });

    for (const faultCase of cases) {
      it(`${faultCase.title} is ${faultCase.kind}`, async () => {
        faults[subject.wireSymbol] = faultCase.fault as Fault;
        try {
          const error = await rejection((faultCase.fault === 'hang' ? impatientProvider : provider).quote(subject.ticker));
          logLines.push(error.message);
          assert.equal(error.kind, faultCase.kind, error.message);
          assert.match(error.message, faultCase.message);
          const window = retryWindowMs(error);
          if (typeof faultCase.windowMs === 'number') {
            assert.equal(window, faultCase.windowMs);
          } else {
            assert.ok(window >= faultCase.windowMs[0] && window <= faultCase.windowMs[1], `window ${window} ms`);
          }
        } finally {
          delete faults[subject.wireSymbol];
        }
      });
    }

    it(subject.secret ? 'a 302 to a server on another port gets nothing: no request, no key' : 'follows a 302 to a server on another port (no key to protect)', async () => {
      // A first server answers every request with a redirect to the provider's server, query (and key) included.
      const redirector = await startLocalServer((_request, response, raw) => {
        response.writeHead(302, { location: `${server.baseUrl}${raw.url ?? '/'}` });
        response.end();
      });
      try {
        const before = server.requests.length;
        const redirected = subject.create(redirector.baseUrl, { timeoutMs: 8000, logger });
        if (subject.secret) {
          const error = await rejection(redirected.quote(subject.ticker));
          assert.equal(error.kind, 'bad-response');
          assert.match(error.message, new RegExp(`^${name} redirected the request for AAPL to another host \\(${server.baseUrl.replace(/\./g, '\\.')}\\)`));
          assert.equal(server.requests.length, before, 'the other server was never asked');
          assert.equal(redirector.requests.length, 1);
        } else {
          assert.equal((await redirected.quote(subject.ticker)).symbol, subject.ticker.symbol);
          assert.equal(server.requests.length, before + 1);
        }
      } finally {
        await redirector.close();
      }
    });

    it('recovers once the fault is gone', async () => {
      const quote = await provider.quote(subject.ticker);
      assert.equal(quote.symbol, subject.ticker.symbol);
    });

    if (subject.secret) {
      it('never puts the key in a message or a log line', () => {
        assert.ok(logLines.length > 0);
        for (const line of logLines) {
          assert.ok(!line.includes(subject.secret as string), line);
        }
      });
    }
  });
}

/** The QuoteError a promise rejects with; fails the test if it resolves or rejects with anything else. */
export async function rejection(promise: Promise<unknown>): Promise<QuoteError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof QuoteError, `expected a QuoteError, got ${String(error)}`);
    return error;
  }
  assert.fail('expected a rejection');
}
