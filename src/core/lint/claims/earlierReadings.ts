// A running figure told as it stood at an earlier moment the sentence names: "On Nov. 10, the S&P 500 was up 14% YTD",
// "Last month the S&P 500 was up 14% for the year", "In our last update, the index was up 14% YTD". The year to date
// (or the month, the quarter, a trailing span) still runs, but the figure is not the note's stamp's: read as one, it
// contradicts the note's own current figure ("It is now up 16%"). In the present tense ("On Nov. 10 the Fed cut, and
// the S&P 500 is up 16% this year") the figure is the stamp's; so is a close of a day, whose period is that day.

import { dayNumber, monthNames, type CalendarDate } from '../calendarDate';
import { isWeekday, lastTradingDayFrom } from './periodDates';
import { monthPattern } from './periods';

/** A verb that tells a figure as it stood then: "was up", "were down", "had gained", "had been up". */
const pastStanding = /\b(?:was|were|had)\b/i;

/** A figure told as it had stood before a later event: "had been up 14% YTD before the selloff". */
const pluperfectStanding = /\bhad\s+been\s+(?:up|down|higher|lower|ahead|behind)\b/i;

/**
 * Words that name an earlier moment of a running figure: "last month" (not "last month's"), "earlier this month",
 * "earlier in the year", "as recently as", "our last update", "when we last wrote".
 */
const earlierMarker =
  /\b(?:last\s+(?:week|month)\b(?!['’]s)|earlier\s+(?:this|in\s+the)\s+(?:week|month|quarter|year)\b|as\s+recently\s+as\b|(?:our|the|my|this)\s+(?:last|previous|prior|earlier)\s+(?:update|note|report|letter|review|issue|edition|post|piece)\b|when\s+we\s+(?:last\s+)?(?:wrote|published|updated|checked)\b|(?:heading|going|coming)\s+into\s+(?:this|the)\s+(?:week|month|quarter)\b)/gi;

/** A value right before a phrase, whose period the phrase is: "1.1% last week". */
const valueBefore = /\d\s*(?:%|percent|per cent|points?)\s*$/i;

/** A day of the calendar: "Nov. 10", "November 10th" (not "Nov. 10, 2025, close" read by the stamps). */
const calendarDay = new RegExp(String.raw`\b(?<month>${monthPattern})\s+(?<day>[0-3]?\d)(?:st|nd|rd|th)?\b(?![.,]?\d)`, 'gi');

/** An event a date names: "low", "close", "meeting", "election", "report". */
const eventAfterDate = /^\s*(?:low|high|peak|trough|bottom|record|close|closing|meeting|decision|report|release|print|election|sell-?off|rally|crash|ipo|debut|earnings|announcement)s?\b/i;

/** Whether the clause tells its running figure as it stood at an earlier moment than `asOf`. */
export function readAtEarlierMoment(clauseText: string, asOf: CalendarDate | undefined): boolean {
  if (!pastStanding.test(clauseText)) return false;
  if (pluperfectStanding.test(clauseText)) return true;
  // ("up 0.3% this week after falling 1.1% last week": a period right after another value is that value's own.)
  for (const match of clauseText.matchAll(earlierMarker)) {
    if (!valueBefore.test(clauseText.slice(0, match.index))) return true;
  }
  if (!asOf) return false;
  // A weekend note's figures stand at Friday's close: a date from that Friday on is the note's own moment.
  const lastSession = dayNumber(lastTradingDayFrom(asOf, isWeekday));
  for (const match of clauseText.matchAll(calendarDay)) {
    // "after its Nov. 10 low", "since the Nov. 5 election": a date that names an event, no moment the figure is read at.
    if (eventAfterDate.test(clauseText.slice(match.index! + match[0].length))) continue;
    const word = match.groups!.month;
    // "May" is a verb far more often than a month: only "May" names it.
    if (/^may$/i.test(word) && word !== 'May') continue;
    const month = monthNames.findIndex((name) => name.slice(0, 3).toLowerCase() === word.slice(0, 3).toLowerCase()) + 1;
    const day = Number(match.groups!.day);
    if (month < 1 || day < 1 || day > 31) continue;
    // A day of the note's year; in a note of January or February, November's and December's are the year before's
    // ("Dec. 10" in a January note). A day after the stamp names no moment the figure was read at.
    const year = asOf.month <= 2 && month >= 11 ? asOf.year - 1 : asOf.year;
    if (dayNumber({ year, month, day }) < lastSession) return true;
  }
  return false;
}
