// The CLI's lint of many notes, in a worker thread with a time budget per note: a note that takes longer is
// reported on stderr (and gets one information finding), and the others are linted as usual.

import type { CalendarDate } from '../core/lint/calendarDate';
import type { LintConfig } from '../core/lint/config';
import { internalErrorRule, type Finding } from '../core/lint/finding';
import type { QuoteLookup } from '../core/lint/quoteLookup';
import type { FileFindings } from '../core/lint/report';
import { applySafeFixes, type FixedChange } from '../core/lint/safeFixes';
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

/** A note's findings; with `fix`, after its safe fixes, with the text they made and what they changed. */
export interface LintedNote extends FileFindings {
  readonly text: string;
  readonly changes: readonly FixedChange[];
  /** Why the note was not fixed though it had safe fixes (its fixed text could not be linted). */
  readonly notFixed?: string;
}

/** As eslint: a fix left out because it overlapped another gets its turn in the next pass, up to this many. */
const maxFixPasses = 10;

export async function lintNotesInWorker(
  worker: LintWorker,
  notes: readonly NoteToLint[],
  today: CalendarDate | undefined,
  io: CliIo,
  options: { fix?: boolean } = {},
): Promise<LintedNote[]> {
  // Every note's figures first, so conflicting-figures sees the whole set whichever note is linted first. All
  // jobs are queued at once: the worker runs them one after another without waiting on this thread in between.
  const indexing = notes.map(({ file, text, config }) => worker.index(file, text, config.aliases));
  const lintOne = ({ file, config, quotes }: NoteToLint, text: string) => worker.lint(text, { file, config, ...(today ? { today } : {}), ...(quotes ? { quotes } : {}) });
  const linting = notes.map((note) => lintOne(note, note.text));
  const indexed = await Promise.all(indexing);
  indexed.forEach((outcome, i) => {
    if (outcome.kind === 'too-complex') io.stderr(`warning: ${notes[i].file}: too large or complex to index its figures; left out of conflicting-figures\n`);
  });
  const outcomes = await Promise.all(linting);
  const results: LintedNote[] = outcomes.map((outcome, i) => ({ file: notes[i].file, findings: findingsOf(outcome, notes[i].file, io), text: notes[i].text, changes: [] }));
  if (!options.fix) return results;
  // Safe fixes, note by note, after every note was linted once (so each pass sees the others' figures).
  for (const [i, note] of notes.entries()) {
    if (!cleanlyLinted(outcomes[i])) continue;
    results[i] = await fixed(results[i], (text) => lintOne(note, text), (text) => worker.index(note.file, text, note.config.aliases));
  }
  return results;
}

type LintOnce = (text: string) => Promise<Awaited<ReturnType<LintWorker['lint']>>>;

/** Safe fixes, pass after pass, each on the text the last one made (re-indexed, so every rule sees it). */
async function fixed(first: LintedNote, lint: LintOnce, reindex: (text: string) => Promise<unknown>): Promise<LintedNote> {
  let { text, findings } = first;
  const changes: FixedChange[] = [];
  for (let pass = 0; pass < maxFixPasses; pass++) {
    const applied = applySafeFixes(text, findings);
    if (applied.changes.length === 0) break;
    await reindex(applied.text);
    const outcome = await lint(applied.text);
    if (!cleanlyLinted(outcome)) {
      // The fixed text is not one lint can read through: keep the note as it was.
      await reindex(first.text);
      return { ...first, notFixed: 'its fixed text could not be linted through' };
    }
    text = applied.text;
    findings = outcome.findings;
    changes.push(...applied.changes);
  }
  return { file: first.file, findings, text, changes };
}

/** Every rule ran to the end: no budget cut, no rule that threw. */
function cleanlyLinted(outcome: Awaited<ReturnType<LintWorker['lint']>>): outcome is { kind: 'linted'; findings: readonly Finding[] } {
  return outcome.kind === 'linted' && !outcome.findings.some((finding) => finding.ruleId === internalErrorRule.name);
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
