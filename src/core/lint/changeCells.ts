// A quote table's day-change cell brought up to a quote: "+1.2%" in a "Chg %" column, "-3.10" in a "Change" column.
// A table is dated as a whole, so a refresh that moves its date must move the day's change with its price; else the
// old session's change would be read as the new one's. The change is the quote's against its previous close, written
// as the cell was: its sign style, decimals, grouping, currency sign and percent mark.

import type { Quote } from '../quotes/quote';
import { formatFixed } from './statedPriceFormat';

/**
 * A change cell as analysts write one: an optional sign ("+", "-", "−", "–"), an optional currency sign, the number, an
 * optional percent mark. A cell in parentheses, with emphasis or words ("unch", "n/a") is not rewritten.
 */
const changeShape = /^(?<sign>[+\-−–]?)(?<currency>[$€£]?)(?<number>\d[\d,]*(?:\.(?<decimals>\d+))?)(?<space>\s?)(?<percent>%?)$/u;

/** How a column writes its changes, read from all its cells: a row's new sign follows the column, not the old row. */
export interface ChangeColumnStyle {
  /** The header names a percentage ("Chg %", "% change", "1-day %"): even a bare number is one. */
  readonly percent: boolean;
  /** Some cell marks a gain with "+". */
  readonly plusForGains: boolean;
  /** The minus character the column writes ("-", "−", "–"); "-" when no cell is negative. */
  readonly minus: string;
}

/** The style of a column whose cells read `written`. */
export function changeColumnStyle(header: string, written: readonly string[]): ChangeColumnStyle {
  const signs = written.map((text) => changeShape.exec(text.trim())?.groups?.sign ?? '');
  return { percent: /%|pct|percent/i.test(header), plusForGains: signs.includes('+'), minus: signs.find((sign) => sign !== '' && sign !== '+') ?? '-' };
}

/**
 * The cell's text for `quote`'s change, or undefined when it cannot be written: a shape changeShape does not read, or a
 * quote without its previous close. `scale`: the note's price unit per quote unit (100 for a price in pence of a quote
 * in pounds), for a change in money.
 */
export function refreshedChange(written: string, column: ChangeColumnStyle, quote: Pick<Quote, 'price' | 'previousClose'>, scale = 1): string | undefined {
  const shape = changeShape.exec(written.trim());
  const previous = quote.previousClose;
  if (!shape?.groups || previous === undefined || !(previous > 0)) return undefined;
  const { currency, number, decimals = '', space, percent } = shape.groups;
  const asPercent = percent === '%' || column.percent;
  if (asPercent && currency !== '') return undefined; // "$1.2%" is no shape a writer uses
  const change = asPercent ? (quote.price / previous - 1) * 100 : (quote.price - previous) * scale;
  const digits = decimals.length;
  const magnitude = formatFixed(Math.abs(change), digits, number.includes(','));
  const isZero = Number(magnitude.replace(/,/g, '')) === 0;
  const newSign = isZero ? '' : change < 0 ? column.minus : column.plusForGains ? '+' : '';
  return `${newSign}${currency}${magnitude}${space}${percent}`;
}
