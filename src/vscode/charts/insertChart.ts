// "Market Notes: Insert Chart…": QuickPicks for the kind, the tickers (the note's mentions offered first, any
// symbol typed accepted), the range and live-bound or snapshot; then one WorkspaceEdit, so one undo removes it.
// The code action offers the same command for a selection of tickers, with them pre-picked.

import * as vscode from 'vscode';
import { planChartInsertion, selectedTickers } from '../../core/charts/chartInsertion';
import { chartKindInfo, chartKinds, chartTemplateFence, templateRange, type ChartKind } from '../../core/charts/chartTemplates';
import { chartRanges, isChartTicker, type ChartRange } from '../../core/charts/marketBinding';
import type { HistorySource } from '../../core/charts/prepareCharts';
import type { History } from '../../core/quotes/quote';
import { findTickerMentions } from '../../core/tickers';
import { showError, showWarning } from '../notify';

export const insertChartCommand = 'marketNotes.insertChart';

/** From the code action: the selected tickers, and the line to insert after. */
export interface InsertChartArgs {
  readonly tickers?: readonly string[];
  readonly line?: number;
}

export async function insertChart(history: HistorySource | undefined, log: vscode.LogOutputChannel, args: InsertChartArgs = {}): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'markdown') {
    void showWarning('Market Notes: open a Markdown note to insert a chart.');
    return;
  }
  const kind = await pickKind();
  if (!kind) return;
  const info = chartKindInfo[kind];
  const tickers = info.maxTickers === 0 ? [] : await pickTickers(kind, editor.document, args.tickers ?? []);
  if (!tickers) return;
  const picked = kind === 'blank' ? '3mo' : await pickRange(kind);
  if (!picked) return;
  const range = templateRange(kind, picked);
  const snapshot = kind === 'blank' ? false : await pickSnapshot(history !== undefined);
  if (snapshot === undefined) return;

  let histories: History[] | undefined;
  if (snapshot && history) {
    histories = await fetchSnapshot(history, tickers, range, log);
    if (!histories) return;
  }
  const fence = chartTemplateFence({ kind, tickers, range, ...(histories ? { snapshot: histories } : {}) });
  const document = editor.document;
  const line = args.line ?? editor.selection.active.line;
  const plan = planChartInsertion(fence, document.lineAt(line).text, line > 0 ? document.lineAt(line - 1).text : undefined);
  const position = plan.atLineEnd ? document.lineAt(line).range.end : new vscode.Position(line, 0);
  const edit = new vscode.WorkspaceEdit();
  edit.insert(document.uri, position, plan.text);
  await vscode.workspace.applyEdit(edit);
}

async function pickKind(): Promise<ChartKind | undefined> {
  const picked = await vscode.window.showQuickPick(
    chartKinds.map((chartKind) => ({ label: chartKindInfo[chartKind].label, detail: chartKindInfo[chartKind].detail, chartKind })),
    { title: 'Insert Chart (1/4): kind', placeHolder: 'Which chart?' },
  );
  return picked?.chartKind;
}

type TickerItem = vscode.QuickPickItem & { readonly symbol: string };

