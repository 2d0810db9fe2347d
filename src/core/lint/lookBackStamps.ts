// A note dated by a stamp often looks back at an earlier day in a sentence of its own: "As of Nov. 25, 2026." then
// "As of Sept. 30, the Russell 2000 was up 6% year to date." That sentence is true of its day for good, and the
// paragraphs after it are the note's again ("The Russell 2000 is up 12% year to date."). Read as re-dating the rest
// of the note, the earlier stamp set the note's current figures against the old one as a conflict. A look-back is an
// "as of" in prose, older than a stamp before it, whose sentence is in the past tense ("was", "held", "had … as of
// Sept. 30"); it dates its own paragraph only. A stamp in the present ("As of Sept. 30, the fund is up 6%") or a
// dated line or heading starts a section as before: a newest-first log of updates dates each entry by its own stamp.
// Neither stale-as-of nor relative-time reports a look-back: its sentence says the figures are of that past day.

import type { AsOfStamp } from './asOfStamps';
import { stampSentence } from './reportedBalances';

const pastTense = /\b(?:was|were|had|held|owned|stood|ended|closed|finished|totall?ed|reached|returned|gained|lost|rose|fell|traded|sold|sat|fetched|peaked|bottomed|topped)\b/i;
const presentTense = /\b(?:is|are|has|have|stands)\b/i;
const blankLine = /\n[ \t]*\n/g;

/**
 * Whether `stamps[at]` looks back from a later stamp before it (see above). Asked for every sentence after a stamp,
 * so each note's answers are kept, with the latest day its stamps had reached before each one.
 */
export function looksBack(text: string, stamps: readonly AsOfStamp[], at: number): boolean {
  let known = answers.get(stamps);
  if (!known || known.text !== text) answers.set(stamps, (known = { text, latestBefore: latestDaysBefore(stamps), looksBack: [] }));
  return (known.looksBack[at] ??= readLooksBack(text, stamps[at], known.latestBefore[at]));
}

const answers = new WeakMap<readonly AsOfStamp[], { text: string; latestBefore: number[]; looksBack: boolean[] }>();

/** For each stamp, the latest day a stamp before it dates the note to (not a report's date, nor one price's). */
function latestDaysBefore(stamps: readonly AsOfStamp[]): number[] {
  let latest = -Infinity;
  return stamps.map((stamp) => {
    const before = latest;
    if (!stamp.reportedBalance && stamp.datesFigureEnd === undefined) latest = Math.max(latest, stamp.firstDay);
    return before;
  });
}

function readLooksBack(text: string, stamp: AsOfStamp, latestBefore: number): boolean {
  if (latestBefore <= stamp.lastDay || stamp.source !== 'prose' || stamp.bare !== undefined || !asOfAnchor.test(text.slice(stamp.offset, stamp.offset + 6))) return false;
  const { before, after } = stampSentence(text, stamp.offset, stamp.dateOffset + stamp.dateLength);
  return toldInThePast(`${before} ${after}`);
}

/** Words with a verb in the past tense and none in the present: "the Russell 2000 was up 6%", "traded near $40". */
function toldInThePast(words: string): boolean {
  return pastTense.test(words) && !presentTense.test(words);
}

/**
 * How far an "as of" reaches inside its sentence, when not to its end. An "as of" in a relative clause set off in its
 * sentence ("Orcadia shares, which as of June 2019 traded near $40, now sit at $112", "the fund (which as of March
 * 2021 held 40 names) …") dates its clause only — the sentence around it goes on in the note's own time — and, told
 * in the past, it is history, true for good: no stale stamp, and no anchor for the note's "this year". Read after a
 * comma, a parenthesis or a dash, so a restrictive "the shares that as of Friday trade at …" is no aside. So does a
 * stamp whose sentence turns from its day to the writer's (thenAndNow).
 */
export interface StampAside {
  /** Where its stretch ends: the comma, parenthesis or dash that closes the clause, its sentence's end, or the turn to "now". */
  readonly end: number;
  readonly past: boolean;
}

const relativeClauseOpening = /(?:,|\(|[–—])[ \t]*(?:which|who|that)[ \t]*,?[ \t]*$/i;
/** What closes the clause: a comma before a space (not a number's "1,200"), a parenthesis, a dash, a sentence's end. */
const clauseClose = /,(?=\s)|\)|[–—]|[.!?;](?=\s|$)|\n/;

