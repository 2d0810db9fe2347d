// The figures a parenthesis may give beside its symbol: a quote chip's change, `(XLF 0.42%)`, `(KO, +1.1%)`, and
// Kiplinger's price, `(JNJ, $135.35)`. parenthesisedMentions.ts reads the symbols; these read the figure after one.

import { isDigit, isUpper, skipBlanks } from './charCodes';

/**
 * End of a price written at `at`, or `at` when there is none: in dollars (`$135.35`, `$1,042`, `C$42.10`), after the
 * pound's, the euro's, the yen's or the rupee's sign (`£4.12`, `€612.40`) or a currency's code (`GBX 212.40`), or in the minor unit London and Sydney quote
 * in, its letter after the figure (`74.18p`, `60.5c`, `42¢`). Nothing may follow the unit's letter but the item's end:
 * "4 p.m." and "5pm" are times, not prices.
 */
export function priceEnd(segment: string, at: number): number {
  const coded = isoCodeEnd(segment, at);
  if (coded !== at) return coded;
  let p = at;
  while (p - at < 2 && isUpper(segment.charCodeAt(p))) p++;
  const sign = segment.charCodeAt(p);
  if (sign === 36 /* $ */ || (p === at && currencySigns.has(sign))) {
    if (!isDigit(segment.charCodeAt(p + 1))) return at;
    return amountEnd(segment, p + 1);
  }
  if (p !== at || !isDigit(sign)) return at;
  p = amountEnd(segment, p);
  const unit = segment.charCodeAt(p);
  if ((unit === 112 /* p */ || unit === 99 /* c */ || unit === 0xa2 /* ¢ */) && isItemEnd(segment.charCodeAt(p + 1))) return p + 1;
  return at;
}

/**
 * End of a price after a currency's code, as desks and London's feeds write one (`GBX 212.40`, `EUR 612.40`,
 * `CHF88.40`), or `at`. The codes stated prices are read with (lint's pricePatterns.ts), so price-drift checks it too.
 */
function isoCodeEnd(segment: string, at: number): number {
  if (!isUpper(segment.charCodeAt(at)) || !isoCodes.has(segment.slice(at, at + 3))) return at;
  let p = at + 3;
  if (segment.charCodeAt(p) === 32) p++;
  return isDigit(segment.charCodeAt(p)) ? amountEnd(segment, p) : at;
}

const isoCodes: ReadonlySet<string> = new Set(['GBX', 'INR', 'JPY', 'CHF', 'EUR', 'SEK', 'NOK', 'DKK', 'CNY', 'RMB', 'TWD', 'SGD']);

/** The signs written before a price beside the dollar's: the pound, the euro, the yen, the rupee. */
const currencySigns: ReadonlySet<number> = new Set([0xa3 /* £ */, 0x20ac /* € */, 0xa5 /* ¥ */, 0x20b9 /* ₹ */]);

/** End of the figure from `at`: digits, with thousands' commas and a decimal point between them. */
function amountEnd(segment: string, at: number): number {
  let p = at;
  while (isDigit(segment.charCodeAt(p)) || ((segment.charCodeAt(p) === 44 || segment.charCodeAt(p) === 46) && isDigit(segment.charCodeAt(p + 1)))) p++;
  return p;
}

/** End of a change written after a symbol (` 0.42%`, ` -0.31%`, `, +1.1%`, ` +12.50`): signed or a percentage. */
export function changeEnd(segment: string, at: number): number | undefined {
  let p = skipBlanks(segment, at);
  if (segment.charCodeAt(p) === 44 /* , */) p = skipBlanks(segment, p + 1);
  const sign = segment.charCodeAt(p);
  const signed = isSign(sign);
  if (signed) p++;
  const digitsStart = p;
  while (isDigit(segment.charCodeAt(p)) || ((segment.charCodeAt(p) === 46 || segment.charCodeAt(p) === 44) && isDigit(segment.charCodeAt(p + 1)))) p++;
  if (p === digitsStart) return undefined;
  const percent = segment.charCodeAt(p) === 37;
  if (percent) p++;
  if (!signed && !percent) return undefined;
  return isItemEnd(segment.charCodeAt(p)) ? p : undefined;
}

/**
 * End of a change glued to its symbol, as Quartz prints its chips (`TSLA+7.99%`): a sign, a figure with decimals and
 * a percent, so `(COVID-19)` and `(SARS-2)` stay names. Undefined when there is none at `at`.
 */
export function gluedChangeEnd(segment: string, at: number): number | undefined {
  if (!isSign(segment.charCodeAt(at))) return undefined;
  let p = at + 1;
  const digitsStart = p;
  while (isDigit(segment.charCodeAt(p))) p++;
  if (p === digitsStart || segment.charCodeAt(p) !== 46 /* . */ || !isDigit(segment.charCodeAt(p + 1))) return undefined;
  p++;
  while (isDigit(segment.charCodeAt(p))) p++;
  if (segment.charCodeAt(p) !== 37 /* % */) return undefined;
  return isItemEnd(segment.charCodeAt(p + 1)) ? p + 1 : undefined;
}

/** A change's sign: plus, hyphen-minus, minus, or the en dash some pages print for minus. */
export function isSign(code: number): boolean {
  return code === 43 || code === 45 || code === 0x2212 || code === 0x2013;
}

/** What may follow an item of a parenthesis, or its figure: the parenthesis's end, the next item, a blank. */
export function isItemEnd(code: number): boolean {
  return code === 41 /* ) */ || code === 44 /* , */ || code === 59 /* ; */ || code === 32 || code === 9;
}
