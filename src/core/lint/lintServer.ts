// The lint server: lint and the workspace figure index, apart from the code that owns them (the editor's extension
// host, the CLI's command), which talks to it through a LintChannel. Quotes are asked of the owner, which has the
// provider, its cache and the network; the server itself makes no requests. So are chart compiles (the CLI's
// invalid-chart check): vega-lite loads where the owner is, once, and only when a note has a chart.
//
// Jobs run one at a time, in the order they came, so the owner can charge each its own time budget. The owner may
// send the next job before this one ends (the server never waits on it in between); a job still queued here can be
// dropped, because a newer lint of the same note replaced it.

import { subjectTableFor } from './claims/subjectTables';
import { lintNote, lintNoteAlone, referenceDate } from './engine';
import { WorkspaceFigureIndex } from './figureIndex';
import { figuresToJson } from './figuresJson';
import { cachedChartCompiler } from '../charts/chartCompileCache';
import type { FromLintServer, LintChannel, ToLintServer, WireChartAnswer } from './lintProtocol';
import { NoteSource } from './noteSource';
import type { QuoteAnswer, QuoteLookup } from './quoteLookup';
import type { ChartCompiler } from './rule';
import { QuoteError } from '../quotes/quote';

/** What the owner may do with a server beyond messages. */
export interface LintServer {
  /** Takes up the jobs it left when `mayStartJob` said no. */
  resume(): void;
}

export function serveLint(channel: LintChannel): LintServer {
  const figureIndex = new WorkspaceFigureIndex();
  const pendingQuotes = new Map<number, (answer: QuoteAnswer) => void>();
  const pendingCharts = new Map<number, (answer: WireChartAnswer) => void>();
  let nextRequest = 0;
  /** The job that runs now (jobs run one at a time): a chart's compile is asked on its behalf. */
  let runningJob = -1;
  const send = (message: FromLintServer) => channel.send(message);

  const askHost =
    (job: number): QuoteLookup =>
    (ticker) =>
      new Promise<QuoteAnswer>((resolve) => {
        const request = nextRequest++;
        pendingQuotes.set(request, resolve);
        send({ kind: 'quote-request', job, request, ticker: { symbol: ticker.symbol, ...(ticker.exchange ? { exchange: ticker.exchange } : {}) } });
      });

  // Each distinct chart is asked once for the server's life, however many notes repeat it.
  const compileByOwner: ChartCompiler = cachedChartCompiler(
    (spec) =>
      new Promise<WireChartAnswer>((resolve) => {
        const request = nextRequest++;
        pendingCharts.set(request, resolve);
        send({ kind: 'chart-request', job: runningJob, request, spec });
      }),
  );

  type Job = Extract<ToLintServer, { kind: 'lint' | 'index' | 'forget' }>;
  const jobs: Job[] = [];
  let working = false;

  const runJob = async (message: Job): Promise<void> => {
    switch (message.kind) {
      case 'forget':
        figureIndex.remove(message.file);
        return;
      case 'index':
        try {
          // Stamps without a year are read against today here, as a lint with no pinned date reads them.
          figureIndex.update(message.file, message.text, undefined, subjectTableFor(message.aliases), referenceDate({}));
          send({ kind: 'indexed', job: message.job });
        } catch (error) {
          send({ kind: 'failed', job: message.job, message: describe(error) });
        }
        return;
      case 'lint': {
        const { job, text, options: lint } = message;
        try {
          const options = {
            config: lint.config,
            ...(lint.file !== undefined ? { file: lint.file } : {}),
            ...(lint.today !== undefined ? { today: lint.today } : {}),
            ...(lint.only ? { only: lint.only } : {}),
            ...(lint.hasQuotes ? { quotes: askHost(job) } : {}),
            ...(lint.compilesCharts ? { compileChart: compileByOwner } : {}),
          };
          if (lint.conflictsByOwner) {
            const { findings, figures, conflictsMutedOn } = await lintNoteAlone(text, options);
            send({ kind: 'linted', job, findings, alone: { figures: figuresToJson(figures), conflictsMutedOn } });
            return;
          }
          // The editor indexes a note before it lints it: the note's lexing (and figures) from then are reused.
          const note = (lint.file !== undefined ? figureIndex.noteSourceOf(lint.file, text) : undefined) ?? new NoteSource(text);
          if (lint.indexFirst && lint.file !== undefined) figureIndex.update(lint.file, text, note, subjectTableFor(lint.config.aliases), referenceDate(options));
          send({ kind: 'linted', job, findings: await lintNote(text, { ...options, note, figureIndex }) });
        } catch (error) {
          send({ kind: 'failed', job, message: describe(error) });
        }
        return;
      }
    }
  };

  const receive = (message: ToLintServer): void => {
    switch (message.kind) {
      case 'quote-answer': {
        const resolve = pendingQuotes.get(message.request);
        pendingQuotes.delete(message.request);
        const { answer } = message;
        resolve?.('quote' in answer ? answer : { error: new QuoteError(answer.error.kind, answer.error.message, answer.error.missingFromSnapshot ? { missingFromSnapshot: true } : {}) });
        return;
      }
      case 'chart-answer': {
        const resolve = pendingCharts.get(message.request);
        pendingCharts.delete(message.request);
        resolve?.(message.answer);
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
        // the channel's own delivery would come only after it.
        for (let arrived = channel.takeArrived(); arrived; arrived = channel.takeArrived()) receive(arrived);
        if (jobs.length === 0 || channel.mayStartJob?.() === false) return;
        const next = jobs.shift()!;
        if (next.kind !== 'forget') runningJob = next.job;
        await runJob(next);
      }
    } finally {
      working = false;
    }
  };

  send({ kind: 'ready' });
  channel.listen(receive);
  return { resume: () => void work() };
}

function describe(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
