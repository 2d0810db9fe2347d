// Copy about Asian companies gives the venue in an adjective and the listing's number alone in the parenthesis:
// "Tokyo-listed Kanemura Motors (7211)", "Hong Kong-listed Tengwei Holdings (0700)", "Seoul-listed Hanbit (005930)",
// "Taipei-listed Formosa Chipworks (2330)".
// A bare number after a name is no listing anywhere else — a year ("Kanemura Motors (2025)"), a model, a footnote —
// so it is read only after a "-listed" adjective whose venue numbers its listings, with the number in that venue's
// shape (numberedRics.ts), and not a year's: a code of a venue we do not map ("Colombo-listed Qinghe (1155)")
// is left alone, never guessed onto another market.

import { isBlank, isDigit, isUpper } from './charCodes';
import type { ExchangeId } from './exchanges';
import { isNumberedCodeOn } from './numberedRics';
import { withoutPossessiveShareWords } from './possessiveShares';
import { precedingWords } from './precedingWords';
import { venueNamedByAdjective } from './venueAdjectives';

export interface NumberedCode {
  readonly symbol: string;
  readonly venue: ExchangeId;
  readonly start: number;
  readonly end: number;
}

/** The longest code read (Korea's six digits), and how far back a "-listed" may stand: the adjective, a descriptor and a name. */
const longestCode = 6;
const adjectiveReach = 120;

/**
 * The numbered listing that is the whole content of the parenthesis at `open` (`(7211)`, `( 0700 )`), when a venue
 * adjective before the name there names a venue that lists it; else undefined. `floor` is the run of lines' start.
 */
export function readAdjectiveNumberedCode(segment: string, open: number, floor: number): NumberedCode | undefined {
  let start = open + 1;
  while (isBlank(segment.charCodeAt(start))) start++;
  if (!isDigit(segment.charCodeAt(start))) return undefined;
  let end = start + 1;
  while (end - start <= longestCode && (isDigit(segment.charCodeAt(end)) || isUpper(segment.charCodeAt(end)))) end++;
  let close = end;
  while (isBlank(segment.charCodeAt(close))) close++;
  if (segment.charCodeAt(close) !== 41 /* ) */ || end - start > longestCode) return undefined;
  // The cheap test first: most numbers in parentheses have no "-listed" or "-traded" anywhere near.
  if (!hasListingAdjectiveBefore(segment, open, Math.max(floor, open - adjectiveReach))) return undefined;
  const words = withoutPossessiveShareWords(precedingWords(segment, open, 8, floor));
  // The number follows the company's name: "Tokyo-listed firms in (2025)" ends on a word of the sentence's own.
  const last = words.at(-1);
  if (last === undefined || !last.capitalised || isDigit(last.text.charCodeAt(0))) return undefined;
  const venue = venueNamedByAdjective(words);
  if (venue === undefined || !isNumberedCodeOn(venue, segment, start, end) || readsAsYear(segment, start, end)) return undefined;
  return { symbol: segment.slice(start, end), venue, start, end };
}

/**
 * A recent or coming year ("Tokyo-listed Kanemura Motors (2019), founded…"): Tokyo and Hong Kong codes run through
 * these numbers too, but a year after a name is the likelier reading, and a missed listing costs less than a wrong one.
 */
function readsAsYear(segment: string, start: number, end: number): boolean {
  if (end - start !== 4) return false;
  const value = Number(segment.slice(start, end));
  return value >= firstYear && value <= lastYear;
}

const firstYear = 1950;
const lastYear = 2039;

function hasListingAdjectiveBefore(segment: string, open: number, from: number): boolean {
  const before = segment.slice(from, open).toLowerCase();
  return before.includes('-listed') || before.includes('-traded');
}
