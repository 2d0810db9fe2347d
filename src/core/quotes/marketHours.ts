// When an exchange is trading, so background refresh can slow to a trickle while it is not, and the exchange-local
// calendar the providers date their bars in. US holidays are computed from the NYSE rules rather than listed, so the
// code does not rot at New Year; one-off closures (a national day of mourning) cannot be computed and are not known.

import type { ExchangeId } from '../tickers/exchanges';

export interface ZonedParts {
  readonly year: number;
  readonly month: number; // 1–12
  readonly day: number;
  readonly weekday: number; // 0 = Sunday
  readonly minuteOfDay: number;
}

interface Session {
  readonly timeZone: string;
  readonly opensAt: number; // minutes after local midnight
  readonly closesAt: number;
  readonly closures?: (year: number) => ReadonlyMap<string, Closure>;
}

type Closure = { readonly name: string; readonly earlyCloseAt?: number };

const nyse: Session = { timeZone: 'America/New_York', opensAt: 9 * 60 + 30, closesAt: 16 * 60, closures: nyseClosures };
// Holidays outside the US are not computed: on those days refresh merely keeps its daytime pace (Tokyo's and Hong Kong's lunch
// breaks too).
const sessions: Partial<Record<ExchangeId, Session>> = {
  TSX: { timeZone: 'America/Toronto', opensAt: 9 * 60 + 30, closesAt: 16 * 60 },
  TSXV: { timeZone: 'America/Toronto', opensAt: 9 * 60 + 30, closesAt: 16 * 60 },
  LSE: { timeZone: 'Europe/London', opensAt: 8 * 60, closesAt: 16 * 60 + 30 },
  ASX: { timeZone: 'Australia/Sydney', opensAt: 10 * 60, closesAt: 16 * 60 },
  TYO: { timeZone: 'Asia/Tokyo', opensAt: 9 * 60, closesAt: 15 * 60 + 30 },
  HKEX: { timeZone: 'Asia/Hong_Kong', opensAt: 9 * 60 + 30, closesAt: 16 * 60 },
  NSE: { timeZone: 'Asia/Kolkata', opensAt: 9 * 60 + 15, closesAt: 15 * 60 + 30 },
  BSE: { timeZone: 'Asia/Kolkata', opensAt: 9 * 60 + 15, closesAt: 15 * 60 + 30 },
  XETRA: { timeZone: 'Europe/Berlin', opensAt: 9 * 60, closesAt: 17 * 60 + 30 },
  FRA: { timeZone: 'Europe/Berlin', opensAt: 8 * 60, closesAt: 22 * 60 }, // the floor trades into the US afternoon
  EPA: { timeZone: 'Europe/Paris', opensAt: 9 * 60, closesAt: 17 * 60 + 30 },
  AMS: { timeZone: 'Europe/Amsterdam', opensAt: 9 * 60, closesAt: 17 * 60 + 30 },
  SIX: { timeZone: 'Europe/Zurich', opensAt: 9 * 60, closesAt: 17 * 60 + 30 },
  KRX: { timeZone: 'Asia/Seoul', opensAt: 9 * 60, closesAt: 15 * 60 + 30 },
  CSE: { timeZone: 'America/Toronto', opensAt: 9 * 60 + 30, closesAt: 16 * 60 },
  BIT: { timeZone: 'Europe/Rome', opensAt: 9 * 60, closesAt: 17 * 60 + 30 },
  BME: { timeZone: 'Europe/Madrid', opensAt: 9 * 60, closesAt: 17 * 60 + 30 },
  HEL: { timeZone: 'Europe/Helsinki', opensAt: 10 * 60, closesAt: 18 * 60 + 30 },
  CPH: { timeZone: 'Europe/Copenhagen', opensAt: 9 * 60, closesAt: 17 * 60 },
  OSL: { timeZone: 'Europe/Oslo', opensAt: 9 * 60, closesAt: 16 * 60 + 20 },
  STO: { timeZone: 'Europe/Stockholm', opensAt: 9 * 60, closesAt: 17 * 60 + 30 },
  // Shanghai and Shenzhen break for lunch, as Tokyo does: refresh keeps its daytime pace through it.
  SHA: { timeZone: 'Asia/Shanghai', opensAt: 9 * 60 + 30, closesAt: 15 * 60 },
  SHE: { timeZone: 'Asia/Shanghai', opensAt: 9 * 60 + 30, closesAt: 15 * 60 },
  TWSE: { timeZone: 'Asia/Taipei', opensAt: 9 * 60, closesAt: 13 * 60 + 30 },
  TPEX: { timeZone: 'Asia/Taipei', opensAt: 9 * 60, closesAt: 13 * 60 + 30 },
  // Singapore breaks for lunch, as Tokyo does: refresh keeps its daytime pace through it.
  SGX: { timeZone: 'Asia/Singapore', opensAt: 9 * 60, closesAt: 17 * 60 },
  JSE: { timeZone: 'Africa/Johannesburg', opensAt: 9 * 60, closesAt: 17 * 60 },
  B3: { timeZone: 'America/Sao_Paulo', opensAt: 10 * 60, closesAt: 17 * 60 },
  // Tel Aviv's 9:59 to 17:14 is its Monday-to-Thursday session; a shorter Friday (?) is read as a full one, which
  // only keeps refresh at its daytime pace a little longer.
  TASE: { timeZone: 'Asia/Jerusalem', opensAt: 9 * 60 + 59, closesAt: 17 * 60 + 14 },
  NZX: { timeZone: 'Pacific/Auckland', opensAt: 10 * 60, closesAt: 16 * 60 + 45 },
  EBR: { timeZone: 'Europe/Brussels', opensAt: 9 * 60, closesAt: 17 * 60 + 30 },
  ELI: { timeZone: 'Europe/Lisbon', opensAt: 8 * 60, closesAt: 16 * 60 + 30 },
  // Manila, Bangkok and Kuala Lumpur break for lunch, as Tokyo does: refresh keeps its daytime pace through it.
  PSE: { timeZone: 'Asia/Manila', opensAt: 9 * 60 + 30, closesAt: 15 * 60 },
  WSE: { timeZone: 'Europe/Warsaw', opensAt: 9 * 60, closesAt: 17 * 60 },
  SET: { timeZone: 'Asia/Bangkok', opensAt: 10 * 60, closesAt: 16 * 60 + 30 },
  IDX: { timeZone: 'Asia/Jakarta', opensAt: 9 * 60, closesAt: 16 * 60 },
  MYX: { timeZone: 'Asia/Kuala_Lumpur', opensAt: 9 * 60, closesAt: 17 * 60 },
};

