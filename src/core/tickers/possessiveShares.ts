// News copy puts the symbol after the company's shares as often as after its name: "Orcadia's stock (ORCD)",
// "Brenwick Energy's shares (BRNW)", "Halvorsen's share price (HLVN)". The words for the shares stand between the
// name and the parenthesis; set aside, what is left is the name the company form reads (parenthesisedMentions.ts).
// Only after a capitalised possessive: "the group's common stock (CS)" names no company, and "earnings per share
// (EPS)" is a measure whatever comes before it.

import type { PrecedingWord } from './abbreviations';

const shareWords: ReadonlySet<string> = new Set(['stock', 'shares']);
const priceWords: ReadonlySet<string> = new Set(['stock', 'share']);

/** `words` (nearest last) without the share words that end them after a capitalised possessive; else `words` itself. */
export function withoutPossessiveShareWords(words: readonly PrecedingWord[]): readonly PrecedingWord[] {
  let end = words.length;
  const last = words[end - 1]?.text;
  if (last !== undefined && shareWords.has(last)) end--;
  else if (last === 'price' && end >= 2 && priceWords.has(words[end - 2].text)) end -= 2;
  else return words;
  const owner = words[end - 1];
  return owner !== undefined && owner.capitalised && isPossessive(owner.text) ? words.slice(0, end) : words;
}

/** "Orcadia's", "Orcadia’s", "Holdings'". */
function isPossessive(word: string): boolean {
  const last = word.charCodeAt(word.length - 1);
  if (last === 39 || last === 0x2019) return true;
  const apostrophe = word.charCodeAt(word.length - 2);
  return (last === 115 /* s */ || last === 83) /* S */ && (apostrophe === 39 || apostrophe === 0x2019);
}
