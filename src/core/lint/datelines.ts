// Datelines: where a news item, a press release or a dated note says when it was written, at the start of a line —
// "NEW YORK, June 22, 2018 (GLOBE NEWSWIRE) --", "LONDON, Nov 20, 2026 —" over its story's paragraph, "LONDON (Nov 20,
// 2026) -", "NEW YORK (Reuters) Nov 20, 2026 -", "SANTA CLARA, Calif., Nov. 20, 2026 /PRNewswire/ --", "VANCOUVER,
// British Columbia, July 10, 2026 (WIRE) --", a newswire's time in the place's stead ("12:19 PM EDT, 11/20/2026 (MT
// Newswires) --"),
// "Jun 30, 2025 (Baystreet.ca via COMTEX) --", "June 25, 2021 - 2:48 PM", a byline's date between bars ("By Jane
// Doe | Nov. 20, 2026; 12:00 PM ET | Markets") or after its dash or title ("By Jane Doe – Nov 24, 2026 at 6:15AM",
// "By Jane Doe, Site Contributor Nov 23, 2026, 9:30 am EST"), a blog's ("Posted by Jane Doe on November 20th,
// 2026"), or a line that is nothing but a date ("Tuesday, June 17, 2025 4:29
// PM", "## November 20, 2026", "_Nov. 20, 2026_"). This file finds where such a date
// starts and says whether what follows it closes a dateline; asOfStamps.ts reads the date itself.
//
// Not datelines: a list item ("- Dec. 4, 2026 — FOMC decision" is an event in a calendar), a date that opens a
// sentence ("November 20, 2026 was the day …"), a date after a colon ("April 28, 2026: here are …" reads like an
// event list as often as a dateline, and an event's date in the future would be reported as a future stamp).
// Nor the other shapes of an upcoming-events calendar, told apart by what a dateline has and they lack: a place and a
// date with nothing after them ("## FOMC, December 16, 2026" heads an event: a wire's place always runs into its tag
// or story), a date with no place before a dash and words ("December 16, 2026 - FOMC decision": a place-less dateline
// carries a wire's tag or a time, not an event's name), and any short dated line next to another (a dateline stands
// alone; entries come in lists). A place with a wire's tag ("NEW YORK, Nov. 20, 2026 (GLOBE NEWSWIRE) --") or a
// byline's bar is a dateline wherever it stands.
//
// British papers print the byline without "By", the writer's name and the date and time it was published on one line
// under the headline ("Jane Doe  Fri 20 Nov 2026 16.05 GMT", "Jane Doe, Markets Editor | 20 November 2026 • 4:05pm").
// A line of capitalised words and a date is a heading or an event as often, so such a line counts only near the top
// of the note (its first four lines) and only with a time after its date, and never without a year. Not the note's
// first line: a byline stands under its headline, and a first line of capitalised words, a date and a time is the
// note's title — an event's ("Fed Decision Watch Dec. 16, 2026 2:00 PM ET"), whose day is often one to come. Nor
// a name with a word in capitals ("FOMC Decision Dec. 16, 2026 2:00 PM ET"): people's names are not acronyms.
//
// Wires leave the year off ("NEW YORK, Nov 20 (Reuters) -", "LONDON, 20 November (Reuters) -"): such a dateline is
// read (its year from context, stampYears.ts) only in a wire's own shape, since an events calendar writes its days
// without years too ("Thursday, Nov 20", "FOMC, Dec. 16 - decision"): a place with the wire's tag and a dash, a
// byline's bar, or no place but the tag, a dash and the story's words. Not a heading, not a line that is only a date.

import type { NoteSource } from './noteSource';

/** A capitalised word of a person's name or title ("Jane", "O'Neil", "InvestorPlace", "CFA"). */
const nameWord = String.raw`[A-Z][A-Za-z.'’&-]*`;
/**
 * A byline's verb before "by": a blog's "Posted by Jane Doe on …", "Written by …", and a newsroom's "Filed by …",
 * "Reported by …", a data desk's "Compiled by …". Not "Updated by" or "Edited by": the day of a later change, which
 * dates the figures no better than an update line does (asOfStamps.ts reads those apart).
 */
