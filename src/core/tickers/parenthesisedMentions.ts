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
//   numbered         `Tokyo-listed Kanemura Motors (7211)`               only after such an adjective (adjectiveNumberedCodes.ts)
//   symbol, name     `BRNW (Brenwick Energy)`                            the symbol taken from the name (symbolBeforeName.ts)
//   symbol-venue     `Velmont Royalties (VLMT-TSXV)`, `(ORCD-Nasdaq)`    the venue after a dash (dashedListings.ts)
// and `^DJI` anywhere in prose. Found from each `(`: most parentheses in prose open on a lower-case word or a digit
// and are rejected on their first character. What survives the shape test is checked against the words before
// it (abbreviations.ts): "Federal Open Market Committee (FOMC)" is never a ticker.

import { isBloombergRootRejected } from './bloombergMentions';
import { abbreviatesCalendarName, abbreviatesWordsBefore, endsInLegalForm, isCommonAbbreviation, isTimeZoneAfterTime, namesTermsOnly, namesTermWord, singleLetterFitsName, spellsInitialsBefore, type PrecedingWord } from './abbreviations';
import { endsInFundName } from './fundNames';
import { abbreviatesRating, followsLabelWord, isEditorialTag, isRomanNumeral, marksFootnote, namesCreditRating } from './labels';
import { precedingWords } from './precedingWords';
import { namesCryptoAsset } from './cryptoNames';
import { namesCommodityOrCurrency } from './commodityAndCurrencyCodes';
import { namesPlaceCode } from './placeCodes';
import { namesBrokerRating } from './brokerRatings';
import { namesCallSource } from './callSources';
import { indexCodes, namesVenueOnly, normalizeExchange, symbolsNameCompanies, type ExchangeId } from './exchanges';
import type { MentionForm } from './mention';
import type { Occurrences } from './occurrences';
import type { SpanCursor } from './skippedSpans';
import { isDigit, isUpper, skipBlanks } from './charCodes';
import { readItems, type Item } from './parenthesisItems';
import { moversHeadingVenue } from './listHeadings';
import { isDatelineTag } from './datelines';
import { reutersIndexCodes } from './indexRics';
import { endsInBenchmarkName, endsInIndexName, followsIndexName, indexHeads, namesAsxIndex } from './indexNames';
import { isDashedAbbreviation } from './globeCodes';
import { listingVenue, spellsSymbolsWithDigits } from './listingSymbols';
import { venueNamedByAdjective } from './venueAdjectives';
import { withoutPossessiveShareWords } from './possessiveShares';
import { namesFundAfterGroup } from './fundSymbols';
import { namesListingGroup } from './groupLists';
import { namesYield, yieldIndexCodes } from './yieldIndexes';
import { readAdjectiveNumberedCode } from './adjectiveNumberedCodes';
import { readSymbolBeforeName, symbolEndingBefore } from './symbolBeforeName';
import { venueInParenthesis, venueParenthesisAt } from './venueParentheses';
import { emitDashedListings } from './dashedListings';
import { namesEconomicRelease } from './economicReleases';

export interface ParenthesisOptions {
  /** Recognise the bare `company (TICK)` form (the setting `marketNotes.tickers.companyParentheses`). */
  readonly companyParentheses: boolean;
  /** Extra abbreviations, upper case, never read as tickers (`.market-notes.json`). */
  readonly ignore?: ReadonlySet<string>;
}

