// The lint server in each of its hosts — the editor's worker thread, the CLI's vm context — gives the findings lintNote
// gives, asks the owner for quotes and chart compiles, and a note past its time budget is cancelled with one
// information finding while the next notes lint normally.
import { strict as assert } from 'node:assert';
import { lintServerScript } from '../../../src/cli/lintServerScript';
import { defaultLintConfig, lintNote, WorkspaceFigureIndex } from '../../../src/core/lint';
import { LintClient, type LintClientOptions, type LintOutcome, type StartLintHost } from '../../../src/node/lintClient';
import { lintContextHost } from '../../../src/node/lintContext';
import { lintWorkerHost } from '../../../src/node/lintWorkerHost';
import { fixtureQuotes, today } from '../lint/lintHarness';

const workerScript = require.resolve('../../../src/node/lintWorker.ts');
const note = '# Apple\n\nAs of January 26, 2026, Apple (NASDAQ: AAPL) closed at $256.44.\n\nThe Russell 2000 (NYSEARCA:IWM) is up 14% YTD.\n';

function findingsOf(outcome: LintOutcome) {
  assert.equal(outcome.kind, 'linted', JSON.stringify(outcome).slice(0, 300));
  return outcome.kind === 'linted' ? outcome.findings : [];
}

const hosts: Array<{ name: string; start: (budgetMs: number) => Promise<StartLintHost>; offThread: boolean }> = [
  { name: 'a worker thread', start: async () => lintWorkerHost(workerScript), offThread: true },
  { name: 'a vm context', start: async (budgetMs) => lintContextHost({ script: (await lintServerScript()).script, budgetMs }), offThread: false },
];

for (const { name, start, offThread } of hosts) describe(`lint in ${name}`, function () {
  this.timeout(120_000);
  let worker: LintClient;
  afterEach(() => worker?.dispose());
  const client = async (options: Omit<LintClientOptions, 'host'>) => new LintClient({ ...options, host: await start(options.budgetMs) });

  it('finds what lintNote finds, with quotes asked of the owner', async () => {
    worker = await client({ budgetMs: 60_000 });
    const asked: string[] = [];
    const quotes = fixtureQuotes();
    const outcome = await worker.lint(note, { file: 'a.md', config: defaultLintConfig, today, quotes: (ticker) => (asked.push(ticker.symbol), quotes(ticker)) });
    const expected = await lintNote(note, { file: 'a.md', today, quotes: fixtureQuotes(), figureIndex: new WorkspaceFigureIndex() });
    assert.deepEqual(findingsOf(outcome), expected);
    assert.ok(expected.some((finding) => finding.ruleId === 'price-drift'));
    assert.ok(asked.includes('AAPL'));
  });

  it('compares figures with the notes indexed in the worker (conflicting-figures)', async () => {
    worker = await client({ budgetMs: 60_000 });
    const other = 'As of January 26, 2026, the Russell 2000 is up 9% YTD.\n';
    assert.equal((await worker.index('b.md', other)).kind, 'linted');
    const findings = findingsOf(await worker.lint(note, { file: 'a.md', config: defaultLintConfig, today, indexFirst: true }));
    const index = new WorkspaceFigureIndex();
    index.update('b.md', other);
    index.update('a.md', note);
    assert.deepEqual(findings, await lintNote(note, { file: 'a.md', today, figureIndex: index }));
  });

  it('cancels a note past its budget with one information finding, and goes on with the next', async () => {
    worker = await client({ budgetMs: 3_000 });
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

  if (offThread) {
    it('a note linted in time is not cancelled because this thread was busy when its budget ran out', async () => {
      worker = await client({ budgetMs: 500 });
      findingsOf(await worker.lint('As of 2026-01-02.\n', { file: 'warm.md', config: defaultLintConfig, today })); // the host is ready
      const outcome = worker.lint('As of 2026-01-02 all was well.\n', { file: 'small.md', config: defaultLintConfig, today });
      // This thread busy for three budgets, in a setImmediate callback (as another extension's long task may be):
      // the host's answer arrives meanwhile, and the event loop comes to the budget's expired timer before it.
      await new Promise<void>((resolve) =>
        setImmediate(() => {
          for (const until = Date.now() + 1_500; Date.now() < until; );
          resolve();
        }),
      );
      assert.ok(findingsOf(await outcome).some((finding) => finding.ruleId === 'stale-as-of'));
    });
  }

  it('time spent waiting for quotes does not count against the budget', async () => {
    worker = await client({ budgetMs: 2_000 });
    const quotes = fixtureQuotes();
    const slow = async (ticker: Parameters<typeof quotes>[0]) => {
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      return quotes(ticker);
    };
    const findings = findingsOf(await worker.lint(note, { config: defaultLintConfig, today, quotes: slow }));
    assert.ok(findings.some((finding) => finding.ruleId === 'price-drift'));
  });

  it('a newer lint of the same note replaces one still waiting', async () => {
    worker = await client({ budgetMs: 60_000 });
    const first = worker.lint('a\n', { config: defaultLintConfig, today }, 'a.md');
    const second = worker.lint('b\n', { config: defaultLintConfig, today }, 'a.md');
    const third = worker.lint('c\n', { config: defaultLintConfig, today }, 'a.md');
    assert.equal((await first).kind, 'linted'); // already running
    assert.equal((await second).kind, 'superseded');
    assert.equal((await third).kind, 'linted');
  });

  it('asks the owner to compile each distinct chart once, and reports the one vega-lite refuses', async () => {
    const asked: string[] = [];
    worker = await client({
      budgetMs: 60_000,
      compileChart: async (spec) => {
        asked.push(JSON.stringify(spec));
        return spec.mark === 'not-a-mark' ? { ok: false, message: 'Invalid mark type "not-a-mark"' } : { ok: true };
      },
    });
    const chart = (mark: string) => `\`\`\`vega-lite\n{"mark": "${mark}", "data": {"values": [{"a": 1}]}, "encoding": {"x": {"field": "a", "type": "quantitative"}}}\n\`\`\`\n`;
    const notes = [`# One\n\n${chart('bar')}`, `# Two\n\n${chart('bar')}\n${chart('not-a-mark')}`, `# Three\n\n${chart('not-a-mark')}`];
    const outcomes = await Promise.all(notes.map((text, i) => worker.lint(text, { file: `${i}.md`, config: defaultLintConfig, today })));
    const invalid = outcomes.map((outcome) => findingsOf(outcome).filter((finding) => finding.ruleId === 'invalid-chart').map((finding) => finding.line));
    assert.deepEqual(invalid, [[], [7], [3]]);
    assert.equal(asked.length, 2, asked.join('\n'));
  });

  it('lints many notes in order, each as lintNote would', async () => {
    worker = await client({ budgetMs: 60_000 });
    const texts = Array.from({ length: 40 }, (_, i) => `# Note ${i}\n\nAs of January ${(i % 28) + 1}, 2026, the Russell 2000 is up ${i}% YTD.\n`);
    const outcomes = await Promise.all(texts.map((text) => worker.lint(text, { config: defaultLintConfig, today })));
    const expected = await Promise.all(texts.map((text) => lintNote(text, { today })));
    assert.deepEqual(outcomes.map(findingsOf), expected);
  });
});
