// A company the note introduced with its listing, named again without it: "Nvidia (NASDAQ: NVDA) reports on
// Wednesday. … Nvidia shares fell 3.1% on Friday." Writers give the ticker once, at the first mention, and the
// company's name after that; the later name stands for the listing, so its moves are claims about it.
//
// Only names the note itself ties to one listing count — never a name from a list of companies, which would read
// "Apple" in "Apple Hospitality" or a person's name — and a name that holds a benchmark's ("Nasdaq Inc. (NDAQ)")
// stays the benchmark's wherever it is written alone.

import type { NoteSource } from '../noteSource';
import type { Subject, SubjectMention, SubjectTable } from './subjects';

/** The capitalised words right before a listing's parenthesis: "Bank of America (", "Nvidia Corp. (". */
const nameBeforeListing = /(\p{Lu}[\p{L}\p{N}&'’.-]*(?:[ \t]+(?:\p{Lu}[\p{L}\p{N}&'’.-]*|of|&|and|de|du|la))*)[ \t]*\([ \t]*$/u;
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
