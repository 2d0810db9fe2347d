// A re-stamp writes the new date as the writer wrote the old one: not only its style (month first, day first,
// numbers) but its habits — padded numbers, a two-digit year, an ordinal day, no comma before the year, a dotted or
// abbreviated month — so "Mark as reviewed today" leaves the note reading as the writer's own.
import { strict as assert } from 'node:assert';
import { findAsOfStamps, restampEdit } from '../../../src/core/lint';
import { dateHabitsOf, formatDate } from '../../../src/core/lint/calendarDate';

const november3 = { year: 2026, month: 11, day: 3 };
const march9 = { year: 2026, month: 3, day: 9 };

/** The text a re-stamp of the note's one stamp to `date` writes. */
function restamped(note: string, date = november3): string {
  const stamps = findAsOfStamps(note);
  assert.equal(stamps.length, 1, `one stamp in ${JSON.stringify(note)}`);
  return restampEdit(stamps[0], date).newText;
}

describe('re-stamping in the writer’s own habits', () => {
  it('keeps padded numbers and a two-digit year', () => {
    assert.equal(restamped('Prices as of 10/01/26, Orcadia (NASDAQ: ORCD) at $41.\n'), '11/03/26');
    assert.equal(restamped('Prices as of 04/07/2026, Orcadia (NASDAQ: ORCD) at $41.\n'), '11/03/2026');
    assert.equal(restamped('Prices as of 4/7/2026, Orcadia (NASDAQ: ORCD) at $41.\n'), '11/3/2026');
    // Both numbers past nine show no padding habit either way: none is added.
    assert.equal(restamped('Prices as of 10/12/2026, Orcadia (NASDAQ: ORCD) at $41.\n'), '11/3/2026');
  });

  it('reads a year written as an apostrophe and two digits, and keeps it so', () => {
    const stamps = (note: string) => findAsOfStamps(note).map((stamp) => `${stamp.dateText} ${stamp.date.year}-${stamp.date.month}-${stamp.date.day} ${stamp.precision}`);
    assert.deepEqual(stamps("As of Oct. 13, '26, Orcadia (NASDAQ: ORCD) was at $41.\n"), ["Oct. 13, '26 2026-10-13 day"]);
    assert.deepEqual(stamps('Prices as of 13 Oct ’26: Orcadia (NASDAQ: ORCD) at $41.\n'), ['13 Oct ’26 2026-10-13 day']);
    assert.deepEqual(stamps("Data as of Oct '26. Orcadia (NASDAQ: ORCD) at $41.\n"), ["Oct '26 2026-10-1 month"]);
    assert.deepEqual(stamps("# Banks\n\nBy Jane Roe | Oct. 13, '26 | Markets\n\nOrcadia (NASDAQ: ORCD) rose 2%.\n"), ["Oct. 13, '26 2026-10-13 day"]);
    assert.equal(restamped("As of Oct. 13, '26, Orcadia (NASDAQ: ORCD) was at $41.\n"), "Nov. 3, '26");
    assert.equal(restamped("Prices as of Oct 13 '26: Orcadia (NASDAQ: ORCD) at $41.\n"), "Nov 3 '26");
    assert.equal(restamped('Prices as of 13 Oct ’26: Orcadia (NASDAQ: ORCD) at $41.\n'), '3 Nov ’26');
    // Not a year: a closing quote, three digits, a range.
    assert.deepEqual(stamps("Prices as of 'Oct 13' were quoted. Orcadia (NASDAQ: ORCD) at $41.\n"), []);
    assert.deepEqual(stamps("As of Oct. 13, '26 – Oct. 20, '26 Orcadia (NASDAQ: ORCD) ran.\n").filter((s) => s.startsWith("Oct. 13, '26")), []);
  });

  it('keeps a day\'s name before the date, naming the new day, in its form: full or short, case, full stop', () => {
    assert.equal(restamped('As of market close on Thursday (10/22/2026), Orcadia (NASDAQ: ORCD) was at $41.\n'), 'Tuesday (11/3/2026');
    // November 3, 2026 is a Tuesday.
    assert.equal(restamped('As of Thursday, Oct. 22, 2026, Orcadia (NASDAQ: ORCD) was at $41.\n'), 'Tuesday, Nov. 3, 2026');
    assert.equal(restamped('Data as of Thu 10/22/2026: Orcadia (NASDAQ: ORCD) at $41.\n'), 'Tue 11/3/2026');
    assert.equal(restamped('Prices as of Thurs., October 22, 2026: Orcadia (NASDAQ: ORCD) at $41.\n'), 'Tue., November 3, 2026');
    assert.equal(restamped('Prices as of THU OCT. 22, 2026: Orcadia (NASDAQ: ORCD) at $41.\n'), 'TUE Nov. 3, 2026');
    // A month's qualifier is no day's name: a re-stamp to a day drops it, as before.
    assert.equal(restamped('As of late October 2026, Orcadia (NASDAQ: ORCD) was at $41.\n'), 'November 3, 2026');
  });

  it('keeps an ordinal day, a missing comma and "of"', () => {
    assert.equal(restamped('As of November 2nd, 2026, Orcadia (NASDAQ: ORCD) was at $41.\n'), 'November 3rd, 2026');
    assert.equal(restamped('As of November 2 2026 Orcadia (NASDAQ: ORCD) was at $41.\n'), 'November 3 2026');
    assert.equal(restamped('Prices as at 21st October 2026: Harbour Foods (LSE: HBF) 412p.\n'), '3rd November 2026');
    assert.equal(restamped('Prices as at the 21st of October 2026: Harbour Foods (LSE: HBF) 412p.\n'), '3rd of November 2026');
  });

  it('keeps a day-first date’s abbreviated month, and writes dotted months as newsrooms do', () => {
    assert.equal(restamped('Prices as at 21 Oct 2026: Harbour Foods (LSE: HBF) 412p.\n'), '3 Nov 2026');
    assert.equal(restamped('Prices as at 21 Oct. 2026: Harbour Foods (LSE: HBF) 412p.\n', march9), '9 March 2026');
    assert.equal(restamped('As of Oct. 21, 2026, Orcadia (NASDAQ: ORCD) was at $41.\n', march9), 'March 9, 2026');
    assert.equal(restamped('As of Oct. 21, 2026, Orcadia (NASDAQ: ORCD) was at $41.\n', { year: 2026, month: 9, day: 4 }), 'Sept. 4, 2026');
  });

  it('reads no habit a date does not show', () => {
    assert.deepEqual(dateHabitsOf('2026-10-21'), {});
    assert.deepEqual(dateHabitsOf('October 21, 2026'), { ordinal: false, noComma: false });
    assert.equal(formatDate(november3, 'long', dateHabitsOf('October 21, 2026')), 'November 3, 2026');
    assert.equal(formatDate(november3, 'day-dash', dateHabitsOf('21-Oct-26')), '03-Nov-26');
  });
});
