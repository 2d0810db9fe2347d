// A price a company states with its own day, as press releases and filings word it: "The closing price of the
// Company's common stock on November 20, 2026 was $41.20", "On October 30, 2026, the last reported sale price of
// Corvel's common stock on the Nasdaq Global Select Market was $40.10 per share". The sentence both dates the figure
// (a stamp of that figure alone: the text after it keeps the note's own date) and states the stock's price, which is
// compared with the quote as a research note's "Price (Nov 20, 2026): $41.20" is.
//
// Only the price of the stock itself ("common stock", "ordinary shares", "Class A shares", "ADSs"), only with a day and
// its year, and only "was"/"were" then the figure: "the offering price of the notes", "a purchase price of $41.20 per
// share", "the closing price on the trading day before the offer is priced will be used" are not read.

import type { NoteSource } from './noteSource';
import { figure } from './pricePatterns';
import { readDateCached, type ReadStampDate } from './stampDates';

export interface DatedPriceSentence {
  /**
   * The day: where its stamp starts ("on November 20, 2026", "On October 30, 2026"), where its date's window starts,
   * and whether an "As of" opens the sentence — a stamp of the note's own already, which dates the text after it too.
   */
  readonly dated: { readonly stampAt: number; readonly windowAt: number; readonly found: ReadStampDate; readonly anchored?: true };
  /** The label's start ("the closing price of …"): what a price is read from, as a labelled field's is. */
  readonly labelAt: number;
  /** From the label's start through the figure's number (and its pence mark). */
  readonly matched: string;
  readonly sign?: string;
  readonly written: string;
  readonly pence?: string;
}

