// A quote chip in running text — MarketWatch's `the Nasdaq Composite Index COMP, -1.63% finished …`, `Apple Inc.
// AAPL, +1.23% rose …` (tickers/namedQuoteChips.ts) — is the page's live quote when it was scraped, not the
// writer's figure: its change is never a claim, and it must not stand between a name and its verb. An index's code in
// a chip is the index the name before it already names, so it is no subject of its own; a company's symbol stays the
// subject its name alone would not be.

import type { TickerMention } from '../../tickers';

/** The sentence with each chip's change blanked (offsets kept); `sentenceStart` is its offset in the note. */
export function withoutChipChanges(sentence: string, sentenceStart: number, mentions: readonly TickerMention[]): string {
  let text = sentence;
  for (const mention of mentions) {
    if (mention.form !== 'chip') continue;
    const from = mention.symbolOffset + mention.symbolLength - sentenceStart;
    const to = mention.offset + mention.length - sentenceStart;
    if (from < 0 || to > text.length) continue;
    text = text.slice(0, from) + ' '.repeat(to - from) + text.slice(to);
  }
  return text;
}

/** Whether a mention is an index's code in a chip after the index's name: the name is the subject, not the code. */
export function isIndexChip(mention: TickerMention): boolean {
  return mention.form === 'chip' && mention.exchange === 'INDEX';
}
