// Wiring only: create the services, register the editor features, hand everything to the context to dispose.

import * as vscode from 'vscode';
import { MentionIndex } from './mentionIndex';
import { QuoteHoverProvider } from './quoteHoverProvider';
import { SnapshotSources } from './snapshotSources';

const markdown: vscode.DocumentSelector = [
  { language: 'markdown', scheme: 'file' },
  { language: 'markdown', scheme: 'untitled' },
  { language: 'markdown', scheme: 'vscode-remote' },
];

export function activate(context: vscode.ExtensionContext): void {
  const log = vscode.window.createOutputChannel('Market Notes', { log: true });
  const mentionIndex = new MentionIndex();
  const snapshots = new SnapshotSources(log);

  context.subscriptions.push(
    log,
    mentionIndex,
    snapshots,
    vscode.languages.registerHoverProvider(markdown, new QuoteHoverProvider(mentionIndex, snapshots)),
    vscode.commands.registerCommand('marketNotes.refreshQuotes', () => {
      snapshots.invalidateAll();
      log.info('Quotes refreshed: the snapshot file will be read again on the next hover');
    }),
    vscode.commands.registerCommand('marketNotes.showLog', () => log.show()),
  );
  log.info(`Market Notes ${context.extension.packageJSON.version as string} activated`);
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
