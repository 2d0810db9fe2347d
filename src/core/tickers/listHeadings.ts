// A heading over a list of the day's movers, with the list's symbols in a parenthesis after it, as market wraps title
// them: `Pre-Market NASDAQ Movers (GLUU, PETM, EXEL, LRCX)`, `## Top NYSE Gainers (KO, PEP)`. The symbols are read as
// `company (TICK)` items are (parenthesisedMentions.ts); the heading adds their venue, when it names exactly one and
// says the list is movers. Only a heading: the line holds nothing but the heading's words and the parenthesis, so "Among
// NASDAQ gainers, we liked Acme Holdings (ACME, ACMEW)" keeps its venue unsaid (the symbols are Acme's).

import { isBlank, isEmphasis } from './charCodes';
import { normalizeVenueName, type ExchangeId } from './exchanges';

const longestHeading = 80;

/**
 * The venue of the movers heading that the parenthesis segment[open, close] ends (its `(` and `)`), or undefined when
 * the line is not such a heading: a venue named once, a movers word, no sentence punctuation, nothing after the `)`
 * but emphasis. `start` and `end` bound the run of lines.
 */
export function moversHeadingVenue(segment: string, open: number, close: number, start: number, end: number): ExchangeId | undefined {
  let after = close + 1;
  while (after < end && (isBlank(segment.charCodeAt(after)) || isEmphasis(segment.charCodeAt(after)))) after++;
  if (after < end && segment.charCodeAt(after) !== 10 && segment.charCodeAt(after) !== 13) return undefined;
  let lineStart = open;
  while (lineStart > start && open - lineStart <= longestHeading && segment.charCodeAt(lineStart - 1) !== 10) lineStart--;
  if (open - lineStart > longestHeading) return undefined;
  const heading = segment.slice(lineStart, open).replace(/^[\s#>*_-]+|[\s*_]+$/g, '');
  if (/[.,:;!?]/.test(heading)) return undefined;
  const words = heading.split(/\s+/);
  if (!words.some((word, i) => moversWords.has(word.toLowerCase()) || (word.toLowerCase() === 'most' && /^active$/i.test(words[i + 1] ?? '')))) return undefined;
  let venue: ExchangeId | undefined;
  for (const word of words) {
    const named = normalizeVenueName(word);
    if (named === undefined) continue;
    if (venue !== undefined) return undefined; // "NYSE Gainers and NASDAQ Losers": which list is which is not ours to guess
    venue = named;
  }
  return venue;
}

const moversWords: ReadonlySet<string> = new Set(['movers', 'gainers', 'losers', 'decliners', 'advancers', 'actives']);
