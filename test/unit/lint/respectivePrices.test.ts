import { strict as assert } from 'node:assert';
import { statedPrices as stated } from './lintHarness';

describe('prices listed for listed stocks, "respectively"', () => {
  it('pairs each price with its stock, in order', () => {
    assert.deepEqual(stated('Orbital Freight (NASDAQ: ORBL) and Brenwick (NYSE: BRNW) closed at $250.00 and $450.00, respectively.'), [
      ['ORBL', '$250.00'],
      ['BRNW', '$450.00'],
    ]);
    assert.deepEqual(stated('$ORBL, $BRNW and $KSTL ended at $12.10, $48.25 and $7.05, respectively, on Friday.'), [
      ['ORBL', '$12.10'],
      ['BRNW', '$48.25'],
      ['KSTL', '$7.05'],
    ]);
    assert.deepEqual(stated('Harbour Telecom (LSE: HBT) and Elm Foods (LSE: ELM) finished at 71.3p and 215.5p respectively.'), [
      ['HBT', '71.3p'],
      ['ELM', '215.5p'],
    ]);
  });

  it('pairs two stocks with two prices without the word, as the list says it', () => {
    assert.deepEqual(stated('Orbital Freight (NASDAQ: ORBL) and Brenwick (NYSE: BRNW) closed at $250.00 and $450.00.'), [
      ['ORBL', '$250.00'],
      ['BRNW', '$450.00'],
    ]);
  });

  it('states no price when the lists do not pair up', () => {
    assert.deepEqual(stated('Orbital Freight (NASDAQ: ORBL) and Brenwick (NYSE: BRNW) closed at $250.00, $260.00 and $450.00, respectively.'), []);
    assert.deepEqual(stated('Orbital Freight (NASDAQ: ORBL) opened and closed at $250.00 and $252.00, respectively.'), []);
  });

  it('keeps one stock\'s price when nothing pairs it with another', () => {
    assert.deepEqual(stated('Orbital Freight (NASDAQ: ORBL) closed at $250.00 and Brenwick slipped.'), [['ORBL', '$250.00']]);
    assert.deepEqual(stated('Orbital Freight (NASDAQ: ORBL) closed at $250.00 and $260.00 was its high.'), [['ORBL', '$250.00']]);
    assert.deepEqual(stated('Orbital Freight (NASDAQ: ORBL) fell. Brenwick (NYSE: BRNW) closed at $250.00 and $450.00 respectively.'), []);
  });
});
