// News copy puts the symbol after the company's shares as often as after its name: "Orcadia's stock (ORCD)", "Brenwick
// Energy's shares (BRNW)", "Halvorsen's share price (HLVN)". The words for the shares stand between the name and the
// parenthesis; set aside, what is left is the name the company form reads (parenthesisedMentions.ts). Only after a
// capitalised possessive: "the group's common stock (CS)" names no company, and "earnings per share (EPS)" is a measure
// whatever comes before it. After a share class's name the share words go too: "Class A shares (GOOGL)", "the fund's
// Class I shares (MUTIX)" list that class, and so do "Berkshire's class B shares (BRK/B)". A plural's possessive owns
// them only after more of the name or mid-sentence: "Investors' shares (IS)" opening a sentence is a generic plural's.

import type { PrecedingWord } from './abbreviations';

const shareWords: ReadonlySet<string> = new Set(['stock', 'shares']);
const priceWords: ReadonlySet<string> = new Set(['stock', 'share']);

/**
 * `words` (nearest last) without the share words that end them after a capitalised possessive or a share class's
 * name (other than `symbol`, the parenthesis's); else `words` itself.
 */
export function withoutPossessiveShareWords(words: readonly PrecedingWord[], symbol = ''): readonly PrecedingWord[] {
  // "Class A shares (GOOGL)", "the fund's Class I shares (MUTIX)": a class's listing, as "Class A (GOOGL)" is; in
  // "Class B shares (B)" the parenthesis says the class again.
  if (endsInClassShares(words) && words[words.length - 2].text !== symbol) return words.slice(0, -1);
  // "Berkshire's class B shares (BRK.B)": a class in lower case, after its owner's possessive; the owner names it.
  if (endsInOwnedClassShares(words)) return words.slice(0, -3);
  let end = words.length;
  const last = words[end - 1]?.text;
  if (last !== undefined && shareWords.has(last)) end--;
  else if (last === 'price' && end >= 2 && priceWords.has(words[end - 2].text)) end -= 2;
  else return words;
  const owner = words[end - 1];
  if (owner === undefined || !owner.capitalised || !isPossessive(owner.text)) return words;
  return isPluralPossessive(owner.text) && !namesOwner(words, end - 1) ? words : words.slice(0, end);
}

/**
 * Whether the plural possessive at `words[at]` is a name's ("Halvorsen Holdings'", "of Cummins'"), not a plural that
 * opens the sentence ("Investors' shares (IS)", "The Shareholders' stock (SS)"): a name before it other than an
 * article, or a lower-case word of the same sentence.
 */
function namesOwner(words: readonly PrecedingWord[], at: number): boolean {
  const before = words[at - 1];
  if (before === undefined || before.text.endsWith('.')) return false;
  return !before.capitalised || !articles.has(before.text);
}

const articles: ReadonlySet<string> = new Set(['The', 'A', 'An']);

/** "Class A shares", "Class I stock": "Class", its letter, numeral or word, then the share word. */
function endsInClassShares(words: readonly PrecedingWord[]): boolean {
  const n = words.length;
  return n >= 3 && shareWords.has(words[n - 1].text) && words[n - 2].capitalised && words[n - 3].text === 'Class';
}

/** "Berkshire's class B shares", "Alphabet's class C stock": a capitalised possessive, "class", its letter, the share word. */
function endsInOwnedClassShares(words: readonly PrecedingWord[]): boolean {
  const n = words.length;
  return n >= 4 && shareWords.has(words[n - 1].text) && words[n - 2].capitalised && words[n - 3].text === 'class' && words[n - 4].capitalised && isPossessive(words[n - 4].text) && !isPluralPossessive(words[n - 4].text);
}

function isPluralPossessive(word: string): boolean {
  const last = word.charCodeAt(word.length - 1);
  return last === 39 || last === 0x2019;
}

/** "Orcadia's", "Orcadia’s", "Holdings'". */
function isPossessive(word: string): boolean {
  const last = word.charCodeAt(word.length - 1);
  if (last === 39 || last === 0x2019) return true;
  const apostrophe = word.charCodeAt(word.length - 2);
  return (last === 115 /* s */ || last === 83) /* S */ && (apostrophe === 39 || apostrophe === 0x2019);
}
