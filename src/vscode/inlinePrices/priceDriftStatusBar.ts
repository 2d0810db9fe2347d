// A status bar count of the active note's tickers that moved more than the price-drift tolerance since the note
// stated their prices (the price-drift findings of its last lint, one per ticker). A click opens the Problems view
// with its filter box focused, ready for `price-drift`: VS Code offers extensions no way to set that filter's text.

import * as vscode from 'vscode';
import type { LintController } from '../lint/lintController';
import type { MentionIndex } from '../mentionIndex';

export const showPriceDriftCommand = 'marketNotes.showPriceDrift';
const priceDriftRule = 'price-drift';

export class PriceDriftStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('marketNotes.priceDrift', vscode.StatusBarAlignment.Right, 99);
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly lint: LintController,
    private readonly mentionIndex: MentionIndex,
  ) {
    this.item.name = 'Market Notes Price Drift';
    this.item.command = showPriceDriftCommand;
    this.subscriptions = [
      vscode.languages.onDidChangeDiagnostics((event) => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (event.uris.some((uri) => uri.toString() === active)) this.update();
      }),
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      vscode.commands.registerCommand(showPriceDriftCommand, showPriceDriftProblems),
    ];
    this.update();
  }

  /** The tickers of the active note whose stated price drifted, in note order. */
  driftedTickers(document: vscode.TextDocument): string[] {
    const findings = this.lint.lintedNote(document)?.findings.filter((finding) => finding.ruleId === priceDriftRule) ?? [];
    const stated = this.mentionIndex.facts(document).statedPrices;
    const symbols = findings.map((finding) => stated.find((price) => price.offset === finding.offset)?.symbol ?? finding.message.split(' ')[0] ?? '');
    return [...new Set(symbols.filter(Boolean))];
  }

  update(): void {
    const document = vscode.window.activeTextEditor?.document;
    const drifted = document && document.languageId === 'markdown' ? this.driftedTickers(document) : [];
    if (drifted.length === 0) {
      this.item.hide();
      return;
    }
    this.item.text = `$(pulse) ${drifted.length} moved`;
    this.item.tooltip = `${drifted.join(', ')} moved beyond the price-drift tolerance since this note stated ${drifted.length === 1 ? 'its price' : 'their prices'}.\nClick to open the Problems view (filter: price-drift).`;
    this.item.show();
  }

  dispose(): void {
    vscode.Disposable.from(this.item, ...this.subscriptions).dispose();
  }
}

async function showPriceDriftProblems(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.problems.focus');
  await vscode.commands.executeCommand('problems.action.focusFilter');
}
