// How rules ask for quotes: one async lookup that answers with a quote or the provider's reason, never throws.
// A rule that cannot get a quote now (offline, rate limited) skips its check; only 'unknown-symbol' is a finding.

import { QuoteError, type Quote, type QuoteProvider } from '../quotes/quote';
import type { TickerRef } from '../tickers/tickerRef';

export type QuoteAnswer = { readonly quote: Quote } | { readonly error: QuoteError };
export type QuoteLookup = (ticker: TickerRef) => Promise<QuoteAnswer>;

export function tickerKey(ticker: TickerRef): string {
  return `${ticker.exchange ?? ''}:${ticker.symbol.toUpperCase()}`;
}

/**
 * A lookup over a provider (or the editor's cache). `memoize` keeps every answer for the lookup's lifetime: right
 * for one CLI run, wrong for the editor, whose cache decides freshness itself.
 */
export function quoteLookupFrom(provider: Pick<QuoteProvider, 'quote'>, options: { memoize?: boolean } = {}): QuoteLookup {
  const ask: QuoteLookup = async (ticker) => {
    try {
      return { quote: await provider.quote(ticker) };
    } catch (error) {
      return { error: error instanceof QuoteError ? error : new QuoteError('bad-response', error instanceof Error ? error.message : String(error), { cause: error }) };
    }
  };
  return options.memoize ? memoizeLookup(ask) : ask;
}

/** One request per ticker for as long as the returned lookup lives. */
export function memoizeLookup(lookup: QuoteLookup): QuoteLookup {
  const answers = new Map<string, Promise<QuoteAnswer>>();
  return (ticker) => {
    const key = tickerKey(ticker);
    let answer = answers.get(key);
    if (!answer) {
      answer = lookup(ticker).catch((error: unknown) => ({ error: new QuoteError('bad-response', String(error), { cause: error }) }));
      answers.set(key, answer);
    }
    return answer;
  };
}

/**
 * A lookup over the editor's QuoteCache (anything with its `get`): the last known quote, unless a failure is newer
 * than it — then the failure, so that an unknown symbol is reported and a network problem skips the check.
 */
export function quoteLookupFromCache(cache: { get(ticker: TickerRef): Promise<{ readonly quote?: Quote; readonly error?: QuoteError }> }): QuoteLookup {
  return async (ticker) => {
    const cached = await cache.get(ticker);
    if (cached.error) return { error: cached.error };
    if (cached.quote) return { quote: cached.quote };
    return { error: new QuoteError('bad-response', `No quote for ${ticker.symbol} yet`) };
  };
}

/**
 * Which quote checks a run could not make, and why: the CLI says so on stderr and in SARIF, and `--require-quotes`
 * fails on it. A lookup wrapped by `record` notes every symbol whose quote could not be had (an unknown symbol from a
 * provider that can say so is a finding, not a skipped check).
 */
export class SkippedQuoteChecks {
  private readonly reasons = new Map<string, Set<string>>();

  record(lookup: QuoteLookup, provider: { readonly displayName: string }): QuoteLookup {
    return async (ticker) => {
      const answer = await lookup(ticker);
      if ('error' in answer && !(answer.error.kind === 'unknown-symbol' && !answer.error.options.missingFromSnapshot)) {
        const reason = skipReason(answer.error, provider.displayName);
        let symbols = this.reasons.get(reason);
        if (!symbols) this.reasons.set(reason, (symbols = new Set()));
        symbols.add(ticker.symbol.toUpperCase());
      }
      return answer;
    };
  }

  /** Checks skipped for a reason outside the quote source ("no quotes file"), for whole notes. */
  note(reason: string, symbols: readonly string[]): void {
    let set = this.reasons.get(reason);
    if (!set) this.reasons.set(reason, (set = new Set()));
    for (const symbol of symbols) set.add(symbol.toUpperCase());
  }

  get count(): number {
    return new Set([...this.reasons.values()].flatMap((symbols) => [...symbols])).size;
  }

  /** "quote checks skipped for 12 symbols: Yahoo unreachable (ENOTFOUND)", or undefined when none was. */
  summary(): string | undefined {
    const count = this.count;
    if (count === 0) return undefined;
    const parts = [...this.reasons].map(([reason, symbols]) => (this.reasons.size === 1 && reason !== notInSnapshot ? reason : `${reason}: ${[...symbols].sort().join(', ')}`));
    return `quote checks skipped for ${count} symbol${count === 1 ? '' : 's'}: ${parts.join('; ')}`;
  }
}

const notInSnapshot = 'not in the snapshot';

function skipReason(error: QuoteError, provider: string): string {
  if (error.options.overRequestLimit) return error.message;
  switch (error.kind) {
    case 'network': {
      const code = errorCode(error);
      return `${provider} unreachable${code ? ` (${code})` : ''}`;
    }
    case 'rate-limited':
      return `${provider} rate-limited the requests`;
    case 'no-key':
      return `${provider} needs an API key`;
    case 'unknown-symbol':
      return notInSnapshot;
    case 'source-invalid':
      return error.message;
    default:
      return `${provider} answered with something unreadable`;
  }
}

/** The system error code behind a network failure (ENOTFOUND, ECONNREFUSED…), if one is in its causes. */
function errorCode(error: unknown): string | undefined {
  for (let cause: unknown = error, depth = 0; cause && depth < 5; depth++) {
    const code = (cause as { code?: unknown }).code;
    if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) return code;
    cause = (cause as { cause?: unknown }).cause;
  }
  const written = error instanceof Error ? /\b(E[A-Z]{3,})\b/.exec(error.message)?.[1] : undefined;
  return written;
}
