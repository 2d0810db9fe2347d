// Macro notes name an economic release and put its data series' code after it, as FRED and the data terminals label
// them: "Initial Jobless Claims (ICSA)", "Retail Sales (RSAFS)", "Industrial Production (INDPRO)", "ISM Services PMI
// (NMI)". The codes are not the release's initials, so abbreviations.ts cannot tell them from a company's symbol, and
// several are listed shares' letters (NMI is NMI Holdings). The release's name ends in the word of what it counts, a word no
// company's name ends in: after it, the capitals are a series' code, whatever else they spell.

import type { PrecedingWord } from './abbreviations';

/** The words an economic release's name ends in, lower-cased. */
const releaseHeads: ReadonlySet<string> = new Set(
  ('claims starts sales payrolls permits orders pmi sentiment confidence optimism inventories shipments production ' +
    'output').split(' '),
);

/** Whether the words before a parenthesis (nearest last) end in a release's name written in title case ("Retail Sales"). */
export function namesEconomicRelease(words: readonly PrecedingWord[]): boolean {
  const last = words.at(-1);
  return last !== undefined && last.capitalised && words.length >= 2 && releaseHeads.has(last.parts.at(-1) ?? '');
}
