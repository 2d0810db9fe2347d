// Commands of the quote layer: pick a provider, set a key, refresh, and the hover card's refresh/copy links.

import * as vscode from 'vscode';
import { httpProviderInfo, isHttpProviderId } from '../../core/quotes/providers';
import { describeQuoteForClipboard } from '../../core/hover/quoteCard';
import type { TickerRef } from '../../core/quotes/quote';
import type { ApiKeys } from './apiKeys';
import type { QuoteService } from './quoteService';
import { providerIds, type ProviderId } from './quoteSettings';
import { providerDisplayName } from './quoteStatusBar';
import { showInformation, showWarning } from '../notify';

/** Arguments of the hover card's command links (they travel as JSON in the link). */
export interface QuoteLinkArgs {
  readonly uri: string;
  readonly symbol: string;
  readonly exchange?: TickerRef['exchange'];
}

export function registerQuoteCommands(quotes: QuoteService, keys: ApiKeys, log: vscode.LogOutputChannel): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand('marketNotes.selectProvider', () => selectProvider(quotes, keys)),
    vscode.commands.registerCommand('marketNotes.setApiKey', async () => {
      const id = await keys.promptAndStore();
      if (id) {
        quotes.reset();
        void showInformation(`Market Notes: ${httpProviderInfo[id].displayName} API key saved in secret storage.`);
      }
    }),
    vscode.commands.registerCommand('marketNotes.refreshQuotes', async () => {
      await quotes.refreshVisible(true);
      log.info('Quotes refreshed for the visible notes');
    }),
    vscode.commands.registerCommand('marketNotes.refreshQuote', async (args: QuoteLinkArgs) => {
      await quotes.refreshOne(vscode.Uri.parse(args.uri), args);
      await vscode.commands.executeCommand('editor.action.showHover');
    }),
    vscode.commands.registerCommand('marketNotes.copyQuote', async (args: QuoteLinkArgs) => {
      const lookup = await quotes.lookup(vscode.Uri.parse(args.uri), args);
      if (!lookup.quote) {
        void showWarning(`Market Notes: no quote to copy for ${args.symbol}.`);
        return;
      }
      await vscode.env.clipboard.writeText(describeQuoteForClipboard(lookup.quote, lookup.providerLabel));
      vscode.window.setStatusBarMessage(`Copied the ${args.symbol} quote`, 3000);
    }),
  );
}

async function selectProvider(quotes: QuoteService, keys: ApiKeys): Promise<void> {
  const active = vscode.window.activeTextEditor?.document.uri;
  const current = quotes.providerFor(active);
  type Item = vscode.QuickPickItem & { id?: ProviderId; setKey?: boolean };
  const items: Item[] = await Promise.all(
    providerIds.map(async (id): Promise<Item> => {
      const info = isHttpProviderId(id) ? httpProviderInfo[id] : undefined;
      const key = info?.needsKey ? ((await keys.get(info.id)) ? 'key set' : 'needs an API key') : 'no key needed';
      const detail = id === 'snapshot' ? 'Offline: .market-notes/quotes.csv in the workspace' : `${key}${info?.worksInBrowser ? ' · works in vscode.dev' : ''}`;
      return { label: `${id === current ? '$(check) ' : ''}${providerDisplayName(id)}`, description: id, detail, id };
    }),
  );
  items.push({ label: '', kind: vscode.QuickPickItemKind.Separator }, { label: '$(key) Set API Key…', setKey: true });
  const picked = await vscode.window.showQuickPick(items, { title: 'Market Notes: Quote Provider', placeHolder: `Quotes now come from ${providerDisplayName(current)}` });
  if (!picked) return;
  if (picked.setKey) {
    await vscode.commands.executeCommand('marketNotes.setApiKey');
    return;
  }
  if (!picked.id) return;
  const config = vscode.workspace.getConfiguration('marketNotes', active);
  // Where the workspace chose a provider (the examples choose the snapshot), change it there; else for the user.
  const inspected = config.inspect<string>('quoteProvider');
  const target = inspected?.workspaceFolderValue !== undefined ? vscode.ConfigurationTarget.WorkspaceFolder : inspected?.workspaceValue !== undefined ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  await config.update('quoteProvider', picked.id, target);
  if (isHttpProviderId(picked.id) && httpProviderInfo[picked.id].needsKey && !(await keys.get(picked.id))) {
    await keys.promptAndStore(picked.id);
  }
}
