// Tickers in parentheses as news copy writes them, without an exchange prefix:
//   company (TICK)   `Ford Motor (F)`, `Berkshire Hathaway (BRK.B)`      the least certain form
//                    `Johnson & Johnson (JNJ, $135.35)`                  and Kiplinger's, with its price
//                    `Citigroup (C, $112.40, Outperform)`                and research's, with its call
//   quote chip       `(XLF 0.42%)`, `(^DJI -0.31%)`, `(KO, +1.1%)`       the change is the source's, not a figure
//   Reuters RIC      `(KO.N)`, `(META.O)`, `(VOD.L)`, `(BRKb.N)`         the suffix names the venue
//                    `(7203.T)`, `(0700.HK)`, `(005930.KS)`              numbered listings (numberedRics.ts)
//   Globe and Mail   `(L-T)`, `(NRF-N)`, `(PRO-UN-T)`                    so does the letter after a dash
//   index            `(.SPX)`, `(.N225)`, `(^DJI)`, `Nasdaq 100 (NDX)`    an index, not a stock (indexRics.ts)
//   Bloomberg        `(AES US)`, `(VOD LN)`, `(7203 JP)`, `(AAPL US Equity)` the code names the venue (bloombergMentions.ts)
//   `.US` code       `Nio Inc (NIO.US)`                                  Chinese outlets' English copy: a US listing
// and `^DJI` anywhere in prose. Found from each `(`: most parentheses in prose open on a lower-case word or a digit
// and are rejected on their first character. What survives the shape test is checked against the words before
// it (abbreviations.ts): "Federal Open Market Committee (FOMC)" is never a ticker.

import { isBloombergRootRejected, readBloombergListing } from './bloombergMentions';
import { abbreviatesWordsBefore, endsInLegalForm, isCommonAbbreviation, isTimeZoneAfterTime, namesTermWord, singleLetterFitsName, spellsInitialsBefore, type PrecedingWord } from './abbreviations';
import { endsInFundName } from './fundNames';
import { abbreviatesRating, followsLabelWord, isEditorialTag, isRomanNumeral, marksFootnote } from './labels';
import { precedingWords } from './precedingWords';
import { namesCryptoAsset } from './cryptoNames';
import { namesCommodityOrCurrency } from './commodityAndCurrencyCodes';
import { namesPlaceCode } from './placeCodes';
import { indexCodes, namesVenueOnly, type ExchangeId } from './exchanges';
import { ricClassLetterFits, ricSuffixExchange } from './venueSuffixes';
import type { MentionForm } from './mention';
import type { Occurrences } from './occurrences';
import type { SpanCursor } from './skippedSpans';
import { isBlank, isDigit, isLower, isUpper, isUpperOrDigit } from './charCodes';
import { isFinancialsLinkAt, isGluedPromoTailAt, promoTailEnd, quickQuoteEnd } from './promoTails';
import { isResearchTail } from './researchTails';
import { moversHeadingVenue } from './listHeadings';
import { isDatelineTag } from './datelines';
import { changeEnd, gluedChangeEnd, isItemEnd, priceEnd } from './parenthesisFigures';
import { reutersIndexCodes } from './indexRics';
import { followsIndexName, indexHeads } from './indexNames';
import { readNumberedRic } from './numberedRics';
import { isDashedAbbreviation, readGlobeCode } from './globeCodes';

export interface ParenthesisOptions {
  /** Recognise the bare `company (TICK)` form (the setting `marketNotes.tickers.companyParentheses`). */
  readonly companyParentheses: boolean;
  /** Extra abbreviations, upper case, never read as tickers (`.market-notes.json`). */
  readonly ignore?: ReadonlySet<string>;
}

/** Reports one mention, at offsets in the scanned text. */
export type EmitMention = (symbol: string, exchange: ExchangeId | undefined, form: MentionForm, at: number, length: number, symbolAt: number, symbolLength: number) => void;

