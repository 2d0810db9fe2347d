// The workspace figure index as lint uses it on every keystroke: a note re-read with its figures moved keeps its
// entries (no re-sort), and what it reports follows the new positions and values.
import { strict as assert } from 'node:assert';
import { WorkspaceFigureIndex } from '../../../src/core/lint';

const a = 'As of November 20, 2026, the Russell 2000 is up nearly 14% year to date.\n';
const b = 'As of November 20, 2026, the Russell 2000 is up about 8% year to date.\n';

function conflictLines(index: WorkspaceFigureIndex, file: string): string[] {
  return index.conflictsFor(file).map(({ figure, others }) => `${figure.line}:${figure.column} vs ${others.map((other) => `${other.file}:${other.figure.line}`).join(',')}`);
}

describe('WorkspaceFigureIndex on a keystroke', () => {
  it('a note whose figures only moved reports them where they are now', () => {
    const index = new WorkspaceFigureIndex();
    index.update('a.md', a);
    index.update('b.md', b);
    assert.deepEqual(conflictLines(index, 'b.md'), ['1:49 vs a.md:1']);
    index.update('a.md', `# Week 47\n\n${a}`);
    assert.deepEqual(conflictLines(index, 'a.md'), ['3:49 vs b.md:1']);
    assert.deepEqual(conflictLines(index, 'b.md'), ['1:49 vs a.md:3']);
  });

  it('a changed value is compared afresh, both ways', () => {
    const index = new WorkspaceFigureIndex();
    index.update('a.md', a);
    index.update('b.md', b);
    index.update('a.md', a.replace('nearly 14%', 'about 8%'));
    assert.deepEqual(conflictLines(index, 'a.md'), []);
    assert.deepEqual(conflictLines(index, 'b.md'), []);
    index.update('a.md', a.replace('nearly 14%', 'down 3%'));
    assert.deepEqual(conflictLines(index, 'b.md'), ['1:49 vs a.md:1']);
  });
});
