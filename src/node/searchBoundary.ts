// Searches that walk up from a note's folder (the lint configuration, the snapshot quotes file) stop at the
// repository root or the home folder: a file above them belongs to someone else — another user's /tmp, a shared
// mount — and must not configure a run or supply its quotes.

import { stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import * as path from 'node:path';

/** True when `folder` is the last one a walk-up search may look in: it holds `.git` (folder or worktree file), or it is home. */
export async function isSearchBoundary(folder: string, home: string = homedir()): Promise<boolean> {
  if (home !== '' && path.resolve(folder) === path.resolve(home)) return true;
  try {
    await stat(path.join(folder, '.git'));
    return true;
  } catch {
    return false;
  }
}
