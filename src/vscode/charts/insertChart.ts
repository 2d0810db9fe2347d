// "Market Notes: Insert Chart…": QuickPicks for the kind, the tickers (the note's mentions offered first, any
// symbol typed accepted), the range and live-bound or snapshot — as many as the kind needs, counted for it, with a
// Back button — then one WorkspaceEdit, so one undo removes it.
// The code action offers the same command for a selection of tickers, with them pre-picked.

import * as vscode from 'vscode';
import { paragraphEndLine, planChartInsertion, selectedTickers } from '../../core/charts/chartInsertion';
import { chartKindInfo, chartKinds, chartTemplateFence, templateRange, type ChartKind } from '../../core/charts/chartTemplates';
import { chartRanges, isChartTicker, type ChartRange } from '../../core/charts/marketBinding';
import { insertChartSteps, insertChartStepTitle, tickerCountWanted, tickerSelectionProblem } from '../../core/charts/insertChartSteps';
import type { HistorySource } from '../../core/charts/prepareCharts';
import type { History } from '../../core/quotes/quote';
import { findTickerMentions, type TickerMention } from '../../core/tickers';
import { showError, showWarning } from '../notify';
import { firstAnswer } from '../quickInputs';

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
  const choices = await askChartChoices(editor.document, args.tickers ?? [], history !== undefined);
  if (!choices) return;
  const { kind, tickers, snapshot } = choices;
  const range = templateRange(kind, choices.range);

  let histories: History[] | undefined;
  if (snapshot && history) {
    histories = await fetchSnapshot(history, tickers, range, log);
    if (!histories) return;
  }
  const fence = chartTemplateFence({ kind, tickers, range, ...(histories ? { snapshot: histories } : {}) });
  const document = editor.document;
  const line = args.line ?? editor.selection.active.line;
  const next = line + 1 < document.lineCount ? document.lineAt(line + 1).text : undefined;
  const plan = planChartInsertion(fence, document.lineAt(line).text, line > 0 ? document.lineAt(line - 1).text : undefined, next);
  const position = plan.atLineEnd ? document.lineAt(line).range.end : new vscode.Position(line, 0);
  const edit = new vscode.WorkspaceEdit();
  edit.insert(document.uri, position, plan.text);
  await vscode.workspace.applyEdit(edit);
}

interface ChartChoices {
  kind: ChartKind;
  tickers: string[];
  range: ChartRange;
  snapshot: boolean;
}

/**
 * The quick-pick steps, with a Back button from the second on: going back keeps what was picked. Resolves
 * undefined when the writer dismisses a step.
 */
async function askChartChoices(document: vscode.TextDocument, preselected: readonly string[], canSnapshot: boolean): Promise<ChartChoices | undefined> {
  const choices: Partial<ChartChoices> = {};
  let index = 0;
  for (;;) {
    const steps = insertChartSteps(choices.kind);
    const step = steps[index];
    if (step === undefined) break;
    const title = insertChartStepTitle(step, choices.kind);
    const back = index > 0;
    let answer: 'back' | 'done' | undefined;
    switch (step) {
      case 'kind': {
        const picked = await pickOne(title, 'Which chart?', back, chartKinds.map((kind) => ({ label: chartKindInfo[kind].label, detail: chartKindInfo[kind].detail, value: kind })), choices.kind);
        if (picked !== undefined && picked !== 'back' && picked !== choices.kind) {
          choices.kind = picked;
          choices.range = undefined;
        }
        answer = picked === undefined ? undefined : picked === 'back' ? 'back' : 'done';
        break;
      }
      case 'tickers': {
        const picked = await pickTickers(title, back, choices.kind!, document, choices.tickers ?? preselected);
        if (Array.isArray(picked)) choices.tickers = picked;
        answer = picked === undefined ? undefined : picked === 'back' ? 'back' : 'done';
        break;
      }
      case 'range': {
        const labels: Record<ChartRange, string> = { '3mo': '3 months', '6mo': '6 months', ytd: 'Year to date', '1y': '1 year' };
        const picked = await pickOne(title, 'Which period?', back, chartRanges.map((range) => ({ label: labels[range], description: range, value: range })), choices.range);
        if (picked !== undefined && picked !== 'back') choices.range = picked;
        answer = picked === undefined ? undefined : picked === 'back' ? 'back' : 'done';
        break;
      }
      case 'data': {
        const picked = await pickOne(title, 'Live-bound or snapshot?', back, dataItems(canSnapshot), choices.snapshot);
        if (picked === true && !canSnapshot) {
          void showWarning('Market Notes: snapshot charts need a quote provider with price history.');
          return undefined;
        }
        if (picked !== undefined && picked !== 'back') choices.snapshot = picked;
        answer = picked === undefined ? undefined : picked === 'back' ? 'back' : 'done';
        break;
      }
    }
    if (answer === undefined) return undefined;
    index += answer === 'back' ? -1 : 1;
  }
  const kind = choices.kind!;
  return {
    kind,
    tickers: chartKindInfo[kind].maxTickers === 0 ? [] : (choices.tickers ?? []),
    range: kind === 'ytd' ? 'ytd' : (choices.range ?? '3mo'),
    snapshot: kind === 'blank' ? false : (choices.snapshot ?? false),
  };
}

function dataItems(canSnapshot: boolean): PickItem<boolean>[] {
  return [
    { label: 'Live-bound', detail: 'The panel fills the data from your quote provider on every render', value: false },
    {
      label: 'Snapshot',
      detail: canSnapshot ? 'Fetch the data now and inline it, with its as-of date and source: the note reproduces anywhere' : 'Unavailable: no quote history source is configured',
      value: true,
    },
  ];
}

