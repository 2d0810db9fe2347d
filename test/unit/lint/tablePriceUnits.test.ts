// Prices a quote table states in pence or cents ("70.50p", "1,210p", "85c", "55¢"), as London and Sydney tables write
// a price under a pound or a dollar, and the prices and claims of tables whose ticker column is headed "ETF", "ASX
// code" or "EPIC" (tableMentions.ts). Fixtures are our own words.

import { strict as assert } from 'node:assert';
import { statedUnit } from '../../../src/core/lint/quoteComparison';
import { findStatedPrices } from '../../../src/core/lint';
import { withCurrency } from '../../../src/core/lint/statedPriceFormat';
import { findTickerMentions } from '../../../src/core/tickers';
import { claimsOf } from './claimsOf';
import { statedPrices } from './lintHarness';

const table = (header: string, ...rows: string[]) => [header, header.replace(/[^|]+/g, '---'), ...rows].join('\n');

describe('table prices in pence and cents', () => {
  it('reads pence and cents after the number, the unit part of the figure', () => {
    const text = table('| Ticker | Price |', '| VOD.L | 70.50p |', '| BRBY.L | 1,210p |', '| KOA | 85c |', '| XYZ | 55¢ |', '| QRS | **12 ¢** |');
    assert.deepEqual(statedPrices(text), [['VOD', '70.50p'], ['BRBY', '1,210p'], ['KOA', '85c'], ['XYZ', '55¢'], ['QRS', '12 ¢']]);
    const units = findStatedPrices(text, findTickerMentions(text)).map((price) => [price.currencySign, price.value, text.slice(price.valueOffset, price.valueOffset + price.valueLength)]);
    assert.deepEqual(units, [['p', 70.5, '70.50'], ['p', 1210, '1,210'], ['c', 85, '85'], ['¢', 55, '55'], ['¢', 12, '12']]);
  });

  it('compares pence with a pound quote and cents with a dollar one, and writes a fix in the same unit', () => {
    const [pence, cents] = findStatedPrices(table('| Ticker | Price |', '| VOD.L | 70.50p |', '| KOA | 85c |'), findTickerMentions(table('| Ticker | Price |', '| VOD.L | 70.50p |', '| KOA | 85c |')));
    assert.equal(statedUnit(pence, { currency: 'GBP' }), 0.01);
    assert.equal(statedUnit(cents, { currency: 'AUD' }), 0.01);
    assert.equal(statedUnit(cents, { currency: 'EUR' }), undefined);
    assert.equal(withCurrency(cents, '86'), '86c');
  });

  it('keeps reading signs before the number and bare figures', () => {
    const text = table('| Ticker | Price (p) |', '| TSCO.L | 390.10 |', '| BARC.L | GBX 300.00 |', '| SHEL.L | £27.10 |');
    assert.deepEqual(statedPrices(text), [['TSCO', '390.10'], ['BARC', 'GBX 300.00'], ['SHEL', '£27.10']]);
    assert.equal(findStatedPrices(text, findTickerMentions(text))[0].columnCurrency, 'p');
  });

  it('reads no price from a unit glued to more, a spaced letter or a sign and a unit both', () => {
    const text = table('| Ticker | Price |', '| VOD.L | 70.50pc |', '| KOA | 85 c |', '| XYZ | 55cents |', '| ABC | $85c |', '| DEF | 12p/sh |');
    assert.deepEqual(statedPrices(text), []);
  });
});

describe('tables whose ticker column has another header', () => {
  const sectors = table('| Sector | ETF | Price | 1W | YTD |', '| Energy | XLE | $88.10 | +1.2% | +4.0% |');

  it('reads an ETF column’s prices and its return claims', () => {
    assert.deepEqual(statedPrices(sectors), [['XLE', '$88.10']]);
    assert.deepEqual(claimsOf(sectors, 'December 2, 2026'), ['energy|return|span:5d 1.15…1.25 "+1.2%"', 'energy|return|ytd:2026 3.95…4.05 "+4.0%"']);
  });

  it('reads long NSE codes’ prices, and ASX codes’ in cents', () => {
    assert.deepEqual(statedPrices(table('| Ticker | LTP |', '| RELIANCE.NS | ₹1,400.00 |', '| TATAMOTORS.NS | ₹700.10 |')), [['RELIANCE', '₹1,400.00'], ['TATAMOTORS', '₹700.10']]);
    const asx = findStatedPrices(table('| ASX code | Last |', '| KOA | 85c |'), findTickerMentions(table('| ASX code | Last |', '| KOA | 85c |')));
    assert.deepEqual(asx.map((price) => [price.symbol, price.exchange, price.currencySign]), [['KOA', 'ASX', 'c']]);
  });

  it('reads nothing from funds’ names under ETF, or postal codes under Code', () => {
    const names = table('| Sector | ETF | Price | 1W | YTD |', '| Energy | Energy Select SPDR | $88.10 | +1.2% | +4.0% |');
    assert.deepEqual(statedPrices(names), []);
    assert.deepEqual(claimsOf(names, 'December 2, 2026'), []);
    assert.deepEqual(statedPrices(table('| Code | Suburb | Price |', '| 2000 | Sydney | $1,200,000 |')), []);
  });
});
