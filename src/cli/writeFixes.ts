// `lint --fix`: writing the fixed notes back, in the encoding each was read in (src/core/fileText.ts). A note is
// written only when the file still holds the text that was linted — never a file with bytes its encoding cannot
// hold (writing the text back would lose them), never one edited meanwhile — and atomically: the new text goes to a temporary file beside it, which is then renamed over it, so a reader or a
// crash sees the old note or the new one, never half of each.

import { randomBytes } from 'node:crypto';
import { readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { decodeFileText, encodeFileText, type TextEncodingName } from '../core/fileText';
import type { LintedNote } from './lintNotes';
import type { CliIo } from './io';

export interface FixOutcome {
  readonly written: number;
  readonly fixes: number;
  readonly refused: number;
}

export async function writeFixedNotes(results: readonly LintedNote[], originals: ReadonlyMap<string, string>, io: CliIo): Promise<FixOutcome> {
  let written = 0;
  let fixes = 0;
  let refused = 0;
  for (const result of results) {
    if (result.notFixed) {
      io.stderr(`not fixed: ${result.file}: ${result.notFixed}\n`);
      refused++;
      continue;
    }
    if (result.changes.length === 0 || result.text === undefined) continue;
    const absolute = path.resolve(io.cwd, result.file);
    const onDisk = await unchangedOnDisk(absolute, originals.get(result.file));
    if (typeof onDisk === 'string') {
      io.stderr(`not fixed: ${result.file}: ${onDisk}\n`);
      refused++;
      continue;
    }
    try {
      await writeAtomically(absolute, encodeFileText(result.text, onDisk.encoding));
    } catch (error) {
      io.stderr(`not fixed: ${result.file}: cannot write it (${error instanceof Error ? error.message : String(error)})\n`);
      refused++;
      continue;
    }
    for (const change of result.changes) {
      io.stderr(`fixed ${result.file}:${change.line}:${change.column} ${change.ruleId}: ${quoted(change.before)} → ${quoted(change.after)}\n`);
    }
    written++;
    fixes += result.changes.length;
  }
  return { written, fixes, refused };
}

/** The encoding of the file on disk when it still holds the text that was linted; else why it is not written. */
async function unchangedOnDisk(file: string, linted: string | undefined): Promise<{ encoding: TextEncodingName } | string> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    return `cannot read it again (${error instanceof Error ? error.message : String(error)})`;
  }
  const note = decodeFileText(bytes);
  if (note.kind === 'binary') return `${note.reason}; left as it is`;
  // Written back, the bytes read as U+FFFD would be lost.
  if (note.lossy) return `not ${note.encoding.startsWith('utf-8') ? 'UTF-8' : 'UTF-16'} text; left as it is`;
  if (note.text.includes('\u0000')) return 'holds NUL bytes (not a text file); left as it is';
  if (linted === undefined || note.text !== linted) return 'changed on disk while it was linted; run again';
  return { encoding: note.encoding };
}

async function writeAtomically(file: string, bytes: Uint8Array): Promise<void> {
  const { mode } = await stat(file);
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, bytes, { mode, flag: 'wx' });
    await rename(temporary, file);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
}

function quoted(text: string): string {
  return JSON.stringify(text);
}
