// Indian brokers' labels for the market price: "CMP" (current market price) and "LTP" (last traded price), on a cover
// line or heading a table's column, as "Price" and "Last" are read. Fixtures are our own words.
import { strict as assert } from 'node:assert';
import { statedPrices as stated } from './lintHarness';

describe('"CMP" and "LTP" label the market price', () => {
  it('reads a cover line’s CMP or LTP field, never its target', () => {
    assert.deepEqual(stated('Indus Softworks (NSE: INSW) | Rating: Buy | Target: Rs 2,100 | CMP: Rs 1,300'), [['INSW', 'Rs 1,300']]);
    assert.deepEqual(stated('Indus Softworks (NSE: INSW) — LTP: ₹1,300 · TP: ₹2,100'), [['INSW', '₹1,300']]);
  });

  it('reads a CMP, an LTP or a "Price now" column', () => {
    assert.deepEqual(stated('| Ticker | CMP (Rs) | Target (Rs) |\n|---|---|---|\n| NSE: INSW | 1,300 | 2,100 |'), [['INSW', '1,300']]);
    assert.deepEqual(stated('| Ticker | LTP | Upside |\n|---|---|---|\n| NSE: INSW | ₹1,300 | 20% |'), [['INSW', '₹1,300']]);
    assert.deepEqual(stated('| Ticker | Price now | Target |\n|---|---|---|\n| ORCD | $41.20 | $50.00 |'), [['ORCD', '$41.20']]);
  });

  it('leaves words that merely start so unread', () => {
    assert.deepEqual(stated('Indus Softworks (NSE: INSW) | CMPs: 3 | LTPs: 2'), []);
  });
});
