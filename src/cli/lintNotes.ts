// The CLI's lint of many notes, in two steps:
//   1. each note by itself, with every rule but conflicting-figures, under a time budget (a note that takes longer is
//      reported on stderr and gets one information finding; the others are linted as usual) — or not at all, when
//      an earlier run's result for it still holds (src/node/lintResultCache.ts);
//   2. conflicting-figures over every note's figures at once (src/core/lint/workspaceConflicts.ts).

import type { CalendarDate } from '../core/lint/calendarDate';
import type { LintConfig } from '../core/lint/config';
import type { NoteLintedAlone } from '../core/lint/engine';
import { compareFindings, internalErrorRule, type Finding } from '../core/lint/finding';
import { maxFileBytes, notTextFinding, tooLargeFinding } from '../core/lint/lintBudget';
import { figuresFromJson } from '../core/lint/figuresJson';
import type { QuoteAnswer, QuoteLookup } from '../core/lint/quoteLookup';
import { toWireQuoteAnswer } from '../core/lint/lintProtocol';
import type { FileFindings } from '../core/lint/report';
import { applySafeFixes, type FixedChange } from '../core/lint/safeFixes';
import { conflictSeverity, workspaceConflicts } from '../core/lint/workspaceConflicts';
import type { TickerRef } from '../core/tickers/tickerRef';
import type { LintClient, LintOutcome } from '../node/lintClient';
import { noResultCache, type LintResultCache, type NoteFileState } from '../node/lintResultCache';
import type { CliIo } from './io';
import { NoteNotTextError } from './noteFiles';

export interface NoteToLint {
  readonly file: string;
  /** Its file's stamp and its text, read when first asked: a note whose kept result holds is not read. */
  readonly source: NoteFileState;
  readonly config: LintConfig;
  readonly quotes: QuoteLookup | undefined;
}

/** A note's findings; with `fix`, after its safe fixes, with what they changed and the text they made. */
export interface LintedNote extends FileFindings {
  /** The fixed text, when there are changes. */
  readonly text?: string;
  readonly changes: readonly FixedChange[];
  /** Why the note was not fixed though it had safe fixes (its fixed text could not be linted). */
  readonly notFixed?: string;
}

/** As eslint: a fix left out because it overlapped another gets its turn in the next pass, up to this many. */
const maxFixPasses = 10;

/** Lints one note by itself (conflicting-figures is left to workspaceConflicts), with the quotes it asked for. */
type LintAlone = (text: string) => Promise<{ outcome: LintOutcome; quotes: Array<[TickerRef, string]> }>;