/** Reports one mention, at offsets in the scanned text. */
export type EmitMention = (symbol: string, exchange: ExchangeId | undefined, form: MentionForm, at: number, length: number, symbolAt: number, symbolLength: number) => void;


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
  // The company parenthesis just read: where it closed, its symbol and the words that named it. "Alphabet Inc. (GOOG)
  // (GOOGL)", as research sites list a company's share classes, opens a second parenthesis on the first's close: the
  // same name names both — when the second is a class of the first (one root starts the other: GOOG and GOOGL, BRK.A
  // and BRK.B, Z and ZG), not a rating or a note after a ticker ("(ORCD) (NR)", "(ORCD) (OW)").
  let named: { readonly close: number; readonly root: string; readonly words: readonly PrecedingWord[] } | undefined;
  for (let open = parentheses.within(start, end); open !== -1; open = parentheses.within(open + 1, end)) {
    const first = segment.charCodeAt(skipBlanks(segment, open + 1));
    // The cheap rejection that keeps the scan fast: "(see", "($5" never open a ticker form here; "(2025" only
    // Tokyo's `(7203 JP)`, which readItem tells apart.
    if (!(isUpper(first) || first === 94 /* ^ */ || first === 46 /* . */ || isDigit(first))) continue;
    if (skipped.covers(open)) continue;
    const items = readItems(segment, open + 1);
    if (items === undefined) {
      // "Tokyo-listed Kanemura Motors (7211)": a number is a listing only after an adjective naming a venue that numbers them.
      if (isDigit(first) && options.companyParentheses) emitAdjectiveNumberedCode(segment, open, start, emit);
      // "ORCD (Nasdaq) rose": the symbol before, its venue alone inside (venueParentheses.ts).
      else if (isUpper(first) && emitSymbolBeforeVenue(segment, open, start, end, options.ignore, emit)) continue;
      // "Velmont Royalties (VLMT-TSXV)": the symbol, a dash and its venue (dashedListings.ts).
      else if (isUpper(first) && emitDashedListings(segment, open, start, end, options.ignore, emit)) continue;
      // "BRNW (Brenwick Energy)": the symbol before, the name it is taken from inside (symbolBeforeName.ts).
      else if (options.companyParentheses && isUpper(first)) emitSymbolBeforeName(segment, open, start, options.ignore, emit);
      continue;
    }
    // "KOA (ASX) up", "ORCD (NYSE)": a venue's name in capitals is an item by shape; the symbol is before it.
    if (items.length === 1 && isExchangeName(items[0].root) && emitSymbolBeforeVenue(segment, open, start, end, options.ignore, emit)) continue;
    let words: readonly PrecedingWord[] | undefined;
    const symbolList = isSymbolList(items);
    // "(WACC 9%, TGR 3%)", "(CAGR 12%, NRR 120%)": a model's parameters, each a label and its figure. One usual
    // abbreviation among the items makes the others labels too, not quote chips.
    const parameters = items.length > 1 && items.some((item) => item.hasChange && item.marker === '' && item.venue === undefined && isCommonAbbreviation(item.root, options.ignore));
    let headingVenue: ExchangeId | undefined;
    let headingRead = false;
    for (const item of items) {
      let form = formWithoutWords(item, options);
      if (form === needsWords) {
        // An abbreviation spells at most one word a letter, with small words between: read no further back than that.
        // "Orcadia's stock (ORCD)": the words for the shares set aside, the name before them (possessiveShares.ts).
        words ??= named !== undefined && closesRightBefore(segment, named.close, open, start) && sameCompanyClasses(named.root, item.root)
          ? named.words
          : withoutPossessiveShareWords(precedingWords(segment, open, Math.min(8, 3 + longestRoot(items)), start), item.root);
        form = formFromWords(item, words, options, symbolList);
      }
      if (form === undefined || (form === 'chip' && parameters) || (form === 'company' && items.length === 1 && isDatelineTag(segment, open, skipBlanks(segment, item.end), start))) continue;
      let exchange = form === 'index' || item.marker === '^' ? 'INDEX' : item.venue;
      // `Pre-Market NASDAQ Movers (GLUU, PETM)`: a movers heading names the venue of the list after it (listHeadings.ts).
      if (form === 'company' && items.length > 1) {
        if (!headingRead) headingVenue = moversHeadingVenue(segment, open, skipBlanks(segment, items[items.length - 1].end), start, end);
        headingRead = true;
        exchange = headingVenue;
      } else if (form === 'company' && words !== undefined) {
        // "Orcadia (ORCD) (Nasdaq)": a venue alone in the next parenthesis lists the symbol there (venueParentheses.ts).
        const close = skipBlanks(segment, item.end);
        const venue = segment.charCodeAt(close) === 41 /* ) */ ? venueParenthesisAt(segment, close + 1, end) : undefined;
        const listed = venue === undefined ? undefined : listingVenue(venue, '', item.symbol);
        if (listed !== undefined) form = 'exchange';
        // "Nasdaq-listed Orcadia (ORCD)": the parenthesis has only the symbol, the adjective the venue (venueAdjectives.ts).
        exchange = listed ?? adjectiveListingVenue(item.symbol, words);
      }
      const symbolAt = item.start + (item.marker === '' ? 0 : 1);
      const symbolLength = form === 'ric' || form === 'bloomberg' ? item.venueAt - symbolAt : item.symbol.length;
      const mentionEnd = form === 'chip' ? item.end : item.symbolEnd;
      emit(item.symbol, exchange, form, item.start, mentionEnd - item.start, symbolAt, symbolLength);
      if (form === 'company' && items.length === 1 && words !== undefined && words.length > 0) {
        const close = skipBlanks(segment, item.end);
        if (segment.charCodeAt(close) === 41 /* ) */) named = { close, root: item.root, words };
      }
    }
  }
}

