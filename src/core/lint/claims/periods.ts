// The period a figure is for, read from the words around it and resolved against the note's as-of date:
//   ytd:2026        "year to date", "YTD", "so far this year", "this year", "for the year", "since the start of the (calendar) year", "in 2026"
//   year:2025       a calendar year that is over ("in 2025", "last year") — or, for growth, any year ("2027 consensus", "next year")
//   quarter:2026-Q3 "Q3", "the third quarter", "fourth-quarter"; "this quarter", "for the quarter", "QTD" (the as-of date's);
//                   "the three months to September"
//   span:3m         "over the past three months", "over five years", "on a one-year basis", "from a year ago" (a
//                   trailing window: never the YTD; see spans.ts, which also reads "during this time", a reference back)
//   since:april-low "since the April low", "from its record high", "since March", "since 2021", "since inception"
//                   (never the YTD)
//   opening:2026:3weeks "in the first three weeks of 2026", "the first few weeks of the year" (its own period: a note
//                   written in November must not read it as the year to date); months and quarters count in months
//                   ("the first half", "the first two quarters" → opening:2026:6months; "the first three months" → Q1)
//   day:2026-11-19  "on Thursday", "Thursday's session", "today", "on the day", "to end the day", "in the latest session", "yesterday" (the
//                   weekday before), "last Friday" (the Friday before the as-of day)
//   week:/month:    "this week", "this month", "last week", "for the week", "month to date", "MTD", "a weekly gain",
//                   "(so far) in November" (the as-of month, or a past one)
// `open` periods still run at the as-of date (their figure moves with the market); closed ones are history.
// `relative` ones are named from the day they were written ("this year", "on Friday", "the past three months",
// "since March"): without an as-of date nobody can tell which span they are — MN005 (relativeTime.ts) reads them
// here, so the two rules share one vocabulary. A period named on the calendar ("in 2025", "Q3", "in October") is not.

import { dateOfDayNumber, dayNumber, formatIsoDate, isValidDate, monthNames, type CalendarDate } from '../calendarDate';
import { dateWeekday, dayPeriod, endedPeriod, lastWeekday, openingMonths, tradingDayBefore } from './periodDates';
import { fiscalBefore, fiscalPart, fiscalQuarter, fiscalYear } from './fiscalPeriods';
import { meansTheYearNamed, withNamedEnds, withNamedYears, withoutYieldedAdjectives } from './periodSettling';
import { sinceBoundary } from './sinceBoundaries';
import { monthCutoffDay, monthCutoffPattern, monthStartCutoffDay } from './monthCutoffs';
import { readSpan, spanPatterns } from './spans';
import { numberPattern, numberValue } from './text';
import { readDateCached, stampWindowLength } from '../stampDates';

export { dayPeriod };

export interface PeriodPhrase {
  readonly offset: number;
  readonly length: number;
  /** Kind and resolved span, e.g. "ytd:2026". Undefined year parts read "?" (no as-of date): compared within the note only. */
  readonly key: string;
  readonly open: boolean;
  /** How a message names it: "year to date", "2027", "the past 3 months". */
  readonly label: string;
  /** A forward-looking year ("next year", "2027 consensus"): a growth period, never a return period. */
  readonly growthOnly?: boolean;
  /** Named from the day it was written ("this week", "on Friday", "since March"): it needs an as-of date to be read. */
  readonly relative?: boolean;
  /** "from a year ago": the base of a comparison, the figure's period only where no other is named beside it. */
  readonly comparisonBase?: boolean;
  /** "during this time": the period of an earlier sentence, not said which — a figure under it makes no claim. */
  readonly refersBack?: boolean;
  /**
   * "through Thursday", "as of Wednesday's close", "through Nov. 20": the day a running figure is counted to, not the
   * span it covers — it dates the figure ("up 2.1% for the month through Thursday"), and a figure with no other
   * period beside it ("Through Thursday, the S&P 500 was up 2.1%") says neither its span nor that day's move.
   */
  readonly cutoff?: boolean;
  /**
   * "rose 0.4% from Thursday's close", "up 1% from Thursday": the session a move is measured from, not the move's own
   * — the move is of the sessions after it (sentenceReading.ts). The day is still that session's for its close's
   * level ("Thursday's close of 6,576.8").
   */
  readonly moveBase?: boolean;
  /**
   * A session a weekend note names without its weekday ("on the day", a close with no day named): Friday's, the last
   * before the stamp — which a market that trades on weekends (bitcoin) need not mean.
   */
  readonly weekendSession?: boolean;
  /**
   * The note's own session, not a day the words name ("on the day", "in the latest session", a close with no day
   * named): on a U.S. market holiday a U.S. subject's is the last session the NYSE traded (usSessions.ts).
   */
  readonly stampSession?: boolean;
  /**
   * The one period of the sentence before, handed to a sentence that opens as the other side of its comparison ("By
   * comparison, …", "Over the same period, …": figures.ts) — which a "same" reference there reads (sameReferences.ts).
   */
  readonly answers?: boolean;
  /**
   * Handed down by a section's heading ("## This week"), not a lead-in's line: a close the paragraph dates
   * ("Stocks closed higher on Friday. The S&P 500 added 0.8% to close at 6,954.63.") is that session's (valuePeriod.ts).
   */
  readonly heading?: boolean;
}

export interface PeriodReadingOptions {
  /**
   * Keep a period that scopes a record ("its best day this year"): not the span of the figure beside it, but still
   * relative time (MN005) — the conflict reader leaves it out.
   */
  readonly recordScopes?: boolean;
}

const weekdays = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
/** A month's name or abbreviation, as periods and dated days are written with it. */
export const monthPattern = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const ordinalQuarter: Readonly<Record<string, number>> = { first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 };

