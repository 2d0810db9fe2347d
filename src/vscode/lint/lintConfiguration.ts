// Lint configuration for a note: VS Code settings, then the workspace's `.market-notes.json` (JSON with comments),
// which wins. The file is re-read when it changes; its problems are diagnostics on the file itself.

import * as vscode from 'vscode';
import { readWorkspaceText } from '../workspaceFiles';
import { configFileName, parseLintConfig, resolveLintConfig, type LintConfig, type LintSettings, type RuleSetting } from '../../core/lint/config';

export class LintConfiguration implements vscode.Disposable {
  private readonly files = new Map<string, Promise<LintSettings | undefined>>();
  private readonly problems = vscode.languages.createDiagnosticCollection('market-notes-config');
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[];

  constructor(private readonly log: vscode.LogOutputChannel) {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${configFileName}`);
    const reload = () => {
      this.files.clear();
      this.changed.fire();
    };
    this.disposables = [
      watcher,
      watcher.onDidChange(reload),
      watcher.onDidCreate(reload),
      watcher.onDidDelete(reload),
      vscode.workspace.onDidChangeConfiguration((event) => event.affectsConfiguration('marketNotes.lint') && this.changed.fire()),
      this.problems,
      this.changed,
    ];
  }

  /** The configuration that applies to a note (its workspace folder's settings and file). */
  async forNote(uri: vscode.Uri): Promise<{ config: LintConfig; root?: vscode.Uri }> {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    const settings = settingsLayer(uri);
    if (!folder) return { config: resolveLintConfig(settings) };
    return { config: resolveLintConfig(settings, await this.fileLayer(folder.uri)), root: folder.uri };
  }

  enabled(uri: vscode.Uri): boolean {
    return vscode.workspace.getConfiguration('marketNotes.lint', uri).get<boolean>('enabled', true);
  }

  private fileLayer(root: vscode.Uri): Promise<LintSettings | undefined> {
    const key = root.toString();
    let layer = this.files.get(key);
    if (!layer) {
      layer = this.readFile(vscode.Uri.joinPath(root, configFileName));
      this.files.set(key, layer);
    }
    return layer;
  }

  private async readFile(uri: vscode.Uri): Promise<LintSettings | undefined> {
    let text: string;
    try {
      text = await readWorkspaceText(uri);
    } catch {
      this.problems.delete(uri);
      return undefined; // no file: settings alone
    }
    const { settings, problems } = parseLintConfig(text);
    this.problems.set(
      uri,
      problems.map((problem) => {
        const position = new vscode.Position(problem.line - 1, problem.column - 1);
        const diagnostic = new vscode.Diagnostic(new vscode.Range(position, position.translate(0, 1)), problem.message, vscode.DiagnosticSeverity.Error);
        diagnostic.source = 'Market Notes';
        return diagnostic;
      }),
    );
    if (problems.length > 0) this.log.warn(`${vscode.workspace.asRelativePath(uri)}: ${problems.length} problem(s); see the Problems panel`);
    return settings;
  }

  dispose(): void {
    vscode.Disposable.from(...this.disposables).dispose();
  }
}

function settingsLayer(uri: vscode.Uri): LintSettings {
  const config = vscode.workspace.getConfiguration('marketNotes.lint', uri);
  return {
    staleAfterDays: config.get<number>('staleAfterDays'),
    priceDriftPercent: config.get<number>('priceDriftPercent'),
    rules: config.get<Record<string, RuleSetting>>('rules', {}),
    ignore: config.get<string[]>('ignore', []),
  };
}
