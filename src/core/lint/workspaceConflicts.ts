// conflicting-figures over a whole workspace at once, from each note's figures alone: the CLI lints every note by
// itself (engine.ts: lintNoteAlone), perhaps not at all for a note unchanged since its last run (its figures kept
// from then), and compares all their figures here, once, after every note is known.

import type { LintConfig } from './config';
import { FigureConflictIndex } from './figureConflicts';
import { findingOf, type Finding, type Severity } from './finding';
import type { StatedFigure } from './figures';
import { conflictingFigures, conflictReports } from './rules/conflictingFigures';

export interface NoteFigures {
  readonly file: string;
  readonly figures: readonly StatedFigure[];
  /** Lines where a disable comment switches conflicting-figures off. */
  readonly conflictsMutedOn: readonly number[];
  /** The note's own configuration's severity for conflicting-figures ('off': its figures still count for the others). */
  readonly severity: Severity | 'off';
}

/** conflicting-figures' severity under a note's configuration, as lintNote reads it. */
export function conflictSeverity(config: LintConfig): Severity | 'off' {
  return config.rules[conflictingFigures.meta.name] ?? conflictingFigures.meta.defaultSeverity;
}

/** Each note's conflicting-figures findings, in the order of `notes`. */
export function workspaceConflicts(notes: readonly NoteFigures[]): Finding[][] {
  const index = new FigureConflictIndex();
  for (const note of notes) index.set(note.file, note.figures);
  return notes.map(({ file, conflictsMutedOn, severity }) => {
    if (severity === 'off') return [];
    const muted = new Set(conflictsMutedOn);
    return conflictReports(index, file)
      .filter((report) => !muted.has(report.position.line))
      .map((report) => findingOf(conflictingFigures.meta, severity, report, report.position));
  });
}
