// Marks that stand where a ticker could: a letter or roman numeral that labels ("Class (C) shares", "Phase (III)
// data"), and placeholders written where a symbol will go ("(Symbol: TBD)", a Symbol column's "NA"). None is a listing.

import type { PrecedingWord } from './abbreviations';

/** Placeholders written where a symbol will go (a label, a Symbol column): never a listing. */
const placeholders: ReadonlySet<string> = new Set(['TBD', 'TBA', 'NA', 'TK', 'XXX', 'XXXX']);

export function isPlaceholderSymbol(symbol: string): boolean {
  return placeholders.has(symbol);
}

// Words that number or letter what follows them: "Class (C) shares", "Phase (III) data", "Title (IV)", "Tranche (A)".
const labelWords: ReadonlySet<string> = new Set(
  ('class series tranche phase part tier stage step schedule exhibit appendix annex item section article chapter ' +
    'note figure table chart option scenario type grade level round title pillar basel form').split(' '),
);

/** A one-letter symbol or a roman numeral right after a word that labels with it ("Class (C)", "Phase (III)"). */
export function followsLabelWord(words: readonly PrecedingWord[]): boolean {
  const last = words.at(-1);
  return last !== undefined && labelWords.has(last.text.toLowerCase());
}

const romanNumeral = /^(?=[IVX]{2})X{0,3}(?:IX|IV|V?I{0,3})$/;

/** II, III, IV, VI… XXXIX: two letters or more, so a one-letter symbol (I, V, X) stays one. */
export function isRomanNumeral(symbol: string): boolean {
  return romanNumeral.test(symbol);
}
