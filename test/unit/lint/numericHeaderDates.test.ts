// A quote table's header dated with a numeric day and month and no year ("| Symbol | Close 10/2 |", "Price (20/10)"),
// as terminal screens head their price column: read in the order only one reading allows, else in the note's own.
import { strict as assert } from 'node:assert';
import { lintNote } from '../../../src/core/lint';
import { applySafeFixes } from '../../../src/core/lint/safeFixes';
import { fixtureQuotes, today } from './lintHarness';

const table = (header: string, caption = 'As of November 20, 2026, the desk kept these.') => `${caption}\n\n| Symbol | ${header} |\n|---|---:|\n| MSFT | 498.12 |\n`;

async function staleMessages(text: string): Promise<string[]> {
  return (await lintNote(text, { today, quotes: fixtureQuotes() })).filter((finding) => finding.ruleId === 'stale-quote-table').map((finding) => finding.message);
}

describe('numeric yearless dates in a quote table header', () => {
  it('dates the table by a month-first or a day-first day, the year from the note', async () => {
    assert.match((await staleMessages(table('Close 10/2')))[0] ?? '', /as of 10\/2 \(read as October 2, 2026\) \(its header\)/);
    assert.match((await staleMessages(table('Price (20/10)')))[0] ?? '', /as of 20\/10 \(read as October 20, 2026\)/);
    // A fresh header's day dates the table under an old stamp.
    assert.deepEqual(await staleMessages(table('Last (11/20)', 'As of September 1, 2026, the desk kept these.')), []);
  });

  it('reads one either order could read in the note\'s order: month first, day first where the note writes so', async () => {
    assert.match((await staleMessages(table('Close 10/03')))[0] ?? '', /read as October 3, 2026/);
    assert.match((await staleMessages(table('Close 03/10', 'As at 20/11/2026, the desk kept these.')))[0] ?? '', /read as October 3, 2026/);
  });

  it('reads a header\'s day after the column\'s unit or an "@"', async () => {
    assert.match((await staleMessages(table('Last Price (USD) 10/2/26')))[0] ?? '', /as of 10\/2\/26 \(its header\)/);
    assert.match((await staleMessages(table('Close @ 10/2')))[0] ?? '', /as of 10\/2 \(read as October 2, 2026\) \(its header\)/);
  });

  it('leaves a range, a fraction and a day with no month unread', async () => {
    for (const header of ['Close 10/2-10/6', 'Close 10/2.5', 'Close 13/14']) {
      assert.deepEqual(await staleMessages(table(header)), [], header);
    }
  });

  it('reads a header\'s year from the reference date in a note with no dated stamp, as a yearless "As of Nov. 20" is read', async () => {
    // The latest October 2 not after today (2026-11-21): this year's, 50 days ago.
    assert.match((await staleMessages(table('Close 10/2', 'The desk kept these.')))[0] ?? '', /as of 10\/2 \(read as October 2, 2026\) \(its header\), 50 days ago/);
    assert.match((await staleMessages(table('Close Oct 2', 'The desk kept these.')))[0] ?? '', /as of Oct 2 \(read as October 2, 2026\) \(its header\), 50 days ago/);
    // A day after today's month and day is last year's: December 20, 2025, not a date to come.
    assert.match((await staleMessages(table('Close 12/20', 'The desk kept these.')))[0] ?? '', /read as December 20, 2025/);
    // A fresh one: nothing to say, and the header's day dates the table, so prose beside it is no help to it.
    assert.deepEqual(await staleMessages(table('Close 11/20', 'The desk kept these.')), []);
  });

  it('re-stamps the header in the writer\'s order and padding', async () => {
    for (const [header, caption, refreshed] of [
      ['Close 10/2', undefined, 'Close 11/20'],
      ['Close 03/10', 'As at 20/11/2026, the desk kept these.', 'Close 20/11'],
      ['Close 09/03', undefined, 'Close 11/20'],
    ] as const) {
      const text = table(header, caption);
      const fixed = applySafeFixes(text, await lintNote(text, { today, quotes: fixtureQuotes() })).text;
      assert.ok(fixed.includes(`| ${refreshed} |`), fixed);
    }
  });
});

// After "as of" a bare "11/20" is a day too: "Pricing as of 11/20." Elsewhere it stays a ratio or a score.
describe('numeric yearless dates after "as of"', () => {
  const stamps = async (text: string) =>
    (await lintNote(text, { today, only: ['stale-as-of', 'relative-time'] })).map((finding) => `${finding.ruleId}: ${finding.message}`);

  it('dates the note, its year read from today, and stales as any stamp', async () => {
    // Dated (the 20th is a day before today's the 21st): "this year" is anchored, nothing to say.
    assert.deepEqual(await stamps('# Desk note\n\nPricing as of 11/20.\n\nThe S&P 500 is up 16% this year.\n'), []);
    assert.deepEqual(await stamps('# Desk note\n\nPrices as of 10/02; the S&P 500 is up 16% this year.\n'), [
      'stale-as-of: As-of date 10/02 (read as October 2, 2026) is 50 days old (stale after 30 days); the 1 figure it dates may have changed',
      'relative-time: "this year" (dating "16%") is anchored to 10/02 (read as October 2, 2026) (line 3), 50 days ago (stale after 30 days)',
    ]);
  });

  it('leaves a fraction, a decimal, a range and a score alone', async () => {
    const undated = 'relative-time: "this year" dates "16%" in a note with no as-of date: a reader cannot tell when it was true (add e.g. "As of November 21, 2026")';
    for (const text of ['As of 3/4 of the float, the S&P 500 is up 16% this year.', 'As of 10/2.5 the S&P 500 is up 16% this year.', 'As of 11/2-11/6, the S&P 500 is up 16% this year.', 'The score was 11/20 and the S&P 500 is up 16% this year.']) {
      assert.deepEqual(await stamps(`# Desk note\n\n${text}\n`), [undated], text);
    }
  });
});
