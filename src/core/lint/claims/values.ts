// The values a sentence states: percentages (with their qualifiers and ranges), streak lengths and valuation
// multiples. Each is read as the interval of values its words allow: "nearly 9%" is 8.5…9, "about 4.5%" 4.3…4.7,
// "more than 7%" 7 and up, "30% to 35%" 29.5…35.5, a plain "2%" 1.5…2.5 (the rounding it was written with).
// Signs come later, from the words around the value (claims.ts): here "down" and "up" are not read.

import { findFlatMoves } from './flatMoves';
import { numberPattern, numberValue } from './text';

export type ValueKind = 'percent' | 'streak' | 'multiple';

export interface StatedValue {
  readonly kind: ValueKind;
  readonly offset: number;
  readonly length: number;
  /** Magnitudes the words allow (before any sign from the surrounding words). */
  readonly low: number;
  readonly high: number;
  /** Written with a sign ("-1.4%", "+2%"): the sign is the writer's, not the words'. */
  readonly explicitSign?: -1 | 1;
  /** Streaks: what is counted ("session", "week", "month"); multiples: "forward" | "trailing" | "" (unspecified). */
  readonly unit?: string;
  /** The direction written into a streak ("winning" +1, "losing" -1). */
  readonly streakSign?: -1 | 1;
  /** Written in basis points ("down 7 basis points"): the unit of rates far more often than of returns. */
  readonly basisPoints?: true;
  /** Written as words ("doubled", "lost a fifth of its value"), which count many things besides prices. */
  readonly inWords?: true;
  /** No move ("closed flat", "ended unchanged", flatMoves.ts): about zero, so no sign to read. */
  readonly flat?: true;
  /** A flat move's verb ("closed"): the subject must be named right before it. */
  readonly verbOffset?: number;
}

const qualifiers =
  String.raw`(?:nearly|almost|just (?:under|below|over|above|shy of)|close to|about|around|roughly|approximately|approx\.|some|an estimated|more than|in excess of|over|above|at least|upwards of|north of|less than|under|below|as (?:high|much) as|as (?:low|little) as|up to|~)`;
// "pc" is how British papers write it ("14pc higher").
const percentSign = String.raw`(?:\s*%|\s*(?:percent|per cent|pct|pc)\b)`;
/** "7 basis points", "25bps", "10 bp": a hundredth of a percentage point (a close "down 7 basis points" is −0.07%). */
const basisPoints = String.raw`(?<bps>\s*(?:basis[- ]points?|bps|bp)\b)`;
const percentPattern = new RegExp(String.raw`(?<![\w.,])(?<sign>[+\-−])?(?<num>${numberPattern})(?:${percentSign}|${basisPoints})`, 'gi');
/**
 * Moves written as a multiple or a fraction: "more than doubled", "roughly halved", "lost a fifth of its value",
 * "surged by about a third". Fractions count only after a move word or before "of its value": "a third of S&P 500
 * value" is a weight and "in a quarter" a period.
 */
const multiplyingVerb = /\b(?<verb>doubled|tripled|trebled|quadrupled|halved)\b(?!\s+down\b)/gi;
const multiplied: Readonly<Record<string, number>> = { doubled: 100, tripled: 200, trebled: 200, quadrupled: 300, halved: -50 };
const fractionWord = /\b(?<frac>(?:a|one)[- ]half|half|(?:a|one)[- ](?:third|quarter|fifth|tenth)|two[- ]thirds|three[- ]quarters)\b(?![- ](?:point|percentage|(?:of )?an? (?:percent|percentage|point|basis)|of (?:the|a|an|all|its holdings|S&P|Nasdaq)\b|(?:straight|consecutive|successive|(?:trading )?(?:day|session|week|month|quarter|year|time)s?|in a row)\b))/gi;
/**
 * Half of one percent, in words: "half a percent", "a half percent", "one-half per cent", "half of one percent", "half
 * of 1%". About 0.5%, never a fraction of the price: the fraction reader above would make it 50%. Not "half a
 * percentage point" (a rate's change) nor "half a percent point".
 */
