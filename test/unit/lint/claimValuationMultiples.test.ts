// Valuation multiples as research notes write them: "a forward multiple of 15.2 times" is a forward P/E, and a
// multiple of sales, book or cash flow is none — "3.1 times sales" beside "22 times forward earnings" was read as a
// second, conflicting forward P/E. Sentences are our own.
import { strict as assert } from 'node:assert';
import { claimsOf as claimsAt } from './claimsOf';

const claimsOf = (text: string) => claimsAt(text, 'November 27, 2026');

describe('claims: valuation multiples', () => {
  it('reads "a forward multiple of N times" as a forward P/E', () => {
    assert.deepEqual(claimsOf('Small caps trade at a forward multiple of 14.8 times.'), ['russell-2000|forward-pe|current 14.75…14.85 "14.8 times"']);
  });

  it('reads no multiple of sales, book or cash flow as a P/E', () => {
    assert.deepEqual(claimsOf('The S&P 500 trades at 3.2 times sales and 21 times forward earnings.'), ['sp-500|forward-pe|current 20.5…21.5 "21 times forward earnings"']);
    assert.deepEqual(claimsOf('Small caps trade at a forward multiple of 1.9 times book.'), []);
    assert.deepEqual(claimsOf('The Nasdaq 100 trades at 18 times free cash flow.'), []);
  });
});

describe('claims: a multiple "on" an index', () => {
  it('is the index’s own, not a market a company trades on', () => {
    assert.deepEqual(claimsOf('The forward P/E on the Russell 2000 is 24x.'), ['russell-2000|forward-pe|current 23.5…24.5 "24x"']);
    assert.deepEqual(claimsOf('Orcadia (ORCD) shares on the Nasdaq rose 2% on Friday.'), ['ticker:ORCD|return|day:2026-11-27 1.5…2.5 "2%"']);
  });
});

describe('claims: a streak written as an ordinal and a weekly move', () => {
  it('reads "its third straight weekly gain" and "its fourth consecutive daily decline"', () => {
    assert.deepEqual(claimsOf('The S&P 500 posted its third straight weekly gain.'), ['sp-500|streak|streak:week:moves:absolute 3…3 "third straight weekly gain"']);
    assert.deepEqual(claimsOf('The Nasdaq posted its fourth consecutive daily decline on Friday.'), ['nasdaq-composite|streak|streak:session:moves:absolute -4…-4 "fourth consecutive daily decline"']);
    // A month gone by ended the streak: no claim about today.
    assert.deepEqual(claimsOf('The Dow notched a second consecutive monthly loss in October.'), []);
  });
});

describe('claims: a multiple’s kind with its span in either order', () => {
  it('reads "forward 12-month P/E" as forward and "trailing 12-month" as trailing, not a plain P/E', () => {
    assert.deepEqual(claimsOf('Orcadia Systems (NASDAQ: ORCD) trades at a forward 12-month P/E of 24.5X, a premium to the industry.'), ['ticker:ORCD|forward-pe|current 24.45…24.55 "24.5X"']);
    assert.deepEqual(claimsOf('Orcadia Systems (NASDAQ: ORCD) has a trailing 12-month price-to-earnings ratio of 31.2.'), ['ticker:ORCD|trailing-pe|current 31.15…31.25 "31.2"']);
    assert.deepEqual(claimsOf('The S&P 500 trades at 25 times trailing 12-month earnings.'), ['sp-500|trailing-pe|current 24.5…25.5 "25 times trailing 12-month earnings"']);
    assert.deepEqual(claimsOf('The S&P 500 trades at a trailing twelve-month multiple of 27 times.'), ['sp-500|trailing-pe|current 26.5…27.5 "27 times"']);
    // As before.
    assert.deepEqual(claimsOf('The S&P 500’s 12-month forward P/E is 22.6.'), ['sp-500|forward-pe|current 22.55…22.65 "22.6"']);
    assert.deepEqual(claimsOf('The S&P 500 has a P/E of 27.'), ['sp-500|pe|current 26.5…27.5 "27"']);
  });
});
