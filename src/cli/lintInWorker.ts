// The CLI's lint of many notes, in a worker thread with a time budget per note: a note that takes longer is
// reported on stderr (and gets one information finding), and the others are linted as usual.

import type { CalendarDate } from '../core/lint/calendarDate';
import type { LintConfig } from '../core/lint/config';
import { internalErrorRule, type Finding } from '../core/lint/finding';
import type { QuoteLookup } from '../core/lint/quoteLookup';
import type { FileFindings } from '../core/lint/report';
import { LintWorker } from '../node/lintWorkerClient';
import type { CliIo } from './io';

declare const MARKET_NOTES_VERSION: string | undefined;

export interface NoteToLint {
  readonly file: string;
  readonly text: string;
  readonly config: LintConfig;
  readonly quotes: QuoteLookup | undefined;
}

const defaultBudgetMs = 30_000;

/**
 * The worker, started at once: it loads the lint code (its own copy, in its own thread) while the command reads
 * configuration and notes. The caller disposes of it.
 */
export function startLintWorker(io: CliIo): LintWorker {
  const worker = new LintWorker({ script: workerScript(), budgetMs: budgetFrom(io.env.MARKET_NOTES_LINT_BUDGET_MS) });
  worker.start();
  return worker;
}

export async function lintNotesInWorker(worker: LintWorker, notes: readonly NoteToLint[], today: CalendarDate | undefined, io: CliIo): Promise<FileFindings[]> {
  // Every note's figures first, so conflicting-figures sees the whole set whichever note is linted first. All
  // jobs are queued at once: the worker runs them one after another without waiting on this thread in between.
  const indexing = notes.map(({ file, text }) => worker.index(file, text));
  const linting = notes.map(({ file, text, config, quotes }) => worker.lint(text, { file, config, ...(today ? { today } : {}), ...(quotes ? { quotes } : {}) }));
  const indexed = await Promise.all(indexing);
  indexed.forEach((outcome, i) => {
    if (outcome.kind === 'too-complex') io.stderr(`warning: ${notes[i].file}: too large or complex to index its figures; left out of conflicting-figures\n`);
  });
  const outcomes = await Promise.all(linting);
  return outcomes.map((outcome, i) => ({ file: notes[i].file, findings: findingsOf(outcome, notes[i].file, io) }));
}

function findingsOf(outcome: Awaited<ReturnType<LintWorker['lint']>>, file: string, io: CliIo): readonly Finding[] {
  switch (outcome.kind) {
    case 'linted':
      return outcome.findings;
    case 'too-complex':
      io.stderr(`warning: ${file}: ${outcome.finding.message}\n`);
      return [outcome.finding];
    default: {
      const message = outcome.kind === 'failed' ? outcome.message.split('\n')[0] : 'lint was cancelled';
      return [{ ruleId: internalErrorRule.name, ruleCode: internalErrorRule.code, severity: 'error', message: `Lint failed on this note: ${message}`, offset: 0, length: 0, line: 1, column: 1, endLine: 1, endColumn: 1, docs: `docs/rules/${internalErrorRule.name}.md` }];
    }
  }
}

function budgetFrom(value: string | undefined): number {
  const parsed = value === undefined ? NaN : Number(value);
  return Number.isFinite(parsed) && parsed > 0 ? parsed : defaultBudgetMs;
}

/** dist/cliLintWorker.mjs beside the bundled CLI; the TypeScript source when the tests run the sources. */
function workerScript(): string {
  const bundled = typeof MARKET_NOTES_VERSION === 'string';
  const name = bundled ? './cliLintWorker.mjs' : './cliLintWorker.ts';
  return require.resolve(name);
}
