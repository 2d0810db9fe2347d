// How long the cache leaves a listing alone after a failure, by kind: a rate limit or a dead network passes in
// seconds, an unknown symbol stays unknown for minutes.

import type { QuoteError, QuoteErrorKind } from './quote';

export const defaultRetryWindowsMs: Readonly<Record<QuoteErrorKind, number>> = {
  'rate-limited': 20_000,
  network: 10_000,
  'unknown-symbol': 5 * 60_000,
  'bad-response': 30_000,
  'no-key': 0, // asking again costs nothing: a keyless provider fails before any request, and a key set later works at once
  'source-invalid': 5_000,
};

// A Retry-After of days is a misconfigured server; do not go dark on it for longer than this.
const longestRetryWindowMs = 60 * 60_000;

/** How long to leave a listing alone after `error`: what the provider asked for, else the window for its kind. */
export function retryWindowMs(error: QuoteError, windows: Readonly<Record<QuoteErrorKind, number>> = defaultRetryWindowsMs): number {
  return Math.min(error.retryAfterMs ?? windows[error.kind], longestRetryWindowMs);
}
