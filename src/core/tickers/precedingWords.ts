// The words a writer puts before a parenthesis, read backwards from it: the name a ticker in the parenthesis belongs
// to, or the words an abbreviation in it spells. The parenthesised forms (parenthesisedMentions.ts) and the country
// prefixes (countryPrefixes.ts) read them.

import { precedingWord, type PrecedingWord } from './abbreviations';
import { isDigit, isLower, isUpper } from './charCodes';

/**
 * The words before the parenthesis at `open`, nearest last, up to eight, within its paragraph. Emphasis markers
 * and a link's target are stepped over: `**Apple** (AAPL)` and `[Apple](https://…) (AAPL)` name Apple.
 */
export function precedingWords(segment: string, open: number, max = 8, floor = 0): PrecedingWord[] {
  const words: PrecedingWord[] = [];
  let at = open;
  // Every backward walk is bounded, so a hostile note (a long run of `*`, a huge word) costs linear time overall;
  // and none goes back past `floor`, the start of the run of lines (what is before it may be a code block).
  const limit = Math.max(floor, open - maxLookBehind);
  while (words.length < max) {
    let newlines = 0;
    while (at > limit) {
      const code = segment.charCodeAt(at - 1);
      if (code === 10) newlines++;
      if (code === 32 || code === 9 || code === 10 || code === 13 || code === 42 || code === 95 || code === 126 || code === 93) at--;
      else if (code === 41 /* ) */ && words.length === 0) {
        const target = linkTargetStart(segment, at - 1, limit);
        if (target === -1) break;
        at = target + 1;
      } else break;
    }
    if (newlines > 1) break;
    const end = at;
    while (at > limit && isNameChar(segment.charCodeAt(at - 1))) at--;
    if (at === end) break;
    const word = precedingWord(segment, at, end);
    if (word === undefined) break;
    words.push(word);
  }
  return words.reverse();
}

const maxLookBehind = 400;

/** Where `](` opens the link target that the `)` at `close` ends, on the same line and not before `limit`; or -1. */
function linkTargetStart(segment: string, close: number, limit: number): number {
  for (let at = close - 1; at > limit; at--) {
    const code = segment.charCodeAt(at);
    if (code === 10 || code === 41) return -1;
    if (code === 40 && segment.charCodeAt(at - 1) === 93) return at - 1;
  }
  return -1;
}

function isNameChar(code: number): boolean {
  return isUpper(code) || isLower(code) || isDigit(code) || code === 38 /* & */ || code === 39 || code === 0x2019 || code === 45 || code === 46 || code >= 0xc0;
}
