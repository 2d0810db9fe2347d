// `lint --fix`: writing the fixed notes back. A note is written only when the file still holds, byte for byte as
// UTF-8, the text that was linted — never a file that is not UTF-8 text, never one edited meanwhile — and
// atomically: the new text goes to a temporary file beside it, which is then renamed over it, so a reader or a
// crash sees the old note or the new one, never half of each.

import { randomBytes } from 'node:crypto';
import { readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
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
    const problem = await unchangedProblem(absolute, originals.get(result.file));
    if (problem) {
      io.stderr(`not fixed: ${result.file}: ${problem}\n`);
      refused++;
      continue;
    }
    try {
      await writeAtomically(absolute, result.text);
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

/** Why the file on disk is not the text that was linted, or undefined when it is. */
async function unchangedProblem(file: string, linted: string | undefined): Promise<string | undefined> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    return `cannot read it again (${error instanceof Error ? error.message : String(error)})`;
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return 'not UTF-8 text; left as it is';
  }
  if (text.includes('\u0000')) return 'holds NUL bytes (not a text file); left as it is';
  if (linted === undefined || text !== linted) return 'changed on disk while it was linted; run again';
  return undefined;
}

async function writeAtomically(file: string, text: string): Promise<void> {
  const { mode } = await stat(file);
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, text, { encoding: 'utf8', mode, flag: 'wx' });
    await rename(temporary, file);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
}

function quoted(text: string): string {
  return JSON.stringify(text);
}
