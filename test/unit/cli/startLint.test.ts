// The CLI lints in a vm context on its own thread: it gives the findings the editor's worker gives, charts
// compiled by vega-lite (on the CLI's thread, asked by the server) included.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintNotes, type NoteToLint } from '../../../src/cli/lintNotes';
import { compileChart, startLint } from '../../../src/cli/startLint';
import { defaultLintConfig, parseIsoDate } from '../../../src/core/lint';
import { LintClient } from '../../../src/node/lintClient';
import { lintWorkerHost } from '../../../src/node/lintWorkerHost';

const examples = join(__dirname, '../../../examples');

describe('market-notes lint: where the lint server runs', function () {
  this.timeout(180_000);

  it("the CLI's vm context and the editor's worker thread give the same findings", async () => {
    const refused = '# Broken\n\n```vega-lite\n{"mark": "not-a-mark", "data": {"values": []}}\n```\n';
    const texts = [...readdirSync(examples).filter((file) => file.endsWith('.md')).map((file) => readFileSync(join(examples, file), 'utf8')), refused];
    const notes: NoteToLint[] = texts.map((text, i) => ({ file: `note-${i}.md`, source: { stamp: undefined, stampedAt: Date.now(), text: () => text }, config: defaultLintConfig, quotes: undefined }));
    const silent = { cwd: '.', env: {}, stdout: () => undefined, stderr: () => undefined };
    const today = parseIsoDate('2026-11-29')!;
    const lintWith = async (lint: LintClient) => {
      try {
        return await lintNotes(lint, notes, today, silent);
      } finally {
        lint.dispose();
      }
    };
    const inContext = await lintWith((await startLint({})).client);
    const inWorker = await lintWith(new LintClient({ host: lintWorkerHost(require.resolve('../../../src/node/lintWorker.ts')), budgetMs: 60_000, compileChart }));
    assert.deepEqual(inContext, inWorker);
    const ruleIds = inContext.flatMap((note) => note.findings.map((finding) => finding.ruleId));
    assert.ok(ruleIds.includes('conflicting-figures'), ruleIds.join(', '));
    // Compiled by vega-lite, in this thread, whichever host asked.
    assert.match(inContext.at(-1)!.findings.find((finding) => finding.ruleId === 'invalid-chart')?.message ?? '', /vega-lite/);
  });
});
