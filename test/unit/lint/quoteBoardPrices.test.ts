// Which prices a quote table and a cover line state for a stock, when the table lists options, indexes or futures,
// or the price's label says in parentheses that it is another figure. An option's Last is its premium; an index's
// Close its level; "Price (bear case)", "Price (2027E)", "Price (fair value)" a scenario, a forecast, a valuation —
// none of them the stock's market price. Only a unit, a currency, a session or a day in the parenthesis ("Price
// (USD)", "Last (Nov 20)", "Close (end of day)") leaves the label the market price (priceQualifiers.ts). Fixtures are
// our own words.

import { strict as assert } from 'node:assert';
import { findAsOfStamps, findQuoteTables, findStatedPrices, NoteSource } from '../../../src/core/lint';
import { keepsMarketPrice } from '../../../src/core/lint/priceQualifiers';
import { findTickerMentions } from '../../../src/core/tickers';

/** The prices the note states, as "SYMBOL[@EXCHANGE] figure" ("NVDA 8.50", "COMP@INDEX 23,829.29"). */
function stated(text: string): string[] {
  return findStatedPrices(text, findTickerMentions(text)).map((price) => `${price.symbol}${price.exchange ? `@${price.exchange}` : ''} ${text.slice(price.offset, price.offset + price.length)}`);
}

const table = (header: string, ...rows: string[]) => [header, header.replace(/[^|]+/g, '---'), ...rows].join('\n');

function quoteTableCount(text: string): number {
  const note = new NoteSource(`As of December 2, 2026.\n\n${text}\n`);
  return findQuoteTables(note, findAsOfStamps(note.text, note)).length;
}

describe('quote boards: an option table states no stock price', () => {
  it('reads no price from a table with a strike, an expiry, a contract or a put/call column', () => {
    assert.deepEqual(stated(table('| Ticker | Contract | Strike | Expiry | Premium | Last |', '| NVDA | Call | 300 | 1/15/27 | $2.1M | 8.50 |')), []);
    assert.deepEqual(stated(table('| Ticker | Strategy | Strike | Price |', '| META | Covered call | 950 | 12.30 |')), []);
    assert.deepEqual(stated(table('| Symbol | Expiration | Last | Chg |', '| AAPL | 12/18/26 | 4.10 | +0.30 |')), []);
    assert.deepEqual(stated(table('| Ticker | Put/Call | Last |', '| TSLA | P | 6.20 |')), []);
    assert.deepEqual(stated(table('| Ticker | Type | Last |', '| TSLA | Call | 12.40 |', '| AAPL | Put | 4.10 |')), []);
    assert.equal(quoteTableCount(table('| Ticker | Contract | Strike | Expiry | Last |', '| NVDA | Call | 300 | 1/15/27 | 8.50 |')), 0);
  });

  it('keeps the ticker mentions of an option table', () => {
    const text = table('| Ticker | Contract | Strike | Expiry | Last |', '| NVDA | Call | 300 | 1/15/27 | 8.50 |');
    assert.deepEqual(findTickerMentions(text).map((mention) => mention.symbol), ['NVDA']);
  });

  it('still reads a stocks table, and a Type column that is not put or call', () => {
    assert.deepEqual(stated(table('| Ticker | Price |', '| NVDA | 250.00 |')), ['NVDA 250.00']);
    assert.deepEqual(stated(table('| Symbol | Last | Chg |', '| AAPL | 272.41 | +1.0% |')), ['AAPL 272.41']);
    assert.deepEqual(stated(table('| Ticker | Type | Price |', '| TSM | ADR | 180.00 |', '| NVDA | Common | 250.00 |')), ['TSM 180.00', 'NVDA 250.00']);
    assert.equal(quoteTableCount(table('| Ticker | Price |', '| NVDA | 250.00 |')), 1);
  });
});

