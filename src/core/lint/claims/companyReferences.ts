// A company the note introduced with its listing, named again without it: "Nvidia (NASDAQ: NVDA) reports on
// Wednesday. … Nvidia shares fell 3.1% on Friday." Writers give the ticker once, at the first mention, and the
// company's name after that; the later name stands for the listing, so its moves are claims about it.
//
// Only names the note itself ties to one listing count — never a name from a list of companies, which would read
// "Apple" in "Apple Hospitality" or a person's name — and a name that holds a benchmark's ("Nasdaq Inc. (NDAQ)")
// stays the benchmark's wherever it is written alone.

import { isBlank } from '../../tickers/charCodes';
import type { NoteSource } from '../noteSource';
import type { Subject, SubjectMention, SubjectTable } from './subjects';

/** The capitalised words right before a listing's parenthesis: "Bank of America (", "Nvidia Corp. (". */
const nameBeforeListing = /(\p{Lu}[\p{L}\p{N}&'’.-]*(?:[ \t]+(?:\p{Lu}[\p{L}\p{N}&'’.-]*|of|&|and|de|du|la))*)[ \t]*\([ \t]*$/u;
/** Whether `before` ends in an opening parenthesis and blanks: a listing's "(", as nameBeforeListing asks. */
function opensListing(before: string): boolean {
  let at = before.length;
  while (at > 0 && isBlank(before.charCodeAt(at - 1))) at--;
  return at > 0 && before.charCodeAt(at - 1) === 40;
}
/** Words that open a sentence or a phrase before a name, not the name: "Shares of Nvidia (NVDA)", "The Trade Desk (TTD)". */
const leadWords = new Set(['The', 'A', 'An', 'Shares', 'Stock', 'Stocks', 'Both', 'And', 'But', 'While', 'As', 'In', 'On', 'At', 'For', 'From', 'With', 'Like', 'Including', 'Only', 'Also', 'Its', 'Their', 'Our', 'We', 'Rival', 'Peer', 'Owner', 'Parent', 'of', '&', 'and', 'de', 'du', 'la']);
/** The tail words of a company's full name that writers drop: "Alibaba Group Holding Ltd." is "Alibaba" later. */
const corporateTail = /^(?:Inc|Corp|Corporation|Co|Company|Ltd|Limited|plc|PLC|Plc|Holdings?|Group|N\.?V|S\.?A|AG|SE|LLC|L\.?P|LP|Trust)\.?,?$/;
/** How far before a listing its company's name may start. */
const nameReach = 80;

export interface IntroducedName {
  readonly name: string;
  readonly subject: Subject;
}

/** The names the note ties to one listing each, written before the listing's parenthesis: longest first. */
export function introducedNames(note: NoteSource, subjects: SubjectTable): IntroducedName[] {
  const byName = new Map<string, Subject | null>(); // null: two listings under one name, so neither
  for (const mention of note.mentions) {
    const before = note.text.slice(Math.max(0, mention.offset - nameReach), mention.offset);
    // Most mentions (cashtags, table cells, bare symbols) have no parenthesis right before them: the pattern, anchored
    // at the end, would be tried from every character of the 80 before finding so.
    if (!opensListing(before)) continue;
    const run = nameBeforeListing.exec(before)?.[1];
    if (!run) continue;
    const subject = subjects.forTicker(mention.symbol, mention.exchange);
    const words = run.split(/[ \t]+/);
    while (words.length > 0 && leadWords.has(words[0])) words.shift();
    for (let count = words.length; count > 0; count--) {
      const name = words.slice(0, count).join(' ').replace(/,$/, '');
      if (name.length >= 3 && name !== mention.symbol) {
        const known = byName.get(name);
        byName.set(name, known === undefined || known?.key === subject.key ? subject : null);
      }
      if (!corporateTail.test(words[count - 1])) break;
    }
  }
  return [...byName]
    .filter((entry): entry is [string, Subject] => entry[1] !== null && subjects.find(entry[0]).length === 0)
    .map(([name, subject]) => ({ name, subject }))
    .sort((a, b) => b.name.length - a.name.length);
}

/** A pattern for the names, each as a whole word; undefined when there are none. */
export function namesPattern(names: readonly IntroducedName[]): RegExp | undefined {
  if (names.length === 0) return undefined;
  const alternatives = names.map(({ name }) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}&.'’-])(?:${alternatives})(?![\\p{L}\\p{N}&-])`, 'gu');
}

/**
 * The introduced names in a sentence, as mentions of their listings — except where the listing follows the name
 * (its introduction, or another listing's), a ticker mention already covers it, or a capitalised word goes on with
 * a longer name.
 */
export function companyReferences(sentence: string, base: number, names: readonly IntroducedName[], pattern: RegExp, tickers: readonly SubjectMention[]): SubjectMention[] {
  const found: SubjectMention[] = [];
  for (const match of sentence.matchAll(pattern)) {
    const start = base + match.index;
    const end = start + match[0].length;
    const after = sentence.slice(match.index + match[0].length, match.index + match[0].length + 24);
    if (/^[ \t]*\(/.test(after)) continue;
    // "Apple Hospitality", "Tesla Energy": a longer name, another company's or a unit's ("Nvidia Corp." is the same).
    const nextWord = /^[ \t]+(\p{Lu}\p{Ll}[\p{L}.]*)/u.exec(after)?.[1];
    if (nextWord && !corporateTail.test(nextWord)) continue;
    if (tickers.some((ticker) => ticker.offset < end && ticker.offset + ticker.length > start)) continue;
    const named = names.find(({ name }) => name === match[0]);
    if (named) found.push({ subject: named.subject, offset: start, length: end - start });
  }
  return found;
}

/** "Nvidia shares", "Nvidia's stock": capitalised words right before the word for a company's shares. */
const nameBeforeShares = /(?<![\p{L}\p{N}&.'’-])(\p{Lu}[\p{L}\p{N}&'’.-]*(?:[ \t]+\p{Lu}[\p{L}\p{N}&'’.-]*){0,3}?)(?:['’]s)?[ \t]+(?:shares|stock)\b/gu;
/** "shares of Nvidia", "shares in Lumen Grove". */
const nameAfterShares = /\b[Ss]hares[ \t]+(?:of|in)[ \t]+(\p{Lu}[\p{L}\p{N}&'’.-]*(?:[ \t]+\p{Lu}[\p{L}\p{N}&'’.-]*){0,3})/gu;
/** Words that open a sentence before a name: a day, a month, a time word. */
const timeWords = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Today|Yesterday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

/** The prefix of a name subject the note gives no listing for: a stock by name only (see unlistedNames). */
export const unlistedPrefix = 'ticker:~';

/**
 * Companies named as the owners of shares without a listing in this note — "Nvidia shares dropped 1.2%", "shares of
 * Lumen Grove fell 3%" — as subjects of their own (`ticker:~Nvidia`). Such a claim is compared with a listing's only
 * where another note introduced the listing under that name (figureConflicts.ts), never by the name alone: "Asian
 * shares" or "Class A shares" name no company any note lists. Not a name the table knows ("Bank shares"), one a
 * mention already covers, nor one in capitals (a symbol's, which the ticker scan reads).
 */
export function unlistedNames(sentence: string, base: number, subjects: SubjectTable, tickers: readonly SubjectMention[]): SubjectMention[] {
  if (!/shares|stock/i.test(sentence)) return [];
  const found: SubjectMention[] = [];
  for (const pattern of [nameBeforeShares, nameAfterShares]) {
    for (const match of sentence.matchAll(pattern)) {
      const words = [...match[1].matchAll(/\S+/g)];
      while (words.length > 0 && (leadWords.has(words[0][0]) || timeWords.test(words[0][0]))) words.shift();
      if (words.length === 0) continue;
      // Asked of the name as written: "Nikkei Inc" is a company, its "Nikkei" the index.
      const runAt = match.index + match[0].indexOf(match[1]);
      const written = sentence.slice(runAt + words[0].index, runAt + words[words.length - 1].index + words[words.length - 1][0].length);
      if (subjects.find(written).length > 0) continue;
      // "Lumen Grove PLC shares" is Lumen Grove's, as an introduction's name is read without its tail.
      while (words.length > 1 && corporateTail.test(words[words.length - 1][0])) words.pop();
      const start = base + runAt + words[0].index;
      const end = base + runAt + words[words.length - 1].index + words[words.length - 1][0].length;
      const name = sentence.slice(start - base, end - base);
      if (name.length < 3 || name === name.toUpperCase()) continue;
      // "Shares of Orcadia (ORCD)": the listing follows, and its mention is the subject.
      if (/^(?:['’]s)?[ \t]*\(/.test(sentence.slice(end - base, end - base + 6))) continue;
      if (tickers.some((ticker) => ticker.offset < end && ticker.offset + ticker.length > start)) continue;
      found.push({ subject: { key: `${unlistedPrefix}${name}`, label: name }, offset: start, length: end - start });
    }
  }
  return found;
}
