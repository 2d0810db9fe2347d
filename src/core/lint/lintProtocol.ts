// Messages between the lint server (lintServer.ts: in the editor's worker thread, or in the CLI's vm context) and
// the code that owns it. Everything is plain data: a QuoteError crosses as its kind and message and is rebuilt on the
// other side.

import type { CalendarDate } from './calendarDate';
import type { SubjectAliases } from './claims/subjects';
import type { LintConfig } from './config';
import type { Finding } from './finding';
import type { JsonFigure } from './figuresJson';
import type { QuoteAnswer } from './quoteLookup';
import type { Quote, QuoteErrorKind } from '../quotes/quote';
import type { TickerRef } from '../tickers/tickerRef';

export interface LintJobOptions {
  readonly file?: string;
  readonly config: LintConfig;
  /** 'YYYY-MM-DD' or a date; else today where the server runs. */
  readonly today?: CalendarDate | string;
  readonly only?: readonly string[];
  /** Lint asks the host for quotes; without this the rules that need quotes are skipped. */
  readonly hasQuotes: boolean;
  /** invalid-chart asks the host to compile each distinct chart (vega-lite); without this it checks only the JSON. */
  readonly compilesCharts?: boolean;
  /** Also (re)index this note's figures under `file` before linting it. */
  readonly indexFirst?: boolean;
  /**
   * The owner compares every note's figures itself once all are linted (the CLI): lint without conflicting-figures,
   * and answer with the note's figures (engine.ts: lintNoteAlone). The server's figure index is left as it is.
   */
  readonly conflictsByOwner?: boolean;
}

/** A QuoteError crosses as its kind and message, and whether a snapshot merely lacks the symbol (not "unknown"). */
export type WireQuoteAnswer =
  | { readonly quote: Quote }
  | { readonly error: { readonly kind: QuoteErrorKind; readonly message: string; readonly missingFromSnapshot?: boolean } };

/** A quote's answer as it crosses to the server. */
export function toWireQuoteAnswer(answer: QuoteAnswer): WireQuoteAnswer {
  if ('quote' in answer) return { quote: answer.quote };
  const missingFromSnapshot = answer.error.options.missingFromSnapshot === true;
  return { error: { kind: answer.error.kind, message: answer.error.message, ...(missingFromSnapshot ? { missingFromSnapshot } : {}) } };
}

/** A note's figures as they cross (figuresJson.ts), and the lines where conflicting-figures is switched off. */
export interface WireFigures {
  readonly figures: readonly JsonFigure[];
  readonly conflictsMutedOn: readonly number[];
}

/** A chart's compile check as it crosses: whether vega-lite compiled it, and why not. */
export type WireChartAnswer = { readonly ok: true } | { readonly ok: false; readonly message: string };

export type ToLintServer =
  | { readonly kind: 'lint'; readonly job: number; readonly text: string; readonly options: LintJobOptions }
  /** `aliases`: the note's configured subject aliases (.market-notes.json), so its claims are read as its lint reads them. */
  | { readonly kind: 'index'; readonly job: number; readonly file: string; readonly text: string; readonly aliases?: SubjectAliases }
  | { readonly kind: 'forget'; readonly file: string }
  /** A newer job replaced this one: drop it if it has not started (answered with 'dropped'; else it runs as usual). */
  | { readonly kind: 'drop'; readonly job: number }
  | { readonly kind: 'quote-answer'; readonly request: number; readonly answer: WireQuoteAnswer }
  | { readonly kind: 'chart-answer'; readonly request: number; readonly answer: WireChartAnswer };

export type FromLintServer =
  | { readonly kind: 'ready' }
  | { readonly kind: 'quote-request'; readonly job: number; readonly request: number; readonly ticker: TickerRef }
  | { readonly kind: 'chart-request'; readonly job: number; readonly request: number; readonly spec: Record<string, unknown> }
  /** `alone`: for a lint with `conflictsByOwner`, what conflicting-figures needs of the note. */
  | { readonly kind: 'linted'; readonly job: number; readonly findings: readonly Finding[]; readonly alone?: WireFigures }
  | { readonly kind: 'indexed'; readonly job: number }
  | { readonly kind: 'dropped'; readonly job: number }
  | { readonly kind: 'failed'; readonly job: number; readonly message: string };

/**
 * How the lint server talks to its owner: a worker's MessagePort (src/node/lintWorker.ts) or the CLI's vm context
 * (src/node/lintContext.ts). The server has no other tie to where it runs.
 */
export interface LintChannel {
  send(message: FromLintServer): void;
  /** Calls `receive` with each message from the owner, in order. */
  listen(receive: (message: ToLintServer) => void): void;
  /** A message from the owner that arrived but was not yet delivered, taken now; undefined when there is none. */
  takeArrived(): ToLintServer | undefined;
  /** Asked before each job: false leaves it queued until LintServer.resume (the CLI's context yields a turn so). */
  mayStartJob?(): boolean;
}
