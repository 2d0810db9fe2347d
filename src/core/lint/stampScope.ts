// Which as-of stamp dates a spot of a note, and what else a stamp dates. A stamp governs the text after it up to the
// next stamp — except a parenthetical one ("$272.41 (as of November 20, 2026)", "returned 12.4% (through Nov. 20)"),
// which dates only the figure it follows: the price-drift fix writes such local stamps, and one must never re-date
// the figures after it.

import { lastStampIndexAtOrBefore, type AsOfStamp } from './asOfStamps';
import { formatDate } from './calendarDate';
import { looksBack, paragraphEndAfter } from './lookBackStamps';
import { quarterLabel } from './quarterDates';
import type { StatedFigure } from './figures';
import { tableAtLine, type QuoteTable } from './quoteTables';
import type { StatedPrice } from './statedPrices';

/** A claim's as-of date, as StatedFigure carries it: the days the stamp covers and how a message names them. */
export function figureAsOf(stamp: AsOfStamp): NonNullable<StatedFigure['asOf']> {
  const label = stamp.precision === 'day' ? formatDate(stamp.date, 'long') : stamp.precision === 'quarter' ? quarterLabel(stamp.date) : formatDate(stamp.date, 'month-long');
  return { firstDay: stamp.firstDay, lastDay: stamp.lastDay, label, stampOffset: stamp.offset };
}

export function isLocalStamp(text: string, stamp: AsOfStamp): boolean {
  if (stamp.datesFigureEnd !== undefined) return true; // a company's dated price: that price's alone
  if (stamp.source === 'prose' && onFootnoteLine(text, stamp.offset)) return true;
  // A title's date in parentheses ("# Weekly update (Nov. 27, 2026)") dates the whole note all the same.
  return stamp.source === 'prose' && stamp.bare !== 'title' && text[stamp.offset - 1] === '(' && !datesItsSection(text, stamp);
}

// A heading ("## Performance (as of 9/30/2026)") or a line that is only a label and its stamp ("**Top holdings** (as
// of Oct. 31, 2026):"): the parenthesis dates what the section goes on to say, as a fund sheet's sections are dated,
// not a figure before it on the line (when there is none).
const headingLine = /^[ \t]{0,3}#{1,6}[ \t]/;
const labelOnlyLine = /^[ \t]*[*_]{0,2}[^\d\n(]*[*_]{0,2}[ \t]*$/;
const restOfLabelLine = /^[^\n)]*\)[*_:\s]*(?:\n|$)/;
// A figure before the parenthesis ("## Apple at $272.41 (as of Nov. 20, 2026)") is what the stamp dates, as in prose.
const figureBefore = /[$€£¥]\s?\d|\d\s*%|\d\.\d/;

/** The parenthesised stamp stands in a heading, or on a line that holds nothing but a label and itself. */
function datesItsSection(text: string, stamp: AsOfStamp): boolean {
  const lineStart = text.lastIndexOf('\n', stamp.offset - 1) + 1;
  const before = text.slice(lineStart, stamp.offset - 1);
  if (headingLine.test(before)) return !figureBefore.test(before);
  return labelOnlyLine.test(before) && restOfLabelLine.test(text.slice(stamp.offset, stamp.offset + stamp.length + 40));
}

/**
 * A footnote's line, its mark glued to its first word ("*Stock Advisor returns as of August 6, 2026", "†Data as of …"):
 * its date is the footnoted figure's, which the mark sends the reader back to, not the text's around it — a retail
 * site's promotional footnote is months older than the article it closes. Not an emphasised line ("*Prices as of Nov.
 * 20, 2026.*"), whose closing mark says it is a caption, nor a list item ("* As of …").
 */
const footnoteLine = /^[ \t]*(?:\*(?![*\s])[^*\n]*|[†‡][^\n]*)$/;

function onFootnoteLine(text: string, offset: number): boolean {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const newline = text.indexOf('\n', offset);
  return footnoteLine.test(text.slice(start, newline < 0 ? text.length : newline));
}

/** The stamp that dates `offset`: the nearest before it that is not a local stamp (else the note's first). */
export function stampAt(text: string, stamps: readonly AsOfStamp[], offset: number): AsOfStamp | undefined {
  let at = lastStampIndexAtOrBefore(stamps, offset);
  // Nor does the earlier day a sentence compares with, named after the later one ("closed at $412.80 as of Nov. 20,
  // 2026, down from $452.00 as of Oct. 1, 2026"): the text after it is still the later day's.
  while (at >= 0 && (isLocalStamp(text, stamps[at]) || followsLaterDay(text, stamps, stamps[at]) || lookBackEndedBefore(text, stamps, at, offset) || (stamps[at].aside?.end ?? Infinity) <= offset)) at--;
  if (at >= 0) return stamps[at];
  // Before every stamp: the note's first — not an aside's ("shares, which as of June 2019 traded near $40, …"),
  // which dates its own clause.
  return stamps.find((candidate) => !isLocalStamp(text, candidate) && candidate.aside === undefined);
}

