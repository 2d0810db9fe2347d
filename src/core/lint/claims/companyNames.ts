// A subject's name inside a company's: "Deutsche Bank shares", "Duke Energy shares", "Barrick Gold stock" and "Hang
// Seng Bank" are one company each, not the banks, energy stocks, gold or the Hang Seng index — and a move of that
// company's shares read as the group's would conflict with every note that gives the group's own.

/** Words that end a company's name after a benchmark's: "Hang Seng Bank", "Nikkei Inc.", "Stoxx Ltd.", "FTSE Russell" aside. */
const corporateWordAfter = /^[ \t]+(?:Bank|Banking|Group|Holdings?|Inc|Corp|Corporation|Ltd|Limited|plc|PLC|Co|Company|Investments?|Securities|Capital|Asset\b)\b/;

/**
 * Is the name at [start, end) of `text` part of a company's? `commonNoun`: the name is a group's, written in lower
 * case where it is defined ("bank shares", "energy stocks", "gold"), so written capitalised right after a
 * capitalised word ("Deutsche Bank shares") it is a proper name's tail, while at a sentence's start ("Energy shares
 * fell") or after a lower-case word it is the group. `previousWord`: the word before the name, if any.
 */
export function partOfCompanyName(text: string, start: number, end: number, commonNoun: boolean, previousWord?: { readonly start: number; readonly end: number }): boolean {
  if (corporateWordAfter.test(text.slice(end, end + 16))) return true;
  if (!commonNoun || !previousWord || !/^\p{Lu}/u.test(text.slice(start, start + 1))) return false;
  return /^\p{Lu}/u.test(text.slice(previousWord.start, previousWord.start + 1)) && /^[ \t]+$/.test(text.slice(previousWord.end, start));
}
