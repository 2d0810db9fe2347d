// Runs the built CLI (dist/cli.mjs, the package.json bin) in a child process, as a user or CI runs it: real exit
// codes, real stdout/stderr, the bundled lint worker. `npm test` builds first; run alone, the bundle is rebuilt
// when a source file is newer than it.
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { freshCacheFolder } from './cliHarness';

const repo = join(__dirname, '../../..');
export const builtBin = join(repo, JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')).bin['market-notes']);

export interface BinRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Builds dist/ when it is missing or older than src/ (not under `npm test`, which built it). */
export function ensureBuilt(): void {
  if (process.env.MARKET_NOTES_BUILT === '1' && existsSync(builtBin)) return;
  if (existsSync(builtBin) && newestSource(join(repo, 'src')) <= statSync(builtBin).mtimeMs) return;
  execFileSync(process.execPath, ['build.mjs'], { cwd: repo, stdio: 'pipe' });
}

function newestSource(folder: string): number {
  let newest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

/** Asynchronous, so servers this test process runs on 127.0.0.1 can answer the CLI. */
export function runBuiltCli(args: readonly string[], options: { cwd: string; env?: Record<string, string> }): Promise<BinRun> {
  // Only what the CLI needs of the environment: no provider URL or key of the machine leaks in.
  const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', MARKET_NOTES_CACHE_DIR: freshCacheFolder(), ...options.env };
  return new Promise((resolve) => {
    execFile(process.execPath, [builtBin, ...args], { cwd: options.cwd, env, encoding: 'utf8', maxBuffer: 32 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}
