// Mentions in a run of prose: exchange-qualified `(NASDAQ: AAPL)` (listingParentheses.ts), `NASDAQ:AAPL`
// (exchangeMentions.ts) and symbol first, `(7203:TYO)`, `AAPL:NSQ` (symbolFirstListings.ts), cashtags `$TSLA`, the parenthesised forms of news copy (parenthesisedMentions.ts),
// a company's symbol in brackets `Orcadia Systems [ORCD]` (bracketedSymbols.ts), `AAPL US Equity` (bloombergMentions.ts), Reuters codes in running text (bareRics.ts), a quote chip after a name
// `Apple Inc. AAPL, +1.23%` (namedQuoteChips.ts), a venue's name in capitals
// before its symbol `NASDAQ ORCH opened` (venueWordMentions.ts) and labelled symbols `(Symbol: ADSK)`, `under the ticker "XYZ"`
// (labelledMentions.ts), and a group's label before its symbols `Peers: XPO, ODFL` (listLabels.ts). Never inside code spans, HTML comments, link targets or URLs (block-level code never reaches
// here, see markdownBlocks.ts). Each kind is found from a rare character or word (`, <!--, ](, //, www., :, $, (, ^,
// Equity, NYS/NAS/TSX…, bol, ker, %; and the dot, dropped on the character after it): V8 skips ahead on those at memory speed, where
// one regex of alternatives would try every position. Skipped spans are collected first; candidates inside them are
// dropped.

import { scanBareRics } from './bareRics';
import { isMoneyNotTicker } from './cashtagMoney';
import { tagsCoin } from './cryptoCashtags';
import { scanBloombergEquities } from './bloombergMentions';
import { exchangeMention, scanExchangeMention, type ExchangeEmit } from './exchangeMentions';
import { cashtagIndexCodes } from './exchanges';
import { scanListingParentheses } from './listingParentheses';
import { scanNamedQuoteChips } from './namedQuoteChips';
import { scanLabelledMentions } from './labelledMentions';
import { ScannedMention, type TickerMention } from './mention';
import type { LineIndex } from './lineIndex';
import { collectSkippedSpans } from './skippedSpans';
import { NoteSearch } from './occurrences';
import { scanCaretIndices } from './caretIndices';
import { scanBracketedSymbols } from './bracketedSymbols';
import { scanParenthesisedMentions, type EmitMention, type ParenthesisOptions } from './parenthesisedMentions';
import { isUpper, isUpperOrDigit, isWordChar } from './charCodes';
import { scanVenueWordMentions } from './venueWordMentions';
import { scanSymbolFirstListing } from './symbolFirstListings';
import { scanListLabel } from './listLabels';

/**
 * Appends the mentions found in text[start, end) to `out`, in order. The run starts at a line's start and ends at
 * one (or at the text's end); nothing read here crosses a line break without checking `start` or `end`.
 */
