// Stamps written without a year, as news copy writes a date of the current year: which shapes are read, which year
// they are read in (the note's own dated stamps, else the reference date), and how lint reports and re-stamps them.
import { strict as assert } from 'node:assert';
import { applyEdits, findAsOfStamps, formatDate, lintNote, NoteSource, stampDateLabel, WorkspaceFigureIndex, type AsOfStamp } from '../../../src/core/lint';
import { readYearlessDate, formatYearlessLike } from '../../../src/core/lint/yearlessDates';
import { assertLinear } from '../safety/scaling';

const today = { year: 2026, month: 11, day: 29 };
const read = (text: string, options: { today?: typeof today } = { today }) =>
  findAsOfStamps(text, undefined, options).map((stamp) => `${stamp.dateText} → ${formatDate(stamp.date, 'iso')}${stamp.yearFrom ? ` (${stamp.yearFrom})` : ''}`);
const restamped = (text: string, stamp: AsOfStamp) => text.slice(stamp.restampOffset, stamp.restampOffset + stamp.restampLength);

describe('stamps without a year', () => {
  const shapes: Array<[string, string, string]> = [
    ['As of Nov. 20, small caps led the tape.', 'Nov. 20', 'Nov. 20'],
    ['Small caps led as of Friday, Nov. 20, on rate hopes.', 'Nov. 20', 'Friday, Nov. 20'],
    ['Levels are as of the Nov. 20 close.', 'Nov. 20', 'Nov. 20'],
    ['Levels are as of the close on Nov. 20.', 'Nov. 20', 'Nov. 20'],
    ['Quotes as of 4 p.m. ET Nov. 20, before the data.', 'Nov. 20', 'Nov. 20'],
    ['Figures as at 20 November show a firmer pound.', '20 November', '20 November'],
    ['Spreads as at 20 Nov held.', '20 Nov', '20 Nov'],
    ['As of November 20th, breadth had narrowed.', 'November 20th', 'November 20th'],
    ['Weights are as of the 20th of November.', '20th of November', '20th of November'],
    ['As of Sept. 30, the fund held 40 names.', 'Sept. 30', 'Sept. 30'],
    ['As of Nov. 20, 10:30 a.m. ET, futures were flat.', 'Nov. 20', 'Nov. 20'],
    ['NEW YORK, Nov 20 (Reuters) - Wall Street ended the week softer as yields climbed.', 'Nov 20', 'Nov 20'],
    ['LONDON, 20 November (Reuters) - London shares slipped as miners fell.', '20 November', '20 November'],
    ['WASHINGTON, Nov. 20 (AP) — Stocks drifted lower on Friday.', 'Nov. 20', 'Nov. 20'],
    ['Nov 20 (Reuters) - Oil prices rose on Friday as supply worries grew.', 'Nov 20', 'Nov 20'],
    ['By Ann Lee | Nov. 20 | Markets', 'Nov. 20', 'Nov. 20'],
  ];
  for (const [text, dateText, replaced] of shapes) {
    it(`reads "${text}"`, () => {
      const stamps = findAsOfStamps(text, undefined, { today });
      assert.equal(stamps.length, 1, JSON.stringify(stamps));
      const month = /sep/i.test(dateText) ? 9 : 11;
      assert.deepEqual([stamps[0].dateText, stamps[0].date, stamps[0].yearFrom], [dateText, { year: 2026, month, day: month === 9 ? 30 : 20 }, 'today']);
      assert.equal(restamped(text, stamps[0]), replaced);
    });
  }

  const notStamps: Array<[string, string]> = [
    ['a numeric date, month-first', 'As of 11/20, small caps led.'],
    ['a numeric date, day-first', 'As at 20/11, the pound firmed.'],
    ['a day alone', 'As of the 20th, small caps led.'],
    ['a range with a dash', 'As of Nov. 20-21, small caps led.'],
    ['a range to another day', 'Prices as of Nov. 20 to 27 are averaged.'],
    ['a range to another month', 'As of Nov. 20 – Dec. 4 the desk is closed.'],
    ['two days', 'As of Nov. 20 and 21, flows were light.'],
    ['a year named in words', 'As of Nov. 20 last year, small caps led.'],
    ['a year ago', 'As of Nov. 20 a year ago, small caps trailed.'],
    ['a date that is no day', 'As of Feb. 30, small caps led.'],
    ['a day that is no date in that year', 'As of Feb. 29, 2027, small caps led.'],
    ['"may" the verb', 'As of may 5 there is no stamp.'],
    ['a date mid-sentence with no anchor', 'Small caps rose on Nov. 20 as yields fell.'],
    ['a date after "since"', 'Small caps are up 4% since Nov. 20.'],
    ['an "as of" of what is to come', 'As of Dec. 4, the fund will change its name.'],
    ['an event\'s "effective as of"', 'The weights change effective as of Dec. 18.'],
    ['a line that is only a day, as a calendar of events has', 'Events\n\nThursday, Nov 20\n\nJobless claims are due.'],
    ['a heading that is only a day', 'Events\n\n## Dec. 16\n\nThe Fed decides.'],
    ['a place and a date before an event\'s name', 'FOMC, Dec. 16 - rate decision'],
    ['a date and a parenthesised event name, few words', 'Dec. 10 (CPI) - November prices'],
    ['a day name in parentheses', 'LONDON, 20 November (Fri) - shares slipped.'],
    ['a wire dateline in a list of events', '- NEW YORK, Nov 20 (Reuters) - stocks fell on Friday as yields rose.'],
    ['a title date without a year (a preview may name a day to come)', '# FOMC preview — Dec. 16\n\nThe Fed meets.'],
    ['a date in code', '`As of Nov. 20` is how the desk writes it.'],
  ];
  for (const [name, text] of notStamps) {
    it(`no stamp: ${name}`, () => assert.deepEqual(read(text), []));
  }

  it('reads a month without a day as that whole month (yearlessMonthStamps.test.ts), not as a day', () => {
    assert.deepEqual(read('As of late November, small caps led.'), ['November → 2026-11-01 (today)']);
    assert.deepEqual(read('As of November, small caps led.'), ['November → 2026-11-01 (today)']);
    assert.equal(findAsOfStamps('As of November, small caps led.', undefined, { today })[0].precision, 'month');
  });

  it('reads nothing without a year to take: no dated stamp in the note, no reference date', () => {
    assert.deepEqual(read('As of Nov. 20, small caps led.', {}), []);
    assert.deepEqual(read('NEW YORK, Nov 20 (Reuters) - Wall Street ended the week softer as yields climbed.', {}), []);
  });
});

