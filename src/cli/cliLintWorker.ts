// The CLI's lint worker: the editor's, plus vega-lite's compile check for invalid-chart. Bundled as
// dist/cliLintWorker.cjs, one CommonJS file like the editor's worker: a worker boots from it in about half the time
// it takes from ES modules in chunks, and that boot is most of what `market-notes lint` costs on a small note.
// vega-lite (with vega, ES modules with a top-level await) loads from dist/chart-compile.mjs on the first chart.
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parentPort } from 'node:worker_threads';
import { cachedChartCompiler } from '../core/charts/chartCompileCache';
import type * as ChartCompileModule from '../core/charts/compileChart';
import { serveLint } from '../node/lintWorkerServer';

declare const MARKET_NOTES_VERSION: string | undefined;

let compiler: Promise<typeof ChartCompileModule> | undefined;

function loadCompiler(): Promise<typeof ChartCompileModule> {
  if (typeof MARKET_NOTES_VERSION === 'string') return import(pathToFileURL(path.join(__dirname, 'chart-compile.mjs')).href);
  // The tests run the TypeScript sources under tsx's CommonJS hooks. A name the bundler cannot follow keeps the
  // compiler (and vega) out of the bundle.
  const source = '../core/charts/compileChart';
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- tsx hooks require(), not import(), in a worker
  return Promise.resolve(require(source) as typeof ChartCompileModule);
}

// Each distinct chart block compiles once per run, however many notes repeat it.
const compileChart = cachedChartCompiler(async (spec, config) => (await (compiler ??= loadCompiler())).compileChart(spec, config));

if (parentPort) serveLint(parentPort, { compileChart });
