// How a fix writes a new price where the note stated one: in the stated price's currency and unit ("433.35p", "91
// cents", "2,078.5 yen", "Rs 1,726.73"), with its decimals and grouping.

import type { StatedPrice } from './statedPrices';

/** A figure in the stated price's currency, written as the note writes it: "$272.41", "433.35p". */
export function withCurrency(price: Pick<StatedPrice, 'currencySign'>, value: string): string {
  if (price.currencySign === 'p' || price.currencySign === '¢' || price.currencySign === 'c') return `${value}${price.currencySign}`;
  if (price.currencySign !== undefined && unitsAfter.test(price.currencySign)) return `${value} ${price.currencySign}`;
  if (price.currencySign !== undefined && /^[a-z]+\.?$/i.test(price.currencySign)) return `${price.currencySign} ${value}`;
  return `${price.currencySign ?? ''}${value}`;
}

const centsUnit = /^(?:¢|c|cents?)$/i;

/** Units written after the number, with a space: "2,078.5 yen", "612.40 euros", "480.30 Hong Kong dollars" (a code is written first). */
const unitsAfter = /^(?:yen|euros?|cents?|pence|(?:[\p{L}.]+\s+){0,2}dollars)$/iu;

/** A price written the way the stated one was: same decimals (at least two, but cents as written), same grouping. */
export function formatLikeStated(value: number, stated: Pick<StatedPrice, 'decimals' | 'grouped'> & { readonly currencySign?: string }): string {
  const digits = stated.currencySign !== undefined && centsUnit.test(stated.currencySign) ? stated.decimals : Math.max(stated.decimals, value < 1 ? 4 : 2);
  return formatFixed(value, digits, stated.grouped);
}

/** `value` with exactly `digits` decimals, grouped in thousands or not: "1,204.50", "0.97". */
export function formatFixed(value: number, digits: number, grouped: boolean): string {
  const key = `${digits}${grouped ? 'g' : ''}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: grouped });
    numberFormats.set(key, format);
  }
  return format.format(value);
}

// Making an Intl formatter costs far more than using one: keep one per shape.
const numberFormats = new Map<string, Intl.NumberFormat>();
