// Where a note says when its figures were true: "As of January 26, 2026", "(as of 2026-03-05)", "as of 3/4/2026",
// "As of late January 2026" (a month), "as of Friday, November 20, 2026", "today's January 28, 2026 meeting", a
// dateline at the start of a line ("Published Jan. 8, 2026", "Posted on 3/4/2026"), and `asOf:` / `date:` in YAML
// front matter. A cheap pattern finds the anchor phrase; stampDates.ts reads the date after it (with chrono-node for
// what it does not read itself), so every way of writing a date that chrono knows is accepted without a regular
// expression per format. A date without a year ("As of Nov. 20", "NEW YORK, Nov 20 (Reuters) -") counts only where
// its year can be taken from the note's own dated stamps or the reference date (stampYears.ts), never guessed.

import { dateOfDayNumber, dayNumber, type CalendarDate, type DateStyle } from './calendarDate';
import { closesDateline, closesYearlessDateline, datelineCandidates, endsLineAfterDate, opensStoryAfterDash } from './datelines';
import { frontMatterStamps } from './frontMatterStamps';
import { findDatedPriceSentences } from './datedPriceSentences';
import { datesReportedBalance, stampSentence } from './reportedBalances';
import { closesTitleDate, inTitle, titleDateCandidates } from './titleDates';
import { stampAside, type StampAside } from './lookBackStamps';
import { asNoteSource, type NoteSource } from './noteSource';
import { readQuarterDate, readYearlessQuarter } from './quarterDates';
import { inNoteDateOrder, writesDayFirst } from './slashDates';
import { readDateCached, stampOfDate, stampWindowLength as windowLength, type ReadStampDate } from './stampDates';
import { withYearsRead, yearToRead, type YearlessStamp } from './stampYears';
import { readNumericYearlessDate, readYearlessDate, readYearlessMonth } from './yearlessDates';

export interface AsOfStamp {
  /** The whole phrase, anchor included ("As of January 26, 2026"): 0-based offset and length. */
  readonly offset: number;
  readonly length: number;
  /** The date as written ("January 26, 2026"): what a re-stamp replaces. */
  readonly dateOffset: number;
  readonly dateLength: number;
  /** The date with its month qualifier ("late January 2026"): what a re-stamp to a day replaces. */
  readonly restampOffset: number;
  readonly restampLength: number;
  /**
   * The day's name written before the date, as written with what follows it ("Thursday, ", "Thu. "): a re-stamp writes
   * the new day's name in the same form, so "As of Thursday, Nov. 12, 2026" keeps a day's name, and the right one.
   */
  readonly weekday?: string;
  /** 1-based position of the phrase. */
  readonly line: number;
  readonly column: number;
  readonly dateText: string;
  /** The first day the stamp names (the 1st for a month, a quarter's first month's 1st for a quarter: "Q3 2026"). */
  readonly date: CalendarDate;
  readonly precision: 'day' | 'month' | 'quarter';
  /** Day numbers (see calendarDate.ts) of the first and last day the stamp covers. */
  readonly firstDay: number;
  readonly lastDay: number;
  readonly style: DateStyle;
  readonly source: 'prose' | 'front-matter';
  /**
   * The stamp is the last day of a period the note covers ("Week ended Nov. 20, 2026", a fund sheet's "for periods ended
   * 10/31/2026"): moved to another day it would name another period, so no fix re-dates it.
   */
  readonly periodEnd?: true;
  /**
   * The stamp is a date standing alone, with no words that say it dates figures: the date in the note's title ("#
   * Weekly wrap — Nov. 27, 2026", titleDates.ts) or a line that is only a date ("Monday, December 14, 2026"). Such a
   * date may name what is to come — a preview's title, a day in a calendar of events — so one ahead of today is no
   * typo to report.
   */
  readonly bare?: 'title' | 'line';
  /**
   * The stamp's sentence speaks of what is to come ("As of January 1, 2027, the fund will be renamed", "The index is
   * set to drop it as of Dec. 21, 2026"): its "as of" says when something happens, as "effective as of" does, so a
   * date ahead of today is no typo. Read only for "as of" / "as at".
   */
  readonly announces?: true;
  /**
   * The stamp's sentence states what a company reported at a period's end ("$132 billion in cash as of September 27,
   * 2026", "shares outstanding as of …"; reportedBalances.ts): the date of a report, not of the note's review, so
   * stale-as-of leaves it to a later stamp of the note. Read only for "as of" / "as at".
   */
  readonly reportedBalance?: true;
  /**
   * The stamp's year was not written ("As of Nov. 20"): it was read from the note's own dated stamps ('note') or from
   * the reference date ('today'), as stampYears.ts says; the stamp is the last day with its month and day on or
   * before `readUpTo` (a day number). future-date never reports such a stamp, and a re-stamp writes no year only
   * where the new date reads back as itself.
   */
  readonly yearFrom?: 'note' | 'today';
  readonly readUpTo?: number;
  /**
   * The stamp dates one price alone, the figure that ends at this offset: a company's "closing price of its common
   * stock on November 20, 2026 was $41.20" (datedPriceSentences.ts). The text after it keeps the note's own date.
   */
  readonly datesFigureEnd?: number;
  /**
   * The stamp stands in a relative clause set off in its sentence ("shares, which as of June 2019 traded near $40,
   * now …"; lookBackStamps.ts): it dates that clause only, up to `end`, and one told in the past is history.
   */
  readonly aside?: StampAside;
}

