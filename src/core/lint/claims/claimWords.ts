// The words a sentence's reading looks for (sentenceReading.ts): what makes a value a growth figure or no return at
// all, what compares it with something else, what leaves part of a name out, and where a sentence's clauses and
// segments break. Each is matched against a slice of one sentence, never a whole note.

import type { FigureMetric } from '../figures';
import { placeWordPattern } from './placeIndexes';

// "S&P 500 earnings are up 11% this year" is growth, not the index's return: the noun owns the move. So is "third-
// quarter sales climbed 39%" and "grew third-quarter revenue 39%" (the period an adjective between verb and noun).
export const growthPhrase =
  /\b(?:(?:earnings|profits?|eps|earnings per share|revenues?|sales|ebitda|net income)\s+(?:(?:in|for|during)\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}?(?:quarter|period|half|year|months(?:\s+(?:to|ended|ending|through)(?:\s+[\w,.-]+){1,3}?)?)\s+)?(?:(?:is|are|were|was|should|could|will|would|may|might)\s+)?(?:(?:expected|forecast|projected|seen|set|likely|on track)\s+to\s+)?(?:growth|grew|grow|rose|rise|increased?|expand(?:ed)?|jump(?:ed)?|climb(?:ed)?|surged?|soar(?:ed)?|fell|fall|declined?|decreased?|drop(?:ped)?|slid|slump(?:ed)?|plunged?|tumbled?|contract(?:ed)?|shrink|doubled|tripled|halved|up|down|higher|lower)|(?:grow|grew|growing|increase|increased|lift|boost|expand|contract)\s+(?:their\s+|its\s+|combined\s+)?(?:(?:quarterly|annual|full-year|fiscal|(?:first|second|third|fourth)-quarter|(?:first|second)-half|q[1-4])\s+)?(?:earnings|profits?|eps|revenues?|sales|net income)|growth\s+(?:in|of)\s+(?:earnings|profits?|eps|revenues?|sales))/gi;
// "a 16% jump in quarterly revenue", "a 12% rise in third-quarter profit": the noun after the value names what grew
// (only for that value).
// The words before the noun may name a part of the measure ("a 12% rise in services revenue", "15% cloud revenue
// growth"): measureScope.ts decides whether it is still the company's total.
const measureModifier = String.raw`(?!(?:in|of|on|for|this|that|the|a|an|and|or|to|from|with|by|at|as|its|their|after|before|while|amid|since|over|during)\b)[A-Za-z0-9][\w.&'’-]*\s+`;
export const growthAfter = new RegExp(
  String.raw`^\s*(?:(?:${measureModifier}){0,2}?(?:earnings|profit|eps|revenue|sales|ebitda)\s+)?growth\b|^\s*(?:${measureModifier}){0,2}?(?:earnings|profit|eps|revenue|sales|ebitda)\s+(?:increase|rise|gains?)\b|^\s*(?:(?:year-over-year|annual|quarterly)\s+)?(?:increase|rise|jump|gain|climb|surge|decline|drop|fall)\s+(?:in|of)\s+(?:(?:its|their|the)\s+)?(?:${measureModifier}){0,3}?(?:earnings|profits?|eps|revenues?|sales|net income|ebitda)\b`,
  'i',
);
/**
 * "22% growth in bookings", "a 12% rise in third-quarter deliveries": growth of another measure than earnings or
 * revenue, named after the value — no claim of either kind.
 */
// A time may stand between the move and its measure: "a 3.3% increase week over week in outstanding units".
export const otherGrowthAfter =
  /^\s*(?:growth|increase|rise|jump|gain|climb|surge|decline|drop|fall)\s+(?:(?:(?:this|last)\s+(?:week|month|quarter|year)|(?:week|month|quarter|year)[- ]over[- ](?:week|month|quarter|year)|[wmqy]\/[wmqy])\s+)?(?:in|of)\s+(?:(?:its|their|the)\s+)?(?:[\w-]+\s+){0,2}?(?:bookings|deliveries|subscribers|users|customers|orders|shipments|backlog|traffic|margins?|cash flow|dividends?|volumes?|assets|headcount|units|(?:shares|units) outstanding|outstanding shares|share count|(?:short|open) interest|implied volatility|(?:in|out)?flows)\b/i;
