// An index's closing level as a claim: "the S&P 500 closed at 6,602.99", "the Dow rose 300 points, or 0.7%, to
// 46,000.10" (under "On Friday:" or in a sentence about the close), "ended at a record 6,603", "Thursday's close of
// 6,580", "the Nasdaq (22,450.10, +0.4%) finished higher" → sp-500 | level | day:2026-11-27 | 6,602.985…6,602.995.
// A level is read only where the words tie it to a session's close: a close verb or a move verb right before "at" or
// "to" and the number, with nothing but the move's size between ("closed up 300 points, or 0.7%, at"). An intraday
// mark, a target, support, a futures price, a fund's price, a record of another day, a point move, a level in a
// forecast are not (each has its look-alike test). Wording that leaves the subject or the day in doubt makes no claim.

import { closeVerb, forecast } from './claimWords';
import { earlierMoment, notAClose, pastMove, sessionTimeIn } from './moveContext';
import { atAnotherTime } from './parallelItems';
import { levelRange, weekdaySession } from './levelValues';
import { lastNyseSession, tradesOnNyseCalendar } from './usSessions';
import type { PeriodPhrase } from './periods';
import { indexKeys, type SubjectMention } from './subjects';
import { insideQuotation } from './text';
import type { SentenceClaim } from './sentenceReading';
import { lastBefore, spanAt, type SentenceParts, type Span } from './sentenceSpans';

/** What a sentence's reading found once (sentenceReading.ts), as the level reader needs it. */
export interface LevelReadingParts extends SentenceParts {
  /** Subject mentions in order; a futures contract, a sub-index or a part left out is already the unnamed subject. */
  readonly mentions: readonly SubjectMention[];
  /** Mentions that are not what moved: compared with, ranked in, an appositive or an aside. */
  readonly benchmark: readonly boolean[];
  /** An earlier sentence of the paragraph, or the lead before it, named the session and said the market closed it. */
  readonly sessionClosed?: boolean;
}

/**
 * A level as written: "6,602.99", "46,000", "2072.83", "16.45" (the VIX), "6,600-plus". Not a sum of money, a
 * percentage, a count of something, nor a number that runs on ("6,602.99.5", "6,600,000").
 */
const levelNumber = /(?<![\w.,$€£¥+\-−/])(?<num>\d{1,3}(?:,\d{3})+|\d{2,6})(?<decimals>\.\d+)?(?<plus>-plus)?(?![\w%$€£]|[.,]\d|\s*(?:%|percent|per cent|pct|bps|basis|x\b|×|times|million|billion|trillion|mn|bn|shares|contracts|stocks|companies|members|names|-(?:day|week|month|year|session)))/gi;

/** Qualifiers of a level and what each allows (see levelRange). */
const qualifierWords = String.raw`just (?:above|below|under|over|shy of)|a (?:shade|touch|tad) (?:above|below|under|over)|about|around|roughly|approximately|near|nearly|almost|close to|more than|less than|above|below|under|over|north of|south of`;
/** "a record", "a new closing high of", "an all-time high of", "a record close of": the level is the record itself. */
const recordWords = String.raw`(?:(?:a|an)\s+)?(?:new\s+|fresh\s+)?(?:record(?:[- ]high)?(?:\s+(?:close|closing high|high|level))?|all-time (?:closing )?high|(?:closing|session) high|high)(?:\s+of)?`;

/**
 * What stands right before the number: a preposition with a record or a qualifier ("at a record", "at about", "to",
 * "to reach" as the wires write a close's level), or a bare qualifier ("above", "just under the").
 */
const levelTail = new RegExp(
  String.raw`(?:\s(?<prep>at|to(?:\s+reach)?|near|around|of)\s+(?:${recordWords}\s+)?(?:(?<qual>${qualifierWords})\s+)?|\s(?<bare>${qualifierWords})\s+(?:the\s+)?)$`,
  'i',
);

/** A session's close: "closed", "ended", "finishing", "to settle", "and closed". */
const closeVerbs = /\b(?:closed|ended|finished|settled|closes|ends|finishes|settles|(?:to|and) (?:close|end|finish|settle)|closing|ending|finishing|settling)\b/gi;
/** A move over the session: "rose", "added", "edged up", "ticked lower". Its level is the close only under a day. */
const moveVerbs =
  /\b(?:rose|gained|added|climbed|advanced|jumped|rallied|surged|soared|rebounded|fell|dropped|declined|slid|slipped|lost|shed|sank|tumbled|dipped|retreated|slumped|eased|firmed|plunged|plummeted|sagged|skidded|(?:edged|ticked|inched|crept|moved|was|were) (?:up|down|higher|lower))\b/gi;
