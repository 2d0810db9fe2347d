// A price the mention's own sentence gives further on, after the move that led to it — the way weekly wraps and
// movers lists write it: "(SLM) gained 13 percent last week, closing at $23.63", "(PBKS) fell 12 percent, with shares
// closing at $10.06", "(JOSB) rose 12 percent last week, to $29.22", "(MBRK) were up 22 percent, to close at $4.48".
// Read only inside the sentence (a full stop, question or exclamation mark, or semicolon before a space ends it;
// statedPrices.ts already stops at the next mention), and never past a word that names another figure of the company
// ("said revenue rose 5% to $3.2", "its dividend rose 5% to $0.26"): the price read is the stock's. Nor when an
// earlier figure in the sentence went unread ("to a 52-week low at $11.80 after closing at $15.57 on Wednesday"):
// the later one is then most often another day's. A close the sentence goes on to after the day's path ("climbed as
// high as $290.10 before closing at $272.41", "jumped 3% to $290.10 but settled at $272.41") is the day's last word:
// the figures before it are where the stock went on the way, and the close is the price.

import { change, changeDirection, closeDirection, currencyCodes, emphasis, figure, hedge, movement, recordIsClose, recordLevel, tiedPrice } from './pricePatterns';

const weekday = String.raw`(?:mon|tues|wednes|thurs|fri)day`;
/**
 * The last trade as the ratings network's copy gives it after the day's path: "traded as high as $48.10 and last
 * traded at $47.90". Like a close, it is the day's last word so far.
 */
const lastTrade = String.raw`last\s+(?:traded|changed\s+hands|seen(?:\s+trading)?)`;
/**
 * "closing at", "to close at", "closed Friday at", "to close Friday's session at", "ending the session at", "wrapped
 * up Friday at", "closing lower at", and the last trade (above).
 */
const sessionClose =
  String.raw`(?:closing|closed|to\s+close|ending|ended|to\s+end|finishing|finished|to\s+finish|settling|settled|to\s+settle|wrapp(?:ed|ing)\s+up|to\s+wrap\s+up|${lastTrade})` +
  String.raw`(?:\s+(?:on\s+)?${weekday}(?:['’]s(?=\s+(?:trading\s+)?session))?)?(?:\s+(?:the\s+)?(?:trading\s+)?(?:day|session|week))?\s+(?:${closeDirection})?(?:at|near)\s+`;
/**
 * A move with its change, then the period or the trading it took and a comma: "rose 12 percent last week, to", "up 20
 * percent, at", "rose 3% in late trading to", "gained 2% in New York trading to", "added 1% on the day to".
 */
const period = String.raw`(?:\s+(?:last|this)\s+(?:week|month)|\s+(?:on\s+)?${weekday}|\s+(?:for|on)\s+the\s+(?:day|week|session|month)|\s+in\s+(?:(?!to\b)[\p{L}-]+\s+){0,2}trading|\s+in\s+the\s+(?:session|premarket|pre-market))?`;
/**
 * What the wires put between the move and its price: how the move ranks ("rallied 16 percent, the most since April 4,
 * to $4.50"), as Bloomberg's movers lists write it.
 */
const moveRank = String.raw`(?:,\s+the\s+(?:most|biggest|largest|steepest|sharpest|best|worst|first|highest|lowest)\b[^,;]{1,60}?,)?`;
/** Where the move took the stock: "to $4.50", "at $4.50", and the trade named ("to trade at", "to change hands at"). */
const moveEnd = String.raw`,?\s+(?:to\s+(?:trade|change\s+hands)\s+(?:at|near|around)\s+${hedge}|to\s+|at\s+)`;
/**
 * "calls" and "puts" name options, but are verbs too: "(PMBR) calls it a buy", "puts pressure on rivals". A verb
 * takes its object right after it (a pronoun, a determiner, "for"); an option is named after a determiner, a month
 * or a strike ("the calls it bought", "December calls") and goes on to its own verb ("calls rose to $3.40").
 */