interface Item {
  /** The symbol as a provider reads it: `BRK.B`, `KO`, `DJI`. */
  readonly symbol: string;
  /** Root letters without class or suffix, for the abbreviation tests. */
  readonly root: string;
  readonly marker: '' | '^' | '.';
  /** The venue a RIC suffix or a Bloomberg code names. */
  readonly venue: ExchangeId | undefined;
  /** Written with a Bloomberg code (`AAPL US`): `venue` is the code's, undefined for a composite (`US`). */
  readonly bloomberg: boolean;
  /** Written with the Globe and Mail's venue letter (`L-T`): `venue` is the letter's. */
  readonly globe: boolean;
  /** The Globe's code as written (`PRO-UN-T`), for the abbreviation tests; empty for other items. */
  readonly globeCode: string;
  /** Written with `.US` after the symbol (`NIO.US`): a US listing, venue unsaid. */
  readonly usCode?: boolean;
  readonly start: number;
  /** Where a RIC's venue suffix starts (its dot): the symbol as written ends there. */
  readonly venueAt: number;
  /** End of the written symbol (with its suffix) and of the item (with its change). */
  readonly symbolEnd: number;
  readonly end: number;
  readonly hasChange: boolean;
}

const maxItems = 8;

/** The mentions in parentheses in segment[start, end), a run of lines; offsets are the text's. */
export function scanParenthesisedMentions(
  segment: string,
  start: number,
  end: number,
  parentheses: Occurrences,
  skipped: SpanCursor,
  options: ParenthesisOptions,
  emit: EmitMention,
): void {
  for (let open = parentheses.within(start, end); open !== -1; open = parentheses.within(open + 1, end)) {
    const first = segment.charCodeAt(skipBlanks(segment, open + 1));
    // The cheap rejection that keeps the scan fast: "(see", "($5" never open a ticker form here; "(2025" only
    // Tokyo's `(7203 JP)`, which readItem tells apart.
    if (!(isUpper(first) || first === 94 /* ^ */ || first === 46 /* . */ || isDigit(first))) continue;
    if (skipped.covers(open)) continue;
    const items = readItems(segment, open + 1);
    if (items === undefined) continue;
    let words: PrecedingWord[] | undefined;
    let headingVenue: ExchangeId | undefined;
    let headingRead = false;
    for (const item of items) {
      let form = formWithoutWords(item, options);
      if (form === needsWords) {
        // An abbreviation spells at most one word a letter, with small words between: read no further back than that.
        words ??= precedingWords(segment, open, Math.min(8, 3 + longestRoot(items)), start);
        form = formFromWords(item, words, options);
      }
      if (form === undefined || (form === 'company' && items.length === 1 && isDatelineTag(segment, open, skipBlanks(segment, item.end), start))) continue;
      let exchange = form === 'index' || item.marker === '^' ? 'INDEX' : item.venue;
      // `Pre-Market NASDAQ Movers (GLUU, PETM)`: a movers heading names the venue of the list after it (listHeadings.ts).
      if (form === 'company' && items.length > 1) {
        if (!headingRead) headingVenue = moversHeadingVenue(segment, open, skipBlanks(segment, items[items.length - 1].end), start, end);
        headingRead = true;
        exchange = headingVenue;
      }
      const symbolAt = item.start + (item.marker === '' ? 0 : 1);
      const symbolLength = form === 'ric' || form === 'bloomberg' ? item.venueAt - symbolAt : item.symbol.length;
      const mentionEnd = form === 'chip' ? item.end : item.symbolEnd;
      emit(item.symbol, exchange, form, item.start, mentionEnd - item.start, symbolAt, symbolLength);
    }
  }
}

const needsWords = 'needs words';

/** The item's form, undefined when it is not a ticker, or `needsWords` when the words before must decide. */
function formWithoutWords(item: Item, options: ParenthesisOptions): MentionForm | undefined | typeof needsWords {
  if (item.marker === '.') return indexCodes.has(item.root) || reutersIndexCodes.has(item.root) ? 'index' : undefined;
  if (item.marker === '^') return item.hasChange ? 'chip' : 'index';
  if (item.bloomberg) return isBloombergRootRejected(item.root, options.ignore) ? undefined : 'bloomberg';
  if (options.ignore?.has(item.root) || isExchangeName(item.root)) return undefined;
  // `BP (BP.L)`: a venue suffix makes a listing of letters that alone are a usual abbreviation (basis points), once
  // a name stands before it (formFromWords).
  // So does a company's legal name before it: `Healthcare Realty Trust Inc. (HR)`, `Pan American Silver Corp. (PAAS)`.
  if (isCommonAbbreviation(item.root)) return (item.venue !== undefined && !item.globe) || (item.venue === undefined && !item.hasChange && !item.usCode && options.companyParentheses) ? needsWords : undefined;
  if (item.venue !== undefined) return item.globe ? needsWords : 'ric';
  if (item.usCode) return needsWords;
  if (!item.hasChange && !options.companyParentheses && !indexCodes.has(item.root)) return undefined;
  return needsWords;
}

