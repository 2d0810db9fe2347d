// The unit a note writes a price in against a quote's currency: only the same currency counts (a `$` figure or cents
// against a dollar quote, `£` against pounds or pence, `Rs`/`₹` against rupees, `yen`/`¥` against yen, a bare table
// cell under "Price (£)" as a `£` figure), with how many of the quote's units one of the note's is worth. Lint
// compares stated prices with it, and the quote card's "then vs now" puts a stated price in the quote's unit.

import type { Quote } from './quote';

/** How a price's currency was written: its sign or unit, or its table column's. */
export interface WrittenCurrency {
  readonly currencySign?: string;
  readonly columnCurrency?: string;
  /** The figure itself: a bare one against a London quote says by its size whether it is pounds or pence. */
  readonly value?: number;
}

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
  // The Nordic crowns and the yuan, by their codes (the markets' own "kr" is every crown's): "SEK 254.10", "RMB 1,452".
  SEK: ['SEK'],
  NOK: ['NOK'],
  DKK: ['DKK'],
  CNY: ['CNY'],
  RMB: ['CNY'],
  // Taiwan's, Singapore's and New Zealand's dollars and Brazil's real by their signs, and the first two by their codes:
  // "NT$1,045", "TWD 1,045", "S$38.20", "SGD 38.20", "NZ$4.12", "R$38.50". Not Johannesburg's or Tel Aviv's: their
  // prices are in cents and agorot, which no sign a writer puts before a price tells from the rand and the shekel.
  'NT$': ['TWD'],
  TWD: ['TWD'],
  'S$': ['SGD'],
  SGD: ['SGD'],
  'NZ$': ['NZD'],
  'R$': ['BRL'],
  // The dollars' codes, and a dollar spelt out after the figure ("480.30 Hong Kong dollars"); "dollars" alone is any
  // dollar's, as `$` is.
  USD: ['USD'],
  CAD: ['CAD'],
  AUD: ['AUD'],
  HKD: ['HKD'],
  NZD: ['NZD'],
  'US DOLLARS': ['USD'],
  'U.S. DOLLARS': ['USD'],
  'HONG KONG DOLLARS': ['HKD'],
  'CANADIAN DOLLARS': ['CAD'],
  'AUSTRALIAN DOLLARS': ['AUD'],
  'SINGAPORE DOLLARS': ['SGD'],
  'NEW ZEALAND DOLLARS': ['NZD'],
  'TAIWAN DOLLARS': ['TWD'],
  GBP: ['GBP', 'GBp', 'GBX'],
  '£': ['GBP', 'GBp', 'GBX'],
  p: ['GBP', 'GBp', 'GBX'],
  PENCE: ['GBP', 'GBp', 'GBX'],
  GBX: ['GBP', 'GBp', 'GBX'],
};

/** The codes a London quote comes in: pounds, or pence (the providers' `GBp`, and `GBX`). */
const penceCurrencies: ReadonlySet<string> = new Set(['GBp', 'GBX']);

/**
 * How many of the quote's units one of the note's is worth (100 for `£` against a pence quote, 1/100 for pence
 * against a pound quote), or undefined.
 */
export function statedUnit(price: WrittenCurrency, quote: Pick<Quote, 'currency'> & Partial<Pick<Quote, 'price'>>): number | undefined {
  const written = price.currencySign ?? price.columnCurrency;
  if (written === undefined) return bareUnit(price.value, quote);
  return signedUnit(written, quote);
}

/**
 * The unit of a figure with no sign. A London listing is quoted in pence, but writers state its price in pounds as
 * often ("Last: 0.7418" against a quote of 74.18 GBp): a bare figure against a pence or a pound quote is read in the
 * unit that puts it nearer the quote — pounds when the quote is over ten times the figure, pence when the figure is
 * over ten times the quote. No price moves a hundredfold between a note and its lint, so the nearer unit is the
 * writer's; read as the quote's own, a price in pounds drifted by 9,900%.
 */
function bareUnit(value: number | undefined, quote: Partial<Pick<Quote, 'currency' | 'price'>>): number {
  if (value === undefined || value <= 0 || quote.price === undefined || quote.price <= 0) return 1;
  if (penceCurrencies.has(quote.currency ?? '') && quote.price > value * 10) return 100;
  if (quote.currency === 'GBP' && value > quote.price * 10) return 0.01;
  return 1;
}

/** The unit of a figure written with a sign or a unit (see statedUnit). */
function signedUnit(written: string, quote: Pick<Quote, 'currency'>): number | undefined {
  // A code is read in any case ("gbx 212.40"); a pence mark is the lower-case `p`.
  const sign = written.length > 1 ? written.replace(/\s+/g, ' ').toUpperCase() : written;
  // Cents are a hundredth of the quote's dollar, whichever dollar it is ("94 cents" of a Toronto listing, a Sydney
  // table's "85c").
  if (sign === '¢' || sign === 'c' || sign === 'CENT' || sign === 'CENTS') return dollarCurrencies.has(quote.currency) ? 0.01 : undefined;
  const matches = sign === '$' || sign === 'DOLLARS' ? dollarCurrencies.has(quote.currency) : (signCurrencies[sign] ?? []).includes(quote.currency);
  if (!matches) return undefined;
  if ((sign === '£' || sign === 'GBP') && quote.currency !== 'GBP') return 100;
  return (sign === 'p' || sign === 'PENCE' || sign === 'GBX') && quote.currency === 'GBP' ? 0.01 : 1;
}
