// The price a research note gives as a labelled field of its cover line, not in a sentence: "Apple (AAPL) | Price:
// $250.00 | Rating: Buy | PT: $310", "Microsoft (MSFT) — Price: $455.00 · Target: $600", "Last: $171.25 (11/20)", "**Price (Nov 20, 2026):** $181.20", "Closing price as
// of 11/20/26: $498.12". The label names the stock's own price, so the figure is one to compare with the quote; the
// fields beside it ("PT: $310", "Target price: $600", "52W Hi/Lo: $207.52 / $66.12") name other figures and are never
// read, since only a price's own label ("Price", "Last", "Close", "Share price") opens a field that is read.
//
// Whose price it is: the mention before the label on its line; on a line that names no ticker (the cover box under
// the title), the stock the nearest heading above names, or else the one stock the whole note names. A line or a
// heading that names several leaves the figure unread: which one's price it is cannot be told. A record table's row
// ("| Price (11/20/26) | $181.20 |") is read the same way, for the stock its own Ticker row names.

import type { TickerMention } from '../tickers/mention';
import type { NoteSource } from './noteSource';
import { figure } from './pricePatterns';
import { targetAfter } from './priceInSentence';
import { keepsMarketPrice } from './priceQualifiers';

/**
 * Where a field starts: the line's start (after list, quote and heading marks), or a separator between fields — a
 * bar, a bullet, a semicolon, a colon, or a dash with blanks round it ("Microsoft (MSFT) — Price: $455.00 · Target:
 * $600"; a hyphen inside a word, "Year-end price: …", is no separator) — or the mention's own parenthesis closed, as
 * Indian broker roundups open a pick's line: "Kavya Textiles (NSE: KAVYA) LTP: Rs 620.50 | SL: Rs 604".
 */
const fieldStart = String.raw`(?:^[ \t>#+-]*(?:\*[ \t]+)?|[|•·;:][*_]{0,2}[ \t]*|[ \t][—–-][ \t]+[*_]{0,2}|\)[*_]{0,2}[ \t]+)`;
/**
 * A price's own label, Indian brokers' "CMP" (current market price, also spelt out) and "LTP" (last traded price) among them. "Price
 * target", "Target price" and "Price objective" never match: the label ends at "price".
 */
const label = String.raw`(?:(?:last|closing|current|recent|share|stock|reference)\s+)?(?:market\s+)?price|last(?:\s+(?:sale|trade|close))?|close|cmp|ltp`;
/**
 * What "at" or "on" in a label may name: a day, a time or a session of the note's own ("at close", "on 11/20/26",
 * "at publication", "at time of writing"). "Price at recommendation", "Price at IPO", "Price on entry", "Price when
 * added" name another time's price — a newsletter's buy-in, an offering's — which no quote of today makes stale.
 */
const noteTime = String.raw`(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[ \t]|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|(?:the[ \t]+)?(?:(?:market|last|today['’]s)[ \t]+)?(?:close|closing|open|opening)\b|(?:the[ \t]+)?(?:time[ \t]+of[ \t]+)?(?:publication|writing|posting|press(?:[ \t]+time)?)\b|today|yesterday|midday|noon)`;
/** What may date the label before its colon: "(Nov 20, 2026)", "(11/20/26 close)", " as of 11/20/26", " at close". */
const qualifier = String.raw`(?:[ \t]*\((?![ \t]*(?:(?:at|on)[ \t]+(?!${noteTime})|when\b|since\b))[^()\n]{1,40}\)|[ \t]+(?:as\s+(?:of|at)[ \t]+|(?:at|on)[ \t]+(?=${noteTime}))[^:|\n]{1,40}?)?`;
const labelledField = new RegExp(
  String.raw`${fieldStart}[*_]{0,2}(?:${label})${qualifier}[*_]{0,2}[ \t]*:[*_]{0,2}[ \t]*[*_]{0,2}${figure}`,
  'gimu',
);
/** A record table's row: the label in the first cell, the figure alone in the second ("| Price (11/20/26) | $181.20 |"). */
const recordRow = new RegExp(
  String.raw`^[ \t]*(?:\|[ \t]*)?[*_]{0,2}(?:${label})${qualifier}[*_]{0,2}[ \t]*:?[ \t]*\|[ \t]*[*_]{0,2}${figure}[*_]{0,2}[ \t]*\|?[ \t]*$`,
  'gimu',
);
/**
 * A bare number after the label, as a quote screen or a pasted watchlist gives it ("Last: 256.44", "Last price:
 * 256.44 (+1.2%)"): only with a price's decimals and nothing after it but the field's end or its change, so "Close:
 * 3 days" or "Last: 2.5x" stay unread. Read only next to its ticker (adjacentOwner), never for the note's one stock
 * from afar: a bare figure says less of itself than a signed one.
 */
const bareLabelledField = new RegExp(
  String.raw`${fieldStart}[*_]{0,2}(?:${label})${qualifier}[*_]{0,2}[ 	]*:[*_]{0,2}[ 	]*[*_]{0,2}((?:\d{1,3}(?:,\d{3})+|\d+)\.\d{2,4})(?![\d.,]*\d)[*_]{0,2}(?=[ 	]*(?:$|[|•·;]|[—–-][ 	]|\(?[+−-]?\d+(?:\.\d+)?%|\([+−-]))`,
  'gimu',
);
/** The label's parenthesis, read from the field's start: "Price (bull)" → "bull". */
const labelParenthesis = new RegExp(String.raw`^[*_]{0,2}(?:${label})[ \t]*\(([^()\n]*)\)`, 'i');

