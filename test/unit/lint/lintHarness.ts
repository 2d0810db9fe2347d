// Shared set-up for the lint tests: the fixture snapshot as a quote lookup, a pinned reference date.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { quoteLookupFrom, type QuoteLookup } from '../../../src/core/lint';
import { silentLogger } from '../../../src/core/logger';
import { SnapshotProvider } from '../../../src/core/quotes/snapshotProvider';

export const fixtures = join(__dirname, 'fixtures');
export const today = '2026-11-21';

export function fixtureQuotes(): QuoteLookup {
  const provider = new SnapshotProvider(async (relative) => {
    try {
      return readFileSync(join(fixtures, relative), 'utf8');
    } catch {
      return undefined;
    }
  }, silentLogger);
  return quoteLookupFrom(provider, { memoize: true });
}