export function scanInlineMentions(
  text: string,
  start: number,
  end: number,
  lines: LineIndex,
  out: TickerMention[],
  options: ParenthesisOptions = defaultParenthesisOptions,
  search = new NoteSearch(text),
): void {
  const skipped = collectSkippedSpans(text, start, end, search);
  let cashtags = noMentions;
  const cashtagSkip = skipped.cursor();
  for (let dollar = search.dollars.within(start, end); dollar !== -1; dollar = search.dollars.within(dollar + 1, end)) {
    const tagEnd = cashtagEnd(text, dollar);
    if (tagEnd !== -1 && !cashtagSkip.covers(dollar) && !isMoneyNotTicker(text, dollar, tagEnd, start)) {
      const symbol = text.slice(dollar + 1, tagEnd);
      // "$BTC broke $100,000": a coin's tag, whose letters would quote a fund or another company (cryptoCashtags.ts).
      if (tagsCoin(text, symbol, dollar, tagEnd)) continue;
      if (cashtags === noMentions) cashtags = [];
      // `$SPX`, `$VIX`: an index, quoted as one (a stock of those letters would be another listing, or none).
      const exchange = cashtagIndexCodes.has(symbol) ? 'INDEX' : undefined;
      cashtags.push(new ScannedMention(symbol, exchange, 'cashtag', dollar, tagEnd - dollar, dollar + 1, tagEnd - dollar - 1, lines));
    }
  }
  // Lists (and the closures that fill them) are made only for a run that has the form's rare character: a note has
  // thousands of runs, most with none, and what they would allocate is most of the scan's garbage.
  let listings = noMentions;
  let listingSpans = noSpans;
  // A listing parenthesis has a colon, `(NYSE: KO; TSX: K)`, or a slash for it, `(Nasdaq/AMZN)`. The glued form is
  // then looked for outside them only.
  if ((search.colons.within(start, end) !== -1 || search.slashes.within(start, end) !== -1) && (search.listingParentheses.within(start, end) !== -1 || search.listingBrackets.within(start, end) !== -1)) {
    const list: TickerMention[] = (listings = []);
    scanListingParentheses(text, start, end, search.listingParentheses, search.listingBrackets, skipped.cursor(), (symbol, exchange, form, at, length, symbolAt) => list.push(exchangeMention(lines, symbol, exchange, form, at, length, symbolAt)), (listingSpans = []));
  }
  let exchanges = noMentions;
  let emit: ExchangeEmit | undefined;
  const colonSkip = skipped.cursor();
  let span = 0;
  for (let colon = search.colons.within(start, end); colon !== -1; colon = search.colons.within(colon + 1, end)) {
    while (span < listingSpans.length && listingSpans[span + 1] < colon) span += 2;
    if ((span < listingSpans.length && listingSpans[span] < colon) || colonSkip.covers(colon)) continue;
    if (emit === undefined) {
      const list: TickerMention[] = (exchanges = []);
      emit = (symbol, exchange, form, at, length, symbolAt) => list.push(exchangeMention(lines, symbol, exchange, form, at, length, symbolAt));
    }
    const emitted = exchanges.length;
    scanExchangeMention(text, colon, emit);
    if (exchanges.length === emitted) {
      scanSymbolFirstListing(text, colon, emit, start);
      if (exchanges.length === emitted) scanListLabel(text, colon, start, end, options.ignore, emit);
    }
  }
  const collect =
    (list: TickerMention[]): EmitMention =>
    (symbol, exchange, form, at, length, symbolAt, symbolLength) =>
      list.push(new ScannedMention(symbol, exchange, form, at, length, symbolAt, symbolLength, lines));
  let parenthesised = noMentions;
  if (search.parentheses.within(start, end) !== -1) scanParenthesisedMentions(text, start, end, search.parentheses, skipped.cursor(), options, collect((parenthesised = [])));
  let bracketed = noMentions;
  if (search.companyBrackets.within(start, end) !== -1) scanBracketedSymbols(text, start, end, search.companyBrackets, skipped.cursor(), options, collect((bracketed = [])));
  let carets = noMentions;
  if (search.carets.within(start, end) !== -1) scanCaretIndices(text, start, end, search.carets, skipped.cursor(), collect((carets = [])));
  let equities = noMentions;
  if (search.equities.within(start, end) !== -1) scanBloombergEquities(text, start, end, search.equities, skipped.cursor(), options.ignore, collect((equities = [])));
  let rics = noMentions;
  // A class share in running text (`BRK.B rose`) is `bare`: the least certain reading of its characters, merged last,
  // so a label's, a chip's or a cashtag's reading of them wins.
  let classShares = noMentions;
  scanBareRics(text, start, end, search.dots, skipped, options.ignore, (symbol, exchange, form, at, length, symbolAt, symbolLength) => {
    const mention = new ScannedMention(symbol, exchange, form, at, length, symbolAt, symbolLength, lines);
    if (form === 'bare') (classShares === noMentions ? (classShares = []) : classShares).push(mention);
    else (rics === noMentions ? (rics = []) : rics).push(mention);
  });
  let namedChips = noMentions;
  if (search.percents.within(start, end) !== -1) scanNamedQuoteChips(text, start, end, search.percents, skipped.cursor(), options.ignore, collect((namedChips = [])));
  let venueWords = noMentions;
  if (search.venueWords.within(start, end) !== -1) {
    const list: TickerMention[] = (venueWords = []);
    scanVenueWordMentions(text, start, end, search.venueWords, skipped.cursor(), options.ignore, (symbol, exchange, form, at, length, symbolAt) => list.push(exchangeMention(lines, symbol, exchange, form, at, length, symbolAt)));
  }
  let labelled = noMentions;
  if (search.symbolWords.within(start + 3, end) !== -1 || search.tickerWords.within(start + 3, end) !== -1) {
    scanLabelledMentions(text, start, end, search.symbolWords, search.tickerWords, skipped.cursor(), options.ignore, collect((labelled = [])));
  }
  if (listings.length + exchanges.length + parenthesised.length + bracketed.length + carets.length + equities.length + rics.length + namedChips.length + venueWords.length + labelled.length + classShares.length === 0) {
    for (const cashtag of cashtags) out.push(cashtag);
    return;
  }
  mergeWithoutOverlaps([listings, exchanges, parenthesised, bracketed, carets, equities, rics, namedChips, venueWords, labelled, cashtags, classShares], out);
}

