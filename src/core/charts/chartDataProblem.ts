// Why a market-bound chart has no data, worded for the writer. A provider that is offline, rate-limiting or
// missing its key says nothing about the chart: that is "data unavailable: Twelve Data is offline (…)", shown in
// the panel only and retried. Only a provider that does not know a ticker makes the chart itself wrong.

/** Thrown by a history source that knows which provider failed and how (the extension's, around the quote layer). */
export class ChartDataUnavailable extends Error {
  constructor(
    /** The provider's display name: "Twelve Data". */
    readonly provider: string,
    /** The quote layer's error kind ('network', 'rate-limited', 'no-key', …), when known. */
    readonly kind: string | undefined,
    message: string,
  ) {
    super(message);
    this.name = 'ChartDataUnavailable';
  }
}

export interface DataFailure {
  readonly symbol: string;
  readonly error: unknown;
}

/** Error kinds that say the data cannot be had now, not that the chart asks for something that does not exist. */
const transientKinds = new Set(['network', 'rate-limited', 'no-key', 'bad-response', 'source-invalid']);

export interface DescribedDataFailure {
  /** The data cannot be had now (offline, rate-limited, no key): panel only, retried. */
  readonly unavailable: boolean;
  readonly message: string;
}

export function describeDataFailures(failures: readonly DataFailure[]): DescribedDataFailure {
  const kinds = failures.map((failure) => errorKind(failure.error));
  const unavailable = kinds.every((kind) => kind !== undefined && transientKinds.has(kind));
  if (!unavailable) return { unavailable, message: `No market data for ${failures.map((f) => `${f.symbol}: ${messageOf(f.error)}`).join('; ')}` };
  const provider = failures.map((f) => (f.error instanceof ChartDataUnavailable ? f.error.provider : undefined)).find(Boolean) ?? 'The quote provider';
  const symbols = failures.map((f) => f.symbol).join(', ');
  return { unavailable, message: `data unavailable: ${provider} ${state(kinds[0])} (${symbols}: ${messageOf(failures[0].error)})` };
}

function state(kind: string | undefined): string {
  switch (kind) {
    case 'network':
      return 'is offline';
    case 'rate-limited':
      return 'is rate-limiting requests';
    case 'no-key':
      return 'needs an API key (Market Notes: Set API Key…)';
    case 'source-invalid':
      return 'has no readable quotes file';
    default:
      return 'answered with an error';
  }
}

function errorKind(error: unknown): string | undefined {
  const kind = (error as { kind?: unknown } | null)?.kind;
  return typeof kind === 'string' ? kind : undefined;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
