// Inline switches, as in markdownlint: `<!-- market-notes-disable [rule…] -->` … `<!-- market-notes-enable [rule…] -->`,
// `<!-- market-notes-disable-line [rule…] -->` and `<!-- market-notes-disable-next-line [rule…] -->`. Rules are named
// by id or code; no rule means every rule. Comments inside fenced code are examples, not switches.

import type { RuleMeta } from './finding';
import type { NoteSource } from './noteSource';
import { ruleByIdOrCode } from './rules';

type Kind = 'disable' | 'enable' | 'disable-line' | 'disable-next-line';

interface Switch {
  readonly kind: Kind;
  /** 1-based line it applies from (or to, for the line kinds). */
  readonly line: number;
  /** Rule names, or undefined for all rules. */
  readonly rules: ReadonlySet<string> | undefined;
}

const comment = /<!--\s*market-notes-(disable-next-line|disable-line|disable|enable)((?:\s+[\w-]+)*)\s*-->/g;

export type DisabledTest = (rule: RuleMeta, line: number) => boolean;

export function readDisableComments(note: NoteSource): DisabledTest {
  const { text } = note;
  if (!text.includes('market-notes-')) return () => false;
  const inFence = (line: number) => note.blocks.fences.some((fence) => line > fence.startLine && line < fence.endLine);
  const switches: Switch[] = [];
  comment.lastIndex = 0;
  for (let match = comment.exec(text); match !== null; match = comment.exec(text)) {
    const line = note.lines.lineAt(match.index);
    if (inFence(line)) continue;
    const ids = match[2].trim().split(/\s+/).filter(Boolean);
    const names = ids.map((id) => ruleByIdOrCode(id)?.meta.name).filter((name): name is string => name !== undefined);
    // Naming only unknown rules switches nothing: a typo must not disable every rule.
    if (ids.length > 0 && names.length === 0) continue;
    const kind = match[1] as Kind;
    switches.push({ kind, line: line + 1 + (kind === 'disable-next-line' ? 1 : 0), rules: ids.length === 0 ? undefined : new Set(names) });
  }
  if (switches.length === 0) return () => false;
  return (rule, line) => {
    let disabled = false;
    for (const item of switches) {
      const applies = item.rules === undefined || item.rules.has(rule.name);
      if (!applies) continue;
      if (item.kind === 'disable-line' || item.kind === 'disable-next-line') {
        if (item.line === line) return true;
      } else if (item.line <= line) {
        disabled = item.kind === 'disable';
      }
    }
    return disabled;
  };
}
