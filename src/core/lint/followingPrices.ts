// A price a later sentence of the mention's paragraph states, with the stock itself as its subject, as newsletters and
// explainers go on once they have named the company: "Meta Platforms (META) rose in morning trading. At last check,
// the shares were up 2.6% to $712.40.", "**Tesla (TSLA)**: As of this writing, the stock trades at roughly $440."
// "The stock" is the mention's only when nothing else could be meant, so the reading asks for all of:
// - the subject ("the stock", "the shares", "its shares", "the company's stock", "shares") opens its sentence or
//   clause, after at most a short lead phrase and its comma ("At last check,", "As of this writing,");
// - every mention of the paragraph before that sentence, and every name the note gave a ticker there ("Microsoft's
//   payout is smaller. Its shares trade at $470.00"), names the same symbol, and no mention is in the lead phrase
//   ("Unlike Apple (AAPL), the stock …" is another stock's);
// - the figure is tied to the subject as statedPrices.ts ties one to a mention, and no mention stands between them.
// A heading or a line of its own above the paragraph belongs to it ("## Tesla (TSLA)" then "The stock trades at …");
// a blank line or a new list item starts another.
// The company's own name says which stock wherever it stands, so a sentence that opens with the name the note gave a
// ticker ("Alphabet (GOOGL)" … "Alphabet closed at $280.00", "Apple's shares changed hands near $255") states that
// ticker's price anywhere later in the note; a name given to two symbols says neither.

import { firstAtOrAfter } from '../sortedRanges';
import type { PrecedingWord } from '../tickers/abbreviations';
import { isAlphanumeric } from '../tickers/charCodes';
import type { TickerMention } from '../tickers/mention';
import { precedingWords } from '../tickers/precedingWords';
import type { NoteSource } from './noteSource';
import { priceInSentence, tiedPriceAfterAsides, tiedPriceAtStart } from './priceInSentence';
import { conditionalAfter, emphasis, figure } from './pricePatterns';

export interface FollowingPrice {
  readonly mention: TickerMention;
  /** Where the subject ("the shares") starts and ends: the words that stand for the mention. */
  readonly subjectStart: number;
  readonly subjectEnd: number;
  /** The text from the subject's end through the figure, and the figure's parts, as statedPrices.ts's readers give them. */
  readonly matched: string;
  readonly sign?: string;
  readonly written: string;
  readonly pence?: string;
}

/**
 * (The possessive stands for the stock when its price is what it owns: "the stock's price was $405.03". So does
 * "Current price", as Australian broker-call roundups give it for the one stock of their paragraph: "Target price is
 * $1.50. Current Price is $0.80.", "…; target price $1.50; current price $0.80". The subject is the word before
 * "price", which the tie then reads as a label: "current price target" ties no figure.)
 */
const subject = /(?<![\p{L}\p{N}'’-])(?:(?:the|its)\s+(?:company['’]s\s+)?)?(?:shares|stock(?:['’]s(?=\s+(?:(?:share|closing|last|current)\s+)?price\b))?|share(?=\s+price\b)|current(?=\s+(?:share\s+|stock\s+)?price\b))(?![\p{L}\p{N}'’-])/giu;
/** A short phrase and its comma before the subject: "At last check, ", "As of this writing, ". */
const leadPhrase = /^(?:[^,.;:!?()\n]{1,48},\s*)?$/u;
/** Markdown that may open a line or wrap a lead: list and quote markers, emphasis. */
const markup = /^[\s>*_]*(?:[-+*]\s+|\d+[.)]\s+)?[*_]*/u;
/**
 * Where a sentence or a clause of its own ends: a stop, question or exclamation mark, a colon, or a semicolon, before a
 * blank. After a semicolon the writer starts again on the same stock as after a full stop: "Wedbush kept its
 * Outperform on Tesla (TSLA); the stock closed at $412.80". So does ", with" right before the subject (see
 * withClauseReadable), where the text read ends.
 */