/** The IANA zone an exchange keeps time in; US venues (and no prefix) are New York. */
export function exchangeTimeZone(exchange: ExchangeId | undefined): string {
  return sessionFor(exchange).timeZone;
}

/** Whether the exchange's regular session is running at `epochMs` (weekends, hours, and for US venues NYSE holidays and early closes). */
export function isMarketOpen(exchange: ExchangeId | undefined, epochMs: number): boolean {
  const session = sessionFor(exchange);
  const local = zonedParts(epochMs, session.timeZone);
  if (local.weekday === 0 || local.weekday === 6) {
    return false;
  }
  const closure = session.closures?.(local.year).get(isoDate(local.year, local.month, local.day));
  if (closure && closure.earlyCloseAt === undefined) {
    return false;
  }
  return local.minuteOfDay >= session.opensAt && local.minuteOfDay < (closure?.earlyCloseAt ?? session.closesAt);
}

/** NYSE full-day holidays of a year, `YYYY-MM-DD` → name. */
export function nyseHolidays(year: number): ReadonlyMap<string, string> {
  return new Map([...nyseClosures(year)].filter(([, closure]) => closure.earlyCloseAt === undefined).map(([date, closure]) => [date, closure.name]));
}

const closuresByYear = new Map<number, ReadonlyMap<string, Closure>>();

function nyseClosures(year: number): ReadonlyMap<string, Closure> {
  const cached = closuresByYear.get(year);
  if (cached) {
    return cached;
  }
  const closures = new Map<string, Closure>();
  const close = (date: Date | undefined, name: string): void => {
    if (date) {
      closures.set(date.toISOString().slice(0, 10), { name });
    }
  };
  // New Year's Day on a Saturday is not made up on the Friday before: that Friday closes a year's books.
  const newYear = utcDate(year, 1, 1);
  close(newYear.getUTCDay() === 6 ? undefined : observed(newYear), "New Year's Day");
  close(nthWeekday(year, 1, 1, 3), 'Martin Luther King Jr. Day');
  close(nthWeekday(year, 2, 1, 3), "Washington's Birthday");
  close(addDays(easterSunday(year), -2), 'Good Friday');
  close(lastWeekday(year, 5, 1), 'Memorial Day');
  if (year >= 2022) {
    close(observed(utcDate(year, 6, 19)), 'Juneteenth');
  }
  close(observed(utcDate(year, 7, 4)), 'Independence Day');
  close(nthWeekday(year, 9, 1, 1), 'Labor Day');
  const thanksgiving = nthWeekday(year, 11, 4, 4);
  close(thanksgiving, 'Thanksgiving Day');
  close(observed(utcDate(year, 12, 25)), 'Christmas Day');

  const earlyClose = (date: Date, name: string): void => {
    const key = date.toISOString().slice(0, 10);
    const weekday = date.getUTCDay();
    if (weekday >= 1 && weekday <= 5 && !closures.has(key)) {
      closures.set(key, { name, earlyCloseAt: 13 * 60 });
    }
  };
  // The eves close at 1 p.m. when they are ordinary weekdays (a Friday eve is already the observed holiday).
  earlyClose(utcDate(year, 7, 3), 'Independence Day eve');
  earlyClose(addDays(thanksgiving, 1), 'Day after Thanksgiving');
  earlyClose(utcDate(year, 12, 24), 'Christmas Eve');
  closuresByYear.set(year, closures);
  return closures;
}

