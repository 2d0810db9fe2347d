// A stated price against a quote: only when both are in the same currency (a `$` figure or cents against a dollar quote,
// `£` against pounds or pence, `Rs`/`₹` against rupees, `yen`/`¥` against yen, a bare table cell under "Price (£)" as a `£` figure), converted to the quote's unit;
// and the quote's price written back in the note's.

import type { Quote } from '../quotes/quote';
import { calendarDateAt, type CalendarDate } from './calendarDate';
import type { StatedPrice } from './statedPrices';

const dollarCurrencies: ReadonlySet<string> = new Set(['USD', 'CAD', 'AUD', 'NZD', 'HKD', 'SGD']);
const signCurrencies: Readonly<Record<string, readonly string[]>> = {
  'US$': ['USD'],
  'C$': ['CAD'],
  'CA$': ['CAD'],
  'A$': ['AUD'],
  'AU$': ['AUD'],
  'HK$': ['HKD'],
  '€': ['EUR'],
  EUR: ['EUR'],
  EURO: ['EUR'],
  EUROS: ['EUR'],
  '₹': ['INR'],
  RS: ['INR'],
  'RS.': ['INR'],
  INR: ['INR'],
  // The yen and the yuan share the sign; a word or a code names one of them.
  '¥': ['JPY', 'CNY'],
  YEN: ['JPY'],
  JPY: ['JPY'],
  CHF: ['CHF'],
  '£': ['GBP', 'GBp', 'GBX'],
  p: ['GBP', 'GBp', 'GBX'],
  GBX: ['GBP', 'GBp', 'GBX'],
};

/**
 * How many of the quote's units one of the note's is worth (100 for `£` against a pence quote, 1/100 for pence
 * against a pound quote), or undefined.
 */
export function statedUnit(price: Pick<StatedPrice, 'currencySign' | 'columnCurrency'>, quote: Pick<Quote, 'currency'>): number | undefined {
  const written = price.currencySign ?? price.columnCurrency;
  if (written === undefined) return 1;
  // A code is read in any case ("gbx 212.40"); a pence mark is the lower-case `p`.
  const sign = written.length > 1 ? written.toUpperCase() : written;
  // Cents are a hundredth of the quote's dollar, whichever dollar it is ("94 cents" of a Toronto listing).
  if (sign === '¢' || sign === 'CENT' || sign === 'CENTS') return dollarCurrencies.has(quote.currency) ? 0.01 : undefined;
  const matches = sign === '$' ? dollarCurrencies.has(quote.currency) : (signCurrencies[sign] ?? []).includes(quote.currency);
  if (!matches) return undefined;
  if (sign === '£' && quote.currency !== 'GBP') return 100;
  return (sign === 'p' || sign === 'GBX') && quote.currency === 'GBP' ? 0.01 : 1;
}

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
