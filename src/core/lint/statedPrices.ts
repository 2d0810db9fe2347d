// Prices a note states for its tickers: "Apple (NASDAQ: AAPL) closed at $256.44", "$TSLA traded near $431.46",
// "Apple (AAPL) ($256.44)", "(NASDAQ: AAPL, $256.44)", "stock price: $256.44", "At roughly $150, Nvidia (NVDA)
// trades at 30 times earnings", a later sentence's "At last check, the
// shares were at $712.40" (followingPrices.ts), and the Price/Close/Last cell of a quote table's row. Lint compares them with the current quote (price-drift); the hover shows them as "then" beside
// "now". A figure counts only when a price verb, "at" or "price" ties it to the mention, or it stands alone beside
// the mention in parentheses, or the next sentence opens on the stock and ties it ("… Shares closed at $101.40");
// never when it is an amount ("$5 billion of buybacks", "$380 billion"), a percentage or a multiple, nor when its
// sentence dates it to another time than the note's ("closed at $243.85 on Jan. 2", "In April, …", "a year ago":
// priceTime.ts) — a true price of its day, which no quote of today can make stale.

import type { ExchangeId } from '../tickers/exchanges';
import { findAsOfStamps, referenceDay, type AsOfStamp } from './asOfStamps';
import { findFollowingPrices } from './followingPrices';
import { otherTimeOfPrice } from './priceTime';
import { localStampAfter, otherStampEndBefore, stampAt, stampContrastedLater } from './stampScope';
import type { TickerMention } from '../tickers/mention';
import { asNoteSource, type NoteSource } from './noteSource';
import { amount, change, conditionalAfter, currency, emphasis, figure } from './pricePatterns';
import { otherFigure, priceInSentence, tiedPriceAfterAsides, tiedPriceAtStart, type LaterPrice } from './priceInSentence';
import { respectivePrices } from './respectivePrices';
import { findQuoteTables, type QuoteTable } from './quoteTables';
import { findLabelledPrices } from './labelledPrices';
import { findDatedPriceSentences } from './datedPriceSentences';
import { firstAtOrAfter } from '../sortedRanges';

export interface StatedPrice {
  readonly symbol: string;
  readonly exchange?: ExchangeId;
  readonly mention: TickerMention;
  readonly value: number;
  /**
   * The currency sign as written (`$`, `US$`, `C$`, `CA$`, `A$`, `AU$`, `HK$`, `NZ$`, `NT$`, `S$`, `R$`, `€`, `£`,
   * `GBX` for pence, `₹`, `Rs`, `Rs.`, `¥`, or a code: `INR`, `JPY`, `CHF`, `EUR`, `SEK`, `NOK`, `DKK`, `CNY`, `RMB`,
   * `TWD`, `SGD`), or the unit written after the number: `p` or `pence` for pence, `cents` or `¢` for cents of a dollar, `yen`,
   * `euros` ("433.35p", "94 cents"), and in a table's cell `c` for cents ("85c"); absent for a bare number in a table
   * cell.
   */
  readonly currencySign?: string;
  /** For a bare number in a quote table's cell, the currency its column's header names ("Price (£)"), as a sign. */
  readonly columnCurrency?: string;
  /** The figure as written, sign included ("$256.44"): 0-based offset and length. */
  readonly offset: number;
  readonly length: number;
  /** The number alone ("256.44"): what a fix replaces. */
  readonly valueOffset: number;
  readonly valueLength: number;
  /** 1-based position of the figure. */
  readonly line: number;
  readonly column: number;
  /** Digits after the decimal point, and whether thousands were grouped ("1,482.33"): a fix writes the same way. */
  readonly decimals: number;
  readonly grouped: boolean;
  readonly source: 'prose' | 'table';
}

/**
 * A price set beside the mention, alone: in a parenthesis of its own ("Apple (AAPL) ($256.44)", "$AAPL ($256.44)") or
 * after a comma or colon in the mention's ("(NASDAQ: AAPL, $256.44)"), and closed there or followed by a comma ("…,
 * +1.2%)"). Anything else in the parenthesis ("($5 price target)", "(+$3.10)") leaves it unread.
 */
