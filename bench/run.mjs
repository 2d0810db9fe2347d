// Runs a TypeScript benchmark as the extension and the CLI ship: bundled by esbuild (tsx's on-the-fly transform
// adds helpers that cost time in hot loops), then executed. Prints what the benchmark prints.
//   node bench/run.mjs tickers|quotes|lint
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import * as esbuild from 'esbuild';

const name = process.argv[2];
if (!name) {
  console.error('usage: node bench/run.mjs <benchmark>   (tickers, quotes, lint)');
  process.exit(2);
}
const benchDir = path.dirname(new URL(import.meta.url).pathname);
const outfile = path.join(benchDir, '..', 'out', 'bench', `${name}.mjs`);
await esbuild.build({
  entryPoints: [path.join(benchDir, `${name}.ts`)],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  mainFields: ['module', 'main'],
  logLevel: 'warning',
  // The benchmarks find the examples relative to their own folder, not to the bundle's.
  define: { 'import.meta.dirname': JSON.stringify(benchDir) },
});
const result = spawnSync(process.execPath, [outfile, ...process.argv.slice(3)], { stdio: 'inherit' });
process.exit(result.status ?? 1);
