// conflicting-figures measured on the wire fixtures (test/unit/lint/wire): every note of the week linted against a
// workspace index of all of them, each finding's line checked against the `<!-- expect: conflicting-figures -->`
// markers. Shared by claims.test.ts (which asserts the goals) and bench/lint.ts (which prints the figures).
// The phrasing sets (test/unit/lint/phrasing) are scored the same way, each folder its own workspace.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { lintNote, NoteSource, resolveLintConfig, WorkspaceFigureIndex, type Finding } from '../../../src/core/lint';

export interface WireScore {
  readonly expected: number;
  readonly found: number;
  readonly truePositives: number;
  readonly recall: number;
  readonly precision: number;
  readonly missed: readonly string[];
  readonly extra: readonly string[];
}

export async function lintTogether(notes: Record<string, string>, today: string, config = resolveLintConfig()): Promise<Record<string, Finding[]>> {
  const index = new WorkspaceFigureIndex();
  const sources = Object.entries(notes).map(([file, text]) => [file, new NoteSource(text)] as const);
  for (const [file, note] of sources) index.update(file, note.text, note);
  const results: Record<string, Finding[]> = {};
  for (const [file, note] of sources) results[file] = await lintNote(note.text, { file, note, today, figureIndex: index, only: ['conflicting-figures'], config });
  return results;
}

/**
 * Notes of one sentence each, under the stamp line "As of <stamp>.", linted together: each note's conflicts, in the
 * order the notes are given (the claim tests set two notes' sentences side by side so).
 */
export async function conflictsOfSentences(sentences: Record<string, string>, stamp: string, today: string): Promise<Finding[][]> {
  const found = await lintTogether(Object.fromEntries(Object.entries(sentences).map(([file, sentence]) => [file, `As of ${stamp}.\n\n${sentence}\n`])), today);
  return Object.keys(sentences).map((file) => found[file]);
}

export async function scoreWireFixtures(wire: string, today: string): Promise<WireScore> {
  const { expected, found } = await markedAndFound(wire, today, '');
  return score(expected, found);
}

/** Every folder under `root` linted as its own workspace; lines named "folder/file:line". */
export async function scoreNoteSets(root: string, today: string): Promise<WireScore> {
  const expected = new Set<string>();
  const found = new Set<string>();
  for (const folder of readdirSync(root).sort()) {
    if (!statSync(join(root, folder)).isDirectory()) continue;
    const set = await markedAndFound(join(root, folder), today, `${folder}/`);
    set.expected.forEach((line) => expected.add(line));
    set.found.forEach((line) => found.add(line));
  }
  return score(expected, found);
}

async function markedAndFound(folder: string, today: string, prefix: string): Promise<{ expected: Set<string>; found: Set<string> }> {
  const files = readdirSync(folder).filter((file) => file.endsWith('.md'));
  const notes = Object.fromEntries(files.map((file) => [file, readFileSync(join(folder, file), 'utf8')]));
  const results = await lintTogether(notes, today);
  const expected = new Set<string>();
  for (const [file, text] of Object.entries(notes)) {
    text.split('\n').forEach((line, at) => {
      if (/<!--\s*expect:\s*conflicting-figures\s*-->/.test(line)) expected.add(`${prefix}${file}:${at + 1}`);
    });
  }
  const found = new Set(Object.entries(results).flatMap(([file, findings]) => findings.map((finding) => `${prefix}${file}:${finding.line}`)));
  return { expected, found };
}

function score(expected: Set<string>, found: Set<string>): WireScore {
  const truePositives = [...found].filter((line) => expected.has(line)).length;
  return {
    expected: expected.size,
    found: found.size,
    truePositives,
    recall: expected.size === 0 ? 0 : truePositives / expected.size,
    precision: found.size === 0 ? 0 : truePositives / found.size,
    missed: [...expected].filter((line) => !found.has(line)),
    extra: [...found].filter((line) => !expected.has(line)),
  };
}