/** A cheap test before the patterns: most notes have no such sentence. */
const priceOf = /\bprice\s+(?:per\s+share\s+)?of\b/i;
/** The label: a closing or last sale price of something ("closing sales price", "last reported sales price" too). */
const label = /\b(?:the\s+)?(?:(?:last|most\s+recent)\s+(?:reported\s+)?(?:closing\s+)?sales?|(?:last\s+)?reported\s+(?:closing\s+)?(?:sales?|trade)|(?:last\s+)?closing(?:\s+sales?)?)\s+price\s+(?:per\s+share\s+)?of\s+/gi;
/** What the price is of: the company's stock, in its own words, ending the noun phrase. */
const ofStock =
  /^(?:(?:the|its|our|their)\s+)?(?:[\p{Lu}][\p{L}\p{N}&.'’-]*\s+){0,5}?(?:(?:[\p{L}.&-]+['’]s?)\s+)?(?:(?:class\s+[a-c]\s+)?(?:common|ordinary)\s+(?:stock|shares)|class\s+[a-c]\s+(?:common\s+)?(?:stock|shares)|American\s+depositary\s+(?:shares|receipts)|ADSs|common\s+units|shares(?:\s+of\s+(?:the\s+)?(?:[\p{Lu}][\p{L}\p{N}&.'’-]*\s*){1,5})?|stock)\b/iu;
/** Where the shares traded, between the stock and its day or its verb: "on the Nasdaq Global Select Market", "as reported by the NYSE". */
const venue = /^\s*,?\s*(?:(?:on|as\s+(?:reported|quoted)\s+(?:on|by))\s+(?:the\s+)?(?!(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b|(?:January|February|March|April|June|July|August|September|October|November|December)\b)(?:[\p{Lu}][\p{L}]*\s*){1,5}?(?=\s*(?:,|on\s|was\b|were\b)))?/u;
const onDay = /^\s*,?\s*on\s+/i;
/** The verb and the figure: "was $41.20", "were approximately $12.04". */
const wasFigure = new RegExp(String.raw`^\s*,?\s*(?:was|were)\s+(?:approximately\s+|about\s+)?${figure}`, 'iu');
/** Nothing before a date but its day's name: "on Friday, November 20, 2026". */
const dayNameAtMost = /^(?:[A-Z][a-z]+day,?\s+)?$/;
/** What may stand before a sentence's opening "On": the line's markup, or the previous sentence's end. */
const sentenceBefore = /(?:^[ \t>*_+-]*|[.!?]["”’)]?[ \t]+)$/;

/**
 * A price kept as a reference to its day, which no later quote changes: a deal's premium over it, the unaffected price
 * before an announcement, a dividend's record date. Such a sentence is left unread.
 */
const referencePrice = /\b(?:premium|discount\s+to|unaffected|undisturbed|(?:before|prior\s+to|preceding)\s+(?:the\s+)?(?:public\s+)?(?:announcement|disclosure|offer)|record\s+date|ex-dividend)\b/i;

/** The sentence from `start` to `end`, widened to its own ends on the line. */
function sentenceAround(text: string, lineStart: number, lineEnd: number, start: number, end: number): string {
  const before = text.slice(lineStart, start);
  const from = lineStart + Math.max(0, before.search(/[^.!?]*$/));
  const after = text.slice(end, lineEnd).search(/[.!?](?:\s|$)/);
  return text.slice(from, after < 0 ? lineEnd : end + after);
}

/** Every dated price sentence of the note's prose lines, in document order. */
export function findDatedPriceSentences(source: NoteSource): DatedPriceSentence[] {
  const text = source.text;
  if (!priceOf.test(text)) return [];
  const found: DatedPriceSentence[] = [];
  label.lastIndex = 0;
  for (let match = label.exec(text); match !== null; match = label.exec(text)) {
    const line = source.lines.lineAt(match.index);
    if (!source.isTextLine(line) || source.isTableLine(line) || source.skippedSpans.cursor().covers(match.index)) continue;
    const lineEnd = source.lines.lineEnd(line);
    let at = match.index + match[0].length;
    const stock = ofStock.exec(text.slice(at, lineEnd));
    if (!stock) continue;
    at += stock[0].length;
    at += venue.exec(text.slice(at, lineEnd))?.[0].length ?? 0;
    let dated: DatedPriceSentence['dated'] | undefined;
    const on = onDay.exec(text.slice(at, lineEnd));
    if (on) {
      const windowAt = at + on[0].length;
      const window = text.slice(windowAt, Math.min(lineEnd, windowAt + 64));
      const date = readDateCached(window);
      if (!date || !dayNameAtMost.test(window.slice(0, date.at)) || date.reading.precision !== 'day') continue;
      dated = { stampAt: at + on[0].search(/on/i), windowAt, found: date };
      at = windowAt + date.at + date.text.length;
      at += venue.exec(text.slice(at, lineEnd))?.[0].length ?? 0;
    } else {
      dated = dayOpeningSentence(text, source.lines.lineStarts[line], match.index);
      if (!dated) continue;
    }
    const price = wasFigure.exec(text.slice(at, lineEnd));
    if (!price || referencePrice.test(sentenceAround(text, source.lines.lineStarts[line], lineEnd, dated.stampAt, at + price[0].length))) continue;
    const labelAt = match.index + /^\s*/.exec(match[0])![0].length;
    found.push({
      dated,
      labelAt,
      matched: text.slice(labelAt, at + price[0].length),
      ...(price[1] !== undefined ? { sign: price[1] } : {}),
      written: price[2] ?? price[3],
      ...(price[4] !== undefined ? { pence: price[4] } : {}),
    });
  }
  return found;
}

/** "On October 30, 2026, the last reported sale price …": the day the sentence opens with, right before the label. */
function dayOpeningSentence(text: string, lineStart: number, labelAt: number): DatedPriceSentence['dated'] | undefined {
  const before = text.slice(Math.max(lineStart, labelAt - 50), labelAt);
  const beforeAt = labelAt - before.length;
  for (const opening of before.matchAll(/\b(?:On|As\s+(?<asOf>of|at))\s+/g)) {
    const stampAt = beforeAt + opening.index;
    if (!sentenceBefore.test(text.slice(lineStart, stampAt))) continue;
    const windowAt = stampAt + opening[0].length;
    const window = text.slice(windowAt, labelAt);
    const date = readDateCached(window);
    if (!date || !dayNameAtMost.test(window.slice(0, date.at)) || date.reading.precision !== 'day') continue;
    // Only the comma between the date and the label.
    if (!/^,\s*$/.test(window.slice(date.at + date.text.length))) continue;
    return { stampAt, windowAt, found: date, ...(opening.groups?.asOf ? { anchored: true as const } : {}) };
  }
  return undefined;
}
