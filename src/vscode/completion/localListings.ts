// The listings a writer already uses, offered before any provider is asked: every ticker the open notes mention
// (with the name a cached quote gives it) and every row of the note's quote snapshot.

import * as vscode from 'vscode';
import { normalizeExchange } from '../../core/tickers/exchanges';
import type { SymbolMatch } from '../../core/quotes/search';
import type { MentionIndex } from '../mentionIndex';
import type { QuoteService } from '../quotes/quoteService';
import type { SnapshotSources } from '../quotes/snapshotSources';

export class LocalListings {
  constructor(
    private readonly mentionIndex: MentionIndex,
    private readonly quotes: QuoteService,
    private readonly snapshots: SnapshotSources,
  ) {}

  /** Workspace mentions first (most mentioned first), then snapshot rows not mentioned yet. */
  async forNote(uri: vscode.Uri): Promise<SymbolMatch[]> {
    const counts = new Map<string, { match: SymbolMatch; count: number }>();
    for (const document of vscode.workspace.textDocuments) {
      if (document.languageId !== 'markdown') continue;
      for (const mention of this.mentionIndex.mentions(document)) {
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
