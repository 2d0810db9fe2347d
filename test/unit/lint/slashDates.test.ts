// A slash date whose order the date alone leaves open ("03/11/2026": 11 March or 3 November?) is read in the order
// the note's own dates are written in; with no such signal it stays month-first (the US order), as before.
import { strict as assert } from 'node:assert';
import { findAsOfStamps, restampEdit } from '../../../src/core/lint';
import { formatIsoDate } from '../../../src/core/lint/calendarDate';

const stampDay = (text: string) => findAsOfStamps(text).map((stamp) => `${stamp.dateText} ${formatIsoDate(stamp.date)} ${stamp.style}`);

describe('slash dates in the note’s own order', () => {
  it('reads an ambiguous slash date day-first when the note’s other dates are day-first', () => {
    assert.deepEqual(stampDay('Prices as at 03/11/2026 (London close).\n\nThe FTSE 100 set its high on 16 October 2026.\n'), ['03/11/2026 2026-11-03 numeric-day-first']);
    assert.deepEqual(stampDay('Prices as at 03/11/2026.\n\n| Date | Close |\n|---|---|\n| 16/10/2026 | 9,400 |\n'), ['03/11/2026 2026-11-03 numeric-day-first']);
  });

  it('keeps month-first without a signal, or when the note also writes month-first', () => {
    assert.deepEqual(stampDay('Prices as of 03/11/2026 (London close).\n'), ['03/11/2026 2026-03-11 numeric']);
    assert.deepEqual(stampDay('Prices as at 03/11/2026.\n\nSet on 16 October 2026 and again on October 20, 2026.\n'), ['03/11/2026 2026-03-11 numeric']);
    assert.deepEqual(stampDay('Prices as at 03/11/2026.\n\nThe low was on 10/20/2026.\n'), ['03/11/2026 2026-03-11 numeric']);
    // The same day either way: nothing to decide.
    assert.deepEqual(stampDay('Prices as at 05/05/2026 on 16 October 2026.\n').slice(0, 1), ['05/05/2026 2026-05-05 numeric']);
  });

  it('reads "as at" before the stamp, or a day-first country’s time zone, as a day-first writer', () => {
    assert.deepEqual(stampDay('Prices as at 03/11/2026 (London close).\n'), ['03/11/2026 2026-11-03 numeric-day-first']);
    assert.deepEqual(stampDay('Prices as of 04/11/2026, 4:10pm AEDT.\n'), ['04/11/2026 2026-11-04 numeric-day-first']);
    assert.deepEqual(stampDay('Data as of 04/11/2026 (16:30 BST).\n'), ['04/11/2026 2026-11-04 numeric-day-first']);
    // India's "as on" is the same idiom.
    assert.deepEqual(stampDay('NAV as on 05/11/2026.\n'), ['05/11/2026 2026-11-05 numeric-day-first']);
    // A month-first date elsewhere in the note still wins: the writer's own order beats the idiom.
    assert.deepEqual(stampDay('Prices as at 03/11/2026.\n\nThe low was on October 20, 2026.\n'), ['03/11/2026 2026-03-11 numeric']);
  });

  it('"as at" that is no stamp\'s anchor, and zones American desks write, say nothing of the order', () => {
    // "as high as at any time" compares; GMT, UTC and ET are written on both sides of the Atlantic.
    assert.deepEqual(stampDay('As of 03/11/2026, volatility was as high as at any time since 2020.\n'), ['03/11/2026 2026-03-11 numeric']);
    assert.deepEqual(stampDay('Prices as of 03/11/2026, 16:30 GMT.\n'), ['03/11/2026 2026-03-11 numeric']);
    assert.deepEqual(stampDay('Prices as of 03/11/2026, 4:00 PM ET (LIST: ABC).\n'), ['03/11/2026 2026-03-11 numeric']);
  });

  it('re-stamps a day-first slash date day-first', () => {
    const [unambiguous] = findAsOfStamps('Prices as at 16/10/2026.\n');
    assert.equal(unambiguous.style, 'numeric-day-first');
    assert.equal(restampEdit(unambiguous, { year: 2026, month: 11, day: 30 }).newText, '30/11/2026');
    const [read] = findAsOfStamps('Prices as at 03/11/2026 on 16 October 2026.\n');
    assert.equal(restampEdit(read, { year: 2026, month: 11, day: 30 }).newText, '30/11/2026');
  });
});
