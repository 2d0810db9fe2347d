// Wiring only: create the services, register the editor features, hand everything to the context to dispose.

import * as vscode from 'vscode';
import { MentionIndex } from './mentionIndex';
import { QuoteHoverProvider } from './hover/quoteHoverProvider';
import { ApiKeys } from './quotes/apiKeys';
import { registerQuoteCommands } from './quotes/quoteCommands';
import { QuoteService } from './quotes/quoteService';
import { affectsQuoteSettings, noteQuoteRequestLimit } from './quotes/quoteSettings';
import { QuoteStatusBar } from './quotes/quoteStatusBar';
import { SnapshotSources } from './quotes/snapshotSources';
import { LintCodeActionProvider } from './lint/lintCodeActions';
import { LintConfiguration } from './lint/lintConfiguration';
import { LintController } from './lint/lintController';
import { registerCharts } from './charts/registerCharts';
import { LocalListings } from './completion/localListings';
import { TickerCompletionProvider, tickerTriggerCharacters } from './completion/tickerCompletionProvider';
import { WorkspaceMentions } from './completion/workspaceMentions';
import { InlinePriceHintsProvider } from './inlinePrices/inlinePriceHintsProvider';
import { MovedTickersStatusBar } from './inlinePrices/movedTickersStatusBar';
import { registerMarkdownPreview } from './preview/markdownPreview';
import { QuoteError, type History } from '../core/quotes/quote';
import type { TickerRef } from '../core/tickers/tickerRef';
import type { ChartRange } from '../core/charts/marketBinding';
import { ChartDataUnavailable } from '../core/charts/chartDataProblem';
import { httpProviderInfo } from '../core/quotes/providers/providerInfo';
import { mentionsBetween } from '../core/inlinePrices/inlinePriceHints';
import { firstDistinctListings } from '../core/lint/quoteRequestLimit';
import type MarkdownIt from 'markdown-it';
import { registerRuleDocs } from './lint/ruleDocs';

export const markdownSelector: vscode.DocumentSelector = [
  { language: 'markdown', scheme: 'file' },
  { language: 'markdown', scheme: 'untitled' },
  { language: 'markdown', scheme: 'vscode-remote' },
];

/** What VS Code's Markdown preview asks of an extension contributing `markdown.markdownItPlugins`. */
export interface MarketNotesApi {
  extendMarkdownIt(md: MarkdownIt): MarkdownIt;
}

export function activate(context: vscode.ExtensionContext): MarketNotesApi {
  const log = vscode.window.createOutputChannel('Market Notes', { log: true });
  const lintConfiguration = new LintConfiguration(log);
  const mentionIndex = new MentionIndex((uri) => lintConfiguration.tickerScanOptions(uri));
  const snapshots = new SnapshotSources(log);
  const keys = new ApiKeys(context.secrets);
  // The background refresh asks for a visible note's listings, those on screen first, as many as one lint may.
  const visibleMentions = () =>
    vscode.window.visibleTextEditors
      .filter((editor) => editor.document.languageId === 'markdown')
      .map((editor) => {
        const { document } = editor;
        const mentions = mentionIndex.mentions(document);
        const onScreen = editor.visibleRanges.flatMap((range) => mentionsBetween(mentions, document.offsetAt(range.start), document.offsetAt(range.end)));
        return { uri: document.uri, tickers: firstDistinctListings([...onScreen, ...mentions], noteQuoteRequestLimit()) };
      });
  const quotes = new QuoteService(context, log, snapshots, keys, visibleMentions);
  const lint = new LintController(context.extensionUri, log, quotes, lintConfiguration);

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
    new MovedTickersStatusBar(mentionIndex, quotes, lintConfiguration),
  );
  // Market-bound charts take their closes from the same provider as the hover, for the note being charted. When
  // they cannot be had, the failure says which provider and why (a chart that is fine but offline is not invalid).
  const history = async (ticker: TickerRef, range: ChartRange): Promise<History> => {
    const uri = vscode.window.activeTextEditor?.document.uri ?? vscode.workspace.workspaceFolders?.[0]?.uri;
    const found = uri && (await quotes.history(uri, ticker, range));
    if (found) return found;
    const failure = uri && quotes.historyFailure(uri, ticker, range);
    const provider = quotes.providerFor(uri);
    const name = provider === 'snapshot' ? 'Snapshot' : httpProviderInfo[provider].displayName;
    const kind = failure instanceof QuoteError ? failure.kind : 'bad-response';
    throw new ChartDataUnavailable(name, kind, failure instanceof Error ? failure.message : `${name} has no ${range} history for ${ticker.symbol}`);
  };
  registerCharts(context, {
    log,
    history,
    forgetHistory: () => quotes.forgetHistories(),
    mentions: (document) => mentionIndex.mentions(document),
  });
  const extendMarkdownIt = registerMarkdownPreview(context, { log, quotes, history });
  log.info(`Market Notes ${context.extension.packageJSON.version as string} activated`);
  return { extendMarkdownIt };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