/** Whether the field at `start` is labelled as the market price: no parenthesis, or one priceQualifiers.ts allows. */
function labelsMarketPrice(text: string, start: number): boolean {
  const parenthesis = labelParenthesis.exec(text.slice(start, start + 80));
  return parenthesis === null || keepsMarketPrice(parenthesis[1]);
}

/** A cheap test before the pattern: most notes have no labelled price at all. */
const labelWord = /\b(?:price|last|close|cmp|ltp)\b[^:|\n]{0,48}[:|]/i;

export interface LabelledPrice {
  readonly mention: TickerMention;
  /** Where the field starts (its label, after the separator): what dates it is read from here. */
  readonly start: number;
  /** The field from `start` through the figure's number (and its pence mark). */
  readonly matched: string;
  readonly sign?: string;
  readonly written: string;
  readonly pence?: string;
}

/** Labelled prices on the note's prose lines, each with the mention it belongs to (see above). */
export function findLabelledPrices(source: NoteSource): LabelledPrice[] {
  const text = source.text;
  if (!labelWord.test(text)) return [];
  const mentions = source.mentions;
  const found: LabelledPrice[] = [];
  for (const pattern of [labelledField, recordRow]) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
      const line = source.lines.lineAt(match.index);
      if (!source.isTextLine(line) || source.isTableLine(line) !== (pattern === recordRow)) continue;
      if (source.skippedSpans.cursor().covers(match.index)) continue;
      const start = match.index + /^[ \t>#+|•·;:*_—–)-]*/.exec(match[0])![0].length;
      if (!labelsMarketPrice(text, start)) continue;
      const mention = pattern === recordRow ? recordOwner(source, mentions, line) : ownerOf(source, mentions, line, start);
      if (!mention) continue;
      const figureEnd = match.index + match[0].length - (pattern === recordRow ? /[*_]{0,2}[ \t]*\|?[ \t]*$/.exec(match[0])![0].length : 0);
      // "price: $60 PT": the figure names a target, whatever label stood before it.
      if (targetAfter.test(text.slice(figureEnd, figureEnd + 24))) continue;
      found.push({
        mention,
        start,
        matched: text.slice(start, figureEnd),
        ...(match[1] !== undefined ? { sign: match[1] } : {}),
        written: match[2] ?? match[3],
        ...(match[4] !== undefined ? { pence: match[4] } : {}),
      });
    }
  }
  bareLabelledField.lastIndex = 0;
  for (let match = bareLabelledField.exec(text); match !== null; match = bareLabelledField.exec(text)) {
    const line = source.lines.lineAt(match.index);
    if (!source.isTextLine(line) || source.isTableLine(line) || source.skippedSpans.cursor().covers(match.index)) continue;
    const start = match.index + /^[ \t>#+|•·;:*_—–)-]*/.exec(match[0])![0].length;
    if (found.some((field) => field.start === start) || !labelsMarketPrice(text, start)) continue;
    const mention = adjacentOwner(source, mentions, line, start);
    if (!mention) continue;
    found.push({ mention, start, matched: text.slice(start, match.index + match[0].length), written: match[1] });
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * The ticker a bare labelled figure at `at` on 0-based `line` sits next to: the last mention before it on its line,
 * else the one listing named by the line right above (no blank line between: "Apple (AAPL)" ⏎ "Last: 256.44") or by
 * the heading right above it.
 */
function adjacentOwner(source: NoteSource, mentions: readonly TickerMention[], line: number, at: number): TickerMention | undefined {
  const onLine = mentions.filter((mention) => mention.line - 1 === line);
  if (onLine.length > 0) return onLine.filter((mention) => mention.offset < at).at(-1);
  let above = line - 1;
  let blank = false;
  while (above >= 0 && source.lines.lineText(above).trim() === '') {
    above--;
    blank = true;
  }
  if (above < 0 || (blank && !isHeading(source, above)) || source.isTableLine(above)) return undefined;
  const named = mentions.filter((mention) => mention.line - 1 === above);
  return named.length > 0 ? soleSymbol(named) : undefined;
}

/** A record table's row belongs to the stock its Ticker row names, else to the heading's or the note's (ownerOf). */
function recordOwner(source: NoteSource, mentions: readonly TickerMention[], line: number): TickerMention | undefined {
  let first = line;
  let last = line;
  while (first > 0 && source.isTableLine(first - 1)) first--;
  while (last + 1 < source.lines.lineStarts.length && source.isTableLine(last + 1)) last++;
  const inTable = mentions.filter((mention) => mention.line - 1 >= first && mention.line - 1 <= last);
  return inTable.length > 0 ? soleSymbol(inTable) : ownerOf(source, mentions, first, -1);
}

/** The mention a field at `at` on 0-based `line` belongs to: see the head of this file. */
function ownerOf(source: NoteSource, mentions: readonly TickerMention[], line: number, at: number): TickerMention | undefined {
  const onLine = mentions.filter((mention) => mention.line - 1 === line);
  if (onLine.length > 0) return onLine.filter((mention) => mention.offset < at).at(-1);
  for (let above = line - 1; above >= 0; above--) {
    if (!isHeading(source, above)) continue;
    const named = mentions.filter((mention) => mention.line - 1 === above);
    if (named.length > 0) return soleSymbol(named);
  }
  return soleSymbol(mentions);
}

function isHeading(source: NoteSource, line: number): boolean {
  return source.isTextLine(line) && !source.isTableLine(line) && /^ {0,3}#{1,6}[ \t]/.test(source.lines.lineText(line));
}

/** The first of `mentions` when they all name one symbol. */
function soleSymbol(mentions: readonly TickerMention[]): TickerMention | undefined {
  const first = mentions[0];
  return first !== undefined && mentions.every((mention) => mention.symbol === first.symbol) ? first : undefined;
}
