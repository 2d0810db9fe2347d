// Files a workspace supplies are read only when they are regular files: a committed link named quotes.csv or
// .market-notes.json that points at /dev/zero made lint read until memory ran out, or end with an internal error.
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { silentLogger } from '../../../src/core/logger';
import { loadLintConfigFile } from '../../../src/node/lintConfigFiles';
import { findSnapshotProviderAbove } from '../../../src/node/snapshotFiles';

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
