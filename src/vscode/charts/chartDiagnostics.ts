// Broken chart blocks as diagnostics. Two sources feed one collection: the host's own reading of the note (JSON
// and spec problems, on every edit, panel or not) and the panel's report of what vega refused or what data could
// not be had. A panel report for an older document version is dropped: the lines it names may have moved.

import * as vscode from 'vscode';
import { docsPath } from '../../core/lint/finding';
import type { ChartProblem } from '../../core/charts/chartProblem';
import type { PreparedChart } from '../../core/charts/prepareCharts';
import type { RenderError } from '../../core/charts/messages';

export const chartDiagnosticSource = 'Market Notes';
export const chartDiagnosticCode = 'invalid-chart';

interface Entry {
  readonly fromNote: vscode.Diagnostic[];
  readonly fromPanel: vscode.Diagnostic[];
  /** The document version the panel's diagnostics are for. */
  readonly panelVersion: number;
}

export class ChartDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('market-notes-charts');
  private readonly entries = new Map<string, Entry>();
  /** The rule's page, shipped inside the extension, as lint's diagnostics link theirs. */
  private readonly code: vscode.Diagnostic['code'];

  constructor(extensionUri: vscode.Uri) {
    this.code = { value: chartDiagnosticCode, target: vscode.Uri.joinPath(extensionUri, docsPath(chartDiagnosticCode)) };
  }

  /** Problems found reading the note (JSON, spec). The panel's stay only if they are for this same version. */
  setFromNote(document: vscode.TextDocument, charts: readonly PreparedChart[]): void {
    const fromNote = charts.flatMap((chart) => (chart.problem ? [problemDiagnostic(chart.problem)] : []));
    const entry = this.entries.get(document.uri.toString());
    const current = entry?.panelVersion === document.version;
    this.set(document.uri, { fromNote, fromPanel: current ? entry.fromPanel : [], panelVersion: current ? entry.panelVersion : -1 });
  }

  /** What the panel could not draw for `version`: vega's errors on the fence line, data problems where they are. */
  setFromPanel(document: vscode.TextDocument, version: number, errors: readonly RenderError[], dataProblems: readonly ChartProblem[]): void {
    if (document.isClosed || document.version !== version) return;
    const fromPanel = [
      ...dataProblems.map(problemDiagnostic),
      ...errors.map((error) => lineDiagnostic(document, error.line, error.message)),
    ];
    const entry = this.entries.get(document.uri.toString());
    this.set(document.uri, { fromNote: entry?.fromNote ?? [], fromPanel, panelVersion: version });
  }

  delete(uri: vscode.Uri): void {
    this.entries.delete(uri.toString());
    this.collection.delete(uri);
  }

  dispose(): void {
    this.collection.dispose();
    this.entries.clear();
  }

  private set(uri: vscode.Uri, entry: Entry): void {
    this.entries.set(uri.toString(), entry);
    const diagnostics = [...entry.fromNote, ...entry.fromPanel];
    for (const diagnostic of diagnostics) diagnostic.code = this.code;
    this.collection.set(uri, diagnostics);
  }
}

function problemDiagnostic(problem: ChartProblem): vscode.Diagnostic {
  const range = new vscode.Range(problem.line - 1, problem.column - 1, problem.endLine - 1, problem.endColumn - 1);
  // Missing market data is the provider's state, not a mistake in the note.
  const severity = problem.kind === 'data' ? vscode.DiagnosticSeverity.Warning : vscode.DiagnosticSeverity.Error;
  return tagged(new vscode.Diagnostic(range, problem.message, severity));
}

/** A diagnostic on a whole (1-based) line, without its indentation. */
function lineDiagnostic(document: vscode.TextDocument, line: number, message: string): vscode.Diagnostic {
  const textLine = document.lineAt(Math.min(Math.max(line - 1, 0), document.lineCount - 1));
  const range = new vscode.Range(textLine.lineNumber, textLine.firstNonWhitespaceCharacterIndex, textLine.lineNumber, textLine.text.length);
  return tagged(new vscode.Diagnostic(range, `Chart: ${message}`, vscode.DiagnosticSeverity.Error));
}

function tagged(diagnostic: vscode.Diagnostic): vscode.Diagnostic {
  diagnostic.source = chartDiagnosticSource;
  return diagnostic;
}
