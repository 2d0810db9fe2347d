// The edits a pass of fixes has taken, and applying them: what fix-all and `lint --fix` build their passes on.
import { strict as assert } from 'node:assert';
import { applyEdits, fixAll, type Finding, type TextEdit } from '../../../src/core/lint';
import { overlaps, TakenEdits } from '../../../src/core/lint/takenEdits';

const edit = (offset: number, length: number, newText = 'x'): TextEdit => ({ offset, length, newText });

describe('taken edits', () => {
  it('finds exactly the taken edits that meet or touch a span, whatever order they were taken in', () => {
    // Random non-overlapping edits (insertions among them), taken in random order; `near` must agree with a scan.
    let seed = 7;
    const random = (below: number) => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 1) % below;
    for (let round = 0; round < 50; round++) {
      const taken = new TakenEdits();
      const all: TextEdit[] = [];
      for (let tries = 0; tries < 40; tries++) {
        const candidate = edit(random(200), random(3) === 0 ? 0 : 1 + random(6));
        if (all.some((other) => overlaps(candidate, other))) continue;
        taken.add(candidate);
        all.push(candidate);
      }
      assert.deepEqual(taken.all(), [...all].sort((a, b) => a.offset - b.offset || a.length - b.length));
      for (let probe = 0; probe < 40; probe++) {
        const span = edit(random(210), random(8));
        const meets = (other: TextEdit) => other.offset <= span.offset + span.length && span.offset <= other.offset + other.length;
        assert.deepEqual(taken.near(span), taken.all().filter(meets), `round ${round}, span ${span.offset}+${span.length}`);
      }
    }
  });

  it('applies edits in any order, an insertion before a replacement at the same offset', () => {
    const text = 'As of May 1, closed at $256.44.';
    const replace = { offset: 24, length: 6, newText: '272.41' };
    const insertAfter = { offset: 30, length: 0, newText: ' (as of May 20)' };
    const insertBefore = { offset: 24, length: 0, newText: '~' };
    const expected = 'As of May 1, closed at $~272.41 (as of May 20).';
    assert.equal(applyEdits(text, [replace, insertAfter, insertBefore]), expected);
    assert.equal(applyEdits(text, [insertBefore, insertAfter, replace]), expected);
    assert.equal(applyEdits(text, []), text);
  });

  it('fix-all takes each finding\'s first fix unless it overlaps one taken, and repeats none', () => {
    const finding = (edits: TextEdit[]): Finding => ({
      ruleId: 'r', ruleCode: 'MN999', severity: 'warning', message: '', offset: 0, length: 1, line: 1, column: 1, endLine: 1, endColumn: 2, docs: '',
      fixes: [{ title: 't', edits }],
    });
    const edits = fixAll([
      finding([edit(10, 2, 'a'), edit(0, 3, 'stamp')]),
      finding([edit(0, 3, 'stamp'), edit(20, 1, 'b')]), // shares the stamp: the rest is taken
      finding([edit(11, 4, 'c')]), // overlaps 10+2: left for the next pass
      finding([edit(12, 0, 'd')]), // touches 10+2 at its end: no overlap
    ]);
    assert.deepEqual(edits, [edit(0, 3, 'stamp'), edit(10, 2, 'a'), edit(12, 0, 'd'), edit(20, 1, 'b')]);
  });
});
