// The date in a note's title: "# Weekly wrap — Nov. 27, 2026", "# Market recap: November 27, 2026", "# Morning note |
// Friday, November 27, 2026", "# Desk note (27 November 2026)", "# November 27, 2026: the week in review". Analysts
// date a note there more often than with an "As of" line, and before, such a note read as undated: relative-time
// asked for an as-of date it already had, and stale-as-of never checked it. asOfStamps.ts reads the date itself.
//
// Only the title — the note's first line, a heading or an email's subject line — and only a date set off from the title's words by a dash, a
// colon, a bar, a comma or a parenthesis, at the title's end or its start. A date inside the words names something
// else: "# Notes from the Nov. 12, 2026 investor day", "# Week of Nov. 23, 2026", "# Outlook for Dec. 16, 2026".
// Except a "for" after the name of a report on what has happened, as news sites and desks title a day's edition:
// "# Stock Market News for Nov 27, 2026", "# Daily market recap for November 27, 2026": the news is of that day,
// where an outlook, a preview or a calendar "for" a date looks ahead to it.

import type { NoteSource } from './noteSource';

/**
 * An ATX heading of level 1 to 3, or a newsletter's subject line pasted in as the note's first line ("Subject:
 * Morning brief — Friday, November 20, 2026"), which titles the issue as a heading does: what opens it, then its text.
 */
const titleHeading = /^( {0,3}(?:#{1,3}|Subject:))[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
/** Where a date may start after the title's words: after a dash set off by blanks, a colon, a bar, a comma, "(" or a report's "for". */
const separatorBefore =
  /(?:[ \t][—–-]+[ \t]+|:[ \t]+|[ \t]\|[ \t]+|,[ \t]+|[ \t]\(|(?<=\b(?:news|recap|wrap(?:-?up)?|update|summary|round-?up|digest|movers|close)[ \t]+)for[ \t]+)[*_]*/gi;
/** What may follow a date that opens the title: the same separators, then the title's words. */
const separatorAfter = /^[*_]*(?:[ \t][—–-]+[ \t]+|:[ \t]+|[ \t]\|[ \t]+)\S/;
/** What may follow a date that ends the title: its closing parenthesis and emphasis. */
const titleEnd = /^[)*_ \t]*$/;

export interface TitleDateCandidate {
  /** Offset in the note where the date may start. */
  readonly dateAt: number;
  /** The title's text from `dateAt` to its end. */
  readonly window: string;
  /** Whether the date opens the title (then words must follow it) or ends it (then nothing may). */
  readonly opensTitle: boolean;
}

/** The places in the note's title where its date may stand, the title's start first; none when the note has no title. */
export function titleDateCandidates(source: NoteSource): TitleDateCandidate[] {
  const found = titleOf(source);
  if (!found) return [];
  const { line, heading } = found;
  const lineStart = source.lines.lineStarts[line];
  const lineText = source.lines.lineText(line);
  const title = heading[2];
  const textAt = lineStart + lineText.indexOf(title, heading[1].length);
  const emphasis = /^[*_]*/.exec(title)![0].length;
  const candidates: TitleDateCandidate[] = [{ dateAt: textAt + emphasis, window: title.slice(emphasis), opensTitle: true }];
  separatorBefore.lastIndex = 0;
  for (let match = separatorBefore.exec(title); match !== null; match = separatorBefore.exec(title)) {
    const at = match.index + match[0].length;
    candidates.push({ dateAt: textAt + at, window: title.slice(at), opensTitle: false });
  }
  return candidates;
}

/**
 * Whether `offset` is in the note's title (its first written line, a heading). There a recap's "— week ending
 * Nov. 20, 2026" or "Market commentary for the week ended Nov. 20, 2026" dates the note as it does opening a line:
 * a title names what the note covers, where a sentence's "rose 3% in the week ended Nov. 20" names a move's period.
 */
export function inTitle(source: NoteSource, offset: number): boolean {
  return titleOf(source)?.line === source.lines.lineAt(offset);
}

/** The note's title: its first written line, when that is a heading in prose (not code, not a table's row). */
function titleOf(source: NoteSource): { line: number; heading: RegExpExecArray } | undefined {
  const line = firstWrittenLine(source);
  if (line === undefined || !source.isTextLine(line) || source.isTableLine(line)) return undefined;
  const heading = titleHeading.exec(source.lines.lineText(line));
  return heading ? { line, heading } : undefined;
}

/** Whether what follows a date read at a candidate lets it be the title's date. */
export function closesTitleDate(candidate: TitleDateCandidate, afterDate: string): boolean {
  return candidate.opensTitle ? separatorAfter.test(afterDate) : titleEnd.test(afterDate);
}

/** The note's first line with something written on it, after any front matter. */
function firstWrittenLine(source: NoteSource): number | undefined {
  for (let line = source.frontMatterLines; line < source.lines.lineCount; line++) {
    if (source.lines.lineText(line).trim() !== '') return line;
  }
  return undefined;
}
