// Starting the CLI's lint: the lint server in a vm context on this thread (src/node/lintContext.ts), each note under
// a time budget, with invalid-chart's compile check (vega-lite, here). A worker thread, as the editor uses, cost more
// than it gave at every size measured on two cores — one note: 230 ms whole-process against 340 ms; 96 notes: 690
// against 800 ms; 524 notes (1 MB): 1.46–1.64 s against 1.58–1.74 s — because the CLI's own thread has nothing else
// to do while lint runs, and a worker costs a second Node to start and a copy of every note. Nor did a second
// thread beside this one, for runs past 256 KB (tried, 2026-11-30): 1 MB took 1.55–1.59 s against 1.35–1.43 s,
// with 0.6 s more CPU — V8's own background threads (garbage collection, optimising compiles) already use the
// second core, and a worker's isolate warms up its own compiled code from nothing.

import type { ChartCompiler } from '../core/lint/rule';
import { loadCodeCache } from '../node/codeCache';
import { LintClient } from '../node/lintClient';
import { lintContextHost } from '../node/lintContext';
import { lintServerScript } from './lintServerScript';

const defaultBudgetMs = 30_000;

/**
 * Lint for one run of the command (the caller disposes of it), and the build of the lint server it runs, which made
 * what lint keeps between runs. Only the script and its code cache are read now: the vm context is made, and the
 * script compiled, when the first note is sent — never, on a run whose every note is as the last run left it.
 */
export async function startLint(env: NodeJS.ProcessEnv): Promise<{ client: LintClient; build: string }> {
  const budgetMs = budgetFrom(env.MARKET_NOTES_LINT_BUDGET_MS);
  const { script, identity, build } = await lintServerScript();
  const codeCache = await loadCodeCache('lintContext', identity, env);
  return { client: new LintClient({ host: lintContextHost({ script, codeCache, budgetMs }), budgetMs, compileChart }), build };
}

function budgetFrom(value: string | undefined): number {
  const parsed = value === undefined ? NaN : Number(value);
  return Number.isFinite(parsed) && parsed > 0 ? parsed : defaultBudgetMs;
}

/** vega-lite (and vega) load on the first chart only. The server asks once for each distinct chart. */
export const compileChart: ChartCompiler = async (spec) => (await import('../core/charts/checkChart')).checkChart(spec);
