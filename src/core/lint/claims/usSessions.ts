// Which session a note's own session is for a U.S. subject. A note dated to a day the NYSE is shut — Thanksgiving,
// Good Friday, the Saturday after it — writes "Stocks closed higher" of the last session the exchange traded, as a
// weekend note writes of Friday's (figures.ts, periods.ts). Only the U.S. indexes and U.S. listings move so: the
// Nikkei trades on U.S. Thanksgiving, and a note's other markets keep the stamp's session.

import { nyseHolidays } from '../../quotes/marketHours';
import { formatIsoDate, type CalendarDate } from '../calendarDate';
import { dayPeriod, isWeekday, lastTradedDay } from './periodDates';
import type { PeriodPhrase } from './periods';
import { usIndexes } from './placeIndexes';

/** A listing with no venue of its own ("ticker:ORCD", not "ticker:TSX:SHOP" or an unlisted "ticker:~Orcadia"). */
const usListing = /^ticker:[A-Z0-9][A-Z0-9.-]*$/;

/** Whether the subject trades on the NYSE's calendar: a U.S. index or a U.S. listing. */
export function tradesOnNyseCalendar(key: string): boolean {
  return usIndexes.includes(key) || usListing.test(key);
}

/**
 * The note's session `period` (stampSession) moved back to the last day the NYSE traded, when it falls on a U.S.
 * market holiday; else `period` itself. A week back is as far as any run of closures goes.
 */
export function lastNyseSession(period: PeriodPhrase): PeriodPhrase {
  const day = lastTradedDay(period, nyseTrades);
  if (!day) return period;
  return { ...dayPeriod(period.offset, period.length, day), relative: period.relative, stampSession: true, weekendSession: period.weekendSession };
}

function nyseTrades(date: CalendarDate): boolean {
  return isWeekday(date) && !nyseHolidays(date.year).has(formatIsoDate(date));
}
