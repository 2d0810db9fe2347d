// Claims a note makes about the market: subject, metric, period, value and as-of date, several per sentence.
//   "Year to date, the Nasdaq is down about 1.4% while small caps climbed 14%."
//     → the Nasdaq Composite | return | ytd:2026 | −1.47…−1.33 %   and   the Russell 2000 | return | ytd:2026 | 13.5…14.5 %
// A note is read paragraph by paragraph, sentence by sentence (claims/text.ts); in a sentence every value, subject,
// period and sign word is found once, then each value takes the subject, period and sign that govern it
// (claims/sentenceReading.ts). Each step is one pass, and each value's look-up a binary search: linear in the note's size.
// A value whose subject, metric, period or direction is in doubt makes no claim — a wrong claim is a false alarm.

import { referenceDay, type AsOfStamp } from './asOfStamps';
import { dayNumber, formatDate, formatIsoDate, type CalendarDate } from './calendarDate';
import type { NoteRange } from './finding';
import type { NoteSource } from './noteSource';
import type { TickerMention } from '../tickers/mention';
import { figureAsOf, ownStampOfFigure, stampAt } from './stampScope';
import { laterStampForNow, laterStampForPresent } from './lookBackStamps';
import { tableFigures } from './tableFigures';
import { LeadPeriods } from './claims/leadPeriods';
import { dayPeriod, findPeriods, type PeriodPhrase } from './claims/periods';
import { companyReferences, introducedNames, namesPattern, unlistedNames } from './claims/companyReferences';
import { isIndexChip, withoutChipChanges } from './claims/quoteChips';
import { isIntradayEntry } from './claims/liveEntries';
import { datelinePlaceOf } from './claims/placeIndexes';
import { SentenceReferences } from './claims/sentenceReferences';
import { SubjectTable, type Subject, type SubjectMention } from './claims/subjects';
import { writtenYears } from './claims/writtenYears';
import { scanParagraph, sessionWord, withoutComments } from './claims/sentenceScan';
import { sentenceBounds } from './claims/text';
import { findValues } from './claims/values';
import { SentenceReading, type SentenceClaim } from './claims/sentenceReading';
import { closesTheSession, intradayOpening, notAClose, sessionTimeIn } from './claims/moveContext';
import { growthPhrase, marketCloseVerb } from './claims/claimWords';
import { weekdaySession } from './claims/levelValues';

export type FigureMetric = 'return' | 'level' | 'yield' | 'earnings-growth' | 'revenue-growth' | 'ebitda-growth' | 'streak' | 'forward-pe' | 'trailing-pe' | 'pe';

export interface StatedFigure extends NoteRange {
  /** subject|metric|period: claims with the same key are about the same thing. */
  readonly key: string;
  /** How the subject reads in a message: "the Russell 2000". */
  readonly subject: string;
  readonly metric: FigureMetric;
  /** "year-to-date return", "streak of sessions beating the market". */
  readonly metricLabel: string;
  /** "year to date", "2027", "the past 3 months". */
  readonly period: string;
  /** The period still runs at the as-of date: the figure moves with the market (a YTD return, a streak, a multiple). */
  readonly open: boolean;
  /** The signed values the words allow: "down about 1.4%" → −1.47…−1.33. */
  readonly low: number;
  readonly high: number;
  /** "%", "sessions", "weeks", "months", "x" */
  readonly unit: string;
  /** The fund the subject was named by ("IWM" for the Russell 2000), which tracks it only within a few tenths. */
  readonly fund?: string;
  /**
   * The names the note introduced the subject's listing with ("Nvidia" for "Nvidia (NASDAQ: NVDA)"): another note's
   * claim under the name alone ("Nvidia shares fell 1.2%") is about this listing (figureConflicts.ts).
   */
  readonly names?: readonly string[];
  /** The value as written: "about 1.4%". */
  readonly text: string;
  /** The as-of date that governs the claim: first and last day numbers (a month stamp spans its month). */
  readonly asOf?: { readonly firstDay: number; readonly lastDay: number; readonly label: string; readonly stampOffset: number };
}

/**
 * The day a sentence names last, and whether it says the market closed that day ("Stocks closed mostly lower on Wall
 * Street Tuesday"; not a close to come or one inside the session): a later move may be that close (closeOfTheDay).
 */
