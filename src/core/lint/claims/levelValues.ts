// What a written closing level allows, and the session it is of (closingLevels.ts reads the words, tableLevels.ts the
// cells). Kept apart from the reading: the tolerance is a choice of its own, documented in
// docs/rules/conflicting-figures.md.

import { dayPeriod, isWeekday, lastTradedDay } from './periodDates';
import type { PeriodPhrase } from './periods';

/** A session on a Saturday or Sunday is the Friday before: a weekend note's "closed at" is Friday's close. */
export function weekdaySession(day: PeriodPhrase): PeriodPhrase {
  const friday = lastTradedDay(day, isWeekday);
  return friday ? dayPeriod(day.offset, day.length, friday) : day;
}

/**
 * The levels a written close allows. A level is as precise as it is written: "6,602.99" ±0.005, "6,603" ±0.5, "6,600"
 * ±50 and "46,000" ±500 (trailing zeros are the writer's rounding). Qualifiers widen it: "about" by the rounding
 * unit or a quarter of a percent, whichever is more; "nearly" and "just under" up to that much below; "above" and
 * "below" one side; "6,600-plus" the rounding unit above. Every level reaches at least half a point either way (a
 * twentieth of a percent for a small index such as the VIX), so two closes a fraction of a point apart — the same
 * close from two vendors' prints — never conflict.
 */
export function levelRange(value: number, num: string, decimals: string, plus: boolean, qualifier: string | undefined): [number, number] {
  const zeros = decimals ? 0 : (/0*$/.exec(num.replace(/,/g, ''))![0].length);
  const unit = decimals ? 10 ** -(decimals.length - 1) : 10 ** Math.min(zeros, Math.max(0, num.replace(/,/g, '').length - 2));
  const floor = Math.min(0.5, value * 0.0005);
  const half = Math.max(unit / 2, floor);
  const loose = Math.max(unit, value * 0.0025);
  if (plus) return [value - floor, value + unit];
  switch (qualifier) {
    case undefined:
      return [value - half, value + half];
    case 'about':
    case 'around':
    case 'roughly':
    case 'approximately':
    case 'near':
    case 'close to':
      return [value - loose, value + loose];
    case 'nearly':
    case 'almost':
    case 'just under':
    case 'just below':
    case 'just shy of':
    case 'a shade under':
    case 'a shade below':
    case 'a touch under':
    case 'a touch below':
    case 'a tad under':
    case 'a tad below':
      return [value - loose, value + floor];
    case 'just above':
    case 'just over':
    case 'a shade above':
    case 'a shade over':
    case 'a touch above':
    case 'a touch over':
    case 'a tad above':
    case 'a tad over':
      return [value - floor, value + loose];
    case 'above':
    case 'over':
    case 'more than':
    case 'north of':
      return [value - floor, Infinity];
    default: // below, under, less than, south of
      return [0, value + floor];
  }
}