// One alternation, each branch a named group; no branch can match the empty string and none nests quantifiers.
// The year to date is written many ways besides "YTD": "so far this year", "since the turn of the year", "in the year
// so far", "since the year began", "since New Year", "32% higher than at the start of the year".
const periodPattern = new RegExp(
  [
    String.raw`(?<ytd>\b(?:year[- ]to[- ]date|ytd|so far (?:this (?:calendar )?year|in (?<ytdYear>20\d\d))|(?:for|on|this) the year|this year|since the (?:start|beginning) of (?:the (?:calendar )?year|(?<startYear>20\d\d))|since jan(?:uary|\.)? 1(?:st)?\b|since the turn of the year|(?:in|over|during) the year so far|so far in the year|since the year (?:began|started)|since new year(?:['’]s(?: day)?)?|(?:than|from) (?:at |on )?the (?:start|beginning) of the year|from where (?:it|they) (?:started|began) the year)\b)`,
    // "since the start of November", "since the end of October", "since the end of last quarter": from a month's first
    // session on — the month, quarter or year to date when the as-of date is still in the one it opens.
    String.raw`(?<sinceBoundary>\bsince the (?:start|beginning|(?<sbEnd>end)) of (?:(?<sbMonth>january|february|march|april|may|june|july|august|september|october|november|december)(?:,? (?<sbYear>20\d\d))?|(?:last|the (?:previous|prior)) (?<sbUnit>month|quarter|year)|(?:the )?(?<sbQuarter>first|second|third|fourth) quarter|q(?<sbQDigit>[1-4]))\b(?!['’]| of\b))`,
    // "up 20% from last year", "compared with last year": the base of a comparison, not the period of the figure.
    String.raw`(?<relYear>(?<!\b(?:over|from|than|versus|vs\.?|with|to) )\b(?<relWhich>this|next|last) year\b)`,
    // "Q2FY27", "Q3CY25" (India's results copy), "3Q26", "2QFY27" (brokers' notes): the year glued to the quarter.
    String.raw`(?<quarter>\b(?:q(?<qDigit>[1-4])(?:(?<qGlued>fy|cy)'?(?<qGluedYear>20\d\d|\d\d)\b)?|(?<qLead>[1-4])q(?:(?<qLeadGlued>fy|cy)?'?(?<qLeadYear>20\d\d|\d\d)\b)|(?<qWord>first|second|third|fourth|1st|2nd|3rd|4th)[- ]quarter)(?:[ ,]+(?:(?:of|fy|fiscal) )?'?(?<qYear>20\d\d|\d\d)\b)?)`,
    String.raw`(?<opening>\b(?:in|over|during|for|through) the first (?:(?<openingCount>${numberPattern})|few|several|couple of) (?<openingUnit>sessions?|trading days?|days?|weeks?|months?|quarters?) of (?:the year|this year|(?<openingYear>20\d\d))\b)`,
    // "in the first half of 2026", "in the year's first half", "H1 2026": the opening six months.
    String.raw`(?<half>\b(?:in|over|during|for|through) (?:the )?(?:year['’]s )?first half(?: of (?:the year|this year|(?<halfYear>20\d\d)))?\b(?! of\b)|\bH1(?:[ ']?(?<h1Year>20\d\d))?\b)`,
    // "in the three months to September" (British copy): the quarter that ends there; "the nine months to September".
    String.raw`(?<monthsTo>\b(?:in|over|during|for) the (?<mtCount>three|six|nine|3|6|9) months (?:to|ended|ending|through|until) (?:the end of )?(?<mtMonth>january|february|march|april|may|june|july|august|september|october|november|december)(?:,? (?<mtYear>20\d\d)\b)?)`,
    // "in November", "so far in November", "during October 2026": a calendar month named (this month, or one past).
    // "finished November up 5.4%": the month a close ended, as "ended 2025 up 23%" is the year's; and "ended
    // November 2.3% higher", the month's move right after it (a day after the month, "ended November 20 up 0.4%", is
    // a session's close, read below).
    String.raw`(?<namedMonth>\b(?:in|during|for|(?:ended|finished|closed(?: out)?|wrapped up|capped)) (?:the month of )?(?<monthName>january|february|march|april|may|june|july|august|september|october|november|december)(?:,? (?<monthYear>20\d\d)\b)?(?![\s,]*\d(?![\d.]*\s*(?:%|percent|per\s?cent|pct))))`,
    ...spanPatterns,
    String.raw`(?<since>\b(?:since|from) (?:the |its |their |a |an )?(?<sinceWhat>(?:(?:${monthPattern}|record|all-time|closing|intraday|recent|market|\d{4}|52-week|pandemic|election|post-election)[ -]?){0,2}(?:lows?|highs?|peaks?|bottom|trough|record|close|election|inception|launch|ipo|listing|debut)|${monthPattern}(?: \d{1,2}(?:st|nd|rd|th)?)?(?:,? 20\d\d)?)\b|\bsince (?:the (?:start|beginning|(?<sinceEnd>end)) of )?(?<sinceYear>(?:19|20)\d\d)\b)`,
    // "through 30.09.2026", "as at 30 September 2026", "as of 9/30/2026", "up to 2026-09-30": a cutoff day written
    // number first, as desks outside the U.S. and data footers write it (read by stampDates.ts). Before the year
    // branch, which would take "through 2026" of "through 2026-09-30" as the year.
    String.raw`(?<cutoffNumeric>\b(?:through|thru|until|till|up to|as of|as at)\s+(?:the (?:close|end of trading) (?:on |of )?)?(?=\d{1,4}[./ -]\d|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${monthPattern}))`,
    // "ended 2025 up 23%", "the S&P 500's 2025 gain of 23%": a year the figure is of (a close with no day named
    // would otherwise be read as the session's).
    String.raw`(?<year>\b(?<yearWord>in|for|during|over|through|of|fiscal(?: year)?|fy|calendar|ended|finished|closed out|wrapped up)[ ]?'?(?<yearDigits>20\d\d)\b|\bfy[ ]?'?(?<fyShort>\d\d)\b|\b(?<yearBefore>20\d\d)(?= (?:consensus|estimates?|forecasts?|guidance|earnings|eps|profits?|revenues?|sales|outlook)\b)|\b(?<yearOfMove>20\d\d)(?= (?:gains?|loss(?:es)?|returns?|rise|declines?|drops?|advances?|rally|slide|slump|performance)\b))`,
    // "through Nov. 20", "as of the close on Nov. 20": the day a running figure is counted to (a weekday's cutoff is
    // read by the day branch below, with cutoffBefore).
    String.raw`(?<cutoffDate>\b(?:through|thru|until|till|up to|as of|as at)\s+(?:the (?:close|end of trading) (?:on |of )?)?(?<cdMonth>${monthPattern})\s+(?<cdDay>[0-3]?\d)(?:st|nd|rd|th)?\b(?:,?\s+(?<cdYear>20\d\d)\b)?)`,
    monthCutoffPattern,
    // "posted its best week since June, rising 3.1%": the week the record was set is the move's (a record's scope
    // after it says nothing of the move).
    // So is a week that extended a run of weeks: "logged its fifth straight weekly gain, rising 1.5%".
    String.raw`(?<recordWeek>\b(?:its|their|a|the)\s+(?:best|worst|biggest|strongest|weakest|steepest|sharpest|largest)\s+(?:week|weekly (?:gain|loss|advance|decline|rise|drop|fall|rally|performance|percentage (?:gain|loss|decline)))\b(?=\s+(?:since|in|of|for)\b)|\b(?:its|their)\s+[\w-]+\s+(?:straight|consecutive|successive)\s+(?:weekly\s+(?:gains?|loss(?:es)?|advances?|declines?|rises?|drops?|falls?)|(?:winning|losing|positive|negative)\s+week)\b)`,
    // "The Dow ended November 20 up 0.4%", "closed on Nov. 20 at 46,100": the session a close verb names by its date.
    String.raw`(?<closeDate>\b(?:closed|ended|finished|settled)(?: on)? (?<clMonth>${monthPattern})\s+(?<clDay>[0-3]?\d)(?:st|nd|rd|th)?\b(?![.,]?\d)(?:,?\s+(?<clYear>20\d\d)\b)?)`,
    // "Heading into today, shares had lost 8.5% over the past month": counted to the session before the as-of day's.
    String.raw`(?<cutoffEve>\b(?:(?:heading|coming|going) into|(?:prior to|before|ahead of) the start of) (?:today(?:['’]s (?:session|trading))?|the (?:day|session))\b|\b(?:prior to|before|ahead of) today['’]s (?:session|trading|open)\b)`,
    // "Black Friday", "Cyber Monday" name an event, not a session; "on the day of the launch" is not the as-of day.
    String.raw`(?<day>\b(?:on |in |(?<lastDay>last) )?(?<weekday>monday|tuesday|wednesday|thursday|friday)(?<!\b(?:black|good|cyber) \w+)(?:['’]s)?(?: session| trading)?\b|\btoday(?:['’]s)?\b(?! ${monthPattern})|\b(?:on|for|in) the (?:day|session)\b(?! (?:of|before|after)\b)|\b(?:in|during|for) the (?:latest|most recent)(?: trading)? session\b|\b(?:end|ended|ending|finish|finished|finishing|close|closed|closing|settle|settled|settling)(?: out)? the (?:trading )?(?:day|session)\b(?! (?:of|before|after)\b)|\b(?<yesterday>yesterday)(?:['’]s)?\b)`,
    String.raw`(?<calendar>\b(?:in|for|over) the (?:trading )?week (?:to|ended|ending) (?<weekTo>monday|tuesday|wednesday|thursday|friday)\b|\b(?:(?<calWhich>(?:this )?past|this|last) |(?:for|on|over) the (?:trading )?|in the (?=(?:week|month)\b(?! (?:ahead|before|after|ended|ending|to|of|since|through|prior|following|that|when|leading|in which|where|just)\b))|(?<calEnded>(?:closed|ended|finished|wrapped up|capped|(?:to )?(?:close|end|finish|cap)|closing|ending|finishing|capping)(?: out)?) the )(?<calUnit>week|month|quarter|year)\b|\b(?<toDateUnit>week|month|quarter)[- ]to[- ]date\b|\bsince the (?:start|beginning) of (?:the|this) (?<sinceStartUnit>week|month|quarter)\b|\b(?<toDateShort>[wmq])td\b|(?<=\()(?<parenUnit>week|month)(?=\))|\b(?<adjUnit>week|month)ly(?= (?:gains?|loss(?:es)?|declines?|advances?|returns?|rises?|drops?|increases?|decreases?|rally|slide|slump|retreat|jump|climb|fall|moves?|change)\b))`,
  ].join('|'),
  'gi',
);

