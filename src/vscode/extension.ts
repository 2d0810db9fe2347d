// Wiring only: create the services, register the editor features, hand everything to the context to dispose.

import * as vscode from 'vscode';
import { MentionIndex } from './mentionIndex';
import { QuoteHoverProvider } from './quoteHoverProvider';
import { ApiKeys } from './quotes/apiKeys';
import { registerQuoteCommands } from './quotes/quoteCommands';
import { QuoteService } from './quotes/quoteService';
import { affectsQuoteSettings } from './quotes/quoteSettings';
import { QuoteStatusBar } from './quotes/quoteStatusBar';
import { SnapshotSources } from './quotes/snapshotSources';
import { LintCodeActionProvider } from './lint/lintCodeActions';
import { LintConfiguration } from './lint/lintConfiguration';
import { LintController } from './lint/lintController';
import { registerCharts } from './charts/registerCharts';
import { QuoteError } from '../core/quotes/quote';
import { LocalListings } from './completion/localListings';
import { TickerCompletionProvider, tickerTriggerCharacters } from './completion/tickerCompletionProvider';
import { WorkspaceMentions } from './completion/workspaceMentions';
import { InlinePriceHintsProvider } from './inlinePrices/inlinePriceHintsProvider';
import { PriceDriftStatusBar } from './inlinePrices/priceDriftStatusBar';
import { registerRuleDocs } from './lint/ruleDocs';

export const markdownSelector: vscode.DocumentSelector = [
  { language: 'markdown', scheme: 'file' },
  { language: 'markdown', scheme: 'untitled' },
  { language: 'markdown', scheme: 'vscode-remote' },
];

export function activate(context: vscode.ExtensionContext): void {
  const log = vscode.window.createOutputChannel('Market Notes', { log: true });
  const mentionIndex = new MentionIndex();
  const snapshots = new SnapshotSources(log);
  const keys = new ApiKeys(context.secrets);
  const visibleMentions = () =>
    vscode.window.visibleTextEditors
      .filter((editor) => editor.document.languageId === 'markdown')
      .map((editor) => ({ uri: editor.document.uri, tickers: mentionIndex.mentions(editor.document) }));
  const quotes = new QuoteService(context, log, snapshots, keys, visibleMentions);
  const lintConfiguration = new LintConfiguration(log);
  const lint = new LintController(context.extensionUri, log, mentionIndex, quotes, lintConfiguration);

  context.subscriptions.push(
    log,
    mentionIndex,
    snapshots,
    keys,
    quotes,
    new QuoteStatusBar(quotes),
    keys.onDidChange(() => quotes.reset()),
    vscode.workspace.onDidChangeConfiguration((event) => affectsQuoteSettings(event) && quotes.reset()),
    vscode.languages.registerHoverProvider(markdownSelector, new QuoteHoverProvider(mentionIndex, quotes)),
    registerQuoteCommands(quotes, keys, log),
    lintConfiguration,
    lint,
    vscode.languages.registerCodeActionsProvider(markdownSelector, new LintCodeActionProvider(lint, mentionIndex), LintCodeActionProvider.metadata),
    vscode.commands.registerCommand('marketNotes.lintWorkspace', () => lint.lintWorkspace()),
    vscode.commands.registerCommand('marketNotes.showLog', () => log.show()),
    registerRuleDocs(context.extensionUri),
  );
  const workspaceMentions = new WorkspaceMentions(log);
  const completion = new TickerCompletionProvider(quotes, new LocalListings(mentionIndex, quotes, snapshots, workspaceMentions), log);
  const inlinePrices = new InlinePriceHintsProvider(mentionIndex, quotes);
  context.subscriptions.push(
    workspaceMentions,
    vscode.languages.registerCompletionItemProvider(markdownSelector, completion, ...tickerTriggerCharacters),
    inlinePrices,
    vscode.languages.registerInlayHintsProvider(markdownSelector, inlinePrices),
    new PriceDriftStatusBar(lint, mentionIndex),
  );
  registerCharts(context, {
    log,
    // Market-bound charts take their closes from the same provider as the hover, for the note being charted.
    history: async (ticker, range) => {
      const uri = vscode.window.activeTextEditor?.document.uri ?? vscode.workspace.workspaceFolders?.[0]?.uri;
      const history = uri && (await quotes.history(uri, ticker, range));
      if (!history) throw new QuoteError('bad-response', `No ${range} history for ${ticker.symbol} from ${quotes.providerFor(uri)}`);
      return history;
    },
    forgetHistory: () => quotes.forgetHistories(),
  });
  log.info(`Market Notes ${context.extension.packageJSON.version as string} activated`);
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
