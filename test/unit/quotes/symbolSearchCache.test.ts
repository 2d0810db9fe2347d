import { strict as assert } from 'node:assert';
import { QuoteError } from '../../../src/core/quotes/quote';
import { SymbolSearchCache, type SymbolMatch } from '../../../src/core/quotes/search';

const ko: SymbolMatch = { symbol: 'KO', name: 'The Coca-Cola Company', exchange: 'NYSE', source: 'test' };

function harness(answer: (text: string, signal: AbortSignal) => Promise<SymbolMatch[]>) {
  let now = 1_000_000;
  const asked: string[] = [];
  const warnings: string[] = [];
  const cache = new SymbolSearchCache({
    clock: () => now,
    logger: { trace: () => undefined, info: () => undefined, warn: (m) => warnings.push(m), error: () => undefined },
    search: (text, signal) => {
      asked.push(text);
      return answer(text, signal);
    },
  });
  return { cache, asked, warnings, advance: (ms: number) => (now += ms) };
}

describe('SymbolSearchCache', () => {
  it('sends nothing for fewer than 2 characters', async () => {
    const { cache, asked } = harness(async () => [ko]);
    assert.deepEqual(await cache.search('k'), { matches: [] });
    assert.deepEqual(await cache.search('  '), { matches: [] });
    assert.equal(asked.length, 0);
  });

  it('asks once per query, whatever its case and spacing, and answers later calls from memory', async () => {
    const { cache, asked } = harness(async () => [ko]);
    assert.equal(cache.peek('coca'), undefined);
    assert.deepEqual((await cache.search('Coca')).matches, [ko]);
    assert.deepEqual((await cache.search('  coca ')).matches, [ko]);
    assert.deepEqual(cache.peek('COCA'), [ko]);
    assert.deepEqual(asked, ['coca']);
  });

  it('merges concurrent searches for the same query into one request', async () => {
    const { cache, asked } = harness(() => new Promise((resolve) => setTimeout(() => resolve([ko]), 20)));
    const answers = await Promise.all([cache.search('coca'), cache.search('coca'), cache.search('COCA')]);
    assert.equal(asked.length, 1);
    for (const answer of answers) assert.deepEqual(answer.matches, [ko]);
  });

  it('a rate limit silences every query for its retry window, without a request, then lets them through', async () => {
    let limited = true;
    const { cache, asked, advance, warnings } = harness(async () => {
      if (limited) throw new QuoteError('rate-limited', 'Yahoo rate-limited the request for the search "coca" (HTTP 429)', { retryAfterMs: 7000 });
      return [ko];
    });
    const first = await cache.search('coca');
    assert.equal(first.error?.kind, 'rate-limited');
    assert.deepEqual(first.matches, []);
    assert.ok(cache.blockedUntil());
    const other = await cache.search('pepsi');
    assert.equal(other.error?.kind, 'rate-limited');
    assert.deepEqual(asked, ['coca']);
    assert.equal(warnings.length, 1);
    limited = false;
    advance(7001);
    assert.equal(cache.blockedUntil(), undefined);
    assert.deepEqual((await cache.search('coca')).matches, [ko]);
    assert.deepEqual(asked, ['coca', 'coca']);
  });

  it('other failures wait out their own window for that query only', async () => {
    const { cache, asked, advance } = harness(async (text) => {
      if (text === 'down') throw new QuoteError('network', 'Could not reach Yahoo for the search "down"');
      return [ko];
    });
    assert.equal((await cache.search('down')).error?.kind, 'network');
    assert.equal((await cache.search('down')).error?.kind, 'network');
    assert.deepEqual((await cache.search('coca')).matches, [ko]);
    assert.deepEqual(asked, ['down', 'coca']);
    advance(10_001);
    await cache.search('down');
    assert.deepEqual(asked, ['down', 'coca', 'down']);
  });

  it('aborts the request once every caller has stopped waiting, and remembers no failure for it', async () => {
    let aborted = false;
    const { cache, asked } = harness(
      (_text, signal) =>
        new Promise((_resolve, reject) => {
          signal.addEventListener('abort', () => {
            aborted = true;
            reject(new QuoteError('network', 'cancelled'));
          });
        }),
    );
    const first = new AbortController();
    const second = new AbortController();
    const searches = [cache.search('meta', first.signal), cache.search('meta', second.signal)];
    first.abort();
    await searches[0];
    assert.equal(aborted, false, 'another caller still waits');
    second.abort();
    const answers = await Promise.all(searches);
    assert.ok(answers.every((answer) => answer.cancelled));
    await new Promise((resolve) => setTimeout(resolve, 0));
    assert.equal(aborted, true);
    // Not a failure: the next search asks again at once.
    const again = cache.search('meta', AbortSignal.abort());
    assert.equal((await again).cancelled, true);
    assert.equal(asked.length, 1);
  });
});