describe('the year of a stamp without one', () => {
  it('is taken from the nearest dated stamp before it, else the first in the note', () => {
    const text = 'As of Nov. 18, small caps led.\n\n# Later\n\nAs of November 20, 2025, the index led.\n\nAs of Nov. 24, breadth improved.';
    assert.deepEqual(read(text), ['Nov. 18 → 2025-11-18 (note)', 'November 20, 2025 → 2025-11-20', 'Nov. 24 → 2025-11-24 (note)']);
  });

  it('puts the day closest to the note\'s date, unless more than a quarter after it', () => {
    assert.deepEqual(read('# Desk note — Dec. 30, 2025\n\nAs of Jan. 2, the Nasdaq 100 led.'), ['Dec. 30, 2025 → 2025-12-30', 'Jan. 2 → 2026-01-02 (note)']);
    assert.deepEqual(read('# Desk note — March 3, 2026\n\nAs of Feb. 27, the Nasdaq 100 led.'), ['March 3, 2026 → 2026-03-03', 'Feb. 27 → 2026-02-27 (note)']);
    // Weeks after an earlier stamp: read a year earlier it would be a year staler than the writer meant.
    assert.deepEqual(read('As of October 31, 2026, the rotation held.\n\nAs of Nov. 20, it faded.'), ['October 31, 2026 → 2026-10-31', 'Nov. 20 → 2026-11-20 (note)']);
    // More than a quarter ahead of the note's date is the day before it: a January note's "June 30" is last June's.
    assert.deepEqual(read('# Desk note — Jan. 5, 2027\n\nAs of June 30, the fund held 40 names.'), ['Jan. 5, 2027 → 2027-01-05', 'June 30 → 2026-06-30 (note)']);
  });

  it('reads against front matter, a dateline with a year and a month stamp (its last day)', () => {
    assert.deepEqual(read('---\ndate: 2025-06-30\n---\nAs of June 27, the fund held 40 names.'), ['2025-06-30 → 2025-06-30', 'June 27 → 2025-06-27 (note)']);
    assert.deepEqual(read('NEW YORK, Nov. 20, 2025 (WIRE) -- Stocks fell.\n\nPrices as of Nov. 19 close lower.'), [
      'Nov. 20, 2025 → 2025-11-20',
      'Nov. 19 → 2025-11-19 (note)',
    ]);
    assert.deepEqual(read('As of late October 2025 the rotation held; as of Nov. 3, it faded.'), ['October 2025 → 2025-10-01', 'Nov. 3 → 2025-11-03 (note)']);
  });

  it('is else the last such day on or before the reference date, or the day after it', () => {
    assert.deepEqual(read('As of Nov. 29, small caps led.'), ['Nov. 29 → 2026-11-29 (today)']);
    // The writer's zone may already be in tomorrow.
    assert.deepEqual(read('As of Nov. 30, small caps led.'), ['Nov. 30 → 2026-11-30 (today)']);
    assert.deepEqual(read('As of Dec. 1, small caps led.'), ['Dec. 1 → 2025-12-01 (today)']);
    assert.deepEqual(read('As of Feb. 29, small caps led.'), ['Feb. 29 → 2024-02-29 (today)']);
  });

  it('an "Updated" line dates a yearless stamp only where nothing else is dated, and is then left out', () => {
    assert.deepEqual(read('Updated Nov 20, 2025, 4:05 PM ET\n\nAs of Nov. 19, small caps led.'), ['Nov. 19 → 2025-11-19 (note)']);
  });
});

