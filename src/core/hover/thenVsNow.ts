// "Then vs now" on the quote card: what the note says (a price it states for the ticker, or the close on its as-of
// date) beside the current quote, so a writer sees at a glance how far a figure has moved since it was written.

import type { Quote } from '../quotes/quote';
import { statedUnit, type WrittenCurrency } from '../quotes/statedCurrency';
import { formatPrice, formatSigned } from './formatQuote';
import { escapeMarkdown } from './escapeMarkdown';

export interface ThenFacts {
  /**
   * A price the note states for this ticker, as written ("$256.44", "85 cents"), its 1-based line, and how its
   * currency was written (compared in the quote's unit: "85 cents" is $0.85; another currency is not compared).
   */
  readonly statedPrice?: { readonly value: number; readonly written: string; readonly line: number } & WrittenCurrency;
  /** The note's as-of stamp governing the mention, as written ("January 26, 2026"). */
  readonly asOf?: { readonly written: string };
  /** The close on (or just before) the as-of date, from the provider's history. */
  readonly closeOnAsOf?: { readonly date: string; readonly close: number };
}

/** Markdown lines for the card, or undefined when the note gives nothing to compare. */
export function renderThenVsNow(quote: Quote, then: ThenFacts): string | undefined {
  const lines: string[] = [];
  const now = formatPrice(quote.price, quote.currency);
  // In a quote table the stated price is the close on the as-of date: one line says it, with the date.
  const closeIsStated = then.statedPrice !== undefined && then.closeOnAsOf !== undefined && sameAsWritten(then.closeOnAsOf.close, then.statedPrice);
  if (then.statedPrice) {
    const { value, written, line } = then.statedPrice;
    const where = closeIsStated && then.asOf ? `line ${line}, as of ${then.asOf.written}` : `line ${line}`;
    const unit = statedUnit(then.statedPrice, quote);
    const change = unit === undefined ? '' : ` ${percentFrom(value * unit, quote.price)}`;
    lines.push(`Then vs now: the note says ${written} (${where}) → ${now}${change}`);
  }
  if (then.asOf && then.closeOnAsOf && !closeIsStated) {
    const { date, close } = then.closeOnAsOf;
    lines.push(`Close on ${date} (note as of ${then.asOf.written}): ${formatPrice(close, quote.currency)} → ${now} ${percentFrom(close, quote.price)}`);
  } else if (then.asOf && !then.statedPrice) {
    lines.push(`The note is as of ${then.asOf.written}`);
  }
  return lines.length === 0 ? undefined : lines.map(escapeMarkdown).join('  \n');
}

/** The close rounds to the stated price at the precision it was written with ("$256.4" is 256.44 to one decimal). */
function sameAsWritten(close: number, stated: { readonly value: number; readonly written: string }): boolean {
  const decimals = /[.,](\d+)\D*$/.exec(stated.written)?.[1]?.length ?? 0;
  return Math.abs(close - stated.value) < 0.5 * 10 ** -decimals + 1e-9;
}

function percentFrom(then: number, now: number): string {
  return then === 0 ? '' : `(${formatSigned(((now - then) / then) * 100, '%')})`;
}
