// Findings as the CLI prints them: text for people, JSON for scripts (the contract in PRODUCT.md), SARIF 2.1.0
// for code-scanning uploads. Pure: the CLI passes paths as it names them and the folder they are relative to.

import type * as Sarif from 'sarif';
import type { Finding, Severity } from './finding';
import { internalErrorRule } from './finding';
import { ruleMetas } from './ruleCatalog';

export interface FileFindings {
  /** The path as given on the command line (relative to the working folder, `/`-separated in SARIF). */
  readonly file: string;
  readonly findings: readonly Finding[];
}

export interface JsonFinding {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  ruleId: string;
  severity: Severity;
  message: string;
}

export function toJsonRecords(results: readonly FileFindings[]): JsonFinding[] {
  return results.flatMap(({ file, findings }) =>
    findings.map((finding) => ({
      file,
      line: finding.line,
      column: finding.column,
      endLine: finding.endLine,
      endColumn: finding.endColumn,
      ruleId: finding.ruleId,
      severity: finding.severity,
      message: finding.message,
    })),
  );
}

/** `file:line:column  severity  rule-id  message`, one a line. */
export function formatText(results: readonly FileFindings[]): string {
  return results
    .flatMap(({ file, findings }) => findings.map((finding) => `${file}:${finding.line}:${finding.column}  ${finding.severity}  ${finding.ruleId}  ${finding.message}\n`))
    .join('');
}

const sarifLevel: Readonly<Record<Severity, Sarif.Result.level>> = { error: 'error', warning: 'warning', info: 'note' };

export interface SarifTool {
  readonly version: string;
  /** The folder paths are relative to, as a `file://` URI ending in `/`: becomes the SRCROOT base. */
  readonly rootUri?: string;
  /** Where the rule pages live, as an absolute URI ending in `/` (rule help links are `<base>docs/rules/<id>.md`). */
  readonly docsBaseUri?: string;
  /** What the run could not do (quote checks skipped): SARIF toolExecutionNotifications. */
  readonly notifications?: ReadonlyArray<{ readonly level: 'warning' | 'error' | 'note'; readonly message: string }>;
}

export function toSarif(results: readonly FileFindings[], tool: SarifTool): Sarif.Log {
  const rules = [...ruleMetas, internalErrorRule];
  const ruleIndex = new Map(rules.map((meta, index) => [meta.name, index]));
  const location = (file: string, region: Sarif.Region): Sarif.Location => ({
    physicalLocation: {
      artifactLocation: { uri: encodeURI(file.replace(/\\/g, '/')), ...(tool.rootUri ? { uriBaseId: 'SRCROOT' } : {}) },
      region,
    },
  });
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'market-notes',
            version: tool.version,
            rules: rules.map((meta) => ({
              id: meta.name,
              name: pascalCase(meta.name),
              shortDescription: { text: meta.description },
              defaultConfiguration: { level: sarifLevel[meta.defaultSeverity] },
              ...(tool.docsBaseUri ? { helpUri: `${tool.docsBaseUri}docs/rules/${meta.name}.md` } : {}),
              help: { text: `${meta.description}. See docs/rules/${meta.name}.md.` },
              properties: { code: meta.code, tags: ['market-notes'] },
            })),
          },
        },
        ...(tool.rootUri ? { originalUriBaseIds: { SRCROOT: { uri: tool.rootUri } } } : {}),
        ...(tool.notifications && tool.notifications.length > 0
          ? {
              invocations: [
                {
                  executionSuccessful: true,
                  toolExecutionNotifications: tool.notifications.map((notification) => ({ level: notification.level, message: { text: notification.message } })),
                },
              ],
            }
          : {}),
        results: results.flatMap(({ file, findings }) =>
          findings.map((finding): Sarif.Result => {
            const result: Sarif.Result = {
              ruleId: finding.ruleId,
              level: sarifLevel[finding.severity],
              message: { text: finding.message },
              locations: [location(file, region(finding))],
            };
            const index = ruleIndex.get(finding.ruleId);
            if (index !== undefined) result.ruleIndex = index;
            if (finding.related) {
              result.relatedLocations = finding.related.map((related, id) => ({
                id,
                ...location(related.file, {
                  startLine: related.line,
                  startColumn: related.column,
                  ...(related.endLine !== undefined ? { endLine: related.endLine } : {}),
                  ...(related.endColumn !== undefined ? { endColumn: related.endColumn } : {}),
                }),
                message: { text: related.message },
              }));
            }
            if (finding.fixes) {
              result.fixes = finding.fixes.map((fix) => ({
                description: { text: fix.title },
                artifactChanges: [
                  {
                    artifactLocation: location(file, {}).physicalLocation!.artifactLocation!,
                    replacements: fix.edits.map((edit) => ({
                      deletedRegion: { charOffset: edit.offset, charLength: edit.length },
                      ...(edit.newText ? { insertedContent: { text: edit.newText } } : {}),
                    })),
                  },
                ],
              }));
            }
            return result;
          }),
        ),
      },
    ],
  };
}

function region(finding: Finding): Sarif.Region {
  return { startLine: finding.line, startColumn: finding.column, endLine: finding.endLine, endColumn: finding.endColumn };
}

function pascalCase(name: string): string {
  return name.replace(/(^|-)([a-z])/g, (_, __, letter: string) => letter.toUpperCase());
}