const defaultParenthesisOptions: ParenthesisOptions = { companyParentheses: true };

/** The list of a form that a run has no candidate for: shared, never written to. */
const noMentions: TickerMention[] = [];
const noSpans: number[] = [];

/**
 * Appends lists each in document order to `out` in document order. Where two forms claim the same characters
 * (`(NYSE: $KO)` is an exchange mention holding a cashtag; `(^DJI -0.3%)` a chip holding a caret index), the one
 * that starts first, or on a tie the earlier list's, wins.
 */
function mergeWithoutOverlaps(allLists: ReadonlyArray<readonly TickerMention[]>, out: TickerMention[]): void {
  // A run holds two or three of the forms at most: each mention is then chosen among those lists only. Dropping the
  // empty ones keeps the lists' order, so a tie still goes to the earlier list.
  const lists = allLists.filter((list) => list.length > 0);
  const next = lists.map(() => 0);
  let reach = -1;
  for (;;) {
    let best = -1;
    let bestOffset = Infinity;
    for (let i = 0; i < lists.length; i++) {
      const list = lists[i];
      if (next[i] < list.length && list[next[i]].offset < bestOffset) {
        best = i;
        bestOffset = list[next[i]].offset;
      }
    }
    if (best === -1) return;
    const mention = lists[best][next[best]++];
    if (mention.offset < reach) continue;
    out.push(mention);
    reach = mention.offset + mention.length;
  }
}

/**
 * Whether `.ca` (or `.CA`) ends the cashtag's letters at `at`: Agoracom and Canadian small-cap forums mark a Canadian
 * listing so, `$NWCL.ca`. Its venue is unsaid — TSX, TSX Venture or the CSE, whose juniors' quotes differ or are
 * missing on the others — so it is stepped over, as a `CN:` country prefix is (countryPrefixes.ts), and never read as
 * the US symbol of its letters.
 */
function isCanadianTailAt(segment: string, at: number): boolean {
  if (segment.charCodeAt(at) !== 46 /* . */) return false;
  const tail = segment.slice(at + 1, at + 3);
  return (tail === 'ca' || tail === 'CA') && !isWordChar(segment.charCodeAt(at + 3));
}

/**
 * End of the cashtag whose `$` is at `dollar`, or -1: a letter first (`$500` is money), up to six letters or digits,
 * an optional class (`$BRK.B`), all upper case, and no word character or `$` glued on either side (`US$TSLA`, `$x$`).
 */
function cashtagEnd(segment: string, dollar: number): number {
  const before = dollar > 0 ? segment.charCodeAt(dollar - 1) : 32;
  if (isWordChar(before) || before === 36) return -1;
  let at = dollar + 1;
  if (!isUpper(segment.charCodeAt(at))) return -1;
  at++;
  while (at - dollar <= 6 && isUpperOrDigit(segment.charCodeAt(at))) at++;
  if (isCanadianTailAt(segment, at)) return -1;
  if (segment.charCodeAt(at) === 46 /* . */ && isUpper(segment.charCodeAt(at + 1))) {
    const classEnd = isUpper(segment.charCodeAt(at + 2)) ? at + 3 : at + 2;
    if (!isWordChar(segment.charCodeAt(classEnd)) && segment.charCodeAt(classEnd) !== 36) return classEnd;
  }
  // Yahoo's spelling of a class, one letter after a dash (`$BRK-B`, `$BF-B`); not `$SPY-QQQ` nor `$XLE-heavy`.
  if (segment.charCodeAt(at) === 45 /* - */ && isUpper(segment.charCodeAt(at + 1))) {
    const classEnd = at + 2;
    const after = segment.charCodeAt(classEnd);
    if (!isWordChar(after) && after !== 36 && after !== 45) return classEnd;
  }
  const after = segment.charCodeAt(at);
  return isWordChar(after) || after === 36 ? -1 : at;
}
