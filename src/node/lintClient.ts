// The owner's side of the lint server (src/core/lint/lintServer.ts): jobs (lint a note, index a note's figures) run
// one at a time in a LintHost — a worker thread in the editor, a vm context in the CLI — each under a time budget.
// Past it the host is stopped — the only way to stop a runaway pass — and replaced; the note gets one "too complex"
// finding and the others go on. Time spent waiting on the owner (for quotes, for a chart's compile) does not count
// against the budget.
//
// A host gets the next job before the running one ends (`jobsAhead`), so it goes from one to the next without a
// round trip to this thread: on a CLI run over hundreds of notes that wait was a sixth of a worker's time.

import type { SubjectAliases } from '../core/lint/claims/subjects';
import type { Finding } from '../core/lint/finding';
import { activeRuleCount, tooComplexFinding } from '../core/lint/lintBudget';
import { toWireQuoteAnswer, type FromLintServer, type ToLintServer, type WireChartAnswer, type WireFigures, type WireQuoteAnswer, type LintJobOptions } from '../core/lint/lintProtocol';
import type { QuoteLookup } from '../core/lint/quoteLookup';
import type { ChartCompiler } from '../core/lint/rule';
import { QuoteError } from '../core/quotes/quote';
import { silentLogger, type Logger } from '../core/logger';

/** Where the lint server runs. It answers through the events it was started with. */
export interface LintHost {
  post(message: ToLintServer): void;
  /** Stops it at once, whatever it is doing. */
  terminate(): void;
  /**
   * How many jobs it takes beyond the one it works on. A worker thread takes one, so that it goes from job to job
   * without waiting on the owner; the CLI's vm context takes all there are, and works through them in timed turns.
   */
  readonly jobsAhead: number;
}

export interface LintHostEvents {
  message(message: FromLintServer): void;
  /** It stopped by itself: it crashed, ran out of memory, or ran past its own time limit. */
  gone(reason: string): void;
}

export type StartLintHost = (events: LintHostEvents) => LintHost;

export type LintOutcome =
  /** `alone`: asked with `conflictsByOwner`, what conflicting-figures needs of the note (its figures). */
  | { readonly kind: 'linted'; readonly findings: readonly Finding[]; readonly alone?: WireFigures }
  /** Cancelled at the budget: `finding` is the one information finding to show instead. */
  | { readonly kind: 'too-complex'; readonly finding: Finding }
  /** A newer lint of the same note replaced this one before it started. */
  | { readonly kind: 'superseded' }
  | { readonly kind: 'failed'; readonly message: string };

export interface LintRequest extends Omit<LintJobOptions, 'hasQuotes' | 'compilesCharts'> {
  readonly quotes?: QuoteLookup;
}

export interface LintClientOptions {
  /** Starts the host (again, after one was stopped past the budget). */
  readonly host: StartLintHost;
  readonly budgetMs: number;
  readonly logger?: Logger;
  /** invalid-chart's compile check (vega-lite), asked by the server; without it the check reads only the JSON. */
  readonly compileChart?: ChartCompiler;
}

type JobMessage = Omit<Extract<ToLintServer, { kind: 'lint' }>, 'job'> | Omit<Extract<ToLintServer, { kind: 'index' }>, 'job'>;

interface Job {
  readonly message: JobMessage;
  readonly supersedeKey?: string;
  readonly quotes?: QuoteLookup;
  readonly skippedRules: number;
  readonly settle: (outcome: LintOutcome) => void;
}

/** A job sent to the host. The first of `inFlight` is the one it works on; the clock runs for that one only. */
interface Running {
  readonly job: Job;
  readonly id: number;
  /** Budget used before the current stretch of work; questions to the owner (quotes, charts) pause the clock. */
  usedMs: number;
  stretchStart: number;
  outstandingQuestions: number;
  timer?: ReturnType<typeof setTimeout>;
  /** A newer job replaced it and the worker was asked to drop it (it may have started already). */
  dropAsked?: boolean;
}

export class LintClient {
  private host: LintHost | undefined;
  /** The host has loaded its code: starting up (seconds on a loaded machine) is not charged to a note. */
  private hostReady = false;
  /** Not yet sent to the host. */
  private queue: Job[] = [];
  /** Sent, in order; the host runs them one at a time, the first now. */
  private readonly inFlight: Running[] = [];
  private nextJob = 0;
  private disposed = false;
  /** What the host's figure index holds, to rebuild it in a replacement. */
  private readonly indexed = new Map<string, { readonly text: string; readonly aliases: SubjectAliases | undefined }>();
  private readonly logger: Logger;

  constructor(private readonly options: LintClientOptions) {
    this.logger = options.logger ?? silentLogger;
  }

