// The indexes a place word can describe: "the Japanese benchmark" is the Nikkei 225, "the London index" the FTSE 100
// or the FTSE 250, "the pan-European index" the Stoxx 600 or the Euro Stoxx 50. A reference back that names a place
// (sentenceReferences.ts) stands for the subject before it only when the place agrees: after "The FTSE 100 closed
// flat.", "The Japanese benchmark fell 0.3%" is another market's index, which the sentence does not name. And a
// place before a name the table leaves in doubt picks which index it is: "London's blue-chip index" is the FTSE 100,
// "the U.S. blue-chip index" the Dow.

import { datelinePlaces } from '../datelines';
import type { NoteSource } from '../noteSource';
import { ambiguousNameIndexes, unnamedSubject, type SubjectMention, type SubjectTable } from './subjects';

/** The U.S. indexes: their sessions are the NYSE's (usSessions.ts). */
export const usIndexes: readonly string[] = ['sp-500', 'sp-500-equal-weight', 'nasdaq-composite', 'nasdaq-100', 'dow', 'russell-2000', 'russell-1000', 'russell-3000', 'sp-600', 'sp-400', 'sox', 'dow-utilities', 'transports'];
const uk = ['ftse-100', 'ftse-250'];
const europe = ['stoxx-600', 'euro-stoxx-50'];
const china = ['shanghai-composite', 'csi-300', 'shenzhen-component', 'shenzhen-composite'];
const india = ['sensex', 'nifty-50'];
const canada = ['sp-tsx', 'sp-tsx-60', 'tsx-venture'];
const japan = ['nikkei-225', 'topix'];
const hongKong = ['hang-seng', 'hang-seng-tech', 'hscei'];
const korea = ['kospi', 'kosdaq'];

/** Place words as a writer puts them before "index" or "benchmark": a demonym, a country, a city. */
const indexesOfPlace: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries({
    'U.S.': usIndexes,
    US: usIndexes,
    American: usIndexes,
    'Wall Street': usIndexes,
    'New York': usIndexes,
    'U.K.': uk,
    UK: uk,
    British: uk,
    Britain: uk,
    London: uk,
    European: europe,
    'pan-European': europe,
    Europe: europe,
    Japanese: japan,
    Japan: japan,
    Tokyo: japan,
    German: ['dax'],
    Germany: ['dax'],
    Frankfurt: ['dax'],
    French: ['cac-40'],
    France: ['cac-40'],
    Paris: ['cac-40'],
    Spanish: ['ibex-35'],
    Spain: ['ibex-35'],
    Madrid: ['ibex-35'],
    Italian: ['ftse-mib'],
    Italy: ['ftse-mib'],
    Milan: ['ftse-mib'],
    Dutch: ['aex'],
    Amsterdam: ['aex'],
    Swiss: ['smi'],
    Zurich: ['smi'],
    'Hong Kong': hongKong,
    Chinese: china,
    China: china,
    Shanghai: china,
    mainland: china,
    'South Korean': korea,
    Korean: korea,
    Seoul: korea,
    Singapore: ['straits-times'],
    Singaporean: ['straits-times'],
    Taiwanese: ['taiex'],
    Taiwan: ['taiex'],
    Taipei: ['taiex'],
    Indian: india,
    India: india,
    Mumbai: india,
    Australian: ['sp-asx-200', 'all-ordinaries'],
    Australia: ['sp-asx-200', 'all-ordinaries'],
    Sydney: ['sp-asx-200', 'all-ordinaries'],
    'New Zealand': ['nzx-50'],
    Wellington: ['nzx-50'],
    Shenzhen: ['shenzhen-component', 'shenzhen-composite'],
    Canadian: canada,
    Canada: canada,
    Toronto: canada,
    Brazilian: ['ibovespa'],
    Brazil: ['ibovespa'],
    'Sao Paulo': ['ibovespa'],
    'São Paulo': ['ibovespa'],
  }),
);

/** The place words as a pattern, longest first ("South Korean" before "Korean"); matched as written, case and all. */
export const placeWordPattern = [...indexesOfPlace.keys()]
  .sort((a, b) => b.length - a.length)
  .map((place) => place.replace(/\./g, '\\.'))
  .join('|');

/**
 * The place word a wire's dateline opens with, as this table spells it: "LONDON, Nov 20 (Reuters) -" → "London",
 * "NEW YORK (AP) —" → "New York". Only the note's first dateline (datelines.ts reads it), in its first lines, and only
 * a place this table knows.
 */
export function datelinePlaceOf(source: NoteSource): string | undefined {
  for (const { place } of datelinePlaces(source, datelineReach)) {
    const written = place.trim().toLowerCase();
    return [...indexesOfPlace.keys()].find((known) => known.toLowerCase() === written);
  }
  return undefined;
}

/** How far into a note its dateline may stand. */
const datelineReach = 2000;

/** Whether a place word (as written) can describe the subject with `key`. */
export function placeAgrees(place: string, key: string): boolean {
  return indexesOfPlace.get(place)?.includes(key) ?? false;
}

/** A place word right before a name: "London's ", "the UK ", "Britain's ". */
const placeBefore = new RegExp(String.raw`(?:^|[^\p{L}])(?<place>${placeWordPattern})(?:['’]s?)?\s+$`, 'u');

/** Whether one market's place words name both indexes (the FTSE 100 and the FTSE 250; the S&P 500 and the Dow). */
function sameMarket(key: string, other: string): boolean {
  for (const keys of indexesOfPlace.values()) if (keys.includes(key) && keys.includes(other)) return true;
  return false;
}

/**
 * The mentions with each name the table leaves in doubt ("the blue-chip index", "the mid-cap index") given the one
 * index its place word picks ("London's blue-chip index": the FTSE 100) or, with no place word, the one of its
 * market the sentence names another index of ("The FTSE 100 rose 0.6%, while the mid-cap index climbed 0.2%": the
 * FTSE 250). Otherwise it stays in doubt.
 */
export function withPlacesResolved(sentence: string, base: number, mentions: SubjectMention[], table: SubjectTable, datelinePlace?: string): SubjectMention[] {
  return mentions.map((mention) => {
    if (mention.subject !== unnamedSubject) return mention;
    const candidates = ambiguousNameIndexes(sentence.slice(mention.offset - base, mention.offset - base + mention.length));
    if (candidates.length === 0) return mention;
    const place = placeBefore.exec(sentence.slice(Math.max(0, mention.offset - base - 24), mention.offset - base))?.groups?.place;
    let picked =
      place !== undefined
        ? candidates.filter((key) => placeAgrees(place, key))
        : candidates.filter((key) => mentions.some((other) => other.subject !== unnamedSubject && sameMarket(key, other.subject.key)));
    // Else the market of the note's dateline: "LONDON, Nov 20 (Reuters) - … the blue-chip index rose 0.5%".
    if (place === undefined && picked.length === 0 && datelinePlace !== undefined) picked = candidates.filter((key) => placeAgrees(datelinePlace, key));
    const subject = picked.length === 1 ? table.subject(picked[0]) : undefined;
    return subject ? { ...mention, subject } : mention;
  });
}
