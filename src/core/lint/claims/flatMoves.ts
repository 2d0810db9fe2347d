// "The S&P 500 closed flat on Thursday", "The Dow ended the session unchanged": no move, a value of about 0%. Both
// words mean many other things ("kept rates unchanged", "a flat fee", "a flat yield curve", "flat-screen", "unchanged
// guidance"), so one is read as a move only in a narrow shape: a closing or linking verb right before it, a benchmark
// or a ticker right before the verb (sentenceReading.ts checks the name), nothing after it but the clause's end or
// what dates or places the close, and a day's or a week's period (a year "roughly flat" can be a point or two off).
// "Little changed" is no value: the wires write it of moves up to a few tenths of a percent either way.

import type { StatedValue } from './values';

/**
 * How far from zero a plain "flat" reaches over a day (the wires write it of closes within a few hundredths of a
 * percent, "unchanged" of fewer), and a qualified one ("essentially flat"). A week's "flat" is looser.
 */
const plainReach = 0.1;
const qualifiedReach = 0.25;
const weekScale = 2.5;

const flatMove = new RegExp(
  String.raw`\b(?:closed|closes|closing|ended|ends|ending|finished|finishes|finishing|settled|settles|was|were|is|are|traded|stayed|remained|held)` +
    // "ended the session flat", "finished the week unchanged"
    String.raw`(?:\s+the\s+(?:day|session|trading\s+day|week))?\s+` +
    String.raw`(?<qualifier>(?:essentially|virtually|basically|nearly|almost|roughly|about|largely|mostly|more\s+or\s+less)\s+)?` +
    String.raw`(?<word>flat|unchanged)` +
    // Not an adjective before a noun or a compound ("flat fee", "flat-screen", "unchanged guidance"): what may follow
    // is the clause's end, a level, a base, a day or a week, or another clause.
    String.raw`(?![\w-])(?=\s*(?:[,.;:)—–]|$)|\s+(?:on|for|at|from|after|as|while|and|but|with|despite|amid|following|ahead|today|yesterday|this|last|(?:mon|tues|wednes|thurs|fri)day|in\s+(?:the\s+)?(?:session|week|day|light|thin|quiet|choppy|volatile|holiday|early|late)\b|in\s+(?:[A-Z][a-z]+day['’]s))\b)`,
  'gi',
);

/** Each "closed flat" / "ended unchanged" of a sentence, as a value at zero: the word alone is the value's text. */
export function findFlatMoves(sentence: string, base: number): StatedValue[] {
  const values: StatedValue[] = [];
  flatMove.lastIndex = 0;
  for (let match = flatMove.exec(sentence); match !== null; match = flatMove.exec(sentence)) {
    const { qualifier, word } = match.groups!;
    const reach = qualifier ? qualifiedReach : plainReach;
    const length = (qualifier ?? '').length + word.length;
    const offset = base + match.index + match[0].length - length;
    values.push({ kind: 'percent', offset, length, low: -reach, high: reach, flat: true, verbOffset: base + match.index });
  }
  return values;
}

/**
 * What may stand between the name and the verb of a flat move: the subject's own noun ("the S&P 500 index", "Apple
 * (AAPL) shares"). Anything else — a possessive and another noun ("the S&P 500's dividend yield"), a list, a
 * pronoun — leaves the flat word to something that is not the benchmark's price.
 */
export const flatSubjectGap = /^\)?\s*(?:(?:index|average|composite|benchmark|gauge|shares|stock|ETF|fund)\s+)?$/i;

/**
 * The values a flat move allows over its period: a day's as read, a week's wider; none over a longer period, where
 * "flat for the year" may be a point or two either way.
 */
export function flatRange(value: StatedValue, periodKey: string): [number, number] | undefined {
  if (periodKey.startsWith('day:')) return [value.low, value.high];
  if (periodKey.startsWith('week:')) return [value.low * weekScale, value.high * weekScale];
  return undefined;
}
