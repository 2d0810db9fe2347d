// Providers disagree on types (Twelve Data and Alpha Vantage send numbers as strings) and any field may be missing
// or null; these readers accept what a provider plausibly sends and answer undefined for the rest.

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A finite number from a number or a numeric string ("51.7600", "0.6319%" is not one). */
export function readNumber(value: unknown): number | undefined {
  if (typeof value === 'number') {
    return Number.isFinite(value) ? value : undefined;
  }
  if (typeof value === 'string' && value.trim() !== '') {
    const parsed = Number(value);
    return Number.isFinite(parsed) ? parsed : undefined;
  }
  return undefined;
}

export function readString(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

// Quote times outside these bounds are a provider's bug (milliseconds sent as seconds, a placeholder such as 1e15),
// never a real quote; past the Date range they would throw "Invalid time value" wherever they are formatted.
const latestQuoteTime = Date.UTC(2200, 0, 1);

/** Epoch milliseconds that can be a quote's time: from 1970 to before 2200. */
export function isPlausibleQuoteTime(epochMs: number): boolean {
  return Number.isFinite(epochMs) && epochMs >= 0 && epochMs < latestQuoteTime;
}

/** Epoch milliseconds from positive epoch seconds that make a plausible quote time (see isPlausibleQuoteTime). */
export function readEpochSeconds(value: unknown): number | undefined {
  const seconds = readNumber(value);
  return seconds !== undefined && seconds > 0 && isPlausibleQuoteTime(seconds * 1000) ? seconds * 1000 : undefined;
}