const optionWord = String.raw`(?:calls|puts)(?:(?<=(?:the|its|their|those|these|weekly|monthly|[\d$]\S*)\s(?:calls|puts))|(?![ \t]+(?:it|them|him|her|us|this|that|these|the|a|an|its|his|their|our|for|on|pressure)(?![\p{L}\p{N}])))`;
/** The words of otherFigure (below), which the occasion of a move reads too. */
const otherFigureWords = String.raw`(?:preferred|preference|warrants?|${optionWord}|convertibles?|debentures?|revenues?|sales|earnings|profits?|income|eps|dividends?|payout|guidance|forecasts?|outlook|estimates?|targets?|loss(?:es)?|margins?|volume|backlog|cash|debt|buyback|deal|offer|bid|acquisition|merger|ipo|offering|bonds?|notes|index|oil|gold|crude|futures)`;
/**
 * What the move followed, between its change and its price: "fell 2% after the report to", "rose 6% on strong
 * results to", "were up 1.2% at the time of writing to". A few words and no verb: "fell 2% after a rival slid to
 * $40.10" or "… after the company said it would sell to" give the price to another clause. The phrase's last word
 * is the one "to" may belong to, so it must not name a figure of its own or a change ("after its dividend cut to
 * $0.10", "on a takeover offer to"); a word before it may ("after the earnings report to $40.10").
 */
const notVerb = String.raw`(?!(?:${movement}|[\p{L}]+ed|would|will|could|should|may|might|said|says|is|was|were|are|has|had|have|to|and|but|while|as)[\s,])`;
const changeNoun = String.raw`(?:cuts?|hikes?|raises?|increases?|reductions?|boosts?|upgrades?|downgrades?|revisions?|lift|move|jump|rise|fall|drop|gain|decline)`;
const occasion = String.raw`(?:\s+(?:after|on|following|amid|at)\s+(?:${notVerb}[\p{L}'’-]+\s+){0,4}?${notVerb}(?!(?:${otherFigureWords}|${changeNoun})[\s,])[\p{L}'’-]+)?`;
const moveToPrice = String.raw`(?:${movement}|up|down|off)\s+(?:by\s+)?${change}${period}${occasion}${moveRank}${moveEnd}`;
/**
 * Where the move ended, as the ratings network's syndicated copy closes its sentence: "traded down $0.42 during
 * midday trading on Wednesday, reaching $67.48", "…, hitting $0.30", "climbed 1.4%, changing hands at $251.10".
 * Only after a comma, so "before reaching $70" (a level still ahead) is not read, and only after a move.
 */
const movedToLevel = String.raw`,\s+(?:reaching|hitting|touching|(?:trading|changing\s+hands)\s+(?:at|near|around))\s+${hedge}`;
/**
 * A second verb of the same subject that says where the stock trades now, as retail sites go on after its move: "…
 * have climbed about 20% this year and trade near $262", "…, and now changes hands at roughly $188".
 */
const andTrades = String.raw`,?\s+and\s+(?:now\s+|currently\s+|still\s+)?(?:trades?|trading|changes?\s+hands|sits?)\s+(?:at|near|around)\s+(?:(?:about|around|roughly|nearly|almost|just\s+(?:over|under|above|below))\s+)?`;
/**
 * The stock's price named as such later in its sentence: "(KO) yields 2.9% at its current price of $69.42", "…, which
 * at the current share price of $41.10 values it at $2 billion", ETF Channel's "has 20% upside from the recent share
 * price of $19.54". Only "current" or "recent": "its price of $5 a share" in a deal is an offer's.
 */
