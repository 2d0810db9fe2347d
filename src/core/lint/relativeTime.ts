// Words whose meaning moves with the calendar: "today", "yesterday", "this week", "last week", "this month", "last
// month", "last Friday", "year-to-date", "YTD". They
// are only true of the day they were written, so a note that uses them needs an as-of date to be read later — where
// they date a figure ("up 7.5% year-to-date"): narrative ("this week, investors rotated…") dates nothing checkable.

import { figureInClause, type FigureSpan } from './clauseFigures';
import type { NoteSource } from './noteSource';

export interface RelativeTimePhrase {
  readonly offset: number;
  readonly length: number;
  /** As written: "year-to-date", "Today's". */
  readonly text: string;
  /** The figure it dates, the nearest in its clause (clauseFigures.ts); none for narrative. */
  readonly figure?: FigureSpan;
}

// "today's" or "today," directly followed by a date is itself an as-of stamp ("today's January 28, 2026 meeting").
const phrase =
  /\b(?:today(?:['’]s)?|yesterday(?:['’]s)?|(?:this|last)\s+(?:week|month)(?:['’]s)?|last\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:['’]s)?|year[- ]to[- ]date|YTD)\b/gi;

export function findRelativeTimePhrases(note: NoteSource): RelativeTimePhrase[] {
  const found: RelativeTimePhrase[] = [];
  let skipped: { covers(offset: number): boolean } | undefined;
  phrase.lastIndex = 0;
  for (let match = phrase.exec(note.text); match !== null; match = phrase.exec(note.text)) {
    if (/^today/i.test(match[0]) && isDatedToday(note.text, match.index + match[0].length)) continue;
    if (!note.isTextLine(note.lines.lineAt(match.index))) continue;
    skipped ??= note.skippedSpans.cursor();
    if (skipped.covers(match.index)) continue;
    const figure = figureInClause(note, match.index, match[0].length);
    found.push({ offset: match.index, length: match[0].length, text: match[0], ...(figure ? { figure } : {}) });
  }
  return found;
}

/** "today's January 28, 2026 …", "Today, December 6, 2026, …": the date makes it a stamp, not a floating "today". */
function isDatedToday(text: string, end: number): boolean {
  const possessive = /['’]s$/i.test(text.slice(end - 2, end));
  const after = text.slice(end, end + 18);
  return (possessive ? /^\s+/ : /^,\s*/).test(after) && /^(?:,\s*|\s+)(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)/i.test(after);
}
