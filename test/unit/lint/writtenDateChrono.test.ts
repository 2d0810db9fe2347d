import assert from 'node:assert/strict';
import { writtenDateChrono } from '../../../src/core/lint/writtenDateChrono';

const reference = new Date(Date.UTC(2026, 10, 29, 12));
const read = (text: string) => writtenDateChrono().parse(text, reference, { forwardDate: false })[0];

describe('writtenDateChrono', () => {
  for (const [text, year, month, day] of [
    ['November 20, 2026, at the close', 2026, 11, 20],
    ['20 Nov 2026 close', 2026, 11, 20],
    ['Nov. 20th, 2026', 2026, 11, 20],
    ['2026-11-20', 2026, 11, 20],
    ['11/20/2026', 2026, 11, 20],
    ['January 2026, the index', 2026, 1, undefined],
    ['2026 January', 2026, 1, undefined],
    ['3/2026', 2026, 3, undefined],
  ] as const) {
    it(`reads "${text}" as a calendar date with its year`, () => {
      const result = read(text);
      assert.ok(result, `nothing read from "${text}"`);
      assert.equal(result.index, 0);
      assert.equal(result.start.isCertain('year'), true);
      assert.equal(result.start.get('year'), year);
      assert.equal(result.start.get('month'), month);
      if (day !== undefined) assert.equal(result.start.get('day'), day);
    });
  }

  // chrono's casual reader turns these into dates relative to the reference; an as-of stamp is never one of them.
  for (const text of ['3 days ago', 'within two weeks', 'two months later', 'next month', 'last 5 minutes', 'in 2 hours']) {
    it(`leaves the span of time "${text}" unread`, () => {
      assert.equal(read(text), undefined);
    });
  }

  it('keeps the parsers that read names of months', () => {
    assert.ok(writtenDateChrono().parsers.length >= 8, `only ${writtenDateChrono().parsers.length} parsers left`);
  });
});
