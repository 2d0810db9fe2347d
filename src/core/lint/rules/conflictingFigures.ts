// MN006 conflicting-figures: two claims about the same subject, metric and period, dated close together, whose
// values cannot both be true — in one note or in two notes of the workspace. Reported on each side (each note's
// lint reports its own claim), with the other side as related information and both signed values and dates in
// the message. What a claim is: figures.ts; when two conflict: figureIndex.ts.

import { FigureConflictIndex, type FigureConflict } from '../figureConflicts';
import type { StatedFigure } from '../figures';
import type { RelatedInformation } from '../finding';
import type { LintRule, RuleReport } from '../rule';
import { ruleMeta } from '../ruleCatalog';

const maxRelated = 10;

export const conflictingFigures: LintRule = {
  meta: ruleMeta('MN006'),
  run(context) {
    const file = context.file ?? '(this note)';
    // The index holds every note as last linted; without one (a single note), the note is compared with itself.
    const index = context.figureIndex && context.file !== undefined ? context.figureIndex : new FigureConflictIndex();
    index.set(file, context.figures);
    for (const report of conflictReports(index, file)) context.report(report);
  },
};

/**
 * What conflicting-figures reports on `file`'s stored figures, with their positions. The CLI also calls this once
 * every note is linted, over figures it may have kept from an earlier run (workspaceConflicts.ts).
 */
export function conflictReports(index: FigureConflictIndex, file: string): Array<RuleReport & Required<Pick<RuleReport, 'position'>>> {
  return index.conflictsFor(file, maxRelated).map((conflict) => {
    const { figure, others } = conflict;
    return {
      offset: figure.offset,
      length: figure.length,
      position: { line: figure.line, column: figure.column, endLine: figure.endLine, endColumn: figure.endColumn },
      message: messageFor(conflict, file),
      related: others.map(({ file: otherFile, figure: other }) => relatedFor(otherFile, other)),
    };
  });
}

/**
 * The related information that points at a stated figure. One object per figure: in a workspace that repeats a claim,
 * the same few figures are listed under hundreds of findings.
 */
function relatedFor(file: string, figure: StatedFigure): RelatedInformation {
  let related = relatedByFigure.get(figure);
  if (!related || related.file !== file) {
    related = {
      file,
      line: figure.line,
      column: figure.column,
      endLine: figure.endLine,
      endColumn: figure.endColumn,
      message: `${signed(figure)} stated here${figure.asOf ? `, as of ${figure.asOf.label}` : ''}`,
    };
    relatedByFigure.set(figure, related);
  }
  return related;
}

const relatedByFigure = new WeakMap<StatedFigure, RelatedInformation>();

function messageFor({ figure, count, others }: FigureConflict, file: string): string {
  const first = others[0];
  const where = first.file === file ? `line ${first.figure.line}` : `${first.file}:${first.figure.line}`;
  const dated = (one: StatedFigure) => (one.asOf ? ` as of ${one.asOf.label}` : '');
  const more = count > 1 ? ` (and ${count - 1} more)` : '';
  const moved =
    // A session's close does not move: two notes days apart about one session's close are not a market move apart.
    first.tradingDays > 0 && figure.metric !== 'level' && figure.metric !== 'yield'
      ? `; ${first.tradingDays} trading day${first.tradingDays === 1 ? '' : 's'} apart, more than the ${allowanceText(figure, first.allowance)} the market could have moved`
      : '';
  // A figure stated by a fund's symbol names it: the writer looks for "IWM" in the note, not "the Russell 2000".
  const via = (one: StatedFigure) => (one.fund ? ` (${one.fund})` : '');
  return `${capitalise(figure.subject)} ${metricPhrase(figure)} is ${signed(figure)}${via(figure)}${dated(figure)} here, but ${signed(first.figure)}${via(first.figure)}${dated(first.figure)} at ${where}${more}${moved}`;
}

function metricPhrase(figure: StatedFigure): string {
  if (figure.metric === 'streak') return `streak (${figure.period})`;
  const period = figure.metricLabel === 'year-to-date return' ? '' : ` (${figure.period})`;
  return `${figure.metricLabel}${period}`;
}

/**
 * The value with its sign written into it: "about −1.4%", "+2%", "−30% to −35%", "+8 sessions". Kept per figure:
 * a claim repeated across a workspace is written into every other note's related information.
 */
export function signed(figure: StatedFigure): string {
  let written = signedByFigure.get(figure);
  if (written === undefined) signedByFigure.set(figure, (written = writeSigned(figure)));
  return written;
}

const signedByFigure = new WeakMap<StatedFigure, string>();

function writeSigned(figure: StatedFigure): string {
  const negative = figure.high < 0 || (figure.low < 0 && figure.high <= 0);
  const sign = negative ? '−' : '+';
  // A level has no sign: "6,602.99", "about 6,600", "above 6,600".
  if (figure.unit === 'points' || figure.metric === 'yield') return figure.text.replace(/\s+/g, ' ');
  if (figure.unit === '%' || figure.unit === 'x') {
    const text = figure.text.replace(/\s+/g, ' ');
    if (figure.unit === 'x') return text;
    // "flat", "unchanged": no move, so no sign.
    if (figure.low < 0 && figure.high > 0 && !/\d/.test(text)) return text;
    return /\d/.test(text) ? text.replace(/[+\-−]?(\d[\d.,]*)/g, `${sign}$1`) : `${sign}${text}`;
  }
  const count = Math.abs(Math.round(figure.low));
  return `${sign}${count} ${figure.unit} ("${figure.text}")`;
}

function allowanceText(figure: StatedFigure, allowance: number): string {
  const rounded = Math.round(allowance * 10) / 10;
  if (figure.unit === '%') return `${rounded} percentage point${rounded === 1 ? '' : 's'}`;
  if (figure.unit === 'x') return `${rounded}x`;
  return `${rounded} ${figure.unit}`;
}

function capitalise(subject: string): string {
  const capitalised = subject.charAt(0).toUpperCase() + subject.slice(1);
  return subject.endsWith('s') ? `${capitalised}'` : `${capitalised}'s`;
}
