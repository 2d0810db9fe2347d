// A move stated with a price is its day's: brought to a later quote, the price would carry it. No safe fix, no
// refresh of its stamp; a price with no move stated is fixed as before.
import { strict as assert } from 'node:assert';
import { lintNote, type Finding } from '../../../src/core/lint';
import { applySafeFixes } from '../../../src/core/lint/safeFixes';
import { fixtureQuotes } from './lintHarness';

const today = '2026-11-29';
const lint = async (text: string) => lintNote(text, { today, quotes: fixtureQuotes() });
const drift = (findings: readonly Finding[]) => findings.filter((finding) => finding.ruleId === 'price-drift');

describe('a move stated with a price', () => {
  const moved: Array<[string, string]> = [
    ['As of Nov. 13, 2026, Apple (AAPL) rose 2% to $250.00.\n', 'rose 2%'],
    ['As of Nov. 13, 2026, Apple (AAPL) gained $4.10 to close at $250.00.\n', 'gained $4.10'],
    ['As of Nov. 13, 2026, Apple (AAPL) closed 2.1% higher at $250.00.\n', '2.1%'],
    ['As of Nov. 13, 2026, Apple (AAPL) jumped to $250.00.\n', 'jumped'],
    ['As of Nov. 13, 2026, Apple (AAPL) closed at $250.00, up 2%.\n', 'up 2%'],
    ['As of Nov. 13, 2026, Apple (AAPL) closed at $250.00, up from $240.00 a week earlier.\n', 'up from $240.00'],
    // After the price's own stamp, its clause's move is still its day's.
    ['Apple (AAPL) closed at $250.00 as of Nov. 13, 2026, up 2% on the day.\n', 'up 2%'],
    ['As of Nov. 13, 2026:\n\n**Apple (AAPL):** $250.00 (+1.0%)\n', '+1.0%'],
    ['As of Nov. 13, 2026, Tesla (TSLA) — $450.00, down 3%, and the index was flat.\n', 'down 3%'],
    ['As of Nov. 13, 2026.\n\n### Apple (AAPL): $250.00 (+1.0%)\n', '+1.0%'],
  ];
  for (const [note, words] of moved) {
    it(`is no safe fix's: ${JSON.stringify(note)}`, async () => {
      const [finding] = drift(await lint(note));
      assert.ok(finding, 'the price is checked');
      assert.equal(finding.fixes?.some((fix) => fix.safe), false);
      assert.ok(finding.fixes?.[0]?.title.includes(`check "${words}`), finding.fixes?.[0]?.title);
      assert.equal(applySafeFixes(note, await lint(note)).changes.length, 0);
    });
  }

  it('leaves a price with no move stated fixed as before', async () => {
    const note = 'As of Nov. 13, 2026, Apple (AAPL) closed at $250.00, its best close in a month.\n';
    const [finding] = drift(await lint(note));
    assert.equal(finding.fixes?.[0]?.safe, true);
    assert.equal(applySafeFixes(note, await lint(note)).text, 'As of Nov. 20, 2026, Apple (AAPL) closed at $272.41, its best close in a month.\n');
  });

  it('stale-as-of offers no refresh of a stamp whose price states its move', async () => {
    const note = 'As of Oct. 1, 2026, Apple (AAPL) rose 2% to $250.00.\n';
    const stale = (await lint(note)).find((finding) => finding.ruleId === 'stale-as-of');
    assert.ok(stale);
    assert.equal(stale.fixes, undefined);
    const plain = (await lint('As of Oct. 1, 2026, Apple (AAPL) closed at $250.00.\n')).find((finding) => finding.ruleId === 'stale-as-of');
    assert.equal(plain?.fixes?.[0]?.safe, true);
  });
});
