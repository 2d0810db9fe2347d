// Lint in the editor: on open and while typing (debounced; a generation counter per note drops late results), a
// workspace figure index for conflicting-figures kept current as files change, and "Lint Workspace Notes" with
// progress. Lint and the index run in a worker thread under a time budget per note, so typing never waits for
// them and a note that is too complex gets one information diagnostic instead of freezing the extension host.
// Diagnostics keep the findings they came from, for the quick fixes.

import * as vscode from 'vscode';
import type { Finding, QuoteAnswer, QuoteLookup } from '../../core/lint';
import { ignoreMatcher, type LintConfig } from '../../core/lint/config';
import { notTextFinding, tooLargeFinding } from '../../core/lint/lintBudget';
import { largestEditorQuoteRequestLimit, limitQuoteRequests, overRequestLimitError, QuoteRequestTally, workspaceQuoteRequestLimit, type QuoteRequestLimit } from '../../core/lint/quoteRequestLimit';
import { noteQuoteRequestLimit } from '../quotes/quoteSettings';
import { QuoteError } from '../../core/quotes/quote';
import type { TickerRef } from '../../core/tickers/tickerRef';
import { LintClient } from '../../node/lintClient';
import { lintWorkerHost } from '../../node/lintWorkerHost';
import type { QuoteService } from '../quotes/quoteService';
import { toDiagnostic } from './findingDiagnostics';
import { FileRefusedError, readWorkspaceText, type FileRefusal } from '../workspaceFiles';
import type { LintConfiguration } from './lintConfiguration';
import { showLintSummary } from './lintSummary';

const typingDelayMs = 300;
/** Past this, a note's lint is cancelled (see LintClient). Generous: a 5 MB note of prose lints in about 2 s. */
const lintBudgetMs = 8_000;
// In the editor the charts feature reports broken chart blocks (with what vega itself refused in the panel), through
// the same core reading of the block; lint leaves that rule to it so a block is not reported twice.
const rulesOwnedElsewhere = new Set(['invalid-chart']);
const noteGlob = '**/*.{md,markdown}';
const excludeGlob = '**/{node_modules,.git}/**';

export interface LintedNote {
  readonly version: number;
  readonly findings: readonly Finding[];
}

