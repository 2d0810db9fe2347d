// The "Charts" panel beside the editor: one at a time (createOrShow), restored after a reload by the serializer,
// showing the charts of the active Markdown note. Edits reach it debounced; each update carries the document
// version, and a slow update (market data) that a newer one overtook is dropped by a generation counter.

import * as vscode from 'vscode';
import type { ChartProblem } from '../../core/charts/chartProblem';
import type { ChartPanelState, ChartWebviewState, ExportFormat, FromWebviewMessage, ToWebviewMessage } from '../../core/charts/messages';
import { buildChartPanelHtml } from '../../core/charts/panelHtml';
import { buildPanelContent } from '../../core/charts/panelState';
import { readWebviewMessage } from '../../core/charts/webviewMessages';
import { insertChartCommand } from './insertChart';
import type { ChartDiagnostics } from './chartDiagnostics';
import type { HistorySource } from '../../core/charts/prepareCharts';
import { showError } from '../notify';

export interface ChartPanelServices {
  readonly extensionUri: vscode.Uri;
  readonly log: vscode.LogOutputChannel;
  readonly diagnostics: ChartDiagnostics;
  /** Market data for bound charts, cached by the quote layer; `forget` is the panel's "Refresh data". */
  readonly history?: { readonly history: HistorySource; forget(): void };
  saveExport(document: vscode.TextDocument, line: number, format: ExportFormat, data: string): Promise<void>;
}

const updateDelayMs = 250;
/** When market data is unavailable (offline), ask again after this long, doubling up to the maximum. */
const dataRetryFirstMs = 15_000;
const dataRetryMaxMs = 5 * 60_000;

export class ChartPanel implements vscode.Disposable {
  static readonly viewType = 'marketNotes.charts';
  private static current: ChartPanel | undefined;

  private document: vscode.TextDocument | undefined;
  private state: ChartPanelState | null = null;
  private dataProblems: { version: number; problems: readonly ChartProblem[] } = { version: -1, problems: [] };
  private ready = false;
  private readonly outbox: ToWebviewMessage[] = [];
  private generation = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private retryDelayMs = dataRetryFirstMs;
  private readonly disposables: vscode.Disposable[] = [];

  /** Shows the panel beside the editor (creating it if needed) for `document`, or the active note. */
  static async createOrShow(services: ChartPanelServices, document = activeMarkdownDocument()): Promise<ChartPanel> {
    if (ChartPanel.current) {
      ChartPanel.current.panel.reveal(undefined, true);
      if (document) await ChartPanel.current.show(document);
      return ChartPanel.current;
    }
    const panel = vscode.window.createWebviewPanel(ChartPanel.viewType, 'Charts', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, webviewOptions(services.extensionUri));
    const chartPanel = new ChartPanel(panel, services);
    await chartPanel.start(document);
    return chartPanel;
  }

