import { strict as assert } from 'node:assert';
import { statedPrices as stated } from './lintHarness';

describe('a close told with its change before the price', () => {
  it('reads the price after "at", not the change the verb ties first: "closed $2.10 higher at $250.00"', () => {
    assert.deepEqual(stated('Orbital Freight (NASDAQ: ORBL) closed $2.10 higher at $250.00.'), [['ORBL', '$250.00']]);
    assert.deepEqual(stated('Harbour Telecom (LSE: HBT) ended 4.9p lower at 71.3p on Tuesday.'), [['HBT', '71.3p']]);
    assert.deepEqual(stated('Harbour Telecom (LSE: HBT) finished 3p stronger at 71.3p.'), [['HBT', '71.3p']]);
    assert.deepEqual(stated('Harbour Telecom (LSE: HBT) closed 1.5p up at 71.3p.'), [['HBT', '71.3p']]);
  });

  it('reads "was 4.9p lower at", "was 10p off at", "was 3p firmer at" and "was ahead 2p at" as the price after "at"', () => {
    assert.deepEqual(stated('Harbour Telecom (LSE: HBT) was 4.9p lower at 71.3p.'), [['HBT', '71.3p']]);
    assert.deepEqual(stated('Harbour Telecom (LSE: HBT) was 10p off at 71.5p.'), [['HBT', '71.5p']]);
    assert.deepEqual(stated('Kestrel Mining (ASX: KSM) was 3 cents firmer at $4.12.'), [['KSM', '$4.12']]);
    assert.deepEqual(stated('Harbour Telecom (LSE: HBT) was ahead 2p at 71.5p.'), [['HBT', '71.5p']]);
    assert.deepEqual(stated('Kestrel Mining (ASX: KSM) closed 1.5 per cent weaker at $35.94.'), [['KSM', '$35.94']]);
  });

  it('states no price when the change has none after it: "ended $2.10 higher on the day"', () => {
    assert.deepEqual(stated('Orbital Freight (NASDAQ: ORBL) ended $2.10 higher on the day.'), []);
    assert.deepEqual(stated('Harbour Telecom (LSE: HBT) closed 4.9p down.'), []);
  });

  it('keeps a price the verb ties with "at", whatever follows it', () => {
    assert.deepEqual(stated('Orbital Freight (NASDAQ: ORBL) closed at $250.00 up 2% on the day.'), [['ORBL', '$250.00']]);
    assert.deepEqual(stated('Orbital Freight (NASDAQ: ORBL) closed $250.00, up 2% on the day.'), [['ORBL', '$250.00']]);
  });
});
