// Starting the CLI's lint worker, apart from the rest of the lint command so that bin.ts can start it before the
// rest of the CLI loads (this module loads little more than the worker's client).

import { LintWorker } from '../node/lintWorkerClient';

declare const MARKET_NOTES_VERSION: string | undefined;

const defaultBudgetMs = 30_000;

/**
 * The worker bin.ts started before the rest of the CLI loaded (`market-notes lint` only), so that its start-up
 * overlaps the CLI's own; the lint command takes it.
 */
let early: LintWorker | undefined;

export function startLintWorkerEarly(env: NodeJS.ProcessEnv): void {
  early ??= startLintWorker(env);
}

/** The worker started early, or undefined; the caller disposes of it. */
export function takeEarlyLintWorker(): LintWorker | undefined {
  const worker = early;
  early = undefined;
  return worker;
}

/** A worker, started at once: it loads the lint code (its own copy, in its own thread). The caller disposes of it. */
export function startLintWorker(env: NodeJS.ProcessEnv): LintWorker {
  const worker = new LintWorker({ script: workerScript(), budgetMs: budgetFrom(env.MARKET_NOTES_LINT_BUDGET_MS) });
  worker.start();
  return worker;
}

function budgetFrom(value: string | undefined): number {
  const parsed = value === undefined ? NaN : Number(value);
  return Number.isFinite(parsed) && parsed > 0 ? parsed : defaultBudgetMs;
}

/** dist/cliLintWorker.cjs beside the bundled CLI; the TypeScript source when the tests run the sources. */
function workerScript(): string {
  const bundled = typeof MARKET_NOTES_VERSION === 'string';
  const name = bundled ? './cliLintWorker.cjs' : './cliLintWorker.ts';
  return require.resolve(name);
}
