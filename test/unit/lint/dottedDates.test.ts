// Dotted dates ("20.11.2026") are written day-first wherever dots are used; they are stamps after the usual anchors,
// a re-stamp writes them back with dots, and they tell an ambiguous slash date that the note is day-first.
import { strict as assert } from 'node:assert';
import { applyEdits, findAsOfStamps, lintNote, restampEdit } from '../../../src/core/lint';
import { formatDate, formatIsoDate } from '../../../src/core/lint/calendarDate';
import { readDottedDate } from '../../../src/core/lint/plainDates';

const stamps = (text: string) => findAsOfStamps(text).map((stamp) => `${stamp.dateText} ${formatIsoDate(stamp.date)} ${stamp.style}`);

describe('dotted dates', () => {
  for (const [text, expected] of [
    ['As of 20.11.2026, the DAX held its gains.', '20.11.2026 2026-11-20 dotted'],
    ['Closing levels as at 03.04.2026 (Frankfurt).', '03.04.2026 2026-04-03 dotted'],
    ['Data as of 3.4.2026; the euro was firm.', '3.4.2026 2026-04-03 dotted-unpadded'],
    ['Stand: 20.11.2026\n\nThe index traded sideways.', '20.11.2026 2026-11-20 dotted'],
    ['**Stand:** 29.02.2028', '29.02.2028 2028-02-29 dotted'],
    ['Returns through 30.9.2026.', '30.9.2026 2026-09-30 dotted-unpadded'],
    ['Weekly notes\n\n20.11.2026\n\nEuropean shares ended higher.', '20.11.2026 2026-11-20 dotted'],
    ['# Europe at the close — 20.11.2026\n\nBanks led.', '20.11.2026 2026-11-20 dotted'],
    ['---\nasOf: 20.11.2026\n---\nText.', '20.11.2026 2026-11-20 dotted'],
    ['As of 20.11.2026 16:00 CET the spread was 110 bp.', '20.11.2026 2026-11-20 dotted'],
  ]) {
    it(`reads "${text.split('\n').join(' / ')}" day-first`, () => {
      assert.deepEqual(stamps(text), [expected]);
    });
  }

  for (const [why, text] of [
    ['a version number', 'As of v2.11.2026 the app shows quotes.'],
    ['a release with a build after it', 'as of 2.11.2026.4 the feed is faster'],
    ['a section number', 'as of 1.2.3 of the prospectus'],
    ['an address', 'as of 192.168.1.10 the server answers'],
    ['a two-digit year', 'As of 20.11.26, the index held.'],
    ['no 31 February', 'As of 31.02.2026, the index held.'],
    ['no 13th month: month-first is not how dots are written', 'As of 11.20.2026, the index held.'],
    ['more digits after the year', 'as of 20.11.20261 units'],
    ['a range', 'As of 20.11.2026 – 27.11.2026 the index held.'],
    ['"Stand" without its colon', 'Stand 20.11.2026 was a long day.'],
    ['"Stand:" mid-line', 'Our stand: 20.11.2026 was the turn.'],
    ['a decimal', 'As of 20.11 the ratio was 4.5.'],
  ]) {
    it(`no stamp: ${why}`, () => {
      assert.deepEqual(stamps(text), []);
    });
  }

  it('reads only a whole dotted date at the start of the text', () => {
    assert.deepEqual(readDottedDate('20.11.2026, the close'), { text: '20.11.2026', year: 2026, month: 11, day: 20 });
    assert.deepEqual(readDottedDate('20.11.2026.'), { text: '20.11.2026', year: 2026, month: 11, day: 20 });
    for (const text of ['20.11.2026x', '0.11.2026', '20.0.2026', '20-11-2026', ' 20.11.2026']) assert.equal(readDottedDate(text), undefined, text);
  });

  it('formats a re-stamp in the writer\'s dotted style, padded or not', () => {
    const date = { year: 2026, month: 12, day: 5 };
    assert.equal(formatDate(date, 'dotted'), '05.12.2026');
    assert.equal(formatDate(date, 'dotted-unpadded'), '5.12.2026');
    const [padded] = findAsOfStamps('As of 20.11.2026, the DAX held.');
    assert.equal(restampEdit(padded, date).newText, '05.12.2026');
    const [unpadded] = findAsOfStamps('As of 20.1.2026, the DAX held.');
    assert.equal(restampEdit(unpadded, date).newText, '5.12.2026');
  });

  it('stale-as-of and future-date re-stamp it with dots', async () => {
    const stale = 'As of 20.01.2026, the DAX held.\n';
    const [old] = await lintNote(stale, { today: '2026-11-21', only: ['stale-as-of'] });
    assert.equal(applyEdits(stale, old.fixes![0].edits), 'As of 21.11.2026, the DAX held.\n');
    const typo = 'Stand: 1.12.2027\n\nThe DAX held.\n';
    const [ahead] = await lintNote(typo, { today: '2026-11-21', only: ['future-date'] });
    assert.equal(applyEdits(typo, ahead.fixes![0].edits), 'Stand: 21.11.2026\n\nThe DAX held.\n');
  });

  it('says a note is day-first, so an ambiguous slash stamp is read day-first', () => {
    assert.deepEqual(stamps('Prices as at 03/11/2026.\n\nThe DAX peaked on 16.10.2026.\n'), ['03/11/2026 2026-11-03 numeric-day-first']);
    // Not when the note also writes month-first, nor when the dots are a version number.
    assert.deepEqual(stamps('Prices as at 03/11/2026.\n\nPeaks on 16.10.2026 and on October 20, 2026.\n'), ['03/11/2026 2026-03-11 numeric']);
    // ("as of", not "as at": "as at" before the stamp says day-first by itself, see slashDates.test.ts.)
    assert.deepEqual(stamps('Prices as of 03/11/2026.\n\nThe app moved to 2.10.2026.4 this week.\n'), ['03/11/2026 2026-03-11 numeric']);
  });
});
