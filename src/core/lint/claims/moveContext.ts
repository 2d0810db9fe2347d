// What the words around a value say about the kind of move it is, beyond its subject and period: a figure that is
// not a closing return (an intraday extreme, a pre-market or after-hours move), a streak that has ended, a move
// over a run of days, and who owns a value inside a relative clause or after a possessive. Each test is one
// anchored pattern on a short window: a value in doubt makes no claim (see figures.ts).

/**
 * Moves that are not a close: "rose as much as 8%", "fell 2.7% by mid-morning", "up 4% in after-hours trading",
 * "premarket", "intraday", "at one point". Comparing one with a close would be a false alarm.
 */
export const notAClose =
  /\b(?:intraday|intra-day|pre-?market|after[- ]hours|extended(?:[- ]hours)? trading|late trading|overnight trading|early trad(?:e|ing)|by (?:mid|late)[- ]?(?:morning|day|afternoon|session)|by midday|by noon|at (?:one point|the open|its (?:high|low|peak))|session (?:high|low)s?|as (?:much|high|low|little) as)\b/i;

/**
 * A fund page's risk statistics, named before the value in its segment: "largest drawdown was -21.7% vs the index's
 * -11.9%", "a volatility of 8.9%", "an up-capture ratio of 158%", "tracking error of 3%" — none is a return.
 */
export const riskStatisticBefore = /\b(?:draw-?downs?|volatility|(?:up|down)[- ]?capture|capture ratios?|tracking errors?|standard deviation|sharpe|sortino|information ratio|beta)\b/i;
/** "fell 14% peak to trough": the fall inside the period from its high, not the period's move. */
export const peakToTrough = /\b(?:peak|high)[- ]to[- ](?:trough|low)\b/i;

/**
 * A move the market opened with: "The FTSE 100 opened 0.8% higher", "opened up 0.8%", "started the day 1% lower" —
 * the open, not the close the day's move is.
 */
export const openingMoveBefore = /\b(?:opened|started the (?:day|session)|began the (?:day|session))\s+(?:(?:sharply|slightly|modestly|marginally)\s+)?(?:(?:up|down|higher|lower)\s+)?(?:by\s+)?(?:(?:about|around|nearly|almost|some|over)\s+)?$/i;

/**
 * A time inside the session anywhere in the value's clause: "the best performing sector as of midday Monday is
 * energy, up 2%", "up 1% in afternoon trading", "in early Asian trade", "as of 11:40 a.m.", "by 0300 GMT", "at the
 * midday break" (Tokyo's and Hong Kong's lunch recess), "in the first hour of trading", "following the
 * market opening", "toward the end of trading" (Benzinga's updates through the session), "was poised
 * to close up 0.9%". The move is not the day's close. (The last hour is where a close's gain is often said to
 * come from, so it leaves the close read.)
 */
