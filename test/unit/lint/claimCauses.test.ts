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

  it('leaves the move its subject’s when the cause names a forecast or an expectation', () => {
    assert.deepEqual(claimsOf('Shares of Orcadia (NASDAQ: ORCD) fell 5% on Friday after the software maker cut its annual forecast.'), [
      'ticker:ORCD|return|day:2026-11-27 -5.5…-4.5 "5%"',
    ]);
    assert.deepEqual(claimsOf('Brenwick (NYSE: BRNW) rose 3% on Friday as investors bet the Fed could cut rates.'), ['ticker:BRNW|return|day:2026-11-27 2.5…3.5 "3%"']);
  });

  it('reads no claim where the move itself is forecast, whatever the cause', () => {
    assert.deepEqual(claimsOf('Shares of Orcadia (NASDAQ: ORCD) could fall 5% on Friday after the company cut its forecast.'), []);
    assert.deepEqual(claimsOf('The S&P 500 is expected to rise 5% this year after a strong 2025.'), []);
  });

  it('still reads no return where the value is a yield’s, a rate’s or guidance’s', () => {
    for (const text of ['The 10-year yield rose 2% on Friday.', 'Orcadia (NASDAQ: ORCD) offers a 3% dividend yield.', 'Orcadia (NASDAQ: ORCD) raised its guidance 5% on Friday.']) {
      assert.deepEqual(claimsOf(text), [], text);
    }
  });
});
