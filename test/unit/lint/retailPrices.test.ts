// Prices as retail investing sites and newsletters state them: "at the time of publication", "at the time of
// writing", "trades at roughly $440", the ratings network's "traded down $0.42 …, reaching $67.48". Our own words;
// each reading has its look-alikes that must stay unread.

import { strict as assert } from 'node:assert';
import { findStatedPrices } from '../../../src/core/lint';
import { findTickerMentions } from '../../../src/core/tickers';

function read(text: string): string[] {
  return findStatedPrices(text, findTickerMentions(text)).map((price) => `${price.symbol} ${text.slice(price.offset, price.offset + price.length)}`);
}

const dated = 'Nov. 25, 2026\n\n';

describe('prices stated as retail sites state them', () => {
  it('"at the time of publication" and "of writing" are the note\'s own time', () => {
    assert.deepEqual(read(`${dated}Halvard Robotics (HVRD) shares were up 3.2% at $194.50 at the time of publication.`), ['HVRD $194.50']);
    assert.deepEqual(read(`${dated}Meridian Foods (MRDF) was trading at $62.05 at the time of writing.`), ['MRDF $62.05']);
    assert.deepEqual(read(`${dated}Meridian Foods (MRDF) traded at $62.05 at the time of this writing.`), ['MRDF $62.05']);
  });

  it('a hedge after "at": "trades at roughly $440", "at about $70"', () => {
    assert.deepEqual(read('As of this writing, Lumen Assays (LMNA) stock trades at roughly $44.'), ['LMNA $44']);
    assert.deepEqual(read('Lumen Assays (LMNA) was changing hands at about $44.10.'), ['LMNA $44.10']);
  });

  it('"reaching" or "hitting" a price after a move, past the move\'s own change', () => {
    assert.deepEqual(read('Meridian Foods (MRDF) stock traded down $0.42 during midday trading, reaching $67.48.'), ['MRDF $67.48']);
    assert.deepEqual(read('Shares of Lumen Assays (LMNA) traded up $1.10 in the session, hitting $22.75.'), ['LMNA $22.75']);
  });

  it('a bare symbol the note named reads its price: "NVDA shares were up 3.2% at $194.50"', () => {
    assert.deepEqual(read(`${dated}Halvard Robotics (HVRD) led. Price Action: HVRD shares were up 3.2% at $194.50 at the time of publication.`), ['HVRD $194.50']);
  });
});

describe('never prices, or not of the note\'s time', () => {
  it('"at the time" alone still dates a price back', () => {
    assert.deepEqual(read(`${dated}Meridian Foods (MRDF) traded at $30.00 at the time, before the split.`), []);
    assert.deepEqual(read(`${dated}Meridian Foods (MRDF) traded at $30.00 at the time of the merger.`), []);
  });

  it('a hedge after "at" is still no price when what follows is an amount', () => {
    assert.deepEqual(read('Lumen Assays (LMNA) trades at roughly $4 billion of market value.'), []);
  });

  it('"reaching" without a comma, without a move, or an amount', () => {
    assert.deepEqual(read('Meridian Foods (MRDF) rose 2% before reaching $70.'), []);
    assert.deepEqual(read('Meridian Foods (MRDF) said sales grew, reaching $4.1 billion.'), []);
    assert.deepEqual(read('Meridian Foods (MRDF) announced a plan, reaching $70 in targets.'), []);
    assert.deepEqual(read('Meridian Foods (MRDF) said revenue rose 5%, reaching $3.20 a share.'), []);
  });

  it('the move\'s change is never the price', () => {
    assert.deepEqual(read('Meridian Foods (MRDF) stock traded down $0.42 during midday trading.'), []);
  });
});
