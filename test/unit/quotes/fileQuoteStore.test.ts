import { strict as assert } from 'node:assert';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Quote, QuoteProvider } from '../../../src/core/quotes/quote';
import { QuoteCache } from '../../../src/core/quotes/quoteCache';
import { FileQuoteStore } from '../../../src/node/fileQuoteStore';

describe('FileQuoteStore', () => {
  let folder: string;

  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'market-notes-store-'));
  });
  afterEach(() => rm(folder, { recursive: true, force: true }));

  it('answers undefined when there is no file yet', async () => {
    assert.equal(await new FileQuoteStore(join(folder, 'none.json')).load(), undefined);
  });

  it('round-trips data through a new folder, leaving no temporary files', async () => {
    const store = new FileQuoteStore(join(folder, 'nested', 'quotes.json'));
    await store.save({ version: 1, quotes: [1, 2] });
    assert.deepEqual(await store.load(), { version: 1, quotes: [1, 2] });
    assert.deepEqual(await readdir(join(folder, 'nested')), ['quotes.json']);
  });

  it('keeps the last of overlapping saves', async () => {
    const store = new FileQuoteStore(join(folder, 'quotes.json'));
    await Promise.all(Array.from({ length: 10 }, (_, i) => store.save({ n: i })));
    assert.deepEqual(await store.load(), { n: 9 });
  });

  it('rejects a file that is not JSON with a message naming it', async () => {
    const path = join(folder, 'quotes.json');
    await writeFile(path, '{"version": 1, "quo');
    await assert.rejects(new FileQuoteStore(path).load(), (error: Error) => error.message.startsWith(`${path} is not JSON`));
  });

  it('lets the cache start empty from a corrupt file, with a log line, and then repair it', async () => {
    const path = join(folder, 'quotes.json');
    await writeFile(path, '\u0000\u0001 not json');
    const lines: string[] = [];
    const log = (message: string) => lines.push(message);
    const provider: QuoteProvider = {
      id: 'fixed',
      displayName: 'Fixed',
      quote: async (ticker): Promise<Quote> => ({ symbol: ticker.symbol, providerSymbol: ticker.symbol, provider: 'fixed', price: 1, currency: 'USD', asOf: 0 }),
    };
    const cache = new QuoteCache({ provider, store: new FileQuoteStore(path), logger: { trace: log, info: log, warn: log, error: log } });
    assert.equal((await cache.get({ symbol: 'AAPL' })).quote?.price, 1);
    await cache.flush();
    assert.match(lines.join('\n'), /Discarded the stored quotes: .*quotes\.json is not JSON/);
    const restarted = new QuoteCache({ provider, store: new FileQuoteStore(path) });
    await restarted.ready;
    assert.equal(restarted.peek({ symbol: 'AAPL' })?.restored, true);
  });
});
