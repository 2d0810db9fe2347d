// How many symbols lint may ask a live provider for. A note or a workspace can name thousands (a pasted screener
// table, a generated file, a hostile one): unbounded, one lint would spend a writer's API quota, and the editor's
// cache (which keeps 500 listings) would drop quotes as fast as lint asked for new ones. Past the limit a symbol is
// answered without a request — from what is already known, or as a check skipped for that reason — never as a finding.

import { QuoteError } from '../quotes/quote';
import type { TickerRef } from '../tickers/tickerRef';
import { tickerKey, type QuoteAnswer, type QuoteLookup } from './quoteLookup';

/** The editor: distinct listings one lint of one note may ask the provider for, unless the user's setting says otherwise. */
export const editorQuoteRequestLimit = 100;
/**
 * The most the editor's setting may allow a note: the quote cache keeps 500 listings, and a lint asking for more
 * would drop quotes as fast as it asked for new ones.
 */
export const largestEditorQuoteRequestLimit = 500;
/** The CLI: distinct listings one run may ask the provider for, unless --max-quotes says otherwise. */
export const cliQuoteRequestLimit = 500;
/** The editor's "Lint Workspace Notes": distinct listings the whole run may ask for, each note within its own limit. */
export const workspaceQuoteRequestLimit = cliQuoteRequestLimit;

export interface QuoteRequestLimit {
  /** At most this many distinct listings reach `lookup`; a listing asked again is not counted again. */
  readonly max: number;
  /** How a listing past the limit is answered; by default, a check skipped (`overRequestLimitError`). */
  readonly beyond?: (ticker: TickerRef) => QuoteAnswer | Promise<QuoteAnswer>;
  /** Told once, the first time a listing is refused (the editor logs it; the CLI's skipped checks say it). */
  readonly onFirstRefusal?: (ticker: TickerRef) => void;
  /** Says which limit was reached, in the skipped check's reason ("--max-quotes", "per note"). */
  readonly describe: string;
}

/**
 * What a limit has let through so far, and whether it has refused a listing yet. Each limited lookup has its own,
 * unless several share one: the notes of one "Lint Workspace Notes" run share the run's, so the run as a whole stays
 * within its limit and says so once.
 */
export class QuoteRequestTally {
  readonly asked = new Set<string>();
  refused = false;
}

/** `lookup`, asked for at most `limit.max` distinct listings (counted in `tally`); the others get `limit.beyond`'s answer. */
export function limitQuoteRequests(lookup: QuoteLookup, limit: QuoteRequestLimit, tally = new QuoteRequestTally()): QuoteLookup {
  return async (ticker) => {
    const key = tickerKey(ticker);
    if (tally.asked.has(key)) return lookup(ticker);
    if (tally.asked.size < limit.max) {
      tally.asked.add(key);
      return lookup(ticker);
    }
    if (!tally.refused) {
      tally.refused = true;
      limit.onFirstRefusal?.(ticker);
    }
    return limit.beyond ? limit.beyond(ticker) : { error: overRequestLimitError(limit) };
  };
}

/** The answer for a listing past the limit: a check skipped, with the limit as its reason. */
export function overRequestLimitError(limit: Pick<QuoteRequestLimit, 'max' | 'describe'>): QuoteError {
  return new QuoteError('rate-limited', `more than ${limit.max.toLocaleString('en-US')} symbol${limit.max === 1 ? '' : 's'} to quote (${limit.describe})`, { overRequestLimit: true });
}

/** The first `max` distinct listings of `tickers`, in their order: what a refresh of a note's quotes may ask for. */
export function firstDistinctListings<T extends TickerRef>(tickers: Iterable<T>, max: number): T[] {
  const seen = new Set<string>();
  const first: T[] = [];
  for (const ticker of tickers) {
    if (first.length >= max) break;
    const key = tickerKey(ticker);
    if (seen.has(key)) continue;
    seen.add(key);
    first.push(ticker);
  }
  return first;
}