export const notAReturn =
  /\b(?:yields?|rates?|inflation|cpi|gdp|unemployment|jobless|margins?|tariffs?|odds|probability|chances?|(?<!\b(?:equal(?:ly)?|cap|market[- ]cap)[- ])weight(?:ing)?s?|stake|allocation|dividends?|coupon|payout|ownership|market share|volatility|vix|percentage points?|lead|gap|spread|premium|discount|surprises?|upside|downside|guidance|short interest|turnover|implied|price targets?|of the index|of (?:its|their) (?:holdings|portfolio|assets)|in (?:sales|revenues?|earnings|profits?|net income|eps|deliveries|shipments|bookings|orders|subscribers|users|volumes?)|(?:organic|volume|underlying|comparable|constant[- ]currency)\s+growth|growth\s+(?:was|were|is|came\s+in|stood|reached|totall?ed)(?=\s+(?:at\s+)?(?:about\s+|around\s+|roughly\s+|nearly\s+)?[+\-−]?\d))\b/i;
/** A clause about policy or bonds: its basis points are a rate's, not an index's ("after the Fed cut 25 basis points"). */
export const policyWords = /\b(?:fed|federal reserve|central bank|ecb|boe|boj|treasur(?:y|ies)|bonds?|notes?|bunds?|gilts?|mortgages?|cut|cuts|hike[sd]?|easing|tightening)\b/i;
/** What else doubles or loses a third: "volume doubled", "halved its losses", "a fifth of its workforce". */
export const otherQuantity =
  /\b(?:volumes?|inflows?|outflows?|assets|open interest|holdings|positions?|dividends?|buybacks?|targets?|estimates?|forecasts?|orders|deliveries|users|subscribers|customers|debt|losses|deficit|supply|demand|capacity|output|production|headcount|workforce|jobs|staff|number|count|fees?|costs?|spending|capex|price of|prices? (?:for|of)|sales|revenues?|earnings|profits?)\b/i;
export const forecast = /\b(?:expects?|expected|forecasts?|projects?|predicts?|targets?|could|would|might|may|if|should|sees|see|year-end|by the end of|end the year)\b/i;
// A period written as an adjective may stand between them: "a 12% year-to-date gain", "a 3% month-to-date drop",
// "a 0.6% weekly advance". British market reports write a close as a comparative too: "the Kospi was 0.2% firmer",
// "Baidu was 1.8% weaker", or with its direction after it: "the DAX closed 0.4% down on the day".
export const directionNounAfter = /^\s*(?:(?:year|month|week|quarter)[- ]to[- ]date\s+|[ywmq]td\s+|(?:week|month)ly\s+)?(?:(?:gain|advance|rally|rise|jump|increase|climb|surge|return|rebound|bounce|upswing)s?\b|(?:higher|firmer|stronger|up(?!\s+(?:to|from)\b))\b)|^\s*(?:(?:year|month|week|quarter)[- ]to[- ]date\s+|[ywmq]td\s+|(?:week|month)ly\s+)?(?<down>(?:loss|decline|drop|fall|slide|slump|retreat|decrease|pullback|sell-?off|plunge|tumble|dip|skid)(?:es|s)?\b|(?:lower|weaker|softer|down(?!\s+(?:to|from)\b))\b)/i;
export const comparisonBefore =
  /\b(?:outperform\w*|underperform\w*|outpac\w*|outstrip\w*|overshadow\w*|eclips\w*|beat(?:en|ing|s)?|lag(?:ged|ging|s)?|trail(?:ed|ing|s)?|than|over|against|versus|vs\.?|relative to|compared (?:with|to)|ahead of|behind)\s+(?:the\s+|its\s+|their\s+)?(?:broader\s+|overall\s+|wider\s+)?$/i;
