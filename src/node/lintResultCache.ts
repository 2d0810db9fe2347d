// Lint's results kept between runs of the CLI, as ruff and `eslint --cache` keep theirs: a note whose text, settings
// and quotes are what they were on the last run is not linted again. What is kept is what depends on the note alone
// (engine.ts: lintNoteAlone) — its own findings and its figures — so conflicting-figures, which compares every note
// with the others, still runs over the whole workspace on every run, and an edit to one note is seen by all.
//
// A kept result is used only when all of these are as they were:
//   - the lint server's script (its identity: the version, and the build of dist/lintContext.js);
//   - the note's path and text: the text's SHA-256, or — so that an unchanged workspace is not even read — the
//     file's size, times and inode, as git's index and `eslint --cache` trust them. Metadata is trusted only when
//     the file had not been written for two seconds when it was stamped (git's "racy" entries): a write just after
//     the stamp, in the same tick of a coarse file-system clock, could leave all of it as it was. Otherwise the
//     text is read and its hash compared;
//   - its settings: the configuration that applies to it, the reference date, whether it has a quote source;
//   - the answer to every quote its lint asked for (asked again now, from the same source: the caller checks).
// Results cut short (a note past its time budget, a rule that failed) are never kept.
//
// One file per working folder, in a folder private to the user (privateCacheFolder.ts): a result read from it can
// pass a CI run, so no one else may write there. Anything wrong with the file — missing, unreadable, another
// format — is an empty cache, and the run writes a new one.

