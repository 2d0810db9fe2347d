// MN009 invalid-chart: a ```vega-lite block that does not parse, is not a chart we accept, or (when a checker is
// given — the CLI: charts/checkChart.ts) that vega-lite or vega refuses. The problems and their positions come from the chart code (core/charts),
// so the panel's error card, its diagnostic and this finding always agree.

import { chartLanguage } from '../../charts/chartBlocks';
import { prepareCharts } from '../../charts/prepareCharts';
import { problemOnFence, type ChartProblem } from '../../charts/chartProblem';
import { tooDeeplyNestedAt } from '../../jsonNesting';
import type { LintRule, RuleContext } from '../rule';
import { ruleMeta } from '../ruleCatalog';

export const invalidChart: LintRule = {
  meta: ruleMeta('MN009'),
  async run(context) {
    const { note } = context;
    const charts = note.blocks.fences.filter((fence) => fence.language === chartLanguage);
    // Lint runs as the writer types: when every block is plainly a well-formed chart and nothing will compile it,
    // skip the chart code's second pass over the note. Any doubt, and its own checks decide.
    if (charts.length === 0 || (!context.compileChart && charts.every((fence) => plainlyValid(fence.text)))) return;
    // The note's block map, lexed once for every rule: the chart code would lex the note again.
    for (const chart of prepareCharts(note.text, note.lines, note.blocks)) {
      if (chart.problem) {
        report(context, chart.problem);
        continue;
      }
      if (!context.compileChart || !chart.spec) continue;
      const compiled = await context.compileChart(chart.spec);
      if (!compiled.ok) report(context, problemOnFence(chart.block, note.lines, 'compile', compiled.message));
    }
  },
};

/** Strict JSON, an object, nested no deeper than a chart may, and no market binding to check. */
function plainlyValid(json: string): boolean {
  if (tooDeeplyNestedAt(json) !== undefined) return false;
  try {
    const spec: unknown = JSON.parse(json);
    return typeof spec === 'object' && spec !== null && !Array.isArray(spec) && !('usermeta' in spec);
  } catch {
    return false;
  }
}

function report(context: RuleContext, problem: ChartProblem): void {
  const { lines } = context.note;
  const offset = lines.lineStarts[problem.line - 1] + problem.column - 1;
  const end = lines.lineStarts[problem.endLine - 1] + problem.endColumn - 1;
  context.report({
    offset,
    length: Math.max(0, end - offset),
    message: `Chart: ${problem.message}`,
    position: { line: problem.line, column: problem.column, endLine: problem.endLine, endColumn: problem.endColumn },
  });
}
