// A running figure counted to a day before the note's stamp — "up 2.1% for the month through Thursday", "year to date
// through Nov. 20", "Last week the Dow logged its third straight weekly advance" — is dated to that day, not the
// stamp: another note's figure of the stamp's day may differ by a day's move. A figure counted to a day with no span
// of its own ("Through Thursday, the S&P 500 was up 2.1%") says neither the span nor that day's move: no claim.
// Fixtures are our own sentences, in the manner of weekly wraps and midweek market notes.
import { strict as assert } from 'node:assert';
import { extractFigures, findAsOfStamps, NoteSource, resolveLintConfig } from '../../../src/core/lint';
import { lintTogether } from './wireScore';

/** Each claim's key, value and the day it is dated to, under a stamp of Friday, November 27, 2026 (or `stampLine`). */
function datedClaims(text: string, stampLine = 'As of November 27, 2026.'): string[] {
  const note = new NoteSource(`${stampLine}\n\n${text}\n`);
  return extractFigures(note, findAsOfStamps(note.text, note)).map((figure) => `${figure.key} ${figure.text} @${figure.asOf?.label ?? '-'}`);
}

describe('claims: a running figure counted to a day written number first', () => {
  // Desks outside the U.S. and data footers write the cutoff day "30.09.2026", "30 September 2026", "2026-09-30".
  const september = (text: string) => `ticker:HVFX|return|ytd:2026 ${text} @September 30, 2026`;
  it('is dated to that day, however the day is written', () => {
    assert.deepEqual(datedClaims('Through 30.09.2026, the Harbor Value Fund (HVFX) was up 9% year to date.'), [september('9%')]);
    assert.deepEqual(datedClaims('The Harbor Value Fund (HVFX) was up 9% year to date as at 30 September 2026.'), [september('9%')]);
    assert.deepEqual(datedClaims('Up to 30 September 2026, the Harbor Value Fund (HVFX) returned 9% year to date.'), [september('9%')]);
    assert.deepEqual(datedClaims('The Harbor Value Fund (HVFX) was up 9% year to date through 2026-09-30.'), [september('9%')]);
    assert.deepEqual(datedClaims('The Harbor Value Fund (HVFX) was up 9% year to date as of 9/30/2026.'), [september('9%')]);
    assert.deepEqual(datedClaims('The Harbor Value Fund (HVFX) was up 9% year to date as at 30/09/2026.'), [september('9%')]);
  });

  it('makes no claim when a slashed day could be read either way', () => {
    assert.deepEqual(datedClaims('The Harbor Value Fund (HVFX) was up 9% year to date as of 10/11/2026.'), []);
  });

  it('leaves a stamp leading its sentence to the stamp reader, which knows the note’s day order', () => {
    assert.deepEqual(datedClaims('As of 11/2/2026, the Harbor Value Fund (HVFX) is up 9% year to date.', 'Notes.'), ['ticker:HVFX|return|ytd:2026 9% @November 2, 2026']);
  });

  it('leaves "up to" a value alone', () => {
    assert.deepEqual(datedClaims('The Harbor Value Fund (HVFX) is up 9% year to date, up to 30% for some share classes.'), ['ticker:HVFX|return|ytd:2026 9% @November 27, 2026']);
  });

  it('is not set against the note’s current year-to-date figure', async () => {
    const text = 'As of 2026-11-20.\n\nThrough 30.09.2026, the Harbor Value Fund (HVFX) was up 9% year to date. The Harbor Value Fund (HVFX) is up 12% year to date.\n';
    const found = await lintTogether({ 'a.md': text }, '2026-11-21', resolveLintConfig());
    assert.deepEqual(found['a.md'].filter((finding) => finding.ruleId === 'conflicting-figures'), []);
  });
});

