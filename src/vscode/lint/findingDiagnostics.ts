// A lint finding as a VS Code diagnostic: range, severity, `code = {value: rule id, target: its docs page}`, and
// related information pointing at the other notes of a conflict.

import * as vscode from 'vscode';
import type { Finding, Severity } from '../../core/lint';
import { ruleDocsTarget } from './ruleDocs';

const severities: Readonly<Record<Severity, vscode.DiagnosticSeverity>> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

/** Built from the finding's line/column, so notes linted from disk (not open) get diagnostics too. */
export function toDiagnostic(finding: Finding, extensionUri: vscode.Uri, root: vscode.Uri | undefined): vscode.Diagnostic {
  const start = new vscode.Position(finding.line - 1, finding.column - 1);
  const end = new vscode.Position(finding.endLine - 1, finding.endColumn - 1);
  const diagnostic = new vscode.Diagnostic(new vscode.Range(start, end), finding.message, severities[finding.severity]);
  diagnostic.source = 'Market Notes';
  // The link opens the rule's page (shipped inside the extension) in the Markdown preview: see ruleDocs.
  diagnostic.code = { value: finding.ruleId, target: ruleDocsTarget(vscode.Uri.joinPath(extensionUri, finding.docs)) };
  if (finding.related && root) {
    diagnostic.relatedInformation = finding.related.map((related) => {
      const position = new vscode.Position(related.line - 1, related.column - 1);
      const endPosition = related.endLine && related.endColumn ? new vscode.Position(related.endLine - 1, related.endColumn - 1) : position;
      return new vscode.DiagnosticRelatedInformation(new vscode.Location(vscode.Uri.joinPath(root, related.file), new vscode.Range(position, endPosition)), related.message);
    });
  }
  return diagnostic;
}
