// A quote table that compares days, a market-price column for each ("| Symbol | Close (11/13) | Close (11/20) |"): the
// latest day's column is the table's now, dated by that day. Our own tables.
import { strict as assert } from 'node:assert';
import { lintNote } from '../../../src/core/lint';
import { fixtureQuotes, today } from './lintHarness';

const table = (header: string, row: string, caption = 'As of November 20, 2026, the desk kept these.') => `${caption}\n\n| Symbol | ${header} |\n|---|---:|---:|\n| MSFT | ${row} |\n`;

async function findings(text: string): Promise<string[]> {
  return (await lintNote(text, { today, quotes: fixtureQuotes() })).map((finding) => `${finding.ruleId}: ${finding.message.slice(0, 60)}`);
}

describe('a quote table that compares days', () => {
  it('reads the latest day\'s price, in whichever column it stands, never the older day\'s', async () => {
    // MSFT's quote is 498.12: the week-old 470.00 is no stale figure of today's.
    assert.deepEqual(await findings(table('Close (11/13) | Close (11/20)', '470.00 | 498.12')), []);
    assert.deepEqual(await findings(table('Close (11/20) | Close (11/13)', '498.12 | 470.00')), []);
    assert.match((await findings(table('Close (11/13) | Close (11/20)', '498.12 | 470.00')))[0] ?? '', /^price-drift: MSFT is stated at 470\.00/);
  });

  it('is dated by the latest day, not by a stamp above it', async () => {
    assert.deepEqual(await findings(table('Close 10/30/2026 | Close 11/20/2026', '470.00 | 498.12', 'As of January 26, 2026, the desk kept these.')), [
      'stale-as-of: As-of date January 26, 2026 is 299 days old (stale after 30 ',
    ]);
    assert.match((await findings(table('Close 10/30/2025 | Close 11/20/2025', '470.00 | 498.12')))[0] ?? '', /^stale-quote-table: Quote table is as of 11\/20\/2025/);
  });

  it('reads no column when one price column names no day: which is now cannot be told', async () => {
    assert.deepEqual(await findings(table('Close | Close (11/13)', '470.00 | 498.12')), []);
  });
});