export const sessionTimeIn =
  /\b(?:(?:as of|at|by|around|through|until|after) (?:mid-?day|mid-?morning|mid-?afternoon|noon|lunchtime|the lunch hour|\d{1,2}(?::\d\d)? ?[ap]\.?m\b|(?:\d{4}|\d{1,2}:\d\d) ?(?:GMT|UTC|BST|CET|JST|HKT|SGT|IST|AEST|AEDT|ET)\b|the (?:mid-?day |lunch(?:time)? |morning )?(?:break|recess|interval)\b)|in (?:early|late|afternoon|morning|midday|mid-day|lunchtime) (?:(?:Asian|European|London|Tokyo|Hong Kong|Sydney|Mumbai|Seoul|New York|U\.S\.|US) )?(?:trad(?:e|ing)|deals|dealings)|(?:before|ahead of) the (?:close|closing bell)|in the (?:first|opening) (?:hour|half[- ]hour|(?:\w+ )?minutes)\b|(?:following|after|since|shortly after|soon after) the (?:market(?:['’]s)? )?open(?:ing)?(?: bell)?\b|(?:toward|towards|approaching|nearing|near) the (?:end|close) of (?:trading|the (?:session|(?:trading )?day))\b|(?:poised|set|on track|on course|headed|heading|looking|expected|likely|due) to (?:close|end|finish|settle)\b)/i;

/**
 * A move the period is on course for, not one it has made: "is headed for a 2.3% monthly decline", "on pace for a
 * weekly gain of 1.2%", "set for a 4% quarterly rise". Wires write it inside the period's last session, before its close
 * settles the figure: the period's move is the one told after the close.
 */
export const projectedBefore =
  /\b(?:on (?:track|course|pace)|headed|heading|poised|set|bound|en route)\s+(?:for|to(?:ward)?)\s+(?:(?:a|an|its|their|another|what would be)\s+)?(?:[\p{L}-]+\s+){0,4}(?:of\s+)?(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|more than\s+)?$/iu;

/** A streak that has ended: "snapped a seven-day losing streak", "ended its five-session run", "broke a 3-day skid". */
export const endedStreakBefore =
  /\b(?:snap(?:s|ped|ping)?|end(?:s|ed|ing)?|broke|break(?:s|ing)?|halt(?:s|ed|ing)?|stop(?:s|ped|ping)?|interrupt(?:s|ed|ing)?|cut short)\s+(?:a|an|the|its|their|his|her)?\s*(?:[\w-]+\s+){0,3}$/i;

/** "Apart from Tuesday, … each of the last six sessions", "except for a flat Monday": a day left out of the run, so no streak. */
export const streakException =
  /\b(?:apart from|aside from|except(?:\s+for)?|other than|save for|but for|excluding)\s+(?:(?:a|an|the|one|its)\s+)?(?:[\w-]+\s+){0,2}?(?:(?:mon|tues|wednes|thurs|fri)days?|days?|sessions?|closes?|weeks?|months?)\b/i;

/** "a 3-day decline of more than 10%", "a two-week rally of 6%": a move over a run of days, not one day's or the year's. */
export const multiDayMoveBefore =
  /\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[- ](?:day|session|week|month)s?[- ](?:\w+[- ])?(?:decline|drop|fall|loss|slide|selloff|sell-off|rout|rally|gain|advance|rise|run|surge|rebound|climb|streak)\s+(?:of\s+)?(?:\w+\s+){0,2}$/i;

/**
 * "off 9% from its closing high", "12% below the record", "down 2% from Thursday's peak": a distance from a level. Only a since-period ("since its
 * record high") may carry it, never an inherited year to date. "From the previous close" is the base of any day's
 * move, so a close is not such a level.
 */
export const measuredFromLevel =
  /^\s*(?:from|off|below|above|under|beneath|short of)\s+(?:its|the|their|a|an|this|that|(?:monday|tuesday|wednesday|thursday|friday|today|yesterday)['’]s)\s+(?:[\w-]+\s+){0,3}?(?:highs?|lows?|peaks?|records?|tops?|bottoms?|troughs?|levels?|mark)\b/i;

/**
 * "well above the five-year average of 20 times", "the average stock in the index is down 5%", "averaging gains of
 * 2.4% for the month": not the subject's own figure. An index named an average ("the Dow Jones Industrial Average rose 1%", "the Dow industrial average") is not.
 */
export const averageBefore =
  /(?:\b(?<!\b(?:industrial|transportation|utility|utilities|composite|jones|stock|share|nikkei)\s+)(?:average[sd]?|averaging|avg\.?)|\b(?:mean|median|norm|long-run|long-term|historical|history))\b[^.;:]{0,25}$/i;

/**
 * A habit of the market, not a move of a period: "Historically, the S&P 500 gains 1.5% in November", "typically rises
 * 1.5% in December", "tends to rally 2% in the last two weeks of December", "gaining 3% on average".
 */
export const habitualMove = /\b(?:historically|typically|usually|normally|traditionally|seasonally|tends? to|tended to|on (?:the )?average)\b/i;

/** "contributed 4.1 points to the index's earnings growth", "accounted for a third of it": a share of growth, not growth. */
export const shareOfGrowth = /\b(?:contribut\w*|account(?:ed|s|ing)? for|share of)\b/i;

/**
 * A multiple stated in the past ("was trading at 18x forward earnings" after "By the end of 2025, …"): without a
 * period of its own it is of an earlier date than the note's stamp.
 */
export const pastTense = /\b(?:was|were|had been|traded|stood|sat|peaked|bottomed|ended|finished)\b/i;

/** A record the streak counts ("record closes", "all-time highs"), not a level it moves away from ("declines from record highs"). */
export const recordWord = /(?<!\b(?:from|off|below|since|under|beneath)\s+(?:(?:its|their|the|a)\s+)?)\b(?:records?|all-time highs?)\b/i;

/** A value inside a relative clause: ", which has fallen 34% …" — the clause is about the noun before its comma. */
export const relativeClauseBefore = /,\s*(?:which|who|that)\b[^,;]*$/i;

/**
 * A possessive right before a value ("the Dow's 2%", "investors' 5%"), not a contraction of "is" ("it's up 2%",
 * "that's 2%"), nor a day's, which owns no move but dates it ("ended Friday's session 0.4% higher", "today's 2% gain").
 */
export const otherPossessorBefore =
  /(?:\p{L}(?<!\b(?:it|that|what|there|here|who|he|she|this|where|which|one|let|monday|tuesday|wednesday|thursday|friday|today|yesterday))['’]s|s['’])\s+(?:[\p{L}-]+\s+){0,2}$/iu;

/** A sentence that opens on a time inside the session ("Earlier in the session, …"): none of its moves is a close. */
export const intradayOpening =
  /^[\s*_]*(?:(?:earlier|later) (?:in the (?:session|day)|on (?:monday|tuesday|wednesday|thursday|friday))|in (?:early|late|afternoon|morning|midday) trad(?:e|ing)|at (?:one point|the (?:lows|highs|open)|session (?:lows|highs))|intraday|pre-?market|after[- ]hours)\b/i;

/**
 * "0.4% higher than last Friday": measured against another day, not the period's own move. Not against the year's
 * start ("32% higher than at the start of the year"): that is the year to date, read as such (periods.ts).
 */
export const comparedAfter = /^\s*(?:(?:higher|lower|above|below|more|less)\s+)?than\b(?!\s+(?:at|on)\s+the\s+(?:start|beginning)\s+of\s+the\s+year\b)/i;

/**
 * "the biggest loser in the S&P 500", "the largest stock in the index", "tech stocks in the S&P 500", "companies in
 * the index", "Stocks that rose the most in the S&P 500", "gainers in the Nasdaq 100": the index is where the stocks
 * are, not what moved.
 */
export const membershipBefore =
  /\b(?:biggest|largest|best|worst|top|weakest|strongest|percent|leading|most|least|losers?|gainers?|laggards?|leaders?|performers?|decliners?|advancers?|members?|components?|constituents?|stocks?|names|compan(?:y|ies)|third|half|quarter|share|fraction|portion|part|bulk|majority|rest|weight(?:ing)?|slice|proportion)\s+(?:[\p{L}-]+\s+){0,2}(?:in|of|among|on)\s+(?:the\s+)?$/iu;

/** Words that compare one figure with another: a figure before one never takes a subject named after it. */
export const comparator = /\b(?:compared (?:with|to)|versus|vs\.?|than|relative to|in line with)\s/i;
/** A segment that opens as the other side of a comparison: ", versus 17% for the S&P 500", "compared with 16% for …". */
export const comparisonOpening = /^[\s,;(—–-]*(?:compared (?:with|to)|versus|vs\.?|against|relative to)\s/i;

/** Verbs that set a figure against another subject ("outpacing the 22% expected from the mega caps"): likewise. */
export const comparisonVerb =
  /\b(?:outperform\w*|underperform\w*|outpac\w*|outstrip\w*|outgr[eo]w\w*|beat(?:en|ing|s)?|lag(?:ged|ging|s)?|trail(?:ed|ing|s)?|ahead of|behind|exceed\w*|trounc\w*|eclips\w*|overshadow\w*|dwarf\w*|top(?:ped|ping|s))\b/i;

/** What may open the value's clause before its subject: a conjunction ("while the three main indices …"). */
/** The conjunctions that join a clause on: "…, while the Nasdaq gained", "…, after Orcadia jumped". */
const conjunctions = String.raw`while|whereas|although|though|as|when|after|because|and|but|so|yet`;
const clauseConjunction = String.raw`^[\s,]*(?:(?:${conjunctions})\s+)?`;
/** A conjunction right before where a segment starts, left there by the clause's break: ", while". */
export const conjunctionBefore = new RegExp(String.raw`(?:${conjunctions})\s*$`, 'i');
/** The verbs of a move or a state after a subject ("rose", "closed", "is", "has"). */
const subjectVerb = String.raw`rose|fell|gained|lost|climbed|dropped|slid|slipped|jumped|surged|advanced|declined|increased|decreased|added|shed|ended|closed|finished|posted|returned|grew|rallied|tumbled|sank|is|are|was|were|has|have|had`;

/**
 * The value's clause already has a subject of its own before its verb ("while the three main indices all rose 3%,
 * the Russell 2000 …", "these smaller players are projected to see growth of 30%"): one the table does not name, so
 * a name later in the sentence is not its owner.
 */
export const ownSubjectBefore = new RegExp(
  String.raw`${clauseConjunction}(?:the|these|those|this|that|its|their|our|most|many|all|both|several|some|other|each|every|few)\s+(?:[\p{L}\p{N}'’-]+\s+){0,5}?(?:${subjectVerb}|will|would|should|could|may|might|can)\b`,
  'iu',
);

/**
 * Any noun phrase before the value's verb: "Apple rose 1.1% … as the Dow gained 0.7%", "Shares of Home Depot fell 2%,
 * and the Dow …". The value already has a subject, one the table does not name, so a subject named later in the
 * clause is not its owner. A pronoun is no such phrase ("…, and it is up 3% this year" refers back).
 */
export const namedSubjectBefore = new RegExp(
  String.raw`${clauseConjunction}(?!(?:it|they|he|she|we|you|which|who|there)\s)[\p{L}][\p{L}\p{N}&'’.-]*(?:\s+[\p{L}\p{N}&'’.-]+){0,5}?\s+(?:${subjectVerb})\b`,
  'iu',
);

/**
 * A clause joined to the sentence with a subject of its own before its verb — "…, while natural gas gained 1.4%",
 * "…, after Nvidia jumped 4%" — a noun phrase, not a pronoun ("…, and it is up 3%") nor a verb that carries the
 * first clause's subject on ("…, but has gained 20% this year").
 */
export const clauseWithOwnSubject = new RegExp(
  String.raw`^[\s,]*(?:${conjunctions})\s+(?!(?:it|they|he|she|we|you|which|who|there|also|still|now|then|just|only|its|their|${subjectVerb}|will|would|should|could|may|might|can|being|having)\b)[\p{L}][\p{L}\p{N}&'’.-]*(?:\s+[\p{L}\p{N}&'’.-]+){0,5}?\s+(?:${subjectVerb})\b`,
  'iu',
);

/**
 * "…helped the FTSE 100 higher, with Rio Tinto up 4%", "…, with Fresnillo and Antofagasta both up more than 3%": "with",
 * a noun phrase and its move before the value (an absolute phrase) name the value's own subject — one the table does
 * not know, or it would stand in the segment. "with the index up 3% this year" still refers back.
 */
export const withOwnSubject = new RegExp(
  String.raw`^[\s,]*with\s+(?!(?:it|them|the\s+(?:[\w-]+\s+)?(?:index|benchmark|gauge|average|barometer))\b)[\p{L}\p{N}][\p{L}\p{N}&'’.-]*(?:\s+[\p{L}\p{N}&'’.-]+){0,6}?\s+(?:(?:both|all|each)\s+)?(?:up|down|higher|lower|off|rising|falling|gaining|losing|climbing|dropping|sliding|slipping|jumping|surging|advancing|declining|adding|shedding|tumbling|sinking)\b[^.;]{0,24}$`,
  'iu',
);

/**
 * A sentence that says the market closed on the day it names: "Stocks closed mostly lower on Wall Street Tuesday".
 * Not a market shut ("markets will be closed Thursday for Thanksgiving"), nor a close to come or one inside the
 * session (the caller checks notAClose, sessionTimeIn and intradayOpening too).
 */
export const closesTheSession = /(?<!\b(?:be|been|being|is|are|was|were|remain|remained|stay|stayed|will)\s+)\b(?:closed|ended|finished|settled)\b(?!\s+(?:for|on account)\b)/i;

/** A move in the past tense: "The S&P 500 slipped 0.3%", "the Dow lost 200 points, or 0.4%". */
export const pastMove =
  /\b(?:rose|fell|gained|lost|climbed|dropped|slid|slipped|jumped|surged|advanced|declined|added|shed|rallied|tumbled|sank|eased|dipped|plunged|soared|retreated|edged|inched|ticked|nudged|notched|posted|tacked on|gave up|finished|ended|closed)\b/i;

/**
 * A running figure read at an earlier moment than the note's stamp: "A week ago, the S&P 500 was up 14% for the
 * year", "At this point a year ago …", "At the end of October …", "At its July peak …", "back then". Its period
 * still runs, but it is not today's. Not "from a year ago" or "than a week earlier", which measure a span.
 */
export const earlierMoment =
  /\b(?:(?<!\b(?:from|than|over|versus|vs\.?|since|with|to)\s+)(?:a|one|two|three|four|five|six|several|a few|\d+)\s+(?:days?|weeks?|months?|years?|sessions?|quarters?)\s+(?:ago|earlier|before)\b(?!\s+(?:levels?|close|price))|(?<!\bby\s+)at\s+the\s+(?:end|close|start|beginning)\s+of\s+(?:(?:jan|febr)uary|march|april|may|june|july|august|(?:sept|nov|dec)ember|october|last\s+(?:week|month|quarter)|the\s+(?:first|second|third|previous|prior)\s+(?:quarter|half|month|week))\b|(?<!\b(?:closed|ended|finished|settled|closing|ending|finishing|settling|sits|sat|stands|stood|is|was)\s+)\bat\s+(?:its|their|the)\s+(?:[\w-]+\s+){0,2}?(?:peak|high|low|trough|bottom|top)\b(?!\s+of\s+the\s+(?:day|session))|\b(?:back then|at (?:that|the) (?:point|time)|at this point (?:a|last) (?:year|month|week))\b)/i;

/**
 * A figure measured on another basis than the plain price return writers mean by default: in another currency
 * ("in dollar terms", "for a sterling-based investor", "unhedged"), with dividends ("including dividends", "on a
 * total-return basis"), or after inflation ("in real terms"). The same subject and period, another measure.
 */
// "Revenue rose 15% from a year earlier, and 4% sequentially": a results figure against the quarter before, never a
// stock's return.
// A fund share class's return with or without its sales charge, or before and after fees: "11.4% without sales
// charges, or 5.3% with the maximum sales charge", "12% gross of fees and 11.2% net".
// A fund's return at its net asset value and at its market price differ by the premium or discount it trades at:
// "returned 9.4% on a NAV basis and 9.1% on a market-price basis", "up 8.3% at NAV", "9.4% year to date (NAV)".
// "Equal-weighted, the S&P 500 is up only 6%", "On an equal-weight basis, …": a lead that weights the index another
// way is the equal-weight index's figure, as "the equal-weight S&P 500" names it.
export const otherBasis =
  /\b(?:in\s+(?:(?:u\.?s\.?|canadian|australian|hong\s+kong|singapore|new\s+zealand)[\s-]+)?(?:dollar|usd|sterling|pound|euro|yen|yuan|renminbi|franc|krona|rupee|won|local[- ]currency|real|common[- ]currency|constant[- ]currency|inflation-adjusted|gbp|eur|cad|aud|jpy|chf|cny|hkd|inr)\s+terms|(?:dollar|sterling|euro|yen|usd|gbp|eur)[- ](?:based|denominated)|(?:currency[- ])?(?:un)?hedged|(?:(?:measured|priced|denominated|expressed|calculated)\s+)?in\s+(?:(?:u\.?s\.?|canadian|australian|hong\s+kong|singapore)\s+)?dollars\b|(?:measured|priced|denominated|expressed|calculated)\s+in\s+(?:[\w.-]+\s+){0,2}?(?:euros?|sterling|pounds?|yen|yuan|francs?|local\s+currency|usd|gbp|eur|cad|aud|jpy|chf)\b|including\s+(?:re-?invested\s+)?dividends|with\s+dividends(?:\s+reinvested)?|dividends?\s+reinvested|on\s+a\s+total[- ]return\s+basis|total[- ]returns?|(?:adjusted|after\s+adjusting)\s+for\s+inflation|inflation[- ]adjusted|in\s+real\s+terms|sequentially|(?:with(?:out)?|excluding|including|net\s+of|after|before)\s+(?:the\s+|a\s+)?(?:maximum\s+|max\.?\s+|applicable\s+|front-end\s+|initial\s+)?sales\s+(?:charges?|loads?)|load[- ]adjusted|at\s+(?:the\s+)?public\s+offering\s+price|(?:net|gross)\s+of\s+(?:all\s+)?(?:fees|expenses)|(?:before|after)\s+(?:all\s+)?(?:fees|expenses)|quarter[- ](?:over|on)[- ]quarter|(?:at|on|based\s+on)\s+(?:its\s+|the\s+)?(?:nav|net\s+asset\s+value)|(?:on\s+an?\s+)?(?:nav|market[- ]price)\s+(?:basis|terms|returns?|total\s+returns?)|at\s+(?:the\s+)?market\s+price|(?<=\()(?:nav|market\s+price)(?=\))|(?:on\s+an?\s+)?equal[- ]?weight(?:ed|ing)?(?:\s+basis)?(?=\s*,)|equally[- ]weighted(?=\s*,))\b/i;
/**
 * An index's total-return version by its suffix, as data desks write it: "the S&P 500 TR", "the MSCI World NTR" (net
 * and gross total return). Capitals only: a measure with dividends, never the price index's move.
 */
export const totalReturnSuffix = /(?<=[\p{L}\d)])\s+(?:TR|NTR|GTR)\b(?![\p{L}\d-])/u;

/**
 * A bare currency as the basis, where nothing else can be meant: right after the value ("up 19% in dollars", "5% in
 * euros") or as a clause's opening ("In sterling, …"). Elsewhere "a rally in sterling" is the currency's own move.
 */
export const currencyBasis =
  /(?:%|\bper\s?cent|\bpercent|\dpc)\s+in\s+(?:euros|sterling|pounds|yen|local\s+currency|(?:u\.?s\.?\s+|canadian\s+|australian\s+)?dollars|usd|gbp|eur|cad|aud|jpy|chf)\b|(?:^|[,;(]\s*)(?:in|measured in)\s+(?:euros|sterling|pounds|yen|local\s+currency|(?:u\.?s\.?\s+|canadian\s+|australian\s+)?dollars|usd|gbp|eur|cad|aud|jpy|chf)\s*,/i;

/**
 * A clause that opens on a named month ("In June, …", "By mid-July …", "Back in March …"): with a verb in the past
 * ("was up 5% for the year", "had gained"), a running figure read then, not at the note's stamp. In the present
 * ("In November, the Dow is up 9% for the year") it is the note's own month and figure.
 */
export const monthOpening =
  /^[\s*_,]*(?:[Bb]ack\s+)?(?:[Ii]n|[Bb]y|[Tt]hrough|[Dd]uring|[Aa]s\s+of)\s+(?:(?:early|mid|late)[\s-]+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/;
export const pastVerb = /\b(?:was|were|had)\b/i;

/**
 * A move the verb undoes, named by its size: "pared an early 2% gain", "gave up gains of 1%", "shook off a 2% drop",
 * "reversed an initial 1.5% loss", "recovered from a 3% slide". That move was made and lost (within the session, or
 * before it), so it is not the period's close. What is left ("pared gains to 0.4%") is read as usual.
 */
const undoingVerb = String.raw`(?:par(?:e|ed|es|ing)|trim(?:s|med|ming)?|eras(?:e|ed|es|ing)|revers(?:e|ed|es|ing)|wip(?:e|ed|es|ing) out|(?:gave|give|gives|giving|given|hand(?:ed|s|ing)?) (?:up|back)|cut(?:s|ting)?|narrow(?:ed|s|ing)?|halv(?:e|ed|es|ing)|sh(?:ook|ake|akes|aking|aken) off|shrugg?(?:ed|s|ing)? off|(?:recover(?:ed|s|ing)?|rebound(?:ed|s|ing)?|bounc(?:e|ed|es|ing) back|came back|come back) from)`;
// A period may describe the move undone: "wiped out its year-to-date gain of 2%", "erased a 1.2% weekly advance".
const undoneWords = String.raw`(?:(?:an?|its|their|the|all|most|much|some|part|of|early|earlier|initial|intraday|morning|opening|session|previous|prior|big|sharp|steep|heavy|modest|solid|strong|year[- ]to[- ]date|ytd|month[- ]to[- ]date|weekly|monthly|annual|20\d\d)\s+)*`;
const undoneNoun = String.raw`(?:gains?|loss(?:es)?|rall(?:y|ies)|advances?|declines?|drops?|falls?|slides?|jumps?|surges?|rises?|climbs?)`;
const undoneObjectBefore = new RegExp(String.raw`\b${undoingVerb}\s+${undoneWords}$`, 'i');
const undoneOfBefore = new RegExp(String.raw`\b${undoingVerb}\s+${undoneWords}${undoneNoun}\s+of\s+$`, 'i');
const moveNounAfter = new RegExp(String.raw`^\s*(?:(?:intraday|early|morning|weekly|monthly|year[- ]to[- ]date|ytd)\s+)?${undoneNoun}\b`, 'i');

/**
 * "The Nasdaq is up 12% this year, down from a 20% gain in July", "up from 8% in June": the value the move started
 * from, an earlier figure of another period — not the figure the clause claims.
 */
export const startingValueBefore = /\bfrom\s+(?:(?:a|an|its|their|the|about|around|roughly|nearly|almost|just|over|under|some|more than|less than)\s+)*$/i;

/** The value (words `before` and `after` it in its segment) sizes a move its verb undoes. */
export function undoneMove(before: string, after: string): boolean {
  return undoneOfBefore.test(before) || (undoneObjectBefore.test(before) && moveNounAfter.test(after));
}
