// "The S&P 500 finished November up 5.4%": the month a close ended, as "ended 2025 up 23%" is the year's — not the
// session of a close with no day named, which it was read as; nor is "closed up 1% on Nov. 20" the note's session's
// close. Sentences are our own, in the manner of monthly wraps.
import { strict as assert } from 'node:assert';
import { extractFigures, findAsOfStamps, NoteSource } from '../../../src/core/lint';
import { claimsOf } from './claimsOf';

describe('claims: a month a close ended', () => {
  it('is that month’s move, this one’s or one gone by', () => {
    assert.deepEqual(claimsOf('The S&P 500 finished November up 5.4%.', 'November 30, 2026'), ['sp-500|return|month:2026-11 5.35…5.45 "5.4%"']);
    assert.deepEqual(claimsOf('The Dow ended October down 1.2%.', 'November 30, 2026'), ['dow|return|month:2026-10 -1.25…-1.15 "1.2%"']);
    assert.deepEqual(claimsOf('The Nasdaq closed out November with a 2% gain.', 'November 30, 2026'), ['nasdaq-composite|return|month:2026-11 1.5…2.5 "2%"']);
  });

  it('with the move right after the month, its size first ("ended November 2.3% higher"), not the session’s close', () => {
    assert.deepEqual(claimsOf('The S&P 500 ended November 2.3% higher.', 'December 1, 2026'), ['sp-500|return|month:2026-11 2.25…2.35 "2.3%"']);
    assert.deepEqual(claimsOf('The Dow closed October 1.2% lower.', 'December 1, 2026'), ['dow|return|month:2026-10 -1.25…-1.15 "1.2%"']);
    // A day after the month is a session's close.
    assert.deepEqual(claimsOf('The Dow ended November 20 up 0.4%.', 'December 1, 2026'), ['dow|return|day:2026-11-20 0.35…0.45 "0.4%"']);
  });

});

describe('claims: a close on a day of the calendar', () => {
  it('is no close of the note’s session when the day is another', () => {
    assert.deepEqual(claimsOf('The S&P 500 closed up 1% on Nov. 20.', 'November 27, 2026'), []);
    assert.deepEqual(claimsOf('On November 20, 2026, the S&P 500 closed up 1%.', 'November 27, 2026'), []);
    assert.deepEqual(claimsOf('The FTSE 100 closed 1% higher on 20 November.', 'November 27, 2026'), []);
  });

  it('is the session’s close on the session’s own day, and a date elsewhere in the sentence leaves the close alone', () => {
    assert.deepEqual(claimsOf('The S&P 500 closed up 1% on Nov. 27.', 'November 27, 2026'), ['sp-500|return|day:2026-11-27 0.5…1.5 "1%"']);
    assert.deepEqual(claimsOf('The S&P 500 closed up 1%, its best day since Oct. 3.', 'November 27, 2026'), ['sp-500|return|day:2026-11-27 0.5…1.5 "1%"']);
    assert.deepEqual(claimsOf('The S&P 500 closed up 1% ahead of the Dec. 10 Fed decision.', 'November 27, 2026'), ['sp-500|return|day:2026-11-27 0.5…1.5 "1%"']);
  });
});

describe('claims: "this past week", "this past month"', () => {
  it('is the one that has ended by the note’s day, as a close that ended it is — a Friday note’s own week', () => {
    assert.deepEqual(claimsOf('The Nasdaq fell 0.5% this past week.', 'Friday, November 27, 2026'), ['nasdaq-composite|return|week:2026-11-23 -0.55…-0.45 "0.5%"']);
    assert.deepEqual(claimsOf('The Nasdaq fell 0.5% this past week.', 'Saturday, November 28, 2026'), ['nasdaq-composite|return|week:2026-11-23 -0.55…-0.45 "0.5%"']);
    assert.deepEqual(claimsOf('The Nasdaq fell 0.5% this past week.', 'Monday, November 30, 2026'), ['nasdaq-composite|return|week:2026-11-23 -0.55…-0.45 "0.5%"']);
    assert.deepEqual(claimsOf('The Dow rose 2.3% this past month.', 'December 2, 2026'), ['dow|return|month:2026-11 2.25…2.35 "2.3%"']);
    assert.deepEqual(claimsOf('Nasdaq: past week -0.5%', 'Friday, November 27, 2026'), ['nasdaq-composite|return|week:2026-11-23 -0.55…-0.45 "-0.5%"']);
  });

  it('midweek, or mid-month, which one is in doubt: no claim', () => {
    assert.deepEqual(claimsOf('The Nasdaq fell 0.5% this past week.', 'Wednesday, November 18, 2026'), []);
    assert.deepEqual(claimsOf('The Dow rose 2.3% this past month.', 'November 18, 2026'), []);
  });

  it('while "last week" in a Friday note is still the week before', () => {
    assert.deepEqual(claimsOf('The Nasdaq fell 0.5% last week.', 'Friday, November 27, 2026'), ['nasdaq-composite|return|week:2026-11-16 -0.55…-0.45 "0.5%"']);
  });

  it('names the week in the message as "this week" or "last week", as the as-of date sees it', () => {
    const periodOf = (text: string, asOf: string) => {
      const note = new NoteSource(`As of ${asOf}.\n\n${text}\n`);
      return extractFigures(note, findAsOfStamps(note.text, note)).map((figure) => figure.period);
    };
    assert.deepEqual(periodOf('The Nasdaq fell 0.5% this past week.', 'Friday, November 27, 2026'), ['this week']);
    assert.deepEqual(periodOf('The Nasdaq ended the week down 0.5%.', 'Monday, November 30, 2026'), ['last week']);
  });
});

// "In October, the S&P 500 ended the month up 2%": "the month" a close ended is the one the sentence named before it.
// Read from the calendar alone, a note of November 30 took it for November, and a Friday note's "Last week, … ended
// the week" for this week.
describe('claims: the period a close ended, named before it in its sentence', () => {
  it('is the month or week named, not the one the as-of date makes it', () => {
    assert.deepEqual(claimsOf('In October, the S&P 500 ended the month up 2%.', 'November 30, 2026'), ['sp-500|return|month:2026-10 1.5…2.5 "2%"']);
    assert.deepEqual(claimsOf('Last week, the S&P 500 ended the week with a 0.8% gain.', 'Friday, November 27, 2026'), ['sp-500|return|week:2026-11-16 0.75…0.85 "0.8%"']);
    assert.deepEqual(claimsOf('In 2025, the S&P 500 ended the year up 23%.', 'November 20, 2026'), ['sp-500|return|year:2025 22.5…23.5 "23%"']);
  });

  it('is in doubt after a sentence opening on a period it only refers to', () => {
    assert.deepEqual(claimsOf('The week before, the Nasdaq closed the week down 1.1%.', 'Friday, November 27, 2026'), []);
    assert.deepEqual(claimsOf('That month, the Dow ended the month 2% higher.', 'November 30, 2026'), []);
  });

  it('keeps the calendar’s reading when the period named is after it, or another figure stands between', () => {
    assert.deepEqual(claimsOf('The Nasdaq ended the week up 2%, after falling 1% last week.', 'Friday, November 27, 2026'), [
      'nasdaq-composite|return|week:2026-11-23 1.5…2.5 "2%"',
      'nasdaq-composite|return|week:2026-11-16 -1.5…-0.5 "1%"',
    ]);
    assert.deepEqual(claimsOf('The S&P 500 ended the week up 1.2%.', 'Friday, November 27, 2026'), ['sp-500|return|week:2026-11-23 1.15…1.25 "1.2%"']);
  });
});