describe('quote boards: indexes and futures in a Ticker column', () => {
  it('reads an index we map as the index, and no level for a code we do not map', () => {
    const text = table('| Ticker | Index | Close | Week |', '| COMP | Nasdaq Composite | 23,829.29 | +0.5% |', '| DAX | Germany DAX | 24,100.00 | -0.4% |', '| CAC | France CAC 40 | 8,100.00 | +0.2% |');
    assert.deepEqual(stated(text), ['COMP@INDEX 23,829.29']);
  });

  it('reads no price for a future beside its name, nor for a dated contract', () => {
    const text = table('| Symbol | Name | Last | Chg % |', '| ES | E-mini S&P 500 | 6,870.25 | +0.4% |', '| CL | WTI crude | 71.20 | -1.1% |', '| CLF27 | Crude oil | 71.20 | -1.1% |');
    assert.deepEqual(stated(text), []);
  });

  it('still reads the prices of companies whose symbols are index or futures codes, and a Name column of companies', () => {
    const text = table('| Symbol | Name | Last |', '| COMP | Compass Inc. | 10.00 |', '| CL | Colgate-Palmolive | 80.00 |', '| AAPL | Apple | 272.41 |');
    assert.deepEqual(stated(text), ['COMP 10.00', 'CL 80.00', 'AAPL 272.41']);
  });
});

describe('price qualifiers: what a parenthesis after "Price" may say', () => {
  const others = ['bear case', 'bull', '12m', '2027E', 'end-2027', 'forecast', 'expected', 'fair value', 'DCF', 'exit', 'stop', 'strike', 'NAV', 'buy', 'sell', 'limit', 'takeout', 'YE 2027', 'Dec-27', '2027', 'start of year', 'when added', 'pre-split', '52-wk high'];
  const market = ['USD', '$US', '$', 'p', 'close', 'last', '11/20/26', 'Nov 20', 'Nov 20, 2026', 'end of day', 'pre-market', 'delayed', 'at publication', '11/20/26 close', 'USD, Nov 20', 'local', '', "at today's close", 'Friday’s close'];

  it('leaves the market price only for a unit, a currency, a session or a day', () => {
    for (const qualifier of others) assert.equal(keepsMarketPrice(qualifier), false, qualifier);
    for (const qualifier of market) assert.equal(keepsMarketPrice(qualifier), true, qualifier);
  });

  it('reads no quote-table column headed with another figure in parentheses', () => {
    for (const qualifier of ['bear case', 'bull', '12m', '2027E', 'end-2027', 'forecast', 'expected', 'fair value', 'DCF', 'exit', 'stop', 'strike', 'NAV', 'buy', 'sell', 'limit', 'takeout']) {
      assert.deepEqual(stated(table(`| Ticker | Price (${qualifier}) | Upside |`, '| NVDA | 100.00 | 20% |')), [], qualifier);
    }
  });

  it('reads a quote-table column headed with a unit, a session or a day', () => {
    for (const qualifier of ['USD', '$', 'close', 'last', 'Nov 20', '11/20/26']) {
      assert.deepEqual(stated(table(`| Ticker | Price (${qualifier}) |`, '| NVDA | 250.00 |')), ['NVDA 250.00'], qualifier);
    }
  });

  it('reads a cover line’s price field, not the scenario’s beside it', () => {
    assert.deepEqual(stated('## Nvidia (NVDA)\n\nPrice: $250.00 | Price (bull): $400.00 | Rating: Buy'), ['NVDA $250.00']);
    assert.deepEqual(stated('Nvidia (NVDA) | Price (bear case): $100.00 | Price (2027E): $500.00 | Price (fair value): $300.00'), []);
    assert.deepEqual(stated('Nvidia (NVDA) | Last (stop): 180.00'), []);
    // A day's possessive is that day, as before one rule served headers and labels: "Price (at today's close)".
    assert.deepEqual(stated("Nvidia (NVDA) | Price (at today's close): $250.00 | Rating: Buy"), ['NVDA $250.00']);
    assert.deepEqual(stated('| Ticker | NVDA |\n|---|---|\n| Price (DCF) | $300.00 |\n| Price (11/20/26) | $250.00 |'), ['NVDA $250.00']);
  });

  it('still reads a cover line’s price field with its currency or its day', () => {
    assert.deepEqual(stated('Nvidia (NVDA) | Price (USD): $250.00 | Rating: Buy'), ['NVDA $250.00']);
    assert.deepEqual(stated('Nvidia (NVDA) | Price (Nov 20): $250.00 | Rating: Buy'), ['NVDA $250.00']);
    assert.deepEqual(stated('Nvidia (NVDA) | Last (close): 250.00'), ['NVDA 250.00']);
  });
});
