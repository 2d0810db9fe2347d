// The listings a writer already uses, offered before any provider is asked: every ticker the workspace's notes mention
// (open notes as edited, the others as saved; with the name a cached quote gives it) and every row of the note's
// quote snapshot.

import * as vscode from 'vscode';
import { normalizeExchange } from '../../core/tickers/exchanges';
import type { SymbolMatch } from '../../core/quotes/search';
import type { MentionIndex } from '../mentionIndex';
import type { QuoteService } from '../quotes/quoteService';
import type { SnapshotSources } from '../quotes/snapshotSources';
import type { NotedTicker, WorkspaceMentions } from './workspaceMentions';

export class LocalListings {
  constructor(
    private readonly mentionIndex: MentionIndex,
    private readonly quotes: QuoteService,
    private readonly snapshots: SnapshotSources,
    private readonly workspace: WorkspaceMentions,
  ) {}

  /**
   * Workspace mentions first (most mentioned first), then snapshot rows not mentioned yet. The half-typed ticker at
   * `cursor` in `note` is no mention the writer has made yet: it is left out.
   */
  async forNote(note: vscode.TextDocument, cursor: number): Promise<SymbolMatch[]> {
    const uri = note.uri;
    const counts = new Map<string, { match: SymbolMatch; count: number }>();
    const open = vscode.workspace.textDocuments.filter((document) => document.languageId === 'markdown');
    const mentionsOf = (document: vscode.TextDocument) => {
      const mentions = this.mentionIndex.mentions(document);
      return document === note ? mentions.filter((mention) => cursor < mention.offset || cursor > mention.offset + mention.length) : mentions;
    };
    const noted: Iterable<NotedTicker>[] = [...open.map(mentionsOf), this.workspace.tickers(new Set(open.map((document) => document.uri.toString())))];
    for (const mentions of noted) {
      for (const mention of mentions) {
        const known = counts.get(mention.symbol);
        if (known) {
          known.count++;
          continue;
        }
        const quote = this.quotes.peekKnown(uri, mention);
        const match: SymbolMatch = { symbol: mention.symbol, source: 'workspace', ...(mention.exchange ? { exchange: mention.exchange } : {}), ...(quote?.name ? { name: quote.name } : {}) };
        counts.set(mention.symbol, { match, count: 1 });
      }
    }
    const listings = [...counts.values()].sort((a, b) => b.count - a.count).map(({ match }) => match);
    const rows = await this.snapshotRows(uri);
    for (const listing of listings) {
      const row = rows.get(listing.symbol);
      if (row && !listing.name) Object.assign(listing, { name: row.name });
    }
    for (const [symbol, row] of rows) {
      if (counts.has(symbol)) continue;
      const exchange = row.exchange ? normalizeExchange(row.exchange) : undefined;
      listings.push({ symbol, source: 'snapshot', ...(row.name ? { name: row.name } : {}), ...(exchange ? { exchange } : {}) });
    }
    return listings;
  }

  private async snapshotRows(uri: vscode.Uri): Promise<ReadonlyMap<string, { readonly name?: string; readonly exchange?: string }>> {
    try {
      return await this.snapshots.forDocument(uri).provider.all();
    } catch {
      return new Map(); // no snapshot, or one that cannot be read: the hover reports that, completion just has less
    }
  }
}
