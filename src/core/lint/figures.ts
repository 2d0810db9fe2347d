// Figures that can contradict each other across notes: a subject's metric for a period, stated as a percentage.
// Precision over recall — a figure is extracted only when its clause leaves no doubt about all four parts:
//   subject  one named benchmark or group (Russell 2000, S&P 500, Nasdaq-100, small caps, …), else one ticker;
//   metric   a year-to-date return, or earnings / EBITDA / revenue growth;
//   period   year-to-date figures: the note's as-of date; growth: one explicit quarter or year in the clause;
//   basis    reported, or an estimate (consensus, forecast, guidance, expected).
// A clause (a sentence, cut at ";", "while", "but", "whereas", "versus", ", and") with two subjects, two periods
// or two percentages is skipped: it is exactly where a guess would pair a figure with the wrong subject.

import { dateOfDayNumber, formatDate } from './calendarDate';
import { governingStamp, type AsOfStamp } from './asOfStamps';
import type { NoteRange } from './finding';
import type { NoteSource } from './noteSource';

export type FigureMetric = 'ytd-return' | 'earnings-growth' | 'ebitda-growth' | 'revenue-growth';

export interface StatedFigure extends NoteRange {
  /** subject|metric|period|basis: figures with the same key are about the same thing. */
  readonly key: string;
  /** How the subject reads in a message: "the Russell 2000". */
  readonly subject: string;
  readonly metric: FigureMetric;
  /** "as of November 20, 2026", "Q3 2026", "2027" */
  readonly period: string;
  readonly basis: 'reported' | 'estimate';
  /** The values the wording allows ("nearly 14%" → 12.1…14.5), percent. */
  readonly low: number;
  readonly high: number;
  /** Endpoints as written, for ranges ("30% to 35%" → [30, 35]). */
  readonly range?: readonly [number, number];
  /** As written: "nearly 14%". */
  readonly text: string;
}

export const metricNames: Readonly<Record<FigureMetric, string>> = {
  'ytd-return': 'year-to-date return',
  'earnings-growth': 'earnings growth',
  'ebitda-growth': 'EBITDA growth',
  'revenue-growth': 'revenue growth',
};

const subjects: ReadonlyArray<readonly [RegExp, string, string]> = [
  [/\bRussell\s+2000\b|\bR2K\b/i, 'russell-2000', 'the Russell 2000'],
  [/\bRussell\s+1000\b/i, 'russell-1000', 'the Russell 1000'],
  [/\bRussell\s+3000\b/i, 'russell-3000', 'the Russell 3000'],
  [/\bS&P\s+(?:SmallCap\s+)?600\b/i, 'sp-600', 'the S&P 600'],
  [/\bS&P\s+(?:MidCap\s+)?400\b/i, 'sp-400', 'the S&P 400'],
  [/\bS&P\s*500\b|\bthe\s+S&P\b(?!\s*(?:SmallCap|MidCap|\d))/i, 'sp-500', 'the S&P 500'],
  [/\bNasdaq[- ]100\b|\bNDX\b/i, 'nasdaq-100', 'the Nasdaq-100'],
  [/\bNasdaq\s+Composite\b|\bthe\s+Nasdaq\b(?![- ]100)/i, 'nasdaq-composite', 'the Nasdaq Composite'],
  [/\bDow\s+Jones\b|\bthe\s+Dow\b|\bDJIA\b/i, 'dow', 'the Dow'],
  [/\bsmall[- ]caps?\b/i, 'small-caps', 'small caps'],
  [/\bmid[- ]caps?\b/i, 'mid-caps', 'mid caps'],
  [/\b(?:mega|large)[- ]caps?\b/i, 'mega-caps', 'mega caps'],
  [/\bMagnificent\s+(?:Seven|7)\b|\bMag\s*7\b/i, 'magnificent-seven', 'the Magnificent Seven'],
];