type PickItem<T> = vscode.QuickPickItem & { readonly value: T };

/** One single-choice step: the item picked, 'back', or undefined when dismissed. `current` is focused first. */
function pickOne<T>(title: string, placeholder: string, back: boolean, items: PickItem<T>[], current: T | undefined): Promise<T | 'back' | undefined> {
  const pick = vscode.window.createQuickPick<PickItem<T>>();
  pick.title = title;
  pick.placeholder = placeholder;
  pick.items = items;
  if (back) pick.buttons = [vscode.QuickInputButtons.Back];
  const active = items.find((item) => item.value === current);
  if (active) pick.activeItems = [active];
  return runPick(pick, () => pick.selectedItems[0]?.value);
}

/** Shows `pick` until accepted (with `accept()`'s answer, unless undefined), Back, or dismissed. */
function runPick<I extends vscode.QuickPickItem, T>(pick: vscode.QuickPick<I>, accept: () => T | undefined): Promise<T | 'back' | undefined> {
  return firstAnswer<T | 'back'>(pick, accept, (finish) => [
    pick.onDidTriggerButton((button) => button === vscode.QuickInputButtons.Back && finish('back')),
  ]);
}

type TickerItem = vscode.QuickPickItem & { readonly symbol: string };

/**
 * Multi-select of the note's tickers; typing symbols (`XLF, SPY`) adds them. A selection the kind cannot take
 * (three tickers for a ratio) is said in the title as it happens and refused on Enter; nothing is unchecked.
 */
function pickTickers(title: string, back: boolean, kind: ChartKind, document: vscode.TextDocument, preselected: readonly string[]): Promise<string[] | 'back' | undefined> {
  const { minTickers, maxTickers } = chartKindInfo[kind];
  const mentioned = [...new Set(findTickerMentions(document.getText()).map((mention) => mention.symbol.toUpperCase()))];
  const base: TickerItem[] = [...new Set([...preselected.map((s) => s.toUpperCase()), ...mentioned])].map((symbol) => ({
    label: symbol,
    symbol,
    description: mentioned.includes(symbol) ? 'mentioned in this note' : 'selected',
  }));
  const pick = vscode.window.createQuickPick<TickerItem>();
  pick.title = title;
  pick.placeholder = `Pick ${tickerCountWanted(kind)} tickers, or type symbols (e.g. IWM, QQQ)`;
  pick.canSelectMany = true;
  if (back) pick.buttons = [vscode.QuickInputButtons.Back];
  pick.items = base;
  const initial = preselected.length > 0 ? preselected.map((s) => s.toUpperCase()) : mentioned.slice(0, Math.max(minTickers, Math.min(2, maxTickers)));
  pick.selectedItems = base.filter((item) => initial.includes(item.symbol));
  const sayProblem = () => {
    const problem = pick.selectedItems.length > 0 ? tickerSelectionProblem(kind, pick.selectedItems.length) : undefined;
    pick.title = problem ? `${title} — ${problem}` : title;
  };
  sayProblem();
  pick.onDidChangeSelection(sayProblem);
  pick.onDidChangeValue((value) => {
    const typed = value.split(/[\s,/]+/).map((word) => word.toUpperCase()).filter((word) => isChartTicker(word) && !base.some((item) => item.symbol === word));
    const typedItems = typed.map((symbol) => ({ label: symbol, symbol, description: 'typed' }));
    const kept = pick.selectedItems.filter((item) => item.description !== 'typed').map((item) => item.symbol);
    pick.items = [...typedItems, ...base];
    pick.selectedItems = pick.items.filter((item) => kept.includes(item.symbol) || typedItems.some((t) => t.symbol === item.symbol));
    sayProblem();
  });
  return runPick(pick, () => {
    const symbols = pick.selectedItems.map((item) => item.symbol);
    const problem = tickerSelectionProblem(kind, symbols.length);
    if (problem) {
      pick.title = `${title} — ${problem}`;
      return undefined;
    }
    return symbols;
  });
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

/**
 * "Insert chart of IWM, QQQ…" on a selection that touches ticker mentions; the chart goes after the selection's
 * paragraph, with blank lines around it.
 */
export class InsertChartCodeActionProvider implements vscode.CodeActionProvider {
  static readonly kind = vscode.CodeActionKind.Refactor.append('marketNotes.insertChart');
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [InsertChartCodeActionProvider.kind] };

  /** `mentions`: the note's mentions as hover and lint read them (the mention index), else a fresh scan. */
  constructor(private readonly mentions: (document: vscode.TextDocument) => readonly TickerMention[] = (document) => findTickerMentions(document.getText())) {}

  provideCodeActions(document: vscode.TextDocument, range: vscode.Range | vscode.Selection): vscode.CodeAction[] {
    if (range.isEmpty) return [];
    const tickers = selectedTickers(this.mentions(document), document.offsetAt(range.start), document.offsetAt(range.end));
    if (tickers.length === 0) return [];
    const action = new vscode.CodeAction(`Insert chart of ${tickers.join(', ')}…`, InsertChartCodeActionProvider.kind);
    const line = paragraphEndLine((index) => document.lineAt(index).text, document.lineCount, range.end.line);
    const args: InsertChartArgs = { tickers, line };
    action.command = { command: insertChartCommand, title: action.title, arguments: [args] };
    return [action];
  }
}
