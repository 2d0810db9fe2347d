// `marketNotes.inlinePrices: on` shows each visible mention's last known price and move as an inlay hint, its
// tooltip the quote card. Hints read the quote cache only; quotes come from refreshes of what is visible (when an
// editor opens or scrolls, never per keystroke or per hint), and the hints are redrawn when the cache changes.
// VS Code itself honours `editor.inlayHints.enabled` (on, off, on/off while Ctrl+Alt is held).

import * as vscode from 'vscode';
import { inlinePriceHints, mentionsBetween, type InlinePriceHint } from '../../core/inlinePrices/inlinePriceHints';
import { renderQuoteCard } from '../../core/hover/quoteCard';
import type { Quote } from '../../core/quotes/quote';
import { httpProviderInfo, isHttpProviderId } from '../../core/quotes/providers';
import type { TickerMention } from '../../core/tickers';
import type { MentionIndex } from '../mentionIndex';
import type { QuoteService } from '../quotes/quoteService';

const redrawDelayMs = 250;
const refreshDelayMs = 300;

class PriceHint extends vscode.InlayHint {
  constructor(
    position: vscode.Position,
    readonly price: InlinePriceHint,
    readonly uri: vscode.Uri,
  ) {
    super(position, price.label);
    this.paddingLeft = true;
  }
}

export function inlinePricesEnabled(uri?: vscode.Uri): boolean {
  return vscode.workspace.getConfiguration('marketNotes', uri).get<string>('inlinePrices', 'off') === 'on';
}

export class InlinePriceHintsProvider implements vscode.InlayHintsProvider<PriceHint>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeInlayHints = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [];
  private redrawTimer?: ReturnType<typeof setTimeout>;
  private readonly refreshTimers = new Map<vscode.TextEditor, ReturnType<typeof setTimeout>>();

  constructor(
    private readonly mentionIndex: MentionIndex,
    private readonly quotes: QuoteService,
    private readonly now: () => number = Date.now,
  ) {
    this.disposables.push(
      this.changed,
      quotes.onDidChangeQuotes(() => this.scheduleRedraw()),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (!event.affectsConfiguration('marketNotes.inlinePrices')) return;
        this.changed.fire();
        for (const editor of vscode.window.visibleTextEditors) this.scheduleRefresh(editor);
      }),
      vscode.window.onDidChangeTextEditorVisibleRanges((event) => this.scheduleRefresh(event.textEditor)),
      vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach((editor) => this.scheduleRefresh(editor))),
    );
    for (const editor of vscode.window.visibleTextEditors) this.scheduleRefresh(editor);
  }

  async provideInlayHints(document: vscode.TextDocument, range: vscode.Range, token: vscode.CancellationToken): Promise<PriceHint[]> {
    if (!inlinePricesEnabled(document.uri)) return [];
    const mentions = this.mentionIndex.mentions(document);
    const from = document.offsetAt(range.start);
    const to = document.offsetAt(range.end);
    const known = new Map<TickerMention, Quote>();
    for (const mention of mentionsBetween(mentions, from, to)) {
      if (token.isCancellationRequested) return [];
      const quote = await this.quotes.knownWithoutRequest(document.uri, mention);
      if (quote) known.set(mention, quote);
    }
    return inlinePriceHints(this.mentionIndex.facts(document).source.text, mentions, from, to, (mention) => known.get(mention)).map((hint) => new PriceHint(document.positionAt(hint.offset), hint, document.uri));
  }

  resolveInlayHint(hint: PriceHint): PriceHint {
    const { mention, quote } = hint.price;
    const providerLabel = isHttpProviderId(quote.provider) ? httpProviderInfo[quote.provider].displayName : 'Snapshot';
    const card = renderQuoteCard({ mention, quote, now: this.now(), providerLabel });
    hint.tooltip = new vscode.MarkdownString(card, true);
    return hint;
  }

  private scheduleRedraw(): void {
    if (this.redrawTimer || !inlinePricesEnabled()) return;
    this.redrawTimer = setTimeout(() => {
      this.redrawTimer = undefined;
      this.changed.fire();
    }, redrawDelayMs);
  }

  /** Quotes for what an editor shows, once it has settled: fresh ones are not asked again, so scrolling back is free. */
  private scheduleRefresh(editor: vscode.TextEditor): void {
    if (editor.document.languageId !== 'markdown' || !inlinePricesEnabled(editor.document.uri)) return;
    clearTimeout(this.refreshTimers.get(editor));
    this.refreshTimers.set(
      editor,
      setTimeout(() => {
        this.refreshTimers.delete(editor);
        const document = editor.document;
        if (document.isClosed) return;
        const mentions = this.mentionIndex.mentions(document);
        const visible = editor.visibleRanges.flatMap((range) => mentionsBetween(mentions, document.offsetAt(range.start), document.offsetAt(range.end)));
        void this.quotes.refreshTickers(document.uri, visible);
      }, refreshDelayMs),
    );
  }

  dispose(): void {
    clearTimeout(this.redrawTimer);
    for (const timer of this.refreshTimers.values()) clearTimeout(timer);
    vscode.Disposable.from(...this.disposables).dispose();
  }
}