/** Whether two roots can be classes of one company's shares: one starts the other (GOOG, GOOGL; BRK, BRK). */
function sameCompanyClasses(first: string, second: string): boolean {
  return first.startsWith(second) || second.startsWith(first);
}

/** Whether only blanks stand between the `)` at `close` and the `(` at `open`. */
function closesRightBefore(segment: string, close: number, open: number, floor: number): boolean {
  let at = open;
  while (at > floor && (segment.charCodeAt(at - 1) === 32 || segment.charCodeAt(at - 1) === 9)) at--;
  return at - 1 === close;
}

const needsWords = 'needs words';

/** Tags data sites set after a company's legal name: its home, or the kind of listing quoted. */
const legalNameTags: ReadonlySet<string> = new Set(['USA', 'US', 'UK', 'ADR', 'ADRS', 'ADS', 'GDR', 'GDRS', 'ORD']);

/** The item's form, undefined when it is not a ticker, or `needsWords` when the words before must decide. */
function formWithoutWords(item: Item, options: ParenthesisOptions): MentionForm | undefined | typeof needsWords {
  if (item.marker === '.') return indexCodes.has(item.root) || reutersIndexCodes.has(item.root) ? 'index' : undefined;
  if (item.marker === '^') return item.hasChange ? 'chip' : 'index';
  if (item.bloomberg) return !item.londonDot && isBloombergRootRejected(item.root, options.ignore) ? undefined : item.wordCode ? needsWords : 'bloomberg';
  if (options.ignore?.has(item.root) || isExchangeName(item.root)) return undefined;
  if (item.londonDot) return needsWords;
  // `BP (BP.L)`: a venue suffix makes a listing of letters that alone are a usual abbreviation (basis points), once
  // a name stands before it (formFromWords).
  // So does a company's legal name before it: `Healthcare Realty Trust Inc. (HR)`, `Pan American Silver Corp. (PAAS)`.
  if (isCommonAbbreviation(item.root)) return (item.venue !== undefined && !item.globe) || (item.venue === undefined && !item.hasChange && !item.usCode && options.companyParentheses) ? needsWords : undefined;
  if (item.venue !== undefined) return item.globe ? needsWords : 'ric';
  if (item.usCode) return needsWords;
  if (!item.hasChange && !options.companyParentheses && !indexCodes.has(item.root)) return undefined;
  return needsWords;
}

/** Codes writers put after a country's or a bloc's name, whatever the words: no London code of ours. */
const regionCodes: ReadonlySet<string> = new Set(['UK', 'US', 'EU', 'GB']);

