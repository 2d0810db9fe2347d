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

  it('leaves a price that another subject\'s move ends at unread', () => {
    assert.deepEqual(stated('Cardell Motors (NYSE: CRDL) dropped after bitcoin slid to $61,000.'), []);
    assert.deepEqual(stated('Cardell Motors (NYSE: CRDL) rallied because lithium rose to $14,000 a tonne.'), []);
    assert.deepEqual(stated('Cardell Motors (NYSE: CRDL) rose 3% after rival shares jumped 10% to $22.30.'), []);
    assert.deepEqual(stated('Cardell Motors (NYSE: CRDL) slipped when its supplier closed at $12.10.'), []);
  });

  it('still reads the stock\'s own move, whatever clause it stands in', () => {
    assert.deepEqual(stated('Kestrel Air (NYSE: KSTL) had a rough day as its shares slid 4% to $84.10.'), [['KSTL', '$84.10']]);
    assert.deepEqual(stated('Kestrel Air (NYSE: KSTL) rallied after results, as the stock jumped 6% to $93.40.'), [['KSTL', '$93.40']]);
    assert.deepEqual(stated('Kestrel Air (NYSE: KSTL) fell 2% after hours to $40.10.'), [['KSTL', '$40.10']]);
    assert.deepEqual(stated('Kestrel Air (NYSE: KSTL) fell 2% as investors sold, ending at $40.10.'), [['KSTL', '$40.10']]);
    assert.deepEqual(stated('Kestrel Air (NYSE: KSTL) had a good week as it climbed 6% to $93.40.'), [['KSTL', '$93.40']]);
  });

  it('leaves the price of the company\'s other securities unread: preferred shares, warrants, options', () => {
    assert.deepEqual(stated('Cardell Motors (NYSE: CRDL) preferred shares closed at $24.80.'), []);
    assert.deepEqual(stated('Cardell Motors (NYSE: CRDL) Series A preferred closed at $24.80.'), []);
    assert.deepEqual(stated('Cardell Motors (NYSE: CRDL) warrants closed at $2.10.'), []);
    assert.deepEqual(stated('Cardell Motors (NYSE: CRDL) January calls rose 40% to $3.40.'), []);
    // Its common stock, or a class of it, is the listing itself.
    assert.deepEqual(stated('Cardell Motors (NYSE: CRDL) common stock closed at $41.20.'), [['CRDL', '$41.20']]);
    assert.deepEqual(stated('Cardell Motors (NYSE: CRDL) Class B shares closed at $40.10.'), [['CRDL', '$40.10']]);
  });
});
