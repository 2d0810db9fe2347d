// Turning the paths on a command line into note files: files as given, folders searched for Markdown.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import * as path from 'node:path';
import { decodeFileText } from '../core/fileText';
import type { FileStamp, NoteFileState } from '../node/lintResultCache';
import { FileTooLargeError, notRegularFile, readRegularFileSync, refuseUnlessRegular } from '../node/regularFiles';
import { UsageError } from './io';

const markdownExtension = /\.(?:md|markdown|mdx)$/i;
const skippedFolders = new Set(['node_modules', '.git']);

/** Expands folders to the Markdown files below them; files are kept as given. Throws UsageError for a missing path. */
export async function expandNotePaths(paths: readonly string[], cwd: string): Promise<string[]> {
  const files: string[] = [];
  for (const given of paths) {
    const absolute = path.resolve(cwd, given);
    let info;
    try {
      info = await stat(absolute);
    } catch (error) {
      throw new UsageError(`cannot read ${given}: ${describeFsError(error)}`);
    }
    if (info.isDirectory()) {
      for (const found of await markdownBelow(absolute)) files.push(path.join(given, path.relative(absolute, found)));
    } else {
      if (!info.isFile()) throw new UsageError(`cannot read ${given}: ${notRegularFile}`);
      files.push(given);
    }
  }
  return files;
}

/**
 * A note file: its stamp now, its text when first asked (lint does not read a note whose result it kept and whose
 * file is as it was then). Throws UsageError when the file cannot be read.
 */
export function openNote(file: string, cwd: string): NoteFileState {
  const absolute = path.resolve(cwd, file);
  const stampedAt = Date.now();
  let stamp: FileStamp;
  try {
    const info = statSync(absolute);
    refuseUnlessRegular(info);
    stamp = { size: info.size, mtimeMs: info.mtimeMs, ctimeMs: info.ctimeMs, ino: info.ino };
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${describeFsError(error)}`);
  }
  let text: string | undefined;
  return {
    stamp,
    stampedAt,
    // Its stamp already found a regular file: no second stat before the read.
    text: () => (text ??= readNoteNow(file, absolute, (at) => readFileSync(at))),
  };
}

/** A note's text, for the commands that read every note they are given (tickers, render). */
export async function readNote(file: string, cwd: string): Promise<string> {
  return readNoteNow(file, path.resolve(cwd, file), readRegularFileSync);
}

/** A note past maxFileBytes: not read. `tickers` goes on with the other notes; `render` stops. */
export class NoteTooLargeError extends UsageError {
  constructor(file: string, cause: FileTooLargeError) {
    super(`cannot read ${file}: ${cause.message}`);
  }
}

/** A file with a note's name that is not text: not read. `tickers` and `lint` go on with the other notes; `render` stops. */
export class NoteNotTextError extends UsageError {
  constructor(
    file: string,
    readonly reason: string,
  ) {
    super(`cannot read ${file}: ${reason}`);
  }
}

function readNoteNow(file: string, absolute: string, read: (absolute: string) => Uint8Array): string {
  let bytes: Uint8Array;
  try {
    // Read at once: a note is small, and fs/promises costs this thread more per file (a handle, a stat, a read, a
    // close, each a promise) than reading it: in a profile of 524 notes, about 75 ms of it that way against 15.
    bytes = read(absolute);
  } catch (error) {
    if (error instanceof FileTooLargeError) throw new NoteTooLargeError(file, error);
    throw new UsageError(`cannot read ${file}: ${describeFsError(error)}`);
  }
  const note = decodeFileText(bytes);
  if (note.kind === 'binary') throw new NoteNotTextError(file, note.reason);
  return note.text;
}

/**
 * The Markdown files below `folder`, sorted, never looking inside node_modules or .git; symbolic links are not
 * followed. Read at once: a walk through fs/promises costs this thread a promise per entry.
 */
async function markdownBelow(folder: string): Promise<string[]> {
  const files: string[] = [];
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (!skippedFolders.has(entry.name)) walk(path.join(at, entry.name));
      } else if (entry.isFile() && markdownExtension.test(entry.name)) {
        files.push(path.join(at, entry.name));
      }
    }
  };
  walk(folder);
  return files.sort();
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
