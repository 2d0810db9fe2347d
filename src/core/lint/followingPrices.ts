// A price a later sentence of the mention's paragraph states, with the stock itself as its subject, as newsletters and
// explainers go on once they have named the company: "Meta Platforms (META) rose in morning trading. At last check,
// the shares were up 2.6% to $712.40.", "**Tesla (TSLA)**: As of this writing, the stock trades at roughly $440."
// "The stock" is the mention's only when nothing else could be meant, so the reading asks for all of:
// - the subject ("the stock", "the shares", "its shares", "the company's stock", "shares") opens its sentence or
//   clause, after at most a short lead phrase and its comma ("At last check,", "As of this writing,");
// - every mention of the paragraph before that sentence names the same symbol, and none is in the lead phrase
//   ("Unlike Apple (AAPL), the stock …" is another stock's);
// - the figure is tied to the subject as statedPrices.ts ties one to a mention, and no mention stands between them.
// A heading or a line of its own above the paragraph belongs to it ("## Tesla (TSLA)" then "The stock trades at …");
// a blank line or a new list item starts another.

import { firstAtOrAfter } from '../sortedRanges';
import type { TickerMention } from '../tickers/mention';
import type { NoteSource } from './noteSource';
import { tiedPrice } from './pricePatterns';
import { priceInSentence } from './priceInSentence';

export interface FollowingPrice {
  readonly mention: TickerMention;
  /** Where the subject ("the shares") starts and ends: the words that stand for the mention. */
  readonly subjectStart: number;
  readonly subjectEnd: number;
  /** The text from the subject's end through the figure, and the figure's parts, as statedPrices.ts's readers give them. */
  readonly matched: string;
  readonly sign?: string;
  readonly written: string;
  readonly pence?: string;
}

const subject = /(?<![\p{L}\p{N}'’-])(?:(?:the|its)\s+(?:company['’]s\s+)?)?(?:shares|stock)(?![\p{L}\p{N}'’-])/giu;
/** A short phrase and its comma before the subject: "At last check, ", "As of this writing, ". */
const leadPhrase = /^(?:[^,.;:!?()\n]{1,48},\s*)?$/u;
/** Markdown that may open a line or wrap a lead: list and quote markers, emphasis. */
const markup = /^[\s>*_]*(?:[-+*]\s+|\d+[.)]\s+)?[*_]*/u;
/** Where a sentence or a labelled clause ends: a stop, question or exclamation mark, or a colon, before a blank. */
const clauseBreak = /[.!?:]["'”’)*_]*\s+/gu;
const lookBack = 600;
const lookAhead = 120;
/** A blank line, or a line break before a list item: where the paragraph the subject is in starts. */
const paragraphBreak = /\n[ \t]*(?:\r?\n|(?=[ \t]*(?:[-+*]|\d+[.)])[ \t]))/gu;

/** The prices later sentences state for the note's mentions, in document order. */
export function findFollowingPrices(source: NoteSource, mentions: readonly TickerMention[]): FollowingPrice[] {
  const text = source.text;
  if (mentions.length === 0) return [];
  const found: FollowingPrice[] = [];
  const skipped = source.skippedSpans.cursor();
  for (const match of text.matchAll(subject)) {
    const at = match.index;
    const line = source.lines.lineAt(at);
    if (!source.isTextLine(line) || source.isTableLine(line) || skipped.covers(at)) continue;
    const paragraphStart = paragraphStartBefore(text, at);
    const sentenceStart = clauseStartBefore(text, paragraphStart, at);
    const lead = text.slice(sentenceStart, at).replace(markup, '');
    if (!leadPhrase.test(lead)) continue;
    const mention = onlySymbolBefore(mentions, paragraphStart, sentenceStart);
    if (mention === undefined || mentionWithin(mentions, sentenceStart, at)) continue;
    const end = at + match[0].length;
    const next = mentions[firstAtOrAfter(mentions, end)]?.offset ?? Infinity;
    const after = text.slice(end, Math.min(text.length, end + lookAhead, next));
    const tied = tiedPrice.exec(after);
    if (tied && (tied[1] !== undefined || tied[2] !== undefined)) {
      found.push({ mention, subjectStart: at, subjectEnd: end, matched: tied[0], ...figureParts(tied[3], tied[4] ?? tied[5], tied[6]) });
      continue;
    }
    const later = priceInSentence(after);
    if (later) found.push({ mention, subjectStart: at, subjectEnd: end, ...later });
  }
  return found;
}

function figureParts(sign: string | undefined, written: string, pence: string | undefined): Pick<FollowingPrice, 'sign' | 'written' | 'pence'> {
  return { ...(sign !== undefined ? { sign } : {}), written, ...(pence !== undefined ? { pence } : {}) };
}

/** Where the paragraph holding `at` starts: after its last blank line or list item's start, within reach. */
function paragraphStartBefore(text: string, at: number): number {
  const from = Math.max(0, at - lookBack);
  const before = text.slice(from, at);
  let start = 0;
  for (const found of before.matchAll(paragraphBreak)) start = found.index + found[0].length;
  return from + start;
}

/** Where the sentence or clause holding `at` starts, not before the paragraph's start. */
function clauseStartBefore(text: string, paragraphStart: number, at: number): number {
  const before = text.slice(paragraphStart, at);
  let start = 0;
  for (const found of before.matchAll(clauseBreak)) start = found.index + found[0].length;
  const lineStart = before.lastIndexOf('\n') + 1;
  return paragraphStart + Math.max(start, lineStart);
}

/** The last mention in [from, to) when every mention there names its symbol; else undefined. */
function onlySymbolBefore(mentions: readonly TickerMention[], from: number, to: number): TickerMention | undefined {
  let last: TickerMention | undefined;
  for (let i = firstAtOrAfter(mentions, from); i < mentions.length && mentions[i].offset < to; i++) {
    if (last !== undefined && mentions[i].symbol !== last.symbol) return undefined;
    last = mentions[i];
  }
  return last !== undefined && last.offset + last.length <= to ? last : undefined;
}

function mentionWithin(mentions: readonly TickerMention[], from: number, to: number): boolean {
  const i = firstAtOrAfter(mentions, from);
  return i < mentions.length && mentions[i].offset < to;
}