const clauseBreak = /[.!?:;]["'”’)*_]*\s+|,\s+with\s+$/gu;
/**
 * Market Index's "… had its price target lifted to $1.40, with the stock currently trading around $0.80": the
 * stock's clause after ", with" is read as one after a semicolon, but only when what its sentence said before held no
 * figure but a target's — "hit $1.00 on Monday, with the stock closing at $0.80" may be another day's figure, as
 * priceInSentence.ts leaves a later figure unread after an unread one.
 */
const targetFigure = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:(?:price\s+)?target|objective|PT)\b[^,;.$€£¥\d]{0,40}?${emphasis}${figure}`, 'giu');
const anyFigure = new RegExp(figure, 'u');
const lookBack = 600;
const lookAhead = 120;
/** A blank line, or a line break before a list item: where the paragraph the subject is in starts. */
const paragraphBreak = /\n[ \t]*(?:\r?\n|(?=[ \t]*(?:[-+*]|\d+[.)])[ \t]))/gu;

/** The prices later sentences state for the note's mentions, in document order. */
export function findFollowingPrices(source: NoteSource, mentions: readonly TickerMention[]): FollowingPrice[] {
  if (mentions.length === 0) return [];
  const text = source.text;
  const found: FollowingPrice[] = [];
  const skipped = source.skippedSpans.cursor();
  const readable = (at: number) => {
    const line = source.lines.lineAt(at);
    return source.isTextLine(line) && !source.isTableLine(line);
  };
  const names = namesOf(text, mentions);
  const named = names.size === 0 ? [] : nameOccurrences(text, names);
  // The price is looked for first: most subjects and names have none after them, and it is the cheapest test.
  for (const match of text.matchAll(subject)) {
    const at = match.index;
    const price = priceAfterSubject(text, mentions, at, at + match[0].length, true);
    if (price === undefined || !readable(at) || skipped.covers(at)) continue;
    const paragraphStart = paragraphStartBefore(text, at);
    const sentenceStart = clauseStartBefore(text, paragraphStart, at);
    if (!leadPhrase.test(text.slice(sentenceStart, at).replace(markup, '')) || !withClauseReadable(text, paragraphStart, sentenceStart)) continue;
    const mention = onlySymbolBefore(mentions, named, names, paragraphStart, sentenceStart);
    if (mention === undefined || mentionWithin(mentions, sentenceStart, at)) continue;
    found.push({ mention, ...price });
  }
  if (named.length === 0) return found;
  const nameSkipped = source.skippedSpans.cursor();
  for (const [at, name] of named) {
    const end = at + name.length;
    const mention = names.get(name)!;
    // The name before its own parenthesis is the mention's sentence, which statedPrices.ts reads; a capitalised word
    // after the name is more of a name ("Apple Hospitality", "Apple Inc."): another company, maybe.
    if (mention.offset >= at || /^[ \t]*(?:\(|\p{Lu})/u.test(text.slice(end, end + 4))) continue;
    const price = priceAfterSubject(text, mentions, at, end, false);
    if (price === undefined || !readable(at) || nameSkipped.covers(at)) continue;
    const paragraphStart = paragraphStartBefore(text, at);
    const sentenceStart = clauseStartBefore(text, paragraphStart, at);
    if (!leadPhrase.test(text.slice(sentenceStart, at).replace(markup, '')) || mentionWithin(mentions, sentenceStart, at)) continue;
    found.push({ mention, ...price });
  }
  return found.sort((a, b) => a.subjectStart - b.subjectStart);
}

/** The price tied to the subject at [start, end), read up to the next mention; after a name, not a "price:" label. */
function priceAfterSubject(text: string, mentions: readonly TickerMention[], start: number, end: number, labelled: boolean): Omit<FollowingPrice, 'mention'> | undefined {
  const next = mentions[firstAtOrAfter(mentions, end)]?.offset ?? Infinity;
  const after = text.slice(end, Math.min(text.length, end + lookAhead, next));
  // "The shares, which listed at $18, now trade at $31.20": the verb after the subject's asides is still the subject's.
  const tied = tiedPriceAtStart(after) ?? tiedPriceAfterAsides(after);
  // "the stock trading around $0.80 would be attractive": a level the sentence makes a condition, as after a mention.
  if (tied && conditionalAfter.test(after.slice(tied.matched.length))) return undefined;
  // After a name, "price:" may make another word of it: "Target price: $150" is an analyst's target, not Target's.
  if (tied && (labelled || !/^price\b/i.test(tied.verb ?? ''))) {
    const { verb: _verb, ...price } = tied;
    return { subjectStart: start, subjectEnd: end, ...price };
  }
  const later = priceInSentence(after);
  return later ? { subjectStart: start, subjectEnd: end, ...later } : undefined;
}

/** Words writers drop when they name the company again: legal forms and a group's words at the end. */
const legalWords: ReadonlySet<string> = new Set(['inc', 'corp', 'corporation', 'co', 'company', 'ltd', 'limited', 'plc', 'nv', 'sa', 'ag', 'llc', 'lp', 'holdings', 'group']);
/** Names too like the prose round them to stand for a company alone. */
const minNameLength = 3;
const longestName = 4;

/**
 * The names the note gives its mentions, each with the first mention it names: the capitalised words right before
 * the parenthesis, without "The" or a legal form ("The Coca-Cola Company (KO)" names "Coca-Cola", "Lumen Assays,
 * Inc. (LMNA)" "Lumen Assays"). A name given two symbols is dropped.
 */
function namesOf(text: string, mentions: readonly TickerMention[]): Map<string, TickerMention> {
  const names = new Map<string, TickerMention>();
  const ambiguous = new Set<string>();
  for (const mention of mentions) {
    // The parenthesis the symbol is in, near it: looked for in a bounded window, never back through the whole note.
    const windowStart = Math.max(0, mention.symbolOffset - 24);
    const inWindow = text.slice(windowStart, mention.symbolOffset).lastIndexOf('(');
    // A parenthesis closed before the symbol is another's: "Apple (AAPL) and NVDA (Nvidia)" names NVDA after it.
    if (inWindow < 0 || text.slice(windowStart + inWindow, mention.symbolOffset).includes(')')) continue;
    const name = nameBeforeCached(text, windowStart + inWindow);
    if (name === undefined) continue;
    const known = names.get(name);
    if (known === undefined && !ambiguous.has(name)) names.set(name, mention);
    else if (known !== undefined && known.symbol !== mention.symbol) {
      names.delete(name);
      ambiguous.add(name);
    }
  }
  return names;
}

/**
 * Lint runs on every pause in typing, and the words before most mentions are as they were: nameBefore reads nothing
 * before `open - nameReach`, so its answer is kept for the text in that reach. (Keyed by a new string: a kept slice
 * would keep the whole note alive.)
 */
const namesRead = new Map<string, string | null>();
const nameReach = 120;

function nameBeforeCached(text: string, open: number): string | undefined {
  const key = `\u0000${text.slice(Math.max(0, open - nameReach), open)}`;
  let name = namesRead.get(key);
  if (name === undefined) {
    name = nameBefore(text, open) ?? null;
    if (namesRead.size >= 5000) namesRead.clear();
    namesRead.set(key, name);
  }
  return name ?? undefined;
}

/** The company's name before the parenthesis at `open`, as it would be written again, or undefined. */
function nameBefore(text: string, open: number): string | undefined {
  const floor = Math.max(0, open - nameReach);
  let words = precedingWords(text, open, longestName + 2, floor);
  const isLegal = (word: PrecedingWord) => legalWords.has(word.parts.join(''));
  let end = words.length;
  while (end > 0 && isLegal(words[end - 1])) end--;
  // "Restaurants, Inc. (DRI)": the words are read back to the comma; the name is before it.
  if (end === 0 && words.length > 0) {
    const comma = floor + text.slice(floor, open).lastIndexOf(',');
    if (comma < floor || !/^[\s*_]*[\p{L}.]+[\s*_]*$/u.test(text.slice(comma + 1, open))) return undefined;
    words = precedingWords(text, comma, longestName, floor);
    end = words.length;
  }
  let start = end;
  while (start > 0 && end - start < longestName && /^[\p{Lu}\p{N}]/u.test(words[start - 1].text)) start--;
  if (start < end && words[start].text === 'The') start++;
  if (start === end) return undefined;
  const name = words.slice(start, end).map((word) => word.text).join(' ');
  return name.length >= minNameLength && /\p{Ll}/u.test(name) ? name : undefined;
}

/**
 * How many names are looked for: one string search of the note each (far faster than a pattern tried at every
 * position), so a note of thousands of companies costs a bounded number of passes. The first named are kept.
 */
const maxNames = 64;

/**
 * Where the names stand as whole words, longest name first at a shared start ("Meta Platforms" before "Meta"), in
 * document order.
 */
function nameOccurrences(text: string, names: ReadonlyMap<string, TickerMention>): Array<[number, string]> {
  const byStart = new Map<number, string>();
  let searched = 0;
  for (const name of names.keys()) {
    if (searched++ === maxNames) break;
    for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + name.length)) {
      if (isNameChar(text.charCodeAt(at - 1)) || isNameChar(text.charCodeAt(at + name.length))) continue;
      const known = byStart.get(at);
      if (known === undefined || known.length < name.length) byStart.set(at, name);
    }
  }
  return [...byStart].sort((a, b) => a[0] - b[0]);
}

/** A letter, digit or a character names are written with ("AT&T", "Coca-Cola"): a name's word goes on. */
function isNameChar(code: number): boolean {
  return isAlphanumeric(code) || code === 38 /* & */ || code === 45 /* - */ || (code >= 0xc0 && code !== 0x2019);
}

/** Where the paragraph holding `at` starts: after its last blank line or list item's start, within reach. */
function paragraphStartBefore(text: string, at: number): number {
  const from = Math.max(0, at - lookBack);
  const before = text.slice(from, at);
  let start = 0;
  for (const found of before.matchAll(paragraphBreak)) start = found.index + found[0].length;
  return from + start;
}

/** Where the sentence or clause holding `at` starts, not before the paragraph's start. */
function clauseStartBefore(text: string, paragraphStart: number, at: number): number {
  const before = text.slice(paragraphStart, at);
  let start = 0;
  for (const found of before.matchAll(clauseBreak)) start = found.index + found[0].length;
  const lineStart = before.lastIndexOf('\n') + 1;
  return paragraphStart + Math.max(start, lineStart);
}

/**
 * Whether a clause that opens at `clauseStart` after ", with" may be read: the sentence before it holds no figure but
 * a target's. Any other clause start is readable.
 */
function withClauseReadable(text: string, paragraphStart: number, clauseStart: number): boolean {
  const lead = /,\s+with\s+$/u.exec(text.slice(Math.max(paragraphStart, clauseStart - 12), clauseStart));
  if (lead === null) return true;
  const withAt = clauseStart - lead[0].length;
  const sentenceStart = clauseStartBefore(text, paragraphStart, withAt);
  return !anyFigure.test(text.slice(sentenceStart, withAt).replace(targetFigure, ' '));
}

/**
 * The stock [from, to) is about: its last mention when every mention there, and every name the note gave a ticker
 * ("Microsoft's payout is smaller."), names one symbol; else undefined. A name alone stands for its first mention.
 */
function onlySymbolBefore(
  mentions: readonly TickerMention[],
  named: ReadonlyArray<readonly [number, string]>,
  names: ReadonlyMap<string, TickerMention>,
  from: number,
  to: number,
): TickerMention | undefined {
  let last: TickerMention | undefined;
  for (let i = firstAtOrAfter(mentions, from); i < mentions.length && mentions[i].offset < to; i++) {
    if (last !== undefined && mentions[i].symbol !== last.symbol) return undefined;
    last = mentions[i];
  }
  if (last !== undefined && last.offset + last.length > to) return undefined;
  for (let i = firstNamedAtOrAfter(named, from); i < named.length && named[i][0] < to; i++) {
    const mention = names.get(named[i][1])!;
    if (mention.offset > named[i][0]) continue; // a name before the note gave it a ticker says nothing yet
    if (last !== undefined && mention.symbol !== last.symbol) return undefined;
    last ??= mention;
  }
  return last;
}

/** The first name occurrence at or after `offset`, by binary search: occurrences are in document order. */
function firstNamedAtOrAfter(named: ReadonlyArray<readonly [number, string]>, offset: number): number {
  let low = 0;
  let high = named.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (named[middle][0] < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

function mentionWithin(mentions: readonly TickerMention[], from: number, to: number): boolean {
  const i = firstAtOrAfter(mentions, from);
  return i < mentions.length && mentions[i].offset < to;
}