const priceBeside = new RegExp(String.raw`^(?:\)?\s*\(|\s*[,;:])\s*${figure}\s*[,;)]`, 'iu');
/**
 * A price after the symbol in its own parenthesis, set off by a blank alone, as market wraps tag a company: "Nvidia
 * (NVDA $160.30) slipped", "chip makers (NVDA $160.30, AMD $140.10) fell", "(AMD $140.00 and NVDA $160.30)",
 * "(NASDAQ: NVDA $160.30)". Read only when the symbol opens the parenthesis or its item (after its venue, if any: see
 * symbolOpensParenthesis) and the figure ends the parenthesis or its item — at "and" or "&" only before the next
 * symbol's capital: "(NVDA $5 billion deal)", "(AAPL $250 calls)" and "(AAPL $250 and $260 calls)" are other figures.
 */
const priceAfterSymbol = new RegExp(String.raw`^[ \t]+${figure}(?=[ \t]*[,;)]|[ \t]+(?:and|&)[ \t]+\$?(\S))`, 'iu');
/** priceAfterSymbol's match, when what follows "and" is a symbol's capital (the pattern reads letters in any case). */
function priceAfterSymbolIn(after: string, within: number): RegExpExecArray | null {
  const match = priceAfterSymbol.exec(after);
  if (match === null || match[0].length > within) return null;
  const next = match[5]?.charCodeAt(0);
  return next === undefined || (next >= 65 && next <= 90) ? match : null;
}
/**
 * A parenthesis opened just before the symbol, or its item's separator — a comma, a semicolon, or "and" or "&" after
 * the figure that ends the item before — with a venue's prefix between ("(NASDAQ: ").
 */
