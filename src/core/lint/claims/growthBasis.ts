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
/**
 * The expectation's noun or participle right after the value, with at most the names of whose it is between: "vs.
 * 12% expected", "topped the 12% Visible Alpha consensus", "the 12% FactSet estimate". (Case-sensitive: a source is a
 * capitalised name, so "16% above expectations" is the result's.)
 */
const expectationRightAfter = /^\s*(?:(?:[A-Z][\w&.-]*|[Ww]all\s+[Ss]treet|the\s+[Ss]treet|[Ss]treet|analysts['’]?)\s+){0,3}(?:expected|forecasts?|forecasted|estimated?|estimates|consensus|projected|anticipated|predicted)\b/;
// Quick pre-check: most growth clauses name no forecast at all.
const anyForecastWord = /expect|anticipat|forecast|project|predict|estimat|consensus|guid|outlook|\bsee|\bwould|\bwill|\bcould|\bshould|\bmight|\bset to/i;

/** The value's clause (`before` its value, `after` it to the clause's end) tells a forecast of the growth. */
export function forecastGrowth(before: string, after: string): boolean {
  if (!anyForecastWord.test(before) && !anyForecastWord.test(after)) return false;
  return forecastBefore.test(before) || forecastAfter.test(after) || expectationRightAfter.test(after);
}

/**
 * A growth value whose own words count it on another basis than the reported total: "or 9% in constant currency",
 * "grew 2% at constant exchange rates", "rose 4% organically", "up 5% excluding acquisitions", "6% on a
 * like-for-like basis", "or 14% excluding items", "15% in euros" — or against another base than the year-ago quarter: "rose 4% sequentially", "grew 5%
 * quarter over quarter", "rose 3% from the second quarter". Releases give both, and both are true; the restated one
 * makes no claim, as a segment's does.
 * Read only up to the next value: "rose 6%, or 9% in constant currency" leaves the 6% the reported figure.
 */
const otherBasisWords =
  /\b(?:(?:in|at)\s+constant\s+(?:currenc(?:y|ies)|exchange(?:\s+rates?)?|fx|rates)|(?:on\s+an?\s+)?(?:constant[- ]currency|currency[- ]neutral|fx[- ]neutral|cc|organic|like[- ]for[- ]like|comparable|underlying|same[- ]store|pro[- ]forma|sequential|(?:quarter|month|half)[- ](?:over|on)[- ](?:quarter|month|half)|q\/?o\/?q)\s+basis|organically|ex(?:cluding|[- ])\s*(?:the\s+)?(?:effects?\s+of\s+)?(?:currenc(?:y|ies)|foreign\s+exchange|fx|forex|acquisitions?|divestitures?|disposals?|m&a|(?:special\s+|one-?time\s+|certain\s+|non-?recurring\s+|unusual\s+)?(?:items|charges)|one-?(?:time|offs?))|(?:excluding|stripping\s+out|not\s+counting|adjusted\s+for|without)\s+(?:an?|the|its|their)\s+|in\s+(?:euros|sterling|pounds|yen|yuan|renminbi|francs|(?:u\.?s\.?\s+|canadian\s+|australian\s+)?dollars|usd|gbp|eur|jpy|chf)\b|(?:before|after|net\s+of)\s+(?:the\s+)?(?:currency|fx|foreign[- ]exchange)\s+(?:effects?|impacts?|swings?|moves?)|in\s+local\s+currenc(?:y|ies)|sequentially|(?:quarter|month|half)[- ](?:over|on)[- ](?:quarter|month|half)|q\/?o\/?q|[qh]\/[qh]|(?:from|over|versus|vs\.?|compared\s+(?:with|to))\s+the\s+(?:(?:previous|prior|preceding|last|first|second|third|fourth)\s+quarter(?!\s+(?:of|a\s+year|last\s+year|in)\b|\s+\d)|(?:previous|prior|preceding)\s+three\s+months))\b/i;
// After a value, read only up to the next one: in "rose 6%, or 9% in constant currency" the basis is the 9%'s.
const otherGrowthBasis = new RegExp(String.raw`^[^\d]*?` + otherBasisWords.source, 'i');
const percentValue = /\d\s*(?:%|per\s*cent|percent)/i;
const anyBasisWord = /constant|neutral|basis|organic|excluding|\bex[- ]|currenc|\bfx\b|exchange|sequential|quarter|month|half|q\/?o\/?q|[qh]\/[qh]|stripping|counting|adjusted for|without|\bin\s/i;

/**
 * The words after a growth value, to its segment's end (`after`), restate it on another basis — or the words of its
 * clause `before` it lead with one: "On an organic basis, third-quarter revenue rose 2%".
 */
export function growthOnOtherBasis(before: string, after: string): boolean {
  // Only a clause's first value takes its lead: in "rose 9% in constant currency and 6% as reported" the words before
  // the 6% are the 9%'s.
  // A lead holds no value, so its digits are a period's or a listing's ("In Q2FY27, on a sequential basis, …",
  // "Kaveri Hotels Q2FY27 (Consolidated, QoQ): revenue up 4.2%"): its basis words count wherever they stand.
  const lead = percentValue.test(before) ? '' : before;
  return (anyBasisWord.test(after) && otherGrowthBasis.test(after)) || (anyBasisWord.test(lead) && otherBasisWords.test(lead));
}

/**
 * A period named as the base growth is measured from, not the period it is of: "third-quarter revenue rose 15% from
 * the third quarter of 2025", "up 3% versus Q2". `before` is the clause's text up to the period's words.
 */
const baseBefore = /\b(?:from|over|versus|vs\.?|compared\s+(?:with|to)|against|than)\s+(?:the\s+|a\s+|its\s+)?(?:same\s+|year-ago\s+|prior-year\s+)?$/i;

export function periodIsGrowthBase(before: string): boolean {
  return baseBefore.test(before);
}
