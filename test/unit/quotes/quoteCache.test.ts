import { strict as assert } from 'node:assert';
import type { Logger } from '../../../src/core/logger';
import { QuoteError, type Quote, type QuoteErrorKind, type QuoteProvider } from '../../../src/core/quotes/quote';
import type { TickerRef } from '../../../src/core/tickers/tickerRef';
import { QuoteCache, type QuoteCacheOptions, type QuoteStore } from '../../../src/core/quotes/quoteCache';
import { YahooProvider } from '../../../src/core/quotes/providers/yahooProvider';
import { startYahooServer } from './servers';

const start = Date.parse('2026-01-26T15:00:00Z'); // a Monday, 10:00 in New York

/** A provider answering from a script, counting calls; `failWith` makes a symbol fail until cleared. */
class ScriptedProvider implements QuoteProvider {
  readonly id = 'scripted';
  readonly displayName = 'Scripted';
  readonly calls: string[] = [];
  readonly failWith = new Map<string, unknown>();
  price = 100;

  async quote(ticker: TickerRef): Promise<Quote> {
    this.calls.push(ticker.symbol);
    await new Promise((resolve) => setImmediate(resolve));
    const failure = this.failWith.get(ticker.symbol);
    if (failure !== undefined) {
      throw failure;
    }
    return { symbol: ticker.symbol, providerSymbol: ticker.symbol, provider: this.id, price: this.price, currency: 'USD', asOf: start };
  }
}

class MemoryStore implements QuoteStore {
  saves = 0;
  constructor(
    public data: unknown = undefined,
    private readonly saveMs = 0,
  ) {}
  async load(): Promise<unknown> {
    return this.data;
  }
  async save(data: unknown): Promise<void> {
    this.saves++;
    await new Promise((resolve) => setTimeout(resolve, this.saveMs));
    this.data = JSON.parse(JSON.stringify(data));
  }
}

function recordingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const push = (message: string) => lines.push(message);
  return { lines, trace: push, info: push, warn: push, error: push };
}

