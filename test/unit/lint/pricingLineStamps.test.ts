// Research notes' pricing lines, which date the prices a note quotes: "Priced at the close of 15 October 2026",
// "Priced on …", "Closing prices of …", "Prices quoted are closing prices on …", at a line's start. A deal's "priced
// on" inside a sentence is another day's, not the note's. Fixtures are our own words.
import { strict as assert } from 'node:assert';
import { findAsOfStamps } from '../../../src/core/lint';
import { formatIsoDate } from '../../../src/core/lint/calendarDate';

const stamps = (text: string) => findAsOfStamps(text).map((stamp) => `${text.slice(stamp.dateOffset, stamp.dateOffset + stamp.dateLength)} → ${formatIsoDate(stamp.date)}`);

describe('research notes’ pricing lines', () => {
  it('reads "Priced at the close of", "Priced on", "Priced as of close" at a line’s start', () => {
    assert.deepEqual(stamps('Orcadia (ORCD) trades at $41.20.\n\nPriced at the close of 15 October 2026.'), ['15 October 2026 → 2026-10-15']);
    assert.deepEqual(stamps('Priced at close of 15/10/2026.\n\nOrcadia (ORCD) trades at $41.20.'), ['15/10/2026 → 2026-10-15']);
    assert.deepEqual(stamps('Priced on 15 October 2026.'), ['15 October 2026 → 2026-10-15']);
    assert.deepEqual(stamps('*Priced as of close 15 October 2026*'), ['15 October 2026 → 2026-10-15']);
  });

  it('reads "Closing prices of" and "Prices quoted are closing prices on"', () => {
    assert.deepEqual(stamps('Closing prices of 15 October 2026.'), ['15 October 2026 → 2026-10-15']);
    assert.deepEqual(stamps('Prices quoted are closing prices on 15 October 2026.'), ['15 October 2026 → 2026-10-15']);
  });

  it('leaves a deal priced on a day, inside a sentence, unread', () => {
    assert.deepEqual(stamps('The offering priced on 15 October 2025 at $17 a share.'), []);
    assert.deepEqual(stamps('Orcadia said the notes were priced on 15 October 2025.'), []);
    assert.deepEqual(stamps('Priced at $17, the shares look cheap.'), []);
  });
});
