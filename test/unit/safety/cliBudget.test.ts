// The CLI lints each note under a time budget: a note past it is reported on stderr with one
// information finding, and the other notes of the run are linted as usual (exit code from their findings).
import { strict as assert } from 'node:assert';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../cli/cliHarness';

describe('market-notes lint: time budget per note', function () {
  this.timeout(180_000);
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'mn-budget-'));
    const paragraph = 'As of January 26, 2026, Apple (NASDAQ: AAPL) closed at $256.44 and the Russell 2000 is up nearly 14% YTD.\n\n';
    writeFileSync(join(dir, 'a-huge.md'), paragraph.repeat(Math.ceil(15_000_000 / paragraph.length)));
    writeFileSync(join(dir, 'b-small.md'), 'As of 2026-01-02 the index led.\n');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('reports the note that is too complex on stderr and lints the others', async () => {
    const cache = join(dir, 'cache');
    const run = await runCli(['lint', '--today', '2026-11-21', '--format', 'json', dir], { env: { MARKET_NOTES_LINT_BUDGET_MS: '3000', MARKET_NOTES_CACHE_DIR: cache } });
    assert.match(run.stderr, /a-huge\.md: This note is too large or complex to lint fully; \d+ rules skipped/);
    const findings = JSON.parse(run.stdout) as Array<{ file: string; ruleId: string; severity: string }>;
    assert.deepEqual(
      findings.filter((finding) => finding.file.endsWith('a-huge.md')).map((finding) => [finding.ruleId, finding.severity]),
      [['too-complex', 'info']],
    );
    assert.ok(findings.some((finding) => finding.file.endsWith('b-small.md') && finding.ruleId === 'stale-as-of'));
    assert.equal(run.code, 0);
    // What lint keeps for the next run: the small note's result, never the cut-short one of the huge note.
    const kept = JSON.parse(readFileSync(join(cache, readdirSync(cache).find((name) => name.endsWith('.json'))!), 'utf8')) as { notes: Record<string, unknown> };
    assert.deepEqual(Object.keys(kept.notes).map((file) => file.slice(dir.length + 1)), ['b-small.md']);
  });
});
