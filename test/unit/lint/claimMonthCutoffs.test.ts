// A running figure counted to a month's end ("through the end of September", "for the year through October") is that
// month's, not the note's: it is compared as of the month's last day, never with the note's current year-to-date
// figure. Fixtures are our own sentences.
import { strict as assert } from 'node:assert';
import { resolveLintConfig } from '../../../src/core/lint';
import { monthCutoffDay, monthStartCutoffDay } from '../../../src/core/lint/claims/monthCutoffs';
import { claimsOf } from './claimsOf';
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

describe('claims: a running figure looked back at, dated to the point the words name', () => {
  /** How many conflicts the sentence makes beside the note's own "up 16% year to date" (Friday, November 20). */
  const conflictsWithTodays = async (sentence: string) => {
    const found = await lintTogether({ 'a.md': `As of 2026-11-20.\n\n${sentence}\n\nThe S&P 500 is up 16% year to date.\n` }, '2026-11-21', config);
    return found['a.md'].filter((finding) => finding.ruleId === 'conflicting-figures').length;
  };

  // Each is 14% at an earlier close, the note's own 16% at its day: no conflict.
  for (const sentence of [
    'At Monday’s close, the S&P 500 was up 14% for the year.',
    'The S&P 500 was up 14% year to date as recently as last Friday.',
    'The S&P 500, which was up 14% year to date at the start of the month, is now higher.',
    'At the start of November, the S&P 500 was up 14% year to date.',
  ]) {
    it(`is counted to the close a look back names: ${sentence}`, async () => assert.equal(await conflictsWithTodays(sentence), 0));
  }

  it('still sets the note’s own figure against one of the same day', async () => {
    assert.equal(await conflictsWithTodays('The S&P 500 was up 14% year to date on Friday.'), 2);
    assert.equal(await conflictsWithTodays('At Friday’s close, the S&P 500 was up 14% for the year.'), 2);
  });

  it('keeps the claim, dated to that close', () => {
    assert.deepEqual(claimsOf('At Monday’s close, the S&P 500 was up 14% for the year.', 'November 20, 2026').map((claim) => claim.split(' ')[0]), ['sp-500|return|ytd:2026']);
  });

  it('places a month’s start at the last day before it', () => {
    assert.deepEqual(monthStartCutoffDay('November', undefined, { year: 2026, month: 11, day: 20 }), { year: 2026, month: 10, day: 31 });
    assert.deepEqual(monthStartCutoffDay(undefined, undefined, { year: 2026, month: 11, day: 20 }), { year: 2026, month: 10, day: 31 });
    assert.deepEqual(monthStartCutoffDay('January', undefined, { year: 2026, month: 11, day: 20 }), { year: 2025, month: 12, day: 31 });
    assert.equal(monthStartCutoffDay('December', '2026', { year: 2026, month: 11, day: 20 }), undefined);
  });
});
