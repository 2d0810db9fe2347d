// Prices at a glance: after each mention in the visible part of a note, its last known price and day's move
// (`412.30 ▲0.8%`). Only what is already known is shown — the caller passes a look-up that never asks anyone — so
// a scroll or a keystroke costs a binary search and a few map reads, never a request.

import type { TickerMention } from '../tickers/mention';
import { dailyChange, type Quote } from '../quotes/quote';
import { firstAtOrAfter } from '../sortedRanges';

export interface InlinePriceHint {
  /** Where the hint goes: right after the mention. */
  readonly offset: number;
  readonly label: string;
  readonly mention: TickerMention;
  readonly quote: Quote;
}

const twoDigits = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const fourDigits = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 4 });
const oneDigit = new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const closingParenthesis = 0x29;
// A quote object is immutable and shared by every mention of its listing: format it once.
const labels = new WeakMap<Quote, string>();

/** `412.30 ▲0.8%`, `0.4512 ▼12.0%`, `98.00` when there is no previous close to compare with. */
export function formatInlinePrice(quote: Quote): string {
  let label = labels.get(quote);
  if (label === undefined) {
    const price = (Math.abs(quote.price) < 1 ? fourDigits : twoDigits).format(quote.price);
    const change = dailyChange(quote);
    const arrow = !change ? '' : change.changePercent > 0 ? '▲' : change.changePercent < 0 ? '▼' : '■';
    label = change ? `${price} ${arrow}${oneDigit.format(Math.abs(change.changePercent))}%` : price;
    labels.set(quote, label);
  }
  return label;
}

/**
 * Hints for the mentions of `text` that start in [from, to), in order, each after its mention's closing parenthesis
 * when it has one. `mentions` are sorted by offset (as the scan returns them); `quoteFor` answers from memory only.
 */
export function inlinePriceHints(
  text: string,
  mentions: readonly TickerMention[],
  from: number,
  to: number,
  quoteFor: (mention: TickerMention) => Quote | undefined,
): InlinePriceHint[] {
  const hints: InlinePriceHint[] = [];
  for (let i = firstAtOrAfter(mentions, from); i < mentions.length; i++) {
    const mention = mentions[i] as TickerMention;
    if (mention.offset >= to) break;
    const quote = quoteFor(mention);
    if (!quote) continue;
    const end = mention.offset + mention.length;
    hints.push({ offset: text.charCodeAt(end) === closingParenthesis ? end + 1 : end, label: formatInlinePrice(quote), mention, quote });
  }
  return hints;
}

/** The mentions that start in [from, to): the visible ones, for a background refresh. */
export function mentionsBetween(mentions: readonly TickerMention[], from: number, to: number): TickerMention[] {
  const found: TickerMention[] = [];
  for (let i = firstAtOrAfter(mentions, from); i < mentions.length && (mentions[i] as TickerMention).offset < to; i++) found.push(mentions[i] as TickerMention);
  return found;
}