  /** Lints one note. A queued lint with the same `supersedeKey` is dropped for this one. */
  lint(text: string, request: LintRequest, supersedeKey?: string): Promise<LintOutcome> {
    const { quotes, ...options } = request;
    const skippedRules = activeRuleCount(options.config, { hasQuotes: quotes !== undefined, ...(options.only ? { only: options.only } : {}) });
    return new Promise((settle) => {
      this.dropQueued(supersedeKey);
      const job: Job = {
        message: { kind: 'lint', text, options: { ...options, hasQuotes: quotes !== undefined, ...(this.options.compileChart ? { compilesCharts: true } : {}) } },
        ...(supersedeKey !== undefined ? { supersedeKey } : {}),
        ...(quotes ? { quotes } : {}),
        skippedRules,
        settle: (outcome) => {
          if (options.indexFirst && options.file !== undefined) {
            if (outcome.kind === 'linted') this.indexed.set(options.file, { text, aliases: options.config.aliases });
            else if (outcome.kind === 'too-complex') this.indexed.delete(options.file);
          }
          settle(outcome);
        },
      };
      this.queue.push(job);
      this.pump();
    });
  }

  /** (Re)indexes one note's figures for conflicting-figures. Resolves with what happened (never rejects). */
  index(file: string, text: string, aliases?: SubjectAliases): Promise<LintOutcome> {
    return new Promise((settle) => {
      this.dropQueued(`index:${file}`);
      this.queue.push({
        message: { kind: 'index', file, text, ...(aliases ? { aliases } : {}) },
        supersedeKey: `index:${file}`,
        skippedRules: 0,
        settle: (outcome) => {
          if (outcome.kind === 'linted') this.indexed.set(file, { text, aliases });
          else this.indexed.delete(file);
          settle(outcome);
        },
      });
      this.pump();
    });
  }

  private dropQueued(supersedeKey: string | undefined): void {
    if (supersedeKey === undefined) return;
    const queued = this.queue.findIndex((job) => job.supersedeKey === supersedeKey);
    if (queued >= 0) this.queue.splice(queued, 1)[0].settle({ kind: 'superseded' });
    // Sent ahead but (perhaps) not started: the worker drops it if it has not. The one running is never dropped.
    for (const sent of this.inFlight.slice(1)) {
      if (sent.job.supersedeKey !== supersedeKey || sent.dropAsked) continue;
      sent.dropAsked = true;
      this.host?.post({ kind: 'drop', job: sent.id } satisfies ToLintServer);
    }
  }

  private get running(): Running | undefined {
    return this.inFlight[0];
  }

  forget(file: string): void {
    this.indexed.delete(file);
    this.host?.post({ kind: 'forget', file } satisfies ToLintServer);
  }

  dispose(): void {
    this.disposed = true;
    for (const job of this.queue.splice(0)) job.settle({ kind: 'superseded' });
    for (const sent of this.inFlight.splice(0)) {
      clearTimeout(sent.timer);
      sent.job.settle({ kind: 'superseded' });
    }
    this.host?.terminate();
    this.host = undefined;
  }

  private pump(): void {
    while (!this.disposed && this.queue.length > 0) {
      const host = this.ensureHost();
      if (this.inFlight.length > host.jobsAhead) return;
      const job = this.queue.shift()!;
      const id = this.nextJob++;
      this.inFlight.push({ job, id, usedMs: 0, stretchStart: Date.now(), outstandingQuestions: 0 });
      if (this.inFlight.length === 1 && this.hostReady) this.arm();
      host.post({ ...job.message, job: id } as ToLintServer);
    }
  }

  private ensureHost(): LintHost {
    if (this.host) return this.host;
    this.hostReady = false;
    const host: LintHost = this.options.host({
      message: (message) => this.onMessage(host, message),
      gone: (reason) => this.onHostGone(host, reason),
    });
    this.host = host;
    return host;
  }

  private onMessage(host: LintHost, message: FromLintServer): void {
    if (message.kind === 'ready') {
      if (host !== this.host) return;
      this.hostReady = true;
      if (this.running) {
        this.running.stretchStart = Date.now();
        if (this.running.outstandingQuestions === 0) this.arm();
      }
      return;
    }
    if (host !== this.host) return;
    if (message.kind === 'dropped') {
      const dropped = this.inFlight.findIndex((sent, at) => at > 0 && sent.id === message.job);
      if (dropped > 0) this.inFlight.splice(dropped, 1)[0].job.settle({ kind: 'superseded' });
      this.pump();
      return;
    }
    const running = this.running;
    if (!running || message.job !== running.id) return;
    switch (message.kind) {
      case 'quote-request':
        void this.answer(host, running, async () => ({ kind: 'quote-answer', request: message.request, answer: await this.quoteFor(running, message.ticker) }));
        break;
      case 'chart-request':
        void this.answer(host, running, async () => ({ kind: 'chart-answer', request: message.request, answer: await this.compiled(message.spec) }));
        break;
      case 'linted':
        this.finish({ kind: 'linted', findings: message.findings, ...(message.alone ? { alone: message.alone } : {}) });
        break;
      case 'indexed':
        this.finish({ kind: 'linted', findings: [] });
        break;
      case 'failed':
        this.logger.error(`Lint failed in the lint host: ${message.message}`);
        this.finish({ kind: 'failed', message: message.message });
        break;
    }
  }

