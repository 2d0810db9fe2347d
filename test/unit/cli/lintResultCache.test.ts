// `market-notes lint` keeps each note's own result between runs (src/node/lintResultCache.ts) and lints again only
// what changed; conflicting-figures still compares every note with the others on every run.
import { strict as assert } from 'node:assert';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { JsonFinding } from '../../../src/core/lint';
import { openLintResultCache, type FileStamp, type KeptLint, type NoteFileState } from '../../../src/node/lintResultCache';
import { runCli } from './cliHarness';

describe('market-notes lint: results kept between runs', function () {
  this.timeout(120_000);
  let dir: string;
  let cache: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'mn-kept-'));
    cache = join(dir, 'cache');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const write = (file: string, text: string) => {
    mkdirSync(join(dir, 'notes', file, '..'), { recursive: true });
    writeFileSync(join(dir, 'notes', file), text);
  };
  const lint = async (...args: string[]) => {
    const run = await runCli(['lint', 'notes', '--today', '2026-11-23', '--format', 'json', ...args], { cwd: dir, env: { MARKET_NOTES_CACHE_DIR: cache } });
    assert.ok(run.code === 0 || run.code === 1, run.stderr);
    return (JSON.parse(run.stdout) as JsonFinding[]).map((finding) => `${finding.file}:${finding.line} ${finding.ruleId}: ${finding.message}`);
  };
  const cacheFile = () => join(cache, readdirSync(cache).find((name) => name.endsWith('.json'))!);
  /** Rewrites every kept finding's message: a run that shows it used what was kept. */
  const plant = (message: string) => {
    const kept = JSON.parse(readFileSync(cacheFile(), 'utf8'));
    for (const entry of Object.values(kept.notes) as Array<{ result: { findings: Array<{ message: string }> } }>) {
      for (const finding of entry.result.findings) finding.message = message;
    }
    writeFileSync(cacheFile(), JSON.stringify(kept));
  };

  const staleNote = '# Desk note\n\nAs of October 1, 2026, (NASDAQ: AAPL) closed at $250.00.\n';

  it('uses a kept result while the note, its settings and quotes are unchanged, and lints again when one changes', async () => {
    write('a.md', staleNote);
    const first = await lint();
    assert.ok(first.some((line) => line.includes('stale-as-of')), first.join('\n'));
    plant('kept from the last run');
    assert.ok((await lint()).some((line) => line.endsWith('stale-as-of: kept from the last run')));
    // Another reference date: linted again.
    const otherDay = await runCli(['lint', 'notes', '--today', '2026-11-24', '--format', 'json'], { cwd: dir, env: { MARKET_NOTES_CACHE_DIR: cache } });
    assert.doesNotMatch(otherDay.stdout, /kept from the last run/);
    // --no-cache: linted again, whatever was kept.
    plant('kept from the last run');
    assert.ok(!(await lint('--no-cache')).some((line) => line.includes('kept from the last run')));
    // Another configuration: linted again.
    plant('kept from the last run');
    writeFileSync(join(dir, '.market-notes.json'), JSON.stringify({ staleAfterDays: 90 }));
    assert.ok(!(await lint()).some((line) => line.includes('kept from the last run')));
    // Another text: linted again.
    plant('kept from the last run');
    write('a.md', staleNote.replace('$250.00', '$251.00'));
    assert.ok(!(await lint()).some((line) => line.includes('kept from the last run')));
  });

  it('lints a kept note again when a quote it was checked against changed', async () => {
    mkdirSync(join(dir, '.market-notes'));
    const snapshot = (price: string) => writeFileSync(join(dir, '.market-notes/quotes.csv'), `symbol,price,previousClose,currency,asOf,name,exchange\nAAPL,${price},249.00,USD,2026-11-20T16:00:00-05:00,Apple Inc.,Nasdaq\n`);
    snapshot('250.10');
    write('a.md', '# Desk note\n\nAs of November 20, 2026, (NASDAQ: AAPL) closed at $250.00.\n');
    assert.deepEqual((await lint()).filter((line) => line.includes('price-drift')), []);
    snapshot('290.00');
    const drifted = await lint();
    assert.ok(drifted.some((line) => line.includes('price-drift') && line.includes('$290.00')), drifted.join('\n'));
    plant('kept from the last run');
    assert.ok((await lint()).some((line) => line.endsWith('price-drift: kept from the last run')));
  });

  it('compares a kept note with a changed one: conflicting-figures runs over every note on every run', async () => {
    write('a.md', '# Monday\n\nAs of November 20, 2026, the S&P 500 is up more than 12% year to date.\n');
    write('b.md', '# Tuesday\n\nAs of November 20, 2026, the S&P 500 is up more than 12% year to date.\n');
    // "More than 12%" runs to Infinity, which JSON cannot hold: kept and read back, it must still agree with itself.
    assert.deepEqual(await lint(), []);
    assert.deepEqual(await lint(), []);
    write('b.md', '# Tuesday\n\nAs of November 20, 2026, the S&P 500 is up 9% year to date.\n');
    const conflicting = await lint();
    assert.deepEqual(
      conflicting.map((line) => line.split(':').slice(0, 2).join(':')),
      ['notes/a.md:3 conflicting-figures', 'notes/b.md:3 conflicting-figures'],
      conflicting.join('\n'),
    );
    // a.md was kept from the run before; its conflict with the new b.md is found all the same.
    assert.match(conflicting[0], /more than \+12% as of November 20, 2026 here, but \+9% as of November 20, 2026 at notes\/b\.md:3/);
    assert.deepEqual(await lint(), conflicting);
    write('b.md', '# Tuesday\n\nAs of November 20, 2026, the S&P 500 is up 14% year to date.\n');
    assert.deepEqual(await lint(), []);
  });

  it('starts afresh from a cache file that is junk', async () => {
    write('a.md', staleNote);
    const expected = await lint();
    writeFileSync(cacheFile(), Buffer.from([0x00, 0xff, 0x7b, 0x22, 0x0a, 0xfe]));
    assert.deepEqual(await lint(), expected);
    assert.ok(Array.isArray(JSON.parse(readFileSync(cacheFile(), 'utf8')).settings)); // written anew
  });

  it('refuses a cache folder that others may write to', async function () {
    if (typeof process.getuid !== 'function') this.skip();
    write('a.md', staleNote);
    await lint();
    plant('planted by someone else');
    chmodSync(cache, 0o777);
    assert.ok(!(await lint()).some((line) => line.includes('planted by someone else')));
  });
});