/** "Thursday's close of 6,580", "Friday's record close at", "today's finish of": a named session's close. */
const namedClose = /\b(?:monday|tuesday|wednesday|thursday|friday|today|yesterday)['’]s?\s+(?:record\s+)?(?:close|closing level|closing high|finish|settle(?:ment)?)$/i;

/**
 * What may stand between the verb and "at"/"to": the session and the move's size and direction ("the session up 0.4%",
 * "Friday's session", "300 points, or 0.7%,", "sharply higher on Friday", "with a gain of 0.4%"). Anything else ("below resistance", "its
 * 200-day average") ties the number to something other than the close.
 */
const betweenWords =
  /^(?:\s|[,()]|the|a|session|day|trading day|trading|week'?s?|on|(?:mon|tues|wednes|thurs|fri)day(?:['’]s)?|today(?:['’]s)?|up|down|off|higher|lower|by|or|and|with|for|gain|loss|of|slightly|modestly|sharply|solidly|firmly|marginally|fractionally|broadly|about|around|roughly|nearly|almost|some|more than|less than|just|[+\-−]?\d[\d,]*(?:\.\d+)?\s*(?:%|percent|per cent|pct|points?|pts)|[+\-−]?\d[\d,]*\.\d+)*$/i;

/** Between the subject and its verb: the name's tail, an aside or the day ("index on Friday", ", which rose early,"). */
const subjectGap = /^[^;:]{0,80}$/;
/** "Walmart, a Dow component, ended at", "an S&P 500 company": the index names what something belongs to. */
// ("The Russell 2000 index of smaller companies fell …" describes the index: only a noun right after the name counts.)
const memberAfter = /^(?:-listed\b|\s*(?:[\w-]+\s+)?(?:components?|members?|constituents?|stocks?|shares|compan(?:y|ies)|heavyweights?|names?|listings?)\b)/i;
const articleBefore = /\b(?:a|an)\s+$/i;
/** A scenario or a model's path: "Our model has the Dow finishing 2027 near 50,000", "in our bear case". */
const scenarioBefore = /\b(?:models?|scenarios?|(?:bull|bear|base) case|projections?|estimates?|outlook|simulations?)\b/i;
/** A number after one of these names something other than the close. */
const otherLevel = /\b(?:support|resistance|targets?|moving average|\d+-day|trend ?line|retracement|strike|futures|options|fair value|fib(?:onacci)?|pivot)\b/i;
/** A date on the calendar ("Oct. 28", "on November 20"): the close of that day, which may not be the session's. */
const calendarDate = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}\/\d{1,2}\b/i;
/** After a level read from a move verb: "rose to 6,650 before closing at 6,602" — the 6,650 was a mark in the session. */
const markBeforeClose = /^[^;]{0,40}?\b(?:before|then|only to|but|and then|briefly|at one point)\b/i;
/** "failed to close above 6,650", "needs to close above", "did not end at": a close that did not happen (yet). */
const unmetBefore = /\b(?:not|never|no|failed|fails|fail|unable|needs?|must|has to|have to|wants?|trying|tries|attempt\w*|struggl\w*|aims?|hopes?|threaten\w*|refused|yet)\b[^.;,]{0,24}$/i;
/** Where the words after a level move on to what happened before it: "… to 10,167.6 after earlier rising as much as 1.8%". */
const earlierPart = /\b(?:after|following|having|since|from)\b/i;
/** "has closed above 40,000", "had ended at": a run of closes or an earlier one, not the session's. */
const perfectBefore = /\b(?:has|have|had|having)\s+(?:\w+\s+)?$/i;
/**
 * "… on each of the last ten days", "every day this week": a level held over a run of sessions. ("Closed at a record
 * for a third straight session" is still this session's close.)
 */
const runOfSessions = /\b(?:each|every|all) (?:of )?(?:the |its )?(?:last|past|previous|prior)?\s*\w*\s*(?:sessions?|days?|weeks?)\b/i;
/** Between two names of one list: "and", "or", a comma, "as well as". */
const subjectList = /^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s+|as well as\s+)(?:the\s+)?$/i;
/** A name that is a group of stocks, not the index: "large caps closed at …" names no level. */
const groupName = /\b(?:caps?|stocks|shares|compan(?:y|ies)|sector|transportation|transports)\b|-caps?\b/i;
/** A figure that is a fund's or a contract's price, named right after the index: "S&P 500 ETF", "Nasdaq-100 tracker". */
const fundAfter = /^\s*(?:index\s+)?(?:etfs?|funds?|trust|tracker|futures|options|e-?minis?|contracts?|shares)\b/i;

