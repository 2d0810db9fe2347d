import { strict as assert } from 'node:assert';
import { describeLintRun } from '../../../src/core/lint/runSummary';

describe('Lint Workspace Notes summary', () => {
  it('counts notes and findings in words', () => {
    assert.equal(describeLintRun(3, 6), '3 notes: 6 findings');
    assert.equal(describeLintRun(1, 1), '1 note: 1 finding');
    assert.equal(describeLintRun(12, 0), '12 notes: no findings');
    assert.equal(describeLintRun(4, 2, true), 'stopped after 4 notes: 2 findings');
  });
});
