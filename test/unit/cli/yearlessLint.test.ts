// `market-notes lint` on notes whose stamps have no year, as news copy writes them: read against `--today` or the
// note's own dated stamps, reported with the year read, never as undated or as a future date.
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { JsonFinding } from '../../../src/core/lint';
import { runCli } from './cliHarness';

describe('market-notes lint: stamps without a year', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'mn-yearless-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const lint = async (today: string) => {
    const run = await runCli(['lint', '--no-cache', '--format', 'json', '--today', today, dir]);
    assert.equal(run.code, 0, run.stderr);
    return (JSON.parse(run.stdout) as JsonFinding[]).map((finding) => `${finding.file.replace(/^.*[\\/]/, '')}:${finding.line} ${finding.ruleId}: ${finding.message}`);
  };

  it('dates a wrap, a wire story and a note with a title date; stale ones show the year read', async () => {
    writeFileSync(join(dir, 'wrap.md'), '# Market wrap\n\nAs of Nov. 20, the S&P 500 is up 16% this year.\n');
    writeFileSync(join(dir, 'wire.md'), 'LONDON, 20 November (Reuters) - London shares eased as miners slid on weaker metal prices.\n\nThe FTSE 100 is down 2% this month.\n');
    writeFileSync(join(dir, 'desk.md'), '# Desk note — Dec. 30, 2025\n\nAs of Jan. 2, the Nasdaq 100 is up 1% this week.\n');
    assert.deepEqual(await lint('2026-11-29'), [
      'desk.md:1 stale-as-of: As-of date Dec. 30, 2025 is 334 days old (stale after 30 days); the text it dates may have changed',
      'desk.md:3 stale-as-of: As-of date Jan. 2 (read as January 2, 2026) is 331 days old (stale after 30 days); the 1 figure it dates may have changed',
      'desk.md:3 relative-time: "this week" (dating "1%") is anchored to Jan. 2 (read as January 2, 2026) (line 3), 331 days ago (stale after 30 days)',
    ]);
    // A year on, the same day is read in the new year: the wrap is fresh again, as a writer of this year's note means.
    const later = await lint('2027-11-29');
    assert.ok(!later.some((line) => line.startsWith('wrap.md')), later.join('\n'));
  });

  it('leaves a numeric date or a range unread: the note stays undated', async () => {
    writeFileSync(join(dir, 'undated.md'), '# Notes\n\nAs of 11/20, the Dow is up 12% this year.\n\nAs of Nov. 20-21, the Nasdaq rose 3% this week.\n');
    const found = await lint('2026-11-29');
    assert.equal(found.length, 2, found.join('\n'));
    for (const line of found) assert.match(line, /^undated\.md:\d+ relative-time: .* in a note with no as-of date/);
  });
});
