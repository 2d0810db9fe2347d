// The steps of "Insert Chart…", decided by the kind picked first: which steps a kind asks (blank needs none
// after the kind; year-to-date has no range to pick), how each is titled and counted, and what is wrong with a
// ticker selection. The editor's quick picks (src/vscode/charts/insertChart.ts) only display these.

import { chartKindInfo, type ChartKind } from './chartTemplates';

export type InsertChartStep = 'kind' | 'tickers' | 'range' | 'data';

/** The steps for `kind`, in order; before a kind is picked, only the first is known. */
export function insertChartSteps(kind: ChartKind | undefined): InsertChartStep[] {
  if (kind === undefined) return ['kind'];
  const steps: InsertChartStep[] = ['kind'];
  if (chartKindInfo[kind].maxTickers > 0) steps.push('tickers');
  if (kind !== 'ytd' && kind !== 'blank') steps.push('range');
  if (kind !== 'blank') steps.push('data');
  return steps;
}

const stepNames: Record<InsertChartStep, string> = { kind: 'kind of chart', tickers: 'tickers', range: 'period', data: 'data' };

/**
 * "Insert Chart (2/3): tickers". The count is the chosen kind's own, so it never skips a number; the first step,
 * before a kind is chosen, is not counted out of a total it cannot know.
 */
export function insertChartStepTitle(step: InsertChartStep, kind: ChartKind | undefined): string {
  if (step === 'kind' || kind === undefined) return `Insert Chart: ${stepNames.kind}`;
  const steps = insertChartSteps(kind);
  return `Insert Chart (${steps.indexOf(step) + 1}/${steps.length}): ${stepNames[step]} for the ${chartKindInfo[kind].label.toLowerCase()}`;
}

/** How many tickers a kind takes, in words: "exactly 2", "1 to 12". */
export function tickerCountWanted(kind: ChartKind): string {
  const { minTickers, maxTickers } = chartKindInfo[kind];
  return minTickers === maxTickers ? `exactly ${minTickers}` : `${minTickers} to ${maxTickers}`;
}

/** Why `count` picked tickers will not do for `kind` (said while picking, never by unchecking one), or undefined. */
export function tickerSelectionProblem(kind: ChartKind, count: number): string | undefined {
  const { minTickers, maxTickers, label } = chartKindInfo[kind];
  if (count >= minTickers && count <= maxTickers) return undefined;
  const what = count > maxTickers ? 'too many' : 'too few';
  return `The ${label.toLowerCase()} takes ${tickerCountWanted(kind)} ticker${maxTickers === 1 ? '' : 's'}: ${count} picked (${what})`;
}