const halfPercent =
  /(?<![\w-])(?:(?:a|one)[- ]half(?:[- ]of[- ](?:a|one|1))?|half[- ](?:of[- ])?(?:a|an|one)|half[- ]of[- ]1)(?:[- ]?(?:percent|per[- ]cent|pct)\b|\s?%)(?!\s*points?\b)/gi;
/**
 * A move sized by its digits, as analysts hedge it: "up double digits", "grew in the high single digits", "a
 * low-double-digit decline", "rose in the mid-teens", "gained high-20s percent". Each names a band of percentages
 * (digitBands). Read only after a move's word ("up", "rose by", "grew in the") or before a move's noun or "percent"
 * ("a double-digit gain"): "a mid-teens multiple", "trades in the low 20s", "double-digit revenue growth" name no move
 * of the subject's own price here, or no percentage at all.
 */
const digitBand = /(?<![\w-])(?:(?<level>low|mid|high)[- ]?)?(?:(?<count>single|double|triple)[- ]digits?|(?<teens>teens)|(?<decade>[2-9]0)['’]?s)(?![\w-])/gi;
const digitBandMoveBefore = new RegExp(
  String.raw`\b(?:up|down|off|higher|lower|rose|risen|rising|fell|fallen|falling|gained|gaining|grew|grown|growing|climbed|climbing|jumped|surged|soared|dropped|declined|declining|slid|sank|lost|added|increased|decreased|returned|rallied|advanced|tumbled|plunged)\s+(?:(?:by|in|at)\s+)?(?:(?:the|a)\s+)?(?:${qualifiers}\s+)?(?:(?:the|a)\s+)?$`,
  'i',
);
const digitBandMoveAfter = /^[- ](?:percent(?:age)?|per cent|pct|%|gains?|rises?|increases?|declines?|drops?|loss(?:es)?|falls?|returns?|rally|jump|advance|slide|slump)\b/i;
const digitBandOtherAfter = /^[- ](?:(?:percent(?:age)?|per cent|pct)[- ])?(?:multiples?|times|x\b|p\/e|pe\b|ratio|number|billion|million|thousand|growth|revenue|sales|earnings|eps|margin)/i;
/** The band [low, high) of percentages a digit phrase names; undefined for one too loose to read ("mid double digits"). */
function digitBandRange(groups: Record<string, string | undefined>): [number, number] | undefined {
  const level = groups.level?.toLowerCase();
  const thirds = (from: number, width: number): [number, number] =>
    level === 'low' ? [from, from + 0.35 * width] : level === 'mid' ? [from + 0.35 * width, from + 0.65 * width] : level === 'high' ? [from + 0.65 * width, from + width] : [from, from + width];
  if (groups.teens !== undefined) return level === undefined ? [13, 20] : thirds(10, 10);
  if (groups.decade !== undefined) return level === undefined ? undefined : thirds(Number(groups.decade), 10);
  switch (groups.count?.toLowerCase()) {
    case 'single':
      return level === undefined ? [0.5, 10] : thirds(0, 10);
    case 'double':
      return level === undefined ? [10, 100] : level === 'low' ? [10, 14] : level === 'high' ? [65, 100] : undefined;
    case 'triple':
      return level === undefined ? [100, 1000] : undefined;
    default:
      return undefined;
  }
}

/** The qualifier right before a value in words ("nearly doubled", "about half a percent"). */
const qualifierBefore = new RegExp(String.raw`(?<qual>${qualifiers})\s+(?:by\s+)?$`, 'i');
/** "gave back half of the 4% gain", "erased a third of its 9% rally": another figure, only part of it moved. */
const partOfFigureBefore = /\b(?:half|thirds?|quarters?|fifths?|tenths?)\s+(?:of\s+)?(?:the|its|their|that|this|those)\s+$/i;
const fractionValues: Readonly<Record<string, number>> = { half: 50, third: 100 / 3, quarter: 25, fifth: 20, tenth: 10, thirds: 200 / 3, quarters: 75 };
const fractionMoveBefore =
  /\b(?:lost|shed|gained|added|fell|fallen|dropped|rose|risen|climbed|surged|jumped|slumped|tumbled|plunged|sank|rallied|declined|advanced|soared|slid|down|up|off|erased|wiped out)\s+(?:by\s+)?$/i;
export const ofItsValue = /^\s+(?:of\s+(?:its|their)\s+(?:market\s+)?(?:value|capitali[sz]ation|market cap)|in value)\b/i;
/**
 * The kind of a P/E as written before it: "forward", "trailing", with the span in either order ("forward 12-month",
 * "12-month forward", "trailing 12-month", "trailing twelve-month"), "next-12-month".
 */
const multipleKind = String.raw`(?:forward|trailing)(?:[ -](?:12|twelve)[- ]month)?|(?:12|twelve)[- ]month (?:forward|trailing)|next[- ]12[- ]month`;
/** "P/E ratio for the S&P 500 is 22.6", "a forward P/E of 21": a multiple written without "times". */
const peNumberPattern = new RegExp(
  String.raw`(?<kind>${multipleKind})?\s*(?:p\/e|price[- ]to[- ]earnings|price[- ]earnings|price\/earnings)(?:\s+\(p\/e\))?(?:\s+(?:ratio|multiple))?[^.;%!?]{0,50}?\b(?:is|was|of|at|stood at|stands at|sits at|hit|reached|near|around|to)\s+(?:${qualifiers}\s+)?(?<num>\d{1,3}(?:\.\d+)?)(?!\.?\d|,\d|\s*(?:%|percent|x\b|×|times|bps|basis|billion|million|trillion|points?|per\b))`,
  'gi',
);
// Read backwards from a percentage: an optional range start ("30% to", "between 19% and") and a qualifier.
const beforePercent = new RegExp(
  String.raw`(?:between\s+(?<between>[+\-−]?\d+(?:\.\d+)?)${percentSign}?\s+and\s+|(?:(?<qual>${qualifiers})\s*)?(?:(?<from>[+\-−]?\d+(?:\.\d+)?)${percentSign}?\s*(?:to|-|–|—)\s*)?)$`,
  'i',
);
const rangeContinues = new RegExp(String.raw`^\s*(?<joiner>to|-|–|—|and)\s*[+\-−]?\d+(?:\.\d+)?${percentSign}`, 'i');
// A streak is counted as "ten straight sessions", "a 5-day losing streak", "ten days in a row", "the fifth session in
// a row", or day by day: "each of the last ten days", "in every one of the past 4 trading sessions" (a move on every
// one of them; "four of the last five days" leaves some out and is no streak).
const streakPattern = new RegExp(
  String.raw`\b(?<count>${numberPattern})(?:[ -](?:straight|consecutive|successive|back-to-back|uninterrupted))+[ -](?:trading[ -])?(?<unit>sessions?|days?|weeks?|months?)\b|\b(?<count2>${numberPattern})[ -](?<unit2>day|session|week|month)s?[ -](?:(?<dir>winning|losing|win|losing|up|down)[ -])?(?:streak|run|skid|slide|rally)\b|\b(?:each|every(?: one)?) of (?:the|its|their) (?:last|past|previous|prior) (?<count3>${numberPattern}) (?:trading )?(?<unit3>sessions?|days?|weeks?|months?)\b|\b(?<count4>${numberPattern})[ -](?:trading[ -])?(?<unit4>sessions?|days?|weeks?|months?) in a row\b|\b(?<count5>${numberPattern})(?:[ -](?:straight|consecutive|successive|back-to-back))+[ -](?<unit5>daily|weekly|monthly)[ -](?:(?<up5>gain|advance|rise|increase|climb|rally)|(?<down5>decline|loss|drop|fall|retreat|slide))s?\b`,
  'gi',
);
const multiplePattern = new RegExp(
  String.raw`\b(?<num>\d+(?:\.\d+)?)\s*(?:x|×|times)(?![\w])(?:\s+(?<kind>${multipleKind}|next year['’]s|this year['’]s|expected|projected)?\s*(?:earnings|eps|profits)\b)?`,
  'gi',
);
// "a forward multiple of 15.2 times": "multiple" alone names a P/E only with its kind before it.
const peBefore = new RegExp(
  String.raw`(?:(?<kind>${multipleKind})\s*(?:p\/e|pe|price[- ]to[- ]earnings|price[- ]earnings|earnings multiple|valuation multiple|multiple)|(?:p\/e|pe|price[- ]to[- ]earnings|price[- ]earnings|earnings multiple|valuation multiple))(?:\s+(?:ratio|multiple))?(?:\s+(?:of|at|near|around|is|was|stood at|sits at|stands at|to|from))*\s*(?:${qualifiers}\s*)?$`,
  'i',
);

const otherMultipleAfter = /^\s+(?:(?:forward|trailing|next year['’]s)\s+)?(?:sales|revenues?|book(?: value)?|ebitda|cash flow|free cash flow)\b/i;

export function findValues(sentence: string, base: number): StatedValue[] {
  const values: StatedValue[] = [];
  percentValues(sentence, base, values);
  multipleAndFractionValues(sentence, base, values);
  halfPercentValues(sentence, base, values);
  digitBandValues(sentence, base, values);
  values.push(...findFlatMoves(sentence, base));
  peNumberPattern.lastIndex = 0;
  for (let match = peNumberPattern.exec(sentence); match !== null; match = peNumberPattern.exec(sentence)) {
    const at = match.index + match[0].length - match.groups!.num.length;
    const kindWord = (match.groups!.kind ?? '').toLowerCase();
    const written = match.groups!.num;
    const half = 0.5 * 10 ** -decimals(written);
    const value = Number(written);
    if (value < 1) continue;
    values.push({ kind: 'multiple', offset: base + at, length: written.length, low: value - half, high: value + half, unit: /forward|next/.test(kindWord) ? 'forward' : kindWord.includes('trailing') ? 'trailing' : '' });
  }
  streakPattern.lastIndex = 0;
  for (let match = streakPattern.exec(sentence); match !== null; match = streakPattern.exec(sentence)) {
    const groups = match.groups!;
    const count = numberValue((groups.count ?? groups.count2 ?? groups.count3 ?? groups.count4 ?? groups.count5).replace(/-$/, ''));
    if (count === undefined || count < 1 || count > 400) continue;
    // "its third straight weekly gain": the adjective is the unit, the noun the direction.
    const adjective = groups.unit5?.toLowerCase();
    const unit = adjective ? { daily: 'session', weekly: 'week', monthly: 'month' }[adjective]! : (groups.unit ?? groups.unit2 ?? groups.unit3 ?? groups.unit4).toLowerCase().replace(/s$/, '').replace(/^day$/, 'session');
    const dir = groups.down5 ? 'losing' : groups.up5 ? 'winning' : groups.dir?.toLowerCase();
    values.push({
      kind: 'streak',
      offset: base + match.index,
      length: match[0].length,
      low: count,
      high: count,
      unit,
      ...(dir === 'winning' || dir === 'win' || dir === 'up' ? { streakSign: 1 as const } : dir === 'losing' || dir === 'down' ? { streakSign: -1 as const } : {}),
    });
  }
  multiplePattern.lastIndex = 0;
  for (let match = multiplePattern.exec(sentence); match !== null; match = multiplePattern.exec(sentence)) {
    // "2.1 times sales", "3 times book": another multiple than earnings'.
    if (otherMultipleAfter.test(sentence.slice(match.index + match[0].length, match.index + match[0].length + 24))) continue;
    const before = peBefore.exec(sentence.slice(Math.max(0, match.index - 60), match.index));
    const kindWord = (match.groups!.kind ?? before?.groups?.kind ?? '').toLowerCase();
    if (!before && match.groups!.kind === undefined && !/\s*(?:x|×|times)\s+\w*\s*(?:earnings|eps|profits)/i.test(match[0])) {
      // A bare "27×": a multiple only when the sentence names one elsewhere (read by claims.ts through `unit`).
      values.push(multiple(match, base, 'unnamed'));
      continue;
    }
    values.push(multiple(match, base, /forward|next|expected|projected|this year/.test(kindWord) ? 'forward' : kindWord.includes('trailing') ? 'trailing' : ''));
  }
  return values.sort((a, b) => a.offset - b.offset);
}

function multiple(match: RegExpExecArray, base: number, unit: string): StatedValue {
  const written = match.groups!.num;
  const value = Number(written);
  const half = 0.5 * 10 ** -decimals(written);
  return { kind: 'multiple', offset: base + match.index, length: match[0].length, low: value - half, high: value + half, unit };
}

function percentValues(sentence: string, base: number, values: StatedValue[]): void {
  percentPattern.lastIndex = 0;
  for (let match = percentPattern.exec(sentence); match !== null; match = percentPattern.exec(sentence)) {
    const end = match.index + match[0].length;
    // The first half of "30% to 35%" or "between 19% and 30%": the second reads the whole. "1% and 2%" is two values.
    const continues = rangeContinues.exec(sentence.slice(end, end + 24));
    if (continues && (continues.groups!.joiner.toLowerCase() !== 'and' || /\bbetween\s+[+\-−]?$/i.test(sentence.slice(Math.max(0, match.index - 12), match.index)))) continue;
    const value = numberValue(match.groups!.num);
    if (value === undefined) continue;
    const windowStart = Math.max(0, match.index - 48);
    const before = beforePercent.exec(sentence.slice(windowStart, match.index))!;
    const from = before.groups!.between ?? before.groups!.from;
    const start = before[0].length > 0 ? windowStart + before.index : match.index;
    if (partOfFigureBefore.test(sentence.slice(Math.max(0, start - 40), start))) continue;
    const sign = match.groups!.sign;
    const written = match.groups!.num;
    const half = /^\d/.test(written) ? 0.5 * 10 ** -Math.max(decimals(written), from === undefined ? 0 : decimals(from)) : 0.5;
    let low: number;
    let high: number;
    if (from !== undefined) {
      const other = Math.abs(Number(from.replace('−', '-')));
      [low, high] = [Math.min(other, value) - half, Math.max(other, value) + half];
    } else {
      [low, high] = qualified(value, half, before.groups!.qual?.toLowerCase().replace(/\s+/g, ' '));
    }
    const scale = match.groups!.bps === undefined ? 1 : 0.01;
    values.push({
      kind: 'percent',
      offset: base + start,
      length: end - start,
      low: low * scale,
      high: high * scale,
      ...(scale === 1 ? {} : { basisPoints: true as const }),
      ...(sign ? { explicitSign: sign === '+' ? (1 as const) : (-1 as const) } : {}),
    });
  }
}

/** "more than doubled" 100% and up, "roughly halved" −55…−45%, "lost a fifth of its value" 18…22%. */
function multipleAndFractionValues(sentence: string, base: number, values: StatedValue[]): void {
  const push = (start: number, end: number, magnitude: number, sign: -1 | 1 | undefined) => {
    const qualifier = qualifierBefore.exec(sentence.slice(Math.max(0, start - 30), start));
    const from = qualifier ? start - qualifier[0].length : start;
    // A fraction or a multiple is a round figure: it allows a tenth of itself either way.
    const [low, high] = qualified(magnitude, magnitude * 0.1, qualifier?.groups!.qual.toLowerCase().replace(/\s+/g, ' '));
    values.push({ kind: 'percent', offset: base + from, length: end - from, low, high, inWords: true, ...(sign ? { explicitSign: sign } : {}) });
  };
  multiplyingVerb.lastIndex = 0;
  for (let match = multiplyingVerb.exec(sentence); match !== null; match = multiplyingVerb.exec(sentence)) {
    const change = multiplied[match.groups!.verb.toLowerCase()];
    push(match.index, match.index + match[0].length, Math.abs(change), change < 0 ? -1 : 1);
  }
  fractionWord.lastIndex = 0;
  for (let match = fractionWord.exec(sentence); match !== null; match = fractionWord.exec(sentence)) {
    const end = match.index + match[0].length;
    const beforeText = sentence.slice(Math.max(0, match.index - 60), match.index).replace(new RegExp(String.raw`(?:${qualifiers})\s+$`, 'i'), '');
    if (!fractionMoveBefore.test(beforeText) && !ofItsValue.test(sentence.slice(end, end + 40))) continue;
    const word = match.groups!.frac.toLowerCase().split(/[- ]/).pop()!;
    push(match.index, end, fractionValues[word], undefined);
  }
}

/** "slipped half a percent", "nearly half of one percent": about 0.5%, replacing what else read those words. */
function halfPercentValues(sentence: string, base: number, values: StatedValue[]): void {
  halfPercent.lastIndex = 0;
  for (let match = halfPercent.exec(sentence); match !== null; match = halfPercent.exec(sentence)) {
    const [start, end] = [base + match.index, base + match.index + match[0].length];
    // "half of 1%" read as 1%, "a half per cent" as 50%: the whole phrase is one value.
    for (let i = values.length - 1; i >= 0; i--) {
      if (values[i].kind === 'percent' && values[i].offset < end && values[i].offset + values[i].length > start) values.splice(i, 1);
    }
    const qualifier = qualifierBefore.exec(sentence.slice(Math.max(0, match.index - 30), match.index));
    const from = qualifier ? start - qualifier[0].length : start;
    const [low, high] = qualified(0.5, 0.05, qualifier?.groups!.qual.toLowerCase().replace(/\s+/g, ' '));
    values.push({ kind: 'percent', offset: from, length: end - from, low, high, inWords: true });
  }
}

/** "up double digits" 10…100%, "in the high single digits" 6.5…10%, "mid-teens" 13.5…16.5%: a band, as written. */
function digitBandValues(sentence: string, base: number, values: StatedValue[]): void {
  digitBand.lastIndex = 0;
  for (let match = digitBand.exec(sentence); match !== null; match = digitBand.exec(sentence)) {
    const end = match.index + match[0].length;
    const after = sentence.slice(end, end + 30);
    if (digitBandOtherAfter.test(after)) continue;
    if (!digitBandMoveBefore.test(sentence.slice(Math.max(0, match.index - 50), match.index)) && !digitBandMoveAfter.test(after)) continue;
    const band = digitBandRange(match.groups!);
    if (band === undefined) continue;
    values.push({ kind: 'percent', offset: base + match.index, length: match[0].length, low: band[0], high: band[1], inWords: true });
  }
}

/** What a qualified value allows: "nearly 9%" 8.5…9, "about 4.5%" 4.3…4.7, "more than 7%" 7 and up. */
function qualified(value: number, half: number, qualifier: string | undefined): [number, number] {
  const slack = Math.max(half, value * 0.05);
  switch (qualifier) {
    case undefined:
      return [value - half, value + half];
    case 'nearly':
    case 'almost':
    case 'close to':
    case 'just under':
    case 'just below':
    case 'just shy of':
      return [value - slack, value];
    case 'just over':
    case 'just above':
      return [value, value + slack];
    case 'more than':
    case 'in excess of':
    case 'over':
    case 'above':
    case 'at least':
    case 'upwards of':
    case 'north of':
      return [value, Infinity];
    case 'less than':
    case 'under':
    case 'below':
    case 'as much as':
    case 'as high as':
    case 'up to':
      return [0, value];
    case 'as low as':
    case 'as little as':
      return [0, value + half];
    default:
      return [value - slack, value + slack];
  }
}

function decimals(written: string): number {
  const point = written.indexOf('.');
  return point < 0 ? 0 : written.length - point - 1;
}
