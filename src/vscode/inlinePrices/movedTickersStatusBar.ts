// A status bar count of the active note's tickers that moved more than the price-drift tolerance since the note's
// as-of date: measured from the price the note states for a ticker, or else from its close on the as-of date. It is
// worked out when a note becomes active, is saved or its quotes change — never per keystroke. Quotes come from what
// hover, lint and inline prices have already fetched (a snapshot is read from disk); closes on the as-of date come
// from the one history cache, a few tickers at a time. A click lists the moves; VS Code lets no extension set the
// Problems view's filter, so the list offers that view as its last item instead of pretending to filter it.

import * as vscode from 'vscode';
import { describeMove, moveSinceAsOf, movesBeyond, type TickerMove } from '../../core/inlinePrices/movedSinceAsOf';
import type { TickerMention } from '../../core/tickers';
import type { LintConfiguration } from '../lint/lintConfiguration';
import type { MentionIndex } from '../mentionIndex';
import type { QuoteService } from '../quotes/quoteService';
import { gatherThenFacts } from '../hover/thenFacts';

export const showMovedTickersCommand = 'marketNotes.showPriceDrift';
const recomputeDelayMs = 500;
// Closes on the as-of date are asked a few at a time so a note with a hundred tickers cannot burst a provider's limit.
const historyConcurrency = 3;

interface NoteMoves {
  readonly uri: vscode.Uri;
  readonly moves: readonly TickerMove[];
  /** Where each moved ticker is first mentioned, to reveal it from the list. */
  readonly firstMention: ReadonlyMap<string, number>;
}

export class MovedTickersStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('marketNotes.priceDrift', vscode.StatusBarAlignment.Right, 99);
  private readonly subscriptions: vscode.Disposable[];
  private timer?: ReturnType<typeof setTimeout>;
  private generation = 0;
  private current?: NoteMoves;

  constructor(
    private readonly mentionIndex: MentionIndex,
    private readonly quotes: QuoteService,
    private readonly lintConfiguration: LintConfiguration,
    private readonly now: () => number = Date.now,
  ) {
    this.item.name = 'Market Notes: Tickers Moved Since the As-of Date';
    this.item.command = showMovedTickersCommand;
    this.subscriptions = [
      vscode.window.onDidChangeActiveTextEditor(() => this.schedule(0)),
      vscode.workspace.onDidSaveTextDocument((document) => document === vscode.window.activeTextEditor?.document && this.schedule(0)),
      quotes.onDidChangeQuotes(() => this.schedule(recomputeDelayMs)),
      vscode.workspace.onDidChangeConfiguration((event) => event.affectsConfiguration('marketNotes') && this.schedule(recomputeDelayMs)),
      vscode.commands.registerCommand(showMovedTickersCommand, () => this.showMoves()),
    ];
    this.schedule(0);
  }

  private schedule(delayMs: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.update(), delayMs);
  }

  private async update(): Promise<void> {
    const generation = ++this.generation;
    const document = vscode.window.activeTextEditor?.document;
    const moves = document?.languageId === 'markdown' ? await this.movesIn(document) : undefined;
    if (generation !== this.generation) return;
    this.current = moves;
    if (!moves || moves.moves.length === 0) {
      this.item.hide();
      return;
    }
    const count = moves.moves.length;
    this.item.text = `$(pulse) ${count} moved`;
    this.item.tooltip = [
      `${count} ${count === 1 ? 'ticker' : 'tickers'} moved more than the price-drift tolerance since this note's as-of date:`,
      ...moves.moves.map(describeMove),
      'Click to list them.',
    ].join('\n');
    this.item.show();
  }

  /** The moves beyond the tolerance in a note, one per listing, measured from what the note knew of it. */
  private async movesIn(document: vscode.TextDocument): Promise<NoteMoves> {
    const facts = this.mentionIndex.facts(document);
    const firstMention = new Map<string, TickerMention>();
    for (const mention of facts.source.mentions) {
      const key = `${mention.exchange ?? ''}:${mention.symbol}`;
      if (!firstMention.has(key)) firstMention.set(key, mention);
    }
    const { config } = await this.lintConfiguration.forNote(document.uri);
    const mentions = [...firstMention.values()];
    const moves: (TickerMove | undefined)[] = [];
    const work = async (): Promise<void> => {
      for (let mention = mentions.shift(); mention; mention = mentions.shift()) {
        // A live provider's quote is read from the cache only: this count never asks for a quote of its own.
        const quote = await this.quotes.knownWithoutRequest(document.uri, mention);
        if (!quote) continue;
        // No hover is waiting: wait for the close rather than count a ticker as unmoved because its history was slow.
        const then = await gatherThenFacts(document.uri, facts, mention, this.quotes, this.now(), Infinity);
        moves.push(moveSinceAsOf(mention.symbol, then, quote.price));
      }
    };
    await Promise.all(Array.from({ length: historyConcurrency }, work));
    const beyond = movesBeyond(moves, config.priceDriftPercent);
    const firstBySymbol = new Map<string, number>();
    for (const mention of firstMention.values()) if (!firstBySymbol.has(mention.symbol)) firstBySymbol.set(mention.symbol, mention.offset);
    const revealAt = new Map(beyond.map((move) => [move.symbol, firstBySymbol.get(move.symbol) ?? 0]));
    return { uri: document.uri, moves: beyond, firstMention: revealAt };
  }

  /** The moves as a list: picking one shows the ticker in the note; the last item opens the Problems view. */
  private async showMoves(): Promise<void> {
    const current = this.current;
    type Item = vscode.QuickPickItem & { move?: TickerMove };
    const items: Item[] = (current?.moves ?? []).map((move) => ({
      label: `$(${move.percent > 0 ? 'arrow-up' : 'arrow-down'}) ${move.symbol}`,
      description: `${move.percent > 0 ? '▲' : '▼'}${Math.abs(move.percent).toFixed(1)}%`,
      detail: describeMove(move),
      move,
    }));
    items.push({ label: '$(warning) Show the Problems view', detail: 'Type price-drift in its filter box to see the stated prices that drifted' });
    const picked = await vscode.window.showQuickPick(items, {
      title: 'Tickers that moved since this note\'s as-of date',
      placeHolder: items.length > 1 ? 'Pick a ticker to show it in the note' : 'No ticker moved beyond the price-drift tolerance',
      matchOnDetail: true,
    });
    if (!picked) return;
    if (!picked.move || !current) {
      await vscode.commands.executeCommand('workbench.action.problems.focus');
      await vscode.commands.executeCommand('problems.action.focusFilter');
      return;
    }
    const document = await vscode.workspace.openTextDocument(current.uri);
    const line = picked.move.line;
    const position = line !== undefined ? new vscode.Position(line - 1, 0) : document.positionAt(current.firstMention.get(picked.move.symbol) ?? 0);
    await vscode.window.showTextDocument(document, { selection: new vscode.Range(position, position) });
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.generation++;
    vscode.Disposable.from(this.item, ...this.subscriptions).dispose();
  }
}
