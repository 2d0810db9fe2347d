// Prices a sentence lists for the stocks it lists, in order: "Apple (NASDAQ: AAPL) and Microsoft (NASDAQ: MSFT)
// closed at $250.00 and $450.00, respectively". Read as one stock's price, the first figure went to the stock named
// last, and the others to no one.

import type { TickerMention } from '../tickers';
import { emphasis, figure } from './pricePatterns';
import type { LaterPrice } from './priceInSentence';

/** The next figure of a list: ", $450.00", " and $450.00", ", and 71.3p". */
const nextFigure = new RegExp(String.raw`^[*_]*(?:,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+)${emphasis}${figure}`, 'iu');
const sentenceRest = /^[^.!?;\n]*/;
const respectively = /\brespectively\b/i;
/**
 * What joins two stocks of a list: ", ", " and ", ", and ", the next company's name (a few capitalised words) and the
 * parenthesis its listing opens. A verb or a full stop between them ends the list.
 */
const mentionListGap = /^[)\]*_]*(?:,[ \t]*(?:and[ \t]+)?|[ \t]+(?:and|&)[ \t]+)(?:shares[ \t]+of[ \t]+)?[*_]*(?:\p{Lu}[\p{L}\p{N}&.'’-]*[ \t]*){0,4}[([]?\$?$/u;

/** A price of one stock of a listed pair, as findStatedPrices keeps it: the stock, and the text from `start` through the figure. */
export interface RespectivePrice extends LaterPrice {
  readonly mention: TickerMention;
}

/**
 * The prices `after` lists for the stocks listed up to mentions[i], when its first figure (`first`, as
 * tiedPriceAtStart read it) opens a list of them. Undefined when the figure stands alone, or one stock has figures,
 * and no "respectively" pairs them: the reading of one stock's price holds (a lone figure after two stocks stays the
 * nearer one's, as before). An empty list when the lists do not pair up (two stocks, three prices; one stock and
 * "respectively"): whose figure is whose cannot be told.
 */
export function respectivePrices(text: string, mentions: readonly TickerMention[], i: number, after: string, first: LaterPrice): RespectivePrice[] | undefined {
  const figures: LaterPrice[] = [first];
  let end = first.matched.length;
  for (let next = nextFigure.exec(after.slice(end)); next !== null; next = nextFigure.exec(after.slice(end))) {
    end += next[0].length;
    figures.push({ matched: after.slice(0, end), ...(next[1] !== undefined ? { sign: next[1] } : {}), written: next[2] ?? next[3], ...(next[4] !== undefined ? { pence: next[4] } : {}) });
  }
  const paired = respectively.test(sentenceRest.exec(after.slice(end))![0]);
  const listed = listedMentions(text, mentions, i);
  if (figures.length === 1 && !paired) return undefined;
  if (listed.length === 1 && !paired) return undefined;
  if (listed.length !== figures.length) return [];
  return listed.map((mention, k) => ({ ...figures[k], mention }));
}

/** mentions[i] and the stocks listed right before it, in order ("Apple (AAPL), Microsoft (MSFT) and Nvidia (NVDA)"). */
function listedMentions(text: string, mentions: readonly TickerMention[], i: number): TickerMention[] {
  let first = i;
  while (first > 0) {
    const before = mentions[first - 1];
    if (!mentionListGap.test(text.slice(before.offset + before.length, mentions[first].offset))) break;
    first--;
  }
  return mentions.slice(first, i + 1);
}