const currentPriceLabel = String.raw`(?<![\p{L}\p{N}])(?:at\s+)?(?:its|the)\s+(?:current|recent)\s+(?:share\s+|stock\s+)?price\s+of\s+(?:(?:about|around|roughly|nearly|almost)\s+)?`;
const laterPrice = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${sessionClose}|${moveToPrice})${recordLevel}?${emphasis}${figure}|(?:${movedToLevel}|${andTrades})${emphasis}${figure}|${currentPriceLabel}${emphasis}${figure}`,
  'iu',
);
/** A target named right after the figure: "$450 price target", "$450 target", "$450 PT". */
export const targetAfter = /^[*_]{0,2}[ \t]+(?:(?:price|share)[ \t]+)?(?:target|objective|PT\b)/i;
/**
 * Words that make the move another figure's: results, payouts, deals, other markets, and the company's other
 * securities ("its preferred shares closed at $24.80", "the warrants ended at $2.10", "the calls rose to $3.40").
 */
export const otherFigure = new RegExp(String.raw`(?<![\p{L}\p{N}])${otherFigureWords}(?![\p{L}\p{N}])`, 'iu');
/**
 * A second clause with a subject of its own: "(META) rose 2% while Alphabet closed at $280", "…, and Alphabet ended
 * at …". The later price is that subject's. A participle keeps the mention's ("while closing at"), and so does a day
 * or a month after "and" ("on Thursday and Friday, closing at").
 */
const otherClause =
  /\b(?:while|whereas|but|although|though|meanwhile)\s+(?![a-z]+ing\b)|\band\s+(?:the\s+)?(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)\p{Lu}/u;
/**
 * A clause of its own that the price's verb ends, opened by "after", "as", "when", "because" and the like and a
 * subject that is not the stock: "(CRDL) dropped after bitcoin slid 4% to $61,000", "… rose as a rival's shares jumped
 * 10% to $22.30". The price is that subject's. The stock itself ("as its shares slid", "after it closed at") keeps it.
 * Group 1 is the subject.
 */
const subordinateSubject = /(?<![\p{L}\p{N}])(?:after|as|when|because|since|once|until|amid)\s+((?:(?!and\b)[\p{L}\p{N}&.'’-]+\s+){1,5})$/iu;
const stockAsSubject = /^(?:(?:its|the|their)\s+)?(?:shares|stock|(?:share|stock)\s+price)\s+$|(?:^|\s)(?:it|they)\s+$/i;
/** Whether `verbPhrase` (a finite verb: not "closing at", "to close at") has a subject of its own at the end of `before`. */
function otherSubjectsVerb(before: string, verbPhrase: string): boolean {
  if (/^(?:[\p{L}]+ing|to)(?![\p{L}\p{N}])/iu.test(verbPhrase)) return false;
  const clause = subordinateSubject.exec(before);
  return clause !== null && !stockAsSubject.test(clause[1]);
}
const sentenceEnd = /[.!?;](?=\s|$)/;
/** A currency sign or unit, checked before the costlier search: most sentences after a mention have neither. */
const moneyMark = new RegExp(String.raw`[$€£₹¥¢]|\dp(?![\p{L}\p{N}])|\d\s(?:cents?|pence)\b|(?:Rs\.?|${currencyCodes})\s?\d|\d\s(?:yen|euros?|${currencyCodes}|dollars)\b|\d\s(?:[\p{L}.]+\s+){1,2}dollars\b`, 'iu');
const moneyFigure = new RegExp(String.raw`${figure}`, 'u');
/** A move and its change: "traded down $0.42", "rose 3%", "up by $1.25". */
const moveBy = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${movement}|up|down)\s+(?:by\s+)?${change}`, 'giu');
const moveBefore = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${movement}|up|down|higher|lower)(?![\p{L}\p{N}])`, 'iu');

export interface LaterPrice {
  /** The text from the mention's end through the figure's number (and its pence mark). */
  readonly matched: string;
  readonly sign?: string;
  readonly written: string;
  readonly pence?: string;
}

/**
 * The price `after` opens with, tied to what stands before it by a verb or a preposition (pricePatterns.ts's
 * tiedPrice: "closed at $256.44", "at $17.44"), with the verb that tied it.
 */
export function tiedPriceAtStart(after: string): (LaterPrice & { readonly verb?: string }) | undefined {
  const tied = tiedPrice.exec(after);
  if (!tied || (tied[1] === undefined && tied[2] === undefined)) return undefined;
  const reading = tiedReading(after, tied);
  if (!reading) return undefined;
  const { matched, verb, preposition, sign, written, pence } = reading;
  // A bare "is" or "was" straight before the figure says whose figure it is no more than the words before the
  // mention do, and those are most often a target's or a value's: "BofA's price objective for Microsoft (MSFT) is
  // $600", "our fair value for Apple (AAPL) is $300". "was at $250" (a preposition) and "its share price is $17.44"
  // (the price named) are the stock's.
  if (verb !== undefined && preposition === undefined && bareCopula.test(verb)) return undefined;
  // An issuer prices its shares once, at a sale: "was priced at $18", "the shares priced at $18, the top of the range"
  // state an offering's price. Only the present tense prices the stock where it trades: "is currently priced at".
  if (verb !== undefined && /^priced$/i.test(verb) && !presentPricing.test(matched)) return undefined;
  // "price was 48.5 yen higher", "is $5 above its offer": after "is" or "was", a figure a comparison follows is a
  // change or a gap, not a price. (A verb of trading keeps its figure: "closed at $272.41 above its 50-day average".)
  if (verb !== undefined && copula.test(verb) && comparisonAfter.test(after.slice(matched.length))) return undefined;
  // "stock: $450 price target", "last $450 PT": the figure names a target, whatever label stood before it.
  if (targetAfter.test(after.slice(matched.length))) return undefined;
  // The session's open is where the stock started the day, not where it stood when the note was written: "opened at
  // $300" is no price to compare with a quote. A close later in the sentence is ("opened at $41.00 and closed at
  // $44.95"), and so it is after any other point of the day: "hit $290.10 before closing at $272.41" states an
  // intraday high, then the close.
  const isClose = verb !== undefined && closeVerb.test(verb);
  const closed = isClose ? undefined : closeLater(after.slice(matched.length));
  if (closed) return { ...closed, matched: matched + closed.matched };
  if (verb !== undefined && /^opened$/i.test(verb)) return undefined;
  // "hit an all-time high of $290.10": an extreme on the day's path; "closed at an all-time high of …" is the close.
  if (!recordIsClose(isClose, matched)) return undefined;
  return {
    matched,
    ...(verb !== undefined ? { verb } : {}),
    ...(sign !== undefined ? { sign } : {}),
    written,
    ...(pence !== undefined ? { pence } : {}),
  };
}

/**
 * Asides set off by commas between the mention and its verb: a relative clause ("(PMBR), which went public at $18,
 * closed at $31.20"), an appositive ("…, the grocer that listed in 2021, …"), or a quote line's other fields
 * ("(PMBR), target $75, last $61.30"). Each says something of the stock, so the verb after them is still the stock's,
 * and a figure in them is the aside's own: an offering's, a target's, another day's. Up to three, each short; one
 * that opens with "and" or "or" makes a list of subjects ("(PMBR), Acme, and Zed closed at …"), not an aside.
 */
const asides = /^[)\]*_]*(?:,[ \t]+(?!(?:and|or|&|nor)[ \t])[^,;:()\n]{1,60}?){1,3},[ \t]+(?=\S)/u;

/**
 * An aside that sets the verb after it at another time or under a condition, as an opening phrase would: "(ORCD), in
 * 2021, traded at $88", "…, a year ago, …", "…, before the split, …", "…, once the deal closes, trades at $44". A
 * relative clause dates only its own verb ("which went public at $18 in 2021,"), so only other asides are read so:
 * by the word they open with, or a year, a month, a weekday or "ago" in them.
 */
const otherTimeAside =
  /^(?!(?:which|who|whose|that)\b)(?:(?:in|on|at|before|after|since|until|till|when|while|once|if|unless|as|during|by|from|through|following|prior|ahead|back|earlier|later|last|next|this|then|previously|formerly|originally|initially|yesterday|today|now)\b|.*(?:\b(?:1[89]|2\d)\d{2}\b|\bago\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b\.?\s*\d|\b(?:january|february|march|april|june|july|august|september|october|november|december|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b))/iu;

/**
 * The price the mention's verb ties after asides (see above) that tiedPriceAtStart stops at: "closed at $31.20",
 * "last $61.30". A verb or a label must tie it: "(PMBR), a grocer, at $31.20 …" ties nothing to the stock.
 */
export function tiedPriceAfterAsides(after: string): (LaterPrice & { readonly verb?: string }) | undefined {
  const aside = asides.exec(after);
  if (!aside || aside[0].split(',').some((part) => otherTimeAside.test(part.trim()))) return undefined;
  const tied = tiedPriceAtStart(after.slice(aside[0].length));
  return tied?.verb !== undefined ? { ...tied, matched: aside[0] + tied.matched } : undefined;
}

/** A day's change said after its size, then its price: "closed $2.10 higher at", "was 4.9p lower at". */
const priceAfterChange = new RegExp(String.raw`^[*_]*\s+${changeDirection}(?![\p{L}\p{N}])(?:\s+(at|to)\s+${hedge}${emphasis}${figure})?`, 'iu');

interface TiedReading {
  readonly matched: string;
  readonly verb: string | undefined;
  readonly preposition: string | undefined;
  readonly sign: string | undefined;
  readonly written: string;
  readonly pence: string | undefined;
}

/**
 * What tiedPrice's match states. A figure a verb ties with no preposition, then a direction, is the day's change, not
 * the price: the price is the figure after "at" or "to" ("closed $2.10 higher at $250.00" states $250.00), and with
 * none the sentence states no price at all ("ended 4.9p lower on the day").
 */
function tiedReading(after: string, tied: RegExpExecArray): TiedReading | undefined {
  const [matched, verb, preposition, sign, written, writtenBare, pence] = tied;
  const changed = verb !== undefined && preposition === undefined ? priceAfterChange.exec(after.slice(matched.length)) : null;
  if (!changed) return { matched, verb, preposition, sign, written: written ?? writtenBare, pence };
  const [, laterPreposition, laterSign, laterWritten, laterBare, laterPence] = changed;
  if (laterPreposition === undefined) return undefined;
  return { matched: matched + changed[0], verb, preposition: laterPreposition, sign: laterSign, written: laterWritten ?? laterBare!, pence: laterPence };
}

/**
 * A first verb of the mention whose object is one of the company's figures, joined by "and" to the move: "(PMBR)
 * beat estimates and rose 6% to $93.40", "missed revenue forecasts and fell 4% to". The figure is what the company
 * beat, not what moved: the move's subject is still the stock, so only the words after "and" may make it another
 * figure's ("beat estimates and its dividend rose 5% to $0.26"). "said revenue rose 5% and …" is no such verb: what
 * follows "said" has a subject of its own. Group 1 is what follows "and".
 */
const objectThenMove =
  /^[)\]*_\s]*(?:(?:shares|stock)\s+)?(?:beat|beats|beating|topped|tops|topping|missed|misses|missing|reported|reports|posted|posts|raised|raises|lifted|lowered|cut|cuts|boosted|hiked|slashed|trimmed|reaffirmed|reiterated|issued|announced|declared|delivered|suspended|withdrew)\s[^;]*?\band\s+((?:(?!\band\s)[^;])*)$/iu;

/** The words of `before` (the text from the mention to its move) that may say whose the move is. */
function ownWords(before: string): string {
  return objectThenMove.exec(before)?.[1] ?? before;
}

/** The price later in the sentence that `after` (the text after a mention) opens, if a move leads to one. */
export function priceInSentence(after: string): LaterPrice | undefined {
  const end = after.search(sentenceEnd);
  const sentence = end < 0 ? after : after.slice(0, end);
  if (!moneyMark.test(sentence)) return undefined;
  const found = laterPrice.exec(sentence);
  if (!found) return undefined;
  const before = sentence.slice(0, found.index);
  // The figure's groups: the sign, the number or the pence's number, the pence mark (one set for each alternative).
  const alternative = [1, 5, 9].find((first) => found[first] !== undefined || found[first + 1] !== undefined || found[first + 2] !== undefined) ?? 1;
  const reached = alternative === 5;
  const groups = found.slice(alternative, alternative + 4);
  // "reaching $67.48" ends a move the sentence made ("traded down $0.42 …"): that move's change is no other price.
  if (reached && !moveBefore.test(before)) return undefined;
  // "gained $2.61, or 1%, to close at $272.41": the move's change is no other price either.
  const closing = alternative === 1 && sessionCloseAtStart.test(found[0]);
  const unread = reached || closing ? before.replace(moveBy, ' ') : before;
  // "… as high as $290.10 before closing at $272.41": the earlier figure is the day's path to the close, read as such.
  const pathToClose = closing ? closeConnector.exec(before) : null;
  const clause = pathToClose ? before.slice(0, pathToClose.index) : before;
  if (otherFigure.test(ownWords(before)) || (!pathToClose && moneyFigure.test(unread)) || otherClause.test(clause)) return undefined;
  if (alternative === 1 && otherSubjectsVerb(before, found[0])) return undefined;
  if (!recordIsClose(closing, found[0])) return undefined;
  return {
    matched: sentence.slice(0, found.index + found[0].length),
    ...(groups[0] !== undefined ? { sign: groups[0] } : {}),
    written: groups[1] ?? groups[2],
    ...(groups[3] !== undefined ? { pence: groups[3] } : {}),
  };
}

/** What makes the figure before it a change or a distance: "higher", "lower", "above its IPO price", "more than". */
const comparisonAfter = /^[*_]{0,2}\s+(?:higher|lower|up|down|above|below|over|under|more|less|cheaper|dearer|short\s+of|off)(?![\p{L}\p{N}])/iu;
/** The verbs that only say "is": the price stated as the stock's, or as its price's ("the share price was"). */
const copulaWords = String.raw`(?:is|was|are|were)(?:\s+now)?`;
const copula = new RegExp(String.raw`^(?:(?:.*\s)?price\s+)?${copulaWords}$`, 'i');
/** "is priced", "are now priced", "currently priced": the tense that prices the stock where it trades. */
const presentPricing = /(?<![\p{L}\p{N}])(?:is|are|now|currently|still)\s+priced\b/iu;
/** The same, with no price named before it. */
const bareCopula = new RegExp(String.raw`^${copulaWords}$`, 'i');
/** A verb that already states the close: the price it ties is the day's last, whatever the sentence adds. */
const closeVerb = /^(?:clos|end|finish|settl)/i;
/** A session's close opening a later price ("closing at", "to settle at"): see sessionClose. */
const sessionCloseAtStart = new RegExp(String.raw`^${sessionClose}`, 'i');
/**
 * What joins a day's path to its close: "before", "but", "then", "only to", "and", and what the stock gave up on
 * the way ("before paring gains to close at", "but trimmed most of its advance to end at"). Not "after": "after
 * closing at $15.57 on Wednesday" is the day before's close.
 */
const wayToClose = String.raw`(?:(?:paring|pared|trimming|trimmed|giving\s+back|gave\s+back|erasing|erased|reversing|reversed)\s+(?:(?:some|most|much|all|part)\s+of\s+)?(?:(?:its|the|their)\s+)?(?:gains?|losses?|advance|rally|decline|drop)\s+|(?:rebounding|rebounded|recovering|recovered|bouncing\s+back|bounced\s+back|fading|faded|retreating|retreated|slipping\s+back|falling\s+back|fell\s+back)\s+)?`;
const closeConnector = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:before|but|then|only\s+to|and(?:\s+then)?)\s+(?:then\s+)?${wayToClose}$`, 'iu');
/**
 * "and closed at $44.95", "before closing at $44.95", ", ending the day at …", "intraday before closing at …": the
 * close a sentence gives after an open or a point of the day, a few words of the day's path between.
 */
const closeLaterPattern = new RegExp(
  String.raw`^[*_]*(?:(?:[ \t]+(?!(?:and|but|before|then|only|after|since|from)\b)[\p{L}'’-]+){1,4}?(?:,?[ \t]+(?:and|but|before|then|only[ \t]+to)|,)|,?(?:[ \t]+(?:and|but|before|then|only[ \t]+to))?)[ \t]+(?:then[ \t]+)?${wayToClose}(?=(?:to[ \t]+)?(?:clos|end|finish|settl)|${lastTrade})`,
  'iu',
);

function closeLater(rest: string): LaterPrice | undefined {
  const lead = closeLaterPattern.exec(rest);
  if (!lead) return undefined;
  const later = priceInSentence(rest);
  return later && later.matched.length > lead[0].length ? later : undefined;
}
