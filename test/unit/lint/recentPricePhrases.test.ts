// The price named "a recent price" or "the recent share price", as ETF Channel's syndicated analyst-target copy
// writes it: "has traded at a recent price of $37.54/share", "20% upside from the recent share price of $19.54".
// Fixtures are our own words.
import { strict as assert } from 'node:assert';
import { statedPrices as stated } from './lintHarness';

describe('"a recent price of", "the recent share price of"', () => {
  it('reads the price after "at a recent price of" / "near"', () => {
    assert.deepEqual(stated('Although Orcadia Inc (Symbol: ORCD) has traded at a recent price of $41.20/share, its target is $50.00.'), [['ORCD', '$41.20']]);
    assert.deepEqual(stated('Brenwick (NYSE: BRNW) is trading at a recent price near $19.54 per share.'), [['BRNW', '$19.54']]);
    assert.deepEqual(stated('Brenwick (NYSE: BRNW) trades at its current share price of $19.54.'), [['BRNW', '$19.54']]);
  });

  it('reads "upside from the recent share price of" later in the sentence', () => {
    assert.deepEqual(stated('Brenwick Corp (Symbol: BRNW) has 20% upside from the recent share price of $19.54.'), [['BRNW', '$19.54']]);
  });

  it('leaves a recent high, a purchase and a target unread', () => {
    assert.deepEqual(stated('Orcadia (ORCD) closed at a recent high of $45.00 last month.'), []);
    assert.deepEqual(stated('Orcadia (ORCD) was bought at a recent price of $30.00 by the fund.'), []);
    assert.deepEqual(stated('Analysts expect Orcadia (ORCD) to reach $119.00/share, which is 17% above the recent price of $101.56.'), []);
  });
});