describe('claims: a running figure counted to a day before the stamp', () => {
  it('is dated to that weekday, however the cutoff is said', () => {
    assert.deepEqual(datedClaims('Through Thursday, the S&P 500 was up 2.1% for the month.'), ['sp-500|return|month:2026-11 2.1% @November 26, 2026']);
    assert.deepEqual(datedClaims('The S&P 500 was up 2.1% for the month through Thursday.'), ['sp-500|return|month:2026-11 2.1% @November 26, 2026']);
    assert.deepEqual(datedClaims('As of Thursday’s close, the Nasdaq had gained 3% this month.'), ['nasdaq-composite|return|month:2026-11 3% @November 26, 2026']);
    assert.deepEqual(datedClaims('By Thursday’s close, the Nasdaq had gained 3% this month.'), ['nasdaq-composite|return|month:2026-11 3% @November 26, 2026']);
    assert.deepEqual(datedClaims('The Nasdaq is up 3% month to date through Wednesday.'), ['nasdaq-composite|return|month:2026-11 3% @November 25, 2026']);
    assert.deepEqual(datedClaims('Through the close on Wednesday, small caps had gained 4.2% this week.'), ['russell-2000|return|week:2026-11-23 4.2% @November 25, 2026']);
    assert.deepEqual(datedClaims('Through Thursday, the Dow had risen for five straight sessions.'), ['dow|streak|streak:session:moves:absolute five straight sessions @November 26, 2026']);
  });

  it('is dated to a calendar day, this year’s unless the words name one', () => {
    assert.deepEqual(datedClaims('Year to date through Nov. 20, the S&P 500 returned 14%.'), ['sp-500|return|ytd:2026 14% @November 20, 2026']);
    assert.deepEqual(datedClaims('The S&P 500 was up 14% this year as of Nov. 20, 2026.'), ['sp-500|return|ytd:2026 14% @November 20, 2026']);
    // A day after the stamp's is a slip of one of the two dates: which one is not said.
    assert.deepEqual(datedClaims('The S&P 500 returned 14% year to date through Dec. 20.'), []);
  });

  it('is dated to the session before the stamp’s when counted "heading into today"', () => {
    assert.deepEqual(datedClaims('Heading into today, shares of Orcadia Systems (NASDAQ: ORCD) had lost 8.5% over the past month.'), ['ticker:ORCD|return|span:1m 8.5% @November 26, 2026']);
    assert.deepEqual(datedClaims('Prior to today’s trading, Orcadia Systems (NASDAQ: ORCD) shares had gained 9.4% over the past month.'), ['ticker:ORCD|return|span:1m 9.4% @November 26, 2026']);
    // A Monday's eve is the Friday before.
    assert.deepEqual(datedClaims('Coming into today, Orcadia Systems (NASDAQ: ORCD) shares had gained 4.2% in the past month.', 'As of November 30, 2026.'), ['ticker:ORCD|return|span:1m 4.2% @November 27, 2026']);
  });

  it('makes no claim when the figure names no span of its own', () => {
    assert.deepEqual(datedClaims('Through Thursday, the S&P 500 was up 2.1%.'), []);
    assert.deepEqual(datedClaims('The Russell 2000 was up 3.4% as of Wednesday’s close.'), []);
    // A range of days is neither day's move.
    assert.deepEqual(datedClaims('The Nasdaq gained 5% from Monday through Thursday.'), []);
    assert.deepEqual(datedClaims('From Monday to Wednesday, the Nasdaq gained 5%.'), []);
    // Nor under a lead-in's period or a closed session: the cutoff says the figure is not of either.
    assert.deepEqual(datedClaims('Stocks closed higher on Friday. Through Thursday, the S&P 500 had gained 1.2%.'), []);
  });

  it('makes no claim when the weekday cannot be placed: an undated note, a month stamp', () => {
    assert.deepEqual(datedClaims('Through Thursday, the S&P 500 was up 2.1% for the month.', '# Notes'), []);
    assert.deepEqual(datedClaims('Through Thursday, the S&P 500 was up 2.1% for the month.', 'As of November 2026.'), []);
  });

  it('leaves a named session’s move, another clause’s figure, and a cause alone', () => {
    assert.deepEqual(datedClaims('Through Wednesday, the Dow rose 1.1% on the week, and it gained 0.4% on Thursday.'), [
      'dow|return|week:2026-11-23 1.1% @November 25, 2026',
      'dow|return|day:2026-11-26 0.4% @November 27, 2026',
    ]);
    assert.deepEqual(datedClaims('The S&P 500 is up 14% this year, while the Nasdaq had gained 3% this month through Thursday.'), [
      'sp-500|return|ytd:2026 14% @November 27, 2026',
      'nasdaq-composite|return|month:2026-11 3% @November 26, 2026',
    ]);
    assert.deepEqual(datedClaims('The Dow fell 0.8% on Friday, hit by Thursday’s jobs data.'), ['dow|return|day:2026-11-27 0.8% @November 27, 2026']);
  });

  it('reads "since Thursday" as a span from that session, not its move', () => {
    assert.deepEqual(datedClaims('The S&P 500 has gained 2% since Thursday.'), ['sp-500|return|since:2026-11-26 2% @November 27, 2026']);
  });

  it('reads no return column whose header counts to a day', () => {
    const table = '| Index | YTD through Thursday |\n|---|---|\n| S&P 500 | +14.1% |';
    assert.deepEqual(datedClaims(table), []);
  });
});

describe('claims: a streak told of a day or week gone by', () => {
  it('is dated to the day it stood, not the stamp', () => {
    assert.deepEqual(datedClaims('Last week the Dow logged its third straight weekly advance.'), ['dow|streak|streak:week:moves:absolute third straight weekly advance @November 20, 2026']);
    assert.deepEqual(datedClaims('The Dow logged its third straight weekly advance last week.'), ['dow|streak|streak:week:moves:absolute third straight weekly advance @November 20, 2026']);
    assert.deepEqual(datedClaims('The Nasdaq rose for a third straight session on Wednesday.'), ['nasdaq-composite|streak|streak:session:moves:absolute third straight session @November 25, 2026']);
  });

  it('keeps the stamp for this week’s and the stamp day’s streak', () => {
    assert.deepEqual(datedClaims('The Nasdaq rose for a third straight session on Friday.'), ['nasdaq-composite|streak|streak:session:moves:absolute third straight session @November 27, 2026']);
    assert.deepEqual(datedClaims('The S&P 500 posted its third straight weekly gain this week.'), ['sp-500|streak|streak:week:moves:absolute third straight weekly gain @November 27, 2026']);
  });
});

describe('conflicting-figures: figures counted to different days', () => {
  const pair = async (a: string, b: string) => {
    const results = await lintTogether({ 'a.md': `As of 2026-11-27.\n\n${a}\n`, 'b.md': `As of 2026-11-27.\n\n${b}\n` }, '2026-11-29', resolveLintConfig());
    return [...results['a.md'], ...results['b.md']].filter((finding) => finding.ruleId === 'conflicting-figures');
  };

  it('allows a day’s move between a figure through Thursday and one of Friday', async () => {
    assert.deepEqual(await pair('Through Thursday, the S&P 500 was up 2.1% for the month.', 'The S&P 500 is up 3.4% for the month.'), []);
    assert.deepEqual(await pair('Last week the Dow logged its third straight weekly advance.', 'The Dow posted its fourth straight weekly gain.'), []);
  });

  it('still finds a gap no day’s move explains', async () => {
    assert.equal((await pair('Through Thursday, the S&P 500 was up 2.1% for the month.', 'The S&P 500 is up 7% for the month.')).length, 2);
  });
});
