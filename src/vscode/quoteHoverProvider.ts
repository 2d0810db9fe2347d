// Hovering a ticker mention shows its quote card. Failures are shown on the card, never thrown.

import * as vscode from 'vscode';
import { mentionAt } from '../core/tickers';
import { QuoteError } from '../core/quotes/quote';
import { renderQuoteCard } from '../core/hover/quoteCard';
import type { MentionIndex } from './mentionIndex';
import type { SnapshotSources } from './snapshotSources';

export class QuoteHoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly mentionIndex: MentionIndex,
    private readonly snapshots: SnapshotSources,
    private readonly now: () => number = Date.now,
  ) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    if (!vscode.workspace.getConfiguration('marketNotes', document.uri).get<boolean>('hover.enabled', true)) return undefined;
    const mention = mentionAt(this.mentionIndex.mentions(document), document.offsetAt(position));
    if (!mention) return undefined;

    const { provider } = this.snapshots.forDocument(document.uri);
    const source = await provider.source();
    const providerLabel = source.file ? `${provider.displayName} · ${source.file}` : provider.displayName;
    let card: string;
    try {
      const quote = await provider.quote(mention);
      card = renderQuoteCard({ mention, quote, now: this.now(), providerLabel });
    } catch (error) {
      if (!(error instanceof QuoteError)) throw error;
      card = renderQuoteCard({ mention, error, now: this.now(), providerLabel });
    }
    const markdown = new vscode.MarkdownString(card, true);
    const start = document.positionAt(mention.offset);
    return new vscode.Hover(markdown, new vscode.Range(start, start.translate(0, mention.length)));
  }
}
