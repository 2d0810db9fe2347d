// The pieces prices are written with, shared by the readers of stated prices (statedPrices.ts, priceInSentence.ts,
// followingPrices.ts): a currency and a number, pence, a change ("36 cents, or 1.17 per cent"), the verbs of a price
// moving, and what ties a figure to the words before it.

// Outlets abroad write the dollar with its country ("CA$", "AU$", "HK$", "NZ$", "NT$", "S$") and Brazil's real "R$";
// London data feeds put pence first as "GBX"; Indian copy writes the rupee "Rs", "Rs." or "₹", and desks everywhere
// put an ISO code first ("CHF 88.40", "EUR 141.12", "SEK 254.10", "CNY 1,452.00", "TWD 1,045", "USD 401.71"). One letter before the
// `$` stands alone ("S$1.52", not "US$" or "ARS$"), so the sign read is the one written.
// Data pages and wires abroad write the dollar's and the pound's codes too, before the number or after it ("USD
// 401.71", "250.10 USD"), and spell a dollar out after it ("480.30 Hong Kong dollars"); an amount is still no price
// ("USD 5 billion": notAPrice).
/** ISO codes a desk writes before or after a price. */
export const currencyCodes = String.raw`(?:GBX|INR|JPY|CHF|EUR|SEK|NOK|DKK|CNY|RMB|TWD|SGD|USD|CAD|AUD|HKD|NZD|GBP)`;
export const currencySign = String.raw`(?:US\$|CA?\$|AU?\$|HK\$|NZ\$|NT\$|(?<![A-Za-z0-9])[SR]\$|(?<![A-Za-z0-9])(?:Rs\.?|${currencyCodes})(?=\s?\d)|\$|€|£|₹|¥)`;
/**
 * A currency written after the number: its code, or a dollar spelt out with its country ("Hong Kong dollars", "U.S.
 * dollars", "dollars"). Not a per-share amount ("2 dollars a share").
 */
