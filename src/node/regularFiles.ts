// Reading the files a workspace supplies — notes, `.market-notes.json`, snapshot quotes and histories — only when
// they are regular files. A repository can commit a symbolic link named quotes.csv or evil.md that points at
// /dev/zero, and a folder can hold a named pipe: reading either never ends, or ends when memory does.

import { readFileSync, statSync, type Stats } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { decodeFileText } from '../core/fileText';
import { fileTooLargeReason, maxFileBytes } from '../core/lint/lintBudget';

/** Why such a file is not read, as messages say it. */
export const notRegularFile = 'not a regular file (a device, a pipe or a socket)';

export class NotRegularFileError extends Error {
  constructor() {
    super(notRegularFile);
  }
}

/** Throws NotRegularFileError unless the stat (of the file a link leads to) is a regular file's. */
export function refuseUnlessRegular(info: Stats): void {
  if (!info.isFile()) throw new NotRegularFileError();
}

/** A regular file past maxFileBytes: not read. */
export class FileTooLargeError extends Error {
  constructor(readonly bytes: number) {
    super(fileTooLargeReason(bytes));
  }
}

/** Throws unless the stat is a regular file's (NotRegularFileError) of at most maxFileBytes (FileTooLargeError). */
function refuseUnlessReadable(info: Stats): void {
  refuseUnlessRegular(info);
  if (info.size > maxFileBytes) throw new FileTooLargeError(info.size);
}

/**
 * The file's text (UTF-8, or UTF-16 with a byte-order mark), read only if it is a regular file (a symbolic link to
 * one is followed) of at most maxFileBytes. A file that is not text throws, with why.
 */
export async function readRegularTextFile(file: string): Promise<string> {
  refuseUnlessReadable(await stat(file));
  const text = decodeFileText(await readFile(file));
  if (text.kind === 'binary') throw new Error(text.reason);
  return text.text;
}

/** The file's bytes, read only if it is a regular file of at most maxFileBytes (a note: decoded by its mark). */
export function readRegularFileSync(file: string): Uint8Array {
  refuseUnlessReadable(statSync(file));
  return readFileSync(file);
}
