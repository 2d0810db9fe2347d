// Charts rendered one after another in a worker thread, each under a time budget. A chart that runs past its
// budget (a catastrophic regular expression in an expression) gets its thread terminated and becomes an error for
// its block; one that crashes the thread, even asynchronously, the same. The next chart gets a fresh thread.
// This module loads no chart library: vega, vega-lite and resvg live in the worker's bundle, so commands that do
// not render never pay for them.

import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { JsonObject } from '../core/charts/parseChart';
import type { RenderAnswer, RenderJob } from './chartRenderWorker';

export type ImageFormat = 'svg' | 'png';

export type RenderOutcome = { readonly ok: true; readonly image: string | Buffer } | { readonly ok: false; readonly message: string };

export interface ChartRenderPoolOptions {
  /** How long one chart may take, in milliseconds, from when its thread is ready. */
  readonly budgetMs: number;
  /** The worker script; by default the one shipped beside the CLI (or its source under the tests). */
  readonly workerFile?: string | URL;
}

export const defaultChartBudgetMs = 30_000;

/** Where the worker is: next to the bundled CLI, or its TypeScript source when the tests run the sources. */
function defaultWorkerFile(): string | URL {
  if (typeof __filename === 'string' && __filename.endsWith('.ts')) return path.join(path.dirname(__filename), 'chartRenderWorker.ts');
  return new URL('./chart-worker.mjs', import.meta.url);
}

export class ChartRenderPool {
  private worker: Worker | undefined;
  /** Resolves when the current worker has loaded the chart libraries. */
  private ready: Promise<void> | undefined;
  private nextId = 0;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly workerFile: string | URL;

  constructor(private readonly options: ChartRenderPoolOptions) {
    this.workerFile = options.workerFile ?? defaultWorkerFile();
  }

  /** Renders `spec` after every chart asked for before it. Never rejects: a failure is an outcome. */
  render(spec: JsonObject, format: ImageFormat): Promise<RenderOutcome> {
    const outcome = this.queue.then(() => this.run({ id: ++this.nextId, spec, format }));
    this.queue = outcome;
    return outcome;
  }

  async close(): Promise<void> {
    await this.queue;
    await this.discard();
  }

  private async run(job: RenderJob): Promise<RenderOutcome> {
    let worker: Worker;
    try {
      worker = this.worker ??= this.start();
      await this.ready;
    } catch (error) {
      await this.discard();
      return { ok: false, message: `cannot start the chart renderer: ${describe(error)}` };
    }
    const outcome = await new Promise<RenderOutcome & { fatal?: boolean }>((resolve) => {
      const finish = (result: RenderOutcome & { fatal?: boolean }) => {
        clearTimeout(timer);
        worker.off('message', onMessage).off('error', onError).off('exit', onExit);
        resolve(result);
      };
      const onMessage = (answer: RenderAnswer) => {
        if ('ready' in answer || (answer.id !== job.id && !(answer.ok === false && answer.fatal))) return;
        finish(answer.ok ? { ok: true, image: typeof answer.image === 'string' ? answer.image : Buffer.from(answer.image) } : answer);
      };
      const onError = (error: Error) => finish({ ok: false, message: `vega failed: ${error.message}`, fatal: true });
      const onExit = (code: number) => finish({ ok: false, message: `the chart renderer stopped (exit code ${code})`, fatal: true });
      const seconds = Math.round(this.options.budgetMs / 100) / 10;
      const timer = setTimeout(
        () => finish({ ok: false, message: `this chart took too long: stopped after ${seconds} s (an expression or a transform that does not finish?)`, fatal: true }),
        this.options.budgetMs,
      );
      worker.on('message', onMessage).on('error', onError).on('exit', onExit);
      try {
        worker.postMessage(job);
      } catch (error) {
        // The spec cannot be copied to the worker (structured clone refused it): this chart's error, not the run's.
        finish({ ok: false, message: `cannot hand this chart to the renderer: ${describe(error)}` });
      }
    });
    if (outcome.fatal) await this.discard();
    return outcome.ok ? outcome : { ok: false, message: outcome.message };
  }

  private start(): Worker {
    // Under the tests the worker is TypeScript: the thread registers tsx's require hook, then loads it.
    const file = this.workerFile;
    const worker =
      typeof file === 'string' && file.endsWith('.ts')
        ? new Worker(`require('tsx/cjs/api').register(); require(${JSON.stringify(file)});`, { eval: true })
        : new Worker(file);
    this.ready = new Promise<void>((resolve, reject) => {
      const onMessage = (answer: RenderAnswer) => {
        if (!('ready' in answer)) return;
        done();
        resolve();
      };
      const onError = (error: Error) => (done(), reject(error));
      const onExit = (code: number) => (done(), reject(new Error(`it stopped while loading (exit code ${code})`)));
      const done = () => worker.off('message', onMessage).off('error', onError).off('exit', onExit);
      worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    });
    return worker;
  }

  private async discard(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    this.ready = undefined;
    await worker?.terminate();
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
