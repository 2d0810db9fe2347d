// Reuters codes and Yahoo symbols of numbered listings: the code, a dot and the venue's suffix. Tokyo `7203.T`
// (tokyoRics.ts), Hong Kong `0700.HK` / `9988.HK` (four digits, or five as some Asian outlets pad them: `00700.HK`),
// the Korea Exchange `005930.KS`, the BSE `500209.BO`, Shanghai `600519.SS` and Shenzhen `002594.SZ` (six digits each),
// and Taiwan's two markets, the TWSE `2330.TW` and the Taipei Exchange `6488.TWO` (four to six digits, `0050.TW`,
// `00878.TW`). Letters before these suffixes are no listing of theirs (`ABC.HK`), and a number before any other suffix
// is not read (`2024.PA`).

import { isDigit, isLower, isUpper, isWordChar } from './charCodes';
import type { ExchangeId } from './exchanges';
import { isTokyoCode } from './tokyoRics';

interface NumberedSuffix {
  readonly venue: ExchangeId;
  readonly shortest: number;
  readonly longest: number;
}

const numberedSuffixes: ReadonlyMap<string, NumberedSuffix> = new Map([
  ['T', { venue: 'TYO', shortest: 4, longest: 4 }],
  ['HK', { venue: 'HKEX', shortest: 4, longest: 5 }],
  ['KS', { venue: 'KRX', shortest: 6, longest: 6 }],
  ['BO', { venue: 'BSE', shortest: 6, longest: 6 }],
  ['SS', { venue: 'SHA', shortest: 6, longest: 6 }],
  ['SZ', { venue: 'SHE', shortest: 6, longest: 6 }],
  // Chinese outlets' and data vendors' suffix for Shanghai beside Yahoo's `.SS`: `600519.SH`.
  ['SH', { venue: 'SHA', shortest: 6, longest: 6 }],
  // Bursa Malaysia's four digits, `1155.KL`; Reuters' own letters before `.KL` (`MBBM.KL`) are no code of Bursa's.
  ['KL', { venue: 'MYX', shortest: 4, longest: 4 }],
  ['TW', { venue: 'TWSE', shortest: 4, longest: 6 }],
  ['TWO', { venue: 'TPEX', shortest: 4, longest: 6 }],
]);

/** The longest code a numbered RIC has, for readers that look back from the dot. */
export const longestNumberedCode = 6;

/**
 * The numbered RIC whose code is segment[codeStart, dot) and whose dot is at `dot`: its venue and the end of its
 * suffix, or undefined when the code and suffix are not one (the suffix must end there: `0700.HKD` is not one).
 * `lowerCase` also takes the suffix in lower case, as Yahoo's links and some Asian outlets write it (`(1688.hk)`):
 * only where the caller has the code alone in a parenthesis, since in running text `0700.hk` could be a web address.
 */
export function readNumberedRic(segment: string, codeStart: number, dot: number, lowerCase = false): { readonly venue: ExchangeId; readonly end: number } | undefined {
  if (segment.charCodeAt(dot) !== 46 /* . */) return undefined;
  // One to three capitals: `.T`, `.HK`, the Taipei Exchange's `.TWO`; or, asked for, one to three small letters.
  const letter = lowerCase && isLower(segment.charCodeAt(dot + 1)) ? isLower : isUpper;
  if (!letter(segment.charCodeAt(dot + 1))) return undefined;
  let end = dot + 2;
  while (end < dot + 4 && letter(segment.charCodeAt(end))) end++;
  if (isWordChar(segment.charCodeAt(end))) return undefined;
  const suffix = numberedSuffixes.get(segment.slice(dot + 1, end).toUpperCase());
  const length = dot - codeStart;
  if (suffix === undefined || length < suffix.shortest || length > suffix.longest) return undefined;
  if (suffix.venue === 'TYO') return isTokyoCode(segment, codeStart) ? { venue: 'TYO', end } : undefined;
  for (let at = codeStart; at < dot; at++) if (!isDigit(segment.charCodeAt(at))) return undefined;
  return { venue: suffix.venue, end };
}

/**
 * Whether segment[start, end) is a code `venue` numbers its listings with, as its RIC would carry it: Tokyo's four
 * characters, Hong Kong's four or five digits, six for Korea, the BSE, Shanghai and Shenzhen, four to six for Taiwan's
 * two markets. Other venues number none.
 */
export function isNumberedCodeOn(venue: ExchangeId, segment: string, start: number, end: number): boolean {
  for (const suffix of numberedSuffixes.values()) {
    if (suffix.venue !== venue) continue;
    if (end - start < suffix.shortest || end - start > suffix.longest) return false;
    if (venue === 'TYO') return isTokyoCode(segment, start);
    for (let at = start; at < end; at++) if (!isDigit(segment.charCodeAt(at))) return false;
    return true;
  }
  return false;
}

/** Where the numbered RIC whose dot is at `dot` starts, or -1: its code read back from the dot, not past `floor`. */
export function numberedRicStart(segment: string, dot: number, floor: number): number {
  let at = dot;
  while (at > floor && dot - at < longestNumberedCode && (isDigit(segment.charCodeAt(at - 1)) || isUpper(segment.charCodeAt(at - 1)))) at--;
  // Tokyo's codes may hold a capital (`130A`); start at the first digit so a glued word is seen by the caller.
  while (at < dot && !isDigit(segment.charCodeAt(at))) at++;
  for (let start = at; start <= dot - 4; start++) {
    if (readNumberedRic(segment, start, dot) !== undefined) return start;
  }
  return -1;
}
