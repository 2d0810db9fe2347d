// The CLI's lint worker (bundled as dist/cliLintWorker.mjs): the editor's, plus vega-lite's compile check for
// invalid-chart.
import { parentPort } from 'node:worker_threads';
import { compileChart } from '../core/charts/compileChart';
import { serveLint } from '../node/lintWorkerServer';

if (parentPort) serveLint(parentPort, { compileChart });
