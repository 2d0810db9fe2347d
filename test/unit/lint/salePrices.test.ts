// Prices near a stock's mention that are not its market price: an offering's ("was priced at $18"), another subject's
// move ("fell after bitcoin slid to $61,000"), another instrument's ("its preferred shares closed at $24.80"). A
// price-drift fix would write today's quote over them. Fixtures are our own words, invented companies and symbols.
import { strict as assert } from 'node:assert';
import { statedPrices as stated } from './lintHarness';

describe('prices near a stock that are not its market price', () => {
  it('leaves an offering\'s past-tense pricing unread, in the mention\'s sentence and the next', () => {
    assert.deepEqual(stated('Marlow Bio (NASDAQ: MRLB) shares priced at $18, the top of the range.'), []);
    assert.deepEqual(stated('Marlow Bio (NASDAQ: MRLB) shares were priced at $18 apiece.'), []);
    assert.deepEqual(stated('Marlow Bio (NASDAQ: MRLB) listed in March. The stock was priced at $18.'), []);
    assert.deepEqual(stated('Marlow Bio (NASDAQ: MRLB) raised $200 million. The shares priced at $18, the top of the range.'), []);
  });

  it('still reads the present tense of pricing: where the stock trades', () => {
    assert.deepEqual(stated('Marlow Bio (NASDAQ: MRLB) is priced at $31.20, or 20 times sales.'), [['MRLB', '$31.20']]);
    assert.deepEqual(stated('Marlow Bio (NASDAQ: MRLB) stock is currently priced at $31.20.'), [['MRLB', '$31.20']]);
    assert.deepEqual(stated('Marlow Bio (NASDAQ: MRLB) shares are now priced at $31.20.'), [['MRLB', '$31.20']]);
  });
});
