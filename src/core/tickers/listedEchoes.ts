// Once news copy has introduced a company with its listing ("Orcadia Holdings (NASDAQ: ORCD)"), it goes on with the
// bare symbol where the company's name would stand: as the subject of a move ("ORCD rose 4% on Friday", "…, while
// ORCD slipped") or closing a clause ("the biggest gain came from ORCD."). Capitals in prose are mostly something
// else, so the reading is strict on three counts:
// - the symbol: two to six capitals the note introduced before, with a venue or in a listing's form (exchange, RIC,
//   Bloomberg, label); a symbol seen only in a cashtag or a chip is not enough, and one seen only in a company
//   parenthesis ("Energy Fuels (UUUU)", as Zacks and Yahoo introduce a stock) is read as a move's subject only
//   ("UUUU has gained about 48% so far this year"), never at a clause's end, in a parenthesis or in a pair;
// - the place: at a clause's start before a verb of price movement, or after a word in lower case at a clause's end,
//   or alone in a parenthesis after a word in lower case ("regional lenders (KRE)"), there wherever the listing is,
//   or across a slash from another listed symbol, as rotation notes write a pair ("the IWM/QQQ ratio");
// - the line: prose only, never a heading, a table, a link's text or (bareSymbols.ts checks) code, a comment or a URL.
// The echo is `bare`, with the venue of the mention that introduced it.

import { isLetter, isLower, isUpperOrDigit } from './charCodes';
import { notGroupWords } from './fundSymbols';
import type { LineIndex } from './lineIndex';
import { LineKind } from './markdownBlocks';
import type { TickerMention } from './mention';

/**
 * The symbols the mentions introduce with a listing, each with its first such mention — or, for a symbol no listing
 * introduces, its first company parenthesis (`namedOnly` says which: see the header).
 */
export function listedSymbols(mentions: readonly TickerMention[]): Map<string, TickerMention> {
  const listed = new Map<string, TickerMention>();
  for (const mention of mentions) {
    if (mention.exchange === 'INDEX') continue;
    const known = listed.get(mention.symbol);
    if (known !== undefined && !namedOnly(known)) continue;
    if (mention.exchange !== undefined || listingForms.has(mention.form)) listed.set(mention.symbol, mention);
    else if (known === undefined && mention.form === 'company') listed.set(mention.symbol, mention);
  }
  return listed;
}

/** Whether the mention that introduced a symbol is only a company's parenthesis, with no venue. */
function namedOnly(introducedBy: TickerMention): boolean {
  return introducedBy.form === 'company' && introducedBy.exchange === undefined;
}

const listingForms: ReadonlySet<TickerMention['form']> = new Set(['exchange', 'ric', 'bloomberg', 'label']);

/**
 * A symbol-shaped word standing alone, opening on one of `initials`: not glued to a word, a cashtag's `$`, a path or a
 * code's dot on either side (`$ORCD`, `x/ORCD`, `ORCD.N`, `ORCD-listed`, `ORCD:NSQ`), nor opening a bracket's text
 * (`[ORCD`). Only the listed symbols' first letters open one: the search then stops at far fewer capitals.
 */
function standingSymbolOn(initials: string): RegExp {
  let pattern = standingSymbols.get(initials);
  if (pattern === undefined) {
    // A slash is allowed beside capitals only, for a pair's other symbol ("IWM/QQQ"); "x/ORCD" stays a path.
    pattern = new RegExp(String.raw`(?<![A-Za-z0-9$^.:@#&_[\-]|(?<![A-Z0-9])\/)[${initials}][A-Z0-9]{1,5}(?:\.[A-Z]{1,2})?(?![A-Za-z0-9$:_-]|\/(?![A-Z])|\.[A-Za-z0-9])`, 'g');
    if (standingSymbols.size >= 64) standingSymbols.clear();
    standingSymbols.set(initials, pattern);
  }
  return pattern;
}