const postedBy = String.raw`(?:Posted|Written|Published|Filed|Reported|Compiled)[ \t]+by`;
/** A line opening on a byline: "By Jane Doe", "Posted by Jane Doe". */
const bylineLead = new RegExp(String.raw`^[ \t>#*_]*(?:${postedBy}|By)[ \t]`);
/** A month's name or abbreviation and a day: where a byline's title ends and its date starts. */
const monthDay = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ \t]+\d`;
/** What a date may open with after a place's parenthesis or its wire's tag: a day's name, a month's, or a number. */
const dateOpening = String.raw`(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?[ \t]+)?(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ \t]+)?\d`;
/** A day's or a month's name, which starts a date rather than a name ("By November 20, 2026"). */
const dayOrMonthName = String.raw`(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?|Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)`;
/** A word of a byline's name or title: capitalised, and no day's or month's name. */
const bylineWord = String.raw`(?!${dayOrMonthName}\.?,?(?![A-Za-z]))${nameWord}`;

/**
 * A place in the case of a sentence's words before its date, as India's and other agencies set it: "Mumbai, Nov 20
 * (PTI) The Sensex rose …", "New Delhi, Nov 20 (IANS) …". Words so capitalised open many a sentence, so the line is a
 * dateline only with the agency's tag and its story right after the date (agencyStory).
 */
const agencyPlace = String.raw`(?<agencyPlace>(?!${dayOrMonthName},)[A-Z][a-z]+(?:[ \t][A-Z][a-z]+){0,2}),[ \t]+(?=(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ \t]+\d|\d{1,2}[ \t]+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))`;
/**
 * After a date, an agency's one-word tag and the story's first words, with or without the dash a Western wire puts
 * between them: "(PTI) The Sensex rose …", "(Reuters) - Shares …". Not a day's name ("(Fri)").
 */
const agencyStory =
  /^[ \t]*\((?!(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\))[A-Z][A-Za-z]{1,9}\)[ \t]*(?:(?:[-–—]{1,2}|:)[ \t]*)?["“]?[A-Z0-9$](?:\S*[ \t]+){3,}\S/;

/**
 * Quote and heading markers and emphasis, then an optional place in capitals with an optional state or country
 * ("NEW YORK, ", "SANTA CLARA, Calif., ", "LONDON, ") or a byline up to its bar ("By Jane Doe | "), its dash ("By Jane
 * Doe – ") or its title ("By Jane Doe, Site Contributor "), then something
 * that can start a date. Case-sensitive: the place is written in capitals by every wire.
 */
const datelineStart = new RegExp(
  String.raw`^[ \t>#*_]*(?:${agencyPlace}|(?<place>[A-Z][A-Z.'’ -]*[A-Z.])(?:,[ \t]+(?:[A-Z][A-Za-z]*\.?(?:[ \t][A-Z][A-Za-z]*\.?){0,2},[ \t]+)?|` +
    // The date in parentheses after the place, or after the wire's tag: "LONDON (Nov 20, 2026) -", "NEW YORK
    // (Reuters) Nov 20, 2026 -"
    String.raw`[ \t]+(?<paren>\()(?=${dateOpening})|[ \t]+(?<tagged>\([A-Za-z][^()\n]{0,40}\))[ \t]+(?=${dateOpening}))|(?:${postedBy}[ \t]|By[ \t])[^|\n]{1,60}\|[ \t]*|` +
    // A newswire's time before its date, in the place's stead: "12:19 PM EDT, 11/20/2026 (MT Newswires) --"
    String.raw`\d{1,2}:\d{2}[ \t]*[AaPp]\.?[Mm]\.?(?:[ \t]+[A-Z]{2,4})?,[ \t]+|` +
    // Retail sites' bylines: "By Jane Doe – Nov 24, 2026 at 6:15AM", "By Jane Doe, Site Contributor Nov 23, 2026, 9:30 am EST"
    // and blogs' "Posted by Jane Doe on November 20th, 2026".
    String.raw`(?:${postedBy}|By)[ \t]+${nameWord}(?:[ \t]+${nameWord}){0,3}(?:[ \t]+[-–—]|[ \t]+on|,(?:[ \t]+(?!${monthDay})${nameWord}){1,4})[ \t]+|` +
    // A byline whose date follows the name with no mark between, as a page's text loses the line break between
    // them: "By Jane Doe November 20, 2026", "By Jane Doe 20 November 2026". The name's words are no day's or
    // month's name, so "By November 20, 2026 the index …" stays a sentence.
    String.raw`(?:${postedBy}|By)[ \t]+${bylineWord}(?:[ \t]+${bylineWord}){0,3}[ \t]+(?=${monthDay}|\d{1,2}(?:st|nd|rd|th)?[ \t]+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)))?(?=[A-Za-z0-9])`,
);
/** A word of the name itself, before any title: not an acronym ("FOMC", "CPI"), which a title may hold ("CFA"). */
const bylineNameWord = String.raw`(?![A-Z]{2,}(?![a-z]))${bylineWord}`;
/**
 * A byline without "By": two to four words of a name (no day's or month's name: those start the date), maybe a comma
 * and a title, then a space, a bar, a bullet or a dash before the date. Read only in the note's first lines (unsignedBylineLines),
 * and only with a time after its date or a writer's title ending its name (bylineRole).
 */
