// Lint configuration for a note: VS Code settings, then the workspace's `.market-notes.json` (JSON with comments),
// which wins. The file is re-read when it changes; its problems are diagnostics on the file itself.

import * as vscode from 'vscode';
import { readWorkspaceText } from '../workspaceFiles';
import { configFileName, resolveLintConfig, tickerScanOptions, type LintConfig, type LintSettings, type RuleSetting } from '../../core/lint/config';
import { parseLintConfig } from '../../core/lint/configFile';
import type { TickerScanOptions } from '../../core/tickers';

export class LintConfiguration implements vscode.Disposable {
  private readonly files = new Map<string, Promise<LintSettings | undefined>>();
  /** The file layers read so far, for callers that cannot wait (the mention scan behind a hover). */
  private readonly loadedFiles = new Map<string, LintSettings | undefined>();
  private readonly problems = vscode.languages.createDiagnosticCollection('market-notes-config');
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[];

  constructor(private readonly log: vscode.LogOutputChannel) {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${configFileName}`);
    const reload = () => {
      this.files.clear();
      this.loadedFiles.clear();
      this.changed.fire();
    };
    this.disposables = [
      watcher,
      watcher.onDidChange(reload),
      watcher.onDidCreate(reload),
      watcher.onDidDelete(reload),
      vscode.workspace.onDidChangeConfiguration((event) => (event.affectsConfiguration('marketNotes.lint') || event.affectsConfiguration('marketNotes.tickers')) && this.changed.fire()),
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

  /**
   * How mentions are read in a note, at once: settings, then the folder's `.market-notes.json` if it has been read
   * (forNote reads it; lint asks forNote before scanning, so the scan lint and hover share sees the file).
   */
  tickerScanOptions(uri: vscode.Uri): TickerScanOptions {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    const settings = settingsLayer(uri);
    return tickerScanOptions(folder ? resolveLintConfig(settings, this.loadedFiles.get(folder.uri.toString())) : resolveLintConfig(settings));
  }

  enabled(uri: vscode.Uri): boolean {
    return vscode.workspace.getConfiguration('marketNotes.lint', uri).get<boolean>('enabled', true);
  }

  private fileLayer(root: vscode.Uri): Promise<LintSettings | undefined> {
    const key = root.toString();
    let layer = this.files.get(key);
    if (!layer) {
      layer = this.readFile(vscode.Uri.joinPath(root, configFileName)).then((settings) => {
        this.loadedFiles.set(key, settings);
        return settings;
      });
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
    tickers: { companyParentheses: vscode.workspace.getConfiguration('marketNotes.tickers', uri).get<boolean>('companyParentheses', true) },
  };
}