/** Multi-select of the note's tickers; typing symbols (`XLF, SPY`) adds them. Resolves undefined if dismissed. */
function pickTickers(kind: ChartKind, document: vscode.TextDocument, preselected: readonly string[]): Promise<string[] | undefined> {
  const { minTickers, maxTickers, label } = chartKindInfo[kind];
  const mentioned = [...new Set(findTickerMentions(document.getText()).map((mention) => mention.symbol.toUpperCase()))];
  const base: TickerItem[] = [...new Set([...preselected.map((s) => s.toUpperCase()), ...mentioned])].map((symbol) => ({
    label: symbol,
    symbol,
    description: mentioned.includes(symbol) ? 'mentioned in this note' : 'selected',
  }));
  const wanted = minTickers === maxTickers ? `exactly ${minTickers}` : `${minTickers} to ${maxTickers}`;
  const pick = vscode.window.createQuickPick<TickerItem>();
  pick.title = `Insert Chart (2/4): tickers for the ${label.toLowerCase()}`;
  pick.placeholder = `Pick ${wanted} tickers, or type symbols (e.g. IWM, QQQ)`;
  pick.canSelectMany = true;
  pick.items = base;
  const initial = preselected.length > 0 ? preselected.map((s) => s.toUpperCase()) : mentioned.slice(0, Math.max(minTickers, Math.min(2, maxTickers)));
  pick.selectedItems = base.filter((item) => initial.includes(item.symbol));

  return new Promise((resolve) => {
    let done = false;
    const finish = (result: string[] | undefined) => {
      done = true;
      resolve(result);
      pick.dispose();
    };
    pick.onDidChangeValue((value) => {
      const typed = value.split(/[\s,/]+/).map((word) => word.toUpperCase()).filter((word) => isChartTicker(word) && !base.some((item) => item.symbol === word));
      const typedItems = typed.map((symbol) => ({ label: symbol, symbol, description: 'typed' }));
      const kept = pick.selectedItems.filter((item) => item.description !== 'typed').map((item) => item.symbol);
      pick.items = [...typedItems, ...base];
      pick.selectedItems = pick.items.filter((item) => kept.includes(item.symbol) || typedItems.some((t) => t.symbol === item.symbol));
    });
    pick.onDidAccept(() => {
      const symbols = pick.selectedItems.map((item) => item.symbol);
      if (symbols.length < minTickers || symbols.length > maxTickers) {
        pick.placeholder = `The ${label.toLowerCase()} needs ${wanted} tickers — ${symbols.length} picked`;
        return;
      }
      finish(symbols);
    });
    pick.onDidHide(() => done || finish(undefined));
    pick.show();
  });
}

async function pickRange(kind: ChartKind): Promise<ChartRange | undefined> {
  if (kind === 'ytd') return 'ytd';
  const labels: Record<ChartRange, string> = { '3mo': '3 months', '6mo': '6 months', ytd: 'Year to date', '1y': '1 year' };
  const picked = await vscode.window.showQuickPick(
    chartRanges.map((range) => ({ label: labels[range], description: range, range })),
    { title: 'Insert Chart (3/4): range' },
  );
  return picked?.range;
}

/** true: snapshot, false: live-bound, undefined: dismissed. */
async function pickSnapshot(canSnapshot: boolean): Promise<boolean | undefined> {
  const picked = await vscode.window.showQuickPick(
    [
      { label: 'Live-bound', detail: 'The panel fills the data from your quote provider on every render', snapshot: false },
      {
        label: 'Snapshot',
        detail: canSnapshot ? 'Fetch the data now and inline it, with its as-of date and source: the note reproduces anywhere' : 'Unavailable: no quote history source is configured',
        snapshot: true,
      },
    ],
    { title: 'Insert Chart (4/4): data' },
  );
  if (picked?.snapshot && !canSnapshot) {
    void showWarning('Market Notes: snapshot charts need a quote provider with price history.');
    return undefined;
  }
  return picked?.snapshot;
}

async function fetchSnapshot(history: HistorySource, tickers: readonly string[], range: ChartRange, log: vscode.LogOutputChannel): Promise<History[] | undefined> {
  const results = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: `Fetching ${tickers.join(', ')} (${range})…` },
    () => Promise.allSettled(tickers.map((symbol) => history({ symbol }, range))),
  );
  const failures = results.flatMap((result, i) => (result.status === 'rejected' ? [`${tickers[i]}: ${result.reason instanceof Error ? result.reason.message : String(result.reason)}`] : []));
  if (failures.length > 0) {
    log.warn(`Insert chart: no history for ${failures.join('; ')}`);
    void showError(`Market Notes: no price history for ${failures.join('; ')}`);
    return undefined;
  }
  return results.map((result) => (result as PromiseFulfilledResult<History>).value);
}

/** "Insert chart of IWM, QQQ…" on a selection that names tickers. */
export class InsertChartCodeActionProvider implements vscode.CodeActionProvider {
  static readonly kind = vscode.CodeActionKind.Refactor.append('marketNotes.insertChart');
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [InsertChartCodeActionProvider.kind] };

  provideCodeActions(document: vscode.TextDocument, range: vscode.Range | vscode.Selection): vscode.CodeAction[] {
    if (range.isEmpty) return [];
    const tickers = selectedTickers(document.getText(range));
    if (tickers.length === 0) return [];
    const action = new vscode.CodeAction(`Insert chart of ${tickers.join(', ')}…`, InsertChartCodeActionProvider.kind);
    const args: InsertChartArgs = { tickers, line: range.end.line };
    action.command = { command: insertChartCommand, title: action.title, arguments: [args] };
    return [action];
  }
}
