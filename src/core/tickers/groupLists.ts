// Analysts name a group of companies in plain words and list their symbols after it: "the hyperscalers (MSFT, GOOGL,
// AMZN)", "regional lenders (KEY, CFG, RF)", "Big banks (JPM, BAC, C, WFC)". No company is named before the
// parenthesis, so the company form (parenthesisedMentions.ts) reads nothing there on its own; the group's word and a
// list of symbol-shaped items say together that these are listings. The word must be one that groups companies,
// shares or funds — "releases (CPI, PPI)", "metrics (NPS, CSAT)", "providers (AWS, GCP)" group no listings — and
// the list must hold two items of two letters or more, so one letter alone (a scenario's "A") is never read so.

import type { PrecedingWord } from './abbreviations';

/** Plural words that group listed companies, their shares or funds, lower case. */
const groupWords: ReadonlySet<string> = new Set(
  (
    // shares and names
    'stocks shares names equities tickers symbols holdings positions picks ideas constituents components members ' +
    // companies in general, and in a race
    'companies firms corporations conglomerates peers rivals competitors incumbents challengers ' +
    // how the tape sorts them
    'laggards leaders winners losers gainers decliners advancers movers outperformers underperformers heavyweights ' +
    'bellwethers giants titans megacaps caps cyclicals defensives staples industrials financials ' +
    // industries
    'banks lenders insurers reinsurers brokers brokerages managers miners producers refiners drillers explorers ' +
    'utilities retailers grocers restaurants airlines carriers railroads railways truckers shippers automakers ' +
    'carmakers chipmakers drugmakers makers manufacturers suppliers designers foundries builders homebuilders ' +
    'hyperscalers semis semiconductors biotechs pharmas pharmaceuticals telcos telecoms reits landlords operators ' +
    'casinos streamers studios publishers processors marketplaces developers ' +
    // funds
    'funds etfs etps trackers trusts'
  ).split(' '),
);

/** Whether the last word before a list of symbols groups listings: "hyperscalers", "Big banks", "mega-caps". */
export function namesListingGroup(words: readonly PrecedingWord[]): boolean {
  const last = words.at(-1);
  if (last === undefined) return false;
  // "mega-caps", "chip-makers": the compound's last part is the group's word.
  const part = last.parts.at(-1);
  return part !== undefined && groupWords.has(part);
}
