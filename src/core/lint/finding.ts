// What lint reports: one shape for the editor's diagnostics, the CLI's text, JSON and SARIF. Every finding carries
// its exact range both ways (offsets for edits, 1-based line/column for people and CI) and, where one exists,
// fixes as plain text edits that the editor turns into one undoable WorkspaceEdit each.

export type Severity = 'error' | 'warning' | 'info';

/** Replace `length` characters at `offset` (0-based, UTF-16) with `newText`. */
export interface TextEdit {
  readonly offset: number;
  readonly length: number;
  readonly newText: string;
}

export interface Fix {
  readonly title: string;
  /** Non-overlapping edits, applied together as one change. */
  readonly edits: readonly TextEdit[];
  /**
   * Needs no choice from the writer: everything it writes comes from the quotes, and every figure it changes ends
   * up dated by the quotes' day. `market-notes lint --fix` applies only these; a fix that vouches for text nobody
   * checked ("Mark as reviewed today") or guesses at a typo (a future date) is offered in the editor only.
   */
  readonly safe?: boolean;
}

/** The other end of a finding (conflicting-figures: where the other value is stated). */
export interface RelatedInformation {
  readonly file: string;
  /** 1-based */
  readonly line: number;
  readonly column: number;
  readonly endLine?: number;
  readonly endColumn?: number;
  readonly message: string;
}

/** A span of a note, both ways: offsets for edits, 1-based line/column for people and CI. */
export interface NoteRange {
  /** 0-based offset and UTF-16 length of the range in the note. */
  readonly offset: number;
  readonly length: number;
  /** 1-based start; the end is exclusive (the column after the last character), as in VS Code and SARIF. */
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

export interface Finding extends NoteRange {
  /** The rule's name, `stale-as-of`: the id used in JSON, SARIF, settings and disable comments. */
  readonly ruleId: string;
  /** The rule's code, `MN001`: accepted wherever a rule id is. */
  readonly ruleCode: string;
  readonly severity: Severity;
  readonly message: string;
  /** Repository-relative page that explains the rule: `docs/rules/stale-as-of.md`. */
  readonly docs: string;
  readonly fixes?: readonly Fix[];
  readonly related?: readonly RelatedInformation[];
}

/** What a rule says about itself. */
export interface RuleMeta {
  /** `MN001` */
  readonly code: string;
  /** `stale-as-of` */
  readonly name: string;
  /** One line, for listings and SARIF. */
  readonly description: string;
  readonly defaultSeverity: Severity;
  /** Needs quotes: skipped when lint has no quote source. */
  readonly usesQuotes?: boolean;
}

export function docsPath(ruleName: string): string {
  return `docs/rules/${ruleName}.md`;
}

/** What a rule reported, as a finding of that rule at `severity`, placed at `position`. */
export function findingOf(
  meta: RuleMeta,
  severity: Severity,
  report: { readonly offset: number; readonly length: number; readonly message: string; readonly fixes?: readonly Fix[]; readonly related?: readonly RelatedInformation[] },
  position: Pick<NoteRange, 'line' | 'column' | 'endLine' | 'endColumn'>,
): Finding {
  return {
    ruleId: meta.name,
    ruleCode: meta.code,
    severity,
    message: report.message,
    offset: report.offset,
    length: report.length,
    line: position.line,
    column: position.column,
    endLine: position.endLine,
    endColumn: position.endColumn,
    docs: docsPath(meta.name),
    ...(report.fixes && report.fixes.length > 0 ? { fixes: report.fixes } : {}),
    ...(report.related && report.related.length > 0 ? { related: report.related } : {}),
  };
}

/** The id reported when a rule throws: its failure becomes a finding, never a crash. */
export const internalErrorRule: RuleMeta = {
  code: 'MN000',
  name: 'internal-error',
  description: 'A lint rule failed on this note (a bug in Market Notes, not in the note)',
  defaultSeverity: 'error',
};

const severityRank: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

export function compareFindings(a: Finding, b: Finding): number {
  return a.offset - b.offset || a.length - b.length || severityRank[a.severity] - severityRank[b.severity] || a.ruleCode.localeCompare(b.ruleCode);
}
