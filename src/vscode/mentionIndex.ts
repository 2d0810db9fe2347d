// Mentions per open document, computed once per document version: a hover then costs a binary search,
// however long the note.

import * as vscode from 'vscode';
import { findTickerMentions, type TickerMention } from '../core/tickers';

interface Entry {
  readonly version: number;
  readonly mentions: readonly TickerMention[];
}

export class MentionIndex implements vscode.Disposable {
  private readonly entries = new Map<string, Entry>();
  private readonly subscription = vscode.workspace.onDidCloseTextDocument((document) => this.entries.delete(document.uri.toString()));

  mentions(document: vscode.TextDocument): readonly TickerMention[] {
    const key = document.uri.toString();
    const cached = this.entries.get(key);
    if (cached && cached.version === document.version) return cached.mentions;
    const mentions = findTickerMentions(document.getText());
    this.entries.set(key, { version: document.version, mentions });
    return mentions;
  }

  dispose(): void {
    this.subscription.dispose();
    this.entries.clear();
  }
}