const standingSymbols = new Map<string, RegExp>();

/**
 * A verb of price movement after the subject, emphasis closed first: "ORCD rose", "**ORCD** slipped", "ORCD was up",
 * "ORCD has gained"; or the move itself, signed, as a desk's chip line writes it: "ORCD +2.4% today", "- ORCD −0.8%";
 * or of where it trades or closed, as research goes on once it has listed the stock: "ORCD trades at 31x", "ORCD has
 * traded between $88 and $208", "ORCD last traded at $171", "ORCD ended at $171.25", "ORCD closed the week near $170";
 * or its possessive before a move's size, "ORCD's 18% year-to-date gain".
 */
const moveAfter =
  /[*_]{0,3}(?:['’]s[ \t]+[+\u2212\u2013-]?\d+(?:\.\d+)?[ \t]?%|[ \t]+(?:[+\u2212\u2013-]\d+(?:\.\d+)?[ \t]?%|(?:was|is|were|are|closed|ended|finished|traded)[ \t]+(?:up|down|higher|lower|flat)|(?:(?:has|have|had)[ \t]+|last[ \t]+|now[ \t]+|currently[ \t]+)?(?:trades|traded|trading|changed[ \t]+hands)[ \t]+(?:at|near|around|between|below|above|for)(?![A-Za-z])|(?:closed|ended|finished|settled|closes|ends|finishes|settles)[ \t]+(?:the[ \t]+(?:day|session|week)[ \t]+)?(?:at|near)(?![A-Za-z])|(?:has|have|had)[ \t]+(?:gained|lost|risen|fallen|climbed|dropped|declined|returned|rallied|surged|jumped|slipped|slid|tumbled|advanced|added|shed|soared|plunged|sunk|sank|rebounded|outperformed|underperformed|lagged|trailed)|rose|fell|gained|lost|jumped|climbed|slid|slipped|dropped|declined|advanced|rallied|surged|soared|tumbled|sank|plunged|dipped|edged|added|shed|eased|firmed|rebounded|retreated|outperformed|underperformed|led|lagged|rises|falls|gains|loses|jumps|climbs|slides|slips|drops|declines|advances|rallies|surges|soars|tumbles|sinks|plunges|dips|edges|adds|sheds|eases|firms|rebounds|retreats|outperforms|underperforms|leads|lags)(?![A-Za-z]))/y;

/** What may close a clause right after the symbol: punctuation, emphasis closed first, or the line's end. */
const clauseEndAfter = /[*_]{0,3}(?:[.,;:!?)]|\r?\n|$)/y;

/**
 * Capitals prose writes bare for something else, whatever the note lists under them: times and their zones ("at noon
 * ET.", "by 4 PM."), "IT" and "TV" as trades and media. Energy Transfer (ET), Gartner (IT) and Philip Morris (PM)
 * are read in their listing's forms only.
 */
const echoLookalikes: ReadonlySet<string> = new Set('AM PM ET EST EDT CT CST CDT MT MST MDT PT PST PDT GMT BST CET CEST JST HKT UTC IT TV PC'.split(' '));

/** Words after which a new clause starts: "…, while ORCD slipped", "and ORCD rose". */
const clauseOpeners: ReadonlySet<string> = new Set('and while but whereas as though although then after before when since because yet'.split(' '));

/**
 * Emits the echoes of listed symbols in the text, in document order, outside `mentions` (the other forms', in document
 * order). `readable(at, symbol)` is asked in increasing order of `at` and says whether the place and the symbol may be
 * read at all (bareSymbols.ts: skipped spans, usual abbreviations, venues' names).
 */
export function scanListedEchoes(
  lines: LineIndex,
  kinds: Uint8Array,
  mentions: readonly TickerMention[],
  listed: ReadonlyMap<string, TickerMention>,
  readable: (at: number, symbol: string) => boolean,
  emit: (symbol: string, introducedBy: TickerMention, at: number) => void,
): void {
  const text = lines.text;
  // Most listed symbols found are inside the mentions that list them: passed over by one cursor, before any other test.
  // `test`, not `exec`: a note has thousands of capitals' runs and no match object or string is made for those
  // inside mentions; the run's start is found back from its end (the look-behind keeps it from reaching further).
  let next = 0;
  const initials = [...new Set([...listed.keys()].map((symbol) => symbol[0]))].sort().join('');
  const standingSymbol = standingSymbolOn(initials);
  standingSymbol.lastIndex = 0;
  while (standingSymbol.test(text)) {
    const end = standingSymbol.lastIndex;
    let at = end - 2;
    while (at > 0 && isSymbolChar(text.charCodeAt(at - 1))) at--;
    while (next < mentions.length && mentions[next].offset + mentions[next].length <= at) next++;
    if (next < mentions.length && mentions[next].offset <= at) continue;
    const symbol = text.slice(at, end);
    const introducedBy = listed.get(symbol);
    if (introducedBy === undefined || echoLookalikes.has(symbol)) continue;
    // A pair's slash ("the IWM/QQQ ratio") reads the symbol only when the other side is listed too.
    const slashBefore = text.charCodeAt(at - 1) === 47; /* / */
    const slashAfter = text.charCodeAt(end) === 47; /* / */
    const paired = (slashBefore || slashAfter) && pairsListedSymbols(text, at, end, slashBefore, slashAfter, listed);
    if ((slashBefore || slashAfter) && !paired) continue;
    // A parenthesis marks the symbol as one, wherever the listing is; bare, it must come after it, before a move or
    // at a clause's end, or in a pair of listed symbols (the words before are read once the line is known).
    const parenthesised = text.charCodeAt(at - 1) === 40 /* ( */ && text.charCodeAt(end) === 41; /* ) */
    const named = namedOnly(introducedBy);
    if (named && (parenthesised || paired)) continue;
    if (!parenthesised && (introducedBy.offset >= at || !(paired || isMoveAfter(text, end) || (!named && isClauseEndAfter(text, end))))) continue;
    const line = lines.lineAt(at);
    if (kinds[line] !== LineKind.Prose) continue;
    const lineStart = lines.lineStarts[line];
    const placed = parenthesised
      ? followsGroupWord(text, at, lineStart)
      : paired || isSubjectOfMove(text, at, end, lineStart) || (!named && closesClause(text, at, end, lineStart));
    if (!placed || isHeading(text, lineStart) || isInBrackets(text, at, lineStart) || !readable(at, symbol)) continue;
    emit(symbol, introducedBy, at);
  }
}

/**
 * Whether the symbol at [at, end) and the one across its slash are both listed: "IWM/QQQ", "RSP/SPY/IWM". Pairs and
 * ratios are how rotation notes write two listed funds ("the IWM/QQQ ratio"), and one unlisted side ("GDP/IWM",
 * "A/B test") leaves both prose.
 */
function pairsListedSymbols(text: string, at: number, end: number, slashBefore: boolean, slashAfter: boolean, listed: ReadonlyMap<string, TickerMention>): boolean {
  if (slashAfter) {
    let otherEnd = end + 1;
    while (otherEnd - end <= 7 && isSymbolChar(text.charCodeAt(otherEnd))) otherEnd++;
    if (listed.has(text.slice(end + 1, otherEnd).replace(/\.$/, ''))) return true;
  }
  if (slashBefore) {
    let otherStart = at - 1;
    while (at - otherStart <= 7 && otherStart > 0 && isSymbolChar(text.charCodeAt(otherStart - 1))) otherStart--;
    if (listed.has(text.slice(otherStart, at - 1))) return true;
  }
  return false;
}

function isSymbolChar(code: number): boolean {
  return isUpperOrDigit(code) || code === 46; /* . */
}

/** Whether a verb of price movement follows the word ending at `end` ("rose", "was up", emphasis closed first). */
export function isMoveAfter(text: string, end: number): boolean {
  moveAfter.lastIndex = end;
  return moveAfter.test(text);
}

function isClauseEndAfter(text: string, end: number): boolean {
  clauseEndAfter.lastIndex = end;
  return clauseEndAfter.test(text);
}

function isSubjectOfMove(text: string, at: number, end: number, lineStart: number): boolean {
  if (!isMoveAfter(text, end)) return false;
  const before = skipBack(text, at, lineStart);
  if (before === lineStart) return true;
  const code = text.charCodeAt(before - 1);
  if (code === 46 || code === 33 || code === 63 || code === 59 || code === 58 || code === 44) return true; // . ! ? ; : ,
  if (isListMarkerBefore(text, before, lineStart)) return true;
  const word = lowerWordBefore(text, before, lineStart);
  return word !== undefined && clauseOpeners.has(word);
}

/** After a word in lower case ("came from ORCD.", "than ORCD,"), with a clause's punctuation or the line's end after. */
function closesClause(text: string, at: number, end: number, lineStart: number): boolean {
  if (!isClauseEndAfter(text, end)) return false;
  const wordEnd = skipBack(text, at, lineStart);
  const word = wordEnd === at ? undefined : lowerWordBefore(text, wordEnd, lineStart);
  return word !== undefined && word.length >= 2 && word !== 'the';
}

/**
 * Whether the parenthesis holding the symbol alone follows a word in lower case: "regional lenders (KRE)", "the miner
 * (GLM)". The company form reads a parenthesis after a capitalised name; after a group's or a common noun it reads
 * only a known fund (fundSymbols.ts), and a symbol the note lists elsewhere.
 */
function followsGroupWord(text: string, at: number, lineStart: number): boolean {
  const word = lowerWordBefore(text, skipBack(text, at - 1, lineStart), lineStart);
  return word !== undefined && word.length >= 2 && !notGroupWords.has(word);
}

/** The word of lower-case letters that ends at `end` (none glued to it before), or undefined. */
function lowerWordBefore(text: string, end: number, lineStart: number): string | undefined {
  let start = end;
  while (start > lineStart && isLower(text.charCodeAt(start - 1))) start--;
  if (start === end || (start > lineStart && isLetter(text.charCodeAt(start - 1)))) return undefined;
  return text.slice(start, end);
}

/** Past blanks and opening emphasis back from `at`, not before the line's start. */
function skipBack(text: string, at: number, lineStart: number): number {
  while (at > lineStart) {
    const code = text.charCodeAt(at - 1);
    if (code !== 32 && code !== 9 && code !== 42 && code !== 95) break;
    at--;
  }
  return at;
}

/** Whether only a list item's or a quote's marker (`- `, `* `, `1. `, `> `) stands between the line's start and `at`. */
function isListMarkerBefore(text: string, at: number, lineStart: number): boolean {
  return at - lineStart <= longestMarker && /^[ \t]*(?:[-*+>]|\d{1,3}[.)])(?:[ \t]*>)?[ \t]*$/.test(text.slice(lineStart, at));
}

function isHeading(text: string, lineStart: number): boolean {
  let at = lineStart;
  while (at - lineStart < 3 && text.charCodeAt(at) === 32) at++;
  return text.charCodeAt(at) === 35; /* # */
}

/**
 * Whether a `[` opens before `at` on its line and no `]` closes it before: a link's text. Looked for within a link
 * text's usual length only, so a long line of candidates costs linear time.
 */
function isInBrackets(text: string, at: number, lineStart: number): boolean {
  for (let i = at - 1; i >= Math.max(lineStart, at - longestLinkText); i--) {
    const code = text.charCodeAt(i);
    if (code === 93 /* ] */) return false;
    if (code === 91 /* [ */) return true;
  }
  return false;
}

const longestMarker = 12;
const longestLinkText = 300;
