// Research copy writes a stock's call inside its parenthesis, after the symbol: "Citigroup (C, $112.40, Outperform)",
// "JPMorgan (JPM; OW; PT $330)", "Bank of America (BAC, Buy, $58 PO)". What follows the symbol is its price, its
// rating and its target, never a second symbol, so the parenthesis names one listing. parenthesisedMentions.ts reads
// the symbol; this reads the tail after it.

const price = String.raw`(?:[A-Z]{1,2})?\$\d[\d,]*(?:\.\d+)?`;
/** A target's names: "PT", "TP", "PO", "target", "price target", "target price", "price objective". */
const target = String.raw`(?:PT|TP|PO|(?:price\s+)?target(?:\s+price)?|price\s+objective)`;
/** Ratings as desks write them, spelled out or short ("OW", "EW", "NR"); hyphens or a space between words. */
const rating =
  String.raw`(?:(?:strong|speculative|conviction)[\s-])?buy|(?:strong[\s-])?sell|hold|neutral|accumulate|reduce|` +
  String.raw`(?:over|under|equal[\s-]?|market[\s-]|sector[\s-])weight|(?:market[\s-]|sector[\s-])?(?:out|under)perform|(?:market|sector|peer)[\s-]perform|` +
  String.raw`in[\s-]line|not[\s-]rated|OW|UW|EW|NR`;
const field = String.raw`(?:${price}(?:\s+${target})?|${target}:?\s*${price}|(?:${rating})(?![\p{L}\p{N}]))`;
/** One to four fields, separated as the items of a parenthesis are, then its end. */
const tail = new RegExp(String.raw`^${field}(?:\s*[,;]\s*${field}){0,3}\s*\)`, 'iu');

/** Whether the text at `at` (after the symbol's comma or semicolon) is a call's tail that closes the parenthesis. */
export function isResearchTail(segment: string, at: number): boolean {
  return tail.test(segment.slice(at, at + 96));
}
