// "(through <date>)" right after a figure is that figure's own as-of date, as a parenthetical "(as of …)" is: a
// stamp for stale-as-of and future-date, the claim's as-of date for conflicting-figures, the anchor of the figure's
// relative phrase for relative-time — and it dates nothing after it.
import { strict as assert } from 'node:assert';
import { extractFigures, findAsOfStamps, lintNote, NoteSource } from '../../../src/core/lint';
import { formatIsoDate } from '../../../src/core/lint/calendarDate';

const today = '2026-11-29';
const stamps = (text: string) =>
  findAsOfStamps(text, undefined, { today: { year: 2026, month: 11, day: 29 } }).map((stamp) => `${text.slice(stamp.offset, stamp.offset + stamp.length)} → ${formatIsoDate(stamp.date)}`);
const claimDays = (text: string) => {
  const note = new NoteSource(text);
  return extractFigures(note, findAsOfStamps(note.text, note)).map((figure) => `${figure.text} ${figure.asOf?.label ?? '-'}`);
};
const rules = async (text: string, only: string[]) => (await lintNote(text, { today, only })).map((finding) => `${finding.ruleId}: ${finding.message.split(' (')[0]}`);

describe('"(through <date>)" after a figure', () => {
  it('is a stamp after a figure, with its period’s words between or not', () => {
    assert.deepEqual(stamps('The Alder Income Fund returned 6.1% (through Nov. 20, 2026).'), ['through Nov. 20, 2026 → 2026-11-20']);
    assert.deepEqual(stamps('Small caps are up 9.8% year to date (through Nov. 20).'), ['through Nov. 20 → 2026-11-20']);
    assert.deepEqual(stamps('Shares closed at $44.10 (thru 11/20/2026).'), ['thru 11/20/2026 → 2026-11-20']);
    // Not after words alone: a schedule, not a figure's date.
    assert.deepEqual(stamps('The offer stays open (through Dec. 31, 2026).'), []);
  });

  it('dates its claim, not the sentence’s stamp', () => {
    const text = 'As of Oct. 30, 2026, the market was calm.\n\nThe Russell 2000 is up 9.8% this year (through Nov. 20, 2026), and the S&P 500 is up 14% this year.\n';
    assert.deepEqual(claimDays(text), ['9.8% November 20, 2026', '14% October 30, 2026']);
  });

  it('anchors the figure’s relative phrase for relative-time, before or after the phrase', async () => {
    assert.deepEqual(await rules('The Alder Income Fund returned 6.1% this year (through Nov. 20).\n', ['relative-time']), []);
    assert.deepEqual(await rules('The Alder Income Fund returned 6.1% (through Nov. 20, 2026) so far this year.\n', ['relative-time']), []);
    // An old stamp of the figure's own makes the phrase as stale as the note's would.
    assert.deepEqual(await rules('The Alder Income Fund returned 6.1% this year (through Jan. 20, 2026).\n', ['relative-time']), ['relative-time: "this year"']);
    // A fresh note stamp does not rescue a figure whose own date is old.
    assert.deepEqual(await rules('As of Nov. 27, 2026:\n\nThe fund returned 6.1% this year (through Jan. 20, 2026).\n', ['relative-time']), ['relative-time: "this year"']);
  });

  it('is reported by stale-as-of when old and by future-date when ahead, and dates nothing after it', async () => {
    assert.deepEqual(await rules('The fund returned 6.1% this year (through Jan. 20, 2026).\n', ['stale-as-of']), ['stale-as-of: As-of date Jan. 20, 2026 is 313 days old']);
    assert.deepEqual(await rules('The fund returned 6.1% this year (through Dec. 20, 2026).\n', ['future-date']), ['future-date: As-of date Dec. 20, 2026 is 21 days after today']);
    // The sentence after it has no as-of date of its own.
    assert.deepEqual(await rules('The fund returned 6.1% (through Nov. 20, 2026). Small caps are up 9% this year.\n', ['relative-time']), ['relative-time: "this year" dates "9%" in a note with no as-of date: a reader cannot tell when it was true']);
  });
});