/**
 * "through Thursday", "as of Wednesday's close", "until Tuesday", "by the close on Thursday": the weekday after it is
 * the day a running figure is counted to (PeriodPhrase.cutoff). "By" only where it opens a phrase ("By Thursday's
 * close, …"): "hit by Thursday's selloff" names a cause.
 */
const cutoffBefore =
  /(?:\b(?:through|thru|until|till|up to|as of|as at|as recently as|as late as)|(?:^|[,;(—–]\s*)by)\s+(?:the (?:close|end of trading|end of the session) (?:on |of )?)?$|\bat the (?:close|end of trading|end of the session) (?:on |of )?$/i;

/**
 * "since the company reported earnings ", "since we recommended it ", "since peaking ": a clause that names the event a
 * span runs from — a period after it in the clause is that event's time. ("since Thursday" and "since the April low"
 * are read whole, as the span's own start.)
 */
const sinceClauseBefore = /\bsince\s+(?:[\p{L}\p{N}'’&.-]+\s+){1,6}$/iu;

/**
 * A day of the calendar written with its month's name ("Nov. 20", "November 20, 2026"): of the as-of date's year, or
 * the year before when that would put it after the as-of date ("closed Dec. 30" read in January).
 */
function calendarDay(monthWord: string, dayWord: string, yearWord: string | undefined, asOf: CalendarDate | undefined): CalendarDate | undefined {
  const month = monthNames.findIndex((name) => name.slice(0, 3).toLowerCase() === monthWord.slice(0, 3).toLowerCase()) + 1;
  const day = Number(dayWord);
  let year = yearWord !== undefined ? Number(yearWord) : asOf?.year;
  if (year === undefined) return undefined;
  if (yearWord === undefined && asOf && year * 12 + month > asOf.year * 12 + asOf.month) year--;
  const date = { year, month, day };
  return isValidDate(date) ? date : undefined;
}

/**
 * What a record week is the move's after: a verb that says the subject had it ("posted", "logged", "suffered"), or a
 * value it stands beside ("rose 3.1%, its best week"). Not "capping its best week", whose move is one session of it,
 * nor "on track for its best week", a week still to finish.
 */
const recordWeekBefore = /(?:\b(?:posted|had|notched|logged|recorded|booked|scored|enjoyed|suffered|saw|clocked|turned in|delivered|chalked up|racked up)|\d\s*(?:%|percent|per cent),)\s+$/i;

/**
 * A day in the week, month, quarter or year a close "ended" (closed, finished): the one the as-of date is in when its
 * end has come — a Friday or weekend note's week, the last three days of a month, quarter or year — else the one
 * before it while it is fresh: Monday's and Tuesday's note's week, a month's first ten days, a quarter's first month, a
 * year's first two months. Between, the period is in doubt (a period cannot have ended before its end).
 */
function lastSessionEnded(unit: string, asOf: CalendarDate): CalendarDate | undefined {
  const asOfDay = dayNumber(asOf);
  if (unit === 'week') {
    const weekday = dateWeekday(asOf);
    if (weekday === 5 || weekday === 6 || weekday === 0) return asOf;
    return weekday === 1 || weekday === 2 ? dateOfDayNumber(asOfDay - weekday - 2) : undefined;
  }
  const months = unit === 'month' ? 1 : unit === 'quarter' ? 3 : 12;
  // The first day of the unit holding the as-of date, and of the next one.
  const firstMonth = asOf.month - ((asOf.month - 1) % months);
  const start = dayNumber({ year: asOf.year, month: firstMonth, day: 1 });
  const next = dayNumber(firstMonth + months > 12 ? { year: asOf.year + 1, month: 1, day: 1 } : { year: asOf.year, month: firstMonth + months, day: 1 });
  if (next - asOfDay <= 3) return asOf;
  const fresh = unit === 'month' ? 10 : unit === 'quarter' ? 31 : 59;
  return asOfDay - start < fresh ? dateOfDayNumber(start - 1) : undefined;
}

/** "above Thursday's close", "compared with Friday's finish": a session's close another figure is measured against. */
const baseBefore = /\b(?:above|below|over|under|versus|vs\.?|than|compared (?:with|to)|relative to)\s+$/i;
const closeNounAfter = /^\s*(?:close|closing level|finish|settle(?:ment)?|level)\b/i;

/** The end of a range of days after its first: " through Thursday", " to Wednesday". */
/** The start of a range of days before its last, written with "to": "from Monday to ". */
const dayRangeStart = /\bfrom\s+(?:monday|tuesday|wednesday|thursday|friday)\s*(?:to|-|–)\s*$/i;
const dayRangeEnd = /^\s*(?:through|thru|to|until|till|-|–)\s*(?:monday|tuesday|wednesday|thursday|friday)\b/i;

/**
 * "its biggest rise since March 16", "Biggest Weekly Gain of 2010", "its best day this year": the period is the scope
 * of a record, not the span the figure covers.
 */
const superlativeBefore = /\b(?:biggest|largest|best|worst|first|highest|lowest|(?<!\bat )(?:most|least)|strongest|weakest|steepest|sharpest|longest|top)\b[^.,;]{0,30}$/i;

/**
 * "5.8% compared with the same period last year", "versus the year-ago quarter": "last year" there names the base
 * of a comparison, not the period of the figure.
 */
const comparisonBaseBefore =
  /(?:\b(?:compared (?:with|to)|versus|vs\.?|than|from|over|against|relative to)\s+(?:the\s+)?(?:(?:same|comparable|year-ago|prior-year)\s+)?(?:(?:period|quarter|months?|weeks?|time|stretch|levels?)\s+(?:of\s+)?)?|\b(?:same|comparable|year-ago) (?:period|quarter|time|months?|weeks?|stretch)\s+)$/i;

/**
 * Lint runs on every pause in typing, and most headings, lead-ins and sentences are as they were: the periods a
 * phrase names depend only on its words, the as-of day and the options, so each phrase is read once (from offset 0,
 * moved to `base` on the way out). Text longer than a sentence (relativeTime.ts's blocks, which it caches itself)
 * is read each time rather than kept.
 */
const readPhrases = new Map<string, readonly PeriodPhrase[]>();
const longestKept = 1200;

/** The period phrases in a sentence (lower-cased matching, exact offsets), resolved against `asOf` when known. */
export function findPeriods(written: string, base: number, asOf: CalendarDate | undefined, options: PeriodReadingOptions = {}): PeriodPhrase[] {
  // A note wrapped at a fixed width breaks phrases across lines ("up nearly 10% month⏎to date"): a line break inside
  // a paragraph is a space, as Markdown renders it (one character for one, so every offset stays).
  const sentence = written.includes('\n') ? written.replace(/[\r\n]/g, ' ') : written;
  if (sentence.length > longestKept) return periodsIn(sentence, base, asOf, options);
  const key = `${asOf ? `${asOf.year}-${asOf.month}-${asOf.day}` : '-'}${options.recordScopes ? '+' : ''}\u0000${sentence}`;
  let read = readPhrases.get(key);
  if (!read) {
    read = periodsIn(sentence, 0, asOf, options);
    if (readPhrases.size >= 5000) readPhrases.clear();
    readPhrases.set(key, read);
  }
  return read.map((period) => ({ ...period, offset: base + period.offset }));
}

function periodsIn(sentence: string, base: number, asOf: CalendarDate | undefined, options: PeriodReadingOptions): PeriodPhrase[] {
  const found: PeriodPhrase[] = [];
  /** Periods read from an adjective ("a weekly gain"): they yield to the same unit named outright (periodSettling.ts). */
  const adjectives = new Set<PeriodPhrase>();
  /** Periods a close "ended" ("ended the month"), with their unit: they take the one the sentence named before (periodSettling.ts). */
  const endings = new Map<PeriodPhrase, string>();
  /** "for the year" / "on the year": the year to date, unless the sentence names the year it means (periodSettling.ts). */
  const theYears = new Set<PeriodPhrase>();
  const recordScope = (before: string) => !options.recordScopes && superlativeBefore.test(before);
  // (relative-time still reads such a period: "since the Fed cut rates last week" is relative all the same.)
  const eventSince = (before: string) => !options.recordScopes && sinceClauseBefore.test(before);
  const year = asOf?.year;
  const yearKey = (y: number | undefined) => (y === undefined ? '?' : String(y));
  periodPattern.lastIndex = 0;
  for (let match = periodPattern.exec(sentence); match !== null; match = periodPattern.exec(sentence)) {
    const g = match.groups!;
    const relative = (g.ytd ?? g.sinceBoundary ?? g.relYear ?? g.span ?? g.bareSpan ?? g.adjSpan ?? g.yearAgo ?? g.since ?? g.day ?? g.cmThis ?? (g.adjUnit === undefined ? g.calendar : undefined)) !== undefined;
    const at = { offset: base + match.index, length: match[0].length, ...(relative ? { relative } : {}) };
    const before = sentence.slice(Math.max(0, match.index - 40), match.index);
    // "has climbed 28% since the company reported earnings in October": the month dates the event the span runs
    // from, not the figure.
    if (eventSince(before)) continue;
    // ("its best run over five years" scopes a record; "over the past year" is read as written, as it always was.)
    if ((g.ytd ?? g.year ?? g.since ?? g.sinceBoundary ?? g.bareSpan ?? g.adjSpan) !== undefined && recordScope(before)) continue;
    const span = readSpan(g);
    if (span === null) continue;
    if (span !== undefined) {
      found.push({ ...at, ...span });
    } else if (g.ytd !== undefined) {
      const named = g.ytdYear ?? g.startYear;
      if (named !== undefined && year !== undefined && Number(named) !== year) {
        // "so far in 2025" read in 2026 is not this YTD; "since the start of 2021" runs from then to now, as "since 2021" does.
        if (g.startYear !== undefined) found.push({ ...at, key: `since:${named}`, open: true, label: `since ${named}` });
        continue;
      }
      // "fiscal year-to-date": from the start of a fiscal year this sentence does not date.
      if (fiscalBefore.test(before)) {
        found.push({ ...at, key: 'fiscal-ytd:?', open: true, label: 'fiscal year to date' });
        continue;
      }
      found.push({ ...at, key: `ytd:${yearKey(named !== undefined ? Number(named) : year)}`, open: true, label: 'year to date' });
      if (meansTheYearNamed(match[0], sentence.slice(match.index + match[0].length))) theYears.add(found[found.length - 1]);
    } else if (g.sinceBoundary !== undefined) {
      // "May" is a verb far more often than a month: only "May" names it.
      if (g.sbMonth?.toLowerCase() === 'may' && !/\bMay\b/.test(match[0])) continue;
      const quarter = g.sbQDigit !== undefined ? Number(g.sbQDigit) : g.sbQuarter !== undefined ? ordinalQuarter[g.sbQuarter.toLowerCase()] : undefined;
      const period = sinceBoundary({ ending: g.sbEnd !== undefined, month: g.sbMonth, year: g.sbYear, unit: g.sbUnit, quarter }, asOf);
      if (period) found.push({ ...at, ...period });
    } else if (g.relYear !== undefined) {
      const shift = { this: 0, next: 1, last: -1 }[g.relWhich.toLowerCase() as 'this' | 'next' | 'last'];
      if (shift !== 1 && (recordScope(before) || comparisonBaseBefore.test(before))) continue;
      const resolved = year === undefined ? undefined : year + shift;
      if (shift === -1) found.push({ ...at, key: `year:${yearKey(resolved)}`, open: false, label: resolved === undefined ? 'last year' : String(resolved) });
      else found.push({ ...at, key: `year:${yearKey(resolved)}`, open: shift === 0, label: resolved === undefined ? `${g.relWhich} year` : String(resolved), growthOnly: true });
    } else if (g.quarter !== undefined) {
      const quarter = g.qDigit !== undefined ? Number(g.qDigit) : g.qLead !== undefined ? Number(g.qLead) : ordinalQuarter[g.qWord.toLowerCase()];
      // A year glued to the quarter is its own, and its "FY" or "CY" says whose year: "Q2FY27" is no calendar Q2 of
      // the as-of year, and Q2FY26 beside it is another quarter.
      const glued = (g.qGlued ?? g.qLeadGlued)?.toLowerCase();
      const yearDigits = g.qGluedYear ?? g.qLeadYear ?? g.qYear;
      // "its fiscal first quarter", "Q1 FY27", "the first quarter of fiscal 2027": a fiscal quarter (fiscalPeriods.ts).
      const fiscal = glued === 'cy' ? undefined : fiscalQuarter(quarter, yearDigits, match[0], before, sentence.slice(match.index + match[0].length), glued === 'fy');
      if (fiscal) {
        periodPattern.lastIndex += fiscal.extra;
        found.push({ ...at, length: at.length + fiscal.extra, ...fiscal.period });
        continue;
      }
      const qYear = yearDigits === undefined ? year : yearDigits.length === 2 ? 2000 + Number(yearDigits) : Number(yearDigits);
      found.push({ ...at, key: `quarter:${yearKey(qYear)}-Q${quarter}`, open: false, label: `Q${quarter} ${yearKey(qYear)}` });
    } else if (g.opening !== undefined || g.half !== undefined) {
      const words = match[0].replace(/^(?:in|over|during|for|through) /i, '');
      const named = g.openingYear ?? g.halfYear ?? g.h1Year;
      const openingYear = named !== undefined ? Number(named) : year;
      if (g.half !== undefined) {
        found.push(openingMonths(at, openingYear, 6, asOf, words));
        continue;
      }
      const count = (g.openingCount === undefined ? undefined : numberValue(g.openingCount)) ?? 'few';
      const unit = g.openingUnit.toLowerCase().replace(/^trading /, '').replace(/s$/, '');
      // Months and quarters are calendar spans: "the first three months" is the first quarter, "the first two
      // quarters" the first half — one key however it is said.
      if (typeof count === 'number' && (unit === 'month' || unit === 'quarter')) found.push(openingMonths(at, openingYear, unit === 'quarter' ? 3 * count : count, asOf, words));
      else found.push({ ...at, key: `opening:${yearKey(openingYear)}:${count}${unit}s`, open: true, label: words });
    } else if (g.monthsTo !== undefined) {
      if (!asOf) continue;
      const count = numberValue(g.mtCount)!;
      const month = monthNames.findIndex((name) => name.toLowerCase() === g.mtMonth.toLowerCase()) + 1;
      const endYear = g.mtYear !== undefined ? Number(g.mtYear) : month > asOf.month ? asOf.year - 1 : asOf.year;
      const words = match[0].replace(/^\S+ /, '');
      // Ending at a quarter's end, three months are that quarter; counted from January, the year's opening months.
      if (count === 3 && month % 3 === 0) {
        const closed = asOf.year * 12 + asOf.month > endYear * 12 + month;
        found.push({ ...at, key: `quarter:${endYear}-Q${month / 3}`, open: !closed, label: `Q${month / 3} ${endYear}` });
      } else if (count === month) found.push(openingMonths(at, endYear, count, asOf, words));
      else found.push({ ...at, key: `months-to:${endYear}-${month}:${count}`, open: asOf.year * 12 + asOf.month <= endYear * 12 + month, label: words });
    } else if (g.namedMonth !== undefined) {
      const monthName = g.monthName.toLowerCase();
      // "may" is a verb far more often than a month: only "May" names it.
      if (monthName === 'may' && !/\bMay\b/.test(match[0])) continue;
      if (!asOf || recordScope(before)) continue;
      const month = monthNames.findIndex((name) => name.toLowerCase() === monthName) + 1;
      // A month after the as-of month, no year named, is last year's ("fell 3% in October" in a January note).
      const monthYear = g.monthYear !== undefined ? Number(g.monthYear) : month > asOf.month ? asOf.year - 1 : asOf.year;
      if (monthYear * 12 + month > asOf.year * 12 + asOf.month) continue;
      const current = monthYear === asOf.year && month === asOf.month;
      found.push({ ...at, key: `month:${monthYear}-${month}`, open: current, label: `${monthNames[month - 1]} ${monthYear}` });
    } else if (g.since !== undefined) {
      // "since the end of 2025" in a 2026 note, "since Dec. 31": from the last close of the year before — the year to
      // date, as "since the start of 2026" is.
      const yearEnd = /^dec(?:ember)?\.?\s+31(?:st)?(?:,?\s+(?<endYear>20\d\d))?$/i.exec(g.sinceWhat ?? '');
      const fromLastYearEnd =
        year !== undefined && (g.sinceEnd !== undefined ? Number(g.sinceYear) === year - 1 : yearEnd !== null && (yearEnd.groups?.endYear === undefined || Number(yearEnd.groups.endYear) === year - 1));
      if (fromLastYearEnd) {
        found.push({ ...at, key: `ytd:${year}`, open: true, label: 'year to date' });
        continue;
      }
      if (g.sinceYear !== undefined) {
        const what = `${g.sinceEnd === undefined ? '' : 'end-of-'}${g.sinceYear}`;
        found.push({ ...at, key: `since:${what}`, open: true, label: match[0] });
        continue;
      }
      const what = g.sinceWhat.toLowerCase().replace(/[.,]/g, '').replace(/\s+/g, '-');
      found.push({ ...at, key: `since:${what}`, open: true, label: `since ${g.sinceWhat}` });
    } else if (g.year !== undefined) {
      // "fiscal 2026", "FY2026", "FY26", "fiscal year 2026": the company's year, not the calendar's.
      const fiscal = fiscalYear(g.fyShort, g.yearWord, g.yearDigits, before, year);
      if (fiscal) {
        // "FY27 H1", "fiscal 2027 second-quarter", "FY27 year-to-date": a part of the fiscal year, not the whole of it.
        const part = fiscalPart(fiscal, sentence.slice(match.index + match[0].length));
        if (part?.period) {
          periodPattern.lastIndex += part.extra;
          found.push({ ...at, length: at.length + part.extra, ...part.period });
        } else if (!part) found.push({ ...at, ...fiscal });
        continue;
      }
      const named = Number(g.yearDigits ?? g.yearBefore ?? g.yearOfMove);
      const future = year !== undefined && named > year;
      const growthOnly = future || g.yearBefore !== undefined;
      if (named === year) found.push({ ...at, key: `ytd:${named}`, open: true, label: 'year to date', ...(growthOnly ? { growthOnly } : {}) });
      else found.push({ ...at, key: `year:${named}`, open: future, label: String(named), ...(growthOnly ? { growthOnly } : {}) });
    } else if (g.day !== undefined) {
      // "in the latest session", "on the day", "to end the day" name a session: a weekend note's is Friday's, the last
      // before it ("today" is the stamp's own day, which bitcoin trades on).
      const session = g.weekday === undefined && g.yesterday === undefined && !/^today/i.test(match[0]);
      const day = g.weekday !== undefined ? lastWeekday(asOf, weekdays.indexOf(g.weekday.toLowerCase()), g.lastDay !== undefined) : g.yesterday !== undefined ? tradingDayBefore(asOf) : session ? lastSession(asOf) : asOf;
      const unresolved = (g.weekday === undefined ? (g.yesterday ?? 'today') : `${g.lastDay === undefined ? '' : 'last-'}${g.weekday}`).toLowerCase();
      const bare = !/^(?:on|in|last) /i.test(match[0]);
      // "has gained 2% since Thursday": a span from that session on, not its move.
      // ("since last Friday" too: the span from the Friday before.)
      if ((bare || g.lastDay !== undefined) && day && /\bsince\s+$/i.test(before)) {
        found.push({ ...at, key: `since:${formatIsoDate(day)}`, open: true, label: `since ${g.weekday}`, relative });
        continue;
      }
      // "gained 5% from Monday through Thursday": the first day of a span, whose last is a cutoff — neither day's move.
      if (bare && !options.recordScopes && /\bfrom\s+$/i.test(before) && dayRangeEnd.test(sentence.slice(match.index + match[0].length))) continue;
      if (bare && !options.recordScopes && dayRangeStart.test(before)) continue;
      // "rose 0.4% from Thursday's close (of 6,576.8)": the close the move starts from.
      const after = sentence.slice(match.index + match[0].length);
      // (Not "from Thursday's peak": a level of the session, not its close — moveContext.ts's measuredFromLevel.)
      const possessive = /['’]s?$/.test(match[0]);
      const measuredFrom = /\bfrom\s+$/i.test(before) ? !possessive || closeNounAfter.test(after) : baseBefore.test(before) && possessive && closeNounAfter.test(after);
      const moveBase = bare && !options.recordScopes && measuredFrom ? { moveBase: true } : {};
      // ("through the close on Wednesday": the day phrase holds the "on".) "At Monday's close, … was up 14% for the
      // year", "as recently as last Friday": the day the figure was counted to, a look back from the note's own.
      const cutoffLead = bare || g.lastDay !== undefined ? before : /^on /i.test(match[0]) ? `${before}on ` : undefined;
      const atTheClose = possessive && /\bat\s+$/i.test(before) && closeNounAfter.test(after);
      const cutoff = atTheClose || (cutoffLead !== undefined && cutoffBefore.test(cutoffLead)) ? { cutoff: true } : {};
      const weekend = session && day !== undefined && asOf !== undefined ? { stampSession: true, ...(dayNumber(day) !== dayNumber(asOf) ? { weekendSession: true } : {}) } : {};
      found.push(day ? { ...dayPeriod(at.offset, at.length, day), relative, ...cutoff, ...moveBase, ...weekend } : { ...at, key: `day:${unresolved}`, open: false, label: match[0], ...cutoff, ...moveBase });
    } else if (g.cutoffEve !== undefined) {
      const eve = tradingDayBefore(asOf);
      found.push(eve ? { ...dayPeriod(at.offset, at.length, eve), relative: true, cutoff: true } : { ...at, key: 'day:?', open: false, label: match[0], relative: true, cutoff: true });
    } else if (g.recordWeek !== undefined) {
      // The week just ended, as "ended the week" is (lastSessionEnded); midweek, which week is in doubt.
      if (!asOf || !recordWeekBefore.test(before)) continue;
      const session = lastSessionEnded('week', asOf);
      const week = session && endedPeriod(at, 'week', session, asOf);
      if (week) found.push({ ...week, label: week.open ? 'this week' : 'last week', relative: true });
    } else if (g.closeDate !== undefined) {
      // "May" is a verb far more often than a month: only "May" names it.
      if (/^may/i.test(g.clMonth) && !/^May/.test(g.clMonth)) continue;
      const date = calendarDay(g.clMonth, g.clDay, g.clYear, asOf);
      // A day after the as-of date, or any with no as-of date to place it, dates nothing: the close is left unread.
      if (date && asOf && dayNumber(date) <= dayNumber(asOf)) found.push(dayPeriod(at.offset, at.length, date));
      else found.push({ ...at, key: 'day:?', open: false, label: match[0], refersBack: true });
    } else if (g.cutoffDate !== undefined) {
      // "(through Nov. 20)" after a figure is its own stamp (stampScope.ts), which dates it already.
      if (sentence[match.index - 1] === '(') continue;
      // "through Nov. 20": a day of the calendar, of the as-of date's year unless a year is named.
      const month = monthNames.findIndex((name) => name.slice(0, 3).toLowerCase() === g.cdMonth.slice(0, 3).toLowerCase()) + 1;
      const dayOfMonth = Number(g.cdDay);
      // (A yearless day after the as-of date is not read as last year's: the claim reading finds it ahead and reads nothing.)
      const cdYear = g.cdYear !== undefined ? Number(g.cdYear) : asOf?.year;
      const date = cdYear === undefined ? undefined : { year: cdYear, month, day: dayOfMonth };
      found.push(date && isValidDate(date) ? { ...dayPeriod(at.offset, at.length, date), cutoff: true } : { ...at, key: 'day:?', open: false, label: match[0], cutoff: true });
    } else if (g.cutoffNumeric !== undefined) {
      // "(as at 30/09/2026)" after a figure is its own stamp (stampScope.ts), and "As of 11/2/2026, …" leading the
      // sentence is the stamp that dates it, read in the note's own day order (slashDates.ts): both date it already.
      if (sentence[match.index - 1] === '(' || (/^as /i.test(match[0]) && /^[\s*_>"“]*$/.test(sentence.slice(0, match.index)))) continue;
      const end = match.index + match[0].length;
      const read = readDateCached(sentence.slice(end, end + stampWindowLength));
      if (!read || read.at !== 0 || read.reading.precision !== 'day') continue;
      // "as of 10/11/2026" is 11 October or 10 November by the writer's habit: no day to count to, so no claim.
      const ambiguous = /^(\d{1,2})\/(\d{1,2})\//.exec(read.text);
      const sure = !ambiguous || Number(ambiguous[1]) > 12 || Number(ambiguous[2]) > 12;
      const length = end + read.text.length - match.index;
      found.push(sure ? { ...dayPeriod(at.offset, length, read.reading.date), cutoff: true } : { ...at, length, key: 'day:?', open: false, label: read.text, cutoff: true });
      periodPattern.lastIndex = end + read.text.length;
    } else if (g.cutoffMonth !== undefined) {
      // "through the end of September": counted to the month's last day (monthCutoffs.ts).
      if (sentence[match.index - 1] === '(') continue;
      // ("at the end of the month" names one still running: no day to count to.)
      const date = g.cmStart !== undefined ? monthStartCutoffDay(g.cmMonth, g.cmYear, asOf) : g.cmThis === undefined ? monthCutoffDay(g.cmMonth, g.cmYear, asOf) : undefined;
      found.push(date ? { ...dayPeriod(at.offset, at.length, date), cutoff: true } : { ...at, key: 'day:?', open: false, label: match[0], cutoff: true });
    } else if (g.calendar !== undefined && g.weekTo !== undefined) {
      // "in the week to Friday": the week of that session (this one's in a Friday note), not the Friday alone.
      const day = lastWeekday(asOf, weekdays.indexOf(g.weekTo.toLowerCase()));
      if (!day || !asOf) continue;
      const monday = dayNumber(day) - ((dateWeekday(day) + 6) % 7);
      const thisMonday = dayNumber(asOf) - ((dateWeekday(asOf) + 6) % 7);
      found.push({ ...at, key: `week:${formatIsoDate(dateOfDayNumber(monday))}`, open: monday === thisMonday, label: monday === thisMonday ? 'this week' : 'last week' });
    } else if (g.calendar !== undefined) {
      // "its best weekly gain since July" names a record's scope, not this week.
      if ((g.adjUnit ?? g.sinceStartUnit) !== undefined && recordScope(before)) continue;
      // "quarterly" is left out: in earnings copy it qualifies results ("a quarterly decline in sales of 3%").
      // "since the start of the month" is the month to date.
      // "+1.2% (week)": a scorecard's label for the week or month to date.
      const unit = (g.calUnit ?? g.toDateUnit ?? g.sinceStartUnit ?? g.adjUnit ?? g.parenUnit ?? { w: 'week', m: 'month', q: 'quarter' }[g.toDateShort!.toLowerCase() as 'w' | 'm' | 'q']).toLowerCase();
      // "ended the week up 1.2%": the week that has ended by the as-of date (a Friday note's own, a Monday note's last
      // week); so for a month, quarter or year — a note of January 2 means December, one of January 30 January, and
      // one of November 20 October (see lastSessionEnded).
      // "this past week", "past month": the one that has ended by the as-of date, as a close "ended" it — a Friday
      // note's week, not the one before it, as "last week" would be.
      if (g.calEnded !== undefined || /past$/i.test(g.calWhich ?? '')) {
        // Undated, "the week" a close ended is still one week within the note.
        if (!asOf) {
          found.push({ ...at, key: `${unit}:ended:?`, open: true, label: match[0] });
          continue;
        }
        const session = lastSessionEnded(unit, asOf);
        const ended = session && endedPeriod(at, unit, session, asOf);
        // In doubt, the close is of a period nobody can tell — not the note's session: no claim.
        found.push(ended ?? { ...at, key: `${unit}:ended:?`, open: false, label: match[0], refersBack: true });
        // ("In October, the S&P 500 ended the month up 2%": the month the sentence names first — periodSettling.ts.)
        if (g.calEnded !== undefined) endings.set(found[found.length - 1], unit);
        continue;
      }
      if (unit === 'year') continue; // "for the year" / "this year" are read above; "past the year" is not a period
      const which = (g.calWhich ?? 'this').toLowerCase(); // "for the week" is this one
      const back = which === 'this' ? 0 : 1;
      if (unit === 'week' && asOf) {
        const monday = dayNumber(asOf) - ((dateWeekday(asOf) + 6) % 7) - 7 * back;
        found.push({ ...at, key: `week:${formatIsoDate(dateOfDayNumber(monday))}`, open: back === 0, label: back === 0 ? 'this week' : 'last week' });
        if (g.adjUnit !== undefined) adjectives.add(found[found.length - 1]);
      } else if (unit === 'month' && asOf) {
        const month = new Date(Date.UTC(asOf.year, asOf.month - 1 - back, 1));
        found.push({ ...at, key: `month:${month.getUTCFullYear()}-${month.getUTCMonth() + 1}`, open: back === 0, label: `${monthNames[month.getUTCMonth()]} ${month.getUTCFullYear()}` });
        if (g.adjUnit !== undefined) adjectives.add(found[found.length - 1]);
      } else if (unit === 'quarter' && asOf) {
        const index = asOf.year * 4 + Math.floor((asOf.month - 1) / 3) - back;
        const [quarterYear, quarter] = [Math.floor(index / 4), (index % 4) + 1];
        found.push({ ...at, key: `quarter:${quarterYear}-Q${quarter}`, open: back === 0, label: `Q${quarter} ${quarterYear}` });
      } else {
        found.push({ ...at, key: `${unit}:${which}:?`, open: back === 0, label: match[0] });
      }
    }
  }
  return withoutYieldedAdjectives(withNamedEnds(withNamedYears(found, theYears, sentence, base), endings, sentence, base), adjectives, sentence, base);
}

/** The last session on or before `asOf`: a Saturday's or Sunday's is the Friday before. */
function lastSession(asOf: CalendarDate | undefined): CalendarDate | undefined {
  if (!asOf) return undefined;
  const weekday = dateWeekday(asOf);
  return weekday === 6 || weekday === 0 ? dateOfDayNumber(dayNumber(asOf) - (weekday === 0 ? 2 : 1)) : asOf;
}
