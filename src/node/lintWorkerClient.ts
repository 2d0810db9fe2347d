// The owner's side of the lint worker: jobs (lint a note, index a note's figures) run one at a time in a
// worker_threads Worker, each under a time budget. Past it the worker is terminated — the only way to stop a
// runaway pass — and replaced; the note gets one "too complex" finding and the others go on. Time the worker
// spends waiting for quotes (asked of the owner) does not count against the budget.
//
// The next job is sent before the running one ends (`sentAhead`), so the worker goes from one to the next without
// a round trip to this thread: on a CLI run over hundreds of notes that wait was a sixth of the worker's time.

import { Worker } from 'node:worker_threads';
import type { SubjectAliases } from '../core/lint/claims/subjects';
import type { Finding } from '../core/lint/finding';
import { activeRuleCount, tooComplexFinding } from '../core/lint/lintBudget';
import type { QuoteLookup } from '../core/lint/quoteLookup';
import { QuoteError } from '../core/quotes/quote';
import { silentLogger, type Logger } from '../core/logger';
import { lintWorkerMarker, type FromWorker, type ToWorker, type WireQuoteAnswer, type WorkerLintOptions } from './lintWorkerProtocol';

export type LintOutcome =
  | { readonly kind: 'linted'; readonly findings: readonly Finding[] }
  /** Cancelled at the budget: `finding` is the one information finding to show instead. */
  | { readonly kind: 'too-complex'; readonly finding: Finding }
  /** A newer lint of the same note replaced this one before it started. */
  | { readonly kind: 'superseded' }
  | { readonly kind: 'failed'; readonly message: string };

export interface LintRequest extends Omit<WorkerLintOptions, 'hasQuotes'> {
  readonly quotes?: QuoteLookup;
}

export interface LintWorkerOptions {
  /** The worker script (a bundle in dist/, or a .ts file under the tests). */
  readonly script: string;
  readonly budgetMs: number;
  readonly logger?: Logger;
}

type JobMessage = Omit<Extract<ToWorker, { kind: 'lint' }>, 'job'> | Omit<Extract<ToWorker, { kind: 'index' }>, 'job'>;

interface Job {
  readonly message: JobMessage;
  readonly supersedeKey?: string;
  readonly quotes?: QuoteLookup;
  readonly skippedRules: number;
  readonly settle: (outcome: LintOutcome) => void;
}

/** A job sent to the worker. The first of `inFlight` is the one it works on; the clock runs for that one only. */
interface Running {
  readonly job: Job;
  readonly id: number;
  /** Budget used before the current stretch of work; quotes outstanding pause the clock. */
  usedMs: number;
  stretchStart: number;
  outstandingQuotes: number;
  timer?: ReturnType<typeof setTimeout>;
  /** A newer job replaced it and the worker was asked to drop it (it may have started already). */
  dropAsked?: boolean;
}

/** Jobs sent to the worker beyond the one it works on. */
const sentAhead = 1;

export class LintWorker {
  private worker: Worker | undefined;
  /** The worker has loaded its code: starting up (seconds on a loaded machine) is not charged to a note. */
  private workerReady = false;
  /** Not yet sent to the worker. */
  private readonly queue: Job[] = [];
  /** Sent, in order; the worker runs them one at a time, the first now. */
  private readonly inFlight: Running[] = [];
  private nextJob = 0;
  private disposed = false;
  /** What the worker's figure index holds, to rebuild it in a replacement worker. */
  private readonly indexed = new Map<string, { readonly text: string; readonly aliases: SubjectAliases | undefined }>();
  private readonly logger: Logger;

  constructor(private readonly options: LintWorkerOptions) {
    this.logger = options.logger ?? silentLogger;
  }

  /** Starts the worker now, before the first job: loading its code overlaps with whatever the owner does next. */
  start(): void {
    if (!this.disposed) this.ensureWorker();
  }

