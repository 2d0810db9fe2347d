// "Nvidia (NASDAQ: NVDA) has moved 20% so far this year": Zacks' performance lines say "moved" for every move and put
// a fall's minus sign on the figure ("has moved -8.4% year to date"), so an unsigned figure there is a gain. Only the
// perfect tense is read so ("has moved", "have moved"), as those lines write it: a bare "moved 5% on the news" or an
// options desk's "could move 5%" says no direction, and neither does a move "in either direction". A direction word
// after the figure ("has moved 5% lower") is read before this (sentenceReading.ts's moveSign), and a signed figure
// keeps its sign.

/** "has moved", "have moved about", "had moved more than", right before the figure. */
const perfectMoveBefore = /\b(?:has|have|had)\s+moved\s+(?:(?:about|around|roughly|approximately|nearly|almost|some|just|over|more\s+than|less\s+than)\s+)*$/i;

/** A move said to go both ways: "in either direction", "either way", "up or down", "in both directions". */
const eitherWayAfter = /^\s*(?:in\s+(?:either|both|each)\s+directions?|either\s+way|(?:up|higher)\s+or\s+(?:down|lower)|(?:down|lower)\s+or\s+(?:up|higher))\b/i;

/** Whether an unsigned figure is a gain because the perfect "has moved" carries it (`before`: the value's segment up to it; `after`: the words after it). */
export function movedUnsignedGain(before: string, after: string): boolean {
  return perfectMoveBefore.test(before) && !eitherWayAfter.test(after);
}
