// The venue codes written beside a symbol rather than before it: Reuters' suffixes (`KO.N`, `VOD.L`), the Globe and
// Mail's letters (`L-T`), Bloomberg's two-letter codes (`AAPL US`, `VOD LN`). Each maps to the venue ids of
// exchanges.ts, and the exchange-mismatch fixes write them back in the form the writer used.

import type { ExchangeId } from './exchanges';

/**
 * Reuters instrument codes: the suffix after the symbol names the venue (`KO.N`, `META.O`, `VOD.L`). `.A`/`.B` are
 * left out on purpose: after a US symbol they are share classes (`BRK.B`), which Reuters writes `BRKb.N`.
 */
const ricSuffixes: ReadonlyMap<string, ExchangeId> = new Map<string, ExchangeId>([
  ['O', 'NASDAQ'],
  ['OQ', 'NASDAQ'],
  ['N', 'NYSE'],
  ['K', 'NYSE'],
  ['P', 'NYSEARCA'],
  ['PK', 'OTC'],
  ['L', 'LSE'],
  ['TO', 'TSX'],
  ['V', 'TSXV'],
  ['AX', 'ASX'],
  ['NS', 'NSE'],
  ['BO', 'BSE'],
  ['DE', 'XETRA'],
  ['PA', 'EPA'],
  ['AS', 'AMS'],
  ['S', 'SIX'],
  ['SW', 'SIX'], // Yahoo's suffix for SIX, which writers copy (`NESN.SW`); Reuters writes `NESN.S`
  ['MI', 'BIT'], // Milan, Madrid and the Nordic markets, Reuters and Yahoo alike: `ENI.MI`, `IBE.MC`, `NOKIA.HE`
  ['MC', 'BME'],
  ['HE', 'HEL'],
  ['CO', 'CPH'],
  ['OL', 'OSL'],
  ['ST', 'STO'],
  // Singapore, Johannesburg, São Paulo, Tel Aviv, New Zealand, Brussels and Lisbon: `D05.SI`, `NPN.JO`, `PETR4.SA`,
  // `ESLT.TA`, `FBU.NZ`, `ABI.BR`, `EDP.LS`. Johannesburg's is Yahoo's; Reuters writes `.J` after roots of its own.
  // Taiwan's numbered listings, `2330.TW` and `6488.TWO`, are numberedRics.ts's.
  ['SI', 'SGX'],
  ['JO', 'JSE'],
  ['SA', 'B3'],
  ['TA', 'TASE'],
  ['NZ', 'NZX'],
  ['BR', 'EBR'],
  ['LS', 'ELI'],
  // Manila, Warsaw, Bangkok and Jakarta, Reuters and Yahoo alike: `SM.PS`, `PKN.WA`, `PTT.BK`, `BBCA.JK`. Bursa
  // Malaysia's numbered listings, `1155.KL`, are numberedRics.ts's.
  ['PS', 'PSE'],
  ['WA', 'WSE'],
  ['BK', 'SET'],
  ['JK', 'IDX'],
  // Dow Jones writes a company's home listing with its own letters after the US symbol, "Harrow PLC (HRWP, HRW.LN)":
  // London, Paris, Xetra and Amsterdam. Listed after Reuters' and Yahoo's, which fixes write (writtenRicSuffixes).
  ['LN', 'LSE'],
  ['FR', 'EPA'],
  ['XE', 'XETRA'],
  ['AE', 'AMS'],
]);

/**
 * Whether `root` written before the suffix of `venue` is a listing's code there. Reuters writes Singapore's shares
 * under roots of its own, letters only (`DBSM.SI` is DBS, `D05` on the exchange), where the exchange's codes as Yahoo
 * writes them carry a digit (`D05.SI`, `C6L.SI`, `A17U.SI`): only those are read, and the few codes of letters alone
 * with them are missed rather than quoted as Reuters' letters.
 */
export function ricRootFits(venue: ExchangeId, root: string): boolean {
  if (venue !== 'SGX') return true;
  for (let i = 0; i < root.length; i++) if (root.charCodeAt(i) >= 48 && root.charCodeAt(i) <= 57) return true;
  return false;
}

/** The suffix a RIC for each venue is written with (the first listed: `O` for Nasdaq), for fixes; not every venue has one. */
export const writtenRicSuffixes: ReadonlyMap<ExchangeId, string> = new Map(
  [...ricSuffixes].reverse().map(([suffix, exchange]) => [exchange, suffix] as const),
);

/** The venue of a Reuters RIC suffix (`OQ` → Nasdaq), or undefined when it is not one. */
export function ricSuffixExchange(suffix: string): ExchangeId | undefined {
  return ricSuffixes.get(suffix);
}

