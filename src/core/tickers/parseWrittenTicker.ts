// A single ticker typed by a person (CLI arguments, chart inserts): `AAPL`, `$AAPL`, `NASDAQ:AAPL`, `NYSE Arca: IWM`, `^RUT`,
// `TYO:7203`, `HKEX:700` (digits only after a venue that numbers its listings), `B3:PETR4`, `BRK-B` as `BRK.B`,
// and a venue's suffix as its listing: `VOD.L`, `SHOP.TO`, after a class as Yahoo writes one abroad: `ERIC-B.ST`.

import { normalizeExchange } from './exchanges';
import { listingVenue } from './listingSymbols';
import { classSuffixVenueAt, ricRootFits, ricSuffixExchange } from './venueSuffixes';
import { canonicalShareClass } from './shareClassSymbols';
import type { TickerRef } from './tickerRef';

const written = /^\s*\$?(?:([A-Za-z][A-Za-z0-9& -]*?)\s*:\s*)?(\^)?([A-Za-z][A-Za-z0-9]{0,9}(?:[.-][A-Za-z0-9]{1,2})?(?:\.[A-Za-z]{1,2})?|\d[0-9A-Za-z]{0,5})\s*$/;

export function parseWrittenTicker(text: string): TickerRef | undefined {
  const match = written.exec(text);
  if (!match) return undefined;
  const [, prefix, caret, symbol] = match;
  // Yahoo's class on a venue abroad, `ERIC-B.ST`, `RCI-B.TO`: the class share on the suffix's venue, a prefix's if it agrees.
  const classed = /^([A-Za-z][A-Za-z0-9]{0,9}[.-][A-Za-z])(\.[A-Za-z]{1,2})$/.exec(symbol);
  if (classed && !caret) {
    const venue = classSuffixVenueAt(classed[2].toUpperCase(), 0)?.venue;
    const prefixed = prefix === undefined ? venue : normalizeExchange(prefix);
    return venue !== undefined && prefixed === venue ? { symbol: canonicalShareClass(classed[1].toUpperCase()), exchange: venue } : undefined;
  }
  if (classed || /\..*\./.test(symbol)) return undefined;
  let exchange = prefix !== undefined ? normalizeExchange(prefix) : caret ? 'INDEX' : undefined;
  if (prefix !== undefined && exchange === undefined) return undefined;
  if (/^\d/.test(symbol) && (caret || prefix === undefined)) return undefined;
  if (prefix !== undefined && !caret && exchange !== undefined) {
    exchange = listingVenue(exchange, prefix, symbol.toUpperCase());
    if (exchange === undefined) return undefined;
  } else if (/^[A-Za-z]{8}/.test(symbol)) {
    return undefined; // only India's symbols run past seven letters, and they need their prefix
  } else if (!caret) {
    // A venue's suffix, as Yahoo's and Reuters' pages spell a listing (`VOD.L`, `SHOP.TO`, `KO.N`): the listing, as
    // the mention scan reads the same code in a note. Not a share class (`BRK.B`), which no suffix names.
    const suffixed = /^([A-Za-z][A-Za-z0-9]{0,9})\.([A-Za-z]{1,2})$/.exec(symbol);
    const venue = suffixed ? ricSuffixExchange(suffixed[2].toUpperCase()) : undefined;
    if (suffixed && venue && ricRootFits(venue, suffixed[1])) return { symbol: suffixed[1].toUpperCase(), exchange: venue };
  }
  return { symbol: canonicalShareClass(symbol.toUpperCase()), ...(exchange ? { exchange } : {}) };
}