describe('lint results kept between runs: when a note is read again', () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'mn-kept-unit-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  const result: KeptLint = { findings: [], figures: [], conflictsMutedOn: [], quotes: [] };
  const old = Date.now() - 60_000;
  /** A note whose text counts its reads. */
  const note = (text: string, stamp: FileStamp | undefined) => {
    const state = { reads: 0, stamp, stampedAt: Date.now(), text: () => (state.reads++, text) };
    return state satisfies NoteFileState;
  };
  const open = () => openLintResultCache('build-1', '/work/notes', folder);
  const keepThenReopen = async (kept: ReturnType<typeof note>) => {
    const cache = await open();
    await cache.keep('a.md', kept, 'settings', result);
    await cache.save();
    return open();
  };

  it('trusts an old stamp that is as it was, without reading the note', async () => {
    const stamp = { size: 5, mtimeMs: old, ctimeMs: old, ino: 7 };
    const cache = await keepThenReopen(note('text\n', stamp));
    const again = note('changed behind a stamp that is the same', stamp);
    assert.deepEqual(await cache.find('a.md', again, 'settings'), result);
    assert.equal(again.reads, 0);
  });

  it('reads the note when its stamp changed, and keeps the result if the text did not', async () => {
    const cache = await keepThenReopen(note('text\n', { size: 5, mtimeMs: old, ctimeMs: old, ino: 7 }));
    const touched = note('text\n', { size: 5, mtimeMs: old + 1000, ctimeMs: old + 1000, ino: 7 });
    assert.deepEqual(await cache.find('a.md', touched, 'settings'), result);
    assert.equal(touched.reads, 1);
    const edited = note('text!\n', { size: 6, mtimeMs: old + 2000, ctimeMs: old + 2000, ino: 7 });
    assert.equal(await cache.find('a.md', edited, 'settings'), undefined);
    // The touched stamp was taken: the next run trusts it without reading.
    await cache.save();
    const next = note('anything', touched.stamp);
    assert.deepEqual(await (await open()).find('a.md', next, 'settings'), result);
    assert.equal(next.reads, 0);
  });

  it('reads a note whose stamp was too fresh to trust when it was taken (a write in the same tick could follow)', async () => {
    const fresh = { size: 5, mtimeMs: Date.now(), ctimeMs: Date.now(), ino: 7 };
    const cache = await keepThenReopen(note('text\n', fresh));
    const sameTick = note('texT\n', fresh);
    assert.equal(await cache.find('a.md', sameTick, 'settings'), undefined);
    assert.equal(sameTick.reads, 1);
  });

  it('keeps nothing across builds of the lint server, settings, folders or paths', async () => {
    const stamp = { size: 5, mtimeMs: old, ctimeMs: old, ino: 7 };
    await keepThenReopen(note('text\n', stamp));
    assert.equal(await (await openLintResultCache('build-2', '/work/notes', folder)).find('a.md', note('text\n', stamp), 'settings'), undefined);
    assert.equal(await (await open()).find('a.md', note('text\n', stamp), 'other settings'), undefined);
    assert.equal(await (await openLintResultCache('build-1', '/work/other', folder)).find('a.md', note('text\n', stamp), 'settings'), undefined);
    assert.equal(await (await open()).find('b.md', note('text\n', stamp), 'settings'), undefined);
  });
});
