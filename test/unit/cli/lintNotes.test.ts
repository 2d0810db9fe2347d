// The CLI's lint of many notes (src/cli/lintNotes.ts): a note whose kept result stands is not read at all; one that
// must be linted is read first, and a file that is not text is reported without a lint.
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultLintConfig } from '../../../src/core/lint/config';
import type { Finding } from '../../../src/core/lint/finding';
import type { CliIo } from '../../../src/cli/io';
import { lintNotes, type NoteToLint } from '../../../src/cli/lintNotes';
import { NoteNotTextError } from '../../../src/cli/noteFiles';
import type { LintClient, LintOutcome } from '../../../src/node/lintClient';
import { openLintResultCache, type NoteFileState } from '../../../src/node/lintResultCache';

const today = { year: 2026, month: 11, day: 23 };
const staleFinding: Finding = {
  ruleId: 'stale-as-of',
  ruleCode: 'MN001',
  severity: 'warning',
  message: 'As-of date October 1, 2026 is 53 days old',
  docs: 'docs/rules/stale-as-of.md',
  offset: 19,
  length: 15,
  line: 3,
  column: 7,
  endLine: 3,
  endColumn: 22,
};

/** When every note file here was last written: long enough ago for its stamp to be trusted. */
const old = Date.now() - 60_000;

/** A lint client that answers every note with one finding, counting the notes it was sent. */
function countingClient() {
  const client = {
    sent: 0,
    lint: async (): Promise<LintOutcome> => {
      client.sent++;
      return { kind: 'linted', findings: [staleFinding], alone: { figures: [], conflictsMutedOn: [] } };
    },
  };
  return client;
}

/** A note file whose text counts its reads (read once, then held, as openNote does); `text` may throw, as a file
 * that is not text does. */
function noteFile(text: () => string) {
  let held: string | undefined;
  const state = {
    reads: 0,
    stamp: { size: 40, mtimeMs: old, ctimeMs: old, ino: 11 },
    stampedAt: old + 10_000,
    text: () => (held ??= (state.reads++, text())),
  };
  return state satisfies NoteFileState;
}

describe('market-notes lint: which notes are read', () => {
  let folder: string;
  const stderr: string[] = [];
  const io: CliIo = { cwd: '/work/notes', env: {}, stdout: () => undefined, stderr: (text) => void stderr.push(text) };
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'mn-lint-notes-'));
    stderr.length = 0;
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  const open = () => openLintResultCache('build-1', '/work/notes', folder);
  const toLint = (source: NoteFileState): NoteToLint => ({ file: 'a.md', source, config: defaultLintConfig, quotes: undefined });
  const run = (client: ReturnType<typeof countingClient>, source: NoteFileState, cache: Awaited<ReturnType<typeof open>>) =>
    lintNotes(client as unknown as LintClient, [toLint(source)], today, io, { cache });

  it('uses a kept result without reading the note when its file is as it was', async () => {
    const first = countingClient();
    const linted = noteFile(() => '# Desk note\n\nAs of October 1, 2026.\n');
    await run(first, linted, await open());
    assert.equal(first.sent, 1);
    assert.equal(linted.reads, 1);

    const again = countingClient();
    const unchanged = noteFile(() => assert.fail('an unchanged note was read'));
    const [result] = await run(again, unchanged, await open());
    assert.equal(unchanged.reads, 0);
    assert.equal(again.sent, 0);
    assert.deepEqual(result.findings.map((finding) => finding.ruleId), ['stale-as-of']);
  });

  it('reads a note with no kept result, and reports one that is not text without linting it', async () => {
    const client = countingClient();
    const binary = noteFile(() => {
      throw new NoteNotTextError('a.md', 'binary (it has NUL bytes)');
    });
    const [result] = await run(client, binary, await open());
    assert.equal(binary.reads, 1);
    assert.equal(client.sent, 0);
    assert.match(result.findings[0].message, /binary \(it has NUL bytes\); no rule ran/);
    assert.match(stderr.join(''), /a\.md: binary \(it has NUL bytes\); not linted/);
  });
});
