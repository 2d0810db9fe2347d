// The CLI's two lint workers: each note is indexed and linted by one of them, and conflicting-figures still compares
// every note with every other, including after a worker was replaced past its budget.
import { strict as assert } from 'node:assert';
import { defaultLintConfig, lintNote, WorkspaceFigureIndex, type Finding } from '../../../src/core/lint';
import { LintWorkers } from '../../../src/cli/lintInWorker';
import { LintWorker, type LintOutcome } from '../../../src/node/lintWorkerClient';
import { today } from '../lint/lintHarness';

const script = require.resolve('../../../src/node/lintWorker.ts');
const noteA = '# Small caps\n\nAs of November 20, 2026, the Russell 2000 is up 14% year to date.\n';
const noteB = '# Rotation\n\nAs of November 20, 2026, the Russell 2000 is up about 8% year to date.\n';

function findingsOf(outcome: LintOutcome): readonly Finding[] {
  assert.equal(outcome.kind, 'linted', JSON.stringify(outcome).slice(0, 300));
  return outcome.kind === 'linted' ? outcome.findings : [];
}

async function expectedFindings(file: string, text: string, others: Record<string, string>): Promise<Finding[]> {
  const index = new WorkspaceFigureIndex();
  for (const [other, otherText] of Object.entries(others)) index.update(other, otherText);
  return lintNote(text, { file, today, figureIndex: index });
}

describe('the CLI lint workers', function () {
  this.timeout(120_000);
  let workers: LintWorkers;
  afterEach(() => workers?.dispose());

  it('a note indexed by one worker is compared with a note the other worker lints', async () => {
    const started: LintWorker[] = [];
    const start = (budgetMs = 60_000) => {
      const worker = new LintWorker({ script, budgetMs });
      started.push(worker);
      return worker;
    };
    workers = new LintWorkers(start(), () => start());
    workers.grow(2);
    assert.equal(workers.count, 2);
    // Two notes of the same length: the second goes to the other, less loaded worker.
    assert.equal((await workers.index('a.md', noteA, undefined)).kind, 'linted');
    assert.equal((await workers.index('b.md', noteB, undefined)).kind, 'linted');
    const lintedA = findingsOf(await workers.lint(noteA, { file: 'a.md', config: defaultLintConfig, today }));
    const lintedB = findingsOf(await workers.lint(noteB, { file: 'b.md', config: defaultLintConfig, today }));
    const both = { 'a.md': noteA, 'b.md': noteB };
    assert.deepEqual(lintedA, await expectedFindings('a.md', noteA, both));
    assert.deepEqual(lintedB, await expectedFindings('b.md', noteB, both));
    assert.ok(lintedA.some((finding) => finding.ruleId === 'conflicting-figures' && finding.message.includes('b.md')));
    assert.ok(lintedB.some((finding) => finding.ruleId === 'conflicting-figures' && finding.message.includes('a.md')));
  });

  it('a worker added later, and one replaced past its budget, still know the figures the other read', async () => {
    workers = new LintWorkers(new LintWorker({ script, budgetMs: 60_000 }), () => new LintWorker({ script, budgetMs: 2_000 }));
    assert.equal((await workers.index('a.md', noteA, undefined)).kind, 'linted');
    workers.grow(2); // the second worker gets a.md's figures when it starts
    const paragraph = 'As of November 20, 2026, the Russell 2000 is up nearly 14% YTD and (NASDAQ: AAPL) closed at $266.25.\n\n';
    const huge = paragraph.repeat(Math.ceil(15_000_000 / paragraph.length));
    // The huge note goes to the idle second worker, which is replaced past its budget.
    assert.equal((await workers.index('huge.md', huge, undefined)).kind, 'too-complex');
    // The note, cut down, is indexed and linted again on its worker (now the replacement): it must still know a.md's figures.
    assert.equal((await workers.index('huge.md', noteB, undefined)).kind, 'linted');
    const linted = findingsOf(await workers.lint(noteB, { file: 'huge.md', config: defaultLintConfig, today }));
    assert.deepEqual(linted, await expectedFindings('huge.md', noteB, { 'a.md': noteA, 'huge.md': noteB }));
    assert.ok(linted.some((finding) => finding.ruleId === 'conflicting-figures' && finding.message.includes('a.md')));
  });
});