describe('lint of a stamp without a year', () => {
  const at = '2026-11-29';

  it('dates the note for relative time: no "no as-of date" finding', async () => {
    const findings = await lintNote('# Market wrap\n\nAs of Nov. 20, the S&P 500 is up 16% this year.\n', { today: at });
    assert.deepEqual(findings, []);
  });

  it('reports a stale one with the year read, and relative time anchored to it', async () => {
    const findings = await lintNote('# Market wrap\n\nAs of Oct. 20, the S&P 500 is up 16% this year.\n', { today: at });
    assert.deepEqual(
      findings.map((finding) => `${finding.ruleId}: ${finding.message}`),
      [
        'stale-as-of: As-of date Oct. 20 (read as October 20, 2026) is 40 days old (stale after 30 days); the 1 figure it dates may have changed',
        'relative-time: "this year" (dating "16%") is anchored to Oct. 20 (read as October 20, 2026) (line 3), 40 days ago (stale after 30 days)',
      ],
    );
  });

  it('never reports one as a future date: its year was not written, so it is no typo', async () => {
    const text = '# Desk note — Nov. 27, 2026\n\nAs of Dec. 3, the index led.\n';
    assert.deepEqual(read(text, { today: { year: 2026, month: 11, day: 29 } }), ['Nov. 27, 2026 → 2026-11-27', 'Dec. 3 → 2026-12-03 (note)']);
    assert.deepEqual((await lintNote(text, { today: at, only: ['future-date'] })).map((finding) => finding.message), []);
  });

  it('re-stamps without a year when the new date reads back the same, else writes the year', async () => {
    const plain = '# Market wrap\n\nAs of Friday, Oct. 16, the desk was closed.\n';
    const [fromToday] = await lintNote(plain, { today: at, only: ['stale-as-of'] });
    assert.equal(fromToday.fixes![0].title, 'Mark as reviewed today (November 29, 2026)');
    // The day's name is kept, naming the new day (November 29, 2026 is a Sunday).
    assert.equal(applyEdits(plain, fromToday.fixes![0].edits), '# Market wrap\n\nAs of Sunday, Nov. 29, the desk was closed.\n');

    // Read against the note's date (Aug. 14, 2026), "Nov. 29" would read as Nov. 29, 2025: the year is written.
    const titled = '# Wrap — Aug. 14, 2026\n\nAs of Thursday, Aug. 13, the desk is closed.\n';
    const found = await lintNote(titled, { today: at, only: ['stale-as-of'] });
    const yearless = found.find((finding) => finding.line === 3)!;
    assert.equal(applyEdits(titled, yearless.fixes![0].edits), '# Wrap — Aug. 14, 2026\n\nAs of Sunday, Nov. 29, 2026, the desk is closed.\n');
  });

  it('writes a yearless date in the writer\'s own form', () => {
    const date = { year: 2026, month: 12, day: 2 };
    assert.equal(formatYearlessLike('Nov. 20', date), 'Dec. 2');
    assert.equal(formatYearlessLike('Nov 20', date), 'Dec 2');
    assert.equal(formatYearlessLike('November 20th', date), 'December 2nd');
    assert.equal(formatYearlessLike('20 November', date), '2 December');
    assert.equal(formatYearlessLike('20th of Nov.', { ...date, day: 11 }), '11th of Dec.');
    assert.equal(formatYearlessLike('Nov. 20', { ...date, month: 5 }), 'May 2');
  });

  it('reads the session form only with its session: "the Nov. 20 close", not "the Nov. 20 report"', () => {
    assert.equal(readYearlessDate(' the Nov. 20 close')?.text, 'Nov. 20');
    assert.equal(readYearlessDate(' the Nov. 20 report'), undefined);
  });

  it('labels a stamp with the year read, and one with a written year as written', () => {
    const [yearless, written] = findAsOfStamps('As of Nov. 20, small caps led; as of November 21, 2026, they held.', undefined, { today });
    assert.equal(stampDateLabel(yearless), 'Nov. 20 (read as November 20, 2026)');
    assert.equal(stampDateLabel(written), 'November 21, 2026');
  });

  it('the workspace index dates claims against the reference date it was given, and lint reuses them only for that date', () => {
    const index = new WorkspaceFigureIndex();
    const text = 'As of Nov. 20, the Russell 2000 is up 7.5% year-to-date.\n';
    const note = new NoteSource(text);
    index.update('a.md', text, note, undefined, today);
    assert.deepEqual(index.figuresOf('a.md').map((figure) => figure.asOf?.label), ['November 20, 2026']);
    assert.ok(index.figuresReadFrom('a.md', note, undefined, today));
    assert.equal(index.figuresReadFrom('a.md', note, undefined, { year: 2027, month: 11, day: 29 }), undefined);
  });
});

