// Commands of the quote layer: pick a provider, set a key, refresh, and the hover card's refresh/copy links.

import * as vscode from 'vscode';
import { httpProviderInfo, isHttpProviderId } from '../../core/quotes/providers';
import { describeQuoteForClipboard } from '../../core/hover/quoteCard';
import type { TickerRef } from '../../core/tickers/tickerRef';
import type { ApiKeys } from './apiKeys';
import type { QuoteService } from './quoteService';
import { providerIds, writeTargetFor, type ProviderId } from './quoteSettings';
import { providerDisplayName } from './quoteStatusBar';
import { askModal, showWarning } from '../notify';
import { firstAnswer, keyPageButton, openKeyPage } from '../quickInputs';

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
      // promptAndStore confirms the save itself, whichever way it was reached.
      if (await keys.promptAndStore()) quotes.reset();
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
  const picked = await pickProvider(current, keys);
  if (!picked) return;
  if (picked === 'set-key') {
    await vscode.commands.executeCommand('marketNotes.setApiKey');
    return;
  }
  const config = vscode.workspace.getConfiguration('marketNotes', active);
  const target = await settingTarget(config.inspect<string>('quoteProvider'), current, picked);
  if (target === undefined) return;
  if (picked !== current || target === vscode.ConfigurationTarget.Global) await config.update('quoteProvider', picked, target);
  if (isHttpProviderId(picked) && httpProviderInfo[picked].needsKey && !(await keys.get(picked))) {
    await keys.promptAndStore(picked);
  }
}

type ProviderItem = vscode.QuickPickItem & { readonly id?: ProviderId; readonly setKey?: boolean };

/** The provider picker, opened on the current provider; a keyed provider's button opens the page where its key is had. */
async function pickProvider(current: ProviderId, keys: ApiKeys): Promise<ProviderId | 'set-key' | undefined> {
  const items: ProviderItem[] = await Promise.all(
    providerIds.map(async (id): Promise<ProviderItem> => {
      const info = isHttpProviderId(id) ? httpProviderInfo[id] : undefined;
      const key = info?.needsKey ? ((await keys.get(info.id)) ? 'key set' : 'needs an API key') : 'no key needed';
      const detail = id === 'snapshot' ? 'Offline: .market-notes/quotes.csv in the workspace' : `${key}${info?.worksInBrowser ? ' · works in vscode.dev' : ''}`;
      const buttons = info?.keyPage ? [keyPageButton(info.displayName)] : [];
      return { label: `${id === current ? '$(check) ' : ''}${providerDisplayName(id)}`, description: id, detail, id, buttons };
    }),
  );
  items.push({ label: '', kind: vscode.QuickPickItemKind.Separator }, { label: '$(key) Set API Key…', setKey: true });
  const pick = vscode.window.createQuickPick<ProviderItem>();
  pick.title = 'Market Notes: Quote Provider';
  pick.placeholder = `Quotes now come from ${providerDisplayName(current)}`;
  pick.items = items;
  pick.activeItems = items.filter((item) => item.id === current);
  const answer = await firstAnswer(pick, () => pick.selectedItems[0], () => [
    pick.onDidTriggerItemButton(({ item }) => openKeyPage(item.id && isHttpProviderId(item.id) ? httpProviderInfo[item.id].keyPage : undefined)),
  ]);
  return answer?.setKey ? 'set-key' : answer?.id;
}

/**
 * Where to write the choice: the user's settings, unless the workspace (or the folder) sets the provider — then the
 * choice would not take effect anywhere else, but that file is shared and may explain its choice in a comment, so the
 * writer is asked before it is changed. Undefined when they decline.
 */
async function settingTarget(inspected: ReturnType<vscode.WorkspaceConfiguration['inspect']>, current: ProviderId, picked: ProviderId): Promise<vscode.ConfigurationTarget | undefined> {
  const target = writeTargetFor(inspected);
  if (target === 'user') return vscode.ConfigurationTarget.Global;
  if (picked === current) return target === 'folder' ? vscode.ConfigurationTarget.WorkspaceFolder : vscode.ConfigurationTarget.Workspace;
  const where = target === 'folder' ? "this folder's .vscode/settings.json" : "the workspace's settings";
  const change = 'Change Workspace Setting';
  const answer = await askModal(
    `The workspace chooses ${providerDisplayName(current)} for quotes. Change ${where} to ${providerDisplayName(picked)}?`,
    'The file is shared with everyone who opens this workspace, and a comment in it may explain the current choice: review it after the change.',
    change,
  );
  if (answer !== change) return undefined;
  return target === 'folder' ? vscode.ConfigurationTarget.WorkspaceFolder : vscode.ConfigurationTarget.Workspace;
}