  /** Lints one note. A queued lint with the same `supersedeKey` is dropped for this one. */
  lint(text: string, request: LintRequest, supersedeKey?: string): Promise<LintOutcome> {
    const { quotes, ...options } = request;
    const skippedRules = activeRuleCount(options.config, { hasQuotes: quotes !== undefined, ...(options.only ? { only: options.only } : {}) });
    return new Promise((settle) => {
      this.dropQueued(supersedeKey);
      const job: Job = {
        message: { kind: 'lint', text, options: { ...options, hasQuotes: quotes !== undefined } },
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
      this.worker?.postMessage({ kind: 'drop', job: sent.id } satisfies ToWorker);
    }
  }

  private get running(): Running | undefined {
    return this.inFlight[0];
  }

  forget(file: string): void {
    this.indexed.delete(file);
    this.worker?.postMessage({ kind: 'forget', file } satisfies ToWorker);
  }

  dispose(): void {
    this.disposed = true;
    for (const job of this.queue.splice(0)) job.settle({ kind: 'superseded' });
    for (const sent of this.inFlight.splice(0)) {
      clearTimeout(sent.timer);
      sent.job.settle({ kind: 'superseded' });
    }
    void this.worker?.terminate();
    this.worker = undefined;
  }

  private pump(): void {
    while (!this.disposed && this.inFlight.length <= sentAhead && this.queue.length > 0) {
      const job = this.queue.shift()!;
      const worker = this.ensureWorker();
      const id = this.nextJob++;
      this.inFlight.push({ job, id, usedMs: 0, stretchStart: Date.now(), outstandingQuotes: 0 });
      if (this.inFlight.length === 1 && this.workerReady) this.arm();
      worker.postMessage({ ...job.message, job: id } as ToWorker);
    }
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const { script } = this.options;
    const settings = {
      workerData: { marker: lintWorkerMarker },
      // A runaway note must not take the owner's memory with it.
      resourceLimits: { maxOldGenerationSizeMb: 1024 },
    };
    // The tests run the TypeScript sources: a worker does not inherit tsx's module hooks, so it loads them itself.
    const worker = script.endsWith('.ts')
      ? new Worker(`require('tsx/cjs'); require(${JSON.stringify(script)});`, { ...settings, eval: true })
      : new Worker(script, settings);
    worker.unref();
    worker.on('message', (message: FromWorker) => this.onMessage(worker, message));
    worker.on('error', (error) => this.onWorkerGone(worker, `lint worker failed: ${error.message}`));
    worker.on('exit', (code) => this.onWorkerGone(worker, `lint worker exited (code ${code})`));
    this.worker = worker;
    this.workerReady = false;
    return worker;
  }

  private onMessage(worker: Worker, message: FromWorker): void {
    if (message.kind === 'ready') {
      if (worker !== this.worker) return;
      this.workerReady = true;
      if (this.running) {
        this.running.stretchStart = Date.now();
        if (this.running.outstandingQuotes === 0) this.arm();
      }
      return;
    }
    if (worker !== this.worker) return;
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
        void this.answerQuote(worker, running, message.request, message.ticker);
        break;
      case 'linted':
        this.finish({ kind: 'linted', findings: message.findings });
        break;
      case 'indexed':
        this.finish({ kind: 'linted', findings: [] });
        break;
      case 'failed':
        this.logger.error(`Lint failed in the worker: ${message.message}`);
        this.finish({ kind: 'failed', message: message.message });
        break;
    }
  }

  private async answerQuote(worker: Worker, running: Running, request: number, ticker: { symbol: string; exchange?: string }): Promise<void> {
    if (running.outstandingQuotes++ === 0) this.pause(running);
    let answer: WireQuoteAnswer;
    try {
      const found = running.job.quotes ? await running.job.quotes(ticker as Parameters<QuoteLookup>[0]) : { error: new QuoteError('network', 'no quote source') };
      const missingFromSnapshot = 'error' in found && found.error.options.missingFromSnapshot === true;
      answer = 'quote' in found ? { quote: found.quote } : { error: { kind: found.error.kind, message: found.error.message, ...(missingFromSnapshot ? { missingFromSnapshot } : {}) } };
    } catch (error) {
      answer = { error: { kind: 'bad-response', message: error instanceof Error ? error.message : String(error) } };
    }
    if (this.running !== running || worker !== this.worker) return;
    worker.postMessage({ kind: 'quote-answer', request, answer } satisfies ToWorker);
    if (--running.outstandingQuotes === 0 && this.workerReady) {
      running.stretchStart = Date.now();
      this.arm();
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
    if (this.running !== running) return;
    const worker = this.worker;
    this.worker = undefined;
    void worker?.terminate();
    this.finish({ kind: 'too-complex', finding: tooComplexFinding(running.job.skippedRules, this.options.budgetMs) });
  }

  private onWorkerGone(worker: Worker, reason: string): void {
    if (worker !== this.worker) return; // terminated on purpose
    this.worker = undefined;
    this.logger.error(reason);
    // Out of memory or a crash while working on a note: that note is the likely cause; treat it as too complex.
    if (this.running) this.finish({ kind: 'too-complex', finding: tooComplexFinding(this.running.job.skippedRules, this.options.budgetMs) });
  }

  /** Settles the running job; the next one sent is now the one the worker works on, and its clock starts. */
  private finish(outcome: LintOutcome): void {
    const running = this.inFlight.shift();
    if (!running) return;
    clearTimeout(running.timer);
    running.job.settle(outcome);
    if (!this.worker && !this.disposed) {
      // The worker was replaced: the jobs sent after this one go again, and before them the next worker gets the
      // figures the last one had (each under its own budget; the note that was too complex is no longer among them).
      const unsent = this.inFlight.splice(0).flatMap((sent) => {
        clearTimeout(sent.timer);
        if (!sent.dropAsked) return [sent.job];
        sent.job.settle({ kind: 'superseded' });
        return [];
      });
      this.queue.unshift(...unsent);
      const replays: Job[] = [...this.indexed].map(([file, { text, aliases }]) => ({
        message: { kind: 'index', file, text, ...(aliases ? { aliases } : {}) },
        supersedeKey: `index:${file}`,
        skippedRules: 0,
        settle: (replayed) => replayed.kind !== 'linted' && this.indexed.delete(file),
      }));
      const fresh = new Set(this.queue.map((job) => job.supersedeKey));
      this.queue.unshift(...replays.filter((job) => !fresh.has(job.supersedeKey)));
    } else if (this.running && this.workerReady) {
      this.running.stretchStart = Date.now();
      if (this.running.outstandingQuotes === 0) this.arm();
    }
    queueMicrotask(() => this.pump());
  }
}
