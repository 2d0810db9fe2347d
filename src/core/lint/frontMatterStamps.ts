// The dates in a note's YAML front matter: `asOf:`, `as_of:`, `date:`, `updated:` (quoted or bare, a comment after
// it allowed). An ISO date is read as it is; anything else as stampDates.ts reads the date after an anchor.

import type { AsOfStamp } from './asOfStamps';
import { parseIsoDate } from './calendarDate';
import type { NoteSource } from './noteSource';
import { dayReading, readDate, stampOfDate, stampWindowLength } from './stampDates';

const frontMatterKey = /^(?:asOf|as_of|as-of|date|updated|lastUpdated|last_updated)[ \t]*:/;
/** What may follow a quoted value: spaces, then a comment. */
const afterQuotedValue = /^[ \t]*(?:#.*)?$/;

export function frontMatterStamps(source: NoteSource): AsOfStamp[] {
  const stamps: AsOfStamp[] = [];
  const { lines } = source;
  for (let line = 1; line < source.frontMatterLines - 1; line++) {
    const text = lines.lineText(line);
    const found = frontMatterValue(text);
    if (!found) continue;
    const { value, column: valueColumn } = found;
    const iso = parseIsoDate(value);
    const read = iso ? { at: 0, qualifierAt: 0, text: value, reading: dayReading(iso, 'iso') } : readDate(value.slice(0, stampWindowLength));
    if (!read) continue;
    const lineStart = lines.lineStarts[line];
    stamps.push(stampOfDate(source, lineStart, lineStart + valueColumn, read, 'front-matter'));
  }
  return stamps;
}

/**
 * The value of a dating key (`date: '2026-01-26'  # comment`): quoted or bare, without the comment; undefined when
 * empty or malformed (a stray quote). Read by hand: one pattern for key, quotes, value and comment has overlapping
 * quantifiers and took seconds on a line of spaces.
 */
function frontMatterValue(lineText: string): { value: string; column: number } | undefined {
  const key = frontMatterKey.exec(lineText);
  if (!key) return undefined;
  let start = key[0].length;
  while (lineText.charCodeAt(start) === 32 || lineText.charCodeAt(start) === 9) start++;
  const quote = lineText[start];
  let value: string;
  if (quote === "'" || quote === '"') {
    const close = lineText.indexOf(quote, start + 1);
    if (close === -1 || !afterQuotedValue.test(lineText.slice(close + 1))) return undefined;
    start++;
    value = lineText.slice(start, close);
  } else {
    let end = lineText.indexOf('#', start);
    if (end === -1) end = lineText.length;
    while (end > start && (lineText.charCodeAt(end - 1) === 32 || lineText.charCodeAt(end - 1) === 9)) end--;
    value = lineText.slice(start, end);
  }
  return value === '' || /['"#\r\n]/.test(value) ? undefined : { value, column: start };
}
