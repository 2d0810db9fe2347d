// An index's name is often the start of another index's: "the Russell 2000 Value index", "Russell 2000 Growth", "the
// S&P 500 consumer discretionary index", "the S&P 500 Top 50". And a part of an index is named by the whole: "the
// other 493 stocks in the S&P 500". Neither is the parent's figure; the name there stands for a subject the table
// does not know, so its values make no claim (a known name inside the tail, "energy sector", is still read). The
// same holds for a name with part of it left out ("the S&P 500 ex-tech") and a contract on it ("S&P 500 futures"),
// and for "It" or "the index" in the next sentence, which stands for what the name there stood for.

/** Style and factor indexes written after a parent's name, capitalised as index names are ("S&P 500 growth" is a noun). */
const styleAfter = /^\s+(?:Pure\s+)?(?:Value|Growth|Top\s+\d+|Dividend|High\s+Dividend|Low\s+Volatility|High\s+Beta|Momentum|Quality|Equal[- ]Weight(?:ed)?)\b/;

/** What ends the name of a sector or industry index ("consumer discretionary index", "information technology sector"). */
const sectorNoun = /^(?:index|indices|sector|sub-?index|subsector|industry|group)$/i;

/**
 * Words that describe the parent itself, or go on with the sentence: "the S&P 500 stock index", "the Dow and the
 * index", and the London and Frankfurt desks' "the FTSE 100 share index", "the DAX leading share index".
 */
const notASectorWord =
  /^(?:stock|stocks|share|leading|equity|equities|benchmark|broad|broader|main|composite|price|total|return|large-cap|small-cap|mid-cap|blue-chip|tech-heavy|market|cap-weighted|weighted|futures|and|or|but|is|are|was|were|has|have|had|rose|fell|the|a|an|its|their|in|on|of|to|for|as|at|by|with|from)$/i;

/** The words right after an index's name name a style, factor, sector or industry index of it. */
export function namesSubIndex(after: string): boolean {
  if (styleAfter.test(after)) return true;
  const words = /^\s+([A-Za-z][\w&-]*)(?:\s+([A-Za-z][\w&-]*))?(?:\s+([A-Za-z][\w&-]*))?(?:\s+([A-Za-z][\w&-]*))?/.exec(after);
  if (!words) return false;
  const list = words.slice(1).filter((word): word is string => word !== undefined);
  const end = list.findIndex((word) => sectorNoun.test(word));
  return end > 0 && list.slice(0, end).every((word) => !notASectorWord.test(word));
}

/**
 * "S&P 500 futures", "Dow e-mini contracts", "Nasdaq 100 index futures": a contract on the index, which trades before
 * the open and after the close, not the index's own move. CNBC's pre-market copy leads with it every morning.
 */
const derivativeAfter = /^\s+(?:index\s+)?(?:futures|e-?minis?|(?:e-?mini\s+)?(?:futures\s+)?contracts?|options)\b/i;

/** The words right after an index's name make it a futures or options contract on the index. */
export function namesDerivative(after: string): boolean {
  return derivativeAfter.test(after);
}

/** "the other 493 stocks in", "the remaining 493 companies of", "the rest of": a part of the index named next. */
export const partOfBefore =
  /\b(?:(?:other|remaining|\d[\d,]*)\s+(?:[\p{L}-]+\s+){0,2}?(?:stocks|companies|members|names|constituents|components)\s+(?:in|of|within)|rest\s+of)\s+(?:the\s+)?$/iu;

/** What follows a name that leaves part of it out: "ex-Mag 7", "excluding", "except for", "minus", "without", "outside". */
const exclusionAfter = /^\s*(?:ex-|ex\s|excl(?:uding|\.)?\s|except(?:\s+for)?\s|minus\s|without\s|outside(?:\s+of)?\s|other than\s|apart from\s)/i;

/**
 * A size written as an adjective, then a style: "large-cap value", "small-cap growth stocks", "mid-cap quality". The
 * style is a slice of the size, not the size's benchmark ("Large-cap value beat growth" is not the S&P 500's move).
 */
const sizeAdjective = /cap$/i;
const styleWordAfter = /^\s+(?:value|growth|momentum|quality|dividend|low[- ]volatility)\b/i;

/**
 * A fund that multiplies or inverts the index's daily move: "a 3x leveraged Nasdaq-100 fund", "an inverse S&P 500
 * ETF", "UltraPro QQQ", "S&P 500 Bull 3X". Its return compounds away from the index's, so it is not the index's figure.
 */
const geared = String.raw`(?:leveraged|inverse|geared|ultra(?:pro)?(?:\s+short)?|-?\d(?:\.\d+)?\s?[x×]|\d(?:\.\d+)?-times)`;
const gearedBefore = new RegExp(String.raw`\b${geared}\s+(?:(?:long|short|bull|bear|daily)\s+)?(?:the\s+)?$`, 'i');
const gearedAfter = new RegExp(String.raw`^\s+(?:(?:bull|bear|daily)\s+)?(?:-?\d(?:\.\d+)?\s?[x×]|leveraged|inverse)(?![\p{L}\p{N}])`, 'iu');

/**
 * "the equal-weight Nasdaq 100", "the equally weighted Russell 2000": the index weighted another way, another index
 * (the table knows only the equal-weight S&P 500 by its own name).
 */
const weightingBefore = /\bequal(?:ly)?[- ]?weight(?:ed|ing)?\s+(?:version\s+of\s+(?:the\s+)?)?$/i;

/**
 * The name at [offset, offset + length) of `sentence` stands for another subject than its own: a sub-index of it, a
 * part of it, it with a part left out, or a contract on it.
 */
export function namesAnother(sentence: string, offset: number, length: number): boolean {
  const after = sentence.slice(offset + length, offset + length + 48);
  const before = sentence.slice(Math.max(0, offset - 48), offset);
  if (sizeAdjective.test(sentence.slice(offset, offset + length)) && styleWordAfter.test(after)) return true;
  return exclusionAfter.test(after) || namesSubIndex(after) || namesDerivative(after) || gearedAfter.test(after) || partOfBefore.test(before) || gearedBefore.test(before) || weightingBefore.test(before);
}
