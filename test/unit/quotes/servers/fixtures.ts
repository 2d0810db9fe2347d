// One quote table shape for every fake provider: each server renders it in its own wire format.

import type { Fault } from './faults';

export interface QuoteFixture {
  readonly price: number;
  readonly previousClose: number;
  readonly currency?: string;
  readonly name?: string;
  readonly exchange?: string;
  /** Epoch seconds the price is from; default `fixtureTime`. */
  readonly time?: number;
  /** Daily closes oldest first, ending on the quote's trading day; default the previous close, then the price. */
  readonly history?: readonly (readonly [date: string, close: number | null])[];
}

export type QuoteTable = Readonly<Record<string, QuoteFixture>>;

/** Monday 26 January 2026, 16:00 in New York: a close. */
export const fixtureTime = Date.parse('2026-01-26T21:00:00Z') / 1000;

export function historyOf(fixture: QuoteFixture): readonly (readonly [string, number | null])[] {
  if (fixture.history) {
    return fixture.history;
  }
  const day = new Date(((fixture.time ?? fixtureTime) - 5 * 3600) * 1000);
  const previous = new Date(day.getTime() - (day.getUTCDay() === 1 ? 3 : 1) * 86_400_000);
  return [
    [previous.toISOString().slice(0, 10), fixture.previousClose],
    [day.toISOString().slice(0, 10), fixture.price],
  ];
}

/** Session open of a date as Yahoo stamps its daily bars: 9:30 New York, in epoch seconds. */
export function sessionOpen(date: string): number {
  return Date.parse(`${date}T14:30:00Z`) / 1000;
}

export const sampleQuotes: QuoteTable = {
  AAPL: { price: 256.44, previousClose: 258.28, name: 'Apple Inc.', exchange: 'NasdaqGS' },
  IWM: { price: 265.12, previousClose: 262.9, name: 'iShares Russell 2000 ETF', exchange: 'NYSEArca' },
  QQQ: { price: 623.5, previousClose: 620.1, name: 'Invesco QQQ Trust', exchange: 'NasdaqGM' },
  'BRK-B': { price: 481.2, previousClose: 478.0, name: 'Berkshire Hathaway Inc.', exchange: 'NYSE' },
};

/** Options of the servers of providers that need a key. */
export interface KeyedServerOptions {
  /** Keyed by the provider's spelling (`SHOP:TSX` for Twelve Data). */
  readonly quotes?: QuoteTable;
  /** Keyed by the provider's spelling; for a batch, the first symbol's fault answers. */
  readonly faults?: Readonly<Record<string, Fault>>;
  /** The only key the server accepts; default `test-key`. */
  readonly apiKey?: string;
}
