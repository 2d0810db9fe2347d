// A quote table dated by a Date column whose every row names the same day, as spreadsheet and terminal exports lay
// out a snapshot: dated by that day, and refreshed with every row's date moved to the quotes' day.
import { strict as assert } from 'node:assert';
import { lintNote } from '../../../src/core/lint';
import { applySafeFixes } from '../../../src/core/lint/safeFixes';
import { fixtureQuotes, today } from './lintHarness';

const table = (header: string, rows: readonly string[]) => `| ${header} |\n|---|---|---:|\n${rows.map((row) => `| ${row} |`).join('\n')}\n`;

async function staleMessages(text: string): Promise<string[]> {
  return (await lintNote(text, { today, quotes: fixtureQuotes(), only: ['stale-quote-table'] })).map((finding) => finding.message);
}

describe('quote tables dated by a Date column', () => {
  it('dates the table by the one day its rows name, over the stamp above it', async () => {
    const rows = ['AAPL | 10/02/2026 | 256.44', 'MSFT | 10/02/2026 | 470.00'];
    assert.deepEqual(await staleMessages(table('Ticker | Date | Close', rows)), ['Quote table is as of 10/02/2026 (its date column), 50 days ago (stale after 30 days)']);
    assert.deepEqual(await staleMessages(`As of November 20, 2026.\n\n${table('Ticker | As of | Close', ['AAPL | Oct. 2, 2026 | 256.44'])}`), [
      'Quote table is as of Oct. 2, 2026 (its date column), 50 days ago (stale after 30 days)',
    ]);
    // A fresh day in the column is no "table with no as-of date".
    assert.deepEqual(await staleMessages(table('Ticker | Price date | Close', ['AAPL | 2026-11-20 | 272.41'])), []);
  });

  it('reads no column with a cell that is no day, or a day without its year', async () => {
    for (const rows of [
      ['AAPL | 10/02/2026 | 256.44', 'MSFT | n/a | 470.00'],
      ['AAPL | Oct 2 | 256.44'],
    ]) {
      assert.match((await staleMessages(table('Ticker | Date | Close', rows)))[0] ?? '', /has no as-of date/, rows.join(' / '));
    }
    // A log of trades: its dates are the trades', and so are its prices (eventPriceTables.ts): no quote table at all.
    const log = '| Ticker | Date | Action | Shares | Price |\n|---|---|---|---:|---:|\n| AAPL | 10/02/2026 | Buy | 10 | 256.44 |\n';
    assert.deepEqual(await staleMessages(log), []);
    assert.match((await staleMessages(table('Ticker | Trade date | Price', ['AAPL | 10/02/2026 | 256.44'])))[0] ?? '', /has no as-of date/);
  });

  it('takes a table whose rows name different days for a price history, not a quote table', async () => {
    // Each row is its own day's close: no caption would date it, and no refresh may rewrite it.
    assert.deepEqual(await staleMessages(table('Ticker | Date | Close', ['AAPL | 10/01/2026 | 250.00', 'AAPL | 10/02/2026 | 256.44'])), []);
    assert.deepEqual(await staleMessages(table('Date | Symbol | Close', ['Oct 1 | AAPL | 250.00', 'Oct 2 | AAPL | 256.44'])), []);
  });

  it('refreshes the prices and moves every row\'s date to the quotes\' day, in its own style', async () => {
    const text = table('Ticker | Date | Close', ['AAPL | 10/02/2026 | 256.44', 'MSFT | 10/02/2026 | 470.00']);
    const fixed = applySafeFixes(text, await lintNote(text, { today, quotes: fixtureQuotes() })).text;
    assert.equal(fixed, table('Ticker | Date | Close', ['AAPL | 11/20/2026 | 272.41', 'MSFT | 11/20/2026 | 498.12']));
  });
});
