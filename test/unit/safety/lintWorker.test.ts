// Lint off the owner's thread: the worker gives the findings lintNote gives, asks the owner for quotes, and a note
// past its time budget is cancelled with one information finding while the next notes lint normally.
import { strict as assert } from 'node:assert';
import { defaultLintConfig, lintNote, WorkspaceFigureIndex } from '../../../src/core/lint';
import { LintClient, type LintOutcome } from '../../../src/node/lintClient';
import { lintWorkerHost } from '../../../src/node/lintWorkerHost';
import { fixtureQuotes, today } from '../lint/lintHarness';

const script = require.resolve('../../../src/node/lintWorker.ts');
const note = '# Apple\n\nAs of January 26, 2026, Apple (NASDAQ: AAPL) closed at $256.44.\n\nThe Russell 2000 (NYSEARCA:IWM) is up 14% YTD.\n';

function findingsOf(outcome: LintOutcome) {
  assert.equal(outcome.kind, 'linted', JSON.stringify(outcome).slice(0, 300));
  return outcome.kind === 'linted' ? outcome.findings : [];
}

describe('lint in a worker', function () {
  this.timeout(120_000);
  let worker: LintClient;
  afterEach(() => worker?.dispose());

  it('finds what lintNote finds, with quotes asked of the owner', async () => {
    worker = new LintClient({ host: lintWorkerHost(script), budgetMs: 60_000 });
    const asked: string[] = [];
    const quotes = fixtureQuotes();
    const outcome = await worker.lint(note, { file: 'a.md', config: defaultLintConfig, today, quotes: (ticker) => (asked.push(ticker.symbol), quotes(ticker)) });
    const expected = await lintNote(note, { file: 'a.md', today, quotes: fixtureQuotes(), figureIndex: new WorkspaceFigureIndex() });
    assert.deepEqual(findingsOf(outcome), expected);
    assert.ok(expected.some((finding) => finding.ruleId === 'price-drift'));
    assert.ok(asked.includes('AAPL'));
  });

  it('compares figures with the notes indexed in the worker (conflicting-figures)', async () => {
    worker = new LintClient({ host: lintWorkerHost(script), budgetMs: 60_000 });
    const other = 'As of January 26, 2026, the Russell 2000 is up 9% YTD.\n';
    assert.equal((await worker.index('b.md', other)).kind, 'linted');
    const findings = findingsOf(await worker.lint(note, { file: 'a.md', config: defaultLintConfig, today, indexFirst: true }));
    const index = new WorkspaceFigureIndex();
    index.update('b.md', other);
    index.update('a.md', note);
    assert.deepEqual(findings, await lintNote(note, { file: 'a.md', today, figureIndex: index }));
  });

  it('cancels a note past its budget with one information finding, and goes on with the next', async () => {
    worker = new LintClient({ host: lintWorkerHost(script), budgetMs: 3_000 });
    const paragraph = 'As of January 26, 2026, Apple (NASDAQ: AAPL) closed at $256.44 and the Russell 2000 is up nearly 14% YTD.\n\n';
    const huge = paragraph.repeat(Math.ceil(15_000_000 / paragraph.length)); // about 6 s of work when unloaded
    const [cancelled, next] = await Promise.all([
      worker.lint(huge, { file: 'huge.md', config: defaultLintConfig, today }),
      worker.lint('As of 2026-01-02 all was well.\n', { file: 'small.md', config: defaultLintConfig, today }),
    ]);
    assert.equal(cancelled.kind, 'too-complex');
    if (cancelled.kind === 'too-complex') {
      assert.equal(cancelled.finding.severity, 'info');
      assert.match(cancelled.finding.message, /too large or complex to lint fully; 6 rules skipped/);
    }
    assert.ok(findingsOf(next).some((finding) => finding.ruleId === 'stale-as-of'));
  });

  it('time spent waiting for quotes does not count against the budget', async () => {
    worker = new LintClient({ host: lintWorkerHost(script), budgetMs: 2_000 });
    const quotes = fixtureQuotes();
    const slow = async (ticker: Parameters<typeof quotes>[0]) => {
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      return quotes(ticker);
    };
    const findings = findingsOf(await worker.lint(note, { config: defaultLintConfig, today, quotes: slow }));
    assert.ok(findings.some((finding) => finding.ruleId === 'price-drift'));
  });

  it('a newer lint of the same note replaces one still waiting', async () => {
    worker = new LintClient({ host: lintWorkerHost(script), budgetMs: 60_000 });
    const first = worker.lint('a\n', { config: defaultLintConfig, today }, 'a.md');
    const second = worker.lint('b\n', { config: defaultLintConfig, today }, 'a.md');
    const third = worker.lint('c\n', { config: defaultLintConfig, today }, 'a.md');
    assert.equal((await first).kind, 'linted'); // already running
    assert.equal((await second).kind, 'superseded');
    assert.equal((await third).kind, 'linted');
  });
});
