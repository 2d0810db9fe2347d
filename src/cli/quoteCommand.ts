// `market-notes quote <symbols…> [--provider ID] [--quotes FILE] [--format text|json]`: exit 1 if any failed.

import { dailyChange, QuoteError, type Quote } from '../core/quotes/quote';
import { parseWrittenTicker } from '../core/tickers/parseWrittenTicker';
import { formatPrice, formatQuoteTime, formatSigned } from '../core/hover/formatQuote';
import { exitCode, UsageError, type CliIo } from './io';
import { quoteSpec } from './commandSpecs';
import { parseCommandArgs, parseFormat } from './options';
import { quoteProviderFor, stderrLogger } from './quoteSource';

type QuoteRecord =
  | {
      symbol: string;
      providerSymbol: string;
      provider: string;
      price: number;
      previousClose: number | null;
      change: number | null;
      changePercent: number | null;
      currency: string;
      exchange: string | null;
      asOf: string;
    }
  | { symbol: string; error: string };

export async function quoteCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(quoteSpec, args);
  const format = parseFormat(values.format, ['text', 'json'] as const);
  if (positionals.length === 0) throw new UsageError('name at least one symbol, e.g. AAPL NYSEARCA:IWM TSX:SHOP');
  const tickers = positionals.map((written) => {
    const ticker = parseWrittenTicker(written);
    if (!ticker) throw new UsageError(`"${written}" is not a ticker (write AAPL, $AAPL, NASDAQ:AAPL or ^RUT)`);
    return ticker;
  });
  const provider = await quoteProviderFor(values, io, stderrLogger(io));
  const results = await Promise.all(
    tickers.map(async (ticker) => {
      try {
        return await provider.quote(ticker);
      } catch (error) {
        if (!(error instanceof QuoteError)) throw error;
        return error;
      }
    }),
  );
  // An unreadable or malformed quotes file is the command's input failing, not a symbol: exit 2, said once.
  const sourceFailure = results.find((result): result is QuoteError => result instanceof QuoteError && result.kind === 'source-invalid');
  if (sourceFailure) throw new UsageError(sourceFailure.message);
  const records = results.map((result, index): QuoteRecord =>
    result instanceof QuoteError ? { symbol: tickers[index].symbol, error: result.message } : toRecord(result),
  );
  if (format === 'json') {
    io.stdout(`${JSON.stringify(records, null, 2)}\n`);
  } else {
    records.forEach((record, index) => {
      if ('error' in record) {
        io.stderr(`${record.symbol}: ${record.error}\n`);
        return;
      }
      const move = record.change === null ? '' : `  ${formatSigned(record.change)} (${formatSigned(record.changePercent ?? 0, '%')})`;
      // In the exchange's own time, as the hover and lint's messages give it: "4:00 PM EST" is the close.
      const when = formatQuoteTime(Date.parse(record.asOf), (results[index] as Quote).exchangeTimezone);
      io.stdout(`${record.symbol.padEnd(8)} ${formatPrice(record.price, record.currency).padStart(12)}${move}  ${when}  ${record.provider}\n`);
    });
  }
  return records.some((record) => 'error' in record) ? exitCode.findings : exitCode.ok;
}

function toRecord(quote: Quote): QuoteRecord {
  const change = dailyChange(quote);
  return {
    symbol: quote.symbol,
    providerSymbol: quote.providerSymbol,
    provider: quote.provider,
    price: quote.price,
    previousClose: quote.previousClose ?? null,
    change: change ? round(change.change, 6) : null,
    changePercent: change ? round(change.changePercent, 6) : null,
    currency: quote.currency,
    exchange: quote.exchange ?? null,
    asOf: new Date(quote.asOf).toISOString(),
  };
}

function round(value: number, digits: number): number {
  return Number(value.toFixed(digits));
}
