// Two moves of one subject, each with its period after it: "up 1.5% this week and 4% so far this month". The period
// right after the first value is that value's; the second value takes the one after it, not the nearer one before
// it — read the other way, the note contradicted itself (two weekly moves of 1.5% and 4%). Sentences are our own.
import { strict as assert } from 'node:assert';
import { claimsOf as claimsAt } from './claimsOf';

const claimsOf = (text: string) => claimsAt(text, 'November 27, 2026');

describe('claims: each value’s period after it', () => {
  it('gives the second value the period after it', () => {
    const both = ['sp-500|return|week:2026-11-23 1.45…1.55 "1.5%"', 'sp-500|return|month:2026-11 3.5…4.5 "4%"'];
    assert.deepEqual(claimsOf('The S&P 500 is up 1.5% this week and 4% so far this month.'), both);
    assert.deepEqual(claimsOf('The S&P 500 is up 1.5% so far this week and 4% so far in November.'), both);
  });

  it('still shares one period after a list of values', () => {
    assert.deepEqual(claimsOf('The Dow and the Nasdaq fell 1% and 2%, respectively, on Thursday.'), [
      'dow|return|day:2026-11-26 -1.5…-0.5 "1%"',
      'nasdaq-composite|return|day:2026-11-26 -2.5…-1.5 "2%"',
    ]);
  });
});

// "up 16% YTD and 14% y/y": the second value names a time or basis of its own that is no period read here, and it
// took the first value's period — two year-to-date returns of one index in one sentence, a conflict with itself.
describe('claims: a second value that names its own time after it', () => {
  it('is not the first value’s period’s', () => {
    const ytd = ['sp-500|return|ytd:2026 15.5…16.5 "16%"'];
    assert.deepEqual(claimsOf('The S&P 500 is up 16% YTD and 14% y/y.'), ytd);
    assert.deepEqual(claimsOf('The S&P 500 is up 16% YTD and 14% year over year.'), ytd);
    assert.deepEqual(claimsOf('The S&P 500 is up 16% YTD and 14% from a year ago.'), ytd);
    assert.deepEqual(claimsOf('The S&P 500 is up 16% YTD and 1.2% w/w.'), ytd);
    assert.deepEqual(claimsOf('The S&P 500 rose 7% in the third quarter and 15% in the first nine months.'), ['sp-500|return|quarter:2026-Q3 6.5…7.5 "7%"']);
    assert.deepEqual(claimsOf('Orcadia (NASDAQ: ORCD) said revenue rose 22% in the third quarter and 15% in the first nine months.'), [
      'ticker:ORCD|revenue-growth|quarter:2026-Q3 21.5…22.5 "22%"',
    ]);
  });

  it('while a period it names that is read is its own', () => {
    assert.deepEqual(claimsOf('The S&P 500 is up 16% YTD and 14% over 12 months.'), ['sp-500|return|ytd:2026 15.5…16.5 "16%"', 'sp-500|return|span:12m 13.5…14.5 "14%"']);
  });
});

// "The S&P 500 rose 0.5% on Friday, while the Nasdaq gained 1.2% in the holiday-shortened week": the parallel item
// names a time of its own that is no period read here, and it took the first item's day; so did a move after a lead
// that closed the session, or under an "On Friday:" lead-in.
describe('claims: a move that names a time of its own not read here', () => {
  it('takes no parallel item’s period, no closed session’s and no lead-in’s', () => {
    const friday = ['sp-500|return|day:2026-11-27 0.45…0.55 "0.5%"'];
    assert.deepEqual(claimsOf('The S&P 500 rose 0.5% on Friday, while the Nasdaq gained 1.2% in the holiday-shortened week.'), friday);
    assert.deepEqual(claimsOf('The S&P 500 rose 0.5% on Friday, while the Nasdaq gained 1.2% this holiday week.'), friday);
    assert.deepEqual(claimsOf('The S&P 500 rose 0.5% on Friday, the Nasdaq 1.2% over the five sessions.'), friday);
    assert.deepEqual(claimsOf('Germany’s DAX rose 0.6% on Friday, while France’s CAC 40 added 0.3% in the final hour.'), ['dax|return|day:2026-11-27 0.55…0.65 "0.6%"']);
    assert.deepEqual(claimsOf('Stocks closed higher on Friday. The Nasdaq gained 1.2% in the holiday-shortened week.'), []);
    assert.deepEqual(claimsOf('On Friday:\n\nThe Nasdaq gained 1.2% in the holiday-shortened week.'), []);
  });

  it('nor one whose clause opens on such a time', () => {
    const lead = 'U.S. stocks closed higher on Friday in a shortened session after Thanksgiving.';
    assert.deepEqual(claimsOf(`${lead}\n\nFor the holiday-shortened week, the S&P 500 gained 0.9% and the Nasdaq rose 1.4%.`), []);
    // The lead's session still dates a move with no time of its own, and a record's scope is no time of the move.
    assert.deepEqual(claimsOf(`${lead}\n\nThe Dow rose 0.4%.`), ['dow|return|day:2026-11-27 0.35…0.45 "0.4%"']);
    assert.deepEqual(claimsOf(`${lead} The S&P 500 rose 0.5%, its best day in a month.`), ['sp-500|return|day:2026-11-27 0.45…0.55 "0.5%"']);
    assert.deepEqual(claimsOf(`${lead} The S&P 500 rose 0.5% for the first time in a week.`), ['sp-500|return|day:2026-11-27 0.45…0.55 "0.5%"']);
    assert.deepEqual(claimsOf(`${lead} The S&P 500 rose 0.5% in a holiday-shortened session.`), ['sp-500|return|day:2026-11-27 0.45…0.55 "0.5%"']);
  });

  it('while a time it names that is read is its own', () => {
    assert.deepEqual(claimsOf('The S&P 500 rose 0.5% on Friday and the Nasdaq gained 1.2% in the past two sessions.'), [
      'sp-500|return|day:2026-11-27 0.45…0.55 "0.5%"',
      'nasdaq-composite|return|span:2d 1.15…1.25 "1.2%"',
    ]);
  });
});