/** An earlier day's stamp (lookBackStamps.ts) whose paragraph ends before `offset`: the text there is the note's again. */
function lookBackEndedBefore(text: string, stamps: readonly AsOfStamp[], at: number, offset: number): boolean {
  const stamp = stamps[at];
  return looksBack(text, stamps, at) && paragraphEndAfter(text, stamp.offset + stamp.length) < offset;
}

/**
 * The local stamp written right after a figure that ends at `end` ("$272.41 (as of …)"), the stamp its clause goes on
 * with ("closed at $250.00 as of Nov. 20, 2026", trailingStampOf), or the one its own sentence gives it before it
 * ("the closing price … on November 20, 2026 was $41.20"), if there is one.
 */
export function localStampAfter(text: string, stamps: readonly AsOfStamp[], end: number): AsOfStamp | undefined {
  const at = lastStampIndexAtOrBefore(stamps, end + 2); // " (" then the stamp
  const next = at >= 0 ? stamps[at] : undefined;
  if (next && next.offset > end && isLocalStamp(text, next)) return next;
  const trailing = trailingStampOf(text, stamps, end);
  if (trailing) return trailing;
  // A sentence's own day stands a short way before its figure: a few stamps back at most.
  for (let i = at; i >= 0 && i > at - 4; i--) if (stamps[i].datesFigureEnd === end) return stamps[i];
  return undefined;
}

/** Between a figure and the stamp its clause goes on with: emphasis, a comma, blanks ("$250.00, as of …"). */
const untilTrailingStamp = /^[*_]{0,2},?[ \t]+$/;

/**
 * The stamp written right after a figure that ends at `end`, not in parentheses: "closed at $250.00 as of Nov. 20,
 * 2026", "$250.00, as of the close on …". It dates that figure, whatever stamp stands before it in the note — and, as
 * any stamp does, the text after it (stampAt), so unlike a parenthetical one it is no figure's alone.
 */
export function trailingStampOf(text: string, stamps: readonly AsOfStamp[], end: number): AsOfStamp | undefined {
  const next = stamps[lastStampIndexAtOrBefore(stamps, end - 1) + 1];
  // An "as of" of what is to come ("$250.00 as of Dec. 21, 2026, when the split takes effect") dates no price.
  if (!next || next.source !== 'prose' || next.bare !== undefined || next.announces || next.offset - end > 6 || isLocalStamp(text, next)) return undefined;
  return untilTrailingStamp.test(text.slice(end, next.offset)) ? next : undefined;
}

/**
 * What may stand between a figure and its own parenthetical stamp: emphasis and up to four words of its period
 * ("12.4% year to date (through Nov. 20)"), nothing that starts another clause or figure.
 */
