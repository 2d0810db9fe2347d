// Words whose meaning moves with the calendar: "today", "on Friday", "this week", "so far this year", "the past
// three months", "since March", "currently". They are only true of the day they were written, so a note that uses
// them needs an as-of date to be read later — where they date a figure ("up 7.5% year-to-date"): narrative ("this
// week, investors rotated…") dates nothing checkable, and neither does a forecast's horizon ("expected to return 15%
// over 12 months"), nor a quotation's words (the speaker's "today", which the attribution dates).
//
// The periods are the conflict reader's own (claims/periods.ts, those it marks `relative`): a phrase that rule
// reads as the year to date or a trailing span is one this rule checks, with no second list to fall behind it.

import { findPeriods } from './claims/periods';
import { figureInClause, type FigureSpan } from './clauseFigures';
import type { NoteSource } from './noteSource';
import { isDigit } from '../tickers/charCodes';
import { isReportedResultsPeriod } from './reportedPeriods';

export interface RelativeTimePhrase {
  readonly offset: number;
  readonly length: number;
  /** As written: "year-to-date", "Today's", "on Friday". */
  readonly text: string;
  /** The figure it dates, the nearest in its clause (clauseFigures.ts); none for narrative. */
  readonly figure?: FigureSpan;
}

/**
 * "currently trades at 22 times", "at present": the present tense made explicit; a part of the writer's day, "this
 * morning", "this afternoon" ("shares rose 2% this morning"); and the moment of writing itself, as retail sites and
 * newsrooms name it: "at the time of writing", "as of this writing", "at time of publication", "at press time". They
 * name no period the conflict reader compares (it takes a present-tense figure as of the as-of date anyway), but each
 * is as relative as "today". Not the moment of writing with its date ("At the time of writing (20 October 2026)",
 * "at the time of writing on 16 October 2026"): that is an as-of stamp (asOfStamps.ts).
 */