import { readFileSync } from 'node:fs';
import { rename, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import type { Finding } from '../core/lint/finding';
import { contentKey } from '../core/preview/contentKey';
import type { WireFigures } from '../core/lint/lintProtocol';
import type { TickerRef } from '../core/tickers/tickerRef';
import { privateCacheFolder } from './privateCacheFolder';

/** A note's result as kept: what lintNoteAlone gave, and the quotes asked for it with their answers as JSON. */
export interface KeptLint extends WireFigures {
  readonly findings: readonly Finding[];
  readonly quotes: ReadonlyArray<readonly [TickerRef, string]>;
}

/** What the file system says of a note file: if all of it is as it was, so is the text (see above). */
export interface FileStamp {
  readonly size: number;
  readonly mtimeMs: number;
  readonly ctimeMs: number;
  readonly ino: number;
}

/** A note as the cache sees it: its file's stamp, taken before the text is read, and the text, read on demand. */
export interface NoteFileState {
  readonly stamp: FileStamp | undefined;
  /** When the stamp was taken (ms, the system clock). */
  readonly stampedAt: number;
  text(): string;
}

export interface LintResultCache {
  /** What an earlier run kept for this note (`settings`: what else its result depends on, as text). */
  find(file: string, note: NoteFileState, settings: string): Promise<KeptLint | undefined>;
  keep(file: string, note: NoteFileState, settings: string, result: KeptLint): Promise<void>;
  /** Writes what changed for the next run. Never rejects. */
  save(): Promise<void>;
}

interface Entry {
  /** SHA-256 of the text, base64url. */
  readonly text: string;
  readonly stamp: FileStamp | undefined;
  /** Its index in the file's `settings`. */
  readonly settings: number;
  /** When its stamp was taken (ms): the oldest go first past `keptNotes`; the stamp is trusted only if older by `racyMs`. */
  readonly at: number;
  readonly result: KeptLint;
}

interface CacheFile {
  readonly format: number;
  readonly identity: string;
  /** Every distinct settings text, once (a folder's notes share one). */
  readonly settings: readonly string[];
  readonly notes: Record<string, Entry>;
}

const format = 2;
/** Notes kept per working folder, beyond this run's: a workspace's worth, a few MB of JSON. */
const keptNotes = 20_000;
/** A stamp this close to the moment it was taken may hide a later write in the same tick: read the text. */
const racyMs = 2_000;

export const noResultCache: LintResultCache = { find: async () => undefined, keep: async () => undefined, save: async () => undefined };

/**
 * The cache of results made by this build of the lint server (`identity`) for notes linted from `cwd`. `folder`:
 * where to keep it (MARKET_NOTES_CACHE_DIR), else a per-user folder of the OS temp directory.
 */
export async function openLintResultCache(identity: string, cwd: string, folder?: string): Promise<LintResultCache> {
  const private_ = await privateCacheFolder('lint-cache', folder);
  if (!private_) return noResultCache;
  let hash: ((text: string) => string) | undefined;
  const sha256 = async (text: string) => (hash ??= await hasher())(text);
  // One file per working folder, so a run reads only its own; entries are named by absolute path, so two folders
  // whose names share this file's name (a 64-bit hash) cannot mix.
  const file = path.join(private_, `results-${contentKey(path.resolve(cwd))}.json`);
  const { settings, notes } = readCacheFile(file, identity);
  const settingsIndex = new Map(settings.map((text, at) => [text, at]));
  let changed = false;
  return {
    async find(note, state, settingsText) {
      const entry = notes.get(path.resolve(cwd, note));
      if (!entry || settings[entry.settings] !== settingsText) return undefined;
      if (entry.stamp && state.stamp && sameStamp(entry.stamp, state.stamp) && !racy(entry.stamp, entry.at)) return entry.result;
      if (entry.text !== (await sha256(state.text()))) return undefined;
      // The same text under another stamp (touched, checked out again), or a stamp that was too fresh to trust: the
      // entry takes today's stamp, so the next run can trust it without reading the note.
      if (state.stamp && (!entry.stamp || !sameStamp(entry.stamp, state.stamp) || !racy(state.stamp, state.stampedAt))) {
        notes.set(path.resolve(cwd, note), { ...entry, stamp: state.stamp, at: state.stampedAt });
        changed = true;
      }
      return entry.result;
    },
    async keep(note, state, settingsText, result) {
      let at = settingsIndex.get(settingsText);
      if (at === undefined) settingsIndex.set(settingsText, (at = settings.push(settingsText) - 1));
      notes.set(path.resolve(cwd, note), { text: await sha256(state.text()), stamp: state.stamp, settings: at, at: state.stampedAt, result });
      changed = true;
    },
    async save() {
      if (!changed) return;
      const kept = [...notes].sort(([, a], [, b]) => b.at - a.at).slice(0, keptNotes);
      // Only the settings the kept notes use.
      const used = [...new Set(kept.map(([, entry]) => entry.settings))];
      const renumbered = new Map(used.map((old, now) => [old, now]));
      const written: CacheFile = {
        format,
        identity,
        settings: used.map((old) => settings[old]),
        notes: Object.fromEntries(kept.map(([note, entry]) => [note, { ...entry, settings: renumbered.get(entry.settings)! }])),
      };
      const temporary = `${file}.${process.pid}.tmp`;
      try {
        await writeFile(temporary, JSON.stringify(written), { mode: 0o600 });
        await rename(temporary, file); // whole or not at all, however many runs write at once
      } catch {
        // Not writable (a read-only temp folder, a full disk): the next run lints every note, as this one did.
      }
    },
  };
}

function readCacheFile(file: string, identity: string): { settings: string[]; notes: Map<string, Entry> } {
  try {
    const read = JSON.parse(readFileSync(file, 'utf8')) as Partial<CacheFile>;
    if (read.format === format && read.identity === identity && Array.isArray(read.settings) && typeof read.notes === 'object' && read.notes !== null) {
      const settings = read.settings.map(String);
      return { settings, notes: new Map(Object.entries(read.notes).filter(([, entry]) => isEntry(entry, settings.length))) };
    }
  } catch {
    // Missing, unreadable or cut short: an empty cache.
  }
  return { settings: [], notes: new Map() };
}

/** Enough of an entry's shape that using it cannot throw (the file is ours, but a crash may have cut it short). */
function isEntry(entry: unknown, settingsCount: number): entry is Entry {
  const { text, stamp, settings, at, result } = (entry ?? {}) as Partial<Entry>;
  return (
    typeof text === 'string' &&
    (stamp === undefined || (typeof stamp === 'object' && stamp !== null)) &&
    Number.isInteger(settings) &&
    settings! >= 0 &&
    settings! < settingsCount &&
    typeof at === 'number' &&
    Array.isArray(result?.findings) &&
    Array.isArray(result.figures) &&
    Array.isArray(result.conflictsMutedOn) &&
    Array.isArray(result.quotes)
  );
}

/** Written within `racyMs` of `at`: a later write in the same tick of the file system's clock could hide behind it. */
function racy(stamp: FileStamp, at: number): boolean {
  return stamp.mtimeMs >= at - racyMs || stamp.ctimeMs >= at - racyMs;
}

function sameStamp(a: FileStamp, b: FileStamp): boolean {
  return a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs && a.ino === b.ino;
}

/** SHA-256, base64url. node:crypto loads on first use only: a run whose notes are all unchanged never needs it. */
async function hasher(): Promise<(text: string) => string> {
  const { createHash } = await import('node:crypto');
  return (text) => createHash('sha256').update(text).digest('base64url');
}
