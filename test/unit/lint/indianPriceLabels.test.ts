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

  it('reads a field right after the mention\'s parenthesis, and the current market price spelt out', () => {
    assert.deepEqual(stated('Kavya Textiles (NSE: KAVYA) LTP: Rs 620.50 | SL: Rs 604'), [['KAVYA', 'Rs 620.50']]);
    assert.deepEqual(stated('**Kavya Textiles (NSE: KAVYA)** CMP: ₹1,245.60'), [['KAVYA', '₹1,245.60']]);
    assert.deepEqual(stated('Kavya Textiles (NSE: KAVYA) Price Target: Rs 290 | Current Market Price: Rs 231.40 | Upside: 25%'), [['KAVYA', 'Rs 231.40']]);
    assert.deepEqual(stated('Kavya Textiles (NSE: KAVYA) Market Price: Rs 650.20'), [['KAVYA', 'Rs 650.20']]);
  });

  it('never reads a target, an entry, a stop or a scenario after the parenthesis', () => {
    assert.deepEqual(stated('Kavya Textiles (NSE: KAVYA) Target Price: Rs 290'), []);
    assert.deepEqual(stated('Kavya Textiles (NSE: KAVYA) Price Target: Rs 290 | SL: Rs 250'), []);
    assert.deepEqual(stated('Kavya Textiles (NSE: KAVYA) Entry price: Rs 600 | SL: Rs 570'), []);
    assert.deepEqual(stated('Kavya Textiles (NSE: KAVYA) Market price target: Rs 700'), []);
    assert.deepEqual(stated('Kavya Textiles (NSE: KAVYA) Price (bear case): Rs 400'), []);
  });

  it('leaves words that merely start so unread', () => {
    assert.deepEqual(stated('Indus Softworks (NSE: INSW) | CMPs: 3 | LTPs: 2'), []);
  });
});
