// Prices written with a currency's code before or after the number ("USD 401.71", "250.10 USD", "GBP 4.12") or a
// dollar spelt out after it ("480.30 Hong Kong dollars"), a price a stock "remained flat at", and "the stock's price
// was" in a sentence after the one that named the stock. Each is compared with a quote only in its own currency.
// Our own words; each reading has look-alikes that must stay unread.
import { strict as assert } from 'node:assert';
import { findStatedPrices } from '../../../src/core/lint';
import { compareToQuote, statedUnit } from '../../../src/core/lint/quoteComparison';
import { withCurrency } from '../../../src/core/lint/statedPriceFormat';
import { findTickerMentions } from '../../../src/core/tickers';
import type { Quote } from '../../../src/core/quotes/quote';

const prices = (text: string) => findStatedPrices(text, findTickerMentions(text));
const read = (text: string) => prices(text).map((price) => `${price.symbol} ${text.slice(price.offset, price.offset + price.length)}`);
const quote = (price: number, currency: string) => ({ symbol: 'X', price, currency, asOf: 0, provider: 'test' }) as unknown as Quote;

describe('prices with a currency code or a dollar in words', () => {
  it('reads a code before the number and after it', () => {
    assert.deepEqual(read('Orcadia Systems (NASDAQ: ORCD) is currently trading at USD 401.71, up 0.5% on the day.'), ['ORCD USD 401.71']);
    assert.deepEqual(read('Orcadia Systems (NASDAQ: ORCD) closed at 250.10 USD on Wednesday.'), ['ORCD 250.10 USD']);
    assert.deepEqual(read('Harbour Foods (LSE: HRBF) closed at GBP 4.12 on Wednesday.'), ['HRBF GBP 4.12']);
  });

  it('reads a dollar spelt out after the number', () => {
    assert.deepEqual(read('Kowloon Ferries (HKEX: 0991) rose 2.1%, reaching 48.30 Hong Kong dollars.'), ['0991 48.30 Hong Kong dollars']);
    assert.deepEqual(read('Orcadia Systems (NASDAQ: ORCD) closed at 250.10 dollars on Wednesday.'), ['ORCD 250.10 dollars']);
  });

  it('leaves amounts, per-share figures and other words unread', () => {
    assert.deepEqual(read('Orcadia Systems (NASDAQ: ORCD) is worth USD 5 billion after the deal.'), []);
    assert.deepEqual(read('Orcadia Systems (NASDAQ: ORCD) closed at USD 5 billion in market value.'), []);
    assert.deepEqual(read('Orcadia Systems (NASDAQ: ORCD) traded at 2 dollars a share above the offer.'), []);
    assert.deepEqual(read('Orcadia Systems (NASDAQ: ORCD) closed at 250 USDC in the token market.'), []);
  });

  it('compares a code or a named dollar only with a quote in that currency', () => {
    assert.equal(statedUnit({ currencySign: 'USD' }, { currency: 'USD' }), 1);
    assert.equal(statedUnit({ currencySign: 'USD' }, { currency: 'CAD' }), undefined);
    assert.equal(statedUnit({ currencySign: 'Hong Kong dollars' }, { currency: 'HKD' }), 1);
    assert.equal(statedUnit({ currencySign: 'Hong  Kong\ndollars' }, { currency: 'HKD' }), 1);
    assert.equal(statedUnit({ currencySign: 'Hong Kong dollars' }, { currency: 'USD' }), undefined);
    assert.equal(statedUnit({ currencySign: 'dollars' }, { currency: 'AUD' }), 1);
    assert.equal(statedUnit({ currencySign: 'dollars' }, { currency: 'EUR' }), undefined);
    assert.equal(statedUnit({ currencySign: 'GBP' }, { currency: 'GBp' }), 100);
    assert.equal(statedUnit({ currencySign: 'GBP' }, { currency: 'GBP' }), 1);
    const [hongKong] = prices('Kowloon Ferries (HKEX: 0991) rose 2.1%, reaching 48.30 Hong Kong dollars.');
    assert.equal(compareToQuote(hongKong, quote(48.3, 'HKD'))?.driftPercent, 0);
    assert.equal(compareToQuote(hongKong, quote(48.3, 'USD')), undefined);
  });

  it('writes a fix in the words the note used', () => {
    assert.equal(withCurrency({ currencySign: 'Hong Kong dollars' }, '50.10'), '50.10 Hong Kong dollars');
    assert.equal(withCurrency({ currencySign: 'USD' }, '401.71'), 'USD 401.71');
  });
});

describe('prices a stock "remained flat at", and the stock\'s price in a later sentence', () => {
  it('reads "remained flat at", "stayed unchanged at"', () => {
    assert.deepEqual(read('Orcadia Systems (NASDAQ:ORCD) saw a drop in short interest. ORCD stock remained flat at $259.86 during midday trading on Wednesday.'), ['ORCD $259.86']);
    assert.deepEqual(read('Orcadia Systems (NASDAQ: ORCD) stayed unchanged at $259.86 on Wednesday.'), ['ORCD $259.86']);
  });

  it('leaves a flat measure that is not the price unread', () => {
    assert.deepEqual(read('Orcadia Systems (NASDAQ: ORCD) said its dividend remained flat at $0.26 a share.'), []);
  });

  it('reads "the stock\'s price was" after the sentence that named the stock', () => {
    assert.deepEqual(read('Orcadia Systems (NASDAQ: ORCD) slipped. At the close of trading, the stock\'s price was $405.03.'), ['ORCD $405.03']);
    assert.deepEqual(read('Orcadia Systems (NASDAQ: ORCD) slipped. The stock\'s closing price was $405.03.'), ['ORCD $405.03']);
  });

  it('leaves the stock\'s other figures unread', () => {
    assert.deepEqual(read('Orcadia Systems (NASDAQ: ORCD) slipped. The stock\'s price target was $405.03 at Brenwick.'), []);
    assert.deepEqual(read('Orcadia Systems (NASDAQ: ORCD) slipped. The stock\'s fifty day moving average is $180.10.'), []);
  });
});
