// The editor's lint host: the lint server in a worker_threads Worker, so a long lint never blocks the extension host.

import { Worker } from 'node:worker_threads';
import type { FromLintServer } from '../core/lint/lintProtocol';
import type { StartLintHost } from './lintClient';

/** `script`: the worker's bundle (dist/lintWorker.js), or its TypeScript source under the tests. */
export function lintWorkerHost(script: string): StartLintHost {
  return (events) => {
    const settings = {
      // A runaway note must not take the owner's memory with it.
      resourceLimits: { maxOldGenerationSizeMb: 1024 },
    };
    // The tests run the TypeScript sources: a worker does not inherit tsx's module hooks, so it loads them itself.
    const worker = script.endsWith('.ts')
      ? new Worker(`require('tsx/cjs'); require(${JSON.stringify(script)});`, { ...settings, eval: true })
      : new Worker(script, settings);
    worker.unref();
    worker.on('message', (message: FromLintServer) => events.message(message));
    worker.on('error', (error) => events.gone(`lint worker failed: ${error.message}`));
    worker.on('exit', (code) => events.gone(`lint worker exited (code ${code})`));
    return {
      jobsAhead: 1,
      post: (message) => worker.postMessage(message),
      terminate: () => void worker.terminate(),
    };
  };
}
