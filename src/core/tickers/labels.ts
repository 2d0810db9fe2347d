// Marks that stand where a ticker could: a letter or roman numeral that labels or marks a footnote ("Class (C)
// shares", "Phase (III) data", "Adjusted EBITDA (A)"), placeholders written where a symbol will go ("(Symbol:
// TBD)", a Symbol column's "NA"), the tags editors and analysts put after a headline or a name ("Fed Holds Rates
// (UPDATE)", "Our Rating (BUY)"), a rating's own short form ("Overweight (OW)", "Not Rated (NR)"), an agency's credit
// rating ("Fitch (AA)"), and the words that label a line before a colon ("NOTE:NYSE closes early"). None is a listing.

import { namesMeasure, type PrecedingWord } from './abbreviations';

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

/**
 * A one-letter symbol after a measure marks a footnote ("Free Cash Flow (F)", "Total Revenue (R)", "Adjusted
 * EBITDA (A)"): a measure word among the last two. A usual abbreviation alone is not enough: "… Office REIT (O)".
 */
export function marksFootnote(words: readonly PrecedingWord[]): boolean {
  return words.slice(-2).some(namesMeasure);
}

const romanNumeral = /^(?=[IVX]{2})X{0,3}(?:IX|IV|V?I{0,3})$/;

/** II, III, IV, VI… XXXIX: two letters or more, so a one-letter symbol (I, V, X) stays one. */
export function isRomanNumeral(symbol: string): boolean {
  return romanNumeral.test(symbol);
}

// Words editors tag a headline or a link with, and the words of ratings: in capitals after a title-case headline
// they look like `Company (TICK)`.
const editorialTags: ReadonlySet<string> = new Set(
  ('UPDATE UPDATED UPDATES CORRECTED CORRECTION CORRECTING REFILE REFILED REPEAT RPT WRAPUP VIDEO LIVE PODCAST AUDIO ' +
    'PHOTO PHOTOS GRAPHIC GRAPHICS INTERACTIVE OPINION ANALYSIS COLUMN EDITORIAL EXCLUSIVE BREAKING URGENT FLASH ' +
    'PREVIEW RECAP SPONSORED PROMOTED PAID AD ADVERTISEMENT FREE NEW AMENDED WATCH LISTEN READ MORE HTML ' +
    'BUY SELL HOLD ACCUMULATE REDUCE NEUTRAL OUTPERFORM UNDERPERFORM OVERWEIGHT UNDERWEIGHT WIDE NARROW').split(' '),
);

/**
 * A headline's or a rating's tag ("Housing Starts Slump (UPDATED)", "Analyst View (HOLD)"), unless the name before
 * has the word itself, as a listing named after it does ("Live Ventures (LIVE)").
 */
export function isEditorialTag(symbol: string, words: readonly PrecedingWord[]): boolean {
  if (!editorialTags.has(symbol)) return false;
  const lower = symbol.toLowerCase();
  return !words.some((word) => word.parts.includes(lower));
}

// Words a writer puts before a colon to label a line or a note, in capitals: "NOTE: NYSE closes early", glued as
// often as spaced ("NOTE:NYSE", "UPDATE:NASDAQ halts…"). Glued to a venue they look like the FT's symbol-first
// codes (`AAPL:NSQ`); a headline's tags (above) label so too.
const lineLabels: ReadonlySet<string> = new Set(
  ('NOTE NOTES NB PS PPS EDIT EDITED DISCLAIMER DISCLOSURE DISCLOSURES SOURCE SOURCES WARNING CAUTION ALERT ' +
    'REMINDER IMPORTANT ATTENTION TIP TIPS HINT SUMMARY TLDR CONTEXT BACKGROUND SEE ALSO NEXT NEWS').split(' '),
);

/** A word that labels what follows its colon ("NOTE:", "UPDATE:", "DISCLAIMER:"), not a symbol before its venue. */
export function isLineLabel(word: string): boolean {
  return lineLabels.has(word) || editorialTags.has(word);
}

// The ratings research desks give, as their keys spell them out (hyphens read as spaces): a rating's short form
// follows it in parentheses, "Overweight (OW)", "Market Perform (MP)", "Neutral (N)", "Not Rated (NR)".
const ratingPhrases: ReadonlySet<string> = new Set(
  [
    'buy', 'strong buy', 'speculative buy', 'conviction buy', 'sell', 'strong sell', 'hold', 'neutral', 'accumulate', 'reduce', 'add',
    'overweight', 'underweight', 'equal weight', 'equalweight', 'market weight', 'sector weight', 'in line',
    'outperform', 'underperform', 'market perform', 'sector perform', 'peer perform', 'market outperform', 'sector outperform',
    'market underperform', 'sector underperform', 'not rated', 'not covered', 'no rating', 'restricted', 'suspended',
    'rating suspended', 'under review', 'coverage suspended',
  ],
);

/** The last word of each rating phrase. */
const ratingLastWords: ReadonlySet<string> = new Set([...ratingPhrases].map((phrase) => phrase.slice(phrase.lastIndexOf(' ') + 1)));

/**
 * A rating's short form: the last one to three words are a rating, and the symbol's letters are taken from them in
 * order, starting with the first ("Overweight (OW)", "Equal-Weight (EW)", "Not Covered (NC)", "Suspended (S)").
 * "Target (TGT)" or "Sell-Side Partners (SSP)" name no rating.
 */
export function abbreviatesRating(symbol: string, words: readonly PrecedingWord[]): boolean {
  // Every phrase tried below ends with the last word's last part (a word always has one): when no rating ends so,
  // none of them is a rating, and the phrases need not be built.
  const lastPart = words.at(-1)?.parts.at(-1);
  if (lastPart === undefined || !ratingLastWords.has(lastPart)) return false;
  const letters = symbol.toLowerCase();
  for (let count = 1; count <= Math.min(3, words.length); count++) {
    const phrase = words.slice(-count).flatMap((word) => word.parts).join(' ');
    if (ratingPhrases.has(phrase) && phrase[0] === letters[0] && isTakenInOrder(letters, phrase)) return true;
  }
  return false;
}

// A credit rating after the agency that gave it: "Fitch (AA)", "Moody's (AAA)", "S&P Global Ratings (BBB)",
// "Standard & Poor's (B)". Several are listed shares' symbols too (AA, BB, CC, C, D).
const creditRatings: ReadonlySet<string> = new Set('AAA AA A BBB BB B CCC CC C D SD RD'.split(' '));
const ratingAgencies: ReadonlySet<string> = new Set(['fitch', 'moody', 's&p', 'poor', 'dbrs', 'kbra', 'kroll']);

/** Whether `symbol` is a credit rating and an agency's name is among the last three `words` (nearest last). */
export function namesCreditRating(symbol: string, words: readonly PrecedingWord[]): boolean {
  return creditRatings.has(symbol) && words.slice(-3).some((word) => word.parts.some((part) => ratingAgencies.has(part)));
}

/** Whether every letter of `letters` occurs in `phrase`, in order. */
function isTakenInOrder(letters: string, phrase: string): boolean {
  let at = 0;
  for (const letter of letters) {
    at = phrase.indexOf(letter, at) + 1;
    if (at === 0) return false;
  }
  return true;
}
