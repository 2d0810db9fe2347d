// The CLI's lint of many notes, with a time budget per note: a note that takes longer is reported on stderr (and
// gets one information finding), and the others are linted as usual.

import type { CalendarDate } from '../core/lint/calendarDate';
import type { LintConfig } from '../core/lint/config';
import { internalErrorRule, type Finding } from '../core/lint/finding';
import type { QuoteLookup } from '../core/lint/quoteLookup';
import type { FileFindings } from '../core/lint/report';
import { applySafeFixes, type FixedChange } from '../core/lint/safeFixes';
import type { LintClient, LintOutcome } from '../node/lintClient';
import type { CliIo } from './io';

export interface NoteToLint {
  readonly file: string;
  readonly text: string;
  readonly config: LintConfig;
  readonly quotes: QuoteLookup | undefined;
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

/** A note read and queued for indexing (the lint command queues every note before it lints any). */
export interface IndexedNote extends NoteToLint {
  readonly indexing: Promise<LintOutcome>;
}

export function indexNote(lint: LintClient, note: NoteToLint): IndexedNote {
  return { ...note, indexing: lint.index(note.file, note.text, note.config.aliases) };
}

export async function lintNotes(
  lint: LintClient,
  notes: readonly IndexedNote[],
  today: CalendarDate | undefined,
  io: CliIo,
  options: { fix?: boolean } = {},
): Promise<LintedNote[]> {
  // Every note's figures first, so conflicting-figures sees the whole set whichever note is linted first: the
  // server runs its jobs in order, so the lints are queued now, behind the indexing.
  const lintOne = ({ file, config, quotes }: NoteToLint, text: string) => lint.lint(text, { file, config, ...(today ? { today } : {}), ...(quotes ? { quotes } : {}) });
  const linting = notes.map((note) => lintOne(note, note.text));
  const indexed = await Promise.all(notes.map((note) => note.indexing));
  indexed.forEach((outcome, i) => {
    if (outcome.kind === 'too-complex') io.stderr(`warning: ${notes[i].file}: too large or complex to index its figures; left out of conflicting-figures\n`);
  });
  const outcomes = await Promise.all(linting);
  const results: LintedNote[] = outcomes.map((outcome, i) => ({ file: notes[i].file, findings: findingsOf(outcome, notes[i].file, io), text: notes[i].text, changes: [] }));
  if (!options.fix) return results;
  // Safe fixes, note by note, after every note was linted once (so each pass sees the others' figures).
  for (const [i, note] of notes.entries()) {
    if (!cleanlyLinted(outcomes[i])) continue;
    results[i] = await fixed(results[i], (text) => lintOne(note, text), (text) => lint.index(note.file, text, note.config.aliases));
  }
  return results;
}

type LintOnce = (text: string) => Promise<LintOutcome>;

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
function cleanlyLinted(outcome: LintOutcome): outcome is { kind: 'linted'; findings: readonly Finding[] } {
  return outcome.kind === 'linted' && !outcome.findings.some((finding) => finding.ruleId === internalErrorRule.name);
}

function findingsOf(outcome: LintOutcome, file: string, io: CliIo): readonly Finding[] {
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
