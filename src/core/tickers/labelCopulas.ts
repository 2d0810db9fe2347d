// A label that names its symbol after "is", as explainers and profiles write it: "The ticker symbol for Orcadia is
// ORCD.", "Its Nasdaq ticker is VLMT.", "The ticker for Nasdaq-traded Orcadia Inc. is ORCD." labelledMentions.ts
// reads the label and the symbol; these find the symbol's start past "is" and check that it ends its clause ("The
// ticker is UP 4% today" is prose).

import { isBlank, isLetter } from './charCodes';

/**
 * Past "is" after a label, or "for" and a company's name then "is" ("for Orcadia is", "for Nasdaq-traded Orcadia Inc.
 * is"): where the symbol starts, or -1 when the label is not followed so.
 */
export function copulaEnd(segment: string, at: number, end: number): number {
  if (isWordAt(segment, at, 'is')) return blanksEnd(segment, at + 2, end);
  if (!isWordAt(segment, at, 'for')) return -1;
  let p = blanksEnd(segment, at + 3, end);
  for (let words = 0; words < 6 && p < end; words++) {
    if (isWordAt(segment, p, 'is')) return words === 0 ? -1 : blanksEnd(segment, p + 2, end);
    const wordStart = p;
    while (p < end && !isSpaceCode(segment.charCodeAt(p))) p++;
    if (!nameWord.test(segment.slice(wordStart, p))) return -1;
    p = blanksEnd(segment, p, end);
  }
  return -1;
}

/** A word of a company's name after "for": capitalised, a venue's "-traded"/"-listed" adjective, or a joining word. */
const nameWord = /^(?:\p{Lu}[\p{L}\p{N}.&'’-]*|\p{Ll}+-(?:traded|listed)|&|of|the|and)$/u;

/** Whether a clause ends at `at`: punctuation, the line's end, or the venue after " on " ("is KO on the NYSE"). */
export function endsClause(segment: string, at: number, end: number): boolean {
  if (at >= end) return true;
  const code = segment.charCodeAt(at);
  return code === 46 || code === 44 || code === 59 || code === 58 || code === 41 || code === 33 || code === 63 || code === 10 || code === 13 || segment.startsWith(' on ', at);
}

/** Whether `word` (lower case) is written at `at`, in any case, and ends there. */
export function isWordAt(segment: string, at: number, word: string): boolean {
  return segment.slice(at, at + word.length).toLowerCase() === word && !isLetter(segment.charCodeAt(at + word.length));
}

/** Past spaces and tabs, not past `end`. */
function blanksEnd(segment: string, at: number, end: number): number {
  while (at < end && isBlank(segment.charCodeAt(at))) at++;
  return at;
}

function isSpaceCode(code: number): boolean {
  return isBlank(code) || code === 10 || code === 13;
}
