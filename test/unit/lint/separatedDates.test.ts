// Numeric dates with other separators than the slash: year first with slashes or dots ("2026/11/20",
// "2026.11.20"), and day and month with dashes ("20-11-2026"), read in the note's own order when either could be the
// month, as an ambiguous slash date is.
import { strict as assert } from 'node:assert';
import { findAsOfStamps, restampEdit } from '../../../src/core/lint';
import { formatIsoDate } from '../../../src/core/lint/calendarDate';

const stamps = (text: string) => findAsOfStamps(text).map((stamp) => `${stamp.dateText} ${formatIsoDate(stamp.date)} ${stamp.style}`);
const restamped = (text: string) => {
  const stamp = findAsOfStamps(text)[0];
  return stamp && restampEdit(stamp, { year: 2026, month: 12, day: 3 })?.newText;
};

describe('dates with other separators', () => {
  it('reads a year-first date with slashes or dots, and re-stamps it with the same separator', () => {
    assert.deepEqual(stamps('As of 2026/11/20, the Kospi had given back its gains.'), ['2026/11/20 2026-11-20 iso']);
    assert.deepEqual(stamps('Figures as at 2026.11.20 (Tokyo close).'), ['2026.11.20 2026-11-20 iso']);
    assert.equal(restamped('As of 2026/11/20, the yen was weak.'), '2026/12/03');
    assert.equal(restamped('As of 2026.11.20, the yen was weak.'), '2026.12.03');
  });

  it('reads a dashed date day-first when its first number is past 12, and keeps the dashes', () => {
    assert.deepEqual(stamps('As of 20-11-2026, miners led the index.'), ['20-11-2026 2026-11-20 numeric-day-first']);
    assert.equal(restamped('As of 20-11-2026, miners led the index.'), '3-12-2026');
    assert.deepEqual(stamps('As of 11-20-2026, miners led the index.'), ['11-20-2026 2026-11-20 numeric']);
    assert.equal(restamped('As of 11-20-2026, miners led.'), '12-3-2026');
  });

  it('reads an ambiguous dashed date in the order the note writes its other dates, else month-first', () => {
    assert.deepEqual(stamps('As of 03-11-2026, banks were flat.'), ['03-11-2026 2026-03-11 numeric']);
    assert.deepEqual(stamps('As of 03-11-2026, banks were flat. They peaked on 16 October 2026.').slice(0, 1), ['03-11-2026 2026-11-03 numeric-day-first']);
    // A dashed date with a day past 12 elsewhere says day-first as a slash date does.
    assert.deepEqual(stamps('As of 03-11-2026, banks were flat after a slide that began on 18-10-2026.'), ['03-11-2026 2026-11-03 numeric-day-first']);
    assert.deepEqual(stamps('Prices as of 03/11/2026, after the 10-20-2026 low.'), ['03/11/2026 2026-03-11 numeric']);
    assert.equal(restamped('As at 03-11-2026, banks were flat.'), '03-12-2026');
  });

  it('reads a dashed date with a two-digit year only where one order alone makes it a day', () => {
    // "11-20-26": 20 is no month, and 2011 has no 20th month: month first is its one reading.
    assert.deepEqual(stamps('As of 11-20-26, miners led the index.'), ['11-20-26 2026-11-20 numeric']);
    assert.equal(restamped('As of 11-20-26, miners led.'), '12-3-26');
    // Day first or year first ("20-11-26": 20 November 2026 or 26 November 2020), or any of three ("11-03-26"):
    // even a note that writes its dates day-first leaves them unread.
    for (const text of ['As of 20-11-26 the index rose.', 'As of 11-03-26 the index rose.', 'As at 11-03-26 the index rose. It peaked on 16 October 2026.', 'As of 02-30-26 nothing.']) {
      assert.deepEqual(stamps(text), [], text);
    }
  });

  it('leaves ranges, impossible days, short years and longer numbers unread', () => {
    for (const text of [
      'As of 11-20-2026 to 11-27-2026 the index rose.',
      'As of 2026/02/30 the index rose.',
      'As of 20-11-26 the index rose.',
      'As of 11-20-26 to 11-27-26 the index rose.',
      'As of 2026/11/20/3 the build shipped.',
      'As of 2026.11.20.4 the app shows quotes.',
      'As of 13-13-2026 nothing.',
    ]) {
      assert.deepEqual(stamps(text), [], text);
    }
  });
});
