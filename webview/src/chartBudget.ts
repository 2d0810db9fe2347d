// Each new chart runs first in a worker (chartWorker.ts) under a time budget; only a chart that finished there is
// drawn in the page. A runaway one gets its worker terminated and "this chart took too long" on its card, while
// the others keep rendering: two workers, so one stuck chart holds up no queue.
//
// Limits: the dataflow runs twice (in the worker, then in the page — the worker cannot hand the page a live,
// interactive view), and expressions that run only on interaction (a hover signal) are not run ahead in the
// worker. The worker is made from a Blob of its bundled source: a webview cannot start a worker from its
// resource origin, and the CSP allows `worker-src blob:` only.

import { compile, type TopLevelSpec } from 'vega-lite';
import workerSource from 'market-notes:chart-worker-source';
import type { JsonObject } from '../../src/core/charts/parseChart';
import { sanitizeChartSpec } from '../../src/core/charts/sanitizeSpec';
import type { WorkerAnswer } from './chartWorkerProtocol';

export const chartBudgetMs = 8000;
const workerCount = 2;

export type BudgetVerdict = { readonly ok: true } | { readonly ok: false; readonly tooLong: boolean; readonly message: string };

interface Slot {
  worker: Worker | undefined;
  busy: boolean;
}

let workerUrl: string | undefined;
let nextId = 0;
const slots: Slot[] = Array.from({ length: workerCount }, () => ({ worker: undefined, busy: false }));
const waiting: Array<(slot: Slot) => void> = [];

/** Runs the chart's dataflow in a worker; `ok` when it finished within the budget (with or without errors). */
export async function runWithinBudget(specJson: string, config: JsonObject, budgetMs = chartBudgetMs): Promise<BudgetVerdict> {
  let vegaSpec: unknown;
  try {
    const spec = sanitizeChartSpec(JSON.parse(specJson) as JsonObject);
    vegaSpec = compile(spec as unknown as TopLevelSpec, { config }).spec;
  } catch {
    // vega-lite refused it: the page's embed reports the same error on the card.
    return { ok: true };
  }
  const slot = await acquire();
  try {
    return await run(slot, vegaSpec, budgetMs);
  } finally {
    release(slot);
  }
}

function run(slot: Slot, spec: unknown, budgetMs: number): Promise<BudgetVerdict> {
  let worker: Worker;
  try {
    worker = slot.worker ??= startWorker();
  } catch (error) {
    // No worker here (a page without Blob workers): draw without the budget rather than not at all.
    return Promise.resolve({ ok: false, tooLong: false, message: error instanceof Error ? error.message : String(error) });
  }
  const id = ++nextId;
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      worker.terminate();
      slot.worker = undefined;
      finish({ ok: false, tooLong: true, message: `This chart took too long to render: stopped after ${budgetMs / 1000} s (an expression or a transform that does not finish?)` });
    }, budgetMs);
    const onMessage = (event: MessageEvent<WorkerAnswer>) => {
      if (event.data.id === id) finish({ ok: true });
    };
    const onError = (event: ErrorEvent) => {
      event.preventDefault();
      worker.terminate();
      slot.worker = undefined;
      finish({ ok: true });
    };
    const finish = (verdict: BudgetVerdict) => {
      clearTimeout(timer);
      worker.removeEventListener('message', onMessage);
      worker.removeEventListener('error', onError);
      resolve(verdict);
    };
    worker.addEventListener('message', onMessage);
    worker.addEventListener('error', onError);
    worker.postMessage({ id, spec });
  });
}

function startWorker(): Worker {
  workerUrl ??= URL.createObjectURL(new Blob([workerSource], { type: 'text/javascript' }));
  return new Worker(workerUrl);
}

function acquire(): Promise<Slot> {
  const free = slots.find((slot) => !slot.busy);
  if (free) {
    free.busy = true;
    return Promise.resolve(free);
  }
  return new Promise((resolve) => waiting.push(resolve));
}

function release(slot: Slot): void {
  const next = waiting.shift();
  if (next) next(slot);
  else slot.busy = false;
}
