import { strict as assert } from 'node:assert';
import { isMarketOpen, nyseHolidays, zonedDate, zonedTimeToEpoch } from '../../../src/core/quotes/marketHours';

const at = (iso: string) => Date.parse(iso);

describe('marketHours', () => {
  describe('NYSE holidays, computed', () => {
    const expected: Record<number, string[]> = {
      // 2022: New Year's Day fell on a Saturday and was not made up on Friday 31 December 2021.
      2022: ['2022-01-17', '2022-02-21', '2022-04-15', '2022-05-30', '2022-06-20', '2022-07-04', '2022-09-05', '2022-11-24', '2022-12-26'],
      2025: ['2025-01-01', '2025-01-20', '2025-02-17', '2025-04-18', '2025-05-26', '2025-06-19', '2025-07-04', '2025-09-01', '2025-11-27', '2025-12-25'],
      2026: ['2026-01-01', '2026-01-19', '2026-02-16', '2026-04-03', '2026-05-25', '2026-06-19', '2026-07-03', '2026-09-07', '2026-11-26', '2026-12-25'],
      2027: ['2027-01-01', '2027-01-18', '2027-02-15', '2027-03-26', '2027-05-31', '2027-06-18', '2027-07-05', '2027-09-06', '2027-11-25', '2027-12-24'],
    };
    for (const [year, dates] of Object.entries(expected)) {
      it(`${year}`, () => {
        assert.deepEqual([...nyseHolidays(Number(year)).keys()].sort(), dates);
      });
    }

    it('has no Juneteenth before 2022', () => {
      assert.ok(![...nyseHolidays(2021).values()].includes('Juneteenth'));
    });
  });

  describe('isMarketOpen for US venues', () => {
    const cases: [string, string, boolean][] = [
      ['a Monday at 10:00 New York', '2026-01-26T15:00:00Z', true],
      ['one minute before the open', '2026-01-26T14:29:00Z', false],
      ['the open', '2026-01-26T14:30:00Z', true],
      ['the last minute', '2026-01-26T20:59:00Z', true],
      ['the close', '2026-01-26T21:00:00Z', false],
      ['a Saturday', '2026-01-24T15:00:00Z', false],
      ['a Sunday', '2026-01-25T15:00:00Z', false],
      ['Good Friday', '2026-04-03T15:00:00Z', false],
      ['Independence Day observed on a Friday', '2026-07-03T15:00:00Z', false],
      ['the day after Thanksgiving before 1 p.m.', '2025-11-28T17:59:00Z', true],
      ['the day after Thanksgiving at 1 p.m.', '2025-11-28T18:00:00Z', false],
      ['Christmas Eve afternoon', '2026-12-24T19:00:00Z', false],
      ['the first Monday of daylight saving time at 9:30', '2026-03-09T13:30:00Z', true],
      ['the same day at 9:29', '2026-03-09T13:29:00Z', false],
    ];
    for (const [title, iso, open] of cases) {
      it(`${title}: ${open ? 'open' : 'closed'}`, () => {
        assert.equal(isMarketOpen('NASDAQ', at(iso)), open);
      });
    }

    it('treats a ticker without an exchange, and an index, as US', () => {
      assert.equal(isMarketOpen(undefined, at('2026-01-26T15:00:00Z')), true);
      assert.equal(isMarketOpen('INDEX', at('2026-01-24T15:00:00Z')), false);
    });
  });

  it('keeps Toronto and London hours', () => {
    assert.equal(isMarketOpen('TSX', at('2026-01-26T14:30:00Z')), true);
    assert.equal(isMarketOpen('LSE', at('2026-01-26T08:00:00Z')), true);
    assert.equal(isMarketOpen('LSE', at('2026-01-26T16:30:00Z')), false);
    assert.equal(isMarketOpen('LSE', at('2026-07-06T07:30:00Z')), true); // 08:30 British Summer Time
  });

  it('converts between instants and exchange-local times across daylight saving', () => {
    assert.equal(zonedDate(at('2026-01-27T03:00:00Z'), 'America/New_York'), '2026-01-26');
    assert.equal(zonedTimeToEpoch('2026-01-26', 16 * 60, 'America/New_York'), at('2026-01-26T21:00:00Z'));
    assert.equal(zonedTimeToEpoch('2026-07-06', 16 * 60, 'America/New_York'), at('2026-07-06T20:00:00Z'));
    assert.equal(zonedTimeToEpoch('2026-03-08', 12 * 60, 'America/New_York'), at('2026-03-08T16:00:00Z'));
  });
});
