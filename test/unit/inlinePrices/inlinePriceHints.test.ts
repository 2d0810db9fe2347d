import { strict as assert } from 'node:assert';
import { formatInlinePrice, inlinePriceHints, mentionsBetween } from '../../../src/core/inlinePrices/inlinePriceHints';
import type { Quote } from '../../../src/core/quotes/quote';
import { findTickerMentions } from '../../../src/core/tickers';

function quote(symbol: string, price: number, previousClose?: number): Quote {
  return { symbol, providerSymbol: symbol, provider: 'yahoo', price, currency: 'USD', asOf: 0, ...(previousClose === undefined ? {} : { previousClose }) };
}

describe('inline prices', () => {
  it('formats price and move the way the issue shows them', () => {
    assert.equal(formatInlinePrice(quote('MSFT', 412.3, 409.02)), '412.30 ▲0.8%');
    assert.equal(formatInlinePrice(quote('X', 90, 100)), '90.00 ▼10.0%');
    assert.equal(formatInlinePrice(quote('Y', 1482.333, 1482.333)), '1,482.33 ■0.0%');
    assert.equal(formatInlinePrice(quote('P', 0.4512)), '0.4512');
  });

  it('hints only the mentions in the range, after a closing parenthesis, and only those with a known quote', () => {
    const text = 'Microsoft (NASDAQ: MSFT) and $AAPL.\n\nLater: $NVDA and (NYSE: KO) too.';
    const mentions = findTickerMentions(text);
    const known = new Map([
      ['MSFT', quote('MSFT', 412.3, 409.02)],
      ['AAPL', quote('AAPL', 200, 200)],
      ['KO', quote('KO', 70, 71)],
    ]);
    const all = inlinePriceHints(text, mentions, 0, text.length, (mention) => known.get(mention.symbol));
    assert.deepEqual(
      all.map((hint) => [hint.mention.symbol, text.slice(0, hint.offset).slice(-6), hint.label]),
      [
        ['MSFT', ': MSFT)'.slice(-6), '412.30 ▲0.8%'],
        ['AAPL', '$AAPL'.padStart(6, ' '), '200.00 ■0.0%'],
        ['KO', 'SE: KO)'.slice(-6), '70.00 ▼1.4%'],
      ],
    );
    const secondParagraph = text.indexOf('Later');
    const visible = inlinePriceHints(text, mentions, secondParagraph, text.length, (mention) => known.get(mention.symbol));
    assert.deepEqual(
      visible.map((hint) => hint.mention.symbol),
      ['KO'],
    );
    assert.deepEqual(
      mentionsBetween(mentions, secondParagraph, text.length).map((mention) => mention.symbol),
      ['NVDA', 'KO'],
    );
  });
});
