// The notes a command line names: folders walked for Markdown (never into node_modules or .git, never through a
// symbolic link), files kept as given; a note's file stamped at once and read only when asked.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expandNotePaths, openNote, readNote } from '../../../src/cli/noteFiles';
import { UsageError } from '../../../src/cli/io';

describe('note files', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'mn-note-files-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const write = (file: string, text = '# Note\n') => {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), text);
  };

  it('walks folders for Markdown, sorted, skipping node_modules, .git and symbolic links', async () => {
    for (const file of ['notes/b.md', 'notes/a.MD', 'notes/deep/c.markdown', 'notes/deep/d.mdx', 'notes/e.txt', 'notes/node_modules/pkg/readme.md', 'notes/.git/x.md', 'elsewhere/f.md']) write(file);
    symlinkSync(join(dir, 'elsewhere'), join(dir, 'notes/linked'));
    symlinkSync(join(dir, 'elsewhere/f.md'), join(dir, 'notes/g.md'));
    assert.deepEqual(await expandNotePaths(['notes', 'elsewhere/f.md'], dir), [
      join('notes', 'a.MD'),
      join('notes', 'b.md'),
      join('notes', 'deep/c.markdown'),
      join('notes', 'deep/d.mdx'),
      'elsewhere/f.md',
    ]);
  });

  it('names a path that does not exist', async () => {
    await assert.rejects(expandNotePaths(['missing'], dir), (error: Error) => error instanceof UsageError && /cannot read missing: no such file or directory/.test(error.message));
  });

  it('refuses a named note that is a device or a pipe, through a link too, without reading it', async () => {
    // Reading /dev/zero or a pipe with no writer never ends: a glob that matched a link to one hung the run.
    symlinkSync('/dev/zero', join(dir, 'evil.md'));
    execFileSync('mkfifo', [join(dir, 'pipe.md')]);
    const refused = (name: string) => (error: Error) => error instanceof UsageError && error.message === `cannot read ${name}: not a regular file (a device, a pipe or a socket)`;
    for (const name of ['evil.md', 'pipe.md']) {
      await assert.rejects(expandNotePaths([name], dir), refused(name));
      assert.throws(() => openNote(name, dir), refused(name));
      await assert.rejects(readNote(name, dir), refused(name));
    }
    // A link to a regular file, named on the command line, is still read.
    write('real.md', '# Real\n');
    symlinkSync(join(dir, 'real.md'), join(dir, 'named.md'));
    assert.deepEqual(await expandNotePaths(['named.md'], dir), ['named.md']);
    assert.equal(await readNote('named.md', dir), '# Real\n');
  });

  it("stamps a note's file when opened and reads its text once, when first asked", () => {
    write('a.md', 'first\n');
    const note = openNote('a.md', dir);
    assert.equal(note.stamp?.size, 6);
    writeFileSync(join(dir, 'a.md'), 'second text\n');
    assert.equal(note.text(), 'second text\n'); // read when asked…
    writeFileSync(join(dir, 'a.md'), 'third\n');
    assert.equal(note.text(), 'second text\n'); // …and once
    assert.throws(() => openNote('gone.md', dir), (error: Error) => error instanceof UsageError && /cannot read gone\.md/.test(error.message));
  });
});
