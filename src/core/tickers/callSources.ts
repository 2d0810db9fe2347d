// Research roundups put the source of a call or an estimate in a parenthesis after it: "Hold (KBW)", "Outperform
// (RBC)", "Overweight (MS)", "upgraded to Buy (GS)", "a $180 target (GS)", "$175 (JPM)", "revenue of $4.3B (LSEG)".
// The capitals are the bank or the data vendor that made the figure or the call, and many are listed shares' symbols
// too (GS, MS, JPM, RBC is Regal Rexnord, DB Deutsche Bank, LSEG the exchange group): read as tickers, the hover put
// the broker's quote on the note's company. A rating's word or a money figure standing alone before the parenthesis
// says so; a company whose name ends in a rating's word has its own word before it ("Best Buy (BBY)").
// So does a desk named as the source of a view: "strategists at Goldman (GS) see upside", "analysts at Orcadia Capital
// Markets (OCM) lifted their target", "Brenwick was downgraded by Jefferies (JEF)". The bank's stock is the subject when its name opens the clause ("Goldman Sachs
// (GS) rose 2%"), never when the name follows "<role> at".

import type { PrecedingWord } from './abbreviations';
import { isDigit } from './charCodes';

/** The words of a desk's rating, lower-cased: "Buy", "Equal Weight", "Sector Perform", "Strong Buy". */
const ratingWords: ReadonlySet<string> = new Set(
  ('buy sell hold outperform underperform overweight underweight neutral equal weight equal-weight market sector ' +
    'peer perform accumulate reduce strong').split(' '),
);

/**
 * Whether the parenthesis after `words` (nearest last) gives the source of a call or a figure: a rating's words with
 * no name before them, a money figure alone (`$180`, precedingWords stopping at its currency sign), or a desk's firm
 * after "analysts at".
 */
export function namesCallSource(words: readonly PrecedingWord[]): boolean {
  const last = words.at(-1);
  if (last === undefined) return false;
  if (namesResearchDesk(words)) return true;
  if (words.length === 1 && isDigit(last.text.charCodeAt(0))) return true;
  let first = words.length;
  while (first > 0 && ratingWords.has(words[first - 1].text.toLowerCase())) first--;
  if (first === words.length) return false;
  const before = first > 0 ? words[first - 1] : undefined;
  return before === undefined || !before.capitalised;
}

/** The people of a research desk, lower-cased, as a note names them before "at" and their firm. */
const deskRoles: ReadonlySet<string> = new Set(
  'analyst analysts strategist strategists economist economists researchers research team desk'.split(' '),
);

/** What a desk does to a rating or a target, as a note reports it before "by" and the desk: "upgraded by Jefferies (JEF)". */
const ratingActions: ReadonlySet<string> = new Set(
  'upgraded downgraded initiated reiterated rated raised cut lifted lowered trimmed boosted'.split(' '),
);

/**
 * Whether the capitalised name that ends `words` follows "<role> at", "<role> from" or "<rating action> by": a desk
 * named as a source ("strategists at Goldman (GS)", "was downgraded by Harlow Securities (HSX)").
 */
function namesResearchDesk(words: readonly PrecedingWord[]): boolean {
  let first = words.length;
  while (first > 0 && (words[first - 1].capitalised || words[first - 1].text === '&')) first--;
  if (first === words.length || first < 2) return false;
  const preposition = words[first - 1].text;
  const before = words[first - 2].text.toLowerCase();
  return ((preposition === 'at' || preposition === 'from') && deskRoles.has(before)) || (preposition === 'by' && ratingActions.has(before));
}
