// Prices as retail investing sites and newsletters state them: "at the time of publication", "at the time of
// writing", "trades at roughly $440", the ratings network's "traded down $0.42 …, reaching $67.48". Our own words;
// each reading has its look-alikes that must stay unread.

import { strict as assert } from 'node:assert';
import { findStatedPrices } from '../../../src/core/lint';
import { findTickerMentions } from '../../../src/core/tickers';
import { assertLinear } from '../safety/scaling';

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

  it('a second verb of the same subject that says where it trades: "…and trade near $262"', () => {
    assert.deepEqual(read(`${dated}Shares of Meridian Foods (MRDF) have climbed about 20% this year and trade near $62 as I write this.`), ['MRDF $62']);
    assert.deepEqual(read(`${dated}Lumen Assays (LMNA) is up 40% in 2026, and now changes hands at roughly $44.10.`), ['LMNA $44.10']);
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

  it('an offering\'s price is the offering\'s, not the market\'s', () => {
    assert.deepEqual(read('Meridian Foods (MRDF) listed in May. The shares were priced at $17 in the IPO.'), []);
    assert.deepEqual(read('Meridian Foods (MRDF) was priced at $17 in its initial public offering.'), []);
    // Past-tense pricing is a sale's, whatever the sale: a private placement's price is no quote either.
    assert.deepEqual(read('Meridian Foods (MRDF) listed in May. The shares were priced at $17 in a private deal.'), []);
  });

  it('a hedge after "at" is still no price when what follows is an amount', () => {
    assert.deepEqual(read('Lumen Assays (LMNA) trades at roughly $4 billion of market value.'), []);
  });

  it('"and trades" with a subject of its own, or before an amount, is no price of the mention', () => {
    assert.deepEqual(read('Meridian Foods (MRDF) rose 2%, and Rival Corp. trades at $41.20.'), []);
    assert.deepEqual(read('Meridian Foods (MRDF) rose 2% and trades at roughly $4 billion of market value.'), []);
    assert.deepEqual(read('Meridian Foods (MRDF) said revenue rose 5% and sits at $3.2 billion.'), []);
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

describe('a later sentence\'s price, with the stock as its subject', () => {
  it('"the shares", "the stock", "its shares", "shares" opening the next sentence of the paragraph', () => {
    assert.deepEqual(read('Halvard Robotics (HVRD) rose in morning trading. At last check, the shares were up 2.6% to $71.40.'), ['HVRD $71.40']);
    assert.deepEqual(read('Meridian Foods (MRDF) cut its outlook. The stock closed at $62.10.'), ['MRDF $62.10']);
    assert.deepEqual(read('Meridian Foods (MRDF) cut its outlook. As of this writing, its shares trade at $62.10.'), ['MRDF $62.10']);
    assert.deepEqual(read('Meridian Foods (MRDF) cut its outlook. Shares fell 4%, closing at $62.10.'), ['MRDF $62.10']);
  });

  it('the clause after a semicolon, past a target the first clause gave', () => {
    assert.deepEqual(read('Wedbush kept its Outperform on Halvard (HVRD) with a $95 target; the stock closed at $71.40, down 2.9%.'), ['HVRD $71.40']);
    assert.deepEqual(read('Jefferies rates Meridian Foods (MRDF) Hold; its shares last traded at $62.10.'), ['MRDF $62.10']);
    // Another company's stock, named in the clause, is still not the mention's.
    assert.deepEqual(read('Halvard (HVRD) led; unlike Meridian Foods (MRDF), the stock closed at $71.').filter((price) => price.startsWith('HVRD')), []);
  });

  it('after a labelled name, a heading above, a bare echo of the symbol', () => {
    assert.deepEqual(read('**Lumen Assays (LMNA)**: As of this writing, the stock trades at roughly $44.'), ['LMNA $44']);
    assert.deepEqual(read('## Lumen Assays (LMNA)\nThe company\'s shares changed hands at $44.20 on the news.'), ['LMNA $44.20']);
    assert.deepEqual(read('Lumen Assays (LMNA) said so. LMNA shares rose. The stock ended at $44.20.'), ['LMNA $44.20']);
  });

  it('a paragraph that names the company by the name the note gave its ticker', () => {
    const text = 'Halvard (HVRD) and Meridian Foods (MRDF) differ.\n\nHalvard’s payout is smaller. Its shares trade at $70.00 as of this writing.';
    assert.deepEqual(read(text), ['HVRD $70.00']);
  });

  it('positions and the mention: the figure in the later sentence, the mention the paragraph named', () => {
    const text = 'Meridian Foods (MRDF) cut its outlook.\nThe stock closed at $62.10.';
    const [price] = findStatedPrices(text, findTickerMentions(text));
    assert.equal(price.line, 2);
    assert.equal(text.slice(price.offset, price.offset + price.length), '$62.10');
    assert.equal(price.mention.symbol, 'MRDF');
  });
});

describe('never a later sentence\'s price', () => {
  it('two symbols before it in the paragraph: which stock is unsaid', () => {
    assert.deepEqual(read('Meridian Foods (MRDF) fell while Lumen Assays (LMNA) rose. The stock closed at $62.10.'), []);
  });

  it('a paragraph that names two companies, or none', () => {
    assert.deepEqual(read('Halvard (HVRD) and Meridian Foods (MRDF) differ.\n\nHalvard beat Meridian Foods. Its shares trade at $70.00.'), []);
    assert.deepEqual(read('Halvard (HVRD) and Meridian Foods (MRDF) differ.\n\nIts shares trade at $70.00.'), []);
    assert.deepEqual(read('Halvard is a name we will come to.\n\nIts shares trade at $70.00. Later: Halvard (HVRD).'), []);
  });

  it('a mention in the lead phrase, or a subject inside a clause', () => {
    assert.deepEqual(read('Meridian Foods (MRDF) fell. Unlike Lumen Assays (LMNA), the stock closed at $62.10.').filter((price) => price.startsWith('MRDF')), []);
    assert.deepEqual(read('Meridian Foods (MRDF) fell. We think the stock is worth $90 and the shares closed at $62.10.'), []);
  });

  it('another paragraph, another list item, a table, code', () => {
    assert.deepEqual(read('Meridian Foods (MRDF) fell.\n\nThe stock closed at $62.10.'), []);
    assert.deepEqual(read('- Meridian Foods (MRDF) fell.\n- The stock closed at $62.10.'), []);
    assert.deepEqual(read('Meridian Foods (MRDF) fell.\n\n| Name | Note |\n|---|---|\n| x | The stock closed at $62.10 |'), []);
    assert.deepEqual(read('Meridian Foods (MRDF) fell. `The stock closed at $62.10.`'), []);
  });

  it('the subject is the market, a target or an amount; or the price is another day\'s', () => {
    assert.deepEqual(read('Meridian Foods (MRDF) fell. The stock market closed at $5 trillion of value.'), []);
    assert.deepEqual(read('Meridian Foods (MRDF) fell. The stock price target is $90.'), []);
    assert.deepEqual(read('Meridian Foods (MRDF) fell. The shares raised $400 million.'), []);
    assert.deepEqual(read('Nov. 25, 2026\n\nMeridian Foods (MRDF) fell. A year ago, the stock traded at $30.00.'), []);
    assert.deepEqual(read('Nov. 25, 2026\n\nMeridian Foods (MRDF) fell. The stock closed at $30.00 on Jan. 2.'), []);
  });
});

describe('a later sentence that opens with the name the note gave a ticker', () => {
  it('the name alone, possessive, or before its shares, anywhere after the mention', () => {
    assert.deepEqual(read('Meridian Foods (MRDF) is a name we like.\n\nMeridian Foods closed at $62.10 on the day.'), ['MRDF $62.10']);
    assert.deepEqual(read('Halvard Robotics (NASDAQ: HVRD) led. Halvard Robotics’ shares changed hands near $71 as of this writing.'), []);
    assert.deepEqual(read('Halvard (NASDAQ: HVRD) led. Halvard’s shares changed hands near $71 as of this writing.'), ['HVRD $71']);
    assert.deepEqual(read('Halvard (HVRD) led. At last check, Halvard stock traded at $71.20.'), ['HVRD $71.20']);
  });

  it('"The" and a legal form are dropped from the name', () => {
    assert.deepEqual(read('The Meridian Foods Company (MRDF) raised its payout. Meridian Foods trades at $62.10 at the time of writing.'), ['MRDF $62.10']);
    assert.deepEqual(read('Lumen Assays, Inc. (LMNA) fell. Lumen Assays closed at $44.20.'), ['LMNA $44.20']);
  });

  it('a symbol written before its own name near the mention does not take the name before it', () => {
    assert.deepEqual(read('Meridian Foods (MRDF) and HLVD (Halvard) led.\n\nMeridian Foods closed at $62.10.'), ['MRDF $62.10']);
  });
});

describe('never a price for a name', () => {
  it('a longer name, a view, a target, a name before its mention', () => {
    assert.deepEqual(read('Halvard (HVRD) led. Halvard Hospitality closed at $15.'), []);
    assert.deepEqual(read('Halvard (HVRD) led. We think Halvard is worth $90.'), []);
    assert.deepEqual(read('Target (TGT) fell. Target price: $150. Target price of $150.'), []);
    assert.deepEqual(read('Halvard closed at $71. Later we met Halvard (HVRD).'), []);
  });

  it('a name given two symbols, another company in the sentence, or code', () => {
    assert.deepEqual(read('Halvard (HVRD) and Halvard (HVRB) listed. Halvard closed at $71.'), []);
    assert.deepEqual(read('Halvard (HVRD) led. Unlike Meridian Foods (MRDF), Halvard closed at $71.').filter((price) => price.startsWith('HVRD')), []);
    assert.deepEqual(read('Halvard (HVRD) led. `Halvard closed at $71.`'), []);
  });
});

describe('a price in an aside after the shares', () => {
  it('reads "shares, now around $350," as "shares now around $350"', () => {
    assert.deepEqual(read('Lumen Assays (NASDAQ: LMNA) shares, now around $350, have doubled.'), ['LMNA $350']);
    assert.deepEqual(read('Lumen Assays (NASDAQ: LMNA) stock, recently near $35.10, has doubled.'), ['LMNA $35.10']);
  });

  it('reads no amount the aside ties to something else', () => {
    assert.deepEqual(read('Lumen Assays (NASDAQ: LMNA) shares, $350 at the close, have doubled.'), []);
    assert.deepEqual(read('Lumen Assays (NASDAQ: LMNA) shares, which we own, were worth $3 million.'), []);
  });
});

describe('a price fronted before the stock, as valuation sentences open', () => {
  it('reads "At $X, Company (TICK) trades at …" with a hedge, a share\'s unit, emphasis or pence', () => {
    assert.deepEqual(read('At roughly $150, Lumen Assays (NASDAQ: LMNA) trades at 30 times earnings.'), ['LMNA $150']);
    assert.deepEqual(read('Margins held. At a recent $1,482.33, shares of Halvard (HVRD) trade at 22x.'), ['HVRD $1,482.33']);
    assert.deepEqual(read('At $41 a share, Meridian Foods (MRDF) yields 4%.'), ['MRDF $41']);
    assert.deepEqual(read('At **$150**, $LMNA trades at 30x.'), ['LMNA $150']);
    assert.deepEqual(read('At 412p, Glenmore (LSE: GLM) yields 5%.'), ['GLM 412p']);
  });

  it('reads no condition, plan, other time or price shared by two stocks', () => {
    assert.deepEqual(read('At $150, Lumen Assays (LMNA) would be a bargain.'), []);
    assert.deepEqual(read('At $150, we would buy Lumen Assays (LMNA).'), []);
    assert.deepEqual(read('At $150 in April, Lumen Assays (LMNA) traded at 30x.'), []);
    assert.deepEqual(read('At $150, Lumen Assays (LMNA) and Halvard (HVRD) trade at 30x.'), []);
    assert.deepEqual(read('Revenue rose to $150, Lumen Assays (LMNA) said.'), []);
  });

  it('stays linear on many fronted prices and names', () => {
    assertLinear((size) => 'At $150, Acme Beta Gamma Delta '.repeat(size) + '(ABC) rose.', (text) => read(text), 500);
  });
});

describe('later sentences\' prices stay linear on hostile notes', () => {
  it('many mentions with no parenthesis near them, many subjects, many names', () => {
    assertLinear((size) => '$ABC said so. '.repeat(size), (text) => read(text), 500);
    assertLinear((size) => 'Apple (AAPL) rose. ' + 'the stock closed at $5. Stock '.repeat(size), (text) => read(text), 500);
    assertLinear((size) => 'Acme Inc (ABC) rose. '.repeat(size), (text) => read(text), 500);
    assertLinear((size) => Array.from({ length: size }, (_, i) => `Name${i} Corp (NQ${i % 10}) rose. Name${i} closed at $${i}.`).join(' '), (text) => read(text), 200);
  });
});
