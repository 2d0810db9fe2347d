// A sentence with two stamps: which one dates a price, and what a fix may write. A stamp right after a price in its
// clause ("closed at $250.00 as of Nov. 20, 2026") dates that price, whatever stamp stands before it; a stamp in the
// price's sentence before it starts the sentence's time, not the clause before it; and the earlier day of a
// comparison ("As of Oct. 1, …, but as of Nov. 20, 2026 …") dates a price true of its own day.
import { strict as assert } from 'node:assert';
import { findStatedPrices, lintNote, type Finding } from '../../../src/core/lint';
import { applySafeFixes } from '../../../src/core/lint/safeFixes';
import { findTickerMentions } from '../../../src/core/tickers';
import { fixtureQuotes } from './lintHarness';

// A week after the fixture quotes' day (Nov. 20), so a stamp of early October is stale and one of Nov. 13 is not.
const today = '2026-11-29';

const stated = (text: string) => findStatedPrices(text, findTickerMentions(text)).map((price) => `${price.symbol} ${text.slice(price.offset, price.offset + price.length)}`);
const lint = async (text: string) => lintNote(text, { today, quotes: fixtureQuotes() });
const brief = (findings: readonly Finding[]) => findings.map((finding) => `${finding.ruleId}@${finding.line}:${finding.column}`);

async function fixUntilStable(text: string): Promise<string> {
  for (let passes = 0; passes < 10; passes++) {
    const pass = applySafeFixes(text, await lint(text));
    if (pass.changes.length === 0) return text;
    text = pass.text;
  }
  throw new Error('safe fixes did not settle in 10 passes');
}

describe('a sentence with two stamps', () => {
  it('a stamp right after a price in its clause dates that price, not the stamp before it', async () => {
    const note = 'As of Nov. 13, 2026, the index was flat. Apple (AAPL) closed at $250.00 as of Nov. 20, 2026.\n';
    assert.deepEqual(stated(note), ['AAPL $250.00']);
    assert.deepEqual(brief(await lint(note)), ['price-drift@1:65']);
    // After a comma too, and under the note's own stamp as before.
    assert.deepEqual(stated('As of Nov. 13, 2026, the index was flat. Apple (AAPL) closed at $250.00, as of Nov. 20, 2026.\n'), ['AAPL $250.00']);
    assert.deepEqual(stated('Apple (AAPL) closed at $250.00 as of Nov. 13, 2026.\n'), ['AAPL $250.00']);
    // An "as of" of what is to come dates no price: the price stays another day's, unread.
    assert.deepEqual(stated('As of Nov. 20, 2026, the index was flat. Apple (AAPL) trades at $250.00 as of Dec. 21, 2026, when the split will take effect.\n'), []);
    // A day of its own after "on" is still another time's price.
    assert.deepEqual(stated('As of Nov. 20, 2026, the index was flat. Apple (AAPL) closed at $250.00 on Nov. 13, 2026.\n'), []);
  });

  it('a stamp in the price\'s sentence before its mention dates it, not the clause before that stamp', () => {
    const note = 'As of Nov. 13, 2026, the index was flat, but as of Nov. 20, 2026 Apple (AAPL) was at $250.00.\n';
    assert.deepEqual(stated(note), ['AAPL $250.00']);
    // The words before the price's own stamp still date it: "A year ago" is history, stamped or not.
    assert.deepEqual(stated('A year ago, as of Nov. 20, 2025, Apple (AAPL) was at $190.00.\n'), []);
    assert.deepEqual(stated('As of Nov. 20, 2026, the index was flat. A year ago, as of Nov. 20, 2025, Apple (AAPL) was at $190.00.\n'), []);
  });

  it('the earlier day of a comparison dates a price of its own day: not stated, not stale', async () => {
    const note = 'As of Oct. 1, 2026, Apple (AAPL) was at $240.00, but as of Nov. 20, 2026 Apple (AAPL) was at $250.00.\n';
    assert.deepEqual(stated(note), ['AAPL $250.00']);
    assert.deepEqual(brief(await lint(note)), ['price-drift@1:94']);
    // Two sentences are no comparison: the October stamp is stale and its price checked.
    const apart = 'As of Oct. 1, 2026, Apple (AAPL) was at $240.00. As of Nov. 20, 2026, Microsoft (MSFT) was at $498.12.\n';
    assert.deepEqual(stated(apart), ['AAPL $240.00', 'MSFT $498.12']);
    assert.deepEqual(brief(await lint(apart)), ['stale-as-of@1:7', 'price-drift@1:41']);
    // The earlier day may come second: "…, down from $452.00 as of Oct. 1, 2026".
    const second = 'Tesla (TSLA) closed at $412.80 as of Nov. 20, 2026, down from $452.00 as of Oct. 1, 2026.\n';
    assert.deepEqual(brief(await lint(second)), []);
    // And the text after that sentence is still the later day's: "today" is Nov. 20's, not October's.
    assert.deepEqual(brief(await lint(`${second}\nBanks rose 2% today.\n`)), []);
    assert.deepEqual(brief(await lint('As of Oct. 1, 2026, the index was flat.\n\nBanks rose 2% today.\n')), ['stale-as-of@1:7', 'relative-time@3:15']);
    // A figure's own parenthetical stamp, as the fix writes it, compares nothing.
    const local = 'As of Oct. 1, 2026, Apple (AAPL) was at $272.41 (as of Nov. 20, 2026) and Microsoft (MSFT) at $470.00.\n';
    assert.deepEqual(stated(local), ['AAPL $272.41', 'MSFT $470.00']);
    assert.ok(brief(await lint(local)).includes('stale-as-of@1:7'));
  });

  it('--fix never dates a price twice when the stamp after it dates the text after it too', async () => {
    const note = 'Apple (AAPL) closed at $250.00 as of Nov. 13, 2026. Microsoft (MSFT) ended at $470.00.\n';
    const findings = await lint(note);
    const apple = findings.find((finding) => finding.ruleId === 'price-drift' && finding.line === 1 && finding.column === 24);
    assert.ok(apple);
    assert.equal(apple.fixes?.some((fix) => fix.safe), false);
    assert.match(apple.fixes?.[0]?.title ?? '', /check "as of Nov\. 13, 2026"/);
    // Microsoft gets a stamp of its own; then the stamp after Apple's price dates it alone and moves with it.
    assert.equal(await fixUntilStable(note), 'Apple (AAPL) closed at $272.41 as of Nov. 20, 2026. Microsoft (MSFT) ended at $498.12 (as of Nov. 20, 2026).\n');
  });
});
