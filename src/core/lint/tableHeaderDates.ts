// The day a table's header gives its prices: "| Ticker | Price (11/20/26) |", "| Symbol | Close Nov. 20, 2026 |",
// "| Ticker | Last as of 11/20/2026 | % Chg |", "| Symbol | Last (Nov 20) |", "| Symbol | Close 11/20 |" (its year read as a
// yearless "As of Nov. 20" reads it: from the note's dated stamps, else the latest such day not after the reference date),
// or with the date first, "| Ticker | 10/2/2026 Close |", "| Symbol | Nov 20 Close |". Writers who paste a table from a terminal or a spreadsheet date it
// there rather than in a caption, and such a table is then as old as that day — not undated, and not dated by a
// stamp further up the note.
//
// Only a market-price, level or move column's header counts, and only when one header of the row names a day: a
// table whose headers name two days ("Close 10/31/2026 | Close 11/20/2026") compares them, and no one day dates it.
// The date must be the rest of the header (a closing parenthesis and emphasis aside): "Price (in USD) on the
// day of the IPO, March 3, 2021" is not a header of today's prices.

import type { AsOfStamp } from './asOfStamps';
import type { CalendarDate } from './calendarDate';
import type { NoteSource } from './noteSource';
import { firstAtOrAfter } from '../sortedRanges';
import { readDateCached, stampOfDate } from './stampDates';
import { withYearsRead, yearToRead } from './stampYears';
import { writesDayFirst } from './slashDates';
import { readNumericYearlessDate, readYearlessDate } from './yearlessDates';
import type { Cell } from '../tickers/tableMentions';

/**
 * What may come before a header's date: the column's name (with its unit: "Last Price (USD) 11/20/26"), then "as
 * of", "on", "@", a comma or a parenthesis.
 */
const datedHeaderLead =
  /^[*_]*(?:(?:last|latest|current|closing|close|share|stock|market|index|net|daily|day|%)\s*){0,2}(?:price|last|close|closing|trade|sale|level|px(?:\s+last)?|change|chg)(?:\s+price)?(?:\s*%)?(?:\s*\([^()\d]{1,8}\))?[*_]*(?:\s*[,:(–—@-]\s*|\s+)(?:(?:as\s+(?:of|at|on)|on|at)\b[\s:]*)?/i;
/** What may follow the date to the header's end: the session it closed, as desks write it ("Price at 11/20/26 close"). */
const datedHeaderTail = /^(?:[ \t]+(?:close|closing))?[\s)*_.]*$/i;
/**
 * The column's name after its date, as exports and desks abroad head a column: "10/2/2026 Close", "Nov 20 Close",
 * "20 Nov 26 Price (USD)". The date must be all that comes before the name; the name must be a price, level or move
 * column's, and nothing after it.
 */
const nameAfterDate =
  /^[*_]*[ \t]*[,:–—-]?[ \t]*(?<name>(?:(?:last|latest|current|closing|close|share|stock|market|index|net|daily|day|%)\s*){0,2}(?:price|last|close|closing|trade|sale|level|px(?:\s+last)?|change|chg)(?:\s+price)?(?:\s*%)?(?:\s*\([^()\d]{1,8}\))?)[*_.]*[ \t]*$/i;
/** What a header that opens with its date may start with: emphasis, then a digit or a month's name. */
const dateFirstHeader = /^[*_]*(?=\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[ \t]+\d)/i;

/** A header cell with its day: the stamp it makes, and the header as a column name without the day. */
export interface DatedHeader {
  readonly column: number;
  readonly stamp: AsOfStamp;
  /** "Price (11/20/26)" → "Price": what the column is, for the tests that recognise a price or a move column. */
  readonly name: string;
}

/**
 * The one header cell of the row that dates the table, if exactly one names a day. `stamps`: the note's, in document
 * order — a header's "as of" is one of them already, and the table is dated by that same stamp. `today`: the
 * reference date a yearless header's year is read against in a note with no dated stamp (stampYears.ts).
 */
export function datedHeaderOf(note: NoteSource, header: readonly Cell[], stamps: readonly AsOfStamp[], today?: CalendarDate): DatedHeader | undefined {
  const dated = datedHeaderCells(note, header, stamps, today);
  return dated.length === 1 ? dated[0] : undefined; // two dated columns: a comparison, not a table of one day
}

/** Every header cell of the row that names a day, as datedHeaderOf reads one. */
export function datedHeaderCells(note: NoteSource, header: readonly Cell[], stamps: readonly AsOfStamp[], today?: CalendarDate): DatedHeader[] {
  const dated: DatedHeader[] = [];
  let dayFirst: boolean | undefined; // the note's date order, read once, only for a header such as "Close 11/2"
  for (const [column, cell] of header.entries()) {
    const written = note.text.slice(cell.start, cell.end);
    const lead = datedHeaderLead.exec(written);
    const dateFirst = lead ? null : dateFirstHeader.exec(written);
    if (lead ? lead[0].length === written.length : !dateFirst) continue;
    const leadLength = (lead ?? dateFirst)![0].length;
    const rest = written.slice(leadLength);
    const withYear = readDateCached(rest);
    const withoutYear = withYear ? undefined : (readYearlessDate(rest) ?? readNumericYearlessDate(rest, () => (dayFirst ??= writesDayFirst(note.text, stamps))));
    const found = withYear ?? (withoutYear && yearToRead(withoutYear));
    if (!found || (dateFirst && found.qualifierAt !== found.at)) continue;
    const after = written.slice(leadLength + found.at + found.text.length);
    const nameAfter = dateFirst ? nameAfterDate.exec(after)?.groups?.name : undefined;
    if (dateFirst ? nameAfter === undefined : !datedHeaderTail.test(after)) continue;
    const windowAt = cell.start + leadLength;
    const anchored = stamps[firstAtOrAfter(stamps, cell.start)];
    let stamp = anchored && anchored.offset < cell.end ? anchored : stampOfDate(note, cell.start, windowAt, found, 'prose');
    if (withoutYear && stamp !== anchored) {
      // "Last (Nov 20)", "Close 11/20": the year as a yearless "as of" reads it (stampYears.ts) — from the note's dated
      // stamps, else from the reference date; with neither the header is left undated.
      const read = withYearsRead([{ stamp, month: withoutYear.month, day: withoutYear.day }], stamps.filter((other) => other.yearFrom === undefined), today)[0];
      if (!read) continue;
      stamp = read;
    }
    const name = lead ? written.slice(0, lead.index + lead[0].length).replace(/[\s,:(–—@-]*(?:as\s+(?:of|at|on)|on|at)?[\s:]*$/i, '') : nameAfter!;
    dated.push({ column, stamp, name: name.replace(/[*_]/g, '') });
  }
  return dated;
}
