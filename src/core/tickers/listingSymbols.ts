// Which symbols a venue lists, so a prefix is read only before a symbol that can be a listing there. Most venues use
// letters. Some number their listings: Tokyo (`7203`, `130A`), Hong Kong (`700`, `0700`, `00700`, `9988`), the Korea
// Exchange (`005930`), Shanghai and Shenzhen (`600519`, `002594`), Taiwan's two markets (`2330`, `0050`, `00878`), the
// BSE (`500209`, beside its letter codes), Frankfurt (`0T5`, beside its letter codes) and Singapore (`9CI`, beside
// `D05`, `C6L`, `A17U`). A number after any other prefix is prose (`(NYSE: 2025)`), and letters after a venue that
// lists only numbers (`(HKEX: HSBC)`) are a name, not a listing. B3 spells every listing four letters and a number
// (`PETR4`, `BOVA11`), so letters alone after its prefix are no listing either. Bursa Malaysia's are four digits
// (`1155`): the names its copy writes too (`KLSE: MAYBANK`) are no code a provider quotes. Warsaw's are three
// characters (`PKN`, `CDR`, `11B`), Jakarta's four letters (`BBCA`), Manila's one to five letters (`SM`, `JFC`).

import { isDigit, isLower, isUpperOrDigit } from './charCodes';
import type { ExchangeId } from './exchanges';

const numberShapes: Partial<Record<ExchangeId, RegExp>> = {
  TYO: /^\d[0-9A-Z]{2,4}$/,
  HKEX: /^\d{1,5}$/,
  KRX: /^\d{6}$/,
  BSE: /^\d{6}$/,
  SHA: /^\d{6}$/,
  SHE: /^\d{6}$/,
  TWSE: /^\d{4,6}$/,
  TPEX: /^\d{4,6}$/,
  // Singapore's codes that open on a digit have a letter among them too (`9CI`, `5E2`): `(SGX: 2025)` is a year.
  SGX: /^\d(?=[0-9A-Z]*[A-Z])[0-9A-Z]{1,3}$/,
  // Frankfurt's short codes may open on a digit, a letter among them (`0T5`, `9VR`, as junior miners list there):
  // a figure alone after the prefix (`(FRA: 2025)`) stays prose.
  FRA: /^\d(?=[0-9A-Z]*[A-Z])[0-9A-Z]{2,3}$/,
  // Warsaw's few codes that open on a digit (`11B`) have a letter too: `(WSE: 2025)` is a year.
  WSE: /^\d(?=[0-9A-Z]*[A-Z])[0-9A-Z]{2}$/,
  MYX: /^\d{4}$/,
};

const numberedOnly: ReadonlySet<ExchangeId> = new Set(['HKEX', 'KRX', 'SHA', 'SHE', 'TWSE', 'TPEX', 'MYX']);

/**
 * The roots of the venues that spell their letter symbols one way: B3's four letters and the share's number (`PETR4`
 * ordinary, `PETR3` preferred, `BOVA11` a unit), Singapore's two to four capitals and digits (`D05`, `C6L`, `A17U`).
 */
const letterShapes: Partial<Record<ExchangeId, RegExp>> = {
  B3: /^[A-Z]{4}\d{1,2}$/,
  SGX: /^[A-Z][0-9A-Z]{1,3}$/,
  WSE: /^[A-Z][0-9A-Z]{2}$/,
  IDX: /^[A-Z]{4}$/,
  PSE: /^[A-Z]{1,5}$/,
};

const digitSpellingVenues: ReadonlySet<ExchangeId> = new Set(['B3', 'SGX', 'WSE']);

/** Whether `exchange` spells letter symbols with digits in them (B3's `PETR4`, Singapore's `D05`, Warsaw's `R22`). */
export function spellsSymbolsWithDigits(exchange: ExchangeId): boolean {
  return digitSpellingVenues.has(exchange);
}

/** Symbols run to seven characters, India's to ten (`HDFCBANK`, `BAJFINANCE`). */
export const longestSymbol = 7;
export const longestIndianSymbol = 10;

/** India's two venues' suffixes, as Yahoo writes them: `.NS` (the NSE) and `.BO` (the BSE). */
export function isIndianSuffix(suffix: string): boolean {
  return suffix === 'NS' || suffix === 'BO';
}

/** Whether `.NS` or `.BO` follows at `at`, ending there (no letter or digit after it): `RELIANCE.NS`. */
export function isIndianSuffixAt(text: string, at: number): boolean {
  if (text.charCodeAt(at) !== 46 /* . */ || !isIndianSuffix(text.slice(at + 1, at + 3))) return false;
  const after = text.charCodeAt(at + 3);
  return !isUpperOrDigit(after) && !isLower(after);
}

/** The longest symbol a listing on `exchange` has. */
export function longestSymbolOn(exchange: ExchangeId | undefined): number {
  return exchange === 'NSE' || exchange === 'BSE' ? longestIndianSymbol : longestSymbol;
}

/**
 * The venue of `symbol` written after a prefix naming `exchange` (spelt `writtenPrefix`), or undefined when no listing
 * there is written so. `TSE` before digits is Tokyo; before letters it stays Toronto, as Google Finance writes it.
 */
export function listingVenue(exchange: ExchangeId, writtenPrefix: string, symbol: string): ExchangeId | undefined {
  if (exchange === 'KRX' && isKoreanDataCode(symbol)) return exchange;
  if (!isDigit(symbol.charCodeAt(0))) {
    // The root's length, up to a class or suffix (`.B`, `-UN`) and without a leading `$` or `^`: counted, not cut
    // out, as every listing in a note asks.
    let rootEnd = 0;
    while (rootEnd < symbol.length && symbol.charCodeAt(rootEnd) !== 46 /* . */ && symbol.charCodeAt(rootEnd) !== 45 /* - */) rootEnd++;
    const marked = rootEnd > 0 && (symbol.charCodeAt(0) === 36 /* $ */ || symbol.charCodeAt(0) === 94) /* ^ */ ? 1 : 0;
    if (numberedOnly.has(exchange) || rootEnd - marked > longestSymbolOn(exchange)) return undefined;
    const shape = letterShapes[exchange];
    return shape === undefined || shape.test(symbol.slice(marked, rootEnd)) ? exchange : undefined;
  }
  const venue = exchange === 'TSX' && writtenPrefix.trim().toUpperCase() === 'TSE' ? 'TYO' : exchange;
  return numberShapes[venue]?.test(symbol) ? venue : undefined;
}

/**
 * Whether `symbol` is a Korea Exchange code as S&P Capital IQ and the sites built on it write it, an `A` before the
 * six digits (`KOSE:A005930`): the listing is the digits (`koreanListingCode`).
 */
export function isKoreanDataCode(symbol: string): boolean {
  if (symbol.length !== 7 || symbol.charCodeAt(0) !== 65 /* A */) return false;
  for (let i = 1; i < 7; i++) if (!isDigit(symbol.charCodeAt(i))) return false;
  return true;
}