/** The form of an item that `formWithoutWords` could not settle, from the words before the parenthesis. */
function formFromWords(item: Item, words: readonly PrecedingWord[], options: ParenthesisOptions, inSymbolList = false): MentionForm | undefined {
  // `Exchange Fund (XFND UP)` names the fund; "rates (SPEED UP)", "Rates (SPEED UP)", "(LOOK AT)" end a phrase in capitals.
  if (item.bloomberg) return words.at(-1)?.capitalised && !namesTermsOnly(words) ? 'bloomberg' : undefined;
  // `Loblaw Companies Ltd. (L-T)`: the Globe names the company first; "filed on form (N-Q)" is a form's name.
  // "Schedule (TO-T)" names a filing after the word that labels it.
  if (item.globe) return words.at(-1)?.capitalised && !followsLabelWord(words) && !isDashedAbbreviation(item.globeCode, words) ? 'ric' : undefined;
  // `BP p.l.c. (BP.)`, `Rolls-Royce Holdings (RR.)`: London's dotted code after a company's name. The dot marks a listing,
  // so the code may be the name's initials; a clock's zone ("8am (ET.)"), a place's code ("the UK (UK.)") or a tag is
  // still none.
  if (item.londonDot) {
    const last = words.at(-1);
    const named = last !== undefined && last.capitalised && isUpper(last.text.charCodeAt(0)) && !namesTermsOnly(words);
    return named && !isTimeZoneAfterTime(item.root, words) && !namesPlaceCode(item.root, words) && !regionCodes.has(item.root) && !isEditorialTag(item.root, words) ? 'ric' : undefined;
  }
  // A RIC that asks for words is one whose root is a usual abbreviation: `BP (BP.L)` names a company, `rates (BP.N)` none.
  if (item.venue !== undefined) return words.at(-1)?.capitalised ? 'ric' : undefined;
  // Letters that are a usual abbreviation (HR, PAAS) are a company's symbol only after its legal name: nobody writes
  // "Human Resources Inc. (HR)". Unless they spell the name: "Federal Deposit Insurance Corporation (FDIC)".
  // Nor "Aeon Zentar Inc. (USA)", "Orcadia Holdings Ltd (ADR)": data sites' tag for where the company is based or
  // what kind of listing this is.
  if (isCommonAbbreviation(item.root)) return !item.usCode && endsInLegalForm(words) && !spellsInitialsBefore(item.root, words) && !legalNameTags.has(item.root) ? 'company' : undefined;
  // `Nio Inc (NIO.US)`: the suffix marks a listing, so initials of the name are still its symbol; after lower-case
  // words ("the market (ABC.US)") no company is named.
  if (item.usCode) return words.at(-1)?.capitalised && (item.root.length > 1 || singleLetterFitsName(item.root, words)) ? 'ric' : undefined;
  // "Crude Oil (CL)", "Copper (HG -1.2%)", "Swedish Krona (SEK)": a futures or currency code, whatever it lists as.
  if (namesCommodityOrCurrency(item.root, words)) return undefined;
  // "the ASX200 (XJO)", "Energy (XEJ -1.2%)": an S&P/ASX index's code, never a share's (indexNames.ts).
  if (namesAsxIndex(item.root, words) && words.at(-1)?.capitalised) return 'index';
  if (item.hasChange) return abbreviatesWordsBefore(item.root, words) ? undefined : 'chip';
  if (indexCodes.has(item.root) && followsIndexName(words)) return 'index';
  // "the VIX (CBOE)", "the S&P 500 (NYSE)": after an index's name, a venue's code is where it is published or traded,
  // though Cboe Global Markets lists under the letters.
  if (endsInIndexName(words) && normalizeExchange(item.root) !== undefined) return undefined;
  // "the Hang Seng (HSI)", "the FTSE 100 (UKX)": another market's benchmark, by a code we do not map (indexNames.ts).
  if (endsInBenchmarkName(words)) return undefined;
  // "the 10-year Treasury yield (TNX)": Cboe's yield index, never a company's symbol (yieldIndexes.ts).
  if (yieldIndexCodes.has(item.root)) return namesYield(words) ? 'index' : undefined;
  // "U.S. Dollar Index (DXY)": an index whose code we do not map is still not a company.
  if (indexHeads.has(words.at(-1)?.parts.at(-1) ?? '')) return undefined;
  // "Initial Jobless Claims (ICSA)", "Retail Sales (RSAFS)": a release's data series (economicReleases.ts).
  if (namesEconomicRelease(words)) return undefined;
  if (!options.companyParentheses) return undefined;
  if (isTimeZoneAfterTime(item.root, words) || abbreviatesCalendarName(item.root, words) || namesCryptoAsset(words)) return undefined;
  // "hyperscalers (MSFT, GOOGL, AMZN)", "Big banks (JPM, BAC, C, WFC)": a group of listings and their symbols (groupLists.ts).
  if (inSymbolList && namesListingGroup(words) && !hasDigit(item.root) && !isRomanNumeral(item.root) && !namesCreditRating(item.root, words) && !namesBrokerRating(item.root, words)) return 'company';
  const last = words.at(-1);
  // "regional banks (KRE)": a slice of the market in lower case, and the fund that tracks it (fundSymbols.ts).
  if (namesFundAfterGroup(item.root, words)) return 'company';
  // "same-store sales (SSS)": no company named; "Shell plc (SHEL)" names one, its legal form in lower case.
  if (last === undefined || (!last.capitalised && !endsInLegalForm(words))) return undefined;
  // "Shares (ORD) of the lender slipped": the sentence's first word, a common noun, is no company's name — unless
  // a fund's or a trust's name ends so ("Realty Income").
  if (namesTermsOnly(words) && !endsInFundName(words, namesTermWord)) return undefined;
  // "Realty Income (O)": a trust's name makes a listing of a letter that is none of its initials (a numeral after
  // it is the fund's series: "Vireo Realty Income (II)").
  const trustLetter = item.root.length === 1 && endsInFundName(words, namesTermWord);
  if ((item.root.length === 1 || isRomanNumeral(item.root)) && (followsLabelWord(words) || ((marksFootnote(words) || !singleLetterFitsName(item.root, words)) && !trustLetter))) return undefined;
  // "Trailpace Runner (TR265)", "Carbon Dioxide (CO2)": after a name, a code with a digit is a model or a formula.
  // Listings numbered so are foreign ones, which this form, with no venue, could only quote on the wrong market: they
  // are read only where a "-listed" adjective names a venue whose symbols carry digits ("São Paulo-listed Tupi (PTUP4)").
  if ((hasDigit(item.root) && !spellsDigitsOnAdjectiveVenue(item.symbol, words)) || isEditorialTag(item.root, words) || abbreviatesRating(item.root, words) || namesCreditRating(item.root, words) || namesBrokerRating(item.root, words) || namesPlaceCode(item.root, words)) return undefined;
  // "Hold (KBW)", "a $180 target (GS)": the bank or vendor behind a call or a figure (callSources.ts).
  if (namesCallSource(words)) return undefined;
  return abbreviatesWordsBefore(item.root, words) ? undefined : 'company';
}

