// A calendar quarter after an as-of anchor ("Data as of Q3 2026", "as of 3Q26", "as of the end of the third quarter
// of 2026") dates the note to the quarter's end: a stamp covering the quarter, stale once its last day is.
import { strict as assert } from 'node:assert';
import { applyEdits, findAsOfStamps, formatDate, lintNote } from '../../../src/core/lint';
import { dateOfDayNumber } from '../../../src/core/lint/calendarDate';

const today = '2026-11-29';

/** Each stamp as "text → first day..last day (precision)". */
function stamps(text: string): string[] {
  return findAsOfStamps(text).map(
    (stamp) => `${stamp.dateText} → ${formatDate(stamp.date, 'iso')}..${formatDate(dateOfDayNumber(stamp.lastDay), 'iso')} (${stamp.precision})`,
  );
}

describe('quarter stamps', () => {
  it('reads a quarter with its year in the ways desks write it, as the quarter', () => {
    for (const [text, expected] of [
      ['Data as of Q3 2026. Orcadia (ORCD) is up 12% this year.', 'Q3 2026'],
      ['Holdings as of 3Q26: Brenwick (BRNW) led.', '3Q26'],
      ['Holdings as of 3Q 2026, Brenwick (BRNW) led.', '3Q 2026'],
      ["As of Q3 '26 the fund led.", "Q3 '26"],
      ['As of Q3-2026 the fund led.', 'Q3-2026'],
      ['Returns through 2026 Q3 are shown below.', '2026 Q3'],
      ['Performance data through 3Q26 is net of fees.', '3Q26'],
      ['As at the third quarter of 2026 the fund held 40 names.', 'third quarter of 2026'],
      ['Portfolio as of the end of the third quarter of 2026: 40 names.', 'third quarter of 2026'],
      ['As of end-Q3 2026 the fund held 40 names.', 'Q3 2026'],
    ] as const) {
      assert.deepEqual(stamps(text), [`${expected} → 2026-07-01..2026-09-30 (quarter)`], text);
    }
    assert.deepEqual(stamps('As of Q4 2025 the fund held 40 names.'), ['Q4 2025 → 2025-10-01..2025-12-31 (quarter)']);
    assert.deepEqual(stamps('As of 1Q27 the fund held 40 names.'), ['1Q27 → 2027-01-01..2027-03-31 (quarter)']);
  });

  it('a re-stamp replaces the quarter with its qualifier', () => {
    const text = 'Portfolio as of the end of the third quarter of 2026: 40 names.';
    const [stamp] = findAsOfStamps(text);
    assert.equal(text.slice(stamp.restampOffset, stamp.restampOffset + stamp.restampLength), 'the end of the third quarter of 2026');
  });

  it('leaves a quarter with no anchor, a fiscal quarter, an estimate, a range and a quarter with no year unread', () => {
    for (const text of [
      'In Q3 2026 sales rose 8%.',
      'Q3 2026 revenue rose 8%.',
      "Today's Q3 2026 call ran long.",
      'As of fiscal Q3 2026 the fund held 40 names.',
      'As of Q3 FY2026 the fund held 40 names.',
      'As of the third fiscal quarter of 2026 the fund held 40 names.',
      'As of 3Q26E the fund held 40 names.',
      'As of Q3-Q4 2026 the fund held 40 names.',
      'As of Q3 2026–Q1 2027 the fund held 40 names.',
      // No year written, and none to read: no dated stamp, no reference date.
      'As of Q3 the fund held 40 names.',
      'As of 2Q 26 names were held.',
      'As of Q3 26 names were held.',
      'As of Q5 2026 the fund held 40 names.',
    ]) {
      assert.deepEqual(stamps(text), [], text);
    }
  });

  it('reads a quarter without its year in the year of the note\'s stamps, as a yearless day is read', () => {
    const dated = (line: string) => stamps(`# Desk note — Nov. 20, 2026\n\n${line}\n`).slice(1);
    assert.deepEqual(dated('As of the end of the third quarter, the fund held 40 names.'), ['third quarter → 2026-07-01..2026-09-30 (quarter)']);
    assert.deepEqual(dated('Holdings as of Q3: 40 names.'), ['Q3 → 2026-07-01..2026-09-30 (quarter)']);
    assert.deepEqual(dated('As of 4Q the fund held 40 names.'), ['4Q → 2026-10-01..2026-12-31 (quarter)']);
    // A quarter that ends well after the note's date is last year's.
    assert.deepEqual(dated('As of Q1 the fund held 40 names.'), ['Q1 → 2026-01-01..2026-03-31 (quarter)']);
    assert.deepEqual(stamps('# Desk note — Jan. 5, 2027\n\nAs of Q4 the fund held 40 names.\n').slice(1), ['Q4 → 2026-10-01..2026-12-31 (quarter)']);
    // A year, a fiscal word or a number after it in a form not read: no quarter of the note's year.
    for (const line of ['As of Q3 FY26 the fund held 40 names.', 'As of the third quarter of fiscal 2026 it held 40.', 'As of Q3 last year the fund held 40 names.', 'As of Q3 26 names were held.']) {
      assert.deepEqual(dated(line), [], line);
    }
  });

  it('reads a quarter without its year against today as the latest begun: the one in progress, not last year\'s', async () => {
    const messages = async (text: string) => (await lintNote(text, { today, only: ['stale-as-of'] })).map((finding) => finding.message);
    assert.deepEqual(await messages('As of Q4 the fund held 40 names.\n'), []);
    assert.deepEqual(await messages('As of Q3 the fund held 40 names.\n'), [
      'As-of quarter Q3 (read as Q3 2026) ended 60 days ago (stale after 30 days); the text it dates may have changed',
    ]);
    const text = 'As of the end of the third quarter, the fund held 40 names.\n';
    assert.deepEqual(await messages(text), ['As-of third quarter (read as Q3 2026) ended 60 days ago (stale after 30 days); the text it dates may have changed']);
    // Marked as reviewed, it names today's day, its year left unwritten as the writer's was.
    const [finding] = await lintNote(text, { today, only: ['stale-as-of'] });
    assert.equal(applyEdits(text, finding.fixes![0].edits), 'As of November 29, the fund held 40 names.\n');
  });

  it('stale-as-of and relative-time read the quarter at its end', async () => {
    const findings = (await lintNote('# Desk note\n\nData as of Q3 2026: the S&P 500 is up 16% this year.\n', { today, only: ['stale-as-of', 'relative-time'] })).map(
      (finding) => `${finding.ruleId}: ${finding.message}`,
    );
    assert.deepEqual(findings, [
      'stale-as-of: As-of quarter Q3 2026 ended 60 days ago (stale after 30 days); the 1 figure it dates may have changed',
      'relative-time: "this year" (dating "16%") is anchored to Q3 2026 (line 3), 60 days ago (stale after 30 days)',
    ]);
    const spelled = await lintNote('# Desk note\n\nAs of the end of the third quarter of 2026, breadth narrowed.\n', { today, only: ['stale-as-of'] });
    assert.match(spelled[0]?.message ?? '', /^As-of third quarter of 2026 ended 60 days ago/);
    // The quarter still running is not stale, and one to come is a typo.
    assert.deepEqual(await lintNote('# Desk note\n\nData as of Q4 2026: breadth narrowed.\n', { today, only: ['stale-as-of', 'future-date'] }), []);
    const ahead = await lintNote('# Desk note\n\nData as of Q1 2027: breadth narrowed.\n', { today, only: ['future-date'] });
    assert.match(ahead[0]?.message ?? '', /Q1 2027 is 33 days after today/);
  });
});