const unsignedByline = new RegExp(
  String.raw`^[ \t>*_]*${bylineNameWord}(?:[ \t]+${bylineNameWord}){1,3}(?:,(?:[ \t]+${bylineWord}){1,4})?[*_]*(?:[ \t]*[|•·–—-][ \t]*|[ \t]+)(?=[A-Za-z0-9])`,
);
const unsignedBylineLines = 4;
/**
 * A writer's or an analyst's title after a byline's name, its last word before the separator: "Alex Morgan, Markets
 * Reporter |", "Jo Park, CFA ·". Not "Investor Day, Analyst Meeting |", an event's.
 */
const bylineRole = /,[^|•·–—\n]*\b(?:reporters?|writers?|editors?|correspondents?|analysts?|strategists?|contributors?|columnists?|economists?|CFA|CMT)[*_]*[ \t]*(?:[|•·–—-][ \t]*)?$/i;
/** The time an unsigned byline must carry after its date: "16.05 GMT", "4:05pm", "at 10:46 am". */
const timeAfterDate = /^[ \t*_,;|•·–—-]*(?:at[ \t]+)?(?:\d{1,2}[:.]\d{2}(?::\d{2})?(?![\d.])|\d{1,2}[ \t]*[AaPp]\.?[Mm]\b)/;
const listItem = /^[ \t>]*(?:[-+*]|\d{1,3}[.)])[ \t]/;
/** A wire's place with its tag and no date: "NEW YORK (AP) —". */
const placeBeforeTag = /^[ \t>*_]*(?<place>[A-Z][A-Z.' -]{2,24}?)[ \t]+\(/;
/**
 * A first look at a line's start, in place (sticky, no copy of the line): a digit, a place in capitals, a byline, or
 * a capitalised day or month and then a number (British copy puts the day first: "Friday, 16 October 2026"). Most
 * lines of a note fail here, which keeps the pass to one cheap test a line.
 */
const mayOpen = new RegExp(
  String.raw`[ \t>#*_]*(?:\d|[A-Z][A-Z.'’ -]{0,60}[A-Z.](?:,|[ \t]+\()|[A-Z][a-z]{1,20}(?:[ \t][A-Z][a-z]{1,20}){0,2},[ \t]+(?:[A-Z][a-z]{2}|\d)|By[ \t]|${postedBy}[ \t]|(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?[ \t]+)?(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ \t]+)?\d)`,
  'y',
);
/** A qualifier or session before the date makes a sentence ("Late January 2026 was…"), not a dateline. */
const sentenceOpening = /^(?:the|early|mid|late|end|beginning|start|close|closing|open|market|trading)\b/i;
/**
 * What may follow a dateline's date: a time ("4:29 PM", "at 10:46 pm IST", "; 12:00 PM ET", "10:14:46 PM", and as
 * British and Australian copy writes it, "16.05 GMT" or "1600 AEDT", a four-digit time only with its zone, after a middle
 * dot too, "Nov 20, 2026 · 4:05 PM ET", as news sites set it, or after a dash and ending the line, "November 20, 2026 —
 * 4.05pm", as Australian mastheads do, or after a colon and ending the line, "November 20, 2026: 4:48 a.m. ET", as an
 * old wire page stamps its story — a colon before words is a calendar's, "April 28, 2026: CPI"), then the
 * line's end, a wire's tag in parentheses or slashes, a dash before the story, a byline's next bar, a reading
 * time after a dot, as news sites print it ("Nov 20, 2026 · 3 min read"), or the page's update after it ("Nov 20,
 * 2026 4:05 PM EST Updated 2 hours ago"): no event's line carries one. An ISO timestamp's time, glued to its date and
 * ending the line, is one too: "2026-11-20T16:05:00Z", as a tool's export stamps a note.
 */
const datelineEnd =
  /^(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?(?=[ \t*_]*$))?[ \t*_,;]*(?:(?:at[ \t]+|[·•][ \t]*(?=\d{1,2}[:.]\d{2})|[–—][ \t]*(?=\d{1,2}[:.]\d{2}[ \t]*[AaPp]\.?[Mm]\.?[ \t*_]*$)|:[ \t]*(?=\d{1,2}[:.]\d{2}[ \t]*(?:[AaPp]\.?[Mm]\.?)?(?:[ \t]+[A-Z]{2,4})?[ \t*_]*$))?(?:\d{1,2}(?:[:.]\d{2}){0,2}[ \t]*(?:[AaPp]\.?[Mm]\.?)?|\d{4}(?=[ \t]+[A-Z]{2,4}\b))(?:[ \t]+[A-Z]{2,4})?[ \t*_]*)?(?:$|(?<tag>\(|\/|--|\||[·•](?=[ \t]*\d{1,3}[ \t]*min(?:ute)?s?\.?[ \t]+read\b)|(?:Last[ \t]+)?Updated\b)|[-–—][ \t]|(?<dashEnd>[-–—][ \t*_]*$))/;
/**
 * What a dateline's date starts like, checked before chrono is asked (most lines open with a word, and chrono is the
 * costly part): a day name, then a day's number or a month's name or abbreviation followed by a number, and a year
 * somewhere in the first few words. "Market breadth…" and "March was…" go no further.
 */
const dateLike =
  /^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?[ \t]+)?(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[ \t]+\d)/i;
/** A year in the date's first words: four digits, two after a day and a month's name ("20 Nov 26"), or two after an apostrophe ("Nov. 20, '26"). */
const yearSoon = /\d{4}|\d[ \t]+[A-Za-z]{3,9}\.?[ \t]+\d{2}(?![\d:])|[ \t]['’‘]\d{2}(?![\d'’])/;
/** A wire's tag and the dash before its story: "(Reuters) -", "(AP) —", "/PRNewswire/ --"; not a day's name "(Fri) -". */
const wireTag = /^[ \t]*(?:\((?!(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\))[A-Za-z][^()\n]{0,40}\)|\/[A-Za-z][^/\n]{0,40}\/)[ \t]*(?:[-–—]{1,2}|:)(?:[ \t]+(?<story>.*)|[ \t]*$)/i;
/** A story's opening words after a place-less tag: enough of them that the line is no event's entry. */
const storyWords = /^(?:\S+[ \t]+){3,}\S/;
/**
 * A line that opens with a date, year or not, maybe after a list marker or an event's name or a place (in capitals or
 * a sentence's case): an entry of a calendar when it is short ("Dec. 18 - Quad witching", "- Dec. 4, 2026 — CPI",
 * "ECB, 17 December 2026 - decision", "Mumbai, Dec 4 (RBI) The minutes come out").
 */
const opensWithDate =
  /^[ \t>#*_]*(?:(?:[-+*]|\d{1,3}[.)])[ \t]+)?[*_]*(?:(?:[A-Z][A-Z.'’ &+-]*[A-Z.+]|[A-Z][a-z]+(?:[ \t][A-Z][a-z]+){0,2}),[ \t]+)?(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?[ \t]+)?(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ \t]+\d{1,2}\b|\d{1,2}(?:st|nd|rd|th)?[ \t]+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4})/;
/** A calendar's entry is a short line; a dateline that carries its story on the line is longer. */
const entryLength = 120;
const timeFirst = /^[ \t]*\d{1,2}(?::\d{2})?[ \t]*[AaPp]\.?[Mm]\.?|^[ \t]*\d{1,2}:\d{2}/;
/** A dateline is short: its first this many characters are all that is looked at. */
const datelineReach = 120;

export interface DatelineCandidate {
  /** 0-based line and the offset where its date may start. */
  readonly line: number;
  readonly dateAt: number;
  /** The text from `dateAt` on, at most `datelineReach` characters, not past the line's end. */
  readonly window: string;
  /** What comes before the date: a place in capitals, a byline up to its bar, a name without "By", or nothing. */
  readonly lead: 'place' | 'byline' | 'name' | 'none';
  /** The line is a short dated line next to another (blank lines between allowed): an entry of a list of dates. */
  readonly listed: boolean;
  /** A year is written in the date's first words; if not, only a wire's dateline is read (closesYearlessDateline). */
  readonly yearWritten: boolean;
  /** The place in capitals the line opens with ("NEW YORK", "SANTA CLARA" of "SANTA CLARA, Calif., …"), for a place's lead. */
  readonly place?: string;
  /**
   * What stands between a place and its date other than a comma: the parenthesis the date is in ("LONDON (Nov 20,
   * 2026) -") or the wire's tag ("NEW YORK (Reuters) Nov 20, 2026 -").
   */
  readonly opening?: 'paren' | 'tagged';
  /** The line ends in a dash and the next line that is not blank is a paragraph of prose: the story it opens. */
  readonly storyNext?: true;
  /**
   * A byline without "By" whose name a writer's title follows ("Alex Morgan, Markets Reporter |"): a person's byline,
   * which an event's line ("Investor Day | Dec. 10, 2026") never carries, so its date needs no time after it.
   */
  readonly titled?: true;
  /** The place is written in a sentence's case ("Mumbai, Nov 20 (PTI) …"): a dateline only with an agency's tag and story. */
  readonly agencyPlace?: true;
}

/** A line's start read as a dateline's lead: what comes before its date, and where the date may start. */
interface DatelineLead {
  readonly line: number;
  readonly lineStart: number;
  readonly head: string;
  /** The lead as matched: a place, a byline, a name, or nothing. */
  readonly start: RegExpExecArray;
  readonly lead: DatelineCandidate['lead'];
}

/**
 * The start of each prose line that may open with a dateline, in document order (one cheap look at most lines):
 * what both the dateline's date (datelineCandidates) and its place (datelinePlaces) are read from.
 */
function* datelineLeads(source: NoteSource, within = Infinity): Generator<DatelineLead> {
  const { lines } = source;
  let written = 0; // lines with something on them so far: an unsigned byline is never the first
  for (let line = source.frontMatterLines; line < lines.lineCount; line++) {
    const lineStart = lines.lineStarts[line];
    if (lineStart >= within) return;
    const firstWritten = written === 0 && lines.lineText(line).trim() !== '' && ++written === 1;
    if (!source.isTextLine(line) || source.isTableLine(line)) continue;
    const nearTop = !firstWritten && line < source.frontMatterLines + unsignedBylineLines;
    mayOpen.lastIndex = lineStart;
    if (!nearTop && !mayOpen.test(source.text)) continue;
    const head = source.text.slice(lineStart, Math.min(lines.lineEnd(line), lineStart + datelineReach));
    if (listItem.test(head)) continue;
    const signed = datelineStart.exec(head);
    const unsigned = nearTop && !heading.test(head) ? unsignedBylineAt(head, signed) : undefined;
    const start = unsigned ?? signed;
    if (!start) continue;
    const lead = unsigned ? 'name' : bylineLead.test(start[0]) ? 'byline' : /,[ \t]*$/.test(start[0]) || start.groups?.paren || start.groups?.tagged ? 'place' : 'none';
    yield { line, lineStart, head, start, lead };
  }
}

/**
 * "LONDON, Nov 20 (Reuters) -", "SANTA CLARA, Calif., Nov. 20, 2026 /PRNewswire/ --", "NEW YORK (AP) —": the place
 * in capitals a line opens with before a date's start (a month's abbreviation or a number) or a wire's tag, as
 * written, with the line's offset, in the lines that start before `within`. Read for the market a story is about
 * (placeIndexes.ts), not for a date.
 */
export function* datelinePlaces(source: NoteSource, within = Infinity): Generator<{ readonly offset: number; readonly place: string }> {
  for (const { lineStart, head, start, lead } of datelineLeads(source, within)) {
    if (heading.test(head)) continue;
    const place = lead === 'place' ? start.groups?.place : placeBeforeTag.exec(head)?.groups?.place;
    if (place !== undefined && (lead !== 'place' || /^(?:[A-Z][a-z]{2}|\d)/.test(head.slice(start[0].length)))) yield { offset: lineStart, place };
  }
}

/** Lines that may open with a dateline, in document order: one look at the start of each prose line. */
export function* datelineCandidates(source: NoteSource): Generator<DatelineCandidate> {
  let skipped: { covers(offset: number): boolean } | undefined;
  for (const { line, lineStart, head, start, lead } of datelineLeads(source)) {
    const rest = head.slice(start[0].length);
    if (!dateLike.test(rest) || sentenceOpening.test(rest)) continue;
    const yearWritten = yearSoon.test(rest.slice(0, 40));
    if (!yearWritten && (lead === 'name' || heading.test(head) || (lead !== 'byline' && !/[(/]/.test(rest.slice(0, 40))))) continue;
    skipped ??= source.skippedSpans.cursor();
    if (skipped.covers(lineStart + start[0].length)) continue;
    const place = lead === 'place' ? start.groups?.place : undefined;
    const opening = start.groups?.paren ? 'paren' : start.groups?.tagged ? 'tagged' : undefined;
    yield {
      line,
      dateAt: lineStart + start[0].length,
      window: rest,
      lead,
      listed: isDatedEntry(source, line) && nextToDatedEntry(source, line),
      yearWritten,
      ...(place ? { place } : {}),
      ...(opening ? { opening } : {}),
      ...(lead === 'name' && bylineRole.test(start[0]) ? { titled: true as const } : {}),
      ...(start.groups?.agencyPlace ? { agencyPlace: true as const } : {}),
      ...(!heading.test(head) && endsInDash.test(source.lines.lineText(line)) && storyFollows(source, line) ? { storyNext: true as const } : {}),
    };
  }
}

/**
 * A byline without "By" at the start of a line near the note's top, when the line opens with no date or place
 * of its own that datelineStart read (a place's "LONDON, " stays a place).
 */
function unsignedBylineAt(head: string, signed: RegExpExecArray | null): RegExpExecArray | undefined {
  if (signed && signed[0].trim() !== '') return undefined;
  return unsignedByline.exec(head) ?? undefined;
}

/** Whether nothing but a time and emphasis follows a date to its line's end: "Thursday, November 19, 2026 5:02 PM". */
export function endsLineAfterDate(afterDate: string): boolean {
  const end = datelineEnd.exec(afterDate);
  return end !== null && end[0].length === afterDate.length;
}

/** Whether the text after a date closes a dateline: see the file's head for what does and what is a calendar's. */
export function closesDateline(afterDate: string, candidate: Pick<DatelineCandidate, 'lead' | 'listed' | 'opening' | 'storyNext' | 'titled' | 'agencyPlace'>): boolean {
  if (candidate.agencyPlace) return !candidate.listed && agencyStory.test(afterDate);
  if (candidate.lead === 'name') return timeAfterDate.test(afterDate) || (candidate.titled === true && endsLineAfterDate(afterDate));
  if (candidate.opening !== undefined) return closesAfterOpening(afterDate, candidate);
  const end = datelineEnd.exec(afterDate);
  if (!end) return false;
  const placed = candidate.lead === 'place';
  // "LONDON, Nov 20, 2026 —" and the story in the next paragraph: a wire's dash, its story moved down a line.
  if (end.groups?.dashEnd !== undefined) return candidate.lead === 'byline' || (placed && !candidate.listed && candidate.storyNext === true);
  if (candidate.lead === 'byline' || (placed && end.groups?.tag !== undefined)) return true;
  if (candidate.listed) return false;
  if (end.groups?.tag !== undefined) return true;
  const atLineEnd = end[0].length === afterDate.length;
  if (atLineEnd) return !placed;
  return placed || timeFirst.test(afterDate.slice(end[0].length));
}

/**
 * After a date in a place's parenthesis or after its wire's tag ("LONDON (Nov 20, 2026) -", "NEW YORK (Reuters) Nov
 * 20, 2026 -"): the parenthesis closed, then the wire's dash and the story, on the line or in the next paragraph.
 * Without the dash, "BOSTON (Nov 20, 2026)" is a heading's or a caption's, as often as a dateline's.
 */
function closesAfterOpening(afterDate: string, candidate: Pick<DatelineCandidate, 'listed' | 'opening' | 'storyNext'>): boolean {
  if (candidate.listed) return false;
  const closed = candidate.opening === 'paren' ? /^[ \t]*\)/.exec(afterDate) : /^/.exec(afterDate);
  if (!closed) return false;
  const dash = /^[ \t*_]*[-–—]{1,2}(?:(?<story>[ \t]+\S)|[ \t*_]*$)/.exec(afterDate.slice(closed[0].length));
  return dash !== null && (dash.groups?.story !== undefined || candidate.storyNext === true);
}

/**
 * A story told on the line after a place-less date's dash: eight words or more, three of them in lower case —
 * "November 20, 2026 — Orcadia Systems (ORCD) currently carries a Hold rating, and its consensus estimate …", as
 * research sites open an article. A calendar's entry after its dash names an event in a few words ("December 16, 2026
 * - FOMC decision"); asOfStamps.ts still reads it only when its day is not ahead (an event's line can run long).
 */
export function opensStoryAfterDash(afterDate: string): boolean {
  const dash = /^[ \t*_]*[-–—]{1,2}[ \t]+/.exec(afterDate);
  if (!dash) return false;
  const words = afterDate.slice(dash[0].length).split(/[ \t]+/).filter((word) => word !== '');
  return words.length >= 8 && words.filter((word) => /^[a-z]/.test(word)).length >= 3;
}

/** A line that ends in a dash: a dateline whose story starts in the next paragraph. */
const endsInDash = /[-–—][ \t*_]*$/;
/** A story's first line: a capital, a figure, a cashtag or a quote, and words enough for a sentence. */
const storyOpening = /^[ \t>]*[*_]{0,2}["“‘]?[A-Z0-9$][^\n]*?(?:[ \t]+\S+){4,}/;

/** Whether the next line after `line` that is not blank is prose that opens a story (no heading, list, table or dated entry). */
function storyFollows(source: NoteSource, line: number): boolean {
  let next = line + 1;
  while (next < source.lines.lineCount && source.lines.lineText(next).trim() === '') next++;
  if (next >= source.lines.lineCount || !source.isTextLine(next) || source.isTableLine(next)) return false;
  const text = source.lines.lineText(next);
  return !heading.test(text) && !listItem.test(text) && !opensWithDate.test(text) && storyOpening.test(text);
}

/** Whether the text after a yearless date closes a wire's dateline: see the file's head. */
export function closesYearlessDateline(afterDate: string, candidate: Pick<DatelineCandidate, 'lead' | 'listed' | 'agencyPlace'>): boolean {
  if (candidate.listed) return false;
  if (candidate.lead === 'byline') return closesDateline(afterDate, candidate);
  // "MUMBAI, Nov 20 (PTI) The Sensex rose …": an agency's tag runs into its story with no dash.
  if (candidate.lead === 'place' && agencyStory.test(afterDate)) return true;
  if (candidate.agencyPlace) return false;
  const tag = wireTag.exec(afterDate);
  return tag !== null && (candidate.lead === 'place' || storyWords.test(tag.groups?.story ?? ''));
}

function isDatedEntry(source: NoteSource, line: number): boolean {
  const text = source.lines.lineText(line);
  return text.length <= entryLength && source.isTextLine(line) && !source.isTableLine(line) && opensWithDate.test(text);
}

const heading = /^[ \t]{0,3}#/;

/**
 * The nearest line before or after `line` that is not blank is a short dated line too, and a heading if `line` is
 * one: a dated heading after a calendar's last entry starts a section of its own.
 */
function nextToDatedEntry(source: NoteSource, line: number): boolean {
  const isHeading = heading.test(source.lines.lineText(line));
  const sameKind = (at: number) => heading.test(source.lines.lineText(at)) === isHeading && isDatedEntry(source, at);
  const neighbour = (step: number): number => {
    let at = line + step;
    while (at >= source.frontMatterLines && at < source.lines.lineCount && source.lines.lineText(at).trim() === '') at += step;
    return at;
  };
  const before = neighbour(-1);
  const after = neighbour(1);
  return (before >= source.frontMatterLines && sameKind(before)) || (after < source.lines.lineCount && sameKind(after));
}
