// The tickers the workspace's notes mention, open or not, for completion's local listings: read once on first use
// (in the background, so the first completion does not wait on it) and kept current by a file watcher.

import * as vscode from 'vscode';
import type { ExchangeId } from '../../core/tickers/exchanges';
import { findTickerMentions } from '../../core/tickers';
import { readWorkspaceText } from '../workspaceFiles';

const noteGlob = '**/*.{md,markdown}';
const excludeGlob = '**/{node_modules,.git}/**';
const maxNotes = 500;
// A larger file is no note a writer completes tickers from; reading it would only cost time.
const maxNoteBytes = 2_000_000;

export interface NotedTicker {
  readonly symbol: string;
  readonly exchange?: ExchangeId;
}

export class WorkspaceMentions implements vscode.Disposable {
  private readonly notes = new Map<string, readonly NotedTicker[]>();
  private started = false;
  private readonly watcher = vscode.workspace.createFileSystemWatcher(noteGlob);
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly log: vscode.LogOutputChannel) {
    const reread = (uri: vscode.Uri) => this.started && void this.read(uri);
    this.subscriptions = [this.watcher, this.watcher.onDidChange(reread), this.watcher.onDidCreate(reread), this.watcher.onDidDelete((uri) => this.notes.delete(uri.toString()))];
  }

  /** What the notes on disk mention (but those in `open`, read from the editor instead), as far as read yet. */
  tickers(open: ReadonlySet<string>): NotedTicker[] {
    if (!this.started) {
      this.started = true;
      void this.readAll();
    }
    return [...this.notes].flatMap(([uri, tickers]) => (open.has(uri) ? [] : tickers));
  }

  private async readAll(): Promise<void> {
    const files = await vscode.workspace.findFiles(noteGlob, excludeGlob, maxNotes);
    for (const uri of files) await this.read(uri);
  }

  private async read(uri: vscode.Uri): Promise<void> {
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      if (stat.size > maxNoteBytes) return;
      const mentions = findTickerMentions(await readWorkspaceText(uri));
      this.notes.set(uri.toString(), mentions.map(({ symbol, exchange }) => (exchange ? { symbol, exchange } : { symbol })));
    } catch (error) {
      this.notes.delete(uri.toString());
      this.log.trace(`Completion could not read ${vscode.workspace.asRelativePath(uri)}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  dispose(): void {
    vscode.Disposable.from(...this.subscriptions).dispose();
    this.notes.clear();
  }
}
