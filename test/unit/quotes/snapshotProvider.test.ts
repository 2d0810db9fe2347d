import { strict as assert } from 'node:assert';
import { SnapshotProvider } from '../../../src/core/quotes/snapshotProvider';
import type { Logger } from '../../../src/core/logger';
import { rejection } from './faultMatrix';

function recordingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return { lines, trace: () => undefined, info: (m) => lines.push(`info ${m}`), warn: (m) => lines.push(`warn ${m}`), error: (m) => lines.push(`error ${m}`) };
}

const csv = 'symbol,price,previousClose,currency,asOf\nAAPL,272.41,269.80,USD,2026-11-20T16:00:00-05:00\n';

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

  it('answers a listing on another market with none: one row a symbol is that row\'s listing', async () => {
    const rows =
      'symbol,price,previousClose,currency,asOf,name,exchange\n' +
      'VOD,74.18,73.90,GBp,2026-11-20T16:35:00+00:00,Vodafone Group Plc,London Stock Exchange\n' +
      'SPY,668.21,665.40,USD,2026-11-20T16:00:00-05:00,SPDR S&P 500 ETF Trust,NYSE Arca\n';
    const provider = new SnapshotProvider(async (path) => (path.endsWith('.csv') ? rows : undefined), recordingLogger(), 'examples');
    const adr = await rejection(provider.quote({ symbol: 'VOD', exchange: 'NASDAQ' }));
    assert.equal(adr.kind, 'unknown-symbol');
    assert.equal(adr.message, 'VOD on Nasdaq is not in the snapshot (examples/.market-notes/quotes.csv): its VOD row is the London Stock Exchange listing');
    // The row's own market, the symbol with no market, and another US venue of one US listing are answered.
    assert.equal((await provider.quote({ symbol: 'VOD', exchange: 'LSE' })).currency, 'GBp');
    assert.equal((await provider.quote({ symbol: 'VOD' })).currency, 'GBp');
    assert.equal((await provider.quote({ symbol: 'SPY', exchange: 'NYSE' })).price, 668.21);
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

describe('SnapshotProvider history', () => {
  const history = 'date,close\n2026-11-17,240.10\n2026-11-18,241.5\n2026-11-19,243.11\n2026-11-20,246.92\n';
  const files: Record<string, string> = { '.market-notes/history/IWM.csv': history, '.market-notes/quotes.csv': csv };
  const provider = () => new SnapshotProvider(async (path) => files[path], recordingLogger(), 'examples');

  it('reads daily closes oldest first, counting ranges back from the last bar', async () => {
    const bars = (await provider().history({ symbol: 'IWM' }, '5d')).bars;
    assert.deepEqual(bars.map((bar) => bar.close), [240.1, 241.5, 243.11, 246.92]);
    const month = await provider().history({ symbol: 'iwm' }, '1mo');
    assert.equal(month.bars.length, 4);
    assert.equal(month.symbol, 'IWM');
  });

  it('says which symbol has no history file', async () => {
    const error = await rejection(provider().history({ symbol: 'QQQ' }, '3mo'));
    assert.equal(error.kind, 'unknown-symbol');
    assert.equal(error.message, 'QQQ has no history in the snapshot (examples/.market-notes/history/QQQ.csv)');
  });

  it('names the file and line of a malformed history row', async () => {
    files['.market-notes/history/BAD.csv'] = 'date,close\n2026-11-19,1\n20/11/2026,2\n';
    const error = await rejection(provider().history({ symbol: 'BAD' }, '5d'));
    assert.equal(error.kind, 'source-invalid');
    assert.match(error.message, /examples\/\.market-notes\/history\/BAD\.csv line 3: date "20\/11\/2026" is not an ISO 8601 date/);
  });

  it('reads the examples workspace history that charts use', async () => {
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const root = join(__dirname, '..', '..', '..', 'examples');
    const examples = new SnapshotProvider(async (path) => readFileSync(join(root, path), 'utf8'), recordingLogger());
    const year = await examples.history({ symbol: 'IWM' }, '1y');
    assert.ok(year.bars.length > 240);
    assert.equal(year.bars.at(-1)?.close, (await examples.quote({ symbol: 'IWM' })).price);
  });
});
