// A Close column of an index table as claims (tableFigures.ts reads the rows):
//   | Index   | Close    | YTD %  |        | S&P 500 | 6,602.99 | +16.4% |   → the S&P 500 | level | day:2026-11-27
// A column headed "Close", "Closing level", "Last close" or "Settle" holds closes. "Last", "Level" and "Price" hold a
// close only when the line above the table says so ("Closing levels, Friday:") — a table priced mid-session heads its
// column "Last" too. The session is the table's as-of day (a weekend stamp's is the Friday before); a table dated to
// a month names no session. Only an index's row is read: a fund's or a stock's price is price-drift's to check. A
// day's change in percent beside such a column ("% Chg") is the session's move (tableFigures.ts reads it).

import type { AsOfStamp } from './asOfStamps';
import { levelRange, weekdaySession } from './claims/levelValues';
import { dayPeriod, type PeriodPhrase } from './claims/periods';
import { indexKeys, type Subject } from './claims/subjects';

/** Headers that are a close whatever the caption says. */
const closeHeader = /^(?:close|closing|closing (?:level|value|price)|last close|close level|level at close|settle|settlement|final)$/i;
/** Headers that are a close only under a caption about the close. */
const lastHeader = /^(?:last|level|price|value|last price)$/i;
/** Units and marks a level header may carry: "Close (pts)", "Close, points", "Close*". */
const headerNoise = /\((?:pts|points|level|index points)\)|,\s*(?:pts|points)\b|[*†‡¹²³]/gi;
/** A caption that says the table's figures are closes. */
const closeCaption = /\b(?:clos(?:e|es|ing)|end[- ]of[- ]day|settle(?:d|ment)?s?|final)\b/i;

/** Whether a column's header holds closing levels (given the caption just above or below the table). */
export function isLevelHeader(header: string, caption: string): boolean {
  const name = header.replace(headerNoise, ' ').replace(/\s+/g, ' ').trim();
  return closeHeader.test(name) || (lastHeader.test(name) && closeCaption.test(caption));
}

/**
 * A day's change in percent: "% Chg", "Chg %", "% Change", "Change (%)", "Net chg %", "1D %", "Day %". Beside a Close
 * column (isLevelHeader) it is the same session's move; a change in points ("Chg", "Net change") is not a return.
 */
const sessionMoveHeader = /^(?:%\s*(?:chg|change)|(?:(?:net|daily|day)\s+)?(?:chg|change)\s*(?:%|\(%\))|1[- ]?d(?:ay)?\s*%|day\s*%|%\s*1[- ]?d(?:ay)?)$/i;

export function isSessionMoveHeader(header: string): boolean {
  return sessionMoveHeader.test(header.trim());
}

/** The session a table's closes are of: its stamp's day, undefined for a stamp of a month (or none). */
export function tableSession(stamp: AsOfStamp | undefined): PeriodPhrase | undefined {
  return stamp?.precision === 'day' ? weekdaySession(dayPeriod(0, 0, stamp.date)) : undefined;
}

/** A level cell: "6,602.99", "46,000", "2072.83", "16.45" — emphasis already stripped. */
const levelCell = /^(?<num>\d{1,3}(?:,\d{3})+|\d{1,6})(?<decimals>\.\d+)?$/;

/** The values a level cell allows, for an index's row; undefined for another subject or another kind of cell. */
export function levelOfCell(cellText: string, subject: Subject): { low: number; high: number } | undefined {
  if (!indexKeys.has(subject.key) || subject.fund !== undefined) return undefined;
  const cell = levelCell.exec(cellText.trim());
  if (!cell) return undefined;
  const { num, decimals = '' } = cell.groups!;
  const [low, high] = levelRange(Number(num.replace(/,/g, '') + decimals), num, decimals, false, undefined);
  return { low, high };
}
