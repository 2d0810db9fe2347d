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