export function closingLevels(parts: LevelReadingParts): SentenceClaim[] {
  const { sentence } = parts;
  const claims: SentenceClaim[] = [];
  levelNumber.lastIndex = 0;
  for (let match = levelNumber.exec(sentence); match !== null; match = levelNumber.exec(sentence)) {
    const { num, decimals, plus } = match.groups!;
    // A year ("ended 2025 at", "to 2026") is never a level: a four-digit number from 1900 to 2099 with no comma or decimals.
    if (!decimals && !plus && /^(?:19|20)\d\d$/.test(num)) continue;
    const claim = levelClaim(parts, match.index, match[0].length, num, decimals ?? '', plus !== undefined);
    if (claim) claims.push(claim);
  }
  return claims;
}

function levelClaim(parts: LevelReadingParts, at: number, length: number, num: string, decimals: string, plus: boolean): SentenceClaim | undefined {
  const { sentence, base } = parts;
  const offset = base + at;
  if (insideQuotation(sentence, at)) return undefined;
  const clause = spanAt(parts.clauses, offset);
  const segment = spanAt(parts.segments, offset);
  const lead = sentence.slice(clause.offset - base, at);
  const parenthetical = parentheticalSubject(parts, at, length, clause);
  let subjectAt: number;
  let verbAt: number;
  let kind: 'close' | 'move' | 'named' | 'parenthetical';
  let qualifier: string | undefined;
  if (parenthetical !== undefined) {
    [subjectAt, verbAt, kind] = [parenthetical, at, 'parenthetical'];
  } else {
    const tail = levelTail.exec(lead);
    if (!tail) return undefined;
    const prep = tail.groups!.prep?.toLowerCase();
    // "finished near 2,480": the preposition is the qualifier.
    qualifier = (tail.groups!.qual ?? tail.groups!.bare ?? (prep === 'near' || prep === 'around' ? prep : undefined))?.toLowerCase().replace(/\s+/g, ' ');
    const rest = lead.slice(0, tail.index);
    const named = prep === 'of' || prep === 'at' ? namedClose.exec(rest) : null;
    if (prep === 'of' && !named) return undefined;
    if (named) {
      kind = 'named';
      verbAt = clause.offset - base + named.index;
    } else {
      // The verb nearest the number governs it: "rose 1% and closed at", "closed higher as the index rose to".
      const close = lastMatch(closeVerbs, rest);
      const move = lastMatch(moveVerbs, rest);
      const verb = close && (!move || close.index > move.index) ? close : move;
      if (!verb) return undefined;
      kind = verb === close ? 'close' : 'move';
      // "rose 0.4% to 6,602.99", "gained 20 points at 18,058": a move's level needs "to" or "at".
      if (kind === 'move' && prep !== 'to' && prep !== 'at') return undefined;
      if (!betweenWords.test(rest.slice(verb.index + verb[0].length))) return undefined;
      verbAt = clause.offset - base + verb.index;
    }
    if (perfectBefore.test(sentence.slice(0, verbAt)) || unmetBefore.test(sentence.slice(clause.offset - base, verbAt))) return undefined;
    subjectAt = subjectBefore(parts, base + verbAt, clause, kind === 'named');
    if (subjectAt < 0) return undefined;
  }
  // "The Russell 2000 index of smaller companies": a group's name that describes the index named just before it.
  const described = parts.mentions[subjectAt - 1];
  const group = parts.mentions[subjectAt];
  const describes =
    described && described.subject.key === group.subject.key && /^\s+of\s+$/i.test(sentence.slice(described.offset + described.length - base, group.offset - base));
  const mention = describes ? described : group;
  if (!indexKeys.has(mention.subject.key) || mention.subject.fund !== undefined) return undefined;
  const name = sentence.slice(mention.offset - base, mention.offset - base + mention.length);
  const afterName = sentence.slice(mention.offset - base + mention.length);
  // Only the words between the name and its verb ("… closed at 6,602.99 as tech stocks rallied" keeps its close).
  const nameToVerb = verbAt > mention.offset - base + mention.length ? sentence.slice(mention.offset - base + mention.length, verbAt) : afterName.slice(0, 24);
  if (memberAfter.test(nameToVerb) || articleBefore.test(sentence.slice(Math.max(0, mention.offset - base - 4), mention.offset - base))) return undefined;
  if (scenarioBefore.test(sentence.slice(clause.offset - base, at))) return undefined;
  if ((groupName.test(name) && !/\b(?:index|benchmark|average)\b/i.test(name)) || fundAfter.test(sentence.slice(mention.offset - base + mention.length))) return undefined;
  if (kind !== 'named' && kind !== 'parenthetical' && !subjectGap.test(sentence.slice(mention.offset - base + mention.length, verbAt))) return undefined;
  // The words from the subject to the end of the number's segment: what they say of the number.
  const around = sentence.slice(mention.offset - base, segment.end - base);
  // What the verb says of the level: from a little before it to the end of the level's segment, short of a phrase
  // about earlier in the session ("… after rising as much as 1.8%" leaves the close the close).
  const tailAfter = sentence.slice(at + length, segment.end - base);
  const earlier = earlierPart.exec(tailAfter);
  const fromVerb = sentence.slice(Math.max(mention.offset - base, verbAt - 30), at + length) + (earlier ? tailAfter.slice(0, earlier.index) : tailAfter);
  if (forecast.test(sentence.slice(clause.offset - base, segment.end - base)) || otherLevel.test(fromVerb) || notAClose.test(fromVerb)) return undefined;
  // A time in the session anywhere after the verb ("settled at around 6,650 shortly after 10 a.m.").
  if (sessionTimeIn.test(sentence.slice(Math.max(mention.offset - base, verbAt - 30), segment.end - base))) return undefined;
  if (runOfSessions.test(sentence.slice(clause.offset - base, clause.end - base))) return undefined;
  if (earlierMoment.test(sentence.slice(clause.offset - base, segment.end - base)) || calendarDate.test(around)) return undefined;
  if ((kind === 'move' || kind === 'parenthetical') && markBeforeClose.test(sentence.slice(at + length, clause.end - base))) return undefined;
  const day = sessionOf(parts, kind, offset, mention.offset, segment) ?? closedLeadSession(parts, kind, offset);
  if (!day) return undefined;
  // On a U.S. market holiday, a U.S. index's close with no day named is the last session the NYSE traded.
  const period = day.stampSession && tradesOnNyseCalendar(mention.subject.key) ? lastNyseSession(day) : day;
  const [low, high] = levelRange(Number(num.replace(/,/g, '') + decimals), num, decimals, plus, qualifier);
  const textStart = qualifier ? clause.offset - base + lead.toLowerCase().lastIndexOf(qualifier) : at;
  return {
    key: `${mention.subject.key}|level|${period.key}`,
    subject: mention.subject.label,
    metric: 'level',
    metricLabel: 'closing level',
    period: period.label,
    open: false,
    low,
    high,
    unit: 'points',
    text: sentence.slice(textStart, at + length),
    offset: base + textStart,
    length: at + length - textStart,
  };
}

