// Files a workspace supplies are read only when they are regular files: a committed link named quotes.csv or
// .market-notes.json that points at /dev/zero made lint read until memory ran out, or end with an internal error.
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { silentLogger } from '../../../src/core/logger';
import { loadLintConfigFile } from '../../../src/node/lintConfigFiles';
import { findSnapshotProviderAbove } from '../../../src/node/snapshotFiles';
import { runCli } from './cliHarness';

describe('workspace files that are not regular files', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'mn-regular-files-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('.market-notes.json linked to /dev/zero is a configuration problem, said as one', async () => {
    symlinkSync('/dev/zero', join(dir, '.market-notes.json'));
    const loaded = await loadLintConfigFile(join(dir, '.market-notes.json'));
    assert.deepEqual(loaded?.problems, [{ message: 'cannot read the file: not a regular file (a device, a pipe or a socket)', line: 1, column: 1 }]);
  });

  it('a snapshot quotes file linked to /dev/zero fails its quotes with the reason, without reading it', async () => {
    mkdirSync(join(dir, '.market-notes'));
    symlinkSync('/dev/zero', join(dir, '.market-notes', 'quotes.csv'));
    const provider = await findSnapshotProviderAbove(dir, silentLogger);
    assert.ok(provider);
    await assert.rejects(provider.quote({ symbol: 'AAPL' }), /Cannot read .*quotes\.csv: not a regular file \(a device, a pipe or a socket\)/);
  });
});

// A generated or hostile file of gigabytes: before, `lint` read a 600 MB note for 16 s and 1 GB of memory and then
// failed the whole run (a string too long for V8). Files past 50 MB (VS Code's own limit for extensions) are not read.
describe('workspace files too large to read', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'mn-huge-files-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  /** A sparse file: its size on disk is nothing, its length is what a reader would have to take in. */
  const huge = (file: string, megabytes: number) => {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), '');
    truncateSync(join(dir, file), megabytes * 1024 * 1024);
  };
  const note = (file: string) => writeFileSync(join(dir, file), 'As of November 20, 2026, (NASDAQ: AAPL) closed at $266.25.\n');

  it('lint gives such a note one too-complex finding without reading it, and lints the others', async () => {
    huge('notes/dump.md', 600);
    note('notes/week.md');
    const run = await runCli(['lint', 'notes', '--today', '2026-11-21', '--format', 'json'], { cwd: dir });
    assert.equal(run.code, 0, run.stderr);
    const records = JSON.parse(run.stdout) as Array<{ file: string; ruleId: string; message: string }>;
    assert.deepEqual(records.map((record) => `${record.file} ${record.ruleId}`), ['notes/dump.md too-complex']);
    assert.equal(records[0].message, 'This note is too large to lint (600 MB, larger than the 50 MB Market Notes reads); no rule ran.');
    assert.match(run.stderr, /warning: notes\/dump\.md: This note is too large to lint/);
  });

  it('tickers lists the other notes, says which it skipped, and exits 2', async () => {
    huge('notes/dump.md', 51);
    note('notes/week.md');
    const run = await runCli(['tickers', 'notes', '--format', 'json'], { cwd: dir });
    assert.equal(run.code, 2);
    assert.deepEqual(JSON.parse(run.stdout).map((record: { file: string; symbol: string }) => `${record.file} ${record.symbol}`), ['notes/week.md AAPL']);
    assert.match(run.stderr, /warning: cannot read notes\/dump\.md: 51 MB, larger than the 50 MB Market Notes reads; skipped/);
  });

  it('render refuses such a note with the reason', async () => {
    huge('dump.md', 60);
    const run = await runCli(['render', 'dump.md', '--out', 'charts'], { cwd: dir });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /cannot read dump\.md: 60 MB, larger than the 50 MB Market Notes reads/);
  });

  it('a quotes file or a configuration that large is a problem said as one, not read', async () => {
    huge('.market-notes/quotes.csv', 80);
    const provider = await findSnapshotProviderAbove(dir, silentLogger);
    assert.ok(provider);
    await assert.rejects(provider.quote({ symbol: 'AAPL' }), /Cannot read .*quotes\.csv: 80 MB, larger than the 50 MB Market Notes reads/);
    huge('.market-notes.json', 70);
    const loaded = await loadLintConfigFile(join(dir, '.market-notes.json'));
    assert.deepEqual(loaded?.problems, [{ message: 'cannot read the file: 70 MB, larger than the 50 MB Market Notes reads', line: 1, column: 1 }]);
  });
});