describe('wire datelines without a year', () => {
  it('reads a wire dateline whose story starts on the next line, and a press release\'s slashes', () => {
    const stamps = findAsOfStamps('NEW YORK, Nov 20 (Reuters) -\nWall Street ended the week softer.', undefined, { today });
    assert.deepEqual(stamps.map((stamp) => stamp.dateText), ['Nov 20']);
    const release = findAsOfStamps('SANTA CLARA, Calif., Nov. 20 /PRNewswire/ -- The company reported results.', undefined, { today });
    assert.deepEqual(release.map((stamp) => [stamp.dateText, stamp.yearFrom]), [['Nov. 20', 'today']]);
  });

  it('takes the year of a dated title for the wire copy under it', () => {
    const text = '# Wire digest — Nov. 21, 2025\n\nNEW YORK, Nov 20 (Reuters) - Wall Street ended the week softer as yields climbed.';
    assert.deepEqual(read(text), ['Nov. 21, 2025 → 2025-11-21', 'Nov 20 → 2025-11-20 (note)']);
  });
});

describe('yearless stamps at scale', function () {
  this.timeout(120_000);

  it('reads the years of many yearless stamps among many dated ones in linear time', () => {
    const note = (size: number) => Array.from({ length: size }, (_, i) => `As of November ${(i % 28) + 1}, 2026, x.\nAs of Nov. ${(i % 27) + 2}, y.\n`).join('');
    assertLinear(note, (text) => findAsOfStamps(text, undefined, { today }), 500);
  });
});
