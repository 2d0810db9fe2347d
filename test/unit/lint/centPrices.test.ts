// Prices under a dollar written in cents ("to 94 cents", "at 42¢") are compared with a dollar quote in its own unit;
// pence are never compared with dollars; and "has a share price of $170.00" is a stated price.
import { strict as assert } from 'node:assert';
import { findStatedPrices, formatLikeStated } from '../../../src/core/lint';
import { compareToQuote, statedUnit } from '../../../src/core/lint/quoteComparison';
import { withCurrency } from '../../../src/core/lint/statedPriceFormat';
import { findTickerMentions } from '../../../src/core/tickers';
import type { Quote } from '../../../src/core/quotes/quote';
import { renderThenVsNow } from '../../../src/core/hover/thenVsNow';

const prices = (text: string) => findStatedPrices(text, findTickerMentions(text));
const written = (text: string) => prices(text).map((price) => `${text.slice(price.offset, price.offset + price.length)} = ${price.value} ${price.currencySign}`);
const quote = (price: number, currency: string) => ({ symbol: 'X', price, currency, asOf: 0, provider: 'test' }) as unknown as Quote;

describe('prices in cents', () => {
  it('reads a price written in cents or with the cent sign', () => {
    assert.deepEqual(written('Lumen Pharma (NASDAQ: LUMP) closed at 85 cents.'), ['85 cents = 85 cents']);
    assert.deepEqual(written('Lumen Pharma (NASDAQ: LUMP) traded at 42¢ on Friday.'), ['42¢ = 42 ¢']);
    assert.deepEqual(written('Northwind Air (TSX:NWA). Industrials. Down 3 cents, or 3.3 per cent, to 87.5 cents on 9 million shares.'), ['87.5 cents = 87.5 cents']);
  });

  it('reads cents later in the sentence, after its subject\'s move, as a dollar figure is read', () => {
    assert.deepEqual(written('The Kestrel Mining (ASX: KSM) share price is down 2% to 34 cents.'), ['34 cents = 34 cents']);
    assert.deepEqual(written('Kestrel Mining (ASX: KSM) said earnings per share rose 5% to 34 cents.'), []);
    assert.deepEqual(written('Kestrel Mining (ASX: KSM) raised its dividend, which is up 5% to 34 cents.'), []);
  });

  it('leaves a move, a per-share amount and a change in cents unread', () => {
    assert.deepEqual(written('Lumen Pharma (NASDAQ: LUMP) was 36 cents lower on the day.'), []);
    assert.deepEqual(written('Lumen Pharma (NASDAQ: LUMP) was down 12 cents, or 9%, in late trade.'), []);
    assert.deepEqual(written('Lumen Pharma (NASDAQ: LUMP) earned 78 cents a share.'), []);
  });

  it('compares cents with a dollar quote in the quote’s unit, and writes the fix back in cents', () => {
    const [price] = prices('Lumen Pharma (NASDAQ: LUMP) closed at 85 cents.');
    const drift = compareToQuote(price, quote(0.91, 'USD'))!;
    assert.equal(Math.round(drift.stated * 100) / 100, 0.85);
    assert.equal(Math.round(drift.quotedInNoteUnit), 91);
    assert.equal(withCurrency(price, formatLikeStated(drift.quotedInNoteUnit, price)), '91 cents');
    const [sign] = prices('Lumen Pharma (NASDAQ: LUMP) traded at 42¢ on Friday.');
    assert.equal(withCurrency(sign, formatLikeStated(91, sign)), '91¢');
    // Canadian cents against a Toronto quote in Canadian dollars.
    assert.equal(statedUnit({ currencySign: 'cents' }, { currency: 'CAD' }), 0.01);
  });

  it('never compares cents or pence across currencies', () => {
    assert.equal(statedUnit({ currencySign: 'cents' }, { currency: 'GBp' }), undefined);
    assert.equal(statedUnit({ currencySign: '¢' }, { currency: 'EUR' }), undefined);
    const [pence] = prices('Harbour Foods (LSE: HRBF) closed at 85p.');
    assert.equal(compareToQuote(pence, quote(0.85, 'USD')), undefined);
    assert.equal(compareToQuote(pence, quote(85, 'GBp'))?.driftPercent, 0);
  });

  it('puts cents in the quote’s unit on the quote card, and leaves another currency’s change out', () => {
    const usd: Quote = { symbol: 'LUMP', providerSymbol: 'LUMP', provider: 'snapshot', price: 0.91, previousClose: 0.9, currency: 'USD', asOf: 0 };
    assert.equal(renderThenVsNow(usd, { statedPrice: { value: 85, written: '85 cents', line: 3, currencySign: 'cents' } }), 'Then vs now: the note says 85 cents (line 3) → \\$0.91 (+7.06%)');
    const pence: Quote = { ...usd, currency: 'GBp', price: 91 };
    assert.equal(renderThenVsNow(pence, { statedPrice: { value: 85, written: '85 cents', line: 3, currencySign: 'cents' } }), 'Then vs now: the note says 85 cents (line 3) → 91.00 GBp');
  });

  it('reads "has a share price of $170.00" as a stated price', () => {
    assert.deepEqual(written('Orchard Systems (NASDAQ: ORCH) has a share price of $170.00 after the split.'), ['$170.00 = 170 $']);
    assert.deepEqual(written('Orchard Systems (NASDAQ: ORCH) has a price target of $200.'), []);
    // A price its sentence dates to another time is that day's, not the note's.
    assert.deepEqual(written('As of Nov. 20, 2026:\n\nIn April, Orchard Systems (NASDAQ: ORCH) had a share price of $170.00.'), []);
  });
});
