// Shared set-up for the lint tests: the fixture market as a quote lookup, a pinned reference date, and the prices a
// text states as [symbol, figure as written].
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findStatedPrices, quoteLookupFrom, type QuoteLookup } from '../../../src/core/lint';
import { findTickerMentions } from '../../../src/core/tickers';
import { silentLogger } from '../../../src/core/logger';
import { SnapshotProvider } from '../../../src/core/quotes/snapshotProvider';
import { QuoteError, type QuoteProvider } from '../../../src/core/quotes/quote';

export const fixtures = join(__dirname, 'fixtures');
export const today = '2026-11-21';

/** [symbol, figure as written] for each price the text states, in document order. */
export function statedPrices(text: string): [string, string][] {
  return findStatedPrices(text, findTickerMentions(text)).map((price) => [price.symbol, text.slice(price.offset, price.offset + price.length)]);
}

/**
 * The fixture market as a provider that knows every listing (as Yahoo would): the fixture snapshot's quotes, and
 * "unknown symbol" for anything else. A bare snapshot cannot say a symbol is unknown, only that it lacks it.
 */
export function fixtureQuotes(): QuoteLookup {
  const snapshot = fixtureSnapshot();
  const provider: QuoteProvider = {
    id: 'fixture-market',
    displayName: 'Fixture market',
    quote: async (ticker) => {
      try {
        return await snapshot.quote(ticker);
      } catch (error) {
        if (error instanceof QuoteError && error.options.missingFromSnapshot) throw new QuoteError('unknown-symbol', `no listing for ${ticker.symbol}`);
        throw error;
      }
    },
  };
  return quoteLookupFrom(provider, { memoize: true });
}

/** The fixture snapshot itself, with its own semantics (a missing symbol is "not in the snapshot"). */
export function fixtureSnapshotQuotes(): QuoteLookup {
  return quoteLookupFrom(fixtureSnapshot(), { memoize: true });
}

function fixtureSnapshot(): SnapshotProvider {
  return new SnapshotProvider(async (relative) => {
    try {
      return readFileSync(join(fixtures, relative), 'utf8');
    } catch {
      return undefined;
    }
  }, silentLogger);
}