/** The form of an item that `formWithoutWords` could not settle, from the words before the parenthesis. */
function formFromWords(item: Item, words: readonly PrecedingWord[], options: ParenthesisOptions): MentionForm | undefined {
  // `Loblaw Companies Ltd. (L-T)`: the Globe names the company first; "filed on form (N-Q)" is a form's name.
  // "Schedule (TO-T)" names a filing after the word that labels it.
  if (item.globe) return words.at(-1)?.capitalised && !followsLabelWord(words) && !isDashedAbbreviation(item.globeCode, words) ? 'ric' : undefined;
  // A RIC that asks for words is one whose root is a usual abbreviation: `BP (BP.L)` names a company, `rates (BP.N)` none.
  if (item.venue !== undefined) return words.at(-1)?.capitalised ? 'ric' : undefined;
  // Letters that are a usual abbreviation (HR, PAAS) are a company's symbol only after its legal name: nobody writes
  // "Human Resources Inc. (HR)". Unless they spell the name: "Federal Deposit Insurance Corporation (FDIC)".
  if (isCommonAbbreviation(item.root)) return !item.usCode && endsInLegalForm(words) && !spellsInitialsBefore(item.root, words) ? 'company' : undefined;
  // `Nio Inc (NIO.US)`: the suffix marks a listing, so initials of the name are still its symbol; after lower-case
  // words ("the market (ABC.US)") no company is named.
  if (item.usCode) return words.at(-1)?.capitalised && (item.root.length > 1 || singleLetterFitsName(item.root, words)) ? 'ric' : undefined;
  // "Crude Oil (CL)", "Copper (HG -1.2%)", "Swedish Krona (SEK)": a futures or currency code, whatever it lists as.
  if (namesCommodityOrCurrency(item.root, words)) return undefined;
  if (item.hasChange) return abbreviatesWordsBefore(item.root, words) ? undefined : 'chip';
  if (indexCodes.has(item.root) && followsIndexName(words)) return 'index';
  // "U.S. Dollar Index (DXY)": an index whose code we do not map is still not a company.
  if (indexHeads.has(words.at(-1)?.parts.at(-1) ?? '')) return undefined;
  if (!options.companyParentheses) return undefined;
  if (isTimeZoneAfterTime(item.root, words) || namesCryptoAsset(words)) return undefined;
  const last = words.at(-1);
  // "same-store sales (SSS)": no company named; "Shell plc (SHEL)" names one, its legal form in lower case.
  if (last === undefined || (!last.capitalised && !endsInLegalForm(words))) return undefined;
  // "Realty Income (O)": a trust's name makes a listing of a letter that is none of its initials (a numeral after
  // it is the fund's series: "Vireo Realty Income (II)").
  const trustLetter = item.root.length === 1 && endsInFundName(words, namesTermWord);
  if ((item.root.length === 1 || isRomanNumeral(item.root)) && (followsLabelWord(words) || ((marksFootnote(words) || !singleLetterFitsName(item.root, words)) && !trustLetter))) return undefined;
  // "Trailpace Runner (TR265)", "Carbon Dioxide (CO2)": after a name, a code with a digit is a model or a formula.
  // Listings numbered so are foreign ones, which this form, with no venue, could only quote on the wrong market.
  if (hasDigit(item.root) || isEditorialTag(item.root, words) || abbreviatesRating(item.root, words) || namesPlaceCode(item.root, words)) return undefined;
  return abbreviatesWordsBefore(item.root, words) ? undefined : 'company';
}

function hasDigit(root: string): boolean {
  for (let i = 0; i < root.length; i++) if (isDigit(root.charCodeAt(i))) return true;
  return false;
}

function longestRoot(items: readonly Item[]): number {
  let longest = 0;
  for (const item of items) longest = Math.max(longest, item.root.length);
  return longest;
}

