// A venue written alone in a parenthesis after the symbol it lists, as some wires and newsletters name the market:
// "Orcadia Holdings (ORCD) (Nasdaq)", "ORCD (Nasdaq) rose 4%", "Maple Rail (MPRL) (TSX)". The parenthesis names the
// venue only when it holds nothing but a venue's name, and only the names writers use alone: the vendors' short codes
// that are words or other things too (`EPA`, `AMS`, `AIM`, `SIX`, `TSE`: Tokyo or Toronto) say nothing here.

import { isBlank, isLetter } from './charCodes';
import { normalizeVenueName, type ExchangeId } from './exchanges';

/** Venue names of six letters or fewer read alone in a parenthesis (longer names, "NYSE American", are all venues'). */
const shortVenueNames: ReadonlySet<string> = new Set(['NASDAQ', 'NYSE', 'TSX', 'TSXV', 'LSE', 'ASX', 'OTC', 'OTCQX', 'OTCQB', 'XETRA', 'HKEX', 'SEHK', 'NSE', 'BSE', 'KRX']);

const longestVenueName = 40;

/** The venue named alone in the parenthesis opening at `open` (before `end`), or undefined. */
export function venueInParenthesis(segment: string, open: number, end: number): ExchangeId | undefined {
  const limit = Math.min(end, open + 1 + longestVenueName);
  let close = open + 1;
  while (close < limit && (isLetter(segment.charCodeAt(close)) || isBlank(segment.charCodeAt(close)))) close++;
  if (close === limit || segment.charCodeAt(close) !== 41 /* ) */) return undefined;
  return venueNamedAlone(segment.slice(open + 1, close));
}

/**
 * The venue a name written on its own gives (`Nasdaq`, `TSXV`, `NYSE American`, `Toronto Stock Exchange`), or
 * undefined: a venue's name, and of the short ones only those writers use alone (not `EPA`, `AIM`, `SIX`, `TSE`).
 */
export function venueNamedAlone(name: string): ExchangeId | undefined {
  const venue = normalizeVenueName(name);
  if (venue === undefined) return undefined;
  const compact = name.toUpperCase().replace(/\s+/g, '');
  return compact.length > 6 || shortVenueNames.has(compact) ? venue : undefined;
}

/** The venue of a parenthesis that opens after the blanks from `at` (`) (Nasdaq)`: `at` past the first `)`), or undefined. */
export function venueParenthesisAt(segment: string, at: number, end: number): ExchangeId | undefined {
  let open = at;
  while (open < end && open - at < 2 && isBlank(segment.charCodeAt(open))) open++;
  return segment.charCodeAt(open) === 40 /* ( */ ? venueInParenthesis(segment, open, end) : undefined;
}
