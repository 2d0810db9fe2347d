// `.market-notes.json` on the local file system, for the CLI: named with --config, or the nearest one at or above
// a note's folder (as ESLint and markdownlint-cli2 find theirs). Parsing and merging are core's (core/lint/configFile, config).

import * as path from 'node:path';
import { readRegularTextFile } from './regularFiles';
import { isSearchBoundary } from './searchBoundary';
import { configFileName, resolveLintConfig, type LintConfig } from '../core/lint/config';
import type { ConfigProblem } from '../core/lint/configFile';

export interface LoadedLintConfig {
  readonly config: LintConfig;
  /** The folder ignore globs are relative to: the file's folder. */
  readonly root: string;
  /** The file, absolute; undefined when none was found (defaults). */
  readonly file?: string;
  readonly problems: readonly ConfigProblem[];
}

/** Reads one configuration file; undefined when it does not exist. Other read errors are thrown. */
export async function loadLintConfigFile(file: string): Promise<LoadedLintConfig | undefined> {
  let text: string;
  try {
    text = await readRegularTextFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    // A file there that cannot be read is a configuration problem, said as one, not a crash.
    const reason = error instanceof Error ? error.message : String(error);
    return { config: resolveLintConfig({}), root: path.dirname(file), file, problems: [{ message: `cannot read the file: ${reason}`, line: 1, column: 1 }] };
  }
  // The JSON-with-comments parser loads only when there is a file to read.
  const { parseLintConfig } = await import('../core/lint/configFile');
  const { settings, problems } = parseLintConfig(text);
  return { config: resolveLintConfig(settings), root: path.dirname(file), file, problems };
}

/**
 * The nearest configuration at or above `folder`, up to the repository root or the home folder (see
 * isSearchBoundary), one read per folder however many notes ask.
 */
export class LintConfigFinder {
  private readonly byFolder = new Map<string, Promise<LoadedLintConfig | undefined>>();

  constructor(private readonly home?: string) {}

  find(folder: string): Promise<LoadedLintConfig | undefined> {
    const absolute = path.resolve(folder);
    let found = this.byFolder.get(absolute);
    if (!found) {
      found = loadLintConfigFile(path.join(absolute, configFileName)).then(async (loaded) => {
        if (loaded) return loaded;
        const parent = path.dirname(absolute);
        return parent === absolute || (await isSearchBoundary(absolute, this.home)) ? undefined : this.find(parent);
      });
      this.byFolder.set(absolute, found);
    }
    return found;
  }
}