/**
 * The length of `symbol` written after a prefix for `venue`, without a suffix that names the same venue again:
 * `(LSE:THMB.L)`, `TSX:SHOP.TO`, `(ASX: BHP.AX)` list THMB, SHOP and BHP, as `(THMB.L)` alone does. A class or unit
 * (`BRK.B`, `BT.A`, `REI.UN`: no venue's suffix) and another venue's suffix (`(TSX: ABC.V)`) stay part of the symbol.
 */
export function lengthWithoutOwnSuffix(symbol: string, venue: ExchangeId | undefined): number {
  const dot = symbol.lastIndexOf('.');
  if (dot <= 0 || venue === undefined) return symbol.length;
  return ricSuffixes.get(symbol.slice(dot + 1)) === venue ? dot : symbol.length;
}

/**
 * Venues whose symbols spell a share class after a dot (`BRK.B`, `RCI.B`) or a blank (Nasdaq's Nordic markets, `VOLV
 * B`, `NOVO B`): there, the lower-case letter Reuters writes before the suffix is that class (`BRKb.N`, `RCIb.TO`,
 * `VOLVb.ST`, `NOVOb.CO`). Elsewhere the letter marks a kind of share the venue's
 * symbol does not spell, on a root that is Reuters' own: `SIEGn.DE` is Siemens' registered shares, `SIE` on Xetra
 * (Reuters adds a G for Germany), and London's `RDSa.L` is `RDSA`. No symbol we could quote is written there.
 */
const classVenues: ReadonlySet<ExchangeId> = new Set(['NYSE', 'NASDAQ', 'NYSEARCA', 'OTC', 'TSX', 'TSXV', 'STO', 'CPH', 'HEL']);

/** Whether a RIC's lower-case class letter (`BRKb.N`) is the share class of the venue's symbol (`BRK.B`). */
export function ricClassLetterFits(venue: ExchangeId): boolean {
  return classVenues.has(venue);
}

/**
 * The venue of the suffix Yahoo writes after a class share's symbol, `.ST` in `ERIC-B.ST`, `.TO` in `RCI-B.TO`,
 * `.CO` in `NOVO-B.CO`, when `text[dot]` is its dot: one of the venues whose symbols carry a class (a class on
 * another venue is Reuters' own root, as above), the suffix standing alone. Undefined when there is none.
 */
export function classSuffixVenueAt(text: string, dot: number, end = text.length): { readonly venue: ExchangeId; readonly end: number } | undefined {
  if (text.charCodeAt(dot) !== 46 /* . */) return undefined;
  let suffixEnd = dot + 1;
  while (suffixEnd < end && suffixEnd - dot <= 2 && text.charCodeAt(suffixEnd) >= 65 && text.charCodeAt(suffixEnd) <= 90) suffixEnd++;
  if (suffixEnd === dot + 1 || suffixEnd - dot > 3) return undefined;
  const next = suffixEnd < end ? text.charCodeAt(suffixEnd) : 32;
  // `ERIC-B.STO`, `ERIC-B.ST2`, `ERIC-B.Stock`: the letters go on, no suffix.
  if ((next >= 48 && next <= 57) || (next >= 65 && next <= 90) || (next >= 97 && next <= 122)) return undefined;
  const venue = ricSuffixes.get(text.slice(dot + 1, suffixEnd));
  return venue !== undefined && classVenues.has(venue) ? { venue, end: suffixEnd } : undefined;
}

/**
 * The Globe and Mail's venue letters after a dash (`L-T`, `NRF-N`, `PRO-UN-T`); older copy wrote Nasdaq `-O`, so
 * `-O` and `-Q` are both Nasdaq. `-A` is left out: after a symbol it is a class far more often (`MOG-A`), and
 * `-CN` (CSE) and `-NE` (NEO) name venues we cannot quote.
 */
const globeVenueLetters: ReadonlyMap<string, ExchangeId> = new Map<string, ExchangeId>([
  ['T', 'TSX'],
  ['X', 'TSXV'],
  ['N', 'NYSE'],
  ['Q', 'NASDAQ'],
  ['O', 'NASDAQ'],
]);

/** The venue of a Globe and Mail venue letter (`T` → Toronto), or undefined when it is not one. */
export function globeLetterExchange(letter: string): ExchangeId | undefined {
  return globeVenueLetters.get(letter);
}

/** The letter the Globe writes for each venue that has one (the first listed: `Q` for Nasdaq), for fixes. */
export const writtenGlobeLetters: ReadonlyMap<ExchangeId, string> = new Map(
  [...globeVenueLetters].reverse().map(([letter, exchange]) => [exchange, letter] as const),
);

