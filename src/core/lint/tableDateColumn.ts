// A quote table's Date column: "| Symbol | Price | Date |" with each row's day ("| AAPL | $255.10 | 11/13/2026 |"),
// as a watchlist exported from a spreadsheet or a broker carries it. Such a table is dated by its rows, not undated
// (stale-quote-table asked for a caption it did not need) and not dated by a stamp further up the note.
//
// Only a column headed as a date ("Date", "As of", "Price date", "Last updated") whose every row's cell is a day with
// its year and nothing more (a time of day aside): a column of other dates ("Ex-date", "Earnings date", "Added") names
// days that are not the prices'. The table is as old as its oldest row.

import type { AsOfStamp } from './asOfStamps';
import { isDelimiterRow, splitRow, stripEmphasis, type Cell } from '../tickers/tableMentions';
import type { NoteSource } from './noteSource';
import { readDateCached, stampOfDate } from './stampDates';

/** The header of a column of the prices' days. */
const dateHeader = /^(?:(?:price|pricing|quote|trade|close|closing)\s+)?(?:date|as[ -]of(?:\s+date)?|date\s*\/\s*time|(?:last\s+)?updated)$/i;
/** What may follow the day in its cell: a time of day ("4:00 PM ET", "16:00"), punctuation, emphasis. */
const afterDay = /^[\s,*_.]*(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)?[\s*_.]*$/i;

export interface DateColumn {
  readonly column: number;
  /** Each row's day, by the row's 0-based line. */
  readonly rowStamps: ReadonlyMap<number, AsOfStamp>;
  /** The oldest row's day: what the table is as of. */
  readonly oldest: AsOfStamp;
}

/** The table's Date column (see above), if it has one; `names` are its header's cells as column names. */
export function dateColumnOf(note: NoteSource, names: readonly string[], startLine: number, endLine: number): DateColumn | undefined {
  const column = names.findIndex((name) => dateHeader.test(name.trim()));
  if (column < 0) return undefined;
  const rowStamps = new Map<number, AsOfStamp>();
  let oldest: AsOfStamp | undefined;
  for (let line = startLine + 1; line <= endLine; line++) {
    if (isDelimiterRow(note.lines.lineText(line))) continue;
    const cell = splitRow(note.lines, line)[column];
    const stamp = cell && dayIn(note, cell);
    if (!stamp) return undefined;
    rowStamps.set(line, stamp);
    if (!oldest || stamp.lastDay < oldest.lastDay) oldest = stamp;
  }
  return oldest ? { column, rowStamps, oldest } : undefined;
}

/** The day a cell holds, with its year and nothing more than a time after it. */
function dayIn(note: NoteSource, cell: Cell): AsOfStamp | undefined {
  const written = note.text.slice(cell.start, cell.end);
  const lead = /^[\s*_]*/.exec(written)![0].length;
  const found = readDateCached(written.slice(lead));
  if (!found || found.at !== 0 || found.reading.precision !== 'day') return undefined;
  if (!afterDay.test(stripEmphasis(written.slice(lead + found.text.length)))) return undefined;
  return stampOfDate(note, cell.start + lead, cell.start + lead, found, 'prose');
}
