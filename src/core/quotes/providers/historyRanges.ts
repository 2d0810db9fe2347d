// Yahoo takes a range and answers the right bars; Twelve Data and Alpha Vantage take a bar count and answer the
// newest N. These helpers make the latter two answer what Yahoo would: calendar ranges counted back from today.

import type { HistoryBar, HistoryRange } from '../quote';

// Trading days a range spans at most, with a margin, so one request is enough.
const tradingDays: Readonly<Record<HistoryRange, number>> = { '5d': 5, '1mo': 24, '3mo': 67, '6mo': 131, ytd: 256, '1y': 256 };

export function tradingDaysIn(range: HistoryRange): number {
  return tradingDays[range];
}

/** The bars of `range` ending at `today` (`YYYY-MM-DD`, exchange-local), from bars sorted oldest first. */
export function selectRange(bars: readonly HistoryBar[], range: HistoryRange, today: string): HistoryBar[] {
  if (range === '5d') {
    return bars.slice(-5);
  }
  const start = rangeStart(range, today);
  return bars.filter((bar) => bar.date >= start);
}

/** Sorted oldest first with one bar per date, the later of duplicates winning. */
export function normalizeBars(bars: readonly HistoryBar[]): HistoryBar[] {
  const byDate = new Map<string, HistoryBar>();
  for (const bar of bars) {
    byDate.set(bar.date, bar);
  }
  return [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

function rangeStart(range: Exclude<HistoryRange, '5d'>, today: string): string {
  const [year, month, day] = today.split('-').map(Number) as [number, number, number];
  if (range === 'ytd') {
    return `${year}-01-01`;
  }
  const months = { '1mo': 1, '3mo': 3, '6mo': 6, '1y': 12 }[range];
  // Day 0 of the next month is the last of this one: 31 May minus 3 months is 28/29 February, not 3 March.
  const lastOfTargetMonth = new Date(Date.UTC(year, month - months, 0)).getUTCDate();
  return new Date(Date.UTC(year, month - 1 - months, Math.min(day, lastOfTargetMonth))).toISOString().slice(0, 10);
}
