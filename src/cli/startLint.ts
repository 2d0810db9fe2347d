// Starting the CLI's lint, each note under a time budget, with invalid-chart's compile check (vega-lite, here).
// A few notes are linted in a vm context on this thread (src/node/lintContext.ts): starting a worker thread would cost
// more than the whole lint. Many are linted in a worker thread (src/node/lintWorkerHost.ts, the editor's), beside
// the reading of the notes and the loading of vega-lite on this one.

import type { ChartCompiler } from '../core/lint/rule';
import { loadCodeCache } from '../node/codeCache';
import { LintClient } from '../node/lintClient';
import { lintContextHost } from '../node/lintContext';
import { lintServerScript } from './lintServerScript';

declare const MARKET_NOTES_VERSION: string | undefined;

const defaultBudgetMs = 30_000;

/**
 * From this many notes on, lint runs in a worker thread. Measured on two cores: one note lints in about 200 ms
 * whole-process on this thread against 280 ms with a worker; 524 notes (1 MB) in about X s against Y s.
 */
export const notesForWorker = 24;

/** Lint for one run of the command over `noteCount` notes; the caller disposes of it. */
export async function startLint(env: NodeJS.ProcessEnv, noteCount: number): Promise<LintClient> {
  const budgetMs = budgetFrom(env.MARKET_NOTES_LINT_BUDGET_MS);
  if (noteCount >= notesForWorker) {
    // worker_threads loads only here: a run over a few notes never needs it.
    const { lintWorkerHost } = await import('../node/lintWorkerHost');
    const client = new LintClient({ host: lintWorkerHost(workerScript()), budgetMs, compileChart });
    client.start(); // it loads while the notes are read
    return client;
  }
  const { script, identity } = await lintServerScript();
  const codeCache = await loadCodeCache('lintContext', identity, env);
  return new LintClient({ host: lintContextHost({ script, codeCache, budgetMs }), budgetMs, compileChart });
}

/** dist/lintWorker.js (the editor's worker) beside the bundled CLI; its TypeScript source under the tests. */
function workerScript(): string {
  return require.resolve(typeof MARKET_NOTES_VERSION === 'string' ? './lintWorker.js' : '../node/lintWorker.ts');
}

function budgetFrom(value: string | undefined): number {
  const parsed = value === undefined ? NaN : Number(value);
  return Number.isFinite(parsed) && parsed > 0 ? parsed : defaultBudgetMs;
}

// vega-lite (and vega) load on the first chart only. (The server asks once for each distinct chart.)
const compileChart: ChartCompiler = async (spec) => (await import('../core/charts/compileChart')).compileChart(spec);