/**
 * Whether a lone symbol in brackets or another enclosure opening at `open` (`Orcadia Systems [ORCD]`) is the company's,
 * judged as `Orcadia Systems (ORCD)` is, and the venue a "-listed" adjective before the name gives it. Undefined when it
 * is not a company's symbol.
 */
export function companySymbolAt(segment: string, open: number, floor: number, item: Item, options: ParenthesisOptions): { readonly exchange: ExchangeId | undefined } | undefined {
  let form = formWithoutWords(item, options);
  if (form !== needsWords) return undefined;
  const words = withoutPossessiveShareWords(precedingWords(segment, open, Math.min(8, 3 + item.root.length), floor), item.root);
  form = formFromWords(item, words, options);
  if (form !== 'company' || isDatelineTag(segment, open, item.end, floor)) return undefined;
  return { exchange: adjectiveListingVenue(item.symbol, words) };
}

/**
 * The venue a "-listed" adjective before the name gives the symbol, when it can be listed there (listingSymbols.ts):
 * "Hong Kong-listed Tencent (TCEHY)" names the venue of the shares, not of the ADR in the parenthesis.
 */
function adjectiveListingVenue(symbol: string, words: readonly PrecedingWord[]): ExchangeId | undefined {
  const venue = venueNamedByAdjective(words);
  return venue === undefined ? undefined : listingVenue(venue, '', symbol);
}

/** Whether a "-listed" adjective names a venue whose symbols carry digits (listingSymbols.ts), `symbol` one of them. */
function spellsDigitsOnAdjectiveVenue(symbol: string, words: readonly PrecedingWord[]): boolean {
  const venue = venueNamedByAdjective(words);
  return venue !== undefined && spellsSymbolsWithDigits(venue) && listingVenue(venue, '', symbol) !== undefined;
}

function emitAdjectiveNumberedCode(segment: string, open: number, floor: number, emit: EmitMention): void {
  const code = readAdjectiveNumberedCode(segment, open, floor);
  if (code !== undefined) emit(code.symbol, code.venue, 'company', code.start, code.end - code.start, code.start, code.end - code.start);
}

/** Emits the symbol written before a parenthesis that names its venue alone (`ORCD (Nasdaq)`); whether it did. */
function emitSymbolBeforeVenue(segment: string, open: number, floor: number, end: number, ignore: ReadonlySet<string> | undefined, emit: EmitMention): boolean {
  const venue = venueInParenthesis(segment, open, end);
  if (venue === undefined) return false;
  const read = symbolEndingBefore(segment, open, floor);
  if (read === undefined) return false;
  const root = read.symbol.split('.')[0];
  if (isCommonAbbreviation(root, ignore) || ignore?.has(read.symbol) || isExchangeName(root) || indexCodes.has(root)) return false;
  // Abroad, a company is often written by initials that are not its code there ("HSBC (LSE)" is HSBA, "CIBC (TSX)" is
  // CM): only the venues whose symbols writers use as the company's name are read so.
  const listed = symbolsNameCompanies(venue) ? listingVenue(venue, '', read.symbol) : undefined;
  if (listed === undefined) return false;
  emit(read.symbol, listed, 'exchange', read.start, read.symbol.length, read.start, read.symbol.length);
  return true;
}

function emitSymbolBeforeName(segment: string, open: number, floor: number, ignore: ReadonlySet<string> | undefined, emit: EmitMention): void {
  const read = readSymbolBeforeName(segment, open, floor, ignore);
  if (read !== undefined) emit(read.symbol, undefined, 'company', read.start, read.symbol.length, read.start, read.symbol.length);
}

/** Two items or more, plain symbols (no venue, no change), two of them of two letters or more and no numeral: a list of symbols by shape. */
function isSymbolList(items: readonly Item[]): boolean {
  if (items.length < 2) return false;
  let long = 0;
  for (const item of items) {
    if (item.marker !== '' || item.hasChange || item.venue !== undefined || item.bloomberg || item.globe || item.usCode) return false;
    // "funds (I, II, III)": a series' numerals are no symbols.
    if (item.root.length > 1 && !isRomanNumeral(item.root)) long++;
  }
  return long >= 2;
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

