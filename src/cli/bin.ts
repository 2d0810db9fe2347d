// The `market-notes` executable: a thin wrapper that hands the process to main().
import nodeModule from 'node:module';
import { setFlagsFromString } from 'node:v8';

// V8 first runs a regular expression in its bytecode interpreter and compiles it to machine code when it runs again,
// so lint's large patterns (periods, stated prices), which run on every sentence, were compiled twice: about 20 ms
// of a lint of one short note. A CLI run is short and uses its patterns hard: compile them to machine code at once.
// (Only how a pattern is compiled changes, never what it matches.)
setFlagsFromString('--no-regexp-tier-up');

// Node 22.1 and later can keep the V8 code it compiled for the CLI in a cache in the OS temp folder and reuse it on
// the next run instead of compiling again, as npm and tsc do. Worker threads (chart rendering) take the cache folder
// from the environment when they start. Older Node has no such function and compiles every time, as before. (The
// lint server's script, which the CLI compiles itself, has its own cache: src/node/codeCache.ts.)
const compileCache = (nodeModule as { enableCompileCache?: () => { directory?: string } }).enableCompileCache?.();
if (compileCache?.directory && process.env.NODE_COMPILE_CACHE === undefined) process.env.NODE_COMPILE_CACHE = compileCache.directory;

declare const MARKET_NOTES_VERSION: string;

const { main } = await import('./main');

// `market-notes tickers notes/ | head`: the reader may close the pipe before the output ends. What is left has no one
// to read it, so it is dropped, and the command still runs to its end and exits with its own code, where Node would
// throw on the failed write (EPIPE, then 'write after destroy' for the writes after it).
let stdoutClosed = false;
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE' && !stdoutClosed) throw error;
  stdoutClosed = true;
});

const code = await main(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: (text) => {
    if (!stdoutClosed) process.stdout.write(text);
  },
  stderr: (text) => process.stderr.write(text),
}, MARKET_NOTES_VERSION);
process.exitCode = code;
