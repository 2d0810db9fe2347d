// The cause after a move names what moved it, not what the move measures: "jumped 7% on Friday after it raised
// guidance" is the stock's move, though guidance, rates and yields measured in percent make no return where the value
// is theirs. Sentences are our own.
import { strict as assert } from 'node:assert';
import { claimsOf as claimsAt } from './claimsOf';

const claimsOf = (text: string) => claimsAt(text, 'November 27, 2026');

describe('claims: a cause after the move', () => {
  it('leaves the move its subject’s', () => {
    assert.deepEqual(claimsOf('Orcadia (NASDAQ: ORCD) jumped 6% on Friday after it raised its guidance.'), ['ticker:ORCD|return|day:2026-11-27 5.5…6.5 "6%"']);
    assert.deepEqual(claimsOf('Orcadia (NASDAQ: ORCD) rose 2% on Friday as Treasury yields fell.'), ['ticker:ORCD|return|day:2026-11-27 1.5…2.5 "2%"']);
  });

  it('still reads no return where the value is a yield’s, a rate’s or guidance’s', () => {
    for (const text of ['The 10-year yield rose 2% on Friday.', 'Orcadia (NASDAQ: ORCD) offers a 3% dividend yield.', 'Orcadia (NASDAQ: ORCD) raised its guidance 5% on Friday.']) {
      assert.deepEqual(claimsOf(text), [], text);
    }
  });
});
