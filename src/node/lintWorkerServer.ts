// The worker side: lint and the workspace figure index, off the owner's thread. Quotes are asked of the owner,
// which has the provider, its cache and the network; the worker itself makes no requests.
//
// Jobs run one at a time, in the order they came, so the owner can charge each its own time budget. The owner sends
// the next job before this one ends (the worker never waits on it in between); a job still queued here can be
// dropped, because a newer lint of the same note replaced it.

import { receiveMessageOnPort, type MessagePort } from 'node:worker_threads';
import { subjectTableFor } from '../core/lint/claims/subjectTables';
import { lintNote } from '../core/lint/engine';
import { WorkspaceFigureIndex } from '../core/lint/figureIndex';
import { NoteSource } from '../core/lint/noteSource';
import type { QuoteAnswer, QuoteLookup } from '../core/lint/quoteLookup';
import type { ChartCompiler } from '../core/lint/rule';
import { QuoteError } from '../core/quotes/quote';
import type { FromWorker, ToWorker } from './lintWorkerProtocol';

export function serveLint(port: MessagePort, options: { compileChart?: ChartCompiler } = {}): void {
  const figureIndex = new WorkspaceFigureIndex();
  const pendingQuotes = new Map<number, (answer: QuoteAnswer) => void>();
  let nextRequest = 0;
  const send = (message: FromWorker) => port.postMessage(message);

  const askHost =
    (job: number): QuoteLookup =>
    (ticker) =>
      new Promise<QuoteAnswer>((resolve) => {
        const request = nextRequest++;
        pendingQuotes.set(request, resolve);
        send({ kind: 'quote-request', job, request, ticker: { symbol: ticker.symbol, ...(ticker.exchange ? { exchange: ticker.exchange } : {}) } });
      });

  type Job = Extract<ToWorker, { kind: 'lint' | 'index' | 'forget' }>;
  const jobs: Job[] = [];
  let working = false;

  const runJob = async (message: Job): Promise<void> => {
    switch (message.kind) {
      case 'forget':
        figureIndex.remove(message.file);
        return;
      case 'index':
        try {
          figureIndex.update(message.file, message.text, undefined, subjectTableFor(message.aliases));
          send({ kind: 'indexed', job: message.job });
        } catch (error) {
          send({ kind: 'failed', job: message.job, message: describe(error) });
        }
        return;
      case 'lint': {
        const { job, text, options: lint } = message;
        try {
          // The CLI indexes every note before it lints any: the note's lexing (and figures) from then are reused.
          const note = (lint.file !== undefined ? figureIndex.noteSourceOf(lint.file, text) : undefined) ?? new NoteSource(text);
          if (lint.indexFirst && lint.file !== undefined) figureIndex.update(lint.file, text, note, subjectTableFor(lint.config.aliases));
          const findings = await lintNote(text, {
            note,
            config: lint.config,
            figureIndex,
            ...(lint.file !== undefined ? { file: lint.file } : {}),
            ...(lint.today !== undefined ? { today: lint.today } : {}),
            ...(lint.only ? { only: lint.only } : {}),
            ...(lint.hasQuotes ? { quotes: askHost(job) } : {}),
            ...(options.compileChart ? { compileChart: options.compileChart } : {}),
          });
          send({ kind: 'linted', job, findings });
        } catch (error) {
          send({ kind: 'failed', job, message: describe(error) });
        }
        return;
      }
    }
  };

  const receive = (message: ToWorker): void => {
    switch (message.kind) {
      case 'quote-answer': {
        const resolve = pendingQuotes.get(message.request);
        pendingQuotes.delete(message.request);
        const { answer } = message;
        resolve?.('quote' in answer ? answer : { error: new QuoteError(answer.error.kind, answer.error.message, answer.error.missingFromSnapshot ? { missingFromSnapshot: true } : {}) });
        return;
      }
      case 'drop': {
        const queued = jobs.findIndex((job) => job.kind !== 'forget' && job.job === message.job);
        if (queued >= 0) {
          jobs.splice(queued, 1);
          send({ kind: 'dropped', job: message.job });
        }
        return;
      }
      default:
        jobs.push(message);
        void work();
    }
  };

  const work = async (): Promise<void> => {
    if (working) return;
    working = true;
    try {
      for (;;) {
        // What came in while the last job ran (a drop may concern the next one) is read before the next starts:
        // the port's own event would be handled only after it.
        for (let pending = receiveMessageOnPort(port); pending; pending = receiveMessageOnPort(port)) receive(pending.message as ToWorker);
        const next = jobs.shift();
        if (!next) return;
        await runJob(next);
      }
    } finally {
      working = false;
    }
  };

  send({ kind: 'ready' });
  port.on('message', receive);
}

function describe(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
