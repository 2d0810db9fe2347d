// The CLI lints a few notes in a vm context on its own thread and many in a worker thread: both give the same
// findings, charts compiled by vega-lite included.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { indexNote, lintNotes, type NoteToLint } from '../../../src/cli/lintNotes';
import { notesForWorker, startLint } from '../../../src/cli/startLint';
import { defaultLintConfig, parseIsoDate } from '../../../src/core/lint';

const examples = join(__dirname, '../../../examples');

describe('market-notes lint: where the lint server runs', function () {
  this.timeout(180_000);

  it('a vm context (a few notes) and a worker thread (many) give the same findings', async () => {
    const refused = '# Broken\n\n```vega-lite\n{"mark": "not-a-mark", "data": {"values": []}}\n```\n';
    const texts = [...readdirSync(examples).filter((file) => file.endsWith('.md')).map((file) => readFileSync(join(examples, file), 'utf8')), refused];
    const notes: NoteToLint[] = texts.map((text, i) => ({ file: `note-${i}.md`, text, config: defaultLintConfig, quotes: undefined }));
    const silent = { cwd: '.', env: {}, stdout: () => undefined, stderr: () => undefined };
    const today = parseIsoDate('2026-11-29');
    const lintWith = async (noteCount: number) => {
      const lint = await startLint({}, noteCount);
      try {
        return await lintNotes(lint, notes.map((note) => indexNote(lint, note)), today, silent);
      } finally {
        lint.dispose();
      }
    };
    const [inContext, inWorker] = [await lintWith(1), await lintWith(notesForWorker)];
    assert.deepEqual(inContext, inWorker);
    const ruleIds = inContext.flatMap((note) => note.findings.map((finding) => finding.ruleId));
    assert.ok(ruleIds.includes('conflicting-figures'), ruleIds.join(', '));
    // Compiled by vega-lite, in this thread, whichever host asked.
    assert.match(inContext.at(-1)!.findings.find((finding) => finding.ruleId === 'invalid-chart')?.message ?? '', /vega-lite/);
  });
});
