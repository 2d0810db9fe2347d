// The thread one chart renders in (the CLI's `render`). vega runs a note's expressions, and nothing stops an
// expression once it runs: `test(/^(a+)+$/, 'aaaa…!')` backtracks for hours. Here a runaway blocks only this
// thread, which the pool terminates when its time is up; and an error vega raises asynchronously (after the
// chart answered, in a promise nobody awaits) fails this chart and this thread, not the whole command.

import { parentPort } from 'node:worker_threads';
import type { JsonObject } from '../core/charts/parseChart';
import { loadChartLibraries, renderChart, type ImageFormat } from './renderCharts';

export interface RenderJob {
  readonly id: number;
  readonly spec: JsonObject;
  readonly format: ImageFormat;
}

export type RenderAnswer =
  /** The libraries are loaded: budgets start now. */
  | { readonly id: 0; readonly ok: true; readonly ready: true }
  | { readonly id: number; readonly ok: true; readonly image: string | Uint8Array }
  /** `fatal`: the thread is no longer trustworthy (an uncaught error); the pool replaces it. */
  | { readonly id: number; readonly ok: false; readonly message: string; readonly fatal?: boolean };

if (parentPort) {
  const port = parentPort;
  let current: number | undefined;
  const uncaught = (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    port.postMessage({ id: current ?? -1, ok: false, message: `vega failed: ${message}`, fatal: true } satisfies RenderAnswer);
    current = undefined;
  };
  process.on('uncaughtException', uncaught);
  process.on('unhandledRejection', uncaught);
  void loadChartLibraries().then(
    () => port.postMessage({ id: 0, ok: true, ready: true } satisfies RenderAnswer),
    uncaught,
  );
  port.on('message', (job: RenderJob) => {
    current = job.id;
    void renderChart(job.spec, job.format).then(
      async (image) => {
        // Errors vega raises after the SVG is done surface in a later microtask: let them, while this chart is
        // still the current one, so they are blamed on it and not on the next.
        await new Promise((resolve) => setImmediate(resolve));
        if (current === job.id) port.postMessage({ id: job.id, ok: true, image } satisfies RenderAnswer);
        current = undefined;
      },
      (error: unknown) => {
        if (current === job.id) port.postMessage({ id: job.id, ok: false, message: error instanceof Error ? error.message : String(error) } satisfies RenderAnswer);
        current = undefined;
      },
    );
  });
}
