// A single ticker typed by a person (CLI arguments, chart inserts): `AAPL`, `$AAPL`, `NASDAQ:AAPL`, `NYSE Arca: IWM`, `^RUT`.

import { normalizeExchange } from './exchanges';
import type { TickerRef } from '../quotes/quote';

const written = /^\s*\$?(?:([A-Za-z][A-Za-z -]*?)\s*:\s*)?(\^)?([A-Za-z][A-Za-z0-9]{0,6}(?:[.-][A-Za-z0-9]{1,2})?)\s*$/;

export function parseWrittenTicker(text: string): TickerRef | undefined {
  const match = written.exec(text);
  if (!match) return undefined;
  const [, prefix, caret, symbol] = match;
  const exchange = prefix !== undefined ? normalizeExchange(prefix) : caret ? 'INDEX' : undefined;
  if (prefix !== undefined && exchange === undefined) return undefined;
  return { symbol: symbol.toUpperCase(), ...(exchange ? { exchange } : {}) };
}
