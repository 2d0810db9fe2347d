// Number, time and age formatting shared by the hover card, the CLI and lint messages, so a price reads the
// same everywhere. Locale is fixed to en-US: notes are compared with what the card says, and CI output must be stable.

const locale = 'en-US';

/**
 * The decimals a price is shown with: as many as it has (float noise past four places ignored), at least two and at
 * most four; four below 1. So 74.18 keeps two, an OTC quote of 3.4535 keeps four, and a change reads as precisely.
 */
export function priceFractionDigits(value: number): number {
  if (!Number.isFinite(value)) return 2;
  if (Math.abs(value) < 1) return 4;
  const [, decimals = ''] = String(Math.round(Math.abs(value) * 10_000) / 10_000).split('.');
  return Math.min(4, Math.max(2, decimals.length));
}

export function formatPrice(value: number, currency: string): string {
  const digits = priceFractionDigits(value);
  // Minor units ("GBp": LSE quotes in pence) are not ISO codes, but Intl would read them as the major unit.
  if (!/^[A-Z]{3}$/.test(currency)) return `${formatNumber(value, digits)} ${currency}`;
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency, minimumFractionDigits: 2, maximumFractionDigits: digits }).format(value);
  } catch {
    // A code Intl does not know: show it after the number.
    return `${formatNumber(value, digits)} ${currency}`;
  }
}

export function formatNumber(value: number, maximumFractionDigits = 2): string {
  return new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits }).format(value);
}

/** "+2.61", "−0.85%", "±0.00"; `maximumFractionDigits` lets a change keep its price's precision (+0.0135). */
export function formatSigned(value: number, suffix = '', maximumFractionDigits = 2): string {
  const sign = value > 0 ? '+' : value < 0 ? '−' : '±';
  return `${sign}${formatNumber(Math.abs(value), maximumFractionDigits)}${suffix}`;
}

const maxDateMs = 8.64e15;

/** "Jan 26, 2026, 4:00 PM EST" in the exchange's zone when known, else UTC. */
export function formatQuoteTime(epochMs: number, timeZone?: string): string {
  // Times are validated where they enter (providers, the cache file, snapshots); this is the last guard, so a bad
  // one reads as such instead of throwing "Invalid time value" out of a hover or a CLI table.
  if (!Number.isFinite(epochMs) || Math.abs(epochMs) > maxDateMs) return 'an unknown time';
  const options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short', timeZone: timeZone ?? 'UTC' };
  try {
    return withZoneName(new Intl.DateTimeFormat(locale, options).format(epochMs), epochMs, options.timeZone!);
  } catch {
    return withZoneName(new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(epochMs), epochMs, 'UTC');
  }
}

function withZoneName(text: string, epochMs: number, timeZone: string): string {
  const zone = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'short' }).formatToParts(epochMs).find((part) => part.type === 'timeZoneName');
  return zone ? `${text} ${zone.value}` : text;
}

const ageUnits: ReadonlyArray<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 24 * 3600_000],
  ['month', 30 * 24 * 3600_000],
  ['day', 24 * 3600_000],
  ['hour', 3600_000],
  ['minute', 60_000],
];

/** "3 days ago", "5 minutes ago", "just now"; a time in the future reads "in 2 hours". */
export function formatAge(thenMs: number, nowMs: number): string {
  const elapsed = nowMs - thenMs;
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'always' });
  for (const [unit, size] of ageUnits) {
    if (Math.abs(elapsed) >= size) return format.format(-Math.trunc(elapsed / size), unit);
  }
  return 'just now';
}
