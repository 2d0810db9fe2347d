// V8's code cache for the lint server's script: a run leaves it, the next one's V8 takes it, and it is never read
// from a folder someone else could have written.
import { strict as assert } from 'node:assert';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vm from 'node:vm';
import { loadCodeCache } from '../../../src/node/codeCache';

describe('code cache for the lint server script', function () {
  this.timeout(30_000);
  let temp: string;
  let savedTmp: string | undefined;
  const folder = () => join(temp, `market-notes-code-cache-${process.getuid!()}`);
  const source = `globalThis.answer = (function sum(n) { let s = 0; for (let i = 0; i < n; i++) s += i; return s; })(1000); // ${Math.random()}`;

  beforeEach(() => {
    temp = mkdtempSync(join(tmpdir(), 'mn-code-cache-'));
    savedTmp = process.env.TMPDIR;
    process.env.TMPDIR = temp; // os.tmpdir() reads it
  });
  afterEach(() => {
    if (savedTmp === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = savedTmp;
    rmSync(temp, { recursive: true, force: true });
  });

  it('a run writes the code; the next run reads it and V8 accepts it', async () => {
    const first = await loadCodeCache('server', 'v1', {});
    assert.equal(first.data, undefined);
    const script = new vm.Script(source);
    script.runInNewContext({});
    await first.save(script);
    assert.equal(readdirSync(folder()).length, 1);

    const second = await loadCodeCache('server', 'v1', {});
    assert.ok(second.data && second.data.length > 0);
    const reused = new vm.Script(source, { cachedData: second.data });
    assert.equal(reused.cachedDataRejected, false);
  });

  it('another identity of the script does not read it; the four versions written last are kept', async () => {
    await (await loadCodeCache('server', 'v1', {})).save(new vm.Script(source));
    const second = await loadCodeCache('server', 'v2', {});
    assert.equal(second.data, undefined);
    for (const version of ['v2', 'v3', 'v4', 'v5']) {
      await new Promise((resolve) => setTimeout(resolve, 20)); // distinct write times
      await (await loadCodeCache('server', version, {})).save(new vm.Script(source));
    }
    assert.deepEqual(readdirSync(folder()).map((file) => file.split('-')[1]).sort(), ['v2', 'v3', 'v4', 'v5']);
    assert.ok((await loadCodeCache('server', 'v2', {})).data, 'an older version still in use keeps its code');
  });

  it('NODE_DISABLE_COMPILE_CACHE, or no identity (a script built on the fly), keeps no cache', async () => {
    for (const cache of [await loadCodeCache('server', 'v1', { NODE_DISABLE_COMPILE_CACHE: '1' }), await loadCodeCache('server', undefined, {})]) {
      await cache.save(new vm.Script(source));
      assert.equal(cache.data, undefined);
    }
    assert.deepEqual(readdirSync(temp), []);
  });

  it('a folder that others may write to is neither read nor written', async () => {
    mkdirSync(folder(), { mode: 0o700 });
    chmodSync(folder(), 0o777);
    const cache = await loadCodeCache('server', 'v1', {});
    await cache.save(new vm.Script(source));
    assert.equal(cache.data, undefined);
    assert.deepEqual(readdirSync(folder()), []);
  });
});
