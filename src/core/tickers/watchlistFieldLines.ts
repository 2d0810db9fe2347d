// A newsletter's watchlist gives each position a line of its own: the symbol, bold, then its fields set off by bars —
// "- **ORCD** — Position: 8% | Avg cost: $112.00 | Last: $200.00 | P/L: +78%". Capitals at a line's start are a
// heading's word or an abbreviation as often ("**NOTE** — …", "**EPS**: $1.20 | Rev: $3.1bn"), so the line is read only
// when all of it after the symbol is fields (a short label, a colon, a value) and one of them is the market price's
// own label with a price in a currency ("Last: $200.00", "Price: $41.20"): the line then quotes a stock, and the
// symbol is that stock's. The price field itself is read by the lint's labelled prices (labelledPrices.ts); the cost
// and the P/L beside it are not. The symbol is `bare`, tentative: a symbol the provider does not know is dropped.

import { isCommonAbbreviation } from './abbreviations';
import { isCurrencyCode, isFuturesCode } from './commodityAndCurrencyCodes';
import { normalizeExchange } from './exchanges';

/**
 * The symbol at a line's start (past quote and list markers), its emphasis, then a colon or a spaced dash. Sticky, and
 * tried only at the start of a line with a bar: a multiline `^` pattern over the whole note was tried at every
 * character of it, a twentieth of the whole mention scan.
 */
const symbolOpening = /[ \t]*(?:>[ \t]*)*(?:[-*+][ \t]+|\d{1,3}[.)][ \t]+)?([*_]{0,2})([A-Z]{2,5}(?:\.[A-C])?)\1(?:[ \t]*:|[ \t]+[—–-])[ \t]+(?=\S)/uy;
/** One field: a short label, a colon, a value. */
const field = /^[ \t]*[*_]{0,2}\p{L}[\p{L}/.&' -]{0,24}[*_]{0,2}[ \t]*:[*_]{0,2}[ \t]*\S/u;
/** The market price's own field, with a currency sign before its number: "Last: $200.00", "**Price:** €41.20". */
const priceField = /^[ \t]*[*_]{0,2}(?:(?:last|current|share)[ \t]+)?(?:last|price|close)[*_]{0,2}[ \t]*:[*_]{0,2}[ \t]*[*_]{0,2}(?:[$€£¥₹]|[A-Z]{1,2}\$)[ \t]?\d/iu;

/** Calls emit(symbol, offset) for each watchlist line's symbol, in document order. */
export function scanWatchlistFieldLines(text: string, ignore: ReadonlySet<string> | undefined, emit: (symbol: string, at: number) => void): void {
  // Each line with a bar, found from the bar: a watchlist line's fields are set off by bars.
  for (let bar = text.indexOf('|'); bar !== -1; ) {
    const lineStart = text.lastIndexOf('\n', bar) + 1;
    const newline = text.indexOf('\n', bar);
    const lineEnd = newline < 0 ? text.length : newline;
    bar = newline < 0 ? -1 : text.indexOf('|', newline);
    symbolOpening.lastIndex = lineStart;
    const match = symbolOpening.exec(text);
    if (match === null) continue;
    const symbol = match[2];
    const restStart = match.index + match[0].length;
    const fields = text.slice(restStart, lineEnd).replace(/\r$/, '').split('|');
    if (fields.length < 2 || !fields.every((each) => field.test(each)) || !fields.some((each) => priceField.test(each))) continue;
    if (isCommonAbbreviation(symbol.split('.')[0], ignore) || ignore?.has(symbol) || isCurrencyCode(symbol) || isFuturesCode(symbol) || normalizeExchange(symbol) !== undefined) continue;
    emit(symbol, match.index + match[0].indexOf(match[1] + symbol + match[1]) + match[1].length);
  }
}
