// Real-estate trusts, mortgage lenders and funds name themselves with the words of finance: "Equity Residential (EQR)",
// "Spirit Realty Capital (SRC)", "Federal Agricultural Mortgage (AGM)", "Realty Income (O)". Their symbols spell those
// words' initials just as "Return on Invested Capital (ROIC)" or "Net Operating Income (NOI)" do, so the measure
// words alone cannot tell them apart. The head of the name can: a REIT's word (Realty, Residential) ends no measure's
// name, and a word that ends both (Capital, Income, Mortgage, Trust, Lease) names a company when a proper name leads
// the words ("Spirit", "Ready", "Cherry Hill"), a measure when a term's word does ("Weighted", "Net", "Fixed").

import type { PrecedingWord } from './abbreviations';

// Heads only REITs and their kin end in: no measure or generic term is named "… Realty" or "… Residential".
const companyHeads: ReadonlySet<string> = new Set('realty reit reits residential properties'.split(' '));

// Heads that end company names and terms alike: "Ready Capital" and "Working Capital", "Realty Income" and "Fixed Income".
const sharedHeads: ReadonlySet<string> = new Set('capital income mortgage trust lease investment investments'.split(' '));

// Words that lead a term ending in a shared head, beside the measure words: "Invested Capital", "Fixed Income",
// "Adjustable-Rate Mortgage", "Charitable Remainder Trust", "Finance Lease", "Foreign Direct Investment".
const termLeads: ReadonlySet<string> = new Set(
  ('weighted invested working fixed other comprehensive accumulated adjustable reverse charitable remainder unit ' +
    'triple human regulatory risk tier common preferred retained deferred accrued variable floating commercial real ' +
    'venture private public passive excess minimum core additional paid economic rental personal disposable ' +
    'guaranteed universal basic modified taxable pre post finance ground master foreign direct impact business ' +
    'intellectual grantor living land voting statutory seed jumbo conventional home household median').split(' '),
);

/**
 * What the head of a name (its words, nearest last) says: `company` for a real-estate trust's, a lender's or a fund's
 * name (a REIT's head, or a shared head after a proper name), `term` for a shared or REIT head after a term's word
 * ("Finance Lease", "Charitable Remainder Trust", "Intellectual Properties"), undefined when the head says neither.
 * `isTermWord` says whether a word belongs to a measure's vocabulary (the measure words, small words).
 */
export function fundHeadVerdict(words: readonly PrecedingWord[], isTermWord: (word: PrecedingWord) => boolean): 'company' | 'term' | undefined {
  const head = words.at(-1)?.parts.at(-1);
  if (head === undefined || words.length < 2 || !words.every((word) => word.capitalised)) return undefined;
  const companyHead = companyHeads.has(head);
  if (!companyHead && !sharedHeads.has(head)) return undefined;
  const lead = words[0];
  if (lead.parts.some((part) => termLeads.has(part))) return 'term';
  if (companyHead || lead.parts.some((part) => companyHeads.has(part))) return 'company';
  return isTermWord(lead) || lead.parts.some((part) => sharedHeads.has(part)) ? undefined : 'company';
}

/**
 * Whether the capitalised words that end `words` (up to four) name a trust or a fund by their head: "Realty Income"
 * does, so a one-letter symbol after it is its listing (O), not a footnote's mark as after "Net Operating Income".
 */
export function endsInFundName(words: readonly PrecedingWord[], isTermWord: (word: PrecedingWord) => boolean): boolean {
  let first = words.length;
  while (first > 0 && first > words.length - 4 && words[first - 1].capitalised) first--;
  return fundHeadVerdict(words.slice(first), isTermWord) === 'company';
}