  /** Answers the server's question; the running job's clock stands still until the answer is sent. */
  private async answer(host: LintHost, running: Running, produce: () => Promise<ToLintServer>): Promise<void> {
    if (running.outstandingQuestions++ === 0) this.pause(running);
    const answer = await produce();
    if (this.running !== running || host !== this.host) return;
    host.post(answer);
    if (--running.outstandingQuestions === 0 && this.hostReady) {
      running.stretchStart = Date.now();
      this.arm();
    }
  }

  private async quoteFor(running: Running, ticker: { symbol: string; exchange?: string }): Promise<WireQuoteAnswer> {
    try {
      return toWireQuoteAnswer(running.job.quotes ? await running.job.quotes(ticker as Parameters<QuoteLookup>[0]) : { error: new QuoteError('network', 'no quote source') });
    } catch (error) {
      return { error: { kind: 'bad-response', message: error instanceof Error ? error.message : String(error) } };
    }
  }

  private async compiled(spec: Record<string, unknown>): Promise<WireChartAnswer> {
    try {
      const compiled = this.options.compileChart ? await this.options.compileChart(spec) : { ok: false as const, message: 'no chart compiler' };
      return compiled.ok ? { ok: true } : { ok: false, message: compiled.message };
    } catch (error) {
      return { ok: false, message: error instanceof Error ? error.message : String(error) };
    }
  }

  private pause(running: Running): void {
    running.usedMs += Date.now() - running.stretchStart;
    clearTimeout(running.timer);
  }

  private arm(): void {
    const running = this.running!;
    clearTimeout(running.timer);
    running.timer = setTimeout(() => this.overBudget(running), Math.max(0, this.options.budgetMs - running.usedMs));
  }

  private overBudget(running: Running): void {
    // A timer can fire late, when this thread was busy (another extension, a long task of the owner's): the host's
    // answer may then be waiting behind it. Messages that arrived are handled before setImmediate's callbacks.
    setImmediate(() => this.stopIfStillRunning(running));
  }

  private stopIfStillRunning(running: Running): void {
    // Done meanwhile, or waiting on this thread for an answer (its clock stands still until it is sent).
    if (this.running !== running || running.outstandingQuestions > 0) return;
    const host = this.host;
    this.host = undefined;
    host?.terminate();
    this.finish({ kind: 'too-complex', finding: tooComplexFinding(running.job.skippedRules, this.options.budgetMs) });
  }

  private onHostGone(host: LintHost, reason: string): void {
    if (host !== this.host) return; // terminated on purpose
    this.host = undefined;
    this.logger.error(reason);
    // Out of memory or a crash while working on a note: that note is the likely cause; treat it as too complex.
    if (this.running) this.finish({ kind: 'too-complex', finding: tooComplexFinding(this.running.job.skippedRules, this.options.budgetMs) });
  }

  /** Settles the running job; the next one sent is now the one the host works on, and its clock starts. */
  private finish(outcome: LintOutcome): void {
    const running = this.inFlight.shift();
    if (!running) return;
    clearTimeout(running.timer);
    running.job.settle(outcome);
    if (!this.host && !this.disposed) {
      // The host was replaced: the jobs sent after this one go again, and before them the next host gets the
      // figures the last one had (each under its own budget; the note that was too complex is no longer among them).
      const unsent = this.inFlight.splice(0).flatMap((sent) => {
        clearTimeout(sent.timer);
        if (!sent.dropAsked) return [sent.job];
        sent.job.settle({ kind: 'superseded' });
        return [];
      });
      // Not unshift(...): a run can queue more notes than a call takes arguments.
      this.queue = [...unsent, ...this.queue];
      const replays: Job[] = [...this.indexed].map(([file, { text, aliases }]) => ({
        message: { kind: 'index', file, text, ...(aliases ? { aliases } : {}) },
        supersedeKey: `index:${file}`,
        skippedRules: 0,
        settle: (replayed) => replayed.kind !== 'linted' && this.indexed.delete(file),
      }));
      const fresh = new Set(this.queue.map((job) => job.supersedeKey));
      this.queue = [...replays.filter((job) => !fresh.has(job.supersedeKey)), ...this.queue];
    } else if (this.running && this.hostReady) {
      this.running.stretchStart = Date.now();
      if (this.running.outstandingQuestions === 0) this.arm();
    }
    queueMicrotask(() => this.pump());
  }
}