export const currencyAfter = String.raw`\s(?:${currencyCodes}(?![\p{L}\p{N}])|(?:(?:U\.?S\.?|Hong\s+Kong|Canadian|Australian|Singapore|New\s+Zealand|Taiwan)\s+)?dollars(?!\s+(?:a|per)\s+share))`;
export const amountPattern = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`;
export const currency = `(${currencySign})`;
export const amount = `(${amountPattern})`;
/** Not a price when the number goes on, or is an amount, a percentage or a multiple. */
export const notAPrice = String.raw`(?![\d,]*\.?\d|\s*(?:[kKmMbBtT]\b|bn\b|mn\b|billion|million|trillion|thousand|lakh|crore|cr\b|%|x\b|times\b))`;
/**
 * Cents of a stock quoted in dollars, as North American wires write a price under a dollar ("to 94 cents", "at
 * 42¢"), and pence spelt out as London copy also writes them ("to 452 pence"). Not a move ("36 cents lower", "down
 * 36 cents, or 2%") nor a per-share amount ("78 cents a share").
 */
const unitGuard = String.raw`(?![\p{L}\p{N}])(?!,?\s+(?:higher|lower|up|down|or\b|a\s+share|per\s+share|a\s+unit|of\b))`;
const cents = String.raw`\s?¢|\scents?${unitGuard}|\spence${unitGuard}`;
/**
 * A figure with its currency: a sign before the number ("$256.44", "C$168.40"), or its unit after it — pence, as
 * London desks write share prices ("433.35p"; not "4 p.m." nor "5pm"), cents ("94 cents", "42¢"), or the yen and
 * the euro as wires abroad spell them ("2,078.5 yen", "612.40 euros"). Groups: the sign, the number, the unit after
 * it (written with its space).
 */
export const figure = String.raw`(?:${currency}\s?${amount}${notAPrice}|${amount}(p|\s(?:yen|euros?)|${currencyAfter}|${cents})(?![\p{L}\p{N}]|\.\s?m\b))`;
/** Emphasis a writer puts round a figure ("**$250.05**"). */
export const emphasis = String.raw`(?:\*{1,2}|_{1,2})?`;
// Verbs of a price moving, in the tenses wires use ("rose", "rising", "has risen"); with "to" they end at the price.
export const movement = String.raw`(?:rose|risen|rising|fell|fallen|falling|jumped|jumping|dropped|dropping|slid|sliding|climbed|climbing|sank|sunk|sinking|rallied|rallying|surged|surging|tumbled|tumbling|rebounded|recovered|advanced|advancing|declined|declining|gained|gaining|lost|losing|moved|went|slipped|slipping|soared|soaring|plunged|plunging|increased|decreased|added|adding|shed|shedding|eased|easing|edged|edging|dipped|dipping|firmed|firming|faded|fading|faltered|retreated|retreating|slumped|sagged|spiked|popped|inched|ticked|improved|weakened|strengthened|hiked|sprinted|dumped|ballooned|topped|acquired|captured|pulled\s+back|pulling\s+back|bounced|bouncing|sold\s+off|crept|creeping|drifted|drifting|skidded|tanked|cratered|rocketed|leapt|leaped|zoomed)`;
/**
 * The same verbs in their plain form, read only after "saw its shares" ("saw its shares slip 1.1% to"): elsewhere the
 * plain form is a forecast's ("we expect the stock to rise 20% to $300").
 */
const plainMovement = String.raw`(?:rise|fall|jump|drop|slide|slip|climb|sink|rally|surge|tumble|rebound|recover|advance|decline|gain|lose|shed|add|soar|plunge|ease|edge|dip|fade|retreat|slump|inch|tick|move|spike|pop)`;
/**
 * A change written as figures, as a move to a price carries it: "1.83%", "4.47 per cent", "36 cents, or 1.17 per
 * cent", "about $3.07". Only figures and a few hedges: words would let "raised its dividend 5% to $0.26" through.
 */
export const changeFigure = String.raw`(?:(?:about|nearly|almost|roughly|around|some|just|over|more\s+than|less\s+than|another|a\s+further)\s+)?${emphasis}[+-]?${currencySign}?\d[\d,]*(?:\.\d+)?${emphasis}\s*(?:%|percent|per\s?cent|cents?|pence|p|points?|pts)?${emphasis}`;
export const change = String.raw`${changeFigure}(?:,?\s+or\s+${changeFigure},?)?`;

/**
 * The way a day's change is said after its size: "2 cents higher", "4.9p lower", "3p stronger", "1.5p up", "10p off",
 * as London and Sydney wires write it too ("firmer", "softer", "better", "ahead").
 */
export const changeDirection = String.raw`(?:higher|lower|up|down|off|stronger|weaker|firmer|softer|better|worse|ahead|behind)`;

// "was quoted at", "hovered around", "is currently priced at", "now sells for", "remained flat at": how desks say where a stock stood. "price" ties a figure only as a label ("stock price: $256.44", "a price of $256.44", "has a current share price of $170.00", "its share price is $170.00"): "price target of $320" is not one.
const priceVerb =
  String.raw`(?:closed|ended|finished|settled|opened|traded|trades|trade|trading|chang(?:ed|ing|es)\s+hands|priced|(?:(?:a|an|its)\s+)?(?:(?:share|stock|current|latest|last|closing)\s+){0,2}price(?:\s+of|:|\s+(?:is|was)(?:\s+now)?)?|quoted|hover(?:ed|s|ing)|sits|sat|stood|stands|is|was|hit|reached|touched|(?:(?:remain(?:ed|s)?|stay(?:ed|s)?)\s+)?(?:unchanged|flat|(?:little|barely|largely)\s+changed|steady)|(?:held\s+)?steady|held|` +
  // "notched a record close of $272.41", "posted an all-time closing high of": a close named as a record
  String.raw`(?:notched|posted|logged|set|recorded|marked)(?=\s+(?:a|an|its)\s+(?:(?:new|fresh)\s+)?(?:record|all-time)\s+clos)|` +
  // "rose $5 to", "added 1.83% to", "down 2.92% to", "was ahead 2p at", "closing 4.47 per cent higher at", "was trading for".
  // No second move between: in "dropped after bitcoin slid to $61,000" the price is where bitcoin's move ended.
  String.raw`${movement}\s+(?:(?!${movement}(?![\p{L}\p{N}]))[^\s;]+\s+){0,3}?to|(?:up|down|off|ahead)\s+${change}\s+(?:to|at)|` +
  // "saw its shares slip 1.1% to $650.00", "saw its stock climb to": the move in its plain form after "saw"
  String.raw`saw\s+(?:its|their)\s+(?:shares|stock|(?:share|stock)\s+price)\s+${plainMovement}\s+(?:[^\s;]+\s+){0,3}?to|` +
  // "ended trading 2 cents higher at", "were last seen 2% lower at", "closed 1.5 per cent weaker at", as exchange wraps
  // and wires write a close or a last trade
  String.raw`(?:(?:closing|closed|ending|ended|finishing|finished|settling|settled|trading|traded|(?<=\blast\s+)seen)\s+(?:(?:trading|the\s+(?:day|session|week))\s+)?)?${change}\s+${changeDirection}\s+(?:at|to)|` +
  // "trading higher by 1.1% to $272.41", "closed lower by 40 cents at", as retail news sites put the direction first
  String.raw`(?:closing|closed|ending|ended|finishing|finished|settling|settled|trading|traded|trades|(?<=\blast\s+)seen)\s+(?:higher|lower|up|down)\s+(?:by\s+)?${change}\s+(?:at|to)|` +
  // "closed with a loss of 49 cents at $15.01", "finished the day with a gain of $1.20 at": the close and its change
  String.raw`(?:closing|closed|ending|ended|finishing|finished|settling|settled)\s+(?:(?:trading|the\s+(?:day|session|week))\s+)?with\s+an?\s+(?:loss|gain|decline|rise|drop|fall|increase|decrease)\s+of\s+${change}\s+(?:at|to)|(?<=\blast\s+)seen(?:\s+trading)?|` +
  String.raw`(?:trading|traded|trades|sells|selling|sold|changing\s+hands|goes|going)\s+for|` +
  // a quote line's label: "last $450.00", "last trade $201.30", "last close $44.10", "(AAPL) stock: $251.00", "quote: $69.42"
  String.raw`last(?:\s+(?:trade|sale|price|close))?:?|(?:stock|shares|quote):)`;
const preposition = String.raw`(?:at|near|around|about|roughly|approximately|~|@)`;
/**
 * The way a close went, said without its size, between the verb and the price: "closed lower at $455.00", "finished
 * Friday's session sharply higher, at". Only before "at" or "near": "ended down $5.20" is a change, not a price.
 */
export const closeDirection = String.raw`(?:(?:sharply|slightly|modestly|marginally|somewhat|firmly|solidly|broadly|much|a\s+(?:little|bit|touch))\s+)?(?:higher|lower|up|down|stronger|weaker|firmer|softer|flat|unchanged)\s*,?\s+(?=(?:at|near)\s)`;
/**
 * A price named as a record or a range's end, between its verb and the figure: "to a record close of", "at an
 * all-time high of", "at a 52-week low of", "at a record", "at a new all-time split-adjusted high of", "a fresh
 * record close of", "a nine-year low of". Such an extreme is the stock's price only where the
 * sentence says it closed there or names the close (see recordIsClose): "hit a record high of $290" may be the day's
 * path.
 */
export const recordLevel = String.raw`(?:(?:a|an|its|the)\s+(?:(?:new|fresh)\s+)?(?:record|all-time|(?:52|fifty-two)-week|multi-year|(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)-(?:year|month))(?:\s+(?:split-adjusted\s+)?(?:closing\s+)?(?:high|low|close|level))?(?:\s+of)?\s+)`;
const recordPattern = new RegExp(recordLevel, 'iu');
/**
 * Whether what `matched` reads up to its figure is no record, or a record that is a close: `closes` says the verb was
 * a close's ("closed at", "to end at"), or the record names one ("a record close of").
 */
export function recordIsClose(closes: boolean, matched: string): boolean {
  const record = recordPattern.exec(matched);
  return record === null || closes || /\bclos(?:e|ing)\b/i.test(record[0]);
}
/** A hedge after "at" ("trades at roughly $440", "was trading at about $70"): the price all the same. */
export const hedge = String.raw`(?:(?:roughly|about|around|approximately|nearly|almost|close\s+to)\s+)?`;
/**
 * The price named after "at", as ETF Channel's syndicated copy writes it: "has traded at a recent price of
 * $37.54/share", "trading at a recent price near $158.29 per unit", "trades at its current share price of".
 */
const recentPrice = String.raw`(?:(?:a|the|its)\s+(?:recent|current|latest|last)\s+(?:(?:share|stock|trading|unit)\s+)?price\s+(?:of|near|around|about)\s+${hedge})`;
/**
 * A quote line's separator between the mention and its price's label: "Nvidia (NVDA): last trade $201.30",
 * "Microsoft (MSFT) — last $450.00". A label must still follow: "(MSFT) — $450.00" alone is not read.
 */
const quoteLineSeparator = String.raw`(?:(?::|[\u2014\u2013]|-(?=\s))[\s*_]*(?=(?:last|stock|shares|quote)\b))?`;
/**
 * What may stand between a mention and its price. Group 1 is the verb, group 2 the preposition: one of them is
 * required, so "AAPL $256" (a list, a table of amounts) is not read as a statement. The emphasis that closes a bold
 * name ("**Microsoft (NASDAQ: MSFT)** last at $480.00") is stepped over as its parenthesis is. The words stepped
 * over are taken as few as will do: "price", "is" and "was" are also verbs' words, and stepping over all of them in
 * "its stock price was $24.65" left no verb, so the statement went unread.
 */
export const tiedPrice = new RegExp(
  String.raw`^(?:['’]s\b)?[)\]\s,*_]*${quoteLineSeparator}(?:(?:shares|stock|price|which|that|has|had|have|just|last|then|also|was|is|were|are|been|still|currently|now|most(?=\s+recently)|recently),?\s+)*?` +
    String.raw`(?:(${priceVerb})\s+(?:(?:the\s+(?:(?:last|latest|most\s+recent)\s+(?:trading\s+)?(?:session|day)|day|session|week)|(?:mon|tues|wednes|thurs|fri)day['’]s\s+(?:trading\s+)?session|(?:the\s+)?regular\s+(?:trading\s+)?session|(?:regular\s+)?trading)\s+)?(?:${closeDirection})?)?(?:(${preposition})\s*${hedge}${recentPrice}?)?${recordLevel}?${emphasis}${figure}`,
  'iu',
);
/**
 * A price the sentence goes on to make a condition or a level to act at, not where the stock trades: "Apple (AAPL)
 * at $250 would be a bargain", "… at $240 or below", "… near $200 looks cheap". Read after the figure (and what ends
 * its number: a decimal, pence).
 */
export const conditionalAfter =
  /^[\d.]*[*_]{0,2}(?:\s+or\s+(?:below|lower|less|under|better|above|higher|more)\b|\s+(?:would|could|might|should|is\s+(?:a\s+)?(?:buy|bargain|steal)|looks?\s+(?:cheap|attractive|expensive|rich))\b)/i;
