// A month without its year after "as of" or "through" ("As at end-September", "as of September-end", "data through
// October") dates the note to the month, its year read as a yearless day's is (stampYears.ts).
import { strict as assert } from 'node:assert';
import { applyEdits, findAsOfStamps, formatDate, lintNote } from '../../../src/core/lint';
import { dateOfDayNumber } from '../../../src/core/lint/calendarDate';

const today = '2026-11-29';

function stamps(text: string): string[] {
  return findAsOfStamps(text, undefined, { today: { year: 2026, month: 11, day: 29 } }).map(
    (stamp) => `${stamp.dateText} → ${formatDate(stamp.date, 'iso')}..${formatDate(dateOfDayNumber(stamp.lastDay), 'iso')} (${stamp.precision})`,
  );
}

describe('yearless month stamps', () => {
  it('reads a month with a part of it or "-end", after "as of", "as at" or "through"', () => {
    for (const [text, written] of [
      ['As at end-September the fund held 40 names.', 'September'],
      ['As of the end of Sept., the fund held 40 names.', 'Sept.'],
      ['As of September-end, the fund held 40 names.', 'September-end'],
      ['Data through September. The fund held 40 names.', 'September'],
      ['As of September, the fund held 40 names.', 'September'],
    ] as const) {
      assert.deepEqual(stamps(text), [`${written} → 2026-09-01..2026-09-30 (month)`], text);
    }
  });

  it('reads its year from the note\'s stamps, else as the latest month begun by today', () => {
    assert.deepEqual(stamps('# Note — Jan. 6, 2027\n\nAs of end-December, the fund held 40 names.\n').slice(1), ['December → 2026-12-01..2026-12-31 (month)']);
    assert.deepEqual(stamps('# Note — Nov. 20, 2026\n\nAs of end-March, the fund held 40 names.\n').slice(1), ['March → 2026-03-01..2026-03-31 (month)']);
    // Read on November 29: this November, in progress, not last year's.
    assert.deepEqual(stamps('As of mid-November, the fund held 40 names.'), ['November → 2026-11-01..2026-11-30 (month)']);
    assert.deepEqual(stamps('As of December, the fund held 40 names.'), ['December → 2025-12-01..2025-12-31 (month)']);
  });

  it('leaves a month a name, a range, another year or a day to come unread', () => {
    for (const text of [
      'As of May Department Stores, the fund held 40 names.',
      'As of September-October, the fund held 40 names.',
      'As of September last year, the fund held 40 names.',
      "As of September's close, the fund held 40 names.",
      'As of January, the fund will be renamed.',
      'In September, the fund held 40 names.',
    ]) {
      assert.deepEqual(stamps(text), [], text);
    }
  });

  it('stale-as-of reads the month at its end, and a re-stamp replaces its part and "-end" too', async () => {
    const text = 'As of September-end, the S&P 500 is up 16% this year.\n';
    const findings = await lintNote(text, { today, only: ['stale-as-of', 'relative-time'] });
    assert.deepEqual(
      findings.map((finding) => finding.message),
      [
        'As-of month September-end (read as September 2026) ended 60 days ago (stale after 30 days); the 1 figure it dates may have changed',
        '"this year" (dating "16%") is anchored to September-end (read as September 2026) (line 1), 60 days ago (stale after 30 days)',
      ],
    );
    const [stale] = await lintNote('As at end-September the fund held 40 names.\n', { today, only: ['stale-as-of'] });
    assert.equal(applyEdits('As at end-September the fund held 40 names.\n', stale.fixes![0].edits), 'As at November 29 the fund held 40 names.\n');
  });
});
