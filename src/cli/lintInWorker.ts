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

export async function lintNotesInWorker(notes: readonly NoteToLint[], today: CalendarDate | undefined, io: CliIo): Promise<FileFindings[]> {
  const worker = new LintWorker({ script: workerScript(), budgetMs: budgetFrom(io.env.MARKET_NOTES_LINT_BUDGET_MS) });
  try {
    // Every note's figures first, so conflicting-figures sees the whole set whichever note is linted first.
    for (const { file, text } of notes) {
      const indexed = await worker.index(file, text);
      if (indexed.kind === 'too-complex') io.stderr(`warning: ${file}: too large or complex to index its figures; left out of conflicting-figures\n`);
    }
    const results: FileFindings[] = [];
    for (const { file, text, config, quotes } of notes) {
      const outcome = await worker.lint(text, { file, config, ...(today ? { today } : {}), ...(quotes ? { quotes } : {}) });
      results.push({ file, findings: findingsOf(outcome, file, io) });
    }
    return results;
  } finally {
    worker.dispose();
  }
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
