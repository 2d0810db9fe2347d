// A stock is named with its listing: "Nvidia (NASDAQ: NVDA)", "Apple Inc. (Symbol: AAPL)", "Tesla (TSLA)". Its
// mention is the symbol alone (figures.ts), so the words between two listed stocks of one list hold the first one's
// closing bracket and the second one's name and opening: ") and Tesla (NASDAQ: ". Read without them, the gap is the
// list's own joining words (" and "), as between two index names, and "Nvidia (NASDAQ: NVDA) and Tesla (NASDAQ:
// TSLA) rose 5% and 4%, respectively" pairs its values as "the Dow and the S&P 500 rose 1% and 2%" does.

/** The bracket that closes a listing, right after its symbol. */
const listingClose = /^\s*\)/;

/**
 * A company's name and the opening of its listing, right before the symbol: "Tesla (NASDAQ: ", "Microsoft Corp
 * (Symbol: ", "Meta Platforms (". Capitalised, up to four words: a name, not a clause ("and rose (").
 */
const listingOpen = /(?<=^|\s)\p{Lu}[\p{L}\p{N}.&'’-]*(?:[ \t]+\p{Lu}[\p{L}\p{N}.&'’-]*){0,3}[ \t]*\([ \t]*(?:[A-Za-z]+[ \t]*:[ \t]*)?$/u;

/** The gap after a mention with a listing's closing bracket left out ("NVDA) rose" → " rose"). */
export function afterListing(gap: string): string {
  return gap.replace(listingClose, '');
}

/** The gap between two mentions with both listings' brackets and the second one's name left out. */
export function betweenListings(gap: string): string {
  const closed = listingClose.exec(gap);
  if (!closed) return gap;
  return gap.slice(closed[0].length).replace(listingOpen, '');
}

/** The words before a listed stock's name: the text before its symbol with the name and the listing's opening left out. */
export function beforeListing(text: string): string {
  return text.replace(listingOpen, '');
}