export async function lintNotes(
  lint: LintClient,
  notes: readonly NoteToLint[],
  today: CalendarDate,
  io: CliIo,
  options: { fix?: boolean; cache?: LintResultCache } = {},
): Promise<LintedNote[]> {
  const cache = options.cache ?? noResultCache;
  // What a note's own result depends on besides its text: the cache's key (with the text and the quotes' answers).
  // Notes of one folder share one configuration object: it is written out once.
  const configJson = new Map<LintConfig, string>();
  const settingsOf = (note: NoteToLint) => {
    let config = configJson.get(note.config);
    if (config === undefined) configJson.set(note.config, (config = JSON.stringify(note.config)));
    return `${config} ${JSON.stringify(today)} ${note.quotes !== undefined}`;
  };
  const lintAlone = (note: NoteToLint): LintAlone => async (text) => {
    const asked: Array<[TickerRef, string]> = [];
    const quotes: QuoteLookup | undefined = note.quotes && (async (ticker) => {
      const answer = await note.quotes!(ticker).catch((error: unknown) => {
        asked.push([ticker, '']); // never an answer's JSON: a later run asks again, and lints again
        throw error;
      });
      asked.push([ticker, answerJson(answer)]);
      return answer;
    });
    const outcome = await lint.lint(text, { file: note.file, config: note.config, today, conflictsByOwner: true, ...(quotes ? { quotes } : {}) });
    return { outcome, quotes: asked };
  };

  // Every note by itself — or as an earlier run left it, when nothing it depends on changed — then the workspace's
  // figures compared at once. Lints are all queued now: the lint server takes them in a few long turns.
  const alone = await Promise.all(
    notes.map(async (note): Promise<LintedAloneNote> => {
      const settings = settingsOf(note);
      const size = note.source.stamp?.size ?? 0;
      if (size > maxFileBytes) {
        const finding = tooLargeFinding(size);
        io.stderr(`warning: ${note.file}: ${finding.message}\n`);
        return { findings: [finding], figures: [], conflictsMutedOn: [], changes: [], outcome: 'not read' };
      }
      // A kept result whose file is as it was stands without reading the note (it was text when it was kept);
      // otherwise the note is read here, and a file that is not text is reported and not linted.
      let kept;
      try {
        kept = await cache.find(note.file, note.source, settings);
        if (!kept) note.source.text();
      } catch (error) {
        if (!(error instanceof NoteNotTextError)) throw error;
        io.stderr(`warning: ${error.message}; not linted\n`);
        return { findings: [notTextFinding(error.reason)], figures: [], conflictsMutedOn: [], changes: [], outcome: 'not read' };
      }
      if (kept && (await sameAnswers(kept.quotes, note.quotes))) return { findings: kept.findings, figures: figuresFromJson(kept.figures), conflictsMutedOn: kept.conflictsMutedOn, changes: [], outcome: 'kept' };
      const { outcome, quotes } = await lintAlone(note)(note.source.text());
      if (cleanlyLinted(outcome) && outcome.alone) await cache.keep(note.file, note.source, settings, { findings: outcome.findings, ...outcome.alone, quotes });
      return {
        findings: findingsOf(outcome, note.file, io),
        figures: outcome.kind === 'linted' && outcome.alone ? figuresFromJson(outcome.alone.figures) : [],
        conflictsMutedOn: outcome.kind === 'linted' ? (outcome.alone?.conflictsMutedOn ?? []) : [],
        changes: [],
        outcome,
      };
    }),
  );
  await cache.save();
  if (options.fix) {
    // Safe fixes, note by note; conflicting-figures then compares the fixed notes.
    for (const [i, note] of notes.entries()) {
      if (alone[i].outcome === 'kept' || cleanlyLinted(alone[i].outcome)) alone[i] = await fixed(alone[i], note.source.text(), lintAlone(note));
    }
  }
  const conflicts = workspaceConflicts(
    notes.map((note, i) => ({ file: note.file, figures: alone[i].figures, conflictsMutedOn: alone[i].conflictsMutedOn, severity: conflictSeverity(note.config) })),
  );
  return notes.map((note, i) => {
    const { text, findings, changes, notFixed } = alone[i];
    return { file: note.file, findings: [...findings, ...conflicts[i]].sort(compareFindings), changes, ...(text !== undefined ? { text } : {}), ...(notFixed ? { notFixed } : {}) };
  });
}

/** A note linted by itself, before conflicting-figures: its findings and figures, and where they came from. */
interface LintedAloneNote extends NoteLintedAlone {
  /** The text fixes made, when they made any. */
  readonly text?: string;
  readonly changes: readonly FixedChange[];
  readonly notFixed?: string;
  /** 'kept': an earlier run's result, still valid; 'not read': past maxFileBytes, or not text. */
  readonly outcome: LintOutcome | 'kept' | 'not read';
}

/** Each quote asked for a kept result still has the answer it had (a snapshot's or a provider's, through its cache). */
async function sameAnswers(asked: ReadonlyArray<readonly [TickerRef, string]>, quotes: QuoteLookup | undefined): Promise<boolean> {
  if (asked.length === 0) return true;
  if (!quotes) return false;
  try {
    const now = await Promise.all(asked.map(async ([ticker]) => answerJson(await quotes(ticker))));
    return now.every((answer, i) => answer === asked[i][1]);
  } catch {
    return false;
  }
}

/** A quote's answer as the lint server gets it, as text to compare. */
function answerJson(answer: QuoteAnswer): string {
  return JSON.stringify(toWireQuoteAnswer(answer));
}

/** Safe fixes, pass after pass, each on the text the last one made. */
async function fixed(first: LintedAloneNote, original: string, lint: LintAlone): Promise<LintedAloneNote> {
  let note = first;
  let text = original;
  const changes: FixedChange[] = [];
  for (let pass = 0; pass < maxFixPasses; pass++) {
    const applied = applySafeFixes(text, note.findings);
    if (applied.changes.length === 0) break;
    const { outcome } = await lint(applied.text);
    // The fixed text is not one lint can read through: keep the note as it was.
    if (!cleanlyLinted(outcome) || !outcome.alone) return { ...first, notFixed: 'its fixed text could not be linted through' };
    text = applied.text;
    for (const change of applied.changes) changes.push(change); // a huge note's fixes outnumber a call's arguments
    note = { text, findings: outcome.findings, figures: figuresFromJson(outcome.alone.figures), conflictsMutedOn: outcome.alone.conflictsMutedOn, changes, outcome };
  }
  return note;
}

/** Every rule ran to the end: no budget cut, no rule that threw. */
function cleanlyLinted(outcome: LintedAloneNote['outcome']): outcome is Extract<LintOutcome, { kind: 'linted' }> {
  if (outcome === 'kept' || outcome === 'not read') return false;
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
