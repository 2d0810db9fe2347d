// The plain dates lint reads without chrono must be read exactly as chrono reads them; everything else is chrono's.
import assert from 'node:assert/strict';
import { readWithChrono } from '../../../src/core/lint/stampDates';
import { readPlainDate } from '../../../src/core/lint/plainDates';

const monthSpellings = ['November', 'november', 'NOVEMBER', 'Nov', 'Nov.', 'September', 'Sept', 'Sept.', 'Sep', 'Sep.', 'May', 'May.', 'March', 'Mar.', 'Febr', 'Novel', 'Jan', 'Dec.'];
const dayParts = ['1', '01', '9', '20', '20th', '1st', '2nd', '3rd', '29', '30', '31', '32', '0'];
const separators = [', ', ' ', ',  ', ','];
const years = ['2026', '2028', '1999', '12026'];
const tails = ['', '.', ',', ' ', ')', ', 4:00 PM ET', ' at 4 p.m. ET', ' 16:00', ', the index', ' – November 27, 2026', ' - Nov 27', ' to Nov. 27, 2026', ' through December', ' and 21', '-era', 'x', '5', '/12', ':00', ' (close)', '\n\nNext'];

function* windows(): Generator<string> {
  for (const month of monthSpellings) for (const day of dayParts) for (const separator of separators) for (const year of years) yield `${month} ${day}${separator}${year}`;
  for (const date of ['2026-11-20', '2026-02-29', '2028-02-29', '2026-13-01', '2026-11-31', '2026-1-20']) for (const tail of [...tails, 'T10:00:00Z', 'T10', '-21', '/2026']) yield `${date}${tail}`;
}

describe('plain dates read without chrono', () => {
  it('read exactly as chrono reads them, whatever follows', () => {
    let read = 0;
    let all = 0;
    for (const base of windows()) {
      for (const tail of base.startsWith('20') ? [''] : tails) {
        const window = `${base}${tail}`;
        all++;
        const plain = readPlainDate(window);
        if (!plain) continue;
        read++;
        assert.deepEqual(plain, readWithChrono(window), `"${window}"`);
      }
    }
    // Most of the valid plain dates are read here; the rest fall to chrono.
    assert.ok(read > all / 10, `${read} of ${all} read without chrono`);
  });

  for (const [window, year, month, day] of [
    ['November 20, 2026, 4:00 PM ET', 2026, 11, 20],
    ['Nov. 20, 2026.', 2026, 11, 20],
    ['Sept 3 2026 close', 2026, 9, 3],
    ['2026-11-20)', 2026, 11, 20],
    ['2026-11-20, the close', 2026, 11, 20],
  ] as const) {
    it(`reads "${window}" itself`, () => {
      assert.deepEqual(readPlainDate(window) && { ...readPlainDate(window), text: undefined }, { text: undefined, year, month, day });
    });
  }

  for (const window of ['November 20, 2026 – November 27, 2026', '2026-11-20 to 2026-11-27', '2026-11-20T10:00:00Z', 'Novel 20, 2026', 'February 29, 2026', 'May. 20, 2026', 'January 2026', '20 November 2026']) {
    it(`leaves "${window}" to chrono`, () => {
      assert.equal(readPlainDate(window), undefined);
    });
  }
});
