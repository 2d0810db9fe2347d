// The editor side of charts and quote markers in VS Code's built-in Markdown preview. markdown-it renders
// synchronously and the preview page cannot fetch, so market data is answered from what is already settled: a
// missing history starts a fetch through the quote layer (the same cache the panel and the hover use) and the
// block shows "Loading market data…"; when the fetch settles, the preview is refreshed and renders it bound.
// Quote markers use the last quote the cache holds and never cause a request to a provider.

import * as vscode from 'vscode';
import type MarkdownIt from 'markdown-it';
import type { ChartRange } from '../../core/charts/marketBinding';
import type { History } from '../../core/quotes/quote';
import type { TickerRef } from '../../core/tickers/tickerRef';
import { marketNotesMarkdownIt, type CachedHistory, type PreviewData } from '../../core/preview/previewPlugin';
import type { QuoteLookup, QuoteService } from '../quotes/quoteService';

export interface PreviewDeps {
  readonly log: vscode.LogOutputChannel;
  readonly quotes: QuoteService;
  /** Daily closes for market-bound charts (the panel's source); absent: those charts say data is unavailable. */
  readonly history?: (ticker: TickerRef, range: ChartRange) => Promise<History>;
}

// Daily closes change once a day (the quote layer keeps them as long); a failure is asked again after a minute,
// not on every keystroke's render.
const historyReuseMs = 30 * 60_000;
const failureReuseMs = 60_000;
const refreshDelayMs = 300;

type Settled<T> = { readonly at: number } & ({ readonly value: T } | { readonly failed: string } | { readonly pending: true });

/** What promises have settled to, readable at once; `ask` starts one when there is nothing usable. */
class SettledValues<T> {
  private readonly entries = new Map<string, Settled<T>>();

  constructor(
    private readonly reuseMs: number,
    private readonly onSettled: () => void,
  ) {}

  get(key: string, ask: () => Promise<T>): Settled<T> {
    const entry = this.entries.get(key);
    const age = entry ? Date.now() - entry.at : Infinity;
    if (entry && ('pending' in entry || ('value' in entry ? age < this.reuseMs : age < failureReuseMs))) return entry;
    const pending: Settled<T> = { at: Date.now(), pending: true };
    this.entries.set(key, pending);
    const settle = (next: Settled<T>) => {
      if (this.entries.get(key) !== pending) return; // cleared meanwhile
      this.entries.set(key, next);
      this.onSettled();
    };
    ask().then(
      (value) => settle({ at: Date.now(), value }),
      (error: unknown) => settle({ at: Date.now(), failed: error instanceof Error ? error.message : String(error) }),
    );
    return pending;
  }

  clear(): void {
    this.entries.clear();
  }
}

/** Registers what the preview needs and returns the plugin for activate()'s `extendMarkdownIt`. */
export function registerMarkdownPreview(context: vscode.ExtensionContext, deps: PreviewDeps): (md: MarkdownIt) => MarkdownIt {
  let rendered = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const refresh = () => {
    if (!rendered) return;
    clearTimeout(timer);
    timer = setTimeout(() => void vscode.commands.executeCommand('markdown.preview.refresh').then(undefined, (error: unknown) => deps.log.warn(`Preview refresh failed: ${String(error)}`)), refreshDelayMs);
  };
  const histories = new SettledValues<History>(historyReuseMs, refresh);
  const snapshotQuotes = new SettledValues<QuoteLookup>(Infinity, refresh);

  context.subscriptions.push(
    deps.quotes.onDidChangeQuotes(() => {
      snapshotQuotes.clear();
      refresh();
    }),
    { dispose: () => clearTimeout(timer) },
  );

  const history = (symbol: string, range: ChartRange): CachedHistory => {
    if (!deps.history) return { failed: 'Market data is not available here: no quote history source' };
    const entry = histories.get(`${symbol}|${range}`, () => deps.history!({ symbol }, range));
    return 'value' in entry ? { history: entry.value } : 'failed' in entry ? { failed: entry.failed } : { pending: true };
  };

  const data = (env: unknown): PreviewData => {
    rendered = true;
    const uri = documentOf(env);
    return {
      history,
      quote: (ticker) => {
        if (!uri) return undefined;
        if (deps.quotes.providerFor(uri) !== 'snapshot') return deps.quotes.lastKnown(uri, ticker);
        // A snapshot quote is a read of the workspace's quotes file: local, and kept until the file changes.
        const entry = snapshotQuotes.get(`${uri.toString()}|${ticker.exchange ?? ''}:${ticker.symbol}`, () => deps.quotes.lookup(uri, ticker));
        return 'value' in entry ? entry.value : undefined;
      },
    };
  };
  return (md) => marketNotesMarkdownIt(md, data);
}

/** The preview passes the note's URI as env.currentDocument. */
function documentOf(env: unknown): vscode.Uri | undefined {
  const current = (env as { currentDocument?: unknown } | undefined)?.currentDocument;
  if (current instanceof vscode.Uri) return current;
  // Another copy of the Uri class (the preview's own bundle): rebuild it from its string form.
  return current && typeof current === 'object' && 'scheme' in current ? vscode.Uri.parse(String(current), true) : undefined;
}
