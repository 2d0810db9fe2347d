// A per-user folder in the OS temp directory for what the CLI keeps between runs (V8's code for the lint script,
// lint's results), made private to this user. What is read from it is trusted — code that runs, findings that pass
// a CI — so a folder that belongs to someone else, or that others may write to, is refused.

import { mkdir, stat } from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';

/** `<tmp>/market-notes-<purpose>-<uid>` (or `folder` when given), created 0700; undefined when it may not be trusted. */
export async function privateCacheFolder(purpose: string, folder?: string): Promise<string | undefined> {
  try {
    const uid = typeof process.getuid === 'function' ? process.getuid() : undefined;
    const chosen = folder ?? path.join(os.tmpdir(), `market-notes-${purpose}-${uid ?? os.userInfo().username}`);
    await mkdir(chosen, { recursive: true, mode: 0o700 });
    const info = await stat(chosen);
    if (!info.isDirectory()) return undefined;
    if (uid !== undefined && (info.uid !== uid || (info.mode & 0o022) !== 0)) return undefined;
    return chosen;
  } catch {
    return undefined;
  }
}
