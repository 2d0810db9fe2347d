// A single ticker typed by a person (CLI arguments, chart inserts): `AAPL`, `$AAPL`, `NASDAQ:AAPL`, `NYSE Arca: IWM`, `^RUT`,
// `TYO:7203` (digits only with a Tokyo prefix).

import { normalizeExchange, numberedListingVenue } from './exchanges';
import type { TickerRef } from './tickerRef';

const written = /^\s*\$?(?:([A-Za-z][A-Za-z -]*?)\s*:\s*)?(\^)?([A-Za-z][A-Za-z0-9]{0,6}(?:[.-][A-Za-z0-9]{1,2})?|\d[0-9A-Za-z]{2,4})\s*$/;

export function parseWrittenTicker(text: string): TickerRef | undefined {
  const match = written.exec(text);
  if (!match) return undefined;
  const [, prefix, caret, symbol] = match;
  let exchange = prefix !== undefined ? normalizeExchange(prefix) : caret ? 'INDEX' : undefined;
  if (prefix !== undefined && exchange === undefined) return undefined;
  if (/^\d/.test(symbol)) {
    exchange = prefix !== undefined && !caret && exchange !== undefined ? numberedListingVenue(exchange, prefix) : undefined;
    if (exchange === undefined) return undefined;
  }
  return { symbol: symbol.toUpperCase(), ...(exchange ? { exchange } : {}) };
}
