// Lint's results kept between runs of the CLI, as ruff and `eslint --cache` keep theirs: a note whose text, settings
// and quotes are what they were on the last run is not linted again. What is kept is what depends on the note alone
// (engine.ts: lintNoteAlone) — its own findings and its figures — so conflicting-figures, which compares every note
// with the others, still runs over the whole workspace on every run, and an edit to one note is seen by all.
//
// A kept result is used only when all of these are as they were:
//   - the lint server's script (its identity: the version, and the build of dist/lintContext.js);
//   - the note's path and text (SHA-256);
//   - its settings: the configuration that applies to it, the reference date, whether it has a quote source;
//   - the answer to every quote its lint asked for (asked again now, from the same source: the caller checks).
// Results cut short (a note past its time budget, a rule that failed) are never kept.
//
// One file per working folder, in a folder private to the user (privateCacheFolder.ts): a result read from it can
// pass a CI run, so no one else may write there. Anything wrong with the file — missing, unreadable, another
// format — is an empty cache, and the run writes a new one.

import { createHash } from 'node:crypto';
import { readFile, rename, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import type { Finding } from '../core/lint/finding';
import type { WireFigures } from '../core/lint/lintProtocol';
import type { TickerRef } from '../core/quotes/quote';
import { privateCacheFolder } from './privateCacheFolder';

/** A note's result as kept: what lintNoteAlone gave, and the quotes asked for it with their answers as JSON. */
export interface KeptLint extends WireFigures {
  readonly findings: readonly Finding[];
  readonly quotes: ReadonlyArray<readonly [TickerRef, string]>;
}

export interface LintResultCache {
  /** What an earlier run kept for this note (`settings`: what else its result depends on, as text). */
  find(file: string, text: string, settings: string): KeptLint | undefined;
  keep(file: string, text: string, settings: string, result: KeptLint): void;
  /** Writes what changed for the next run. Never rejects. */
  save(): Promise<void>;
}

interface Entry {
  readonly text: string;
  readonly settings: string;
  /** When it was kept (ms): the oldest go first past `keptNotes`. */
  readonly at: number;
  readonly result: KeptLint;
}

interface CacheFile {
  readonly format: number;
  readonly identity: string;
  readonly notes: Record<string, Entry>;
}

const format = 1;
/** Notes kept per working folder, beyond this run's: a workspace's worth, a few MB of JSON. */
const keptNotes = 20_000;

export const noResultCache: LintResultCache = { find: () => undefined, keep: () => undefined, save: async () => undefined };

/**
 * The cache of results made by this build of the lint server (`identity`; none: nothing is kept) for notes linted
 * from `cwd`. `folder`: where to keep it (MARKET_NOTES_CACHE_DIR), else a per-user folder of the OS temp directory.
 */
export async function openLintResultCache(identity: string | undefined, cwd: string, folder?: string): Promise<LintResultCache> {
  if (identity === undefined) return noResultCache;
  const private_ = await privateCacheFolder('lint-cache', folder);
  if (!private_) return noResultCache;
  const file = path.join(private_, `results-${sha256(path.resolve(cwd)).slice(0, 32)}.json`);
  const notes = await readEntries(file, identity);
  let changed = false;
  const now = Date.now();
  // Notes of one folder share their settings: each is hashed once.
  const settingsHashes = new Map<string, string>();
  const settingsHash = (settings: string) => {
    let hash = settingsHashes.get(settings);
    if (hash === undefined) settingsHashes.set(settings, (hash = sha256(settings)));
    return hash;
  };
  return {
    find(note, text, settings) {
      const entry = notes.get(note);
      // Found, it is not written again: a run that lints nothing writes nothing.
      return entry && entry.settings === settingsHash(settings) && entry.text === sha256(text) ? entry.result : undefined;
    },
    keep(note, text, settings, result) {
      notes.set(note, { text: sha256(text), settings: settingsHash(settings), at: now, result });
      changed = true;
    },
    async save() {
      if (!changed) return;
      const kept = [...notes].sort(([, a], [, b]) => b.at - a.at).slice(0, keptNotes);
      const temporary = `${file}.${process.pid}.tmp`;
      try {
        await writeFile(temporary, JSON.stringify({ format, identity, notes: Object.fromEntries(kept) } satisfies CacheFile), { mode: 0o600 });
        await rename(temporary, file); // whole or not at all, however many runs write at once
      } catch {
        // Not writable (a read-only temp folder, a full disk): the next run lints every note, as this one did.
      }
    },
  };
}

async function readEntries(file: string, identity: string): Promise<Map<string, Entry>> {
  try {
    const read = JSON.parse(await readFile(file, 'utf8')) as Partial<CacheFile>;
    if (read.format !== format || read.identity !== identity || typeof read.notes !== 'object' || read.notes === null) return new Map();
    return new Map(Object.entries(read.notes).filter(([, entry]) => isEntry(entry)));
  } catch {
    return new Map();
  }
}

/** Enough of an entry's shape that using it cannot throw (the file is ours, but a crash may have cut it short). */
function isEntry(entry: unknown): entry is Entry {
  const { text, settings, at, result } = (entry ?? {}) as Partial<Entry>;
  return (
    typeof text === 'string' &&
    typeof settings === 'string' &&
    typeof at === 'number' &&
    Array.isArray(result?.findings) &&
    Array.isArray(result.figures) &&
    Array.isArray(result.conflictsMutedOn) &&
    Array.isArray(result.quotes)
  );
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('base64url');
}
