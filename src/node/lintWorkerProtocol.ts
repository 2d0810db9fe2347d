// Messages between the lint worker (a worker_threads Worker) and the thread that owns it. Everything is plain data
// (structured clone): a QuoteError crosses as its kind and message and is rebuilt on the other side.

import type { CalendarDate } from '../core/lint/calendarDate';
import type { SubjectAliases } from '../core/lint/claims/subjects';
import type { LintConfig } from '../core/lint/config';
import type { Finding } from '../core/lint/finding';
import type { Quote, QuoteErrorKind, TickerRef } from '../core/quotes/quote';

export interface WorkerLintOptions {
  readonly file?: string;
  readonly config: LintConfig;
  /** 'YYYY-MM-DD' or a date; else today where the worker runs. */
  readonly today?: CalendarDate | string;
  readonly only?: readonly string[];
  /** Lint asks the host for quotes; without this the rules that need quotes are skipped. */
  readonly hasQuotes: boolean;
  /** Also (re)index this note's figures under `file` before linting it. */
  readonly indexFirst?: boolean;
}

/** A QuoteError crosses as its kind and message, and whether a snapshot merely lacks the symbol (not "unknown"). */
export type WireQuoteAnswer =
  | { readonly quote: Quote }
  | { readonly error: { readonly kind: QuoteErrorKind; readonly message: string; readonly missingFromSnapshot?: boolean } };

export type ToWorker =
  | { readonly kind: 'lint'; readonly job: number; readonly text: string; readonly options: WorkerLintOptions }
  /** `aliases`: the note's configured subject aliases (.market-notes.json), so its claims are read as its lint reads them. */
  | { readonly kind: 'index'; readonly job: number; readonly file: string; readonly text: string; readonly aliases?: SubjectAliases }
  | { readonly kind: 'forget'; readonly file: string }
  /** A newer job replaced this one: drop it if it has not started (answered with 'dropped'; else it runs as usual). */
  | { readonly kind: 'drop'; readonly job: number }
  | { readonly kind: 'quote-answer'; readonly request: number; readonly answer: WireQuoteAnswer };

export type FromWorker =
  | { readonly kind: 'ready' }
  | { readonly kind: 'quote-request'; readonly job: number; readonly request: number; readonly ticker: TickerRef }
  | { readonly kind: 'linted'; readonly job: number; readonly findings: readonly Finding[] }
  | { readonly kind: 'indexed'; readonly job: number }
  | { readonly kind: 'dropped'; readonly job: number }
  | { readonly kind: 'failed'; readonly job: number; readonly message: string };

/** Marks a worker started to serve lint (the CLI's bundle is its own worker script). */
export const lintWorkerMarker = 'market-notes-lint-worker';
