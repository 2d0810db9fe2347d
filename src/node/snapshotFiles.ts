// The snapshot provider on the local file system, for the CLI: a quotes file named on the command line, or the
// workspace's `.market-notes/quotes.csv|json` found by walking up from a folder (as git finds `.git`). The provider
// (with its CSV parser) loads only when there is a file for it: a lint of notes without a snapshot never pays for it.

import { access } from 'node:fs/promises';
import * as path from 'node:path';
import type { Logger } from '../core/logger';
import { snapshotFileCandidates } from '../core/quotes/snapshotFileNames';
import type { SnapshotProvider } from '../core/quotes/snapshotProvider';
import { readRegularTextFile } from './regularFiles';
import { isSearchBoundary } from './searchBoundary';

const loadProvider = async () => (await import('../core/quotes/snapshotProvider')).SnapshotProvider;

/** A snapshot provider reading exactly `file` (CSV or JSON by its extension); `label` names it in messages. */
export async function snapshotProviderForFile(file: string, logger: Logger, label: string = file): Promise<SnapshotProvider> {
  const absolute = path.resolve(file);
  const SnapshotProvider = await loadProvider();
  return new SnapshotProvider(
    async () => readIfExists(absolute).then((text) => text ?? Promise.reject(new Error('no such file or directory'))),
    logger,
    path.dirname(label),
    [path.basename(label)],
  );
}

/** The snapshot of the nearest folder at or above `start` (up to the repository root or home) that has `.market-notes/quotes.csv` or `.json`. */
export async function findSnapshotProviderAbove(start: string, logger: Logger): Promise<SnapshotProvider | undefined> {
  for (let folder = path.resolve(start); ; folder = path.dirname(folder)) {
    for (const candidate of snapshotFileCandidates) {
      if (await exists(path.join(folder, candidate))) {
        const SnapshotProvider = await loadProvider();
        return new SnapshotProvider((relative) => readIfExists(path.join(folder, relative)), logger, path.relative(process.cwd(), folder) || '.');
      }
    }
    if (path.dirname(folder) === folder || (await isSearchBoundary(folder))) return undefined;
  }
}

async function readIfExists(file: string): Promise<string | undefined> {
  try {
    return await readRegularTextFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await access(file);
    return true;
  } catch {
    return false;
  }
}
