// What a company's or an index's growth figure is counted as, read from the words around its value. Results stories
// set the reported figure beside what was expected of it and beside the same figure on another basis, and each of
// those is true on its own: "analysts expect third-quarter revenue to rise 12%" is not contradicted by "revenue rose
// 9%", nor "revenue fell 3%" by "or rose 1% in constant currency". Read as one measure they would be false alarms.

/**
 * Someone's expectation, not the figure reported: a forecast verb or noun between the clause's start and the value
 * ("Analysts expect … to post earnings growth of 20%", "sees fourth-quarter revenue growing about 9%", "earnings are
 * projected to rise 7%", "would rise 4%"), or one that takes the value as its subject after it ("growth of 8% is
 * expected", "…, analysts estimate"). Not a comparison of the result with the forecast: "better-than-expected",
 * "than expected", "beat estimates".
 */
const forecastBefore =
  /(?<![-\w]|\bthan\s|\b(?:beat|beats|beating|topped|tops|topping|missed|misses|missing|above|below|exceeded|exceeding|ahead\s+of|surpassed|surpassing)\s+(?:the\s+)?(?:(?:analysts|wall\s+street|street|consensus)['’]?\s+)?)(?:expects?|expected|expecting|expectations?|anticipates?|anticipated|forecasts?|forecasted|projects?|projected|projecting|predicts?|predicted|estimates?|estimated|consensus|guidance|outlook|see|sees|seeing|guided|guides|would|will|could|should|might|is\s+set\s+to|are\s+set\s+to)\b/i;
const forecastAfter = /^[^,;]*?\b(?:(?:is|are|was|were)\s+(?:now\s+)?(?:expected|forecast|projected|estimated|anticipated|the\s+consensus)|(?:analysts|economists|strategists|the\s+street)\s+(?:expect|estimate|forecast|project|see)\b)/i;
// Quick pre-check: most growth clauses name no forecast at all.
const anyForecastWord = /expect|anticipat|forecast|project|predict|estimat|consensus|guid|outlook|\bsee|\bwould|\bwill|\bcould|\bshould|\bmight|\bset to/i;

/** The value's clause (`before` its value, `after` it to the clause's end) tells a forecast of the growth. */
export function forecastGrowth(before: string, after: string): boolean {
  if (!anyForecastWord.test(before) && !anyForecastWord.test(after)) return false;
  return forecastBefore.test(before) || forecastAfter.test(after);
}
