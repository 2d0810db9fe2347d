// One snapshot provider per workspace folder (each folder has its own `.market-notes/quotes.csv`), re-read
// when the file changes on disk.

import * as vscode from 'vscode';
import type { Logger } from '../../core/logger';
import { SnapshotProvider } from '../../core/quotes/snapshotProvider';
import { readWorkspaceTextIfExists } from '../workspaceFiles';

export class SnapshotSources implements vscode.Disposable {
  private readonly providers = new Map<string, SnapshotProvider>();
  private readonly disposables: vscode.Disposable[] = [];
  private readonly changed = new vscode.EventEmitter<void>();
  /** A snapshot file changed on disk (and will be read again). */
  readonly onDidChange = this.changed.event;

  constructor(private readonly logger: Logger) {
    const watcher = vscode.workspace.createFileSystemWatcher('**/.market-notes/quotes.{csv,json}');
    const invalidate = (uri: vscode.Uri) => this.invalidateFor(uri);
    this.disposables.push(
      watcher,
      watcher.onDidChange(invalidate),
      watcher.onDidCreate(invalidate),
      watcher.onDidDelete(invalidate),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.invalidateAll()),
    );
  }

  /** The snapshot for the folder a document lives in (its workspace folder, else its own directory). */
  forDocument(uri: vscode.Uri): { provider: SnapshotProvider; root: vscode.Uri } {
    const root = rootOf(uri);
    const key = root.toString();
    let provider = this.providers.get(key);
    if (!provider) {
      provider = new SnapshotProvider((relativePath) => readWorkspaceTextIfExists(vscode.Uri.joinPath(root, relativePath)), this.logger, labelOf(root));
      this.providers.set(key, provider);
    }
    return { provider, root };
  }

  invalidateAll(): void {
    for (const provider of this.providers.values()) provider.invalidate();
  }

  private invalidateFor(fileUri: vscode.Uri): void {
    // `.market-notes/quotes.csv` → the folder above `.market-notes`.
    const root = vscode.Uri.joinPath(fileUri, '..', '..').toString();
    this.providers.get(root)?.invalidate();
    this.changed.fire();
  }

  dispose(): void {
    vscode.Disposable.from(...this.disposables, this.changed).dispose();
    this.providers.clear();
  }
}

function rootOf(uri: vscode.Uri): vscode.Uri {
  return vscode.workspace.getWorkspaceFolder(uri)?.uri ?? vscode.Uri.joinPath(uri, '..');
}

function labelOf(root: vscode.Uri): string {
  const folder = vscode.workspace.getWorkspaceFolder(root);
  return folder ? (vscode.workspace.workspaceFolders?.length ?? 0) > 1 ? folder.name : '' : root.fsPath;
}
