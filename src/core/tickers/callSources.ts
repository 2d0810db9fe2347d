// Research roundups put the source of a call or an estimate in a parenthesis after it: "Hold (KBW)", "Outperform
// (RBC)", "Overweight (MS)", "upgraded to Buy (GS)", "a $180 target (GS)", "$175 (JPM)", "revenue of $4.3B (LSEG)".
// The capitals are the bank or the data vendor that made the figure or the call, and many are listed shares' symbols
// too (GS, MS, JPM, RBC is Regal Rexnord, DB Deutsche Bank, LSEG the exchange group): read as tickers, the hover put
// the broker's quote on the note's company. A rating's word or a money figure standing alone before the parenthesis
// says so; a company whose name ends in a rating's word has its own word before it ("Best Buy (BBY)").

import type { PrecedingWord } from './abbreviations';
import { isDigit } from './charCodes';

/** The words of a desk's rating, lower-cased: "Buy", "Equal Weight", "Sector Perform", "Strong Buy". */
const ratingWords: ReadonlySet<string> = new Set(
  ('buy sell hold outperform underperform overweight underweight neutral equal weight equal-weight market sector ' +
    'peer perform accumulate reduce strong').split(' '),
);

/**
 * Whether the parenthesis after `words` (nearest last) gives the source of a call or a figure: a rating's words with
 * no name before them, or a money figure alone (`$180`, precedingWords stopping at its currency sign).
 */
export function namesCallSource(words: readonly PrecedingWord[]): boolean {
  const last = words.at(-1);
  if (last === undefined) return false;
  if (words.length === 1 && isDigit(last.text.charCodeAt(0))) return true;
  let first = words.length;
  while (first > 0 && ratingWords.has(words[first - 1].text.toLowerCase())) first--;
  if (first === words.length) return false;
  const before = first > 0 ? words[first - 1] : undefined;
  return before === undefined || !before.capitalised;
}
