// Issue 14: `_As of October 31, 2026._` (line 3 of examples/earnings-season.md) dates the paragraph below it, so the
// hover's then vs now compares with the close on October 31, not with a stamp further down the note.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findAsOfStamps, findStatedPrices, NoteSource } from '../../../src/core/lint';
import type { QuoteService } from '../../../src/vscode/quotes/quoteService';
import { gatherThenFacts } from '../../../src/vscode/hover/thenFacts';

const example = readFileSync(join(__dirname, '../../../examples/earnings-season.md'), 'utf8');

describe('then vs now: the as-of stamp that dates a mention', () => {
  it('the stamp on line 3 governs the mentions of the paragraph after it', async () => {
    const source = new NoteSource(example);
    const facts = { version: 1, source, stamps: findAsOfStamps(example, source), statedPrices: findStatedPrices(example, source.mentions, source) };
    assert.equal(facts.stamps[0].line, 3);
    assert.equal(facts.stamps[0].dateText, 'October 31, 2026');
    const msft = source.mentions.find((mention) => mention.symbol === 'MSFT')!;
    const asked: string[] = [];
    const quotes = {
      history: async (_uri: unknown, ticker: { symbol: string }, range: string) => {
        asked.push(`${ticker.symbol} ${range}`);
        return { symbol: ticker.symbol, range, bars: [{ date: '2026-10-30', close: 520 }, { date: '2026-10-31', close: 525.5 }, { date: '2026-11-03', close: 530 }] };
      },
    } as unknown as QuoteService;
    const then = await gatherThenFacts({} as never, facts as never, msft, quotes, Date.UTC(2026, 10, 21));
    assert.deepEqual(then.asOf, { written: 'October 31, 2026' });
    assert.deepEqual(then.closeOnAsOf, { date: '2026-10-31', close: 525.5 });
    assert.deepEqual(asked, ['MSFT 1mo']);
  });

  it('a parenthetical "(as of …)" dates its own price, not the mentions after it', async () => {
    const text = 'As of October 30, 2026, the megacaps led.\n\n$AAPL closed at $272.41 (as of November 20, 2026). $MSFT closed at $520.00.\n';
    const source = new NoteSource(text);
    const facts = { version: 1, source, stamps: findAsOfStamps(text, source), statedPrices: findStatedPrices(text, source.mentions, source) };
    const quotes = {
      history: async (_uri: unknown, ticker: { symbol: string }, range: string) => ({ symbol: ticker.symbol, range, bars: [{ date: '2026-10-30', close: 1 }, { date: '2026-11-20', close: 2 }] }),
    } as unknown as QuoteService;
    const [aapl, msft] = source.mentions;
    const now = Date.UTC(2026, 10, 21);
    assert.deepEqual((await gatherThenFacts({} as never, facts as never, aapl, quotes, now)).asOf, { written: 'November 20, 2026' });
    assert.deepEqual((await gatherThenFacts({} as never, facts as never, msft, quotes, now)).asOf, { written: 'October 30, 2026' });
  });
});
