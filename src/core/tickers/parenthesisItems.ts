// The items of a parenthesis as news copy writes them — `(F)`, `(BRK.B)`, `(KO.N)`, `(L-T)`, `(AES US)`, `(7203.T)`,
// `(XLF 0.42%)`, `(GOOGL, GOOG)` — read by shape only, with what syndicated and research copy puts after a symbol
// (`- Free Report`, `, $135.35`, `, Outperform`, `, Financial`). Whether an item is a ticker is
// parenthesisedMentions.ts's to decide, from the words before the parenthesis.

import { readBloombergListing } from './bloombergMentions';
import type { ExchangeId } from './exchanges';
import { bloombergCodeSpellsWord, classSuffixVenueAt, ricClassLetterFits, ricRootFits, ricSuffixExchange } from './venueSuffixes';
import { isBlank, isDigit, isLower, isUpper, isUpperOrDigit, skipBlanks } from './charCodes';
import { isFinancialsLinkAt, isGluedPromoTailAt, promoTailEnd, quickQuoteEnd } from './promoTails';
import { isResearchTail } from './researchTails';
import { changeEnd, gluedChangeEnd, isItemEnd, priceEnd } from './parenthesisFigures';
import { readNumberedRic } from './numberedRics';
import { readGlobeCode } from './globeCodes';
import { isIndianSuffixAt, longestIndianSymbol } from './listingSymbols';

export interface Item {
  /** The symbol as a provider reads it: `BRK.B`, `KO`, `DJI`. */
  readonly symbol: string;
  /** Root letters without class or suffix, for the abbreviation tests. */
  readonly root: string;
  readonly marker: '' | '^' | '.';
  /** The venue a RIC suffix or a Bloomberg code names. */
  readonly venue: ExchangeId | undefined;
  /** Written with a Bloomberg code (`AAPL US`): `venue` is the code's, undefined for a composite (`US`). */
  readonly bloomberg: boolean;
  /** The Bloomberg code spells a word (`UP`, `AT`, `NO`): "(SPEED UP)" is a phrase unless a company's name comes before. */
  readonly wordCode?: boolean;
  /**
   * London's trailing dot, in Bloomberg's spelling (`BP/ LN`) or as the London Stock Exchange's own pages and RNS
   * headlines write a two-letter code (`BP (BP.)`, `Rolls-Royce (RR.)`): the symbol is a listing's even when it spells
   * an abbreviation.
   */
  readonly londonDot?: boolean;
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

/** The comma- or semicolon-separated items of `(…)` from `at`, or undefined when the content is not all tickers. */
export function readItems(segment: string, at: number): Item[] | undefined {
  const items: Item[] = [];
  /** The item just read came after "and": the parenthesis must close after it. */
  let joinedLast = false;
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
    // A quote's `(BRNW $48.10)`, `(BRNW $48.10, +1.2%)`: one symbol, its price after a blank and maybe its change.
    if (items.length === 1 && !items[0].hasChange && at > items[0].end && isPricedToClose(segment, at)) return items;
    if (promoTailEnd(segment, at) !== -1) return items; // `(EME - Free Report)`, `(EME Free Report)`
    if (joinedLast) return undefined;
    // `(NVDA, AMD and AVGO)`, `(JPM & BAC)`, `(NVDA, AMD, and AVGO)`: a list's last item after "and" or an ampersand,
    // with a comma before it or without.
    let joined = conjunctionEnd(segment, at);
    if (joined === -1) {
      if (code !== 44 /* , */ && code !== 59 /* ; */) return undefined;
      at = skipBlanks(segment, at + 1);
      if (code === 44 && items.length > 1) joined = conjunctionEnd(segment, at);
    }
    if (joined !== -1) {
      at = joined;
      joinedLast = true;
      continue;
    }
    // GuruFocus's `(AAPL, Financial)`: the symbol, then the site's link to its financials.
    if (items.length === 1 && code === 44 && !items[0].hasChange && isFinancialsLinkAt(segment, at)) return items;
    // Kiplinger's `(JNJ, $135.35)`: one symbol and its price, which lint reads as the price the note states.
    if (items.length === 1 && code === 44 && !items[0].hasChange && isPricedToClose(segment, at)) return items;
    // A research call's `(C, $112.40, Outperform)`, `(JPM; OW; PT $330)`: the symbol's price, rating and target.
    if (items.length === 1 && !items[0].hasChange && isResearchTail(segment, at)) return items;
  }
  return undefined;
}

