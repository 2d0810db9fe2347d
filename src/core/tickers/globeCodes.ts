// The Globe and Mail's tickers: the symbol, then the venue's letter after a dash — `(L-T)` Toronto, `(NRF-N)` NYSE,
// `(RVMN-Q)` Nasdaq, `(PRO-UN-T)` a unit, `(CTC-A-T)` a class — as the paper's market copy writes them.
// parenthesisedMentions.ts reads the parenthesis and asks the words before it; this reads one code and tells a code
// from an abbreviation written the same way (`CAR-T`).

import { initialsCover, type PrecedingWord } from './abbreviations';
import { isLower, isUpper, isUpperOrDigit } from './charCodes';
import type { ExchangeId } from './exchanges';
import { globeLetterExchange } from './venueSuffixes';

/**
 * The Globe and Mail's code from the root's end at `dash`: `-T`, or a class or unit then the venue letter (`-UN-T`,
 * `-B-N`); the symbol is written as the scan writes classes (`PRO.UN`). Undefined when the last letter names no
 * venue we map: `BF-B` stays a class, `ARB-CN` (CSE) is not ours to place.
 */
export function readGlobeCode(segment: string, rootStart: number, dash: number): { symbol: string; venue: ExchangeId; venueAt: number; end: number } | undefined {
  const first = dashedPartEnd(segment, dash);
  if (first === -1) return undefined;
  const second = dashedPartEnd(segment, first);
  const venueAt = second === -1 ? dash : first;
  const end = second === -1 ? first : second;
  const venue = end - venueAt === 2 ? globeLetterExchange(segment[venueAt + 1]) : undefined;
  if (venue === undefined) return undefined;
  const root = segment.slice(rootStart, dash);
  return { symbol: second === -1 ? root : `${root}.${segment.slice(dash + 1, first)}`, venue, venueAt, end };
}

/** End of `-X` or `-XY` (capitals) at `at`, with no letter or digit glued after it; or -1. */
function dashedPartEnd(segment: string, at: number): number {
  if (segment.charCodeAt(at) !== 45 || !isUpper(segment.charCodeAt(at + 1))) return -1;
  const end = isUpper(segment.charCodeAt(at + 2)) ? at + 3 : at + 2;
  const next = segment.charCodeAt(end);
  return isUpperOrDigit(next) || isLower(next) ? -1 : end;
}

/**
 * Whether a dashed code abbreviates words rather than naming a venue: its letters, read together, spell the
 * capitalised words before it ("Chimeric Antigen Receptor T-Cell (CAR-T)", "Input-Output (I-O)"), or it is a
 * therapy's name, written so after any words. A company whose symbol is its initials keeps its code: the venue
 * letter is not one of them ("Canadian National Railway (CNR-T)").
 */
export function isDashedAbbreviation(code: string, words: readonly PrecedingWord[]): boolean {
  return dashedTerms.has(code) || initialsCover(code.replace(/-/g, '').toLowerCase(), words) !== undefined;
}

/** Cell therapies, named with the cell's letter after a dash as the Globe writes Toronto's: never a listing. */
const dashedTerms: ReadonlySet<string> = new Set(['CAR-T', 'TCR-T']);