/**
 * "the Nasdaq (22,450.10, +0.4%)": a level in brackets right after an index's name, with the day's change beside
 * it, as wraps list their closes. The subject mention's index, else undefined.
 */
function parentheticalSubject(parts: LevelReadingParts, at: number, length: number, clause: Span): number | undefined {
  const { sentence, base } = parts;
  const open = sentence.lastIndexOf('(', at);
  if (open < 0 || !/^\(\s*$/.test(sentence.slice(open, at))) return undefined;
  if (!/^\s*[,;]\s*(?:up\s+|down\s+)?[+\-−]?\d+(?:\.\d+)?\s*%\s*\)/i.test(sentence.slice(at + length))) return undefined;
  const subject = lastBefore(parts.mentions, base + open);
  const mention = parts.mentions[subject];
  if (!mention || mention.offset < clause.offset || !/^\s*$/.test(sentence.slice(mention.offset + mention.length - base, open))) return undefined;
  return subject;
}

/**
 * The subject of the verb at `verbOffset`: the last mention before it in the clause, when that mention is what
 * moved (not a benchmark). A named session's close ("from Thursday's close of") takes the clause's subject however
 * far before.
 */
function subjectBefore(parts: LevelReadingParts, verbOffset: number, clause: Span, anyDistance: boolean): number {
  for (let at = lastBefore(parts.mentions, verbOffset); at >= 0 && parts.mentions[at].offset >= clause.offset; at--) {
    if (parts.benchmark[at]) {
      if (anyDistance) continue;
      return -1;
    }
    // "The S&P 500 and the Nasdaq closed at 6,602 and 22,450": a list's levels are not each name's without pairing.
    const previous = parts.mentions[at - 1];
    const gap = previous ? parts.sentence.slice(previous.offset + previous.length - parts.base, parts.mentions[at].offset - parts.base) : '';
    if (previous && previous.offset >= clause.offset && subjectList.test(gap)) return -1;
    return at;
  }
  return -1;
}