/** Where the item after "and " or "& " starts, at `at`; -1 when neither is there. */
function conjunctionEnd(segment: string, at: number): number {
  if (segment.charCodeAt(at) === 38 /* & */ && isBlank(segment.charCodeAt(at + 1))) return skipBlanks(segment, at + 1);
  if (segment.startsWith('and', at) && isBlank(segment.charCodeAt(at + 3))) return skipBlanks(segment, at + 3);
  return -1;
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
  while (at - rootStart <= longestIndianSymbol && isUpperOrDigit(segment.charCodeAt(at))) at++;
  // A scraped button glued on: `(EMEFree Report)` is EME. The link text is stepped over by readItems.
  const glued = marker === '' && isLower(segment.charCodeAt(at)) && isGluedPromoTailAt(segment, rootStart, at - 1);
  if (glued) at--;
  if (at - rootStart > longest && !(marker === '' && at - rootStart <= longestIndianSymbol && isIndianSuffixAt(segment, at))) return undefined;
  const rootEnd = at;
  const root = segment.slice(rootStart, rootEnd);
  if (marker === '') {
    const listing = readBloombergListing(segment, rootStart, rootEnd);
    if (listing !== undefined) {
      if (!isItemEnd(segment.charCodeAt(listing.end))) return undefined;
      const { symbol, exchange, symbolEnd, end, londonDot } = listing;
      const wordCode = bloombergCodeSpellsWord(segment.charCodeAt(symbolEnd + 1), segment.charCodeAt(symbolEnd + 2));
      return { symbol, root, marker, venue: exchange, bloomberg: true, wordCode, londonDot, globe: false, globeCode: '', start, venueAt: symbolEnd, symbolEnd: end, end, hasChange: false };
    }
  }
  // `(1688.hk)`: alone in a parenthesis a numbered code's suffix may be in lower case (numberedRics.ts).
  const numbered = marker === '' && isDigit(segment.charCodeAt(rootStart)) ? readNumberedRic(segment, rootStart, at, true) : undefined;
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
  if (marker === '' && classLetter === undefined && isLondonDotAt(segment, rootStart, at)) {
    // `BP (BP.)`: the dot closes the code; the venue is London's (parenthesisedMentions.ts asks for a name before it).
    const end = at + 1;
    return { symbol: root, root, marker, venue: 'LSE', bloomberg: false, londonDot: true, globe: false, globeCode: '', start, venueAt: at, symbolEnd: end, end, hasChange: false };
  }
  if (marker === '' && classLetter === undefined && isWrittenClassAt(segment, rootStart, at)) {
    // Bloomberg's class, `(BRK/B)`, and the class after a space some copy writes, `(BRK B)`: BRK.B, as a provider reads it.
    symbol = `${root}.${segment[at + 1]}`;
    at += 2;
  } else if (marker === '' && (separator === 46 /* . */ || separator === 45) /* - */ && isUpper(segment.charCodeAt(at + 1))) {
    let suffixEnd = at + 2;
    if (isUpper(segment.charCodeAt(suffixEnd))) suffixEnd++;
    if (isUpperOrDigit(segment.charCodeAt(suffixEnd)) || isLower(segment.charCodeAt(suffixEnd))) return undefined;
    const suffix = segment.slice(at + 1, suffixEnd);
    venue = separator === 46 && suffix !== 'A' && suffix !== 'B' ? ricSuffixExchange(suffix) : undefined;
    // `(DBSM.SI)`: Reuters' own root for a Singapore listing, not the exchange's code (venueSuffixes.ts).
    if (venue !== undefined && !ricRootFits(venue, root)) return undefined;
    if (separator === 46 && suffix === 'US' && classLetter === undefined) {
      usCode = true;
      venueAt = at;
    } else if (venue !== undefined) {
      if (classLetter !== undefined && !ricClassLetterFits(venue)) return undefined; // `(SIEGn.DE)`: Reuters' own root (venueSuffixes.ts)
      venueAt = at;
      if (classLetter !== undefined) symbol = `${segment.slice(rootStart, rootEnd)}.${classLetter.toUpperCase()}`;
    } else if (suffix.length === 1 && classLetter === undefined) {
      symbol = segment.slice(rootStart, suffixEnd); // a share class: BRK.B, BF-B
      // Yahoo's class on a venue abroad, the venue's suffix after it: `(ERIC-B.ST)`, `(RCI-B.TO)`; two capitals at
      // least before the class, as isWrittenClassAt asks, so `(P-E.ST)` stays prose.
      const listed = at - rootStart >= 2 ? classSuffixVenueAt(segment, suffixEnd) : undefined;
      if (listed !== undefined) {
        venue = listed.venue;
        venueAt = suffixEnd;
        suffixEnd = listed.end;
      }
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

/**
 * Whether a price in dollars, and maybe its change, closes the parenthesis from `at`: `$48.10)`, `$48.10, +1.2%)`, and
 * with its currency's letters, as copy quoting Canadian or Australian listings writes it: `C$16.30)`, `US$16.30)`.
 */
function isPricedToClose(segment: string, at: number): boolean {
  const price = priceEnd(segment, at);
  if (price === at) return false;
  const end = changeEnd(segment, price) ?? price;
  return segment.charCodeAt(skipBlanks(segment, end)) === 41; /* ) */
}

/**
 * Whether a share class written with a slash or a space follows the root ending at `at`: `BRK/B`, `BF B`, the class
 * A or B (the classes US listings write so) closing the item, after two capitals at least. `(P/E)`, `(RFQ/WS)`,
 * `(CPB PrJ)`, `(PLAN C)` are no class.
 */
export function isWrittenClassAt(segment: string, rootStart: number, at: number): boolean {
  const separator = segment.charCodeAt(at);
  if ((separator !== 47 /* / */ && separator !== 32) || at - rootStart < 2) return false;
  const letter = segment.charCodeAt(at + 1);
  if (letter !== 65 /* A */ && letter !== 66 /* B */) return false;
  const after = segment.charCodeAt(at + 2);
  return separator === 32 ? after === 41 /* ) */ || after === 44 /* , */ || after === 59 /* ; */ : isItemEnd(after);
}

/**
 * Whether London's trailing dot closes a code of two capitals at `at`: the London Stock Exchange pads its codes to
 * three characters so, `BP.`, `RR.`, `BA.` (and `BT.A` for a class, which reads as one). The parenthesis closes
 * right after the dot; "(UK.)" and "(Ph.D.)" are sentences' ends and degrees, which the words before tell apart.
 */
function isLondonDotAt(segment: string, rootStart: number, at: number): boolean {
  return at - rootStart === 2 && isUpper(segment.charCodeAt(rootStart + 1)) && segment.charCodeAt(at) === 46 /* . */ && segment.charCodeAt(at + 1) === 41; /* ) */
}
