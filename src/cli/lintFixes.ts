// `market-notes lint --fix`: the safe fixes applied in place, as `eslint --fix` does. Safe means the fix only brings
// the note in line with a fact the run checked (a price to its quote, an exchange prefix to the listing); a fix that
// would make the note claim something nobody checked (re-dating it) is never applied here. A note is not written
// when lint could not read it fully (a rule failed on it) or when its bytes were not valid UTF-8.

import { writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { applyEdits, fixAll } from '../core/lint/fixes';
import { internalErrorRule, type Finding } from '../core/lint/finding';
import { NoteSource } from '../core/lint/noteSource';
import type { QuoteLookup } from '../core/lint/quoteLookup';
import type { FileFindings } from '../core/lint/report';
import type { LoadedLintConfig } from '../node/lintConfigFiles';
import type { CliIo } from './io';

/** Rules whose first fix is safe to apply unattended. */
export const safeFixRules: ReadonlySet<string> = new Set(['exchange-mismatch', 'price-drift', 'stale-quote-table']);

interface LintedNote {
  readonly file: string;
  note: NoteSource;
  readonly config: LoadedLintConfig | undefined;
  readonly quotes: QuoteLookup | undefined;
}

type Relint = (file: string, note: NoteSource, config: LoadedLintConfig | undefined, quotes: QuoteLookup | undefined) => Promise<Finding[]>;

export async function applySafeFixes(results: FileFindings[], notes: LintedNote[], io: CliIo, relint: Relint): Promise<FileFindings[]> {
  const fixed: FileFindings[] = [];
  for (const [index, result] of results.entries()) {
    const entry = notes[index];
    const safe = result.findings.filter((finding) => safeFixRules.has(finding.ruleId) && finding.fixes);
    if (safe.length === 0) {
      fixed.push(result);
      continue;
    }
    if (result.findings.some((finding) => finding.ruleId === internalErrorRule.name) || entry.note.text.includes('\uFFFD')) {
      io.stderr(`not fixed: ${entry.file} (it could not be read fully; fix it by hand)\n`);
      fixed.push(result);
      continue;
    }
    const edits = fixAll(safe);
    const applied = safe.filter((finding) => finding.fixes![0].edits.every((edit) => edits.some((taken) => taken.offset === edit.offset && taken.length === edit.length && taken.newText === edit.newText)));
    const text = applyEdits(entry.note.text, edits);
    await writeFile(path.resolve(io.cwd, entry.file), text, 'utf8');
    for (const finding of applied) io.stderr(`fixed ${entry.file}:${finding.line}:${finding.column} ${finding.ruleId}: ${finding.fixes![0].title}\n`);
    entry.note = new NoteSource(text);
    fixed.push({ file: entry.file, findings: await relint(entry.file, entry.note, entry.config, entry.quotes) });
  }
  return fixed;
}
