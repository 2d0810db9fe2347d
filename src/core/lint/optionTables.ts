// A table of option contracts, as flow reports and trade blotters lay them out: "| Ticker | Contract | Strike | Expiry |
// Premium | Last |". Its Ticker column names the underlying stock, but its Last or Price column is the contract's
// premium — a few dollars against a stock of hundreds —, never the stock's price: no quote of the stock refreshes it
// or finds it stale. Told by a column only an option has (a strike, an expiry, put or call), or a "Type" column whose
// every cell is "Call" or "Put".

import { everyCellMatches } from './columnCells';
import type { NoteSource } from './noteSource';

const optionHeader =
  /^(?:strikes?(?:\s+price)?|expiry|expiries|expiration(?:\s+date)?|exp\.?(?:\s+date)?|expires|dte|days\s+to\s+(?:expiry|expiration)|put\s*\/\s*call|call\s*\/\s*put|[cp]\s*\/\s*[cp]|calls?|puts?|contracts?|option(?:\s+(?:type|contract|series))?|type\s+of\s+option|right)$/i;
const putOrCall = /^(?:calls?|puts?|[cp])$/i;

/** Whether the table with the column names `names` on lines [startLine, endLine] (0-based) lists option contracts. */
export function isOptionTable(note: NoteSource, names: readonly string[], startLine: number, endLine: number): boolean {
  if (names.some((name) => optionHeader.test(name.trim()))) return true;
  const type = names.findIndex((name) => /^type$/i.test(name.trim()));
  return type >= 0 && everyCellMatches(note, type, startLine, endLine, putOrCall);
}
