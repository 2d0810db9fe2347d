// A table of events that each set a price — offerings ("| Company | Ticker | IPO date | Price | First-day close |"),
// takeovers ("| Target | Ticker | Acquirer | Price | Premium |") or a log of trades ("| Ticker | Action | Price |
// Stop |", its Action cells "Buy", "Sell", "Trim") — heads the event's price "Price" as plainly as a quote table heads
// the market's. There a bare "Price" is the offering's, the bid's or the fill's, which no quote of today makes stale.
// A header that names the market's price itself ("Last", "Close", "Current price", "Price now") stays a quote.

import { everyCellMatches } from './columnCells';
import type { NoteSource } from './noteSource';

/** "Price", "Share price", "Price per share", with a unit after it ("Price ($)", "Price, USD"): no market named. */
const barePriceHeader = /^(?:share\s+)?price(?:\s+per\s+share)?(?:\s*\([^)]*\)|\s*,\s*\S+)?$/i;
/**
 * A newsletter's or a model portfolio's day of its pick: "Rec. date", "Date added", "Entry date". A bare "Price" beside
 * it is the price the pick was made at.
 */
const pickDay = String.raw`(?:rec(?:ommendation|ommended)?\.?|entry|buy|purchase|pick|call|initiation)\s+date|date\s+(?:added|recommended|bought|purchased|entered|opened)`;
/**
 * A column only an offering, a takeover or an insider's dealing has: its date, size, range or underwriters; the
 * bidder or its terms; the insider and the transaction.
 */
const eventHeader = new RegExp(
  String.raw`\b(?:ipo|offering|offer\s+(?:size|date)|underwriters?|bookrunners?|proceeds|first[- ]day|debut|listing\s+date|price\s+range|acquir(?:er|or)|buyer|bidder|suitor|deal\s+(?:value|size|terms)|consideration|takeover|tender|insiders?|transaction|${pickDay})\b`,
  'i',
);
/**
 * A column that names the event's price itself ("| IPO price | Price | Return |", "| Rec. date | Rec. price | Price |"):
 * then the bare "Price" beside it is the market's, set against it.
 */
const eventPriceHeader = /\b(?:ipo|offer(?:ing)?|deal|bid|takeout|tender|purchase|transaction|rec(?:ommendation|ommended)?\.?|entry|buy)\s+price\b/i;
/** A trade log's column of what was done. */
const actionHeader = /^(?:action|side|trade|order|direction|buy\s*\/\s*sell)$/i;
const tradeAction = /^(?:buy|bought|sell|sold|add(?:ed)?|trim(?:med)?|short(?:ed)?|cover(?:ed)?|exit(?:ed)?|reduc(?:e|ed)|long|open(?:ed)?|clos(?:e|ed)|b|s)$/i;

/** Whether `name` is a bare "Price" that, in the table with the headers `names` (lines [startLine, endLine]), is an event's. */
export function isEventPrice(note: NoteSource, name: string, names: readonly string[], startLine: number, endLine: number): boolean {
  if (!barePriceHeader.test(name.trim()) || names.some((other) => eventPriceHeader.test(other))) return false;
  if (names.some((other) => other !== name && eventHeader.test(other))) return true;
  const action = names.findIndex((other) => actionHeader.test(other.trim()));
  return action >= 0 && everyCellMatches(note, action, startLine, endLine, tradeAction);
}
