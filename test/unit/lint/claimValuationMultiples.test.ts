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
