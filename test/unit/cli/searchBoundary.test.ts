// Walk-up searches (the lint configuration, the snapshot quotes file) stop at the repository root or the home
// folder: a `.market-notes.json` in a folder above them must not configure a run.

import { strict as assert } from 'node:assert';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LintConfigFinder } from '../../../src/node/lintConfigFiles';
import { findSnapshotProviderAbove } from '../../../src/node/snapshotFiles';
import { isSearchBoundary } from '../../../src/node/searchBoundary';
import { silentLogger } from '../../../src/core/logger';

describe('walk-up searches stop at the repository root or home', () => {
  let outer: string;
  before(async () => {
    outer = await mkdtemp(join(tmpdir(), 'mn-boundary-'));
    // outer/.market-notes.json and outer/.market-notes/quotes.csv: planted above the repository.
    await writeFile(join(outer, '.market-notes.json'), '{ "staleAfterDays": 1 }');
    await mkdir(join(outer, '.market-notes'));
    await writeFile(join(outer, '.market-notes', 'quotes.csv'), 'symbol,price,previousClose,currency,asOf\nAAPL,1,1,USD,2026-01-26\n');
    await mkdir(join(outer, 'repo', '.git'), { recursive: true });
    await mkdir(join(outer, 'repo', 'notes', 'deep'), { recursive: true });
    await mkdir(join(outer, 'worktree', 'notes'), { recursive: true });
    await writeFile(join(outer, 'worktree', '.git'), 'gitdir: /elsewhere\n'); // a worktree's .git is a file
    await mkdir(join(outer, 'home', 'notes'), { recursive: true });
    await mkdir(join(outer, 'plain', 'notes'), { recursive: true });
  });
  after(() => rm(outer, { recursive: true, force: true }));

  it('finds no configuration above a repository root (a .git folder or a worktree .git file)', async () => {
    assert.equal(await new LintConfigFinder(join(outer, 'nowhere')).find(join(outer, 'repo', 'notes', 'deep')), undefined);
    assert.equal(await new LintConfigFinder(join(outer, 'nowhere')).find(join(outer, 'worktree', 'notes')), undefined);
  });

  it('finds no configuration above the home folder', async () => {
    assert.equal(await new LintConfigFinder(join(outer, 'home')).find(join(outer, 'home', 'notes')), undefined);
  });

  it('still finds the one at the root itself, and above a folder that is neither', async () => {
    await writeFile(join(outer, 'repo', '.market-notes.json'), '{ "staleAfterDays": 3 }');
    try {
      const found = await new LintConfigFinder(join(outer, 'nowhere')).find(join(outer, 'repo', 'notes', 'deep'));
      assert.equal(found?.config.staleAfterDays, 3);
    } finally {
      await rm(join(outer, 'repo', '.market-notes.json'));
    }
    const plain = await new LintConfigFinder(join(outer, 'nowhere')).find(join(outer, 'plain', 'notes'));
    assert.equal(plain?.file, join(outer, '.market-notes.json'));
  });

  it('finds no snapshot quotes file above a repository root', async () => {
    assert.equal(await findSnapshotProviderAbove(join(outer, 'repo', 'notes'), silentLogger), undefined);
    assert.ok(await findSnapshotProviderAbove(join(outer, 'plain', 'notes'), silentLogger));
  });

  it('treats home and a .git holder as boundaries, other folders not', async () => {
    assert.equal(await isSearchBoundary(join(outer, 'repo'), '/nowhere'), true);
    assert.equal(await isSearchBoundary(join(outer, 'home'), join(outer, 'home')), true);
    assert.equal(await isSearchBoundary(join(outer, 'plain'), '/nowhere'), false);
  });
});