export const marketBenchmark = /\b(?:outperform\w*|underperform\w*|outpac\w*|beat(?:en|ing|s)?|lag(?:ged|ging|s)?|trail(?:ed|ing|s)?|over|against|versus|ahead of|behind)\s+(?:the\s+)?(?:broader\s+|overall\s+|wider\s+)?market\b/i;
/** A preposition shortly before a name: "by a rally in tech stocks", "for large caps". */
export const prepositionBefore = /\b(?:by|of|in|from|with|for|to|on|at|into|than|over|against|behind|after|before|among|amid|across|through)\s+(?:(?:the|a|an|its|their)\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;

/** What comes before a name left out: "ex-", "excluding the", "outside the". */
export const exclusionBefore = /(?:\bex-|\b(?:excl(?:uding|\.)?|except(?:\s+for)?|minus|without|outside(?:\s+of)?|other than|apart from|besides)\s+(?:the\s+)?)$/i;
/**
 * A clause that opens by leaving something out ("Excluding the Magnificent Seven, S&P 500 earnings grew 7%", "Ex-energy,
 * …", "Stripping out Nvidia, …"): its figures are of what is left, a subject the table does not know.
 */
export const exclusionLead =
  /(?:^|[,;:(]\s*|\b(?:and|but|while|whereas|though|although|yet)\s+)(?:excluding|excl\.|ex-|stripping out|strip out|taking out|leaving out|setting aside|aside from|apart from|outside(?:\s+of)?|(?:if|when) (?:you|we|one) (?:exclude|strip out|take out|leave out))\s*[^,;]{1,60},/i;
/** A subject with part of it left out ("the S&P 500 ex-tech"): one the table does not know, so its values make no claim. */
export { unnamedSubject } from './subjects';

/** "the index", "the blue-chip benchmark": a clause's own subject that refers back to the index named before. */
// Case-sensitive past "the": a capitalised name before the noun ("the MSCI World index") names another index.
// A place word may stand there ("the Japanese benchmark"): which index it describes is placeIndexes.ts's.
export const indexReference = new RegExp(
  String.raw`^[\s,]*(?:(?:[Ww]hile|[Ww]hereas|[Aa]lthough|[Tt]hough|[Aa]s|[Ww]hen|[Aa]nd|[Bb]ut|[Ss]o|[Yy]et)\s+)?[Tt]he\s+(?:(?<place>${placeWordPattern})(?:['’]s)?\s+)?(?!(?:[\w-]+\s+){0,2}?(?:equal[- ]?weight(?:ed)?|equally[- ]weighted|value|growth|momentum|quality|dividend|low[- ]vol\w*|volatility|sector|industry|style|factor|bond|futures|total[- ]return)\s)(?:[a-z0-9][\w-]*\s+){0,2}?(?:index|benchmark|gauge|average|barometer)\b`,
);
/**
 * "the index's 3% drop", "the tech-heavy benchmark's 2% gain": a possessive reference to an index right before a value
 * (as indexReference: lower case after "the", no style or weighting word, a place word agreeing with the index).
 */
export const indexPossessiveBefore = new RegExp(
  String.raw`\b[Tt]he\s+(?:(?<place>${placeWordPattern})(?:['’]s)?\s+)?(?!(?:[\w-]+\s+){0,2}?(?:equal[- ]?weight(?:ed)?|equally[- ]weighted|value|growth|momentum|quality|dividend|low[- ]vol\w*|volatility|sector|industry|style|factor|bond|futures|total[- ]return)\s)(?:[a-z0-9][\w-]*\s+){0,2}?(?:index|benchmark|gauge|barometer)['’]s\s+(?:[a-z-]+\s+){0,2}$`,
);
/** The verbs of a session's close: "closed", "ended", "finished", "settled". */
// "rose 0.4% to close at 22,450", "closing 1.1% lower", "closing near 46,640": the infinitive and the participle of
// the same close.
// "At the close, the Shanghai Composite was up 0.79%", "was 0.8% lower at the close", "… at closing time": the close
// as a time, not another close ("at the close of its offering").
export const closeVerb = /\b(?:closed|ended|finished|settled|to (?:close|end|finish|settle) (?:at|up|down|higher|lower|near|around|above|below|just)|(?:closing|ending|finishing|settling) (?:at|up|down|higher|lower|near|around|above|below|just)|(?:closing|ending|finishing|settling) [^\s,;]+ (?:higher|lower)|at closing time|at the close(?!\s+of\b(?!\s+(?:trading|the (?:session|day|market)|play)\b)))\b/i;
/**
 * What follows a close verb when it closes a market: a figure, a level or a direction ("closed 0.8% lower", "to close at
 * 48,920.15", "ended mostly higher") — not "closed its acquisition of Brenwick".
 */
const marketCloseAfter = /^\s*(?:(?:sharply|slightly|modestly|mostly|marginally|broadly|about|nearly|roughly|just)\s+)?(?:[+\-−$€£¥]?\d|higher|lower|up\b|down\b|at\b|near\b|around\b|above\b|below\b|flat\b|mixed\b|unchanged\b|in (?:the )?(?:red|green|positive|negative)\b)/i;
const closeVerbs = new RegExp(closeVerb.source, 'gi');

/** The first close verb in `text` that closes a market (marketCloseAfter), if any. */
export function marketCloseVerb(text: string): { offset: number; length: number } | undefined {
  for (const match of text.matchAll(closeVerbs)) {
    // "to close at", "closing 0.4% higher": the verb's form holds its complement already.
    if (/\s/.test(match[0]) || marketCloseAfter.test(text.slice(match.index + match[0].length))) return { offset: match.index, length: match[0].length };
  }
  return undefined;
}
/** "As of November 20, 2026, " opening a sentence: what follows is where the sentence really starts. */
export const asOfLead = /^[\s*_]*as (?:of|at|on)\s+[^.;]{3,30}?\d{4},?\s*/i;
/** What may come before a period phrase that opens a sentence: punctuation and up to two words ("So far", "In"). */
export const openingLead = /^[^\p{L}\p{N}]*(?:\p{L}+\s+){0,2}$/u;
/** Between two values of one list: "1% and 2%", "1%, 2% and 3%". */
export const valueListGap = /^\s*(?:,\s*(?:and\s+)?|and\s+)$/i;
/** The end of a value and the start of the next, around a serial comma: "8.7%, and 15.3%". */
export const valueEndBefore = /\d\s*(?:%|percent|per cent|pc|basis points?|bps)$/i;
export const valueStartAfter = /^\s+(?:(?:about|around|roughly|nearly|almost|some|more than|less than|over|under)\s+)?[+\-−]?\d/i;
/** What may stand between a name and its comma: up to two more words ("the Nasdaq index,", "Tesla Inc.,"). */
export const nameTail = /^(?:\s+[\p{L}.-]+){0,2}\s*$/u;
export const possessiveGap = /^['’]s?\s+(?:[a-z-]+\s+){0,2}$/i;
/** A bracket opened right after a name, with at most a direction word, before its figure: "the Nasdaq (+15.4%)", "(down 0.5%". */
export const bracketedValueGap = /^\s*\(\s*(?:(?:up|down|off|higher|lower)\s+)?$/i;
export const followingGap = /^(?:\s+[\w-]+){0,3}?\s+(?:in|for|by|of|from|among)\s+(?:the\s+|its\s+)?$/i;
export const clauseBreaks = /;|\s[—–]\s|\b(?:while|whereas|but|although|though|even as)\b|,\s+and\b/gi;
// A spaced hyphen is a dash in many outlets' copy ("… on Friday - while the Dow fell 1.5% on the day - …").
export const segmentBreaks = /;|\s[—–-]\s|\b(?:while|whereas|but|although|though|even as)\b|,(?!\d{3})|\(|\)/gi;

export const metricLabels: Readonly<Record<FigureMetric, string>> = {
  return: 'return',
  level: 'closing level',
  yield: 'close',
  'earnings-growth': 'earnings growth',
  'revenue-growth': 'revenue growth',
  'ebitda-growth': 'EBITDA growth',
  streak: 'streak',
  'forward-pe': 'forward P/E',
  'trailing-pe': 'trailing P/E',
  pe: 'P/E',
};
