// Notes, quotes files and configurations read as the editor reads them: UTF-16 with a byte-order mark as text, a
// UTF-8 mark not counted as a character, and a binary file with a note's name said to be one — before, a UTF-16 note
// was read as NUL-ridden noise and reported clean, and random bytes gave `tickers` symbols.
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { silentLogger } from '../../../src/core/logger';
import { loadLintConfigFile } from '../../../src/node/lintConfigFiles';
import { findSnapshotProviderAbove } from '../../../src/node/snapshotFiles';
import { runCli } from './cliHarness';

const utf16le = (text: string) => Buffer.from(`\uFEFF${text}`, 'utf16le');
/** Bytes as a binary file with a Markdown name holds them: a PNG's header, NUL bytes, and letters a scan could take for tickers. */
const binary = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), Buffer.from(' $R (IHDR) $E\n\u0000 (NYSE: XX)\n')]);

describe('reading files by their encoding', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'mn-encodings-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const write = (file: string, bytes: string | Buffer) => {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), bytes);
  };
  const tickers = async (...files: string[]) => {
    const run = await runCli(['tickers', ...files, '--format', 'json'], { cwd: dir });
    return { ...run, records: (JSON.parse(run.stdout) as Array<{ file: string; line: number; column: number; symbol: string }>).map((r) => `${r.file}:${r.line}:${r.column} ${r.symbol}`) };
  };

  it('tickers reads a UTF-16 note, either byte order, at the positions the editor shows', async () => {
    const note = '# Week 47\n\nApple (NASDAQ: AAPL) and $TSLA led.\n';
    write('le.md', utf16le(note));
    write('be.md', utf16le(note).swap16());
    const run = await tickers('le.md', 'be.md');
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(run.records, ['le.md:3:8 AAPL', 'le.md:3:26 TSLA', 'be.md:3:8 AAPL', 'be.md:3:26 TSLA']);
  });

  it('a UTF-8 mark is not a character: a cashtag that opens the note is read, at column 1', async () => {
    write('bom.md', Buffer.from('\uFEFF$AAPL opened the week at a record.\n'));
    assert.deepEqual((await tickers('bom.md')).records, ['bom.md:1:1 AAPL']);
  });

  it('tickers skips a binary file with a note\'s name, says why, lists the others, and exits 2', async () => {
    write('notes/chart.md', binary);
    write('notes/week.md', '(NASDAQ: AAPL) rose.\n');
    const run = await tickers('notes');
    assert.equal(run.code, 2);
    assert.deepEqual(run.records, ['notes/week.md:1:2 AAPL']);
    assert.match(run.stderr, /^warning: cannot read notes\/chart\.md: not text \(it holds NUL bytes; Market Notes reads files in UTF-8, or in UTF-16 with a byte-order mark\); skipped$/m);
  });

  it('UTF-16 without a mark is not guessed at: it is said to be no text, as a binary file is', async () => {
    write('nomark.md', Buffer.from('(NASDAQ: AAPL) rose.\n', 'utf16le'));
    const run = await tickers('nomark.md');
    assert.equal(run.code, 2);
    assert.match(run.stderr, /cannot read nomark\.md: not text/);
  });

  it('lint gives a binary file one finding that says why no rule ran, and lints the other notes', async () => {
    write('notes/chart.md', binary);
    write('notes/week.md', 'As of January 5, 2026, (NASDAQ: AAPL) closed at $250.10.\n');
    write('notes/windows.md', utf16le('As of February 2, 2026, (NASDAQ: MSFT) closed at $410.00.\n'));
    const run = await runCli(['lint', 'notes', '--today', '2026-11-21', '--format', 'json'], { cwd: dir });
    assert.equal(run.code, 0, run.stderr);
    const records = JSON.parse(run.stdout) as Array<{ file: string; line: number; column: number; ruleId: string; severity: string; message: string }>;
    assert.deepEqual(records.map((r) => `${r.file}:${r.line}:${r.column} ${r.ruleId}`), [
      'notes/chart.md:1:1 too-complex',
      'notes/week.md:1:7 stale-as-of',
      'notes/windows.md:1:7 stale-as-of',
    ]);
    assert.equal(records[0].severity, 'info');
    assert.equal(records[0].message, 'This file is not text (it holds NUL bytes; Market Notes reads files in UTF-8, or in UTF-16 with a byte-order mark); no rule ran.');
    assert.match(run.stderr, /^warning: cannot read notes\/chart\.md: not text .*; not linted$/m);
  });

  it('a quotes file exported as UTF-16 (Excel\'s "Unicode text") and a configuration with a UTF-8 mark are read', async () => {
    write('.market-notes/quotes.csv', utf16le('symbol,price,previousClose,currency,asOf\r\nAAPL,272.41,269.80,USD,2026-11-20T16:00:00-05:00\r\n'));
    const provider = await findSnapshotProviderAbove(dir, silentLogger);
    assert.equal((await provider!.quote({ symbol: 'AAPL' })).price, 272.41);
    write('.market-notes.json', Buffer.from('\uFEFF{ "rules": { "stale-as-of": "off" } }'));
    const loaded = await loadLintConfigFile(join(dir, '.market-notes.json'));
    assert.deepEqual(loaded?.problems, []);
    assert.equal(loaded?.config.rules['stale-as-of'], 'off');
  });

  it('a quotes file that is not text is a problem said as one', async () => {
    write('.market-notes/quotes.csv', binary);
    const provider = await findSnapshotProviderAbove(dir, silentLogger);
    await assert.rejects(provider!.quote({ symbol: 'AAPL' }), /quotes\.csv: not text \(it holds NUL bytes/);
  });
});
