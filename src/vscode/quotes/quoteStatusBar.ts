// Which provider the active note's quotes come from and how it is doing: live, rate limited until …, offline,
// no key. A click opens the provider picker.

import * as vscode from 'vscode';
import { httpProviderInfo } from '../../core/quotes/providers';
import type { QuoteService, ProviderState } from './quoteService';
import type { ProviderId } from './quoteSettings';

export class QuoteStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('marketNotes.quotes', vscode.StatusBarAlignment.Right, 100);
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly quotes: QuoteService) {
    this.item.name = 'Market Notes Quotes';
    this.item.command = 'marketNotes.selectProvider';
    this.subscriptions = [
      quotes.onDidChangeState(() => this.update()),
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      vscode.workspace.onDidChangeConfiguration((event) => event.affectsConfiguration('marketNotes') && this.update()),
    ];
    this.update();
  }

  update(): void {
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document.languageId !== 'markdown') {
      this.item.hide();
      return;
    }
    const provider = this.quotes.providerFor(editor.document.uri);
    const { text, tooltip, warning } = describe(provider, this.quotes.state(provider));
    this.item.text = text;
    this.item.tooltip = `${tooltip}\nClick to choose the quote provider or set an API key.`;
    this.item.backgroundColor = warning ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    this.item.show();
  }

  dispose(): void {
    vscode.Disposable.from(this.item, ...this.subscriptions).dispose();
  }
}

export function providerDisplayName(provider: ProviderId): string {
  return provider === 'snapshot' ? 'Snapshot' : httpProviderInfo[provider].displayName;
}

function describe(provider: ProviderId, state: ProviderState): { text: string; tooltip: string; warning: boolean } {
  const name = providerDisplayName(provider);
  switch (state.kind) {
    case 'snapshot':
      return { text: `$(file) ${name}`, tooltip: 'Quotes from the workspace snapshot file (.market-notes/quotes.csv), offline.', warning: false };
    case 'idle':
      return { text: `$(pulse) ${name}`, tooltip: `Quotes from ${name}; none requested yet.`, warning: false };
    case 'live':
      return { text: `$(pulse) ${name}: live`, tooltip: `Quotes from ${name}.`, warning: false };
    case 'rate-limited': {
      const until = new Date(state.until).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' });
      return { text: `$(watch) ${name}: rate limited until ${until}`, tooltip: `${name} asked us to slow down; the last known quotes are shown, marked stale.`, warning: true };
    }
    case 'offline':
      return { text: `$(debug-disconnect) ${name}: offline`, tooltip: state.message, warning: true };
    case 'no-key':
      return { text: `$(key) ${name}: no key`, tooltip: `${name} needs an API key: run "Market Notes: Set API Key…".`, warning: true };
    case 'failing':
      return { text: `$(warning) ${name}: failing`, tooltip: state.message, warning: true };
  }
}
