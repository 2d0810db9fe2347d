// MN006 conflicting-figures: the same metric for the same subject and period stated with incompatible values in
// two notes of the workspace ("nearly 14%" here, "about 8%" there). Reported on each side, each pointing at the
// other. What counts as the same figure is decided in figures.ts, conservatively.

import { metricNames } from '../figures';
import type { LintRule } from '../rule';

export const conflictingFigures: LintRule = {
  meta: {
    code: 'MN006',
    name: 'conflicting-figures',
    description: 'The same metric for the same subject and period stated differently in another note',
    defaultSeverity: 'warning',
  },
  run(context) {
    const { figureIndex, file } = context;
    if (!figureIndex || file === undefined) return;
    for (const { figure, others } of figureIndex.conflictsWith(file, context.figures)) {
      const first = others[0];
      const more = others.length > 1 ? ` and ${others.length - 1} more` : '';
      const metric = metricNames[figure.metric];
      const basis = figure.basis === 'estimate' ? ' (estimate)' : '';
      context.report({
        offset: figure.offset,
        length: figure.length,
        message:
          `${possessive(figure.subject)} ${metric}${basis}, ${figure.period}, is "${figure.text}" here ` +
          `but "${first.figure.text}" in ${first.file}:${first.figure.line}${more}`,
        // A handful of places to look is help; hundreds (the same figure pasted into every note) are noise.
        related: others.slice(0, maxRelated).map(({ file: otherFile, figure: other }) => ({
          file: otherFile,
          line: other.line,
          column: other.column,
          endLine: other.endLine,
          endColumn: other.endColumn,
          message: `"${other.text}" stated here`,
        })),
      });
    }
  },
};

const maxRelated = 10;

function possessive(subject: string): string {
  const capitalised = subject.charAt(0).toUpperCase() + subject.slice(1);
  return subject.endsWith('s') ? `${capitalised}'` : `${capitalised}'s`;
}