  /** A panel VS Code kept across a reload: show the note it showed, else the active one. */
  static async revive(panel: vscode.WebviewPanel, services: ChartPanelServices, saved: ChartWebviewState | undefined): Promise<void> {
    panel.webview.options = webviewOptions(services.extensionUri);
    let document = activeMarkdownDocument();
    // The saved state comes from the webview: reopen only a note of this workspace, never any URI it names.
    const savedUri = typeof saved?.source === 'string' ? parseUri(saved.source) : undefined;
    if (saved?.source && !(savedUri && vscode.workspace.getWorkspaceFolder(savedUri))) {
      services.log.warn('Charts: not reopening a note outside the workspace');
    } else if (savedUri) {
      try {
        document = await vscode.workspace.openTextDocument(savedUri);
      } catch (error) {
        services.log.warn(`Charts: cannot reopen ${savedUri.toString()}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    await new ChartPanel(panel, services).start(document);
  }

  static get currentPanel(): ChartPanel | undefined {
    return ChartPanel.current;
  }

  private constructor(
    private readonly panel: vscode.WebviewPanel,
    private readonly services: ChartPanelServices,
  ) {
    ChartPanel.current?.dispose();
    ChartPanel.current = this;
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((message: unknown) => {
        const checked = readWebviewMessage(message, this.document?.lineCount ?? 0);
        if (checked) void this.receive(checked);
        else services.log.warn(`Charts: ignored a malformed message from the panel (${describeMessage(message)})`);
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (editor?.document.languageId === 'markdown' && editor.document !== this.document) void this.show(editor.document);
      }),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.document === this.document && event.contentChanges.length > 0) this.scheduleUpdate();
      }),
      vscode.workspace.onDidCloseTextDocument((document) => {
        if (document === this.document) void this.show(activeMarkdownDocument());
      }),
    );
  }

  /** The note the panel shows. */
  get note(): vscode.TextDocument | undefined {
    return this.document;
  }

  /** Ask the page for the chart at `line` as SVG or PNG; it answers with an `exported` message. */
  requestExport(line: number, format: ExportFormat): void {
    this.send({ type: 'requestExport', line, format });
  }

  /** Fetch market data again and redraw. */
  refreshData(): void {
    this.services.history?.forget();
    void this.update();
  }

  dispose(): void {
    if (ChartPanel.current === this) ChartPanel.current = undefined;
    clearTimeout(this.timer);
    clearTimeout(this.retryTimer);
    this.generation++;
    this.panel.dispose();
    while (this.disposables.length > 0) this.disposables.pop()?.dispose();
  }

  /** The first page load: its HTML carries the state, so the charts draw without waiting for a message. */
  private async start(document: vscode.TextDocument | undefined): Promise<void> {
    this.document = document;
    this.setTitle();
    await this.refreshState();
    this.panel.webview.html = this.html();
  }

  private async show(document: vscode.TextDocument | undefined): Promise<void> {
    this.document = document;
    this.setTitle();
    await this.update();
  }

  private scheduleUpdate(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.update(), updateDelayMs);
  }

  private async update(): Promise<void> {
    clearTimeout(this.timer);
    if (await this.refreshState()) this.send({ type: 'update', ...this.state! });
  }

  /** Recomputes `state` from the note; false when a newer update overtook this one, or there is no note. */
  private async refreshState(): Promise<boolean> {
    const generation = ++this.generation;
    const document = this.document;
    if (!document) {
      this.state = null;
      return false;
    }
    const started = Date.now();
    const content = await buildPanelContent(
      { text: document.getText(), version: document.version, source: document.uri.toString(), title: fileName(document.uri) },
      this.services.history?.history,
    );
    if (generation !== this.generation) return false;
    const appearance = vscode.workspace.getConfiguration('marketNotes.charts', document.uri).get<string>('exportAppearance');
    this.state = { ...content.state, exportAppearance: appearance === 'asShown' ? 'asShown' : 'light' };
    this.dataProblems = { version: document.version, problems: content.dataProblems };
    this.scheduleDataRetry(content.retryData);
    this.services.log.trace(`Charts: ${content.state.charts.length} chart(s) of ${fileName(document.uri)} v${document.version} in ${Date.now() - started} ms`);
    return true;
  }

  /** Offline now is not offline for good: ask again later, less and less often, until the data comes. */
  private scheduleDataRetry(needed: boolean): void {
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    if (!needed) {
      this.retryDelayMs = dataRetryFirstMs;
      return;
    }
    const delay = this.retryDelayMs;
    this.retryDelayMs = Math.min(this.retryDelayMs * 2, dataRetryMaxMs);
    this.retryTimer = setTimeout(() => void this.update(), delay);
  }

  private async receive(message: FromWebviewMessage): Promise<void> {
    const document = this.document;
    switch (message.type) {
      case 'ready':
        this.ready = true;
        // A page reloaded after being hidden starts from the HTML's state: bring it up to date.
        if (this.state) this.outbox.unshift({ type: 'update', ...this.state });
        for (const queued of this.outbox.splice(0)) void this.panel.webview.postMessage(queued);
        break;
      case 'rendered':
        if (document) {
          const data = this.dataProblems.version === message.version ? this.dataProblems.problems : [];
          this.services.diagnostics.setFromPanel(document, message.version, message.errors, data);
        }
        break;
      case 'reveal':
        if (document) await revealLine(document, message.line);
        break;
      case 'exported':
        if (document) await this.services.saveExport(document, message.line, message.format, message.data);
        break;
      case 'exportFailed':
        void showError(`Market Notes: cannot export the chart at line ${message.line}: ${message.message}`);
        break;
      case 'refreshData':
        this.refreshData();
        break;
      case 'insertChart':
        if (document) {
          await vscode.window.showTextDocument(document, { viewColumn: vscode.window.visibleTextEditors.find((e) => e.document === document)?.viewColumn ?? vscode.ViewColumn.One });
          await vscode.commands.executeCommand(insertChartCommand);
        }
        break;
    }
  }

  private send(message: ToWebviewMessage): void {
    // Before the page said it is ready a message could be lost: keep it until then.
    if (this.ready) void this.panel.webview.postMessage(message);
    else this.outbox.push(message);
  }

  private setTitle(): void {
    this.panel.title = this.document ? `Charts: ${fileName(this.document.uri)}` : 'Charts';
  }

  private html(): string {
    const webview = this.panel.webview;
    const media = (file: string) => webview.asWebviewUri(vscode.Uri.joinPath(this.services.extensionUri, 'media', file)).toString();
    return buildChartPanelHtml({
      cspSource: webview.cspSource,
      nonce: createNonce(),
      scriptUri: media('webview.js'),
      styleUri: media('charts.css'),
      initialState: this.state,
    });
  }
}

function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewPanelOptions & vscode.WebviewOptions {
  return { enableScripts: true, localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'media')] };
}

function activeMarkdownDocument(): vscode.TextDocument | undefined {
  const document = vscode.window.activeTextEditor?.document;
  return document?.languageId === 'markdown' ? document : undefined;
}

/** 128 random bits from the platform's CSPRNG (Web Crypto: the same in the desktop and the web extension host). */
function createNonce(): string {
  return btoa(String.fromCharCode(...globalThis.crypto.getRandomValues(new Uint8Array(16))));
}

function parseUri(text: string): vscode.Uri | undefined {
  try {
    return vscode.Uri.parse(text, true);
  } catch {
    return undefined;
  }
}

/** What a refused message was, without echoing its content into the log. */
function describeMessage(message: unknown): string {
  const type = (message as { type?: unknown } | null)?.type;
  return typeof type === 'string' && /^[A-Za-z]{1,30}$/.test(type) ? `type ${type}` : typeof message;
}

function fileName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1) || uri.toString();
}

/** Shows the block's fence line in the editor that has the note, or opens it in the first column. */
async function revealLine(document: vscode.TextDocument, line: number): Promise<void> {
  const position = new vscode.Position(Math.min(Math.max(line - 1, 0), document.lineCount - 1), 0);
  const visible = vscode.window.visibleTextEditors.find((editor) => editor.document === document);
  const editor = await vscode.window.showTextDocument(document, {
    viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One,
    selection: new vscode.Range(position, position),
  });
  editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
