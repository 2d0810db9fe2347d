// What a fund or index has besides a price: assets, flows, trading volume, short interest, open interest, market
// value. An ETF-flows note writes "Assets in IWM have grown 18% this year", "IWM's assets rose 4%", "lifting its
// assets 4.2% for the week" and "Trading volume in QQQ was up 35%": each names the fund, but none is its return.
// The name is the owner of the measure, so the value is the measure's and makes no claim.

const measureNoun = String.raw`(?:assets(?:\s+under\s+management)?|aum|(?:trading\s+|daily\s+|average\s+)?volumes?|(?:net\s+)?(?:in|out)?flows?|open\s+interest|short\s+interest|shares\s+outstanding|share\s+count|market\s+(?:cap|capitalization|value))`;

/** "Assets in", "trading volume for the", "net inflows into": the measure, then the name it belongs to. */
const measureOfBefore = new RegExp(String.raw`(?:^|[^\w-])${measureNoun}\s+(?:in|of|at|for|into|from|across)\s+(?:the\s+)?(?:[^\s,;]+\s+){0,5}?$`, 'i');
/** "IWM's assets", "QQQ's trading volume": the name, then its measure. */
const measureOfAfter = new RegExp(String.raw`^['’]s?\s+(?:[\w-]+\s+)?${measureNoun}\b`, 'i');
/** "lifting its assets 4.2%": the measure between the name and the value. */
const ownMeasureBetween = new RegExp(String.raw`\b(?:its|their|the\s+fund['’]s|the\s+etf['’]s)\s+${measureNoun}\b`, 'i');

/**
 * The name that governs a value (`before` is the clause's text up to the name, `after` from the name's end up to the
 * value) is the owner of another measure than its price.
 */
export function ownsAnotherMeasure(before: string, after: string): boolean {
  return measureOfBefore.test(before) || measureOfAfter.test(after) || ownMeasureBetween.test(after);
}
