// A move's measure changed to a size — "the S&P 500's year-to-date gain shrank to 9%" — is that size with the
// measure's sign (+9%), not the verb's (−9%); a move undone by its size ("wiped out its year-to-date gain of 2%") and
// the figure a move started from ("down from a 20% gain in July") are no claims. Sentences are our own.
import { strict as assert } from 'node:assert';
import { claimsOf as claimsAt } from './claimsOf';

const claimsOf = (text: string) => claimsAt(text, 'November 27, 2026');

describe('claims: a measure changed to a size', () => {
  it('takes the measure’s sign, not the verb’s', () => {
    assert.deepEqual(claimsOf('The S&P 500’s year-to-date gain shrank to 9%.'), ['sp-500|return|ytd:2026 8.5…9.5 "9%"']);
    assert.deepEqual(claimsOf('The S&P 500’s year-to-date return slipped to about 9%.'), ['sp-500|return|ytd:2026 8.5…9.5 "about 9%"']);
    assert.deepEqual(claimsOf('The Nasdaq’s weekly loss has eased to 0.4%.'), ['nasdaq-composite|return|week:2026-11-23 -0.45…-0.35 "0.4%"']);
    // As before: the verb's own object.
    assert.deepEqual(claimsOf('The Nasdaq trimmed its year-to-date gain to 12%.'), ['nasdaq-composite|return|ytd:2026 11.5…12.5 "12%"']);
    assert.deepEqual(claimsOf('The S&P 500 fell to a 2% loss for the week.'), ['sp-500|return|week:2026-11-23 -2.5…-1.5 "2%"']);
  });
});

describe('claims: a figure that is no longer the measure', () => {
  it('makes no claim for a move undone, named with its period', () => {
    assert.deepEqual(claimsOf('The S&P 500 wiped out its year-to-date gain of 2%.'), []);
    assert.deepEqual(claimsOf('The Dow erased a 1.2% weekly advance on Friday.'), []);
  });

  it('makes no claim for the figure a move started from', () => {
    assert.deepEqual(claimsOf('The Nasdaq is up 12% this year, down from a 20% gain in July.'), ['nasdaq-composite|return|ytd:2026 11.5…12.5 "12%"']);
    assert.deepEqual(claimsOf('The Dow is up 9% for the year, up from about 6% in October.'), ['dow|return|ytd:2026 8.5…9.5 "9%"']);
  });
});
