// The `market-notes` executable: a thin wrapper that hands the process to main().
import nodeModule from 'node:module';

// Node 22.1 and later can keep the V8 code it compiled for the CLI in a cache in the OS temp folder and reuse it on
// the next run instead of compiling again, as npm and tsc do. Worker threads (lint, chart rendering) take the cache
// folder from the environment when they start. Older Node has no such function and compiles every time, as before.
const compileCache = (nodeModule as { enableCompileCache?: () => { directory?: string } }).enableCompileCache?.();
if (compileCache?.directory && process.env.NODE_COMPILE_CACHE === undefined) process.env.NODE_COMPILE_CACHE = compileCache.directory;

declare const MARKET_NOTES_VERSION: string;

// `lint` works in a worker thread whose own start-up (a Node of its own, the lint code) is most of the command's:
// start it before the rest of the CLI loads, so the two load side by side. The lint command takes it.
const early = process.argv[2] === 'lint' ? await import('./lintWorkerStart') : undefined;
early?.startLintWorkerEarly(process.env);
const { main } = await import('./main');

const code = await main(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
}, MARKET_NOTES_VERSION);
early?.takeEarlyLintWorker()?.dispose(); // not taken: the command stopped before linting (a usage error, --help)
process.exitCode = code;