export class LintController implements vscode.Disposable {
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('market-notes');
  private readonly linted = new Map<string, LintedNote>();
  private readonly generations = new Map<string, number>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly worker: LintClient;
  private readonly disposables: vscode.Disposable[] = [];
  private indexed?: Promise<void>;
  /** Notes whose symbols went past the quote request limit, told once each in the log. */
  private readonly warnedOverRequestLimit = new Set<string>();

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly log: vscode.LogOutputChannel,
    private readonly quotes: QuoteService,
    private readonly configuration: LintConfiguration,
  ) {
    this.worker = new LintClient({ host: lintWorkerHost(vscode.Uri.joinPath(extensionUri, 'dist', 'lintWorker.js').fsPath), budgetMs: lintBudgetMs, logger: log });
    const watcher = vscode.workspace.createFileSystemWatcher(noteGlob);
    this.disposables.push(
      this.diagnostics,
      watcher,
      watcher.onDidChange((uri) => this.reindexFromDisk(uri)),
      watcher.onDidCreate((uri) => this.reindexFromDisk(uri)),
      watcher.onDidDelete((uri) => {
        this.worker.forget(indexKey(uri));
        this.diagnostics.delete(uri);
        this.relintOpenNotes();
      }),
      vscode.workspace.onDidOpenTextDocument((document) => this.schedule(document, 0)),
      vscode.workspace.onDidChangeTextDocument((event) => this.schedule(event.document, typingDelayMs)),
      vscode.workspace.onDidCloseTextDocument((document) => this.forget(document.uri)),
      configuration.onDidChange(() => this.relintOpenNotes()),
      quotes.onDidChangeQuotes(() => this.relintOpenNotes()),
    );
    for (const document of vscode.workspace.textDocuments) this.schedule(document, 0);
  }

  /** What the last lint of this document version found, for quick fixes. */
  lintedNote(document: vscode.TextDocument): LintedNote | undefined {
    const note = this.linted.get(document.uri.toString());
    return note && note.version === document.version ? note : undefined;
  }

  /** "Market Notes: Lint Workspace Notes": every note, open or not, with progress; resolves with the finding count. */
  async lintWorkspace(): Promise<number> {
    return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'Market Notes: linting notes', cancellable: true }, async (progress, token) => {
      const files = await vscode.workspace.findFiles(noteGlob, excludeGlob);
      await this.indexWorkspace(files);
      let count = 0;
      let linted = 0;
      // One tally for the run: all notes together ask the provider for at most workspaceQuoteRequestLimit symbols.
      const runRequests = new QuoteRequestTally();
      for (const [index, uri] of files.entries()) {
        if (token.isCancellationRequested) break;
        progress.report({ message: vscode.workspace.asRelativePath(uri), increment: 100 / files.length });
        const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
        const text = open ? undefined : await this.readUnlessRefused(uri);
        if (!open && text === undefined) continue;
        if (text instanceof FileRefusedError) {
          await this.showRefusal(uri, text.refusal);
          continue;
        }
        linted++;
        const findings = open ? await this.lintDocument(open, runRequests) : await this.lintText(uri, text!, { runRequests });
        count += findings?.length ?? 0;
        if (index % 20 === 19) await new Promise((resolve) => setTimeout(resolve, 0)); // let the host breathe
      }
      this.log.info(`Linted ${linted} note(s): ${count} finding(s)`);
      void showLintSummary(linted, count, token.isCancellationRequested);
      return count;
    });
  }

  /**
   * A note's text from disk; the refusal, said in the log, for a file lint will not read (one of gigabytes, one that
   * is not text, a link to a device: showRefusal says which get a notice); undefined for one gone since it was listed.
   */
  private async readUnlessRefused(uri: vscode.Uri): Promise<string | FileRefusedError | undefined> {
    try {
      return await readWorkspaceText(uri);
    } catch (error) {
      this.log.warn(`Could not lint ${vscode.workspace.asRelativePath(uri)}: ${error instanceof Error ? error.message : String(error)}`);
      return error instanceof FileRefusedError ? error : undefined;
    }
  }

  /**
   * A note lint would not read gets the one notice the CLI gives it (too-complex: no rule ran, and why), so the
   * Problems panel says so instead of showing it clean — unless lint is off for it or it is ignored. A link to a
   * device is no note anyone wrote: the log says it, and nothing else.
   */
  private async showRefusal(uri: vscode.Uri, refusal: FileRefusal): Promise<void> {
    if (refusal.kind === 'not-regular' || !this.configuration.enabled(uri)) return;
    const { config, root } = await this.configuration.forNote(uri);
    if (ignoreMatcher(config)(indexKey(uri))) return;
    const finding = refusal.kind === 'too-large' ? tooLargeFinding(refusal.bytes) : notTextFinding(refusal.reason);
    this.diagnostics.set(uri, [toDiagnostic(finding, this.extensionUri, root)]);
  }

  private schedule(document: vscode.TextDocument, delayMs: number): void {
    if (document.languageId !== 'markdown' || document.uri.scheme === 'output') return;
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        void this.lintDocument(document);
      }, delayMs),
    );
  }

  private async lintDocument(document: vscode.TextDocument, runRequests?: QuoteRequestTally): Promise<readonly Finding[] | undefined> {
    if (document.isClosed) return undefined;
    // The text only: lexing it (and everything else) happens in the worker, and re-indexes its figures there.
    return this.lintText(document.uri, document.getText(), { version: document.version, indexFirst: true, runRequests });
  }

  /**
   * `version`: the open document's (-1 for a file on disk); `indexFirst`: re-index the note's figures first (its text
   * is the editor's); `runRequests`: the quote requests of the "Lint Workspace Notes" run this lint is part of.
   */
  private async lintText(uri: vscode.Uri, text: string, { version = -1, indexFirst = false, runRequests }: { version?: number; indexFirst?: boolean; runRequests?: QuoteRequestTally } = {}): Promise<readonly Finding[] | undefined> {
    const key = uri.toString();
    const generation = (this.generations.get(key) ?? 0) + 1;
    this.generations.set(key, generation);
    if (!this.configuration.enabled(uri)) {
      this.diagnostics.delete(uri);
      return undefined;
    }
    await (this.indexed ??= this.indexWorkspace());
    const { config: configured, root } = await this.configuration.forNote(uri);
    const config = { ...configured, rules: Object.fromEntries(Object.entries(configured.rules).map(([id, level]) => [id, rulesOwnedElsewhere.has(id) ? 'off' : level])) };
    const relative = indexKey(uri);
    if (ignoreMatcher(config)(relative)) {
      this.diagnostics.delete(uri);
      return [];
    }
    const outcome = await this.worker.lint(text, { file: relative, config, quotes: this.quoteLookup(uri, runRequests), indexFirst }, key);
    if (outcome.kind === 'superseded') return undefined;
    if (outcome.kind === 'failed') {
      this.log.error(`Lint failed on ${relative}: ${outcome.message}`);
      return undefined;
    }
    if (outcome.kind === 'too-complex') this.log.warn(`${relative}: ${outcome.finding.message}`);
    const findings = outcome.kind === 'linted' ? outcome.findings : [outcome.finding];
    // A newer lint of this note started while this one waited on quotes: its result wins.
    if (this.generations.get(key) !== generation) return undefined;
    this.linted.set(key, { version, findings });
    this.diagnostics.set(uri, findings.map((finding) => toDiagnostic(finding, this.extensionUri, root)));
    return findings;
  }

  /**
   * Lint takes quotes the way the hover does, but a quote it cannot have now is no finding: it skips and tries later.
   * One lint asks a live provider for at most noteQuoteRequestLimit() symbols (100 unless the user's setting says
   * otherwise), and a "Lint Workspace Notes" run for at most workspaceQuoteRequestLimit in all (or the note's, if
   * more); past either, a symbol is checked only against a current quote the cache already holds (from the hover,
   * inline prices or an earlier lint).
   */
  private quoteLookup(uri: vscode.Uri, runRequests?: QuoteRequestTally): QuoteLookup {
    const lookup: QuoteLookup = async (ticker) => {
      const found = await this.quotes.lookup(uri, ticker);
      if (found.quote && !found.error && !found.stale) return { quote: found.quote };
      return { error: found.error ?? new QuoteError('network', `${ticker.symbol}: only a stale quote is available`) };
    };
    if (this.quotes.providerFor(uri) === 'snapshot') return lookup; // a file read: nothing to limit
    const beyondFor =
      (limit: Pick<QuoteRequestLimit, 'max' | 'describe'>) =>
      (ticker: TickerRef): QuoteAnswer => {
        const known = this.quotes.peek(uri, ticker);
        return known?.quote ? { quote: known.quote } : { error: overRequestLimitError(limit) };
      };
    const perNote = noteQuoteRequestLimit();
    const runLimit = { max: Math.max(workspaceQuoteRequestLimit, perNote), describe: 'per "Lint Workspace Notes" run' };
    const withinRun = runRequests
      ? limitQuoteRequests(
          lookup,
          {
            ...runLimit,
            beyond: beyondFor(runLimit),
            onFirstRefusal: () =>
              this.log.warn(
                `Lint Workspace Notes: the notes name more than ${runLimit.max} symbols; lint asked the quote provider for the first ` +
                  `${runLimit.max} only, and checks the others against quotes already fetched (hover, inline prices).`,
              ),
          },
          runRequests,
        )
      : lookup;
    const noteLimit = { max: perNote, describe: 'per note' };
    return limitQuoteRequests(withinRun, {
      ...noteLimit,
      beyond: beyondFor(noteLimit),
      onFirstRefusal: () => {
        const key = uri.toString();
        if (this.warnedOverRequestLimit.has(key)) return;
        this.warnedOverRequestLimit.add(key);
        this.log.warn(
          `${vscode.workspace.asRelativePath(uri)} names more than ${perNote} symbols: lint asks the quote provider for the first ` +
            `${perNote} only, and checks the others against quotes already fetched (hover, inline prices). ` +
            `The user setting marketNotes.quotes.maxSymbolsPerNote raises the limit (at most ${largestEditorQuoteRequestLimit}).`,
        );
      },
    });
  }

  private indexWorkspace(files?: readonly vscode.Uri[]): Promise<void> {
    const run = async () => {
      const notes = files ?? (await vscode.workspace.findFiles(noteGlob, excludeGlob));
      const indexed: Array<Promise<unknown>> = [];
      for (const uri of notes) {
        const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
        try {
          indexed.push(this.worker.index(indexKey(uri), open ? open.getText() : await readWorkspaceText(uri), await this.aliasesFor(uri)));
        } catch (error) {
          this.log.warn(`Could not index ${vscode.workspace.asRelativePath(uri)}: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
      await Promise.all(indexed);
    };
    return run();
  }

  private async reindexFromDisk(uri: vscode.Uri): Promise<void> {
    if (vscode.workspace.textDocuments.some((document) => document.uri.toString() === uri.toString())) return; // the editor's text wins
    try {
      await this.worker.index(indexKey(uri), await readWorkspaceText(uri), await this.aliasesFor(uri));
      this.relintOpenNotes();
    } catch {
      this.worker.forget(indexKey(uri));
    }
  }

  /** The note's configured subject aliases: the index reads its claims as its own lint does. */
  private async aliasesFor(uri: vscode.Uri): Promise<LintConfig['aliases']> {
    return (await this.configuration.forNote(uri)).config.aliases;
  }

  private relintOpenNotes(): void {
    for (const document of vscode.workspace.textDocuments) this.schedule(document, typingDelayMs);
  }

  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.linted.delete(key);
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.worker.dispose();
    vscode.Disposable.from(...this.disposables).dispose();
  }
}

/** Notes are keyed by workspace-relative path, the way findings' related information names them. */
function indexKey(uri: vscode.Uri): string {
  return vscode.workspace.asRelativePath(uri, false);
}