/** `(NYSE)` names the exchange itself (but `(CBOE)` is Cboe Global Markets: exchanges.ts). */
function isExchangeName(root: string): boolean {
  return namesVenueOnly(root);
}

/** The comma- or semicolon-separated items of `(…)` from `at`, or undefined when the content is not all tickers. */
function readItems(segment: string, at: number): Item[] | undefined {
  const items: Item[] = [];
  at = skipBlanks(segment, at);
  while (items.length < maxItems) {
    const item = readItem(segment, at);
    if (item === undefined) return undefined;
    items.push(item);
    at = skipBlanks(segment, item.end);
    // Zacks' quote widget as scraped pages leave it: `(EME Quick QuoteEME - Free Report)`.
    if (!item.hasChange) at = skipBlanks(segment, quickQuoteEnd(segment, at, item.start, item.symbolEnd));
    const code = segment.charCodeAt(at);
    if (code === 41 /* ) */) return items;
    if (promoTailEnd(segment, at) !== -1) return items; // `(EME - Free Report)`, `(EME Free Report)`
    if (code !== 44 /* , */ && code !== 59 /* ; */) return undefined;
    at = skipBlanks(segment, at + 1);
    // GuruFocus's `(AAPL, Financial)`: the symbol, then the site's link to its financials.
    if (items.length === 1 && code === 44 && !items[0].hasChange && isFinancialsLinkAt(segment, at)) return items;
    // Kiplinger's `(JNJ, $135.35)`: one symbol and its price, which lint reads as the price the note states.
    if (items.length === 1 && code === 44 && !items[0].hasChange && segment.charCodeAt(priceEnd(segment, at)) === 41) return items;
    // A research call's `(C, $112.40, Outperform)`, `(JPM; OW; PT $330)`: the symbol's price, rating and target.
    if (items.length === 1 && !items[0].hasChange && isResearchTail(segment, at)) return items;
  }
  return undefined;
}