export function stampAside(text: string, anchorAt: number, dateEnd: number): StampAside | undefined {
  if (!relativeClauseOpening.test(text.slice(Math.max(0, anchorAt - 40), anchorAt))) return thenAndNow(text, dateEnd);
  // The date's own comma ("which, as of June 2019, traded …") does not close the clause.
  const from = dateEnd + (/^[ \t]*,/.exec(text.slice(dateEnd, dateEnd + 4))?.[0].length ?? 0);
  const rest = text.slice(from, from + 200);
  const close = clauseClose.exec(rest);
  const end = from + (close ? close.index : rest.length);
  return { end, past: toldInThePast(text.slice(from, end)) };
}

const asOfAnchor = /^as\s+(?:of|at)\b/i;

/** Where the paragraph of the stamp that ends at `end` ends: the next blank line, or the note's end. */
export function paragraphEndAfter(text: string, end: number): number {
  blankLine.lastIndex = end;
  const found = blankLine.exec(text);
  blankLine.lastIndex = 0;
  return found ? found.index : text.length;
}

/**
 * A stamp's sentence that tells its day in the past and then turns to the writer's own: "As of March 2021, Orcadia had
 * 40 stores, but it now has 120", "…; today it has 120". The stamp dates the words up to the turn, as an aside
 * does its clause: history, and no anchor for "now" or for what follows.
 */
const turnToNow = /\b(?:now|today|currently|at present)\b(?!['’])/i;
/** A sentence's end that the turn may not lie beyond (a ";" it may: "…had 40 stores; today it has 120"). */
const fullStop = /[.!?](?=\s|$)|\n[ \t]*\n/;

function thenAndNow(text: string, dateEnd: number): StampAside | undefined {
  const rest = text.slice(dateEnd, dateEnd + 200);
  const stop = fullStop.exec(rest);
  const sentence = stop ? rest.slice(0, stop.index) : rest;
  const turn = turnToNow.exec(sentence);
  if (!turn || !toldInThePast(sentence.slice(0, turn.index))) return undefined;
  return { end: dateEnd + turn.index, past: true };
}

/** Words that put a clause back at the note's own time: "…, but it is now up 12%", "currently", "at present". */
const nowWord = /\b(?:now|currently|at present|as of (?:now|today|this writing))\b/i;

/**
 * The note's later stamp for a figure whose own words say "now" after an earlier day's stamp in its sentence: "As of
 * Sept. 30, the Russell 2000 was up 6%, but it is now up 12%" — the 12% is the note's, not September's. `from` is
 * the figure's sentence's start, `offset` the figure's.
 */
export function laterStampForNow(text: string, stamps: readonly AsOfStamp[], stamp: AsOfStamp, from: number, offset: number): AsOfStamp | undefined {
  const start = stamp.offset + stamp.length;
  if (stamp.offset < from || start >= offset) return undefined;
  const words = text.slice(start, offset);
  const now = nowWord.exec(words);
  // The earlier day's clause is told in the past before "now" turns to the present ("was up 6%, but it is now"): in a
  // log's older entry, "As of Sept. 30, 2026, the index is now up 6%", "now" is that entry's own day.
  if (!now || !pastTense.test(words.slice(0, now.index))) return undefined;
  return laterStampBefore(stamps, stamps.indexOf(stamp));
}

/**
 * The note's later stamp for a figure in a later sentence of a look-back's paragraph told in the present: "As of
 * Sept. 30, the Russell 2000 was up 9% year to date. The Russell 2000 is up 12% year to date." — the look-back
 * sentence is September's, the next one, in the present, the note's. `from` is the figure's sentence's start,
 * `offset` the figure's; only the words before the figure are read ("is up 12%, having gained 3% in October").
 */
export function laterStampForPresent(text: string, stamps: readonly AsOfStamp[], stamp: AsOfStamp, from: number, offset: number): AsOfStamp | undefined {
  if (stamp.offset + stamp.length > from) return undefined;
  const at = stamps.indexOf(stamp);
  if (at < 0 || !looksBack(text, stamps, at)) return undefined;
  const words = text.slice(from, offset);
  if (!presentTense.test(words) || pastTense.test(words)) return undefined;
  return laterStampBefore(stamps, at);
}

/** The stamp before `stamps[at]` that dates the note to a later day (not a report's date, nor one price's). */
function laterStampBefore(stamps: readonly AsOfStamp[], at: number): AsOfStamp | undefined {
  const stamp = stamps[at];
  for (let i = at - 1; i >= 0; i--) {
    const earlier = stamps[i];
    if (earlier.firstDay > stamp.lastDay && !earlier.reportedBalance && earlier.datesFigureEnd === undefined) return earlier;
  }
  return undefined;
}