describe('QuoteCache', () => {
  let now: number;
  let provider: ScriptedProvider;
  const clock = () => now;
  const cacheWith = (options: Partial<QuoteCacheOptions> = {}) => new QuoteCache({ provider, clock, ...options });

  beforeEach(() => {
    now = start;
    provider = new ScriptedProvider();
  });
  it('logs a failure once while it repeats, and again once it has recovered and fails anew', async () => {
    const logger = { ...recordingLogger(), trace: () => undefined };
    const cache = cacheWith({ logger });
    provider.failWith.set('AAPL', new QuoteError('network', 'Scripted could not be reached for AAPL (connection refused)'));
    for (let attempt = 0; attempt < 3; attempt++) {
      await cache.get({ symbol: 'AAPL' });
      now += 11_000; // past the network retry window
    }
    assert.equal(provider.calls.length, 3);
    assert.equal(logger.lines.filter((line) => line.includes('connection refused')).length, 1);
    provider.failWith.delete('AAPL');
    now += 61_000;
    await cache.get({ symbol: 'AAPL' });
    provider.failWith.set('AAPL', new QuoteError('network', 'Scripted could not be reached for AAPL (connection refused)'));
    now += 61_000;
    await cache.get({ symbol: 'AAPL' });
    assert.equal(logger.lines.filter((line) => line.includes('connection refused')).length, 2);
  });


  describe('freshness', () => {
    it('serves a quote for 60 s, then fetches again', async () => {
      const cache = cacheWith();
      assert.equal((await cache.get({ symbol: 'AAPL' })).quote?.price, 100);
      now += 59_000;
      assert.equal((await cache.get({ symbol: 'AAPL' })).stale, false);
      assert.equal(provider.calls.length, 1);
      now += 1_000;
      provider.price = 101;
      assert.equal((await cache.get({ symbol: 'AAPL' })).quote?.price, 101);
      assert.equal(provider.calls.length, 2);
    });

    it('peek answers synchronously from memory, and marks an old quote stale without fetching', async () => {
      const cache = cacheWith({ freshForMs: 10_000 });
      assert.equal(cache.peek({ symbol: 'AAPL' }), undefined);
      await cache.get({ symbol: 'AAPL' });
      now += 4_000;
      const warm = cache.peek({ symbol: 'AAPL', exchange: 'NASDAQ' });
      assert.deepEqual({ stale: warm?.stale, ageMs: warm?.ageMs, fetchedAt: warm?.fetchedAt, error: warm?.error }, { stale: false, ageMs: 4_000, fetchedAt: start, error: undefined });
      now += 10_000;
      assert.equal(cache.peek({ symbol: 'AAPL' })?.stale, true);
      assert.equal(provider.calls.length, 1);
    });
  });

  it('merges 100 concurrent look-ups of 10 symbols into exactly 10 requests', async () => {
    const cache = cacheWith();
    const symbols = Array.from({ length: 10 }, (_, i) => `S${i}`);
    const results = await Promise.all(Array.from({ length: 100 }, (_, i) => cache.get({ symbol: symbols[i % 10] as string })));
    assert.equal(provider.calls.length, 10);
    assert.ok(results.every((result) => result.quote?.price === 100));
  });

  it('merges them into exactly 10 HTTP requests against a Yahoo server', async () => {
    const quotes = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`S${i}`, { price: 10 + i, previousClose: 10 }]));
    const server = await startYahooServer({ quotes, delayMs: 20 });
    try {
      const cache = new QuoteCache({ provider: new YahooProvider({ baseUrl: server.baseUrl }) });
      const results = await Promise.all(Array.from({ length: 100 }, (_, i) => cache.get({ symbol: `S${i % 10}` })));
      assert.equal(server.requests.length, 10);
      assert.ok(server.maxInFlight() <= 4);
      assert.equal(results[13]?.quote?.price, 13);
    } finally {
      await server.close();
    }
  });

  describe('retry windows', () => {
    const windows: [QuoteErrorKind, number][] = [
      ['rate-limited', 20_000],
      ['network', 10_000],
      ['unknown-symbol', 5 * 60_000],
      ['bad-response', 30_000],
    ];
    for (const [kind, windowMs] of windows) {
      it(`${kind}: the last known quote, stale, with the error and no request for ${windowMs / 1000} s`, async () => {
        const cache = cacheWith();
        await cache.get({ symbol: 'AAPL' });
        now += 60_000;
        provider.failWith.set('AAPL', new QuoteError(kind, `Scripted failed for AAPL (${kind})`));
        const failed = await cache.get({ symbol: 'AAPL' });
        assert.equal(failed.error?.kind, kind);
        assert.equal(failed.quote?.price, 100);
        assert.equal(failed.stale, true);
        assert.equal(failed.retryAt, now + windowMs);
        now += windowMs - 1;
        const during = await cache.get({ symbol: 'AAPL' });
        assert.equal(during.error?.kind, kind);
        assert.equal(provider.calls.length, 2);
        now += 1;
        provider.failWith.delete('AAPL');
        const after = await cache.get({ symbol: 'AAPL' });
        assert.equal(provider.calls.length, 3);
        assert.deepEqual([after.error, after.retryAt, after.stale], [undefined, undefined, false]);
      });
    }

    it("honours the provider's Retry-After over the kind's window", async () => {
      const cache = cacheWith();
      provider.failWith.set('AAPL', new QuoteError('rate-limited', 'Scripted rate-limited AAPL', { retryAfterMs: 7_000 }));
      assert.equal((await cache.get({ symbol: 'AAPL' })).retryAt, start + 7_000);
    });

    it('takes a rate limit as the whole provider’s: no other symbol is requested during it', async () => {
      const cache = cacheWith();
      provider.failWith.set('AAPL', new QuoteError('rate-limited', 'Scripted rate-limited AAPL'));
      await cache.get({ symbol: 'AAPL' });
      const other = await cache.get({ symbol: 'MSFT' });
      assert.deepEqual(provider.calls, ['AAPL']);
      assert.equal(other.error?.kind, 'rate-limited');
      assert.equal(other.retryAt, start + 20_000);
      now += 20_000;
      assert.equal((await cache.get({ symbol: 'MSFT' })).quote?.price, 100);
    });

    it('turns anything a provider throws into a QuoteError value, never a rejection', async () => {
      const cache = cacheWith();
      provider.failWith.set('AAPL', new TypeError('boom'));
      const result = await cache.get({ symbol: 'AAPL' });
      assert.equal(result.error?.kind, 'bad-response');
      assert.match(result.error?.message ?? '', /Scripted failed for AAPL: TypeError: boom/);
    });

    it('gives up on a provider that never answers after the request timeout', async () => {
      const hanging: QuoteProvider = { id: 'hanging', displayName: 'Hanging', quote: () => new Promise<Quote>(() => undefined) };
      const cache = new QuoteCache({ provider: hanging, clock, requestTimeoutMs: 30 });
      const result = await cache.get({ symbol: 'AAPL' });
      assert.equal(result.error?.kind, 'network');
      assert.equal(result.error?.message, 'Hanging did not answer within 30 ms for AAPL');
    });
  });

  describe('refresh', () => {
    it('refreshes visible listings once they are older than the freshness window', async () => {
      const cache = cacheWith({ isMarketOpen: () => true });
      assert.equal(await cache.refresh([{ symbol: 'AAPL' }, { symbol: 'AAPL', exchange: 'NASDAQ' }, { symbol: 'IWM' }]), 2);
      now += 30_000;
      assert.equal(await cache.refresh([{ symbol: 'AAPL' }, { symbol: 'IWM' }]), 0);
      now += 30_000;
      assert.equal(await cache.refresh([{ symbol: 'AAPL' }, { symbol: 'IWM' }]), 2);
    });

    it('slows to every 15 minutes while the exchange is closed', async () => {
      now = Date.parse('2026-01-24T15:00:00Z'); // a Saturday
      const cache = cacheWith();
      assert.equal(await cache.refresh([{ symbol: 'AAPL' }]), 1);
      now += 14 * 60_000;
      assert.equal(await cache.refresh([{ symbol: 'AAPL' }]), 0);
      now += 60_000;
      assert.equal(await cache.refresh([{ symbol: 'AAPL' }]), 1);
    });

    it('skips listings in a retry window unless forced, and never forces past a rate limit', async () => {
      const cache = cacheWith();
      provider.failWith.set('ZZZZ', new QuoteError('unknown-symbol', 'Scripted does not know ZZZZ'));
      await cache.get({ symbol: 'ZZZZ' });
      assert.equal(await cache.refresh([{ symbol: 'ZZZZ' }]), 0);
      assert.equal(await cache.refresh([{ symbol: 'ZZZZ' }], { force: true }), 1);
      provider.failWith.set('ZZZZ', new QuoteError('rate-limited', 'Scripted rate-limited ZZZZ'));
      await cache.refresh([{ symbol: 'ZZZZ' }], { force: true });
      assert.equal(await cache.refresh([{ symbol: 'AAPL' }], { force: true }), 0);
    });

    it('uses a batch provider in batches', async () => {
      const batches: string[][] = [];
      const batching = Object.assign(provider, {
        quoteMany: async (tickers: readonly TickerRef[]) => {
          batches.push(tickers.map((ticker) => ticker.symbol));
          return Promise.all(tickers.map((ticker) => provider.quote(ticker).catch((error: QuoteError) => error)));
        },
      });
      provider.failWith.set('ZZZZ', new QuoteError('unknown-symbol', 'Scripted does not know ZZZZ'));
      const cache = new QuoteCache({ provider: batching, clock, batchSize: 2 });
      await cache.refresh([{ symbol: 'AAPL' }, { symbol: 'ZZZZ' }, { symbol: 'IWM' }]);
      assert.deepEqual(batches, [['AAPL', 'ZZZZ'], ['IWM']]);
      assert.equal(cache.peek({ symbol: 'ZZZZ' })?.error?.kind, 'unknown-symbol');
      assert.equal(cache.peek({ symbol: 'IWM' })?.quote?.price, 100);
    });

    it('gives each ticker of a failed batch its own message, not the whole batch', async () => {
      const batching = Object.assign(provider, {
        quoteMany: async (tickers: readonly TickerRef[]) => {
          throw new QuoteError('network', `Could not reach Scripted for ${tickers.map((ticker) => ticker.symbol).join(', ')}: host not found (ENOTFOUND)`);
        },
      });
      const cache = new QuoteCache({ provider: batching, clock, batchSize: 3 });
      await cache.refresh([{ symbol: 'IWM' }, { symbol: 'QQQ' }, { symbol: 'AAPL' }]);
      assert.equal(cache.peek({ symbol: 'QQQ' })?.error?.message, 'Could not reach Scripted for QQQ: host not found (ENOTFOUND)');
      assert.equal(cache.peek({ symbol: 'QQQ' })?.error?.kind, 'network');
      assert.equal(cache.peek({ symbol: 'AAPL' })?.error?.message, 'Could not reach Scripted for AAPL: host not found (ENOTFOUND)');
    });

    it('warns once that the network is down, not once per ticker, until a quote gets through', async () => {
      const logger = { ...recordingLogger(), trace: () => undefined };
      const cache = cacheWith({ logger });
      for (const symbol of ['AAPL', 'IWM', 'QQQ']) provider.failWith.set(symbol, new QuoteError('network', `Could not reach Scripted for ${symbol}: connection refused`));
      for (const symbol of ['AAPL', 'IWM', 'QQQ']) await cache.get({ symbol });
      assert.equal(logger.lines.filter((line) => line.includes('connection refused')).length, 1);
      provider.failWith.delete('IWM');
      now += 11_000;
      await cache.get({ symbol: 'IWM' });
      await cache.get({ symbol: 'MSFT' });
      provider.failWith.set('MSFT', new QuoteError('network', 'Could not reach Scripted for MSFT: connection refused'));
      now += 61_000;
      await cache.get({ symbol: 'MSFT' });
      assert.equal(logger.lines.filter((line) => line.includes('connection refused')).length, 2, 'back online, then down again: a new warning');
    });

    it('tells listeners what changed', async () => {
      const cache = cacheWith();
      const seen: string[] = [];
      const subscription = cache.onDidUpdate((update) => seen.push(`${update.ticker.symbol}:${update.quote?.price}`));
      await cache.get({ symbol: 'AAPL' });
      subscription.dispose();
      await cache.refresh([{ symbol: 'IWM' }]);
      assert.deepEqual(seen, ['AAPL:100']);
    });
  });

  describe('persistence', () => {
    it('serves last-known quotes at once after a restart, marked with their age', async () => {
      const store = new MemoryStore();
      const first = cacheWith({ store });
      await first.get({ symbol: 'AAPL' });
      await first.get({ symbol: 'SHOP', exchange: 'TSX' });
      await first.flush();

      now += 3 * 3600_000;
      const second = cacheWith({ store });
      await second.ready;
      const restored = second.peek({ symbol: 'SHOP', exchange: 'TSX' });
      assert.deepEqual(
        { price: restored?.quote?.price, restored: restored?.restored, stale: restored?.stale, ageMs: restored?.ageMs, exchange: restored?.ticker.exchange },
        { price: 100, restored: true, stale: true, ageMs: 3 * 3600_000, exchange: 'TSX' },
      );
      provider.price = 105;
      const fetched = await second.get({ symbol: 'AAPL' });
      assert.deepEqual([fetched.quote?.price, fetched.restored, fetched.stale], [105, false, false]);
    });

    it('keeps at most maxEntries listings, dropping the least recently used', async () => {
      const store = new MemoryStore();
      const cache = cacheWith({ store, maxEntries: 3 });
      for (const symbol of ['A', 'B', 'C', 'D']) {
        await cache.get({ symbol });
      }
      await cache.get({ symbol: 'B' });
      await cache.get({ symbol: 'E' });
      await cache.flush();
      assert.equal(cache.peek({ symbol: 'A' }), undefined);
      assert.equal(cache.peek({ symbol: 'C' }), undefined);
      const stored = (store.data as { quotes: { ticker: TickerRef }[] }).quotes.map((entry) => entry.ticker.symbol);
      assert.deepEqual(stored, ['D', 'B', 'E']);
    });

    const corrupt: [string, unknown][] = [
      ['a string', 'garbage'],
      ['another version', { version: 99, quotes: [] }],
      ['quotes that are not a list', { version: 1, provider: 'scripted', quotes: {} }],
    ];
    for (const [title, data] of corrupt) {
      it(`discards a corrupt store (${title}) with a log line`, async () => {
        const logger = recordingLogger();
        const cache = cacheWith({ store: new MemoryStore(data), logger });
        await cache.ready;
        assert.match(logger.lines.join('\n'), /Discarded the stored quotes/);
        assert.equal((await cache.get({ symbol: 'AAPL' })).quote?.price, 100);
      });
    }

    it('keeps the readable entries of a damaged store', async () => {
      const logger = recordingLogger();
      const good = { ticker: { symbol: 'AAPL' }, quote: { symbol: 'AAPL', providerSymbol: 'AAPL', provider: 'scripted', price: 9, currency: 'USD', asOf: start }, fetchedAt: start };
      const bad = [{ ticker: { symbol: 'X' }, quote: { price: 'nine' }, fetchedAt: start }, { ticker: { symbol: 'Y', exchange: 'MOON' }, quote: good.quote, fetchedAt: start }, null];
      const cache = cacheWith({ store: new MemoryStore({ version: 1, provider: 'scripted', quotes: [good, ...bad] }), logger });
      await cache.ready;
      assert.equal(cache.peek({ symbol: 'AAPL' })?.quote?.price, 9);
      assert.match(logger.lines.join('\n'), /Discarded 3 unreadable stored quote\(s\)/);
    });

    it('ignores quotes stored by another provider', async () => {
      const cache = cacheWith({ store: new MemoryStore({ version: 1, provider: 'yahoo', quotes: [] }), logger: recordingLogger() });
      await cache.ready;
      assert.equal(cache.peek({ symbol: 'AAPL' }), undefined);
    });

    it('survives a store that cannot load or save', async () => {
      const logger = recordingLogger();
      const broken: QuoteStore = {
        load: () => Promise.reject(new Error('disk on fire')),
        save: () => {
          throw new Error('disk full');
        },
      };
      const cache = cacheWith({ store: broken, logger });
      assert.equal((await cache.get({ symbol: 'AAPL' })).quote?.price, 100);
      await cache.flush();
      assert.match(logger.lines.join('\n'), /Discarded the stored quotes: disk on fire[\s\S]*Could not save last-known quotes: disk full/);
    });

    it('collapses the saves of a burst of quotes while a save is running', async () => {
      const store = new MemoryStore(undefined, 20);
      const cache = cacheWith({ store });
      await Promise.all(Array.from({ length: 20 }, (_, i) => cache.get({ symbol: `S${i}` })));
      await cache.flush();
      assert.ok(store.saves <= 3, `${store.saves} saves`);
      assert.equal((store.data as { quotes: unknown[] }).quotes.length, 20);
    });
  });
});