/**
 * Bloomberg exchange codes (`AAPL US`, `VOD LN`) for the venues we know: country composites and their venues.
 * `US` is the US composite: the venue is unsaid, as in `Ford Motor (F)`. Keyed by the two letters' char codes.
 */
const bloombergCodes: ReadonlyMap<number, ExchangeId | null> = new Map(
  ([
    ['US', null],
    ['UN', 'NYSE'],
    ['UW', 'NASDAQ'],
    ['UQ', 'NASDAQ'],
    ['UR', 'NASDAQ'],
    ['UA', 'NYSEAMERICAN'],
    ['UP', 'NYSEARCA'],
    ['UF', 'CBOE'],
    ['UV', 'OTC'],
    ['LN', 'LSE'],
    ['CN', 'TSX'],
    ['CT', 'TSX'],
    ['CV', 'TSXV'],
    ['AU', 'ASX'],
    ['AT', 'ASX'],
    ['JP', 'TYO'],
    ['JT', 'TYO'],
    // Venues abroad as research notes write them: `(700 HK)`, `(005930 KS)`, `(SAP GY)`, `(MC FP)`, `(NESN SW)`.
    // Not `NA` (Amsterdam; "not available" too), `SE` (SIX; `SAP SE` is a legal form) nor `IN`, `GR`.
    ['HK', 'HKEX'],
    ['KS', 'KRX'],
    ['GY', 'XETRA'],
    ['FP', 'EPA'],
    ['SW', 'SIX'],
    // Milan, Madrid, Helsinki and Oslo: `(ENI IM)`, `(IBE SM)`, `(NOKIA FH)`, `(EQNR NO)`. Not Stockholm's `SS` nor
    // Copenhagen's `DC`: Bloomberg glues a class to the root there (`ERICB SS` is ERIC B, `ABB SS` is ABB), which
    // letters alone cannot tell apart.
    ['IM', 'BIT'],
    ['SM', 'BME'],
    ['FH', 'HEL'],
    ['NO', 'OSL'],
    // Johannesburg, São Paulo, Tel Aviv, New Zealand, Brussels and Lisbon, under the exchanges' own codes: `(NPN SJ)`,
    // `(PETR4 BZ)`, `(ESLT IT)`, `(FBU NZ)`, `(ABI BB)`, `(EDP PL)`; Taiwan's `(2330 TT)`. `TT` is Taiwan's composite,
    // the Taipei Exchange's listings too: one of those is asked for on the TWSE and not found, never another company,
    // as the two markets' codes are one namespace. Not Singapore's `SP`: Bloomberg's roots there are its own (`DBS SP`
    // is D05).
    ['SJ', 'JSE'],
    ['BZ', 'B3'],
    ['IT', 'TASE'],
    ['NZ', 'NZX'],
    ['BB', 'EBR'],
    ['PL', 'ELI'],
    ['TT', 'TWSE'],
    // Manila, Warsaw, Bangkok and Jakarta under the exchanges' own codes: `(SM PM)`, `(PKN PW)`, `(PTT TB)`, `(BBCA
    // IJ)`. Not Malaysia's `MK`: Bloomberg's roots there are its own (`MAY MK` is Bursa's 1155).
    ['PM', 'PSE'],
    ['PW', 'WSE'],
    ['TB', 'SET'],
    ['IJ', 'IDX'],
  ] as const).map(([code, venue]) => [code.charCodeAt(0) * 128 + code.charCodeAt(1), venue]),
);

/**
 * Codes that spell a word, as a phrase in capitals ends on one: "(SPEED UP)", "(LOOK AT)", "(SAY NO)", "(DO IT)", a
 * credit rating, "(MOODYS BB)", or the afternoon, "(ET PM)". In a parenthesis they are read only after a company's name
 * (parenthesisedMentions.ts).
 */
const wordCodes: ReadonlySet<number> = new Set(['UP', 'AT', 'NO', 'IT', 'BB', 'PM'].map((code) => code.charCodeAt(0) * 128 + code.charCodeAt(1)));

/** Whether the Bloomberg code written as the two capitals `first`, `second` (char codes) spells a word or a rating. */
export function bloombergCodeSpellsWord(first: number, second: number): boolean {
  return wordCodes.has(first * 128 + second);
}

/**
 * The venue of the Bloomberg code written as the two capitals `first`, `second` (char codes): an id, null for a
 * composite without one venue (`US`), undefined when we do not know the code (`NA`, `GR`: not ours to guess).
 */
export function bloombergCodeExchange(first: number, second: number): ExchangeId | null | undefined {
  return bloombergCodes.get(first * 128 + second);
}
