import { strict as assert } from 'node:assert';
import { QuoteError } from '../../../src/core/quotes/quote';
import { SnapshotProvider } from '../../../src/core/quotes/snapshotProvider';
import type { Logger } from '../../../src/core/logger';

function recordingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return { lines, trace: () => undefined, info: (m) => lines.push(`info ${m}`), warn: (m) => lines.push(`warn ${m}`), error: (m) => lines.push(`error ${m}`) };
}

const csv = 'symbol,price,previousClose,currency,asOf\nAAPL,272.41,269.80,USD,2026-11-20T16:00:00-05:00\n';

async function rejection(promise: Promise<unknown>): Promise<QuoteError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof QuoteError, `expected a QuoteError, got ${String(error)}`);
    return error;
  }
  assert.fail('expected a rejection');
}

describe('SnapshotProvider', () => {
  it('serves a quote from the CSV, read once for many look-ups', async () => {
    let reads = 0;
    const provider = new SnapshotProvider(async (path) => (reads++, path.endsWith('.csv') ? csv : undefined), recordingLogger());
    const quote = await provider.quote({ symbol: 'AAPL' });
    await provider.quote({ symbol: 'AAPL' });
    assert.deepEqual([quote.symbol, quote.price, quote.previousClose, quote.currency, quote.provider], ['AAPL', 272.41, 269.8, 'USD', 'snapshot']);
    assert.equal(reads, 1);
  });

  it('falls back to quotes.json when there is no CSV', async () => {
    const json = '[{"symbol":"IWM","price":246.92,"previousClose":243.11,"currency":"USD","asOf":"2026-11-20"}]';
    const provider = new SnapshotProvider(async (path) => (path.endsWith('.json') ? json : undefined), recordingLogger());
    assert.equal((await provider.quote({ symbol: 'IWM' })).price, 246.92);
    assert.equal((await provider.source()).file, '.market-notes/quotes.json');
  });

  it('says a symbol is not in the snapshot, naming the file', async () => {
    const provider = new SnapshotProvider(async () => csv, recordingLogger(), 'examples');
    const error = await rejection(provider.quote({ symbol: 'ZZZZ' }));
    assert.equal(error.kind, 'unknown-symbol');
    assert.equal(error.message, 'ZZZZ is not in the snapshot (examples/.market-notes/quotes.csv)');
  });

  it('logs a malformed file once and puts the same message on every failed look-up', async () => {
    const logger = recordingLogger();
    const provider = new SnapshotProvider(async () => 'symbol,price,previousClose,currency,asOf\nAAPL,oops,1,USD,2026-01-01\n', logger);
    const first = await rejection(provider.quote({ symbol: 'AAPL' }));
    const second = await rejection(provider.quote({ symbol: 'MSFT' }));
    assert.equal(first.kind, 'source-invalid');
    assert.equal(first.message, 'Malformed quotes file: .market-notes/quotes.csv line 2: price "oops" is not a non-negative number');
    assert.equal(second.message, first.message);
    assert.deepEqual(logger.lines.filter((line) => line.startsWith('error')), [`error ${first.message}`]);
  });

  it('reads the file again after invalidate()', async () => {
    let text = csv;
    const provider = new SnapshotProvider(async () => text, recordingLogger());
    assert.equal((await provider.quote({ symbol: 'AAPL' })).price, 272.41);
    text = csv.replace('272.41', '280.00');
    assert.equal((await provider.quote({ symbol: 'AAPL' })).price, 272.41);
    provider.invalidate();
    assert.equal((await provider.quote({ symbol: 'AAPL' })).price, 280);
  });

  it('explains how to create the file when there is none', async () => {
    const error = await rejection(new SnapshotProvider(async () => undefined, recordingLogger()).quote({ symbol: 'AAPL' }));
    assert.equal(error.kind, 'source-invalid');
    assert.match(error.message, /No snapshot quotes file: create \.market-notes\/quotes\.csv or \.market-notes\/quotes\.json/);
  });

  it('turns a read failure into a QuoteError with its cause', async () => {
    const error = await rejection(new SnapshotProvider(async () => Promise.reject(new Error('EACCES: permission denied')), recordingLogger()).quote({ symbol: 'AAPL' }));
    assert.equal(error.kind, 'source-invalid');
    assert.match(error.message, /Cannot read \.market-notes\/quotes\.csv: EACCES: permission denied/);
  });
});