const symbolOpening = /(?:\(|[,;][ \t]|[\d%][ \t]+(?:and|&)[ \t])[ \t]*(?:[A-Za-z][A-Za-z ]{1,18}:[ \t]*)?$/;
function symbolOpensParenthesis(text: string, offset: number): boolean {
  return symbolOpening.test(text.slice(Math.max(0, offset - 24), offset)) && text.lastIndexOf('(', offset) > text.lastIndexOf(')', offset - 1);
}
/**
 * What stands between a watchlist's mention and its figure: the mention's parenthesis and emphasis closed, then a
 * label's colon (maybe inside the bold) or a dash, then blanks.
 */
const labelLead = String.raw`^\)?(?:[*_]{1,2})?(?:[ \t]*:(?:[*_]{1,2})?|[ \t]+[—–-])?[ \t]+`;
/**
 * A price in a line of movers, right after the mention and followed by its change: "Bloomsbury Publishing (BMY)
 * 704.00p 3.53%", "$NVDA $190.10 +1.2%", and as watchlists set it after a label's colon or a dash: "**Apple
 * (AAPL)**: $262.41 (+1.0%)", "Tesla (TSLA) — $450.00, down 3%". A figure with nothing after it ("$AAPL $256.44, no
 * verb") is a list of amounts as often as a price, and stays unread. The label's colon may sit inside its bold:
 * "**Apple (AAPL):** $262.41 (+1.0%)".
 */
const priceWithChange = new RegExp(
  String.raw`${labelLead}${emphasis}${figure}${emphasis},?[ \t]+\(?(?:[+−-]?\d+(?:\.\d+)?%|(?:up|down)[ \t]+\d+(?:\.\d+)?%)`,
  'iu',
);
/**
 * A move told before the price it ended at, with no verb, as movers lines put it: "AMZN +3.1% to $219.90", "**ORCD**:
 * (−2.0%) to $12.30". The move must be signed: "AMZN 3% to $219.90" may be a weight or a range.
 */
const changeToPrice = new RegExp(
  String.raw`${labelLead}\(?[+−–-]\d+(?:\.\d+)?%\)?[ \t]+(?:to|at)[ \t]+${emphasis}${figure}`,
  'u',
);
/**
 * A movers list as the Canadian Press lays it out: the mention's sentence ends, a sector may follow as a sentence of
 * its own, then the move to the price: "(TSX:TD). Financials. Up 81 cents, or 1.0 per cent, to $80.50." The move
 * opens its sentence with a capital "Up" or "Down", so prose that merely goes on ("… Up next: …") is not read.
 */
const moverEntry = new RegExp(
  String.raw`^\)?\.[ \t]+(?:\p{Lu}[\p{L}&'’ -]{0,40}\.[ \t]+)?(?:Up|Down)[ \t]+${change},?[ \t]+(?:to|at)[ \t]+${emphasis}${figure}`,
  'u',
);
/**
 * A quote table's price cell: a number with its currency before it ("£12.10", "GBX 70.50") or none, or with pence or
 * cents after it, as London and Sydney tables write a price under a pound or a dollar ("70.50p", "1,210p", "85c",
 * "55¢"). Groups: the sign, the number after it, the number alone, the unit after it.
 */
const priceCell = new RegExp(String.raw`^(?:\*{1,2}|_{1,2})?(?:${currency}\s?${amount}|${amount}(p|c|\s?¢)?)(?:\*{1,2}|_{1,2})?$`);
const lookAhead = 120;
/**
 * A view of the stock named before it, in the mention's sentence: "Analysts see Microsoft (MSFT) at $600", "Jefferies
 * values Apple (AAPL) at $300", "expects Tesla (TSLA) trading near $500". What follows is where someone thinks the
 * stock should be, not where it traded. Up to four words of the company's name between the verb and the mention.
 */
const viewBefore = /\b(?:sees?|saw|expects?|expected|values?|valued|valuing|targets?|targeted|targeting|forecasts?|pegs?|pegged|pictures?|envisions?)\s+(?:[\p{L}\p{N}&.'’-]+\s+){0,4}\(?$/iu;
/**
 * A trade, an order or an intention named before the mention: "I bought Apple (AAPL) at $150", "We sold shares of
 * Tesla (TSLA) at $450", "My stop on Alphabet (GOOGL) sits at $250", "our cost basis in Nvidia (NVDA) is $45", "we
 * would add to Apple (AAPL) at $240", "a covered call on Apple (AAPL) at $290" (an option's strike). What follows
 * is the price of that trade, order or option, not where the stock trades now.
 */
const tradeBefore =
  /\b(?:bought|buying|buy|purchased|sold|selling|sell|shorted|shorting|short|acquired|add(?:ing)?\s+to|accumulat(?:e|ing)|trim(?:ming)?|(?:calls?|puts?|options?)\s+on|(?:cost[ -]basis|(?:average|avg\.?)\s+cost|stop(?:[ -]loss)?|(?:buy|sell)[ -]stop|trailing\s+stop|limit(?:\s+order)?|entry(?:\s+point)?|exit(?:\s+point)?|strike|breakeven|break-even)\s+(?:on|in|for|of))\s+(?:[\p{L}\p{N}&.'’-]+\s+){0,4}\(?$/iu;
/**
 * The next sentence, when it opens on the stock itself and ties a price to it: "Walmart Inc. (WMT) kept its Buy
 * rating. Shares closed at $101.40.", "… The stock last traded at $288." Only the sentence right after, in the same
 * paragraph, and only when no other mention comes first (the text given ends at the next one): "Shares" there can
 * be no other company's. (The mark is found before the character behind it is looked at, as in sentenceEnds.)
 */
const nextSentence = /^[^\n]*?[.!?](?<=[\p{Ll}\d%)\]][.!?])["”’)]?(?:[ \t]+|[ \t]*\n[ \t]*)(?:(?:the|its)\s+)?(?=(?:shares|stock|share\s+price)\b)/iu;
function priceInNextSentence(after: string): LaterPrice | undefined {
  const opening = nextSentence.exec(after);
  if (!opening) return undefined;
  const tied = tiedPriceAtStart(after.slice(opening[0].length));
  return tied && { ...tied, matched: opening[0] + tied.matched };
}

/**
 * A price fronted before the stock at its sentence's start, as valuation sentences open: "At roughly $150, Nvidia
 * (NASDAQ: NVDA) trades at 30 times earnings", "At $41 a share, Orcadia (ORCD) yields 4%". Nothing but the company's
 * name (capitalised words, "shares of") between the comma and the mention: "At $150, we would buy Nvidia (NVDA)" is
 * a plan. Read on the text before the mention, which ends there.
 */
const frontedPrice = new RegExp(
  String.raw`(?:^|[.!?]["”’)]?[ \t]+|\n[ \t>*_-]*)(?:At|Trading\s+at|Priced\s+at)\s+(?:(?:a|its)\s+)?(?:(?:recent|current|about|around|roughly|near|nearly|approximately)\s+)?${emphasis}${figure}${emphasis}(?:\s+(?:a|per)\s+share)?,\s+(?:shares\s+of\s+)?(?:\p{Lu}[\p{L}\p{N}&.'’-]*\s+){0,4}\(?$`,
  'u',
);
/** What makes a fronted price a condition, after the mention: "At $150, Nvidia (NVDA) would be a bargain". */
const conditionAfterMention = /^[)*_\s]*(?:would|could|might|should|is\s+(?:a\s+)?(?:buy|bargain|steal)|looks?\s+(?:cheap|attractive|expensive|rich))\b/i;

/** The price fronted before mentions[i] in its sentence, as figureIn reads it from `start`, or undefined. */
function priceFrontedBefore(text: string, mentions: readonly TickerMention[], i: number): (LaterPrice & { readonly start: number }) | undefined {
  const mention = mentions[i];
  const from = Math.max(0, mention.offset - lookAhead, i > 0 ? mentions[i - 1].offset + mentions[i - 1].length : 0);
  const before = text.slice(from, mention.offset);
  if (!/[$€£¥\d]/.test(before)) return undefined;
  const fronted = frontedPrice.exec(before);
  if (!fronted || conditionAfterMention.test(text.slice(mention.offset + mention.length, mention.offset + mention.length + 40))) return undefined;
  // "At $150, Nvidia (NVDA) and Apple (AAPL) trade at 30x": the price is no one stock's.
  if (i + 1 < mentions.length && !aloneInSentence(text, mentions, i + 1)) return undefined;
  // The figure's groups, as in priceBeside: the sign, the number (or the bare number), the pence mark.
  const [, sign, written, writtenBare, pence] = fronted;
  const figureText = written ?? writtenBare;
  const figureEnd = fronted.index + fronted[0].search(/[*_]*(?:\s+(?:a|per)\s+share)?,\s/);
  const start = from + fronted.index;
  return { start, matched: before.slice(fronted.index, figureEnd), ...(sign !== undefined ? { sign } : {}), written: figureText, ...(pence !== undefined ? { pence } : {}) };
}

/** Whether no mention before mentions[i] shares its sentence ("Orbital (OFX) and Kestrel (KSTL) both beat."). */
function aloneInSentence(text: string, mentions: readonly TickerMention[], i: number): boolean {
  const before = mentions[i - 1];
  if (before === undefined) return true;
  const between = text.slice(before.offset + before.length, mentions[i].offset);
  // A blank line, or a new item of a list, ends a sentence as a full stop does.
  return /\n[ \t]*(?:\n|[-*+][ \t]|\d+[.)][ \t]|#)/.test(between) || sentenceEnd.test(between);
}

/**
 * The last sentence end before the mention, after a word in lower case: not the point of "Inc." or "Corp.". The
 * word is looked at behind the mark once the mark is found: a look-behind tried first runs at every character.
 */
const sentenceEnds = /(?:[.!?](?<=(?:^|\s)[\p{Ll}\d][\p{L}\d%)]*[.!?])|;)\s+/gu;
const sentenceEnd = new RegExp(sentenceEnds.source, 'u');

/** Prices stated for the given mentions (from findTickerMentions on the same text), in document order. */
export function findStatedPrices(
  written: string,
  mentions: readonly TickerMention[],
  note?: NoteSource,
  tables?: readonly QuoteTable[],
  stamps?: readonly AsOfStamp[],
): StatedPrice[] {
  const source = asNoteSource(written, note);
  const text = source.text; // Unicode spaces read as plain ones, offsets unchanged
  const prices: StatedPrice[] = [];
  let noteStamps = stamps;
  /**
   * A price of its sentence's own time ("closed at $243.85 on Jan. 2", "In April, …") is not one of the note's. The
   * words that stand for the stock (the mention, a labelled field's label, or "the shares" of a later sentence) say
   * where its sentence is.
   */
  const ofNoteTime = (price: StatedPrice, subjectStart: number, subjectEnd: number): boolean => {
    noteStamps ??= findAsOfStamps(text, source);
    const stamp = localStampAfter(text, noteStamps, price.offset + price.length) ?? stampAt(text, noteStamps, price.offset);
    // "As of Nov. 13, …, Apple (AAPL) was at $240.00, but as of Nov. 20, 2026 …": the earlier side of a comparison.
    if (stamp && stampContrastedLater(text, noteStamps, stamp, price.offset + price.length)) return false;
    const introFrom = otherStampEndBefore(noteStamps, stamp, subjectStart);
    return otherTimeOfPrice(text, subjectStart, subjectEnd, price.offset, price.offset + price.length, referenceDay(stamp), introFrom) === undefined;
  };
  const keep = (price: StatedPrice, subjectStart = price.mention.offset, subjectEnd = price.mention.offset + price.mention.length) => {
    if (ofNoteTime(price, subjectStart, subjectEnd)) prices.push(price);
  };
  /** The price read after mentions[i], or the prices of the stocks listed up to it when it opens a list of them. */
  const keepListed = (i: number, start: number, read: LaterPrice) => {
    const listed = respectivePrices(text, mentions, i, text.slice(start, Math.min(text.length, start + lookAhead)), read);
    if (!listed) keep(figureIn(source, mentions[i], start, read.matched, read.sign, read.written, read.pence));
    else for (const each of listed) keep(figureIn(source, each.mention, start, each.matched, each.sign, each.written, each.pence));
  };
  for (let i = 0; i < mentions.length; i++) {
    const mention = mentions[i];
    if (mention.form === 'table' || source.isTableLine(mention.line - 1)) continue;
    const start = mention.offset + mention.length;
    // Never reach past the next mention: its price is its own.
    const end = Math.min(text.length, start + lookAhead, mentions[i + 1]?.offset ?? Infinity);
    const after = text.slice(start, end);
    const tied = tiedPriceAtStart(after) ?? tiedPriceAfterAsides(after);
    if (tied) {
      if (viewed(text, mention.offset) || conditionalAfter.test(after.slice(tied.matched.length))) continue;
      keepListed(i, start, tied);
      continue;
    }
    const beside = priceBeside.exec(after);
    if (beside) {
      const closing = beside[0].length - /\s*[,;)]$/.exec(beside[0])![0].length;
      keep(figureIn(source, mention, start, beside[0].slice(0, closing), beside[1], beside[2] ?? beside[3], beside[4]));
      continue;
    }
    // The next item's symbol, after "and", is looked at past its mention: `after` ends where it starts.
    const inParenthesis = symbolOpensParenthesis(text, mention.offset) ? priceAfterSymbolIn(text.slice(start, start + lookAhead), after.length) : null;
    if (inParenthesis) {
      keep(figureIn(source, mention, start, inParenthesis[0], inParenthesis[1], inParenthesis[2] ?? inParenthesis[3], inParenthesis[4]));
      continue;
    }
    const listed = priceWithChange.exec(after);
    if (listed) {
      const figureEnd = listed[0].search(/[*_]*,?[ \t]+\(?(?:[+−-]?|(?:up|down)[ \t]+)\d+(?:\.\d+)?%$/iu);
      keep(figureIn(source, mention, start, listed[0].slice(0, figureEnd), listed[1], listed[2] ?? listed[3], listed[4]));
      continue;
    }
    const moved = changeToPrice.exec(after);
    if (moved) {
      keep(figureIn(source, mention, start, moved[0], moved[1], moved[2] ?? moved[3], moved[4]));
      continue;
    }
    const mover = moverEntry.exec(after);
    // The label must be a sector's: "Revenue. Up 5%, to $3.20" is another figure of the company.
    if (mover && !otherFigure.test(mover[0])) {
      keep(figureIn(source, mention, start, mover[0], mover[1], mover[2] ?? mover[3], mover[4]));
      continue;
    }
    const later = priceInSentence(after);
    if (later) {
      keepListed(i, start, later);
      continue;
    }
    const fronted = priceFrontedBefore(text, mentions, i);
    if (fronted) {
      keep(figureIn(source, mention, fronted.start, fronted.matched, fronted.sign, fronted.written, fronted.pence));
      continue;
    }
    const next = aloneInSentence(text, mentions, i) && priceInNextSentence(text.slice(start, Math.min(text.length, start + 2 * lookAhead, mentions[i + 1]?.offset ?? Infinity)));
    if (next) keep(figureIn(source, mention, start, next.matched, next.sign, next.written, next.pence));
  }
  // A cover line's labelled field ("Price (Nov 20, 2026): $181.20"), unless a reading above already took its figure.
  for (const field of findLabelledPrices(source)) {
    const priced = figureIn(source, field.mention, field.start, field.matched, field.sign, field.written, field.pence);
    if (prices.some((taken) => taken.offset === priced.offset)) continue;
    if (ofNoteTime(priced, field.start, field.start)) prices.push(priced);
  }
  // A company's dated price ("the closing price of the Company's common stock on November 20, 2026 was $41.20"): its
  // own day dates it, so no time of the sentence makes it another's.
  for (const sentence of findDatedPriceSentences(source)) {
    const figureEnd = sentence.labelAt + sentence.matched.length;
    const mention = datedPriceOwner(mentions, sentence.labelAt, figureEnd);
    if (!mention) continue;
    const priced = figureIn(source, mention, sentence.labelAt, sentence.matched, sentence.sign, sentence.written, sentence.pence);
    if (!prices.some((taken) => taken.offset === priced.offset)) prices.push(priced);
  }
  const read = new Set(prices.map((price) => price.offset));
  const proseMentions = mentions.filter((mention) => mention.form !== 'table');
  for (const following of findFollowingPrices(source, proseMentions)) {
    const price = figureIn(source, following.mention, following.subjectEnd, following.matched, following.sign, following.written, following.pence);
    if (read.has(price.offset)) continue;
    read.add(price.offset);
    keep(price, following.subjectStart, following.subjectEnd);
  }
  for (const table of tables ?? findQuoteTables(source, [])) {
    for (const row of table.rows) {
      if (!row.priceCell) continue;
      const mention = tableMentionIn(mentions, row.symbolCell.start, row.symbolCell.end);
      if (!mention) continue;
      const cellText = text.slice(row.priceCell.start, row.priceCell.end);
      const match = priceCell.exec(cellText);
      if (!match) continue;
      const [, sign, signed, bare, unit] = match;
      const written = signed ?? bare;
      const valueAt = row.priceCell.start + cellText.indexOf(written);
      if (unit !== undefined) {
        // Pence or cents, the unit after the number: the figure is the number and its mark, as figureIn makes it.
        prices.push({ ...price(source, mention, unit.trim(), valueAt, valueAt, written, 'table'), length: written.length + unit.length });
        continue;
      }
      const figureAt = sign === undefined ? valueAt : row.priceCell.start + cellText.indexOf(sign);
      const priced = price(source, mention, sign, figureAt, valueAt, written, 'table');
      prices.push(sign === undefined && table.priceUnit !== undefined ? { ...priced, columnCurrency: table.priceUnit } : priced);
    }
  }
  return prices.sort((a, b) => a.offset - b.offset);
}

/**
 * Whose a dated price sentence's price is: the listing its own words name ("the closing price of Corvel (CRVL) common
 * stock"), else the one listing the whole note names — a press release's "the Company". A note of several
 * listings leaves "the Company's" unread: which one is meant cannot be told.
 */
function datedPriceOwner(mentions: readonly TickerMention[], start: number, end: number): TickerMention | undefined {
  const within = mentions.filter((mention) => mention.form !== 'table' && mention.offset >= start && mention.offset < end);
  const candidates = within.length > 0 ? within : mentions;
  const first = candidates[0];
  return first !== undefined && candidates.every((mention) => mention.symbol === first.symbol) ? first : undefined;
}

/**
 * Whether the words before the mention, in its sentence, make what follows it a view of the price (viewBefore) or
 * the price of a trade or an order (tradeBefore).
 */
function viewed(text: string, mentionAt: number): boolean {
  const before = text.slice(Math.max(0, mentionAt - 80), mentionAt);
  let start = 0;
  for (const end of before.matchAll(sentenceEnds)) start = end.index + end[0].length;
  const words = before.slice(start);
  return viewBefore.test(words) || tradeBefore.test(words);
}

/**
 * The price whose figure ends `matched` (read from `start`): a sign before the number, a pence mark after it
 * ("433.35p", whose figure is the number and its mark), or neither (a labelled "Last: 256.44").
 */
function figureIn(
  source: NoteSource,
  mention: TickerMention,
  start: number,
  matched: string,
  sign: string | undefined,
  written: string,
  pence: string | undefined,
): StatedPrice {
  const end = start + matched.length;
  if (pence !== undefined) {
    const valueAt = end - pence.length - written.length;
    return { ...price(source, mention, pence.trim(), valueAt, valueAt, written, 'prose'), length: written.length + pence.length };
  }
  const valueAt = end - written.length;
  // A bare figure ("Last: 256.44") is its number alone.
  if (sign === undefined) return price(source, mention, undefined, valueAt, valueAt, written, 'prose');
  return price(source, mention, sign, start + matched.lastIndexOf(sign, valueAt - start), valueAt, written, 'prose');
}

/**
 * The listing a row's symbol cell names: its symbol ("AAPL"), or in a column of companies the one ticker the cell
 * carries ("Apple (AAPL)"); a cell naming two listings names none. Found by binary search: mentions are in document
 * order.
 */
function tableMentionIn(mentions: readonly TickerMention[], start: number, end: number): TickerMention | undefined {
  let only: TickerMention | undefined;
  for (let i = firstAtOrAfter(mentions, start); i < mentions.length && mentions[i].offset < end; i++) {
    if (mentions[i].form === 'table') return mentions[i];
    if (only && only.symbol !== mentions[i].symbol) return undefined;
    only ??= mentions[i];
  }
  return only;
}

function price(
  note: NoteSource,
  mention: TickerMention,
  sign: string | undefined,
  figureAt: number,
  valueAt: number,
  written: string,
  source: StatedPrice['source'],
): StatedPrice {
  const { line, column } = note.lines.position(figureAt);
  const point = written.indexOf('.');
  return {
    symbol: mention.symbol,
    ...(mention.exchange ? { exchange: mention.exchange } : {}),
    mention,
    value: Number(written.replace(/,/g, '')),
    ...(sign ? { currencySign: sign } : {}),
    offset: figureAt,
    length: valueAt + written.length - figureAt,
    valueOffset: valueAt,
    valueLength: written.length,
    line,
    column,
    decimals: point < 0 ? 0 : written.length - point - 1,
    grouped: written.includes(','),
    source,
  };
}