/** A Saturday holiday is kept on the Friday before, a Sunday one on the Monday after. */
function observed(date: Date): Date {
  const weekday = date.getUTCDay();
  return weekday === 6 ? addDays(date, -1) : weekday === 0 ? addDays(date, 1) : date;
}

function nthWeekday(year: number, month: number, weekday: number, n: number): Date {
  const first = utcDate(year, month, 1);
  const offset = (weekday - first.getUTCDay() + 7) % 7;
  return addDays(first, offset + (n - 1) * 7);
}

function lastWeekday(year: number, month: number, weekday: number): Date {
  const last = utcDate(year, month + 1, 0);
  return addDays(last, -((last.getUTCDay() - weekday + 7) % 7));
}

/** Gregorian Easter (the anonymous "Meeus/Jones/Butcher" algorithm). */
function easterSunday(year: number): Date {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return utcDate(year, month, day);
}

function utcDate(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day));
}

function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}

function sessionFor(exchange: ExchangeId | undefined): Session {
  return (exchange && sessions[exchange]) || nyse;
}

// Building an Intl.DateTimeFormat costs far more than using one, and using one costs microseconds: keep one per
// zone, and remember answers per quarter hour. Every zone's offset is a multiple of 15 minutes and changes on a
// quarter-hour, so an instant's fields are its quarter-hour's plus the minutes since, without crossing midnight.
const formatters = new Map<string, Intl.DateTimeFormat>();
const quarterHours = new Map<string, ZonedParts>();
const quarterHourMs = 15 * 60_000;
const weekdays: Readonly<Record<string, number>> = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 };

/** Calendar fields of an instant as a clock in `timeZone` shows them. Throws RangeError for an unknown zone. */
export function zonedParts(epochMs: number, timeZone: string): ZonedParts {
  const quarterStart = Math.floor(epochMs / quarterHourMs) * quarterHourMs;
  const key = `${timeZone} ${quarterStart}`;
  let start = quarterHours.get(key);
  if (!start) {
    if (quarterHours.size >= 4096) {
      quarterHours.clear();
    }
    start = formatParts(quarterStart, timeZone);
    quarterHours.set(key, start);
  }
  return { ...start, minuteOfDay: start.minuteOfDay + Math.floor((epochMs - quarterStart) / 60_000) };
}

function formatParts(epochMs: number, timeZone: string): ZonedParts {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      weekday: 'short',
      hour: 'numeric',
      minute: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  const fields: Record<string, string> = {};
  for (const part of formatter.formatToParts(epochMs)) {
    fields[part.type] = part.value;
  }
  return {
    year: Number(fields.year),
    month: Number(fields.month),
    day: Number(fields.day),
    weekday: weekdays[fields.weekday ?? ''] ?? 0,
    minuteOfDay: Number(fields.hour) * 60 + Number(fields.minute),
  };
}

/** `YYYY-MM-DD` of an instant in `timeZone`. */
export function zonedDate(epochMs: number, timeZone: string): string {
  const local = zonedParts(epochMs, timeZone);
  return isoDate(local.year, local.month, local.day);
}

/** The instant a clock in `timeZone` shows `minuteOfDay` on `date` (`YYYY-MM-DD`). */
export function zonedTimeToEpoch(date: string, minuteOfDay: number, timeZone: string): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const asIfUtc = Date.UTC(year, month - 1, day, 0, minuteOfDay);
  // Two passes settle the zone's offset even on the day it changes.
  let guess = asIfUtc;
  for (let pass = 0; pass < 2; pass++) {
    const local = zonedParts(guess, timeZone);
    const shown = Date.UTC(local.year, local.month - 1, local.day, 0, local.minuteOfDay);
    guess += asIfUtc - shown;
  }
  return guess;
}

function isoDate(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