const untilOwnStamp = /^[*_]{0,2}(?:[ \t]+[\p{L}'’-]+){0,4}[ \t]*$/u;

/**
 * The parenthetical stamp a figure ending at `end` carries after it ("returned 12.4% (through Nov. 20)", "$272.41 (as
 * of November 20, 2026)"): the figure's own as-of date, whatever dates the text around it.
 */
export function ownStampOfFigure(text: string, stamps: readonly AsOfStamp[], end: number): AsOfStamp | undefined {
  const next = stamps[lastStampIndexAtOrBefore(stamps, end - 1) + 1];
  if (!next || !isLocalStamp(text, next) || next.offset - end > 80) return undefined;
  return untilOwnStamp.test(text.slice(end, next.offset - 1)) ? next : undefined;
}

/**
 * A sentence's end between two spots: a full stop, "!", "?" or ";" before a space (not an abbreviation's), or a line
 * break — a caption's or a label's line ends there as often as a wrapped sentence goes on, and a comparison is read
 * only where it is plain.
 */
const sentenceEndBetween = /(?<![A-Z][a-z]{0,3})[.!?;](?=\s)|\n/;

/**
 * A stamp of a later day further on in the sentence, after `from`: "As of Nov. 13, 2026, Apple (AAPL) was at $240.00,
 * but as of Nov. 20, 2026 it was at $250.00". `stamp` is then the earlier side of a comparison, true of its own day:
 * the figures between them are of that day, not stale ones of the note's, and the stamp is no stale date of the note.
 */
export function contrastedWithLater(text: string, stamps: readonly AsOfStamp[], stamp: AsOfStamp, from = stamp.offset + stamp.length): boolean {
  if (stamp.source !== 'prose') return false;
  const next = stamps[lastStampIndexAtOrBefore(stamps, from - 1) + 1];
  // A figure's own parenthetical stamp ("$412.80 (as of Nov. 20, 2026)", as price-drift's fix writes it) dates that
  // figure alone: it compares nothing with the stamp before it.
  return next !== undefined && next.source === 'prose' && next.firstDay > stamp.lastDay && !isLocalStamp(text, next) && !sentenceEndBetween.test(text.slice(from, next.offset));
}

/**
 * Whether a stamp of a later day stands in the stamp's sentence, after it (contrastedWithLater) or before it: "Tesla
 * (TSLA) closed at $430.00 as of Nov. 13, 2026, down from $452.00 as of Oct. 1, 2026" — the October stamp names the
 * day of the figure the sentence compares with, not the note's date, so stale-as-of does not report it.
 */
export function comparedWithLaterDay(text: string, stamps: readonly AsOfStamp[], stamp: AsOfStamp): boolean {
  return contrastedWithLater(text, stamps, stamp) || followsLaterDay(text, stamps, stamp);
}

/** Whether a stamp of a later day stands before the stamp in its sentence (see comparedWithLaterDay). */
function followsLaterDay(text: string, stamps: readonly AsOfStamp[], stamp: AsOfStamp): boolean {
  if (stamp.source !== 'prose') return false;
  const previous = stamps[lastStampIndexAtOrBefore(stamps, stamp.offset - 1)];
  return (
    previous !== undefined &&
    previous.source === 'prose' &&
    previous.firstDay > stamp.lastDay &&
    !isLocalStamp(text, previous) &&
    previous.offset + previous.length <= stamp.offset &&
    !sentenceEndBetween.test(text.slice(previous.offset + previous.length, stamp.offset))
  );
}

/** Whether the stamp that dates a figure ending at `figureEnd` stands in its sentence and a later day's follows it there. */
export function stampContrastedLater(text: string, stamps: readonly AsOfStamp[], stamp: AsOfStamp, figureEnd: number): boolean {
  if (stamp.offset >= figureEnd || sentenceEndBetween.test(text.slice(stamp.offset + stamp.length, figureEnd))) return false;
  return contrastedWithLater(text, stamps, stamp, figureEnd);
}

/**
 * Where the last stamp that ends at or before `offset` ends, other than `own` (the stamp that dates the figure there):
 * the words before it are that stamp's to date, not the figure's (priceTime.ts reads a price's sentence after it).
 */
export function otherStampEndBefore(stamps: readonly AsOfStamp[], own: AsOfStamp | undefined, offset: number): number | undefined {
  for (let i = lastStampIndexAtOrBefore(stamps, offset - 1); i >= 0; i--) {
    const stamp = stamps[i];
    const end = stamp.offset + stamp.length;
    if (end <= offset && stamp.offset !== own?.offset) return end;
    if (end <= offset - 400) return undefined; // far behind: no sentence reaches back so far
  }
  return undefined;
}

/** The stamp a stated price is read under: its table's, else its own local stamp, else the one that dates its spot. */
export function stampOfPrice(text: string, stamps: readonly AsOfStamp[], tables: readonly QuoteTable[], price: StatedPrice): AsOfStamp | undefined {
  if (price.source === 'table') {
    const table = tableAtLine(tables, price.line - 1);
    if (table?.asOf) return table.asOf;
  }
  return localStampAfter(text, stamps, price.offset + price.length) ?? stampAt(text, stamps, price.offset);
}

export interface StampScope {
  readonly prices: readonly StatedPrice[];
  readonly claims: readonly StatedFigure[];
}

/** What each stamp dates: stated prices and claims, by the stamp's offset. */
export function stampScopes(
  text: string,
  stamps: readonly AsOfStamp[],
  tables: readonly QuoteTable[],
  prices: readonly StatedPrice[],
  claims: readonly StatedFigure[],
): Map<number, StampScope> {
  const scopes = new Map<number, { prices: StatedPrice[]; claims: StatedFigure[] }>();
  const scopeOf = (stamp: AsOfStamp) => {
    let scope = scopes.get(stamp.offset);
    if (!scope) scopes.set(stamp.offset, (scope = { prices: [], claims: [] }));
    return scope;
  };
  for (const price of prices) {
    const stamp = stampOfPrice(text, stamps, tables, price);
    if (stamp) scopeOf(stamp).prices.push(price);
  }
  for (const claim of claims) {
    const stamp = ownStampOfFigure(text, stamps, claim.offset + claim.length) ?? stampAt(text, stamps, claim.offset);
    if (stamp) scopeOf(stamp).claims.push(claim);
  }
  return scopes;
}