/**
 * The session the level closed: a day named with it, else the lead-in's day, else — for a close verb, or a wrap's
 * sentence about the close — the paragraph's session. A close of a week, month or year ("ended the week at",
 * "finished 2025 at") is not a session's level for this reading, nor is anything under another period. A Treasury
 * yield's close is read by the same measure (yieldLevels.ts).
 */
export function sessionOf(parts: LevelReadingParts, kind: string, offset: number, subjectOffset: number, segment: Span): PeriodPhrase | undefined {
  const inReach = parts.periods.filter((period) => period.offset >= subjectOffset && period.offset < segment.end);
  // "closed the week at" in a note of that week is its last session's close; a week gone by, a month or a year is not.
  const thisWeek = (period: PeriodPhrase) => period.key.startsWith('week:') && period.open;
  if (inReach.some((period) => !period.key.startsWith('day:') && !period.key.startsWith('since:') && !period.key.startsWith('span:') && !thisWeek(period))) return undefined;
  const days = parts.periods.filter((period) => period.key.startsWith('day:'));
  let day: PeriodPhrase | undefined;
  if (kind === 'named') {
    day = days.filter((period) => period.offset < offset).at(-1);
  } else {
    const clause = spanAt(parts.clauses, offset);
    const inClause = (period: PeriodPhrase) => period.offset >= clause.offset && period.offset < clause.end;
    const nearest = (list: readonly PeriodPhrase[]) =>
      list.reduce<PeriodPhrase | undefined>((best, period) => (!best || Math.abs(period.offset - offset) < Math.abs(best.offset - offset) ? period : best), undefined);
    // A day in the level's clause, else one the sentence names before it ("On Friday, the Dow rose 1%, and the S&P 500 closed at").
    day = nearest(days.filter(inClause)) ?? days.filter((period) => period.offset < offset).at(-1);
    // A period gone by ("In October, …", "in 2025") ends at another session's close; one still running (this week,
    // the year to date) and a record's scope ("its highest since March") end at this one's.
    const otherPeriod = parts.periods.some((period) => inClause(period) && !period.open && !period.key.startsWith('day:') && !period.key.startsWith('since:'));
    if (!day && !otherPeriod && parts.inherited?.key.startsWith('day:')) day = parts.inherited;
    // A session with no day named: the close's own verb says it is the session's, or the sentence is about the close.
    const aboutTheClose = kind === 'close' || closeVerb.test(parts.sentence) || /\bclos(?:e|ing)\b/i.test(parts.sentence);
    // "The S&P 500 closed the week at 6,780; the Russell 2000 gained 2.9% to 2,561" in a Monday note: the sentence is
    // about a period gone by, whose close is not the note's session.
    const pastPeriod = parts.periods.some((period) => !period.open && !period.key.startsWith('day:') && !period.key.startsWith('since:'));
    if (!day && !otherPeriod && !pastPeriod && aboutTheClose) day = parts.session;
  }
  return day && weekdaySession(day);
}

/**
 * "Wall Street closed higher on Friday. ⏎ The Dow rose 180.4 points, or 0.4%, to 46,905.12": after a sentence of the
 * paragraph (or the wire's lead before it) closed the session, a move told in the past tense is that close — its
 * size is read so (valuePeriod.ts), and the level it reached is the close's. Not a move the sentence puts at another
 * time, nor one under a period of its own.
 */
function closedLeadSession(parts: LevelReadingParts, kind: string, offset: number): PeriodPhrase | undefined {
  if (kind !== 'move' || !parts.sessionClosed || !parts.session || parts.periods.length > 0) return undefined;
  const clause = spanAt(parts.clauses, offset);
  const clauseText = parts.sentence.slice(clause.offset - parts.base, clause.end - parts.base);
  if (!pastMove.test(clauseText) || atAnotherTime(parts, parts.base, parts.base + parts.sentence.length)) return undefined;
  return weekdaySession(parts.session);
}

function lastMatch(pattern: RegExp, text: string): RegExpExecArray | null {
  let last: RegExpExecArray | null = null;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) last = match;
  pattern.lastIndex = 0;
  return last;
}