function sessionNamed(sentence: string, sentenceStart: number, stamp: AsOfStamp | undefined): { day: PeriodPhrase; closed: boolean } | undefined {
  // "Through Thursday, …" counts a running figure to that day, and "rose 0.4% from Thursday's close" measures from it:
  // neither names the session the paragraph is about.
  const day = findPeriods(sentence, sentenceStart, referenceDay(stamp)).findLast((period) => period.key.startsWith('day:') && !period.cutoff && !period.moveBase);
  if (!day) return undefined;
  return { day, closed: closesTheSession.test(sentence) && !notAClose.test(sentence) && !sessionTimeIn.test(sentence) && !intradayOpening.test(sentence) };
}

/** The session a paragraph with no figure names last (a wire's lead), read sentence by sentence as a figure's paragraph is. */
function lastSessionNamed(note: NoteSource, stamps: readonly AsOfStamp[], paragraph: string, start: number): { day: PeriodPhrase; closed: boolean } | undefined {
  if (!sessionWord.test(paragraph)) return undefined;
  let last: { day: PeriodPhrase; closed: boolean } | undefined;
  for (const [from, to] of sentenceBounds(paragraph, 0, paragraph.length)) {
    const sentence = withoutComments(paragraph.slice(from, to));
    if (sessionWord.test(sentence)) last = sessionNamed(sentence, start + from, stampAt(note.text, stamps, start + from)) ?? last;
  }
  return last;
}

/** A claim dated to a day its words name, under the stamp that governs its spot. */
function dayAsOf(day: CalendarDate, stamp: AsOfStamp): NonNullable<StatedFigure['asOf']> {
  const number = dayNumber(day);
  return { firstDay: number, lastDay: number, label: formatDate(day, 'long'), stampOffset: stamp.offset };
}

