// A ticker reference is the tickers' own vocabulary: what the reader of a note finds. Quotes, lint and charts take
// it from here, so that core/tickers imports nothing of theirs.

import type { ExchangeId } from './exchanges';

/** A ticker as the writer wrote it: the symbol plus the exchange prefix when there was one. */
export interface TickerRef {
  readonly symbol: string;
  readonly exchange?: ExchangeId;
}
