// A running figure counted to a month's end ("through the end of September", "for the year through October") is that
// month's, not the note's: it is compared as of the month's last day, never with the note's current year-to-date
// figure. Fixtures are our own sentences.
import { strict as assert } from 'node:assert';
import { resolveLintConfig } from '../../../src/core/lint';
import { monthCutoffDay } from '../../../src/core/lint/claims/monthCutoffs';
import { lintTogether } from './wireScore';

const config = resolveLintConfig();

describe('claims: a running figure counted to a month’s end', () => {
  it('is not set against the note’s current year-to-date figure', async () => {
    const text = 'As of 2026-11-20.\n\nThrough the end of September, the Russell 2000 was up 8% for the year. The Russell 2000 is up 12% year to date.\n';
    const found = await lintTogether({ 'a.md': text }, '2026-11-21', config);
    assert.deepEqual(found['a.md'], []);
  });

  it('is compared with another figure counted to the same month, as of its last day', async () => {
    const notes = {
      'a.md': 'As of 2026-11-20.\n\nThe Russell 2000 was up 5% for the year through October.\n',
      'b.md': 'As of 2026-11-18.\n\nThe Russell 2000 was up 9% for the year through the end of October.\n',
    };
    const found = await lintTogether(notes, '2026-11-21', config);
    assert.match(found['a.md'][0]?.message ?? '', /is \+5% as of October 31, 2026 here, but \+9% as of October 31, 2026/);
  });

  it('places the month in the latest year it has ended by, and leaves a running month unread', () => {
    assert.deepEqual(monthCutoffDay('September', undefined, { year: 2026, month: 11, day: 20 }), { year: 2026, month: 9, day: 30 });
    assert.deepEqual(monthCutoffDay('December', undefined, { year: 2027, month: 1, day: 12 }), { year: 2026, month: 12, day: 31 });
    assert.deepEqual(monthCutoffDay('September', undefined, { year: 2026, month: 9, day: 30 }), { year: 2026, month: 9, day: 30 });
    assert.equal(monthCutoffDay('November', undefined, { year: 2026, month: 11, day: 20 }), undefined);
    assert.equal(monthCutoffDay('may', undefined, { year: 2026, month: 11, day: 20 }), undefined);
  });
});
