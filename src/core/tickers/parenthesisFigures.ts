// The figures a parenthesis may give beside its symbol: a quote chip's change, `(XLF 0.42%)`, `(KO, +1.1%)`, and
// Kiplinger's price, `(JNJ, $135.35)`. parenthesisedMentions.ts reads the symbols; these read the figure after one.

import { isDigit, isUpper, skipBlanks } from './charCodes';

/** End of a price written at `at` (`$135.35`, `$1,042`, `C$42.10`), or `at` when there is none. */
export function priceEnd(segment: string, at: number): number {
  let p = at;
  while (p - at < 2 && isUpper(segment.charCodeAt(p))) p++;
  if (segment.charCodeAt(p) !== 36 /* $ */ || !isDigit(segment.charCodeAt(p + 1))) return at;
  p++;
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
