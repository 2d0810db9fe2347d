// Which quote provider a CLI command uses: `--quotes FILE` (a snapshot file), else `--provider ID`
// (default yahoo; `snapshot` finds .market-notes/quotes.csv above the working folder). HTTP providers take their
// base URL and key from MARKET_NOTES_<ID>_BASE_URL and MARKET_NOTES_<ID>_KEY.

import type { Logger } from '../core/logger';
import type { QuoteProvider } from '../core/quotes/quote';
import { findSnapshotProviderAbove, snapshotProviderForFile } from '../node/snapshotFiles';
import { UsageError, type CliIo } from './io';
import * as path from 'node:path';

import { providerChoices } from './commandSpecs';


export async function quoteProviderFor(options: { quotes?: string; provider?: string }, io: CliIo, logger: Logger): Promise<QuoteProvider> {
  if (options.quotes !== undefined) {
    if (options.provider !== undefined && options.provider !== 'snapshot') {
      throw new UsageError('--quotes reads a snapshot file: it cannot be combined with --provider ' + options.provider);
    }
    return await snapshotProviderForFile(path.resolve(io.cwd, options.quotes), logger, options.quotes);
  }
  const id = options.provider ?? 'yahoo';
  if (id === 'snapshot') {
    const found = await findSnapshotProviderAbove(io.cwd, logger);
    if (!found) throw new UsageError('--provider snapshot: no .market-notes/quotes.csv or quotes.json here or above; name one with --quotes FILE');
    return found;
  }
  // The HTTP providers load only for a command that asks one (lint without --provider never does).
  const { createProvider, isHttpProviderId, resolveApiKeyFromEnv, resolveBaseUrl } = await import('../core/quotes/providers');
  if (!isHttpProviderId(id)) throw new UsageError(`--provider must be one of ${providerChoices.join(', ')} (got "${id}")`);
  const apiKey = resolveApiKeyFromEnv(id, io.env);
  return createProvider(id, { baseUrl: resolveBaseUrl(id, io.env), ...(apiKey ? { apiKey } : {}), logger });
}

/** Core's logger for the CLI: warnings and errors on stderr, the rest dropped (stdout is for results). */
export function stderrLogger(io: CliIo): Logger {
  return {
    trace: () => undefined,
    info: () => undefined,
    warn: (message) => io.stderr(`warning: ${message}\n`),
    error: () => undefined, // failures are reported by the command itself, once, with the symbol they belong to
  };
}
