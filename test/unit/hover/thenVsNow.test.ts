import { strict as assert } from 'node:assert';
import { renderThenVsNow } from '../../../src/core/hover/thenVsNow';
import { renderQuoteCard } from '../../../src/core/hover/quoteCard';
import type { Quote } from '../../../src/core/quotes/quote';

const quote: Quote = { symbol: 'MSFT', providerSymbol: 'MSFT', provider: 'snapshot', price: 498.12, previousClose: 502.37, currency: 'USD', asOf: Date.parse('2026-11-20T21:00:00Z') };

describe('then vs now', () => {
  it('compares a price the note states with the quote', () => {
    assert.equal(renderThenVsNow(quote, { statedPrice: { value: 450, written: '$450.00', line: 5 } }), 'Then vs now: the note says \\$450.00 (line 5) → \\$498.12 (+10.69%)');
  });

  it('compares the close on the as-of date with the quote', () => {
    const text = renderThenVsNow(quote, { asOf: { written: 'October 31, 2026' }, closeOnAsOf: { date: '2026-10-30', close: 520 } });
    assert.equal(text, 'Close on 2026-10-30 (note as of October 31, 2026): \\$520.00 → \\$498.12 (−4.21%)');
  });

  it('shows both, one per line, and nothing when the note says nothing', () => {
    const both = renderThenVsNow(quote, { statedPrice: { value: 480, written: '$480.00', line: 5 }, asOf: { written: 'Oct 31, 2026' }, closeOnAsOf: { date: '2026-10-30', close: 498.12 } });
    assert.equal(both?.split('  \n').length, 2);
    assert.match(both ?? '', /±0\.00%/);
    assert.equal(renderThenVsNow(quote, {}), undefined);
  });

  it('says it once when the stated price is the close on the as-of date (a quote table)', () => {
    const table = renderThenVsNow(quote, { statedPrice: { value: 520, written: '$520.00', line: 7 }, asOf: { written: 'Oct 31, 2026' }, closeOnAsOf: { date: '2026-10-30', close: 520.004 } });
    assert.equal(table, 'Then vs now: the note says \\$520.00 (line 7, as of Oct 31, 2026) → \\$498.12 (−4.21%)');
    // Written to one decimal, a close of 519.96 is the same figure; 519.8 is not.
    const rounded = renderThenVsNow(quote, { statedPrice: { value: 520, written: '$520.0', line: 7 }, asOf: { written: 'Oct 31, 2026' }, closeOnAsOf: { date: '2026-10-30', close: 519.96 } });
    assert.equal(rounded?.split('  \n').length, 1);
    const different = renderThenVsNow(quote, { statedPrice: { value: 520, written: '$520.0', line: 7 }, asOf: { written: 'Oct 31, 2026' }, closeOnAsOf: { date: '2026-10-30', close: 519.8 } });
    assert.equal(different?.split('  \n').length, 2);
  });

  it('says the as-of date when there is no history to compare', () => {
    assert.equal(renderThenVsNow(quote, { asOf: { written: 'late January 2026' } }), 'The note is as of late January 2026');
  });

  it('sits on the card below the quote', () => {
    const card = renderQuoteCard({ mention: { symbol: 'MSFT' }, quote, now: quote.asOf, providerLabel: 'Snapshot', then: { statedPrice: { value: 450, written: '$450.00', line: 5 } } });
    assert.match(card.split('\n\n').at(-1) ?? '', /^Then vs now/);
  });
});
