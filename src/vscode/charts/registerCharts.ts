// The charts feature's wiring: the panel and its serializer, the diagnostics for broken blocks (kept for every
// open note, panel or not), Insert Chart and its code action, and Export. activate() calls registerCharts once.

import * as vscode from 'vscode';
import type { ChartRange } from '../../core/charts/marketBinding';
import { prepareCharts } from '../../core/charts/prepareCharts';
import type { ChartWebviewState } from '../../core/charts/messages';
import type { History } from '../../core/quotes/quote';
import type { TickerMention } from '../../core/tickers';
import { ChartDiagnostics } from './chartDiagnostics';
import { ChartPanel, type ChartPanelServices } from './chartPanel';
import { chartLineAt, pickExportFormat, saveChartExport } from './exportChart';
import { insertChart, insertChartCommand, InsertChartCodeActionProvider, type InsertChartArgs } from './insertChart';
import { showError, showInformation } from '../notify';

export const chartCommands = {
  open: 'marketNotes.openCharts',
  insert: insertChartCommand,
  export: 'marketNotes.exportChart',
} as const;

export interface ChartDeps {
  readonly log: vscode.LogOutputChannel;
  /** Daily closes for market-bound charts and snapshot inserts; without it those charts say data is unavailable. */
  readonly history?: (ticker: { symbol: string }, range: ChartRange) => Promise<History>;
  /** Drop cached histories, so "Refresh data" asks the provider again. */
  readonly forgetHistory?: () => void;
  /** A note's ticker mentions as hover and lint read them, for the "Insert chart of …" code action. */
  readonly mentions?: (document: vscode.TextDocument) => readonly TickerMention[];
}

const markdown: vscode.DocumentSelector = { language: 'markdown' };
const diagnosticDelayMs = 250;

export function registerCharts(context: vscode.ExtensionContext, deps: ChartDeps): void {
  const diagnostics = new ChartDiagnostics(context.extensionUri);
  const history = deps.history ? { history: deps.history, forget: () => deps.forgetHistory?.() } : undefined;
  const services: ChartPanelServices = {
    extensionUri: context.extensionUri,
    log: deps.log,
    diagnostics,
    ...(history ? { history } : {}),
    saveExport: (document, line, format, data) =>
      saveChartExport(document, line, format, data).catch((error: unknown) => {
        deps.log.error(`Chart export failed: ${error instanceof Error ? error.message : String(error)}`);
        void showError(`Market Notes: the chart could not be saved: ${error instanceof Error ? error.message : String(error)}`);
      }),
  };

  context.subscriptions.push(
    diagnostics,
    watchChartDiagnostics(diagnostics),
    vscode.window.registerWebviewPanelSerializer(ChartPanel.viewType, {
      deserializeWebviewPanel: (panel, state: ChartWebviewState | undefined) => ChartPanel.revive(panel, services, state),
    }),
    vscode.commands.registerCommand(chartCommands.open, () => ChartPanel.createOrShow(services)),
    vscode.commands.registerCommand(chartCommands.insert, (args?: InsertChartArgs) => insertChart(history?.history, deps.log, args)),
    vscode.commands.registerCommand(chartCommands.export, () => exportChartUnderCursor(services)),
    vscode.languages.registerCodeActionsProvider(markdown, new InsertChartCodeActionProvider(deps.mentions), InsertChartCodeActionProvider.metadata),
    { dispose: () => ChartPanel.currentPanel?.dispose() },
  );
}

/** Diagnostics for every open Markdown note: on open, and debounced on edits (typing never waits on them). */
function watchChartDiagnostics(diagnostics: ChartDiagnostics): vscode.Disposable {
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const check = (document: vscode.TextDocument) => {
    if (document.languageId === 'markdown') diagnostics.setFromNote(document, prepareCharts(document.getText()));
  };
  const schedule = (document: vscode.TextDocument) => {
    const key = document.uri.toString();
    clearTimeout(timers.get(key));
    timers.set(key, setTimeout(() => {
      timers.delete(key);
      if (!document.isClosed) check(document);
    }, diagnosticDelayMs));
  };
  // The notes open at activation are checked just after it: VS Code counts activate()'s own time as the extension's
  // start-up, and a first check lexes the note (marked's patterns compile on first use).
  const initial = setTimeout(() => vscode.workspace.textDocuments.forEach((document) => !document.isClosed && check(document)), 0);
  const subscriptions = [
    vscode.workspace.onDidOpenTextDocument(check),
    vscode.workspace.onDidChangeTextDocument((event) => event.document.languageId === 'markdown' && schedule(event.document)),
    vscode.workspace.onDidCloseTextDocument((document) => {
      clearTimeout(timers.get(document.uri.toString()));
      diagnostics.delete(document.uri);
    }),
  ];
  return {
    dispose: () => {
      clearTimeout(initial);
      timers.forEach((timer) => clearTimeout(timer));
      subscriptions.forEach((subscription) => subscription.dispose());
    },
  };
}

/** Export the chart whose block holds the cursor: the panel draws it, then the save dialog. */
async function exportChartUnderCursor(services: ChartPanelServices): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  const line = editor?.document.languageId === 'markdown' ? chartLineAt(editor.document, editor.selection.active) : undefined;
  if (!editor || line === undefined) {
    void showInformation('Market Notes: put the cursor in a ```vega-lite block to export its chart.');
    return;
  }
  const format = await pickExportFormat();
  if (!format) return;
  const panel = await ChartPanel.createOrShow(services, editor.document);
  panel.requestExport(line, format);
}
