// The CLI's lint worker (bundled as dist/cliLintWorker.mjs): the editor's, plus vega-lite's compile check for
// invalid-chart.
import { parentPort } from 'node:worker_threads';
import { cachedChartCompiler } from '../core/charts/compileChart';
import { serveLint } from '../node/lintWorkerServer';

// Each distinct chart block compiles once per run, however many notes repeat it.
if (parentPort) serveLint(parentPort, { compileChart: cachedChartCompiler() });
