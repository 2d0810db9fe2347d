// Stamps as broadcasters' market pages, a platform's performance footnote and Indian fund pages write them: an update
// line with "at" before its date, data given for a span of sessions (dated by the span's end), and a fund page's
// "NAV Date:" and "As On:" fields, whose dashed day-first dates are read as the note's other numeric dates are.
import { strict as assert } from 'node:assert';
import { findAsOfStamps } from '../../../src/core/lint';
import { formatIsoDate } from '../../../src/core/lint/calendarDate';

const stamps = (text: string) => findAsOfStamps(text).map((stamp) => `${text.slice(stamp.dateOffset, stamp.dateOffset + stamp.dateLength)} → ${formatIsoDate(stamp.date)}`);

describe('stamps of market pages, performance footnotes and fund pages', () => {
  it('reads an update line with "at" before its date', () => {
    assert.deepEqual(stamps('# Harbour index\n\nLast Updated at 18 Oct 2026, 15:21 GMT\n\nThe index rose 0.4% today.'), ['18 Oct 2026 → 2026-10-18']);
    assert.deepEqual(stamps('Updated at 18 Oct 2026\n\nThe index rose 0.4% today.'), ['18 Oct 2026 → 2026-10-18']);
    // An update's time of day alone dates nothing.
    assert.deepEqual(stamps('Updated at 4 p.m. ET\n\nThe index rose 0.4% today.'), []);
  });

  it('dates data given for a span of sessions by the span’s end', () => {
    assert.deepEqual(stamps('*Data from close of trading 12 November 2026 to close of trading 19 November 2026.'), ['19 November 2026 → 2026-11-19']);
    assert.deepEqual(stamps('Performance from 1 October 2026 to 19 November 2026. Past performance is no guide.'), ['19 November 2026 → 2026-11-19']);
  });

  it('leaves spans with no end day, or that name no data, unread', () => {
    assert.deepEqual(stamps('Data from 2020 to 2024 show the fund beat its benchmark.'), []);
    assert.deepEqual(stamps('Returns from January to March were strong.'), []);
    assert.deepEqual(stamps('Data from the survey to be released on 19 November 2026 will matter.'), []);
    assert.deepEqual(stamps('Investors moved from bonds to stocks on 19 November 2026.'), []);
  });

  it('reads a fund page’s "NAV Date:" and "As On:" fields', () => {
    assert.deepEqual(stamps('# Fund overview\n\nNAV Date: 16-04-2026\n\nThe fund returned 12% over one year.'), ['16-04-2026 → 2026-04-16']);
    assert.deepEqual(stamps('# Fund overview\n\nGrowth Option As On: 16-04-2026\n\nNAV 294.1'), ['16-04-2026 → 2026-04-16']);
  });

  it('leaves "as on" that compares, and a NAV date inside a sentence, unread', () => {
    assert.deepEqual(stamps('The index is back at the same level as on 3 March 2026.'), []);
    assert.deepEqual(stamps('The fund said its NAV date: 16-04-2026 was a holiday.'), []);
  });
});
