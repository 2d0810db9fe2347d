// conflicting-figures measured on the wire fixtures (test/unit/lint/wire): every note of the week linted against a
// workspace index of all of them, each finding's line checked against the `<!-- expect: conflicting-figures -->`
// markers. Shared by claims.test.ts (which asserts the goals) and bench/lint.ts (which prints the figures).
import { readdirSync, readFileSync } from 'node:fs';
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

export async function scoreWireFixtures(wire: string, today: string): Promise<WireScore> {
  const files = readdirSync(wire).filter((file) => file.endsWith('.md'));
  const notes = Object.fromEntries(files.map((file) => [file, readFileSync(join(wire, file), 'utf8')]));
  const results = await lintTogether(notes, today);
  const expected = new Set<string>();
  for (const [file, text] of Object.entries(notes)) {
    text.split('\n').forEach((line, at) => {
      if (/<!--\s*expect:\s*conflicting-figures\s*-->/.test(line)) expected.add(`${file}:${at + 1}`);
    });
  }
  const found = new Set(Object.entries(results).flatMap(([file, findings]) => findings.map((finding) => `${file}:${finding.line}`)));
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
