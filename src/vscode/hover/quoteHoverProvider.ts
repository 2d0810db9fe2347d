// Hovering a ticker mention shows its quote card. A current quote in memory answers at once; otherwise the
// provider is asked. Failures are shown on the card, never thrown.

import * as vscode from 'vscode';
import { isTentativeMention, mentionAt } from '../../core/tickers';
import { renderQuoteCard } from '../../core/hover/quoteCard';
import type { MentionIndex } from '../mentionIndex';
import type { QuoteService } from '../quotes/quoteService';
import type { QuoteLinkArgs } from '../quotes/quoteCommands';
import { gatherThenFacts } from './thenFacts';

const linkCommands = ['marketNotes.refreshQuote', 'marketNotes.copyQuote'];

export class QuoteHoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly mentionIndex: MentionIndex,
    private readonly quotes: QuoteService,
    private readonly now: () => number = Date.now,
  ) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    if (!vscode.workspace.getConfiguration('marketNotes', document.uri).get<boolean>('hover.enabled', true)) return undefined;
    const facts = this.mentionIndex.facts(document);
    const mention = mentionAt(facts.source.mentions, document.offsetAt(position));
    if (!mention) return undefined;

    const lookup = this.quotes.peek(document.uri, mention) ?? (await this.quotes.lookup(document.uri, mention));
    // A `Name (XYZ)` the provider does not know is most likely not a ticker: no card rather than an error card.
    if (isTentativeMention(mention) && lookup.error?.kind === 'unknown-symbol') return undefined;
    const now = this.now();
    const then = lookup.quote ? await gatherThenFacts(document.uri, facts, mention, this.quotes, now) : undefined;
    const card = renderQuoteCard({ mention, ...lookup, now, ...(then ? { then } : {}) });
    const links = commandLinks({ uri: document.uri.toString(), symbol: mention.symbol, exchange: mention.exchange }, lookup.quote !== undefined);
    const markdown = new vscode.MarkdownString(`${card}\n\n${links}`, true);
    markdown.isTrusted = { enabledCommands: linkCommands };
    const start = document.positionAt(mention.offset);
    return new vscode.Hover(markdown, new vscode.Range(start, start.translate(0, mention.length)));
  }
}

/** Refresh always; Copy only when there is a quote to copy. */
function commandLinks(args: QuoteLinkArgs, canCopy: boolean): string {
  const query = encodeURIComponent(JSON.stringify([args]));
  const refresh = `[$(refresh) Refresh](command:marketNotes.refreshQuote?${query} "Ask the provider again")`;
  return canCopy ? `${refresh} · [$(copy) Copy](command:marketNotes.copyQuote?${query} "Copy the quote as text")` : refresh;
}