const ytdWords = /\b(?:year[- ]to[- ]date|YTD|so\s+far\s+this\s+year|since\s+the\s+start\s+of\s+(?:the\s+)?year)\b/i;
const returnWords = /\b(?:up|down|gain(?:ed|s)?|lost|loss|rose|fell|surged|slid|climbed|dropped|declined|rallied|advanced|returned|returns?|sank|tumbled|jumped|higher|lower|added|shed|performance)\b/i;
const negativeWords = /\b(?:down|lost|loss|fell|slid|dropped|declined|sank|tumbled|lower|shed)\b/i;
const growthWords = /\b(earnings|EPS|profits?|EBITDA|revenues?|sales)(?:\s+per\s+share)?\s+(?:growth|grew|rose|increased|expanded|jumped)\b/i;
const estimateWords = /\b(?:consensus|estimates?|estimated|expect(?:ed|s)?|forecasts?|forecasted|projected|projections?|guidance|guided|outlook|anticipated|targets?)\b/i;
const quarterPeriod = /\bQ([1-4])(?:\s*(?:FY\s*)?(?:'(\d{2})|(20\d{2})))?\b/g;
const yearPeriod = /\b(?:for|in|FY|fiscal(?:\s+year)?|CY|during)\s*'?(20\d{2})\b|\b(20\d{2})\s+(?:consensus|estimates?|forecasts?|guidance|earnings|EPS|EBITDA|revenues?)\b/gi;
const relativeYear = /\b(this|next|last)\s+year\b/gi;

// A figure ends at a percent sign: read backwards from it. Groups: 1 the start of "between a and b",
// 2 a qualifier ("nearly"), 3 the start of "a to b", 4 the value (with its sign).
const figureBefore =
  /(?:between\s+(\d+(?:\.\d+)?)\s*%?\s*and\s+|(?:(nearly|almost|just\s+under|about|around|roughly|approximately|some|more\s+than|over|above|at\s+least|less\s+than|under|below|~)\s*)?(?:(\d+(?:\.\d+)?)\s*%?\s*(?:to|-|–)\s*)?)([+\-−]?\d+(?:\.\d+)?)\s*%$/i;
const rangeGoesOn = /^\s*(?:to|-|–)\s*[+\-−]?\d+(?:\.\d+)?\s*%/i;
const betweenGoesOn = /^\s*and\s+\d+(?:\.\d+)?\s*%/i;
const betweenStart = /\bbetween\s+\d+(?:\.\d+)?\s*%$/i;

function isRangeStart(text: string, percent: number): boolean {
  const tail = text.slice(percent + 1, percent + 24);
  return rangeGoesOn.test(tail) || (betweenGoesOn.test(tail) && betweenStart.test(text.slice(Math.max(0, percent - 30), percent + 1)));
}

interface RawFigure {
  readonly offset: number;
  readonly length: number;
  readonly low: number;
  readonly high: number;
  readonly range?: readonly [number, number];
  readonly text: string;
}

/** The conflict-checkable figures of a note. `stamps` are the note's own (findAsOfStamps). */
export function extractFigures(note: NoteSource, stamps: readonly AsOfStamp[]): StatedFigure[] {
  const raw = percentFigures(note);
  const figures: StatedFigure[] = [];
  for (const figure of raw) {
    const clause = clauseAround(note.text, figure.offset, figure.offset + figure.length);
    if (raw.some((other) => other !== figure && other.offset >= clause.start && other.offset < clause.end)) continue;
    const text = note.text.slice(clause.start, clause.end);
    const read = readClause(text, figure.offset - clause.start, note, clause.start, stamps);
    if (!read) continue;
    const negative = read.metric === 'ytd-return' && negativeWords.test(text.slice(0, figure.offset - clause.start));
    const low = negative ? -figure.high : figure.low;
    const high = negative ? -figure.low : figure.high;
    figures.push({
      key: `${read.subjectKey}|${read.metric}|${read.period}|${read.basis}`,
      subject: read.subject,
      metric: read.metric,
      period: read.period,
      basis: read.basis,
      low,
      high,
      ...(figure.range ? { range: negative ? [-figure.range[1], -figure.range[0]] : figure.range } : {}),
      text: figure.text,
      offset: figure.offset,
      length: figure.length,
      ...note.range(figure.offset, figure.length),
    });
  }
  return figures;
}

function percentFigures(note: NoteSource): RawFigure[] {
  const { text } = note;
  const figures: RawFigure[] = [];
  let skipped: { covers(offset: number): boolean } | undefined;
  for (let percent = text.indexOf('%'); percent !== -1; percent = text.indexOf('%', percent + 1)) {
    const line = note.lines.lineAt(percent);
    if (!note.isTextLine(line) || note.isTableLine(line)) continue;
    if (isRangeStart(text, percent)) continue; // the first half of "30% to 35%": the second '%' reads the whole
    const windowStart = Math.max(note.lines.lineStarts[Math.max(0, line - 1)], percent - 60);
    const match = figureBefore.exec(text.slice(windowStart, percent + 1));
    if (!match) continue;
    const offset = windowStart + match.index;
    skipped ??= note.skippedSpans.cursor();
    if (skipped.covers(offset)) continue;
    const value = Number(match[4].replace('−', '-'));
    const from = match[1] ?? match[3];
    const half = 0.5 * 10 ** -Math.max(decimals(match[4]), from === undefined ? 0 : decimals(from));
    let low: number;
    let high: number;
    let range: [number, number] | undefined;
    if (from !== undefined) {
      range = [Math.min(Number(from), value), Math.max(Number(from), value)];
      [low, high] = [range[0] - half, range[1] + half];
    } else {
      [low, high] = valueBounds(value, half, match[2]?.toLowerCase().replace(/\s+/g, ' '));
    }
    figures.push({ offset, length: percent + 1 - offset, low, high, ...(range ? { range } : {}), text: match[0] });
  }
  return figures;
}

/** What a qualified value allows: "nearly 8%" is 7.2%…8%, "about 8%" 7.2%…8.8%, "more than 8%" at least 8%. */
function valueBounds(value: number, half: number, qualifier: string | undefined): [number, number] {
  switch (qualifier) {
    case undefined:
      return [value - half, value + half];
    case 'nearly':
    case 'almost':
    case 'just under':
      return [value * 0.9 - half, value + half];
    case 'more than':
    case 'over':
    case 'above':
    case 'at least':
      return [value - half, Infinity];
    case 'less than':
    case 'under':
    case 'below':
      return [-Infinity, value + half];
    default:
      return [value * 0.9 - half, value * 1.1 + half];
  }
}

function decimals(written: string): number {
  const point = written.indexOf('.');
  return point < 0 ? 0 : written.length - point - 1;
}

// Sentence ends (not after "Jan." or "Inc."), semicolons, paragraph and list-item starts, contrasting conjunctions.
const clauseBreak = /(?<!\b[A-Z][a-z]{0,2})[.!?](?=\s)|;|\n[ \t]*\n|\n[ \t]*(?:[-*+]|\d+[.)]|#+|>)\s|\b(?:while|whereas|but|versus|vs\.|compared\s+with)\b|,\s+and\b/gi;
const clauseReach = 300;

function clauseAround(text: string, start: number, end: number): { start: number; end: number } {
  const before = Math.max(0, start - clauseReach);
  let clauseStart = before;
  clauseBreak.lastIndex = 0;
  const head = text.slice(before, start);
  for (let match = clauseBreak.exec(head); match !== null; match = clauseBreak.exec(head)) clauseStart = before + match.index + match[0].length;
  clauseBreak.lastIndex = 0;
  const tail = text.slice(end, end + clauseReach);
  const next = clauseBreak.exec(tail);
  return { start: clauseStart, end: next ? end + next.index : Math.min(text.length, end + clauseReach) };
}

interface ClauseReading {
  readonly subjectKey: string;
  readonly subject: string;
  readonly metric: FigureMetric;
  readonly period: string;
  readonly basis: 'reported' | 'estimate';
}

function readClause(clause: string, figureAt: number, note: NoteSource, clauseOffset: number, stamps: readonly AsOfStamp[]): ClauseReading | undefined {
  const subject = subjectOf(clause, note, clauseOffset);
  if (!subject) return undefined;
  const growth = growthWords.exec(clause);
  const stamp = governingStamp(stamps, clauseOffset + figureAt);
  if (growth) {
    const word = growth[1].toLowerCase();
    const metric: FigureMetric = word === 'ebitda' ? 'ebitda-growth' : word.startsWith('revenue') || word === 'sales' ? 'revenue-growth' : 'earnings-growth';
    const period = periodOf(clause, stamp);
    if (!period) return undefined;
    return { ...subject, metric, period, basis: estimateWords.test(clause) ? 'estimate' : 'reported' };
  }
  if (ytdWords.test(clause) && returnWords.test(clause) && stamp) {
    const date = dateOfDayNumber(stamp.lastDay);
    const period = stamp.precision === 'day' ? `as of ${formatDate(date, 'long')}` : `as of ${formatDate(stamp.date, 'month-long')}`;
    return { ...subject, metric: 'ytd-return', period, basis: estimateWords.test(clause) ? 'estimate' : 'reported' };
  }
  return undefined;
}

function subjectOf(clause: string, note: NoteSource, clauseOffset: number): { subjectKey: string; subject: string } | undefined {
  const named = subjects.filter(([pattern]) => pattern.test(clause));
  if (named.length === 1) return { subjectKey: named[0][1], subject: named[0][2] };
  if (named.length > 1) return undefined;
  const symbols = new Set(
    note.mentions.filter((mention) => mention.offset >= clauseOffset && mention.offset < clauseOffset + clause.length).map((mention) => mention.symbol),
  );
  if (symbols.size !== 1) return undefined;
  const [symbol] = symbols;
  return { subjectKey: `ticker:${symbol}`, subject: symbol };
}

/** The one period a growth figure is for ("Q3 2026", "2027"), or undefined when there is none or more than one. */
function periodOf(clause: string, stamp: AsOfStamp | undefined): string | undefined {
  const periods = new Set<string>();
  const stampYear = stamp?.date.year;
  for (const match of clause.matchAll(quarterPeriod)) {
    const year = match[2] !== undefined ? 2000 + Number(match[2]) : match[3] !== undefined ? Number(match[3]) : stampYear;
    if (year === undefined) return undefined;
    periods.add(`Q${match[1]} ${year}`);
  }
  for (const match of clause.matchAll(yearPeriod)) periods.add(match[1] ?? match[2]);
  for (const match of clause.matchAll(relativeYear)) {
    if (stampYear === undefined) return undefined;
    const shift = { this: 0, next: 1, last: -1 }[match[1].toLowerCase() as 'this' | 'next' | 'last'];
    periods.add(String(stampYear + shift));
  }
  return periods.size === 1 ? [...periods][0] : undefined;
}

/** Two figures with the same key that cannot both be true. */
export function figuresConflict(a: StatedFigure, b: StatedFigure): boolean {
  if (a.key !== b.key) return false;
  if (a.range && b.range) return Math.abs(a.range[0] - b.range[0]) > 1e-9 || Math.abs(a.range[1] - b.range[1]) > 1e-9;
  return a.high < b.low || b.high < a.low;
}