function readItem(segment: string, start: number): Item | undefined {
  let at = start;
  const markerCode = segment.charCodeAt(at);
  const marker = markerCode === 94 ? '^' : markerCode === 46 ? '.' : '';
  if (marker !== '') at++;
  const rootStart = at;
  if (!isUpperOrDigit(segment.charCodeAt(at))) return undefined;
  at++;
  // Index RICs run to eight characters (`.STOXX50E`); symbols to seven, and India's to ten (`HDFCBANK.NS`).
  const longest = marker === '.' ? 8 : 7;
  while (at - rootStart <= longestIndianRoot && isUpperOrDigit(segment.charCodeAt(at))) at++;
  // A scraped button glued on: `(EMEFree Report)` is EME. The link text is stepped over by readItems.
  const glued = marker === '' && isLower(segment.charCodeAt(at)) && isGluedPromoTailAt(segment, rootStart, at - 1);
  if (glued) at--;
  if (at - rootStart > longest && !(marker === '' && at - rootStart <= longestIndianRoot && isIndianSuffixAt(segment, at))) return undefined;
  const rootEnd = at;
  const root = segment.slice(rootStart, rootEnd);
  if (marker === '') {
    const listing = readBloombergListing(segment, rootStart, rootEnd);
    if (listing !== undefined) {
      if (!isItemEnd(segment.charCodeAt(listing.end))) return undefined;
      const { symbol, exchange, symbolEnd, end } = listing;
      return { symbol, root, marker, venue: exchange, bloomberg: true, globe: false, globeCode: '', start, venueAt: symbolEnd, symbolEnd: end, end, hasChange: false };
    }
  }
  const numbered = marker === '' && isDigit(segment.charCodeAt(rootStart)) ? readNumberedRic(segment, rootStart, at) : undefined;
  if (numbered !== undefined && isItemEnd(segment.charCodeAt(numbered.end))) {
    const change = changeEnd(segment, numbered.end);
    return { symbol: root, root, marker, venue: numbered.venue, bloomberg: false, globe: false, globeCode: '', start, venueAt: at, symbolEnd: numbered.end, end: change ?? numbered.end, hasChange: change !== undefined };
  }
  if (!isUpper(segment.charCodeAt(rootStart))) return undefined; // digits lead only numbered listings' codes
  let symbol: string | undefined;
  let venue: ExchangeId | undefined;
  let venueAt = -1;
  let usCode = false;
  // Reuters writes share classes in lower case before the venue: `BRKb.N` is BRK.B on NYSE.
  const classLetter = !glued && isLower(segment.charCodeAt(at)) && segment.charCodeAt(at + 1) === 46 ? segment[at] : undefined;
  if (classLetter !== undefined) at++;
  const separator = segment.charCodeAt(at);
  // Link text behind the symbol, glued on (`(EMEFree Report)`) or after a glued dash (`(EME- Free Report)`): readItems steps over it.
  if (glued || (marker === '' && separator === 45 && classLetter === undefined && promoTailEnd(segment, at) !== -1)) {
    return { symbol: root, root, marker, venue: undefined, bloomberg: false, globe: false, globeCode: '', start, venueAt: -1, symbolEnd: at, end: at, hasChange: false };
  }
  if (marker === '' && separator === 45 /* - */ && classLetter === undefined) {
    const globe = readGlobeCode(segment, rootStart, at);
    if (globe !== undefined) {
      if (!isItemEnd(segment.charCodeAt(globe.end))) return undefined;
      return { symbol: globe.symbol, root, marker, venue: globe.venue, bloomberg: false, globe: true, globeCode: segment.slice(rootStart, globe.end), start, venueAt: globe.venueAt, symbolEnd: globe.end, end: globe.end, hasChange: false };
    }
  }
  if (marker === '' && (separator === 46 /* . */ || separator === 45) /* - */ && isUpper(segment.charCodeAt(at + 1))) {
    let suffixEnd = at + 2;
    if (isUpper(segment.charCodeAt(suffixEnd))) suffixEnd++;
    if (isUpperOrDigit(segment.charCodeAt(suffixEnd)) || isLower(segment.charCodeAt(suffixEnd))) return undefined;
    const suffix = segment.slice(at + 1, suffixEnd);
    venue = separator === 46 && suffix !== 'A' && suffix !== 'B' ? ricSuffixExchange(suffix) : undefined;
    if (separator === 46 && suffix === 'US' && classLetter === undefined) {
      usCode = true;
      venueAt = at;
    } else if (venue !== undefined) {
      if (classLetter !== undefined && !ricClassLetterFits(venue)) return undefined; // `(SIEGn.DE)`: Reuters' own root (venueSuffixes.ts)
      venueAt = at;
      if (classLetter !== undefined) symbol = `${segment.slice(rootStart, rootEnd)}.${classLetter.toUpperCase()}`;
    } else if (suffix.length === 1 && classLetter === undefined) {
      symbol = segment.slice(rootStart, suffixEnd); // a share class: BRK.B, BF-B
    } else {
      return undefined; // a venue we do not map (`.DE`, `.HK`): not ours to guess
    }
    at = suffixEnd;
  } else if (classLetter !== undefined) {
    return undefined;
  }
  const symbolEnd = at;
  // Quartz glues the change on: `Tesla (TSLA+7.99%)`.
  const gluedChange = gluedChangeEnd(segment, at);
  if (gluedChange === undefined && !isItemEnd(segment.charCodeAt(at))) return undefined; // "(P/E)", "(A&B)", "(AAPL's)", "(NYSE: KO)"
  const change = gluedChange ?? changeEnd(segment, at);
  symbol ??= root;
  return { symbol, root, marker, venue, bloomberg: false, globe: false, globeCode: '', usCode, start, venueAt, symbolEnd, end: change ?? symbolEnd, hasChange: change !== undefined };
}

const longestIndianRoot = 10;

/** Whether `.NS` or `.BO` (India's venues) follows at `at`, ending there. */
function isIndianSuffixAt(segment: string, at: number): boolean {
  if (segment.charCodeAt(at) !== 46 /* . */) return false;
  const suffix = segment.slice(at + 1, at + 3);
  return (suffix === 'NS' || suffix === 'BO') && !isUpperOrDigit(segment.charCodeAt(at + 3)) && !isLower(segment.charCodeAt(at + 3));
}

function skipBlanks(segment: string, at: number): number {
  while (isBlank(segment.charCodeAt(at))) at++;
  return at;
}