const presentTime =
  /\b(?:currently|presently|at present|right now|at the moment|this (?:morning|afternoon|evening)|(?:at|as of) (?:(?:the )?time of (?:this )?|this )(?:writing|publication|publishing|posting)|(?:at|as of) press time)\b(?![ \t]*[,(]?[ \t]*(?:on[ \t]+)?(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[ \t]+\d))/gi;

export function findRelativeTimePhrases(note: NoteSource): RelativeTimePhrase[] {
  const { text } = note;
  const candidates: Array<{ offset: number; length: number }> = [];
  for (const [start, end] of blocks(text)) {
    const block = text.slice(start, end);
    const phrases = phrasesOf(block);
    const quoted = phrases.length > 0 && quoteMark.test(block) ? quotedAt(block, phrases) : undefined;
    for (const [at, phrase] of phrases.entries()) if (!quoted?.[at]) candidates.push({ offset: start + phrase.offset, length: phrase.length });
  }
  const found: RelativeTimePhrase[] = [];
  const skipped = note.skippedSpans.cursor();
  for (const { offset, length } of candidates) {
    if (isDated(text, offset, offset + length)) continue;
    if (isForwardHorizon(text, offset, offset + length)) continue;
    if (atNamedMonth(text, offset)) continue;
    if (!note.isTextLine(note.lines.lineAt(offset))) continue;
    if (skipped.covers(offset)) continue;
    const figure = figureInClause(note, offset, length);
    found.push({ offset, length, text: text.slice(offset, offset + length), ...(figure ? { figure } : {}) });
  }
  return found;
}

type Span = { readonly offset: number; readonly length: number };

// Lint runs on every pause in typing and most paragraphs are as they were: the phrases of a paragraph depend only on
// its text (read undated: which periods are relative does not depend on the date), so each is read once.
const phraseCache = new Map<string, readonly Span[]>();

function phrasesOf(block: string): readonly Span[] {
  // Keyed by a new string, not the slice of the note it was given: a kept slice would keep the whole note alive.
  const key = `\u0000${block}`;
  let phrases = phraseCache.get(key);
  if (phrases) return phrases;
  // "revenue rose 12% from a year earlier", "earnings for the quarter were $4.87": a report's periods, not spans up to today.
  const periods = findPeriods(block, 0, undefined, { recordScopes: true }).filter((period) => period.relative && !isReportedResultsPeriod(block, period));
  const present = [...block.matchAll(presentTime)].map((match) => ({ offset: match.index, length: match[0].length }));
  phrases = [...periods, ...present].map(({ offset, length }) => ({ offset, length })).sort((a, b) => a.offset - b.offset);
  if (phraseCache.size >= 5000) phraseCache.clear();
  phraseCache.set(key, phrases);
  return phrases;
}

const quoteMark = /["“”]/;

/**
 * Which phrases (in order) lie inside a quotation: '"Today, inflation is running at 3%," the chair said in a 2019
 * speech' — the speaker's "today", dated (or not) by the attribution, not the writer's. Curly quotes pair by kind,
 * straight ones by count, as the conflict reader's insideQuotation does; one pass over the block, however many
 * phrases it holds.
 */
function quotedAt(block: string, phrases: readonly Span[]): boolean[] {
  const quoted: boolean[] = [];
  let curly = 0;
  let straight = 0;
  let i = 0;
  for (const phrase of phrases) {
    for (; i < phrase.offset; i++) {
      const char = block[i];
      if (char === '“') curly++;
      else if (char === '”') curly = Math.max(0, curly - 1);
      else if (char === '"') straight++;
    }
    quoted.push(curly > 0 || straight % 2 === 1);
  }
  return quoted;
}

/** The note's blocks between blank lines (no period phrase runs across one). */
function* blocks(text: string): Generator<[number, number]> {
  let start = 0;
  for (const blank of text.matchAll(/\n[ \t]*(?=\n)/g)) {
    if (blank.index > start) yield [start, blank.index];
    start = blank.index + blank[0].length;
  }
  if (start < text.length) yield [start, text.length];
}

/** A span counted without "past" or "last" ("over 12 months", "on a one-year basis"): it may look ahead as well as back. */
const unanchoredSpan = /^(?:over|on|in|during|for)\b(?!.*\b(?:past|last|previous|prior|trailing)\b)/i;
/** Words of a forecast earlier in the clause: "expected total return above 15% over 12 months", "should rise 10% over two years". */
const forecastBefore = /\b(?:expect(?:s|ed|ing|ation)?|forecast(?:s|ed)?|projected|anticipated|targets?|targeted|implied|potential|upside|downside|will|would|could|should|might)\b[^.;:!?]*$/i;

/**
 * "BUY – expected total return above 15% over 12 months", "we see 20% upside over two years": the span is a horizon
 * ahead of the writer (a rating's definition, a target's), which no later reading of the note makes stale.
 */
function isForwardHorizon(text: string, start: number, end: number): boolean {
  if (!unanchoredSpan.test(text.slice(start, end))) return false;
  return forecastBefore.test(text.slice(Math.max(0, start - 100), start));
}

/**
 * A sentence that opens at a named month and tells what was then, up to the phrase: "In March, small caps were down
 * 14% for the year", "Back in early April, when the index bottomed, it had been down 19% year to date", "At the
 * March low, the S&P 500 was off 9% for the year". The figure is of that month, which the note's own year names, and
 * no later reading makes it stale. Not "since March" (a span up to the writing) or "a week ago" (relative itself).
 */
const namedMonthOpening =
  /^(?:back\s+|earlier\s+|then\s+)?(?:in|at\s+the\s+(?:start|end|beginning|middle)\s+of|at\s+the|on|by)\s+(?:early\s+|mid-?|late\s+)?(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?[^.;!?]*?\b(?:was|were|had been|stood|sat)\b/i;

function atNamedMonth(text: string, offset: number): boolean {
  const before = text.slice(Math.max(0, offset - 300), offset);
  return namedMonthOpening.test(before.slice(sentenceStartIn(before)).replace(/^[\s*_>#-]+/, ''));
}

/**
 * Where the sentence that runs to the end of `before` starts: after the last ".", "!", "?" or line break, except a
 * decimal point ("2.5") and the dot of a short capitalised abbreviation ("Nov.", "Mr."). Scanned backwards: the
 * regex that said the same (a run of such characters anchored at the end) was tried from every position, quadratic
 * in the 300 characters, and was the single largest cost of a 1 MB lint run.
 */
function sentenceStartIn(before: string): number {
  for (let at = before.length - 1; at >= 0; at--) {
    const char = before.charCodeAt(at);
    if (char === 10 || char === 33 || char === 63) return at + 1; // \n ! ?
    if (char !== 46) continue; // .
    if (isDigit(before.charCodeAt(at - 1)) && isDigit(before.charCodeAt(at + 1))) continue;
    if (/\b[A-Z][a-z]{1,3}$/.test(before.slice(Math.max(0, at - 5), at))) continue;
    return at + 1;
  }
  return 0;
}


const monthStart = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d/i;

/**
 * "today's January 28, 2026 meeting", "Today, December 6, 2026, …", "On Friday, Nov. 20, …": a date right after the
 * day makes it a stamp, not a floating "today".
 */
function isDated(text: string, start: number, end: number): boolean {
  if (!/(?:today|(?:mon|tues|wednes|thurs|fri)day)(?:['’]s)?$/i.test(text.slice(start, end))) return false;
  const possessive = /['’]s$/i.test(text.slice(end - 2, end));
  const after = text.slice(end, end + 20);
  const gap = /^(,?)\s*/.exec(after)!;
  const rest = after.slice(gap[0].length);
  if (gap[0] === '') return false;
  return monthStart.test(rest) || (/^\d/.test(rest) && (gap[1] === ',' || possessive));
}