/** A sentence that answers the figure of the one before it: "By comparison, the S&P 500 has gained 16%." */
const comparisonLead = /^[\s*_>"“]*(?:(?:By|In) comparison,|(?:That|This) (?:compares|compared) (?:with|to)\b|(?<sameLead>(?:Over|During|In|For|Across|Throughout) (?:the|that|this) same (?:period|stretch|span|time ?frame|window|time),))/;

/**
 * "Small caps are up 12% this year. By comparison, the S&P 500 has gained 16%." / "That compares with a 16% gain for
 * the S&P 500.": a sentence that opens as the other side of a comparison and names no period of its own has the one
 * period the sentence before it names (one only: two leave the side's in doubt).
 */
function answeredPeriod(sentence: string, start: number, answered: { text: string; start: number } | undefined, stamp: AsOfStamp | undefined): PeriodPhrase | undefined {
  // (A growth figure's period is its report's: "revenue grew 12% in the third quarter. By comparison, …" is no return's.)
  const lead = answered ? comparisonLead.exec(sentence) : null;
  if (!answered || !lead || new RegExp(growthPhrase.source, 'i').test(answered.text)) return undefined;
  const asOf = referenceDay(stamp);
  // ("Over the same period, …" is itself a reference back, to the period handed over here: sameReferences.ts.)
  const sameLeadAt = lead.groups?.sameLead === undefined ? -1 : start + lead[0].length - lead.groups.sameLead.length;
  if (findPeriods(sentence, start, asOf).some((period) => period.offset !== sameLeadAt)) return undefined;
  const periods = findPeriods(answered.text, answered.start, asOf).filter((period) => !period.cutoff && !period.moveBase);
  if (periods.length === 0 || periods.some((period) => period.key !== periods[0].key || period.refersBack || period.growthOnly || period.comparisonBase)) return undefined;
  return { ...periods[0], answers: true };
}

/**
 * The session of a note dated to the day (a month stamp names no session): a weekend note's "Stocks closed higher" is
 * of Friday's session, the last before it, as its "closed at 6,602.99" is (weekdaySession). A U.S. market holiday is
 * settled per subject (usSessions.ts): which market shut depends on the market, and the notes name many.
 */
function sessionOf(stamp: AsOfStamp | undefined, offset: number): PeriodPhrase | undefined {
  if (stamp?.precision !== 'day') return undefined;
  const session = weekdaySession(dayPeriod(offset, 0, stamp.date));
  return session.key === `day:${formatIsoDate(stamp.date)}` ? { ...session, stampSession: true } : { ...session, stampSession: true, weekendSession: true };
}

/**
 * The claims of a note. `stamps` are the note's own (findAsOfStamps); `subjects` carries the configured aliases;
 * `today` is the reference date the stamps were read against, which a table's yearless header is read against too.
 */
export function extractFigures(note: NoteSource, stamps: readonly AsOfStamp[], subjects: SubjectTable = defaultSubjects(), today?: CalendarDate): StatedFigure[] {
  const figures: StatedFigure[] = [];
  const skipped = note.skippedSpans.cursor();
  const cache = sentenceCache(subjects);
  let mentionAt = 0;
  const mentions = note.mentions;
  const leads = new LeadPeriods(note, stamps);
  const soleTicker = soleTickerOf(note, subjects);
  const names = introducedNames(note, subjects);
  const namePattern = namesPattern(names);
  const namesOfListing = new Map<string, string[]>();
  for (const { name, subject } of names) namesOfListing.set(subject.key, [...(namesOfListing.get(subject.key) ?? []), name]);
  // "LONDON, Nov 20 (Reuters) -": the market a name in doubt ("the blue-chip index") is, where nothing nearer says.
  const datelinePlace = datelinePlaceOf(note);
  const references = new SentenceReferences(subjects, datelinePlace);
  // A wire's lead closes the day ("U.S. stocks closed higher on Friday, …") and its next paragraph gives the moves:
  // the lead's closed session reaches that one paragraph — and on down a run of such paragraphs, one move after
  // another, as long as each reads a move of that close and names no other session; never past a paragraph that
  // does not (later paragraphs may look back at other days).
  let closedSession: { day: PeriodPhrase; paragraph: number } | undefined;
  let paragraphIndex = -1;
  for (const [start, end] of paragraphs(note)) {
    paragraphIndex++;
    const carried = closedSession?.paragraph === paragraphIndex - 1 ? closedSession.day : undefined;
    closedSession = undefined;
    const paragraph = note.text.slice(start, end);
    // "**1:30 p.m. ET** — …": a live entry from inside the session hands its moves no day from around it.
    const intraday = isIntradayEntry(paragraph);
    const scanned = scanParagraph(paragraph);
    if (!scanned) {
      const session = lastSessionNamed(note, stamps, paragraph, start);
      if (session?.closed) closedSession = { day: session.day, paragraph: paragraphIndex };
      continue;
    }
    let namedDay: PeriodPhrase | undefined = intraday ? undefined : carried;
    let movedOnCarried = false;
    let dayClosed = namedDay !== undefined;
    let closedHere = false;
    references.startParagraph();
    let previousSentence: { text: string; start: number } | undefined;
    for (const scan of scanned) {
      const sentenceStart = start + scan.start;
      const sentenceEnd = start + scan.end;
      while (mentionAt < mentions.length && mentions[mentionAt].offset < sentenceStart) mentionAt++;
      let mentionEnd = mentionAt;
      while (mentionEnd < mentions.length && mentions[mentionEnd].offset < sentenceEnd) mentionEnd++;
      const inSentence = mentions.slice(mentionAt, mentionEnd);
      const sentence = withoutChipChanges(withoutComments(note.text.slice(sentenceStart, sentenceEnd)), sentenceStart, inSentence);
      const stamp = stampAt(note.text, stamps, sentenceStart);
      const answered = previousSentence;
      previousSentence = { text: sentence, start: sentenceStart };
      const sessionBefore = namedDay;
      const closedBefore = dayClosed;
      const named = scan.namesSession ? sessionNamed(sentence, sentenceStart, stamp) : undefined;
      if (named) [namedDay, dayClosed, closedHere] = [named.day, named.closed, named.closed];
      // "Asian shares closed mostly lower.": a market's close, no day named, closes the note's session (or the one the
      // paragraph named) for the paragraph's later moves, as a sentence closing it with a figure does (below).
      else if (!intraday && !dayClosed && marketClosed(sentence, sentenceStart, stamp, subjects)) {
        const closing = namedDay ?? sessionOf(stamp, sentenceStart);
        if (closing) [namedDay, dayClosed] = [closing, true];
      }
      const tickers: SubjectMention[] = [];
      for (const mention of inSentence) {
        if (!isIndexChip(mention)) tickers.push({ subject: subjects.forTicker(mention.symbol, mention.exchange), offset: mention.symbolOffset, length: mention.symbolLength });
      }
      // "… the Nasdaq rose 1%. It is up 20% this year.": read before the test below, so a sentence with no figure
      // can still be the one referred to.
      const reference = references.read(sentence, sentenceStart, tickers);
      const levelSentence = scan.mayStateLevel;
      if (!scan.mayStateFigure) continue;
      if (reference) tickers.unshift(reference);
      // "The shares …" opening the sentence may be the reference already: one mention of it.
      if (soleTicker) tickers.push(...stockReferences(sentence, sentenceStart, soleTicker).filter((mention) => mention.offset + mention.length !== (reference && reference.offset + reference.length)));
      if (namePattern) tickers.push(...companyReferences(sentence, sentenceStart, names, namePattern, tickers));
      tickers.push(...unlistedNames(sentence, sentenceStart, subjects, tickers));
      // Lint runs on every pause in typing and most sentences are as they were: what a sentence claims depends only
      // on its text, its tickers and its as-of date, so it is read once.
      const inherited = intraday ? undefined : (answeredPeriod(sentence, sentenceStart, answered, stamp) ?? leads.periodAt(sentenceStart));
      const session = intraday ? undefined : (sessionBefore ?? sessionOf(stamp, sentenceStart));
      const sessionClosed = !intraday && sessionBefore !== undefined && closedBefore;
      const cacheKey = `${datelinePlace ?? ''}\u0000${stamp ? `${stamp.firstDay}:${stamp.lastDay}` : '-'}\u0000${inherited?.key ?? ''}${inherited?.answers ? '^' : ''}${inherited?.heading ? '#' : ''}\u0000${session?.key ?? ''}${sessionClosed ? '!' : ''}\u0000${tickers.map((ticker) => `${ticker.subject.key}@${ticker.offset - sentenceStart}`).join(',')}\u0000${sentence}`;
      let claims = cache.get(cacheKey);
      if (!claims) {
        const found = findValues(sentence, sentenceStart);
        const reading = found.length > 0 || levelSentence ? new SentenceReading(sentence, sentenceStart, stamp, subjects, tickers, inherited, session, sessionClosed, datelinePlace) : undefined;
        const values = reading ? reading.withoutStrayFlats(found) : found;
        claims = [];
        for (const value of values) {
          for (const subject of reading!.sharedBy(value, values) ?? [undefined]) {
            const claim = reading!.claim(value, values, subject);
            if (claim) claims.push({ ...claim, offset: claim.offset - sentenceStart });
          }
        }
        if (levelSentence) {
          claims.push(...reading!.levelClaims().map((claim) => ({ ...claim, offset: claim.offset - sentenceStart })));
          claims.sort((a, b) => a.offset - b.offset);
        }
        if (cache.size >= 5000) cache.clear();
        cache.set(cacheKey, claims);
      }
      // "Japan's Nikkei 225 fell 0.8% to close at 48,920.15. The Kospi rose 0.6%.": a sentence whose move was read
      // as the close of the session, no day named, closed that session as a lead naming its day does — for the rest
      // of its paragraph only (the next may look back at another day).
      if (!dayClosed && session && !named && closesWithItsFigure(sentence, claims, session)) [namedDay, dayClosed] = [session, true];
      for (const claim of claims) {
        const offset = sentenceStart + claim.offset;
        if (skipped.covers(offset)) continue;
        const listingNames = namesOfListing.size > 0 ? namesOfListing.get(claim.key.slice(0, claim.key.indexOf('|'))) : undefined;
        // "returned 12.4% (through Nov. 20)": the figure's own stamp dates it, not the sentence's.
        const own = ownStampOfFigure(note.text, stamps, offset + claim.length);
        const { countedTo, ...stated } = claim;
        // "up 2.1% for the month through Thursday": the day the words count the figure to, unless a stamp of its own says.
        // "As of Sept. 30, … was up 6%, but it is now up 12%": "now" is the note's later stamp (lookBackStamps.ts).
        // (The sentence's "as of Sept. 30" counts its figures to that day too: "now" is past it.)
        // "… was up 9% year to date. It is up 12% year to date.": a look-back's later sentence in the present is the note's.
        const now = !own && stamp ? (laterStampForNow(note.text, stamps, stamp, sentenceStart, offset) ?? laterStampForPresent(note.text, stamps, stamp, sentenceStart, offset)) : undefined;
        const asOf = own ? figureAsOf(own) : now ? figureAsOf(now) : countedTo && stamp ? dayAsOf(countedTo, stamp) : stamp && figureAsOf(stamp);
        if (carried && namedDay === carried && stated.metric === 'return' && stated.key.endsWith(`|${carried.key}`)) movedOnCarried = true;
        figures.push({
          ...stated,
          ...(listingNames ? { names: listingNames } : {}),
          ...(asOf ? { asOf } : {}),
          offset,
          ...note.range(offset, claim.length),
        });
      }
    }
    if (closedHere && namedDay) closedSession = { day: namedDay, paragraph: paragraphIndex };
    else if (carried && movedOnCarried && namedDay === carried) closedSession = { day: carried, paragraph: paragraphIndex };
  }
  // Return columns of tables ("| IWM | 246.92 | +14.1% |" under "YTD") are claims too; tables are not paragraphs.
  if (note.blocks.tables.length === 0) return figures;
  const inTables = tableFigures(note, stamps, subjects, today);
  return inTables.length === 0 ? figures : [...figures, ...inTables].sort((a, b) => a.offset - b.offset);
}

/**
 * A market's close told with its direction and no number: "Asian shares closed mostly lower", "European stocks ended
 * mixed", "Wall Street finished higher" — not a deal or a plant that closed, "shares ended up in the hands of …", nor a
 * close of a week or another time.
 */
const marketCloseWords =
  /\b(?:stocks|shares|equities|markets?|indexes|indices|bourses?|benchmarks|Wall Street)\b[^.;:\d]{0,40}?\b(?:closed|ended|finished|settled)\s+(?:(?:mostly|broadly|sharply|slightly|modestly|firmly|solidly|largely|generally|marginally)\s+)?(?:higher|lower|mixed|(?:up|down)(?=\s*(?:[.,;]|$))|flat|in (?:the )?(?:red|green|negative territory|positive territory))\b/i;

function marketClosed(sentence: string, sentenceStart: number, stamp: AsOfStamp | undefined, subjects: SubjectTable): boolean {
  if (!marketCloseWords.test(sentence) || notAClose.test(sentence) || sessionTimeIn.test(sentence) || intradayOpening.test(sentence)) return false;
  // "Stocks closed higher for the week", "… ended lower in October": a close of another period, or of another time.
  return findPeriods(sentence, sentenceStart, referenceDay(stamp)).length === 0 && writtenYears(sentence, subjects).length === 0;
}

/** A sentence that closes the session and states a move of it: "The Nikkei 225 closed 0.8% lower". */
function closesWithItsFigure(sentence: string, claims: readonly SentenceClaim[], session: PeriodPhrase): boolean {
  if (!marketCloseVerb(sentence) || notAClose.test(sentence) || sessionTimeIn.test(sentence) || intradayOpening.test(sentence)) return false;
  return claims.some((claim) => claim.metric === 'return' && claim.key.endsWith(`|${session.key}`));
}

/**
 * The one stock a note is about, when its mentions name exactly one symbol: there "the stock", "its shares" and "the
 * company's shares" refer to it. A note that mentions two or more leaves them unattributed.
 */
function soleTickerOf(note: NoteSource, subjects: SubjectTable): Subject | undefined {
  // Stops at the second listing: most notes name several, and a long note has hundreds of mentions.
  let listing: string | undefined;
  let mention: TickerMention | undefined;
  for (const each of note.mentions) {
    const key = subjects.forTicker(each.symbol, each.exchange).key;
    if (listing !== undefined && key !== listing) return undefined;
    listing = key;
    mention = each;
  }
  if (mention === undefined) return undefined;
  const subject = subjects.forTicker(mention.symbol, mention.exchange);
  // An ETF that tracks an index (SPY, IWM) stands for the index, which the sentence names in words if at all.
  return subject.key.startsWith('ticker:') ? subject : undefined;
}

/** "the stock", "its shares", "the biotech's share price": a common noun as the owner (a capitalised name is another company). */
const stockReference = /\b(?:[Tt]he|[Ii]ts|[Tt]he [a-z]+['’]s) (?:stock|shares|share price)\b(?! of\b)/g;

function stockReferences(sentence: string, base: number, subject: Subject): SubjectMention[] {
  return [...sentence.matchAll(stockReference)].map((match) => ({ subject, offset: base + match.index, length: match[0].length }));
}

const sentenceCaches = new WeakMap<SubjectTable, Map<string, SentenceClaim[]>>();

function sentenceCache(subjects: SubjectTable): Map<string, SentenceClaim[]> {
  let cache = sentenceCaches.get(subjects);
  if (!cache) sentenceCaches.set(subjects, (cache = new Map()));
  return cache;
}

let builtIns: SubjectTable | undefined;
function defaultSubjects(): SubjectTable {
  return (builtIns ??= new SubjectTable());
}

/** Runs of prose lines (not code, tables, HTML or front matter), broken at blank lines, headings and list items. */
function* paragraphs(note: NoteSource): Generator<[number, number]> {
  const { lines } = note;
  let start = -1;
  let end = -1;
  for (let line = 0; line < lines.lineCount; line++) {
    const text = lines.lineText(line);
    const prose = note.isTextLine(line) && !note.isTableLine(line) && line >= note.frontMatterLines && text.trim() !== '';
    const opensBlock = /^\s{0,3}(?:[-*+]\s|\d+[.)]\s|#{1,6}\s|>)/.test(text);
    if ((!prose || opensBlock) && start >= 0) {
      yield [start, end];
      start = -1;
    }
    if (!prose) continue;
    if (start < 0) start = lines.lineStarts[line];
    end = lines.lineEnd(line);
  }
  if (start >= 0) yield [start, end];
}
