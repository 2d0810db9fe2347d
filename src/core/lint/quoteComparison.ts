// A stated price against a quote: only when both are in the same currency (statedCurrency.ts), converted to the
// quote's unit; and the quote's price written back in the note's.

import type { Quote } from '../quotes/quote';
import { statedUnit } from '../quotes/statedCurrency';
import { calendarDateAt, type CalendarDate } from './calendarDate';
import type { StatedPrice } from './statedPrices';

export { statedUnit };

export interface PriceDrift {
  /** The stated price in the quote's unit. */
  readonly stated: number;
  /** The quote's price in the note's unit: what a fix writes. */
  readonly quotedInNoteUnit: number;
  /** |quote − stated| / quote, percent. */
  readonly driftPercent: number;
  /** (quote − stated) / stated, percent: how far the price has moved since the note. */
  readonly changePercent: number;
}

export function compareToQuote(price: StatedPrice, quote: Quote): PriceDrift | undefined {
  const unit = statedUnit(price, quote);
  if (unit === undefined || quote.price <= 0 || price.value <= 0) return undefined;
  const stated = price.value * unit;
  return {
    stated,
    quotedInNoteUnit: quote.price / unit,
    driftPercent: (Math.abs(quote.price - stated) / quote.price) * 100,
    changePercent: ((quote.price - stated) / stated) * 100,
  };
}

/** The calendar day a quote was true, where it traded (UTC when the provider does not say). */
export function quoteDay(quote: Quote): CalendarDate {
  return calendarDateAt(quote.asOf, quote.exchangeTimezone);
}
