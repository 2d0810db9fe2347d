// What a fund, an index or a stock has besides a price: assets, flows, units or shares outstanding, trading and
// options volume, short and open interest, implied volatility, market value, a valuation multiple. An ETF-flows note
// writes "Assets in IWM have grown 18% this year", "IWM's assets rose 4%", "lifting its assets 4.2% for the week",
// "IWM saw assets climb 4%" and "QQQ shares outstanding fell 2.1%"; an options desk "Call volume in Tesla (TSLA) is up
// 12%" and "Tesla (TSLA) saw put open interest climb 12%". Each names the fund or the stock, but none is its return:
// the name owns the measure, so the value is the measure's and makes no claim. The measure may stand before the name
// with a preposition, after it (its possessive or not, a listing's bracket between), after "saw", or right before the
// value as its verb's subject ("… as volume jumped 40%").

import { afterListing, beforeListing } from './listingGaps';

const measureNoun = String.raw`(?:assets(?:\s+under\s+management)?|aum|volumes?|(?:net\s+)?(?:in|out)?flows?|open\s+interest|short\s+interest|implied\s+volatility|iv|(?:shares|units)\s+outstanding|outstanding\s+(?:shares|units)|share\s+count|market\s+(?:cap(?:itali[sz]ation)?|value)|m-?cap|(?:p\/e|pe|price[- ]to[- ]earnings|price[- ]earnings)(?:\s+(?:ratio|multiple))?|valuation\s+multiples?)`;
/** Words that narrow a measure without making it another: "put open interest", "30-day implied volatility", "average daily volume". */
const measureModifier = String.raw`(?:put|call|options?|stock|share|total|net|daily|average|avg\.?|weekly|monthly|trading|implied|forward|trailing|\d+-(?:day|month)|(?:one|three|six|twelve)-month|fund|etf)`;

/** Words of a clause of its own between the measure and the name: "Volume in the sector was light as Tesla …". */
const clauseWord = /\b(?:is|are|was|were|has|have|had|as|while|when|and|but|after|before|since|with)\b/i;
/** "Assets in", "trading volume for the", "Implied volatility on": the measure, then the name it belongs to. */
const measureOfBefore = new RegExp(String.raw`(?:^|[^\w-])${measureNoun}\s+(?:in|of|on|at|for|into|from|across)\s+((?:the\s+)?(?:[^\s,;]+\s+){0,5}?)$`, 'i');
/**
 * "IWM's assets", "QQQ shares outstanding", "Tesla (TSLA) trading volume", "Apple's (AAPL) forward P/E", "IWM saw
 * assets climb", "Halvern (HLVR) has a market capitalisation of $48 billion, up 20%": the name (its listing's bracket
 * closed), then its measure — a market value moves with buybacks and new shares, not only with the price.
 */
const measureAfterName = new RegExp(
  String.raw`^\s*\)?(?:['’]s?)?\s+(?:(?:now|currently|still)\s+)?(?:(?:saw|sees|see|seeing|has|have|had|posted|recorded|logged|reported)\s+(?:(?:its|their|an?|the)\s+)?)?(?:${measureModifier}\s+){0,3}${measureNoun}\b`,
  'i',
);
/** "lifting its assets 4.2%": the measure between the name and the value. */
const ownMeasureBetween = new RegExp(String.raw`\b(?:its|their|the\s+fund['’]s|the\s+etf['’]s)\s+${measureNoun}\b`, 'i');
/** "… as volume jumped 40%", "while put open interest climbed": the measure and at most four plain words before the value. */
const measureRightBefore = new RegExp(String.raw`(?:^|[^\w-])${measureNoun}((?:\s+[\w'’-]+){0,4})\s*$`, 'i');

/**
 * Words that give the move back to the stock or fund between the measure and the value: "Tesla (TSLA) saw volume
 * surge and its shares rose 3%", "IWM's assets topped $80 billion as the fund rose 3%".
 */
const moveOfItsOwn = /\b(?:and|but|while|then|as|after|before|sending|leaving|pushing|lifting|dragging|shares?|stocks?|it|they|fund|etf|index)\b/i;

/**
 * The name that governs a value (`before` is the clause's text up to the name, `after` from the name's end up to the
 * value) is the owner of another measure than its price.
 */
export function ownsAnotherMeasure(before: string, after: string): boolean {
  // ("Short interest in Tesla (TSLA) rose 12%": read without the listed name and its bracket, as listingGaps.ts does.)
  const named = measureOfBefore.exec(beforeListing(before));
  if (named && !clauseWord.test(named[1]) && !moveOfItsOwn.test(afterListing(after))) return true;
  const following = measureAfterName.exec(after);
  if (following && !moveOfItsOwn.test(after.slice(following[0].length))) return true;
  if (ownMeasureBetween.test(after)) return true;
  const right = measureRightBefore.exec(after);
  return right !== null && !moveOfItsOwn.test(right[1]);
}
