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

/** Epoch milliseconds from epoch seconds, when positive. */
export function readEpochSeconds(value: unknown): number | undefined {
  const seconds = readNumber(value);
  return seconds !== undefined && seconds > 0 ? seconds * 1000 : undefined;
}