export interface AsOfStampOptions {
  /**
   * The reference date: a stamp without a year, in a note with no dated stamp to read its year from, is read as the
   * last such day on or before it (stampYears.ts). Without it, such a stamp is not read.
   */
  readonly today?: CalendarDate;
}


// The anchor, then whatever follows. Case-insensitive: "As of", "AS OF", "as at". Not `\b`: `_` is a word character,
// and `_As of October 31, 2026._` (emphasis) must count like `*As of …*`, `**As of:** …`, links and headings.
// A dateline counts too, at the start of a line only ("Published Jan. 8, 2026", "_Posted on 3/4/2026_"): mid-sentence,
// "a report published January 8" dates something else. An "Updated" line ("Updated Nov 20, 2026, 4:05 PM
// ET", "Last updated: November 18, 2026") only when the note has no other stamp: a page updated later still dates its
// figures by when it was written, and an update line after the stamp would re-date them all; but a note whose only
// date is its update line is dated by it, not undated. An update or publication line may also stand as a field
// after a separator ("By Jane Doe · Last updated Nov 13, 2026", "Staff report; Published 11/13/2026"). A company's
// "closing price of its common stock on November 20, 2026 was $41.20" dates that price alone (datedPriceSentences.ts).
// Not a record date either:
// "shareholders of record as of the close of business on December 16, 2026" names the day a dividend is owed, often
// one to come (as British and Australian notices say it without "of record": "shareholders as at 12 December 2026
// receive the dividend"), and so does an event's "as of": "effective as of December 21, 2026", "goes ex-dividend as of …",
// "the notes mature as of …", "the rule takes effect as of …" say when something happens, not when figures were true
// (and a date to come there is no typo) — on the same line only: a heading that ends in "effective" leaves the next
// line's "As of" a stamp. "Today, December 6, 2026, …" dates itself as "today's December 6, 2026
// meeting" does. So do the ways British copy and fund reports date their figures: "At the time of writing (20 October 2026)"
// (or "at time of publication (Nov. 20, 2026)", "as of this writing on Nov. 20, 2026", "at press time on …", as retail
// sites and newsrooms write it), "Performance data
// through Sept. 30, 2026", "Returns through …", "Returns and data are through …", British copy's "Share price data to
// 30 September 2026" (a "to" only before a day's date: "prices to rise" is no stamp) and Australian fund pages'
// "Performance data current to 31 October 2026" ("correct to", "accurate to" too), a retail site's footer, "Stock prices used were the
// afternoon prices of Nov. 20, 2026", and a caption at a line's start, "Closing prices on Oct. 16, 2026:",
// "Figures at 4 p.m. ET Friday, Nov. 20, 2026", anywhere "at the (4 p.m. ET) close on Friday, Nov. 20, 2026" (where
// a market wrap says its figures stood; not "the close of business on", a dividend's record day), a fund sheet's "Pricing date: 11/20/2026", a data page's
// "Market close: Nov 20, 2026" line (with its colon: "Market close Nov 20 was calm" is a sentence), and the German
// "Stand: 20.11.2026" ("as at") that European writers carry into English notes (with its colon: "Stand" is a word).
// A figure's own period's end in parentheses after it, "the fund returned 12.4% (through Nov. 20)" (up to four words
// between, "12.4% year to date (through …)"), dates that figure alone, as a parenthetical "(as of …)" does
// (stampScope.ts).
// A research note's price field dates itself: "Price (Nov 20, 2026): $181.20", "| Closing price (11/20/26): …", a
// record table's first cell "| Price (11/20/26) | $181.20 |" — as a label only, opening its field before a colon or
// its row before the cell's end: "the IPO price (March 3, 2021) of $17" names another day's price, and a quote
// table's column header is dated by the table's caption (quoteTables.ts).
// Indian copy dates its figures "as on" where British writes "as at": at a line's start or after a parenthesis or a
// colon ("As on 20/11/2026", "(as on 20 November 2026)"), after the figures it dates ("NAV as on 20 November
// 2026", "Data as on …"), or as a field's label before its colon ("Growth Option As On: 16-04-2025"), and a fund
// page's "NAV Date: 16-04-2025" field is its pricing date. Elsewhere "as on" compares ("back at the same level as on
// 3 March 2025"): not a stamp.
// Research notes' pricing lines, at a line's start: "Priced at the close of 15 October 2026", "Priced on …", "Closing
// prices of 15 October 2026", "Prices quoted are closing prices on …" — not "the offering priced on …" mid-sentence, a
// deal's day.
// Data given for a span is as of the span's end: "*Data from close of trading 12 November 2025 to close of trading
// 19 November 2025." An update line may put "at" before its date: "Last Updated at 18 Oct 2025, 15:21 GMT".
// A fund sheet's returns "for periods ended 10/31/2026" (at a line's start, or after "Performance" or "Returns": "Average
// annual total returns (%) for periods ended …", "Performance figures are for periods ended …") end at that day, a period's end as a week's is below; a company's
// "for the period ended September 30" at a line's start, or its "net income for the periods ended …", dates a report.
// A transcript's footer dates it as an agency's does: "This video was recorded on Oct. 11, 2026.", "This podcast was
// recorded on …" (a line's opening, as retail sites close a show's transcript).
// A page's date fields at a line's start date it as its dateline does: "Publication date: …", "Date published: …",
// "Last Modified Date: …" (an update's), a memo's "Date: November 20, 2026" (a date standing alone, which may head an
// event's notice as well), and a price field dated before its colon, "Closing price on 11/20/2026: $272.41".
// A weekly recap's "Week ended Nov. 20, 2026." / "For the week ending …" dates it too, at a line's start or anywhere in
// the note's title ("# Weekly recap — week ending Nov. 20, 2026"): "shares rose in the week ended Nov. 20" names the
// period a move covers, not when the note was written.
const anchorPattern =
  /(?<![\p{L}\p{N}])(?:(?<!of\s{1,3}record\s{1,3})(?<!\b(?:share|stock|unit|note|bond)?holders[ \t]{1,3})(?<!\b(?:effective|effectively|payable|due|expires?|expiring|matures?|maturing|ex-dividend|ex-div|takes?\s+effect|taking\s+effect|applies|apply|vests?|vesting|valid)[ \t]{1,3})as\s+(?:of|at)|(?<=(?:^|[\n(|:])[ \t*_]*|\b(?:nav|aum|data|prices|figures|values?|holdings|portfolio|returns|performance|valuations?)[ \t]{1,3})as\s+on|as\s+on(?=[ \t]*:)|today(?:['’]s|,)|at\s+(?:(?:the\s+)?time\s+of\s+(?:writing|publication|publishing|posting)|press\s+time)|at\s+the\s+(?:\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\.?\s+(?:[a-z]{2,4}\s+)?)?close(?:\s+of\s+trading)?\s+on|(?:performance|returns?|data|prices|quotes|figures)[ \t]+from[ \t]+[^\n;]{4,60}?[ \t]to(?:[ \t]+(?:the[ \t]+)?close[ \t]+of[ \t]+(?:trading|business)(?:[ \t]+on)?)?(?=[ \t])|(?:performance|returns?|data|prices|quotes|figures)\s+(?:(?:are|is|were|was)\s+)?(?:(?:current|correct|accurate)\s+)?(?:through|thru|to(?=[ \t]+(?:\d{1,2}(?:st|nd|rd|th)?[ \t]+\p{L}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[\p{L}.]*[ \t]+\d|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b)))|(?<=\d(?:%|¢|p|\s?(?:percent|per\s?cent|points?|bps|cents))?[*_]{0,2}(?:[ \t]+[\p{L}'’-]+){0,4}[ \t]*\()(?:through|thru)|(?:prices|quotes|figures|data)\s+(?:are\s+)?correct\s+(?:at|on)|(?:stock\s+|share\s+)?(?:prices|quotes)\s+used\s+(?:are|were)\s+(?:(?:the\s+)?(?:[a-z-]+\s+){0,2}?(?:prices|quotes|closes?)|those)\s+(?:of|on|from|as\s+of)|(?<=(?:^|\n)[ \t>*_]*(?:editor['’]s\s+note:[ \t]*)?this\s+(?:report|story|article)\b[^\n.]{0,60}?\swas\s+)(?:first|originally)\s+published(?:\s+on)?|(?<=(?:^|\n)[ \t>*_]*this\s+(?:video|podcast|episode|interview|call|conversation|webinar)\s+was\s+)recorded(?:\s+on)?|(?<=(?:^|\n)[ \t>#*_(]*)(?:all\s+)?(?:priced(?:\s+as\s+(?:of|at))?(?:\s+(?:at|on))?(?:\s+(?:the\s+)?(?:market\s+)?close(?:\s+of\s+(?:trading|business))?)?(?:\s+(?:of|on))?|(?:closing\s+)?prices\s+(?:quoted\s+are\s+(?:the\s+)?closing\s+prices\s+)?(?:of|on))|(?<periodsEnd>(?<=(?:^|\n)[ \t>#*_]*)(?:for\s+(?:the\s+)?)?periods\s+end(?:ed|ing)|(?<=\b(?:performance|returns?)(?:[ \t]+(?:figures|data|numbers))?(?:[ \t]*\(%\))?(?:[ \t]+(?:shown|quoted))?(?:[ \t]+(?:are|is|were))?[ \t]{1,3})for\s+(?:the\s+)?periods?\s+end(?:ed|ing))|(?<priceField>(?:(?:closing|share|stock|last|current)\s+)?(?:price|close|last)(?=[ \t]*\([^()\n]{1,40}\)[*_]{0,2}[ \t]*(?<fieldEnd>[:|])))|(?<dateline>(?<updated>(?:last\s+)?(?:updated|modified)(?:\s+date)?(?:\s+at(?=\s+\d))?|date\s+(?:last\s+)?(?:updated|modified))|(?:first\s+)?published(?:\s+date)?|publication\s+date|date\s+(?:of\s+)?(?:publication|published|posted)|(?<dateField>date(?=[ \t*_]*:))|(?<label>(?:closing\s+)?(?:prices|quotes|levels)(?=,?[ \t]+[^\n:]{4,30}(?::|[ \t*_.]*(?:\n|$)))|(?:closing|share|stock)\s+price(?=[ \t]+on[ \t]+[^\n:]{4,30}:))|posted(?:\s*\/\s*updated)?|(?:closing\s+)?(?:prices|quotes)\s+(?:on|at|for)|(?:figures|data|levels)\s+at|(?:pricing|price|valuation|nav)\s+date|(?<closeField>(?:market|session)\s+close(?=[ \t]*:))|stand(?=[ \t]*:)|(?<weekEnd>(?:for\s+the\s+)?week\s+end(?:ed|ing)))(?:\s+on)?)(?=[\s:,*_(])/yiu;

/**
 * The anchors a calendar quarter (quarterDates.ts) or a month without its year ("as of end-September") may follow:
 * "as of", "as at", "as on", and a "through".
 */
const periodAnchor = /^as\s|(?:through|thru)$/i;

/**
 * Where an anchor may start: the first words of anchorPattern's branches (a branch added there needs its first word
 * here), as case-insensitive as it is. anchorPattern is tried (sticky) only where one of them starts: run over the
 * whole note, it tried its lookbehinds at every character, and took four times as long as this scan and the tries.
 */
const anchorStart = /as\s+(?:of|at|on)|nav|at\s+the|at\s+time|at\s+press|for\s+the|for\s+periods|periods|market|session|today|through|thru|performance|returns?|data|quotes|figures|closing|share|stock|last|current|pric(?:e|es|ed|ing)|updated|modified|first|originally|published|recorded|publication|posted|levels|valuation|stand|week|date/giu;

/** The first anchor at or after `from` (as a global anchorPattern's exec from there would find it). */
function nextAnchor(text: string, from: number): RegExpExecArray | null {
  anchorStart.lastIndex = from;
  for (let start = anchorStart.exec(text); start !== null; start = anchorStart.exec(text)) {
    anchorPattern.lastIndex = start.index;
    const match = anchorPattern.exec(text);
    if (match) return match;
    // Not an anchor here ("has at the time of writing"): one may still start inside these words.
    anchorStart.lastIndex = start.index + 1;
  }
  return null;
}

/**
 * A verb of what is to come: "will", "shall", "is set to", "are scheduled to", "is expected to", and a forecast's own
 * verbs, "we expect", "analysts see", "strategists forecast" ("As of Dec. 31, 2026, we expect the index at 6,900" is
 * an outlook, not a typo). A company's guidance says it in the third person, whoever the subject: "As of December 31,
 * 2026, the Company expects net debt of $1.2 billion", "management anticipates". And an index's or an exchange's
 * notice in the present tense of a scheduled change: "Kestrel Foods joins the index as of Dec. 21, 2026", "replaces
 * Brenwick … as of …", "Shares begin trading on a split-adjusted basis as of December 8, 2026", "The new rate applies
 * … as of January 2027", and a fund's or a bond's notice of new terms, in the same tense: "As of January 1, 2027,
 * the expense ratio drops to 0.20%", "the coupon resets to 5.1%", "the share class converts …", "the fee is cut
 * to …". An obligation looks ahead as well ("the company must repay the notes as at 30 June 2027"), as does a price
 * target ("our price target as of December 2027 is $140") and an estimate ("we estimate"). Not "will have": "As of
 * December 1, 2026, the index will have rebalanced" states figures as of a day to come, which future-date reports.
 */
const futureTense =
  /\b(?:(?:will|shall)(?!\s+have\b)|(?:is|are)\s+(?:set|scheduled|slated|due|expected)\s+to|(?:we|I|analysts|economists|strategists|forecasters)\s+(?:expect|forecast|project|anticipate|see|target|estimate)|expects|anticipates|joins|replaces|commences|applies|takes\s+over|(?:begin|start|commence|resume)s?\s+trading|(?:drops|falls|rises|increases|decreases|moves|(?:is|are)\s+(?:cut|raised|lowered|reduced|increased))\s+to|changes|becomes|resets|reverts|converts|switches|must|(?:needs?|has|have)\s+to|price\s+targets?)\b/i;

/** The day relative words ("Thursday", "this year") are read against under a stamp: its day, or a month stamp's last. */
export function referenceDay(stamp: AsOfStamp | undefined): CalendarDate | undefined {
  return stamp ? (stamp.precision === 'day' ? stamp.date : dateOfDayNumber(stamp.lastDay)) : undefined;
}

/** Every as-of stamp of a note, in document order. Pass a NoteSource already made to reuse its lexing. */
export function findAsOfStamps(written: string, note?: NoteSource, options: AsOfStampOptions = {}): AsOfStamp[] {
  const source = asNoteSource(written, note);
  const text = source.text; // Unicode spaces read as plain ones, offsets unchanged
  const stamps = frontMatterStamps(source);
  const updates: AsOfStamp[] = [];
  const yearless: YearlessStamp[] = [];
  let skipped: { covers(offset: number): boolean } | undefined;
  let dayFirst: boolean | undefined;
  let next = 0;
  for (let match = nextAnchor(text, next); match !== null; match = nextAnchor(text, next)) {
    // An anchor that dates nothing here may hide another inside its words: "Share prices at the close on 29 October
    // 2026" is no "prices at" caption, but it holds "at the close on". The search goes on from the next character;
    // only a stamp read moves it past its date.
    next = match.index + 1;
    const line = source.lines.lineAt(match.index);
    if (!source.isTextLine(line)) continue;
    if (match.groups?.dateline && !startsLine(text, source.lines.lineStarts[line], match.index) && !(match.groups.weekEnd && inTitle(source, match.index))) {
      // A page's publication or update line set off mid-line as a field: "By Jane Doe · Last updated Nov 13, 2026",
      // "Staff report; Published 11/13/2026".
      // Or an item of a list of the page's details ("- Last updated: Nov 20, 2026", "* Published Nov 20, 2026").
      const lineStart = source.lines.lineStarts[line];
      if (!publicationWord.test(match[0]) || source.isTableLine(line) || !(afterFieldSeparator(text, lineStart, match.index) || opensListItem(text, lineStart, match.index))) continue;
    }
    if (match.groups?.priceField && !opensField(text, source.lines.lineStarts[line], match.index, match.groups.fieldEnd === '|')) continue;
    skipped ??= source.skippedSpans.cursor();
    if (skipped.covers(match.index)) continue;
    const after = match.index + match[0].length;
    const written = text.slice(after, Math.min(text.length, after + windowLength));
    // A dateline's word may stand before a dash as before a colon: "Updated - November 20, 2026 at 04:05 PM" (India's
    // business dailies). Blanked, not cut, so every offset stays.
    const window = match.groups?.dateline ? written.replace(datelineDash, (dash) => ' '.repeat(dash.length)) : written;
    // A quarter ("as of Q3 2026", "returns through 3Q26") after an "as of" or a "through" only: "Today's Q3 2026
    // call" names an event, and a dateline or a price field is a day's.
    const withYear = (periodAnchor.test(match[0]) ? readQuarterDate(window) : undefined) ?? readDateCached(window);
    // After "as of" a bare "11/20" is a day ("Pricing as of 11/20."), as in a table's header; elsewhere a ratio or a score.
    const withoutYear = withYear
      ? undefined
      : (readYearlessDate(window) ??
        (/^as/i.test(match[0]) ? readNumericYearlessDate(window, () => (dayFirst ??= writesDayFirst(text, stamps))) : undefined) ??
        (periodAnchor.test(match[0]) ? (readYearlessQuarter(window) ?? readYearlessMonth(window)) : undefined));
    const found = withoutYear ? yearToRead(withoutYear) : withYear;
    if (!found) continue;
    const base = stampOfDate(source, match.index, after, found, 'prose');
    const dateEnd = base.dateOffset + base.dateLength;
    // A label's date ends at its colon ("Closing prices 11/20/26:", "Closing levels, Nov. 20, 2026:"): "Prices 3 stocks to
    // watch: …" is no label.
    // So does a title line that is only the label and its date ("Closing prices, October 13, 2026" over a table).
    if (match.groups?.label && !/^[ \t*_]*(?::|\.?[ \t*_]*(?:\n|$))/.test(text.slice(dateEnd, Math.min(dateEnd + 40, source.lines.lineEnd(source.lines.lineAt(dateEnd)))))) continue;
    let stamp: AsOfStamp = {
      ...base,
      ...(match.groups?.weekEnd || match.groups?.periodsEnd ? { periodEnd: true as const } : {}),
      // A bare "Date:" field dates a memo as a line that is only a date does, and may as well head an event's notice;
      // a "Market close:" field may as well be a holiday schedule's ("Market close: 1 p.m. ET, Nov. 27, 2026").
      ...(match.groups?.dateField || match.groups?.closeField ? { bare: 'line' as const } : {}),
      ...(/^as/i.test(match[0]) && speaksOfWhatIsToCome(text, match.index, dateEnd) ? { announces: true as const } : {}),
      ...(/^as/i.test(match[0]) && datesReportedBalance(text, match.index, dateEnd) ? { reportedBalance: true as const } : {}),
    };
    const aside = /^as/i.test(match[0]) ? stampAside(text, match.index, dateEnd) : undefined;
    if (aside) stamp = { ...stamp, aside };
    next = dateEnd;
    // A yearless "as of" of what is to come ("As of Dec. 1, the fund will …") names a day that may be ahead: no
    // year read back from today could be trusted for it, and it dates no figures.
    if (withoutYear) {
      if (!stamp.announces) yearless.push({ stamp, month: withoutYear.month, day: withoutYear.day, period: withoutYear.period });
    } else {
      (match.groups?.updated ? updates : stamps).push(stamp);
    }
  }
  const dated = inNoteDateOrder(mergeInOrder(mergeInOrder(stamps, datedPriceStamps(source)), mergeInOrder(titleStamps(source), datelineStamps(source, yearless, options.today))), text);
  const read = withYearsRead(yearless, dated.length > 0 ? dated : updates, options.today);
  return dated.length > 0 || read.length > 0 ? mergeInOrder(dated, read) : updates;
}

/** Whether the sentence around a stamp (from `start` to `end`) has a verb of what is to come, before or after it. */
function speaksOfWhatIsToCome(text: string, start: number, end: number): boolean {
  const { before, after } = stampSentence(text, start, end);
  return futureTense.test(before) || futureTense.test(after);
}

/** The days of a company's dated prices ("the closing price of its common stock on November 20, 2026 was $41.20"). */
function datedPriceStamps(source: NoteSource): AsOfStamp[] {
  return findDatedPriceSentences(source)
    .filter(({ dated }) => !dated.anchored) // "As of …, the last reported sale price …": read as an as-of stamp already
    .map(({ dated, labelAt, matched }) => ({ ...stampOfDate(source, dated.stampAt, dated.windowAt, dated.found, 'prose'), datesFigureEnd: labelAt + matched.length }));
}

/** The date of the note's title, when it has one (see titleDates.ts): a day, set off from the title's words. */
function titleStamps(source: NoteSource): AsOfStamp[] {
  for (const candidate of titleDateCandidates(source)) {
    const found = readDateCached(candidate.window.slice(0, windowLength));
    if (!found || found.qualifierAt !== 0 || found.reading.precision !== 'day') continue;
    if (!closesTitleDate(candidate, candidate.window.slice(found.at + found.text.length))) continue;
    return [{ ...wholeDateStamp(source, candidate.dateAt, found), bare: 'title' }];
  }
  return [];
}

/**
 * A stamp that is its date alone (a dateline's, a title's): nothing before the date is part of it but its day name,
 * which a re-stamp replaces with the date ("Friday, November 20, 2026" re-dated must not keep "Friday").
 */
function wholeDateStamp(source: NoteSource, windowAt: number, found: ReadStampDate): AsOfStamp {
  return stampOfDate(source, windowAt + found.qualifierAt, windowAt, found, 'prose');
}

/**
 * Dates that open a line as a dateline does (see datelines.ts): the stamps of news copy and dated notes. A wire's
 * dateline without a year ("NEW YORK, Nov 20 (Reuters) -") goes to `yearless`, to have its year read. A byline
 * without "By", read from its shape alone, is not read when its day is after `today` (with a day's grace for time
 * zones): a piece is not published on a day to come, and such a line is an event's ("Investor Day Dec. 10, 2026
 * 9:00 AM ET"), which future-date would report as a typo.
 */
function datelineStamps(source: NoteSource, yearless: YearlessStamp[], today: CalendarDate | undefined): AsOfStamp[] {
  const latestByline = today ? dayNumber(today) + 1 : undefined;
  const stamps: AsOfStamp[] = [];
  for (const candidate of datelineCandidates(source)) {
    if (!candidate.yearWritten) {
      const found = readYearlessDate(candidate.window.slice(0, windowLength));
      if (found && found.qualifierAt === 0 && closesYearlessDateline(candidate.window.slice(found.at + found.text.length), candidate)) {
        yearless.push({ stamp: wholeDateStamp(source, candidate.dateAt, yearToRead(found)), month: found.month, day: found.day });
      }
      continue;
    }
    const found = readDateCached(candidate.window.slice(0, windowLength));
    if (!found || found.qualifierAt !== 0) continue;
    const after = candidate.window.slice(found.at + found.text.length);
    // A date with no place, its story after the dash on the line ("November 20, 2026 — Orcadia (ORCD) currently …").
    const storyOnLine = candidate.lead === 'none' && !candidate.listed && opensStoryAfterDash(after);
    if (!storyOnLine && !closesDateline(after, candidate)) continue;
    // A place's date set apart from its story (in parentheses, after the tag, or a line above the story) is read
    // from a shape an event's line can take too ("FOMC, Dec. 16, 2026 —" over a paragraph): not when it is ahead.
    const looseShape = candidate.lead === 'name' || candidate.opening !== undefined || candidate.storyNext === true || storyOnLine;
    if (storyOnLine && latestByline === undefined) continue;
    if (looseShape && latestByline !== undefined && found.reading.firstDay > latestByline) continue;
    const alone = candidate.lead === 'none' && endsLineAfterDate(after);
    stamps.push({ ...wholeDateStamp(source, candidate.dateAt, found), ...(alone ? { bare: 'line' as const } : {}) });
  }
  return stamps;
}

/** Two lists of stamps, each in document order, as one (a stamp at an offset both hold is kept once). */
function mergeInOrder(first: AsOfStamp[], second: readonly AsOfStamp[]): AsOfStamp[] {
  if (second.length === 0) return first;
  const merged: AsOfStamp[] = [];
  let i = 0;
  let j = 0;
  while (i < first.length || j < second.length) {
    if (j >= second.length || (i < first.length && first[i].offset <= second[j].offset)) {
      if (j < second.length && first[i].dateOffset === second[j].dateOffset) j++;
      merged.push(first[i++]);
    } else {
      merged.push(second[j++]);
    }
  }
  return merged;
}

/**
 * Only indentation, quote or heading markers and emphasis between the line's start and `at`. Read backwards from
 * `at`, so a long line full of "updated" costs its length once, not once per word.
 */
function startsLine(text: string, lineStart: number, at: number): boolean {
  for (let i = at - 1; i >= lineStart; i--) {
    const char = text.charCodeAt(i);
    if (char !== 0x20 && char !== 0x09 && char !== 0x3e /* > */ && char !== 0x23 /* # */ && char !== 0x2a /* * */ && char !== 0x5f /* _ */) return false;
  }
  return true;
}

const datelineDash = /^[ \t]*[-–—](?=[ \t]+\S)/;

/** A dateline's word for when the page was written or updated, which may stand as a field after a separator. */
const publicationWord = /^(?:(?:last\s+)?(?:updated|modified)|(?:first\s+)?published|posted|publication\s+date|date\s+(?:of\s+)?(?:publication|published|posted|(?:last\s+)?(?:updated|modified)))\b/i;

/**
 * Whether a separator of fields — a semicolon, a middle dot, a bullet, a bar, or a slash set off by blanks, as Indian
 * outlets separate a desk from its update ("TOI Business Desk / Updated: Nov 20, 2026") — stands before `at`, with
 * only blanks and emphasis between. Read backwards, as startsLine is.
 */
function afterFieldSeparator(text: string, lineStart: number, at: number): boolean {
  let i = at - 1;
  while (i >= lineStart && ' \t*_'.includes(text[i])) i--;
  if (i < lineStart) return false;
  return ';·•|'.includes(text[i]) || (text[i] === '/' && i + 1 < at && ' \t'.includes(text[i + 1]) && ' \t'.includes(text[i - 1] ?? ''));
}

/** Whether only a list item's marker (and markup) stands between the line's start and `at`: "- ", "* ", "1. ". */
function opensListItem(text: string, lineStart: number, at: number): boolean {
  return listItemOpening.test(text.slice(lineStart, at));
}

const listItemOpening = /^[ \t>]*(?:[-+*•]|\d{1,3}[.)])[ \t]+[*_]*$/;

/**
 * Whether a price label at `at` opens a field: only markup after the line's start or a separator (`|`, `•`, `;`,
 * `:`) before it; for a label that ends at a cell's bar, it must open the row's first cell (a record table's row, not
 * a quote table's column header). Read backwards from `at`, as startsLine is: a lookbehind in the pattern would walk
 * back over a run of spaces from every position in it.
 */
function opensField(text: string, lineStart: number, at: number, endsAtBar: boolean): boolean {
  let i = at - 1;
  const skip = (chars: string) => {
    while (i >= lineStart && chars.includes(text[i])) i--;
  };
  if (endsAtBar) {
    skip(' \t*_');
    if (text[i] === '|') i--;
    skip(' \t');
    return i < lineStart;
  }
  skip(' \t>#*_+-');
  return i < lineStart || '|•·;:'.includes(text[i]);
}

/** The index of the last stamp at or before `offset` (binary search; stamps in document order), or -1. */
export function lastStampIndexAtOrBefore(stamps: readonly AsOfStamp[], offset: number): number {
  let low = 0;
  let high = stamps.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (stamps[mid].offset <= offset) {
      found = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return found;
}
