import { strict as assert } from 'node:assert';
import { findTickerCompletionContext, matchLocalListings, tickerCompletions, type TickerCompletionContext } from '../../../src/core/completion';
import type { SymbolMatch } from '../../../src/core/quotes/search';

/** The context with the cursor at `|`. */
function at(textWithCursor: string): TickerCompletionContext | undefined {
  const cursor = textWithCursor.indexOf('|');
  return findTickerCompletionContext(textWithCursor.replace('|', ''), cursor);
}

const ko: SymbolMatch = { symbol: 'KO', name: 'The Coca-Cola Company', exchange: 'NYSE', exchangeLabel: 'NYSE', type: 'Equity', source: 'yahoo' };
const coke: SymbolMatch = { symbol: 'COKE', name: 'Coca-Cola Consolidated, Inc.', exchange: 'NASDAQ', type: 'Equity', source: 'yahoo' };
const shop: SymbolMatch = { symbol: 'SHOP', name: 'Shopify Inc.', exchange: 'TSX', type: 'Equity', source: 'yahoo' };
const unsaidVenue: SymbolMatch = { symbol: 'KO', name: 'COCA-COLA CO', type: 'Common Stock', source: 'finnhub' };

describe('ticker completion: where a ticker is being written', () => {
  it('a cashtag being typed, with or without letters', () => {
    assert.deepEqual(at('Shares of $MET| rose'), { form: 'cashtag', start: 10, end: 14, replaced: '$MET', typed: 'MET', query: 'MET' });
    assert.equal(at('Shares of $|')?.typed, '');
    assert.equal(at('$coca|')?.query, 'coca');
    // The symbol's rest after the cursor is replaced too.
    assert.equal(at('see $ME|TA today')?.end, 9);
  });

  it('not a price, not inside a word, not inside a code span', () => {
    assert.equal(at('cost $5|'), undefined);
    assert.equal(at('US$|'), undefined);
    assert.equal(at('run `echo $HO|'), undefined);
    assert.equal(at('plain words|'), undefined);
  });

  it('inside an exchange prefix, in the writer\'s spelling', () => {
    const context = at('Coca-Cola (NYSE: K|');
    assert.equal(context?.form, 'exchange');
    assert.equal(context?.exchange, 'NYSE');
    assert.equal(context?.typed, 'K');
    assert.equal(context?.start, 10);
    assert.equal(at('Apple (Nasdaq:|')?.writtenExchange, 'Nasdaq');
    assert.equal(at('(NYSE American: U|')?.exchange, 'NYSEAMERICAN');
    // An auto-closed parenthesis after the cursor is replaced with the rest.
    const closed = findTickerCompletionContext('Apple (NASDAQ: AA)', 16);
    assert.equal(closed?.end, 18);
  });

  it('a parenthesis after a capitalised company name searches the name', () => {
    const context = at('Earnings at The Coca-Cola Company (|');
    assert.equal(context?.form, 'company');
    assert.equal(context?.query, 'Coca-Cola Company');
    assert.equal(context?.replaced, '(');
    assert.equal(at('Ford Motor (F|')?.typed, 'F');
    assert.equal(at('shares of Procter & Gamble (|')?.query, 'Procter & Gamble');
    assert.equal(at('Earnings at The Coca-Cola Company (|')?.shorterQueries, undefined, '"Company" alone is no search');
    assert.deepEqual(at('Shares of Coca-Cola (|')?.shorterQueries, ['Coca-Cola']);
    assert.equal(at('Analysts at Bank of America (|')?.query, 'Bank of America');
    assert.deepEqual(at('Analysts at Bank of America (|')?.shorterQueries, ['America']);
    assert.equal(at('they said (|'), undefined);
    assert.equal(at('The (|'), undefined);
  });
});

describe('ticker completion: items', () => {
  it('inserts the exchange form with the venue the provider gives, never the one the writer guessed wrong', () => {
    const context = at('Coca-Cola (NASDAQ: K|') as TickerCompletionContext;
    const [item] = tickerCompletions(context, [], [ko]);
    assert.equal(item?.insertText, '(NYSE: KO)');
    assert.equal(item?.description, 'NYSE · Equity');
    assert.equal(item?.name, 'The Coca-Cola Company');
    assert.ok(item?.filterText.startsWith('(NASDAQ: K'), 'the editor keeps the item for what was typed');
  });

  it("keeps the writer's venue (and spelling) when the provider names none", () => {
    const context = at('(Nasdaq: K|') as TickerCompletionContext;
    assert.equal(tickerCompletions(context, [], [unsaidVenue])[0]?.insertText, '(Nasdaq: KO)');
  });

  it('cashtags stay cashtags for US listings; a foreign listing gets the prefix a cashtag cannot carry', () => {
    const context = at('$sho|') as TickerCompletionContext;
    assert.deepEqual(
      tickerCompletions(context, [], [ko, shop]).map((item) => item.insertText),
      ['$KO', '(TSX: SHOP)'],
    );
  });

  it('the company form qualifies the symbol, or falls back to (TICK) when no venue is known', () => {
    const context = at('Coca-Cola (|') as TickerCompletionContext;
    assert.deepEqual(
      tickerCompletions(context, [], [ko, coke]).map((item) => item.insertText),
      ['(NYSE: KO)', '(NASDAQ: COKE)'],
    );
    assert.equal(tickerCompletions(context, [], [unsaidVenue])[0]?.insertText, '(KO)');
    const started = at('Coca-Cola (CO|') as TickerCompletionContext;
    assert.deepEqual(
      tickerCompletions(started, [], [ko, coke]).map((item) => item.label),
      ['COKE'],
    );
  });

  it('local listings come first, each listing once, with the provider\'s venue over a note\'s wrong prefix', () => {
    const noted: SymbolMatch = { symbol: 'KO', exchange: 'NASDAQ', source: 'workspace' };
    const context = at('$K|') as TickerCompletionContext;
    const items = tickerCompletions(context, [noted, { symbol: 'KHC', source: 'snapshot' }], [coke, ko]);
    assert.deepEqual(
      items.map((item) => [item.label, item.match.exchange]),
      [
        ['KO', 'NYSE'],
        ['KHC', undefined],
        ['COKE', 'NASDAQ'],
      ],
    );
    assert.ok(items[0]?.description.includes('in your notes'));
    assert.deepEqual(
      items.map((item) => item.sortText),
      ['0000', '0001', '0002'],
    );
  });

  it('local listings answer to symbol starts and name words', () => {
    const candidates: SymbolMatch[] = [
      { symbol: 'META', name: 'Meta Platforms, Inc.', source: 'snapshot' },
      { symbol: 'KO', name: 'The Coca-Cola Company', source: 'snapshot' },
      { symbol: 'MSFT', name: 'Microsoft Corporation', source: 'snapshot' },
    ];
    assert.deepEqual(
      matchLocalListings(candidates, 'me').map((match) => match.symbol),
      ['META'],
    );
    assert.deepEqual(
      matchLocalListings(candidates, 'coca').map((match) => match.symbol),
      ['KO'],
    );
    assert.equal(matchLocalListings(candidates, '').length, 3);
  });
});
