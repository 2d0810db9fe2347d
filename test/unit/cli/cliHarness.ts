// Runs the CLI in-process with captured output, as the bin would run it. Each run keeps lint's results in a folder of
// its own (unless the test names one in MARKET_NOTES_CACHE_DIR): a test never sees what another one's run kept.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../../src/cli/main';

let cacheFolders: string | undefined;
let runs = 0;

/** A folder no run used before, for lint's kept results; all are removed when the tests end. */
export function freshCacheFolder(): string {
  if (!cacheFolders) {
    const made = mkdtempSync(join(tmpdir(), 'mn-cli-cache-'));
    cacheFolders = made;
    process.on('exit', () => rmSync(made, { recursive: true, force: true }));
  }
  return join(cacheFolders, String(runs++));
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(argv: string[], options: { cwd?: string; env?: Record<string, string | undefined> } = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    cwd: options.cwd ?? process.cwd(),
    env: { MARKET_NOTES_CACHE_DIR: freshCacheFolder(), ...options.env },
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
  });
  return { code, stdout, stderr };
}
