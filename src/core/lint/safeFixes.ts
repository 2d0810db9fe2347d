// `lint --fix`: one pass of the safe fixes (Fix.safe: they need no choice from the writer) over a note's text,
// and what each changed, said the way a reader finds it (line, column, rule, the words before → after).
// The caller lints again and repeats while a pass changes something: a fix left out because it overlapped one
// already taken is offered again on the new text.

import { LineIndex } from '../tickers/lineIndex';
import type { Finding, TextEdit } from './finding';
import { applyEdits } from './fixes';
import { overlaps, sameEdit, TakenEdits } from './takenEdits';

export interface FixedChange {
  readonly ruleId: string;
  /** 1-based position of `before` in the text the pass started from. */
  readonly line: number;
  readonly column: number;
  readonly before: string;
  readonly after: string;
}

export interface SafeFixPass {
  readonly text: string;
  readonly changes: readonly FixedChange[];
}

/**
 * Edits of one fix within one word are shown as one change: "256.44" → "261.10 (as of …)", and "70.10p" → "74.18p (as
 * of …)", where the unit stands between the new figure and its stamp.
 */
const joinGap = 4;

export function applySafeFixes(text: string, findings: readonly Finding[]): SafeFixPass {
  const taken = new TakenEdits();
  const shown: Array<{ ruleId: string; edits: readonly TextEdit[] }> = [];
  for (const finding of findings) {
    const fix = finding.fixes?.find((candidate) => candidate.safe);
    if (!fix) continue;
    // A fix that shares an edit with one taken is another route to the same change (price-drift on a row that the
    // table's refresh updates): its other edits would say it twice. The next pass lints again and sees.
    if (fix.edits.some((edit) => taken.near(edit).some((other) => sameEdit(edit, other) || overlaps(edit, other) || touches(edit, other)))) continue;
    for (const edit of fix.edits) taken.add(edit);
    shown.push({ ruleId: finding.ruleId, edits: fix.edits });
  }
  if (taken.size === 0) return { text, changes: [] };
  const lines = new LineIndex(text);
  const changes = shown.flatMap(({ ruleId, edits }) => groupsOf(text, lines, edits).map((group) => describe(text, lines, ruleId, group)));
  changes.sort((a, b) => a.line - b.line || a.column - b.column);
  return { text: applyEdits(text, taken.all()), changes };
}

/** A fix's edits, sorted, in runs that sit close together in one word. */
function groupsOf(text: string, lines: LineIndex, edits: readonly TextEdit[]): TextEdit[][] {
  const sorted = [...edits].sort((a, b) => a.offset - b.offset);
  const groups: TextEdit[][] = [];
  for (const edit of sorted) {
    const group = groups.at(-1);
    const last = group?.at(-1);
    const end = last ? last.offset + last.length : 0;
    if (group && last && edit.offset - end <= joinGap && !/\s/.test(text.slice(end, edit.offset)) && lines.lineAt(edit.offset) === lines.lineAt(end)) group.push(edit);
    else groups.push([edit]);
  }
  return groups;
}

function describe(text: string, lines: LineIndex, ruleId: string, group: readonly TextEdit[]): FixedChange {
  let start = group[0].offset;
  const last = group[group.length - 1];
  const end = last.offset + last.length;
  // An insertion alone shows the word it follows, so "before" is never empty.
  if (start === end) while (start > 0 && !/\s/.test(text[start - 1])) start--;
  const before = text.slice(start, end);
  const after = applyEdits(before, group.map((edit) => ({ ...edit, offset: edit.offset - start })));
  const position = lines.position(start);
  return { ruleId, line: position.line, column: position.column, before, after };
}

/** An insertion at either end of a replaced span: two fixes writing the same spot. */
function touches(a: TextEdit, b: TextEdit): boolean {
  const atEnd = (insert: TextEdit, span: TextEdit) => insert.length === 0 && (insert.offset === span.offset || insert.offset === span.offset + span.length);
  return atEnd(a, b) || atEnd(b, a);
}
