// lint --fix writes a note only when the file still holds the text that was linted, and atomically.
import { strict as assert } from 'node:assert';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, chmodSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LintedNote } from '../../../src/cli/lintNotes';
import { writeFixedNotes } from '../../../src/cli/writeFixes';

describe('lint --fix: writing the fixed notes', () => {
  let dir: string;
  let stderr: string;
  const io = () => ({ cwd: dir, env: {}, stdout: () => undefined, stderr: (text: string) => (stderr += text) });
  const fixedNote = (file: string, text: string): LintedNote => ({
    file,
    findings: [],
    text,
    changes: [{ ruleId: 'price-drift', line: 1, column: 5, before: '1.00', after: '2.00' }],
  });
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'mn-write-fixes-'));
    stderr = '';
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('replaces the note, keeps its file mode, prints the change and leaves no temporary file', async () => {
    writeFileSync(join(dir, 'a.md'), 'At $1.00.\n');
    chmodSync(join(dir, 'a.md'), 0o640);
    const outcome = await writeFixedNotes([fixedNote('a.md', 'At $2.00.\n')], new Map([['a.md', 'At $1.00.\n']]), io());
    assert.deepEqual(outcome, { written: 1, fixes: 1, refused: 0 });
    assert.equal(readFileSync(join(dir, 'a.md'), 'utf8'), 'At $2.00.\n');
    assert.equal(statSync(join(dir, 'a.md')).mode & 0o777, 0o640);
    assert.equal(stderr, 'fixed a.md:1:5 price-drift: "1.00" → "2.00"\n');
    assert.deepEqual(readdirSync(dir), ['a.md']);
  });

  it('leaves a note that changed on disk after it was read', async () => {
    writeFileSync(join(dir, 'a.md'), 'At $1.00, and a sentence the writer just typed.\n');
    const outcome = await writeFixedNotes([fixedNote('a.md', 'At $2.00.\n')], new Map([['a.md', 'At $1.00.\n']]), io());
    assert.deepEqual(outcome, { written: 0, fixes: 0, refused: 1 });
    assert.equal(readFileSync(join(dir, 'a.md'), 'utf8'), 'At $1.00, and a sentence the writer just typed.\n');
    assert.match(stderr, /^not fixed: a\.md: changed on disk while it was linted; run again$/m);
  });

  it('leaves a file with NUL bytes (not text) and one it cannot find any more', async () => {
    writeFileSync(join(dir, 'bin.md'), 'At $1.00.\u0000\n');
    const outcome = await writeFixedNotes(
      [fixedNote('bin.md', 'At $2.00.\u0000\n'), fixedNote('gone.md', 'At $2.00.\n')],
      new Map([['bin.md', 'At $1.00.\u0000\n'], ['gone.md', 'At $1.00.\n']]),
      io(),
    );
    assert.deepEqual(outcome, { written: 0, fixes: 0, refused: 2 });
    assert.match(stderr, /not fixed: bin\.md: not text \(it holds NUL bytes/);
    assert.match(stderr, /not fixed: gone\.md: cannot read it again/);
  });
});
