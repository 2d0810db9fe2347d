// Ticker completion in notes: after `$`, inside `(NYSE: `, or in `(` after a company name. Local listings answer at
// once; the provider's symbol search is asked after a pause in typing, abandoned when typing moves on (the
// CancellationToken aborts the request), cached per query with the quote cache's retry windows, and silently
// skipped while the provider is rate-limited. The list stays incomplete so each keystroke asks again.

import * as vscode from 'vscode';
import { findTickerCompletionContext, matchLocalListings, tickerCompletions, type TickerCompletion } from '../../core/completion';
import { minimumSearchLength, searchProviderSymbols, SymbolSearchCache, type SymbolMatch } from '../../core/quotes/search';
import type { HttpQuoteProvider } from '../../core/quotes/providers';
import type { QuoteService } from '../quotes/quoteService';
import type { LocalListings } from './localListings';

export const tickerTriggerCharacters = ['$', '(', ':', ' '];
const typingPauseMs = 250;

export class TickerCompletionProvider implements vscode.CompletionItemProvider {
  // One search cache per provider instance: a new key or base URL makes a new provider, and a fresh cache with it.
  private readonly searches = new WeakMap<HttpQuoteProvider, SymbolSearchCache>();

  constructor(
    private readonly quotes: QuoteService,
    private readonly local: LocalListings,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  async provideCompletionItems(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): Promise<vscode.CompletionList | undefined> {
    if (!vscode.workspace.getConfiguration('marketNotes', document.uri).get<boolean>('completion.enabled', true)) return undefined;
    const context = findTickerCompletionContext(document.lineAt(position.line).text, position.character);
    if (!context) return undefined;
    const listings = await this.local.forNote(document, document.offsetAt(position));
    let local = matchLocalListings(listings, context.query);
    let remote = await this.providerMatches(document.uri, context.query, token);
    // "Shares of Coca-Cola (": the whole run of capitalised words found nothing, its shorter readings may.
    for (const shorter of context.shorterQueries ?? []) {
      if (local.length + remote.length > 0 || token.isCancellationRequested) break;
      local = matchLocalListings(listings, shorter);
      remote = await this.providerMatches(document.uri, shorter, token);
    }
    if (token.isCancellationRequested) return undefined;
    const range = new vscode.Range(position.line, context.start, position.line, context.end);
    const items = tickerCompletions(context, local, remote).map((completion) => toItem(completion, range));
    return new vscode.CompletionList(items, true);
  }

  private async providerMatches(uri: vscode.Uri, query: string, token: vscode.CancellationToken): Promise<readonly SymbolMatch[]> {
    if (query.trim().length < minimumSearchLength) return [];
    const provider = this.quotes.httpProviderFor(uri);
    // The quote cache's rate limit covers the provider as a whole: no search while it lasts.
    if (!provider || this.quotes.state(provider.id).kind === 'rate-limited') return [];
    const search = this.searchFor(provider);
    const known = search.peek(query);
    if (known) return known;
    if (await pausedTyping(token)) return [];
    const controller = new AbortController();
    const subscription = token.onCancellationRequested(() => controller.abort());
    try {
      return (await search.search(query, controller.signal)).matches;
    } finally {
      subscription.dispose();
    }
  }

  private searchFor(provider: HttpQuoteProvider): SymbolSearchCache {
    let search = this.searches.get(provider);
    if (!search) {
      search = new SymbolSearchCache({ search: (text, signal) => searchProviderSymbols(provider, text, signal), logger: this.log });
      this.searches.set(provider, search);
    }
    return search;
  }
}

/** Waits for a pause in typing; true when typing moved on meanwhile (the request is not worth sending). */
function pausedTyping(token: vscode.CancellationToken): Promise<boolean> {
  return new Promise((resolve) => {
    if (token.isCancellationRequested) return resolve(true);
    const timer = setTimeout(() => {
      subscription.dispose();
      resolve(token.isCancellationRequested);
    }, typingPauseMs);
    const subscription = token.onCancellationRequested(() => {
      clearTimeout(timer);
      subscription.dispose();
      resolve(true);
    });
  });
}

function toItem(completion: TickerCompletion, range: vscode.Range): vscode.CompletionItem {
  const label: vscode.CompletionItemLabel = { label: completion.label, description: completion.description, ...(completion.name ? { detail: ` ${completion.name}` } : {}) };
  const item = new vscode.CompletionItem(label, vscode.CompletionItemKind.Value);
  item.insertText = completion.insertText;
  item.filterText = completion.filterText;
  item.sortText = completion.sortText;
  item.range = range;
  item.detail = [completion.name, completion.description].filter(Boolean).join(' — ');
  return item;
}
