// A note dated by a stamp often looks back at an earlier day in a sentence of its own: "As of Nov. 25, 2026." then
// "As of Sept. 30, the Russell 2000 was up 6% year to date." That sentence is true of its day for good, and the
// paragraphs after it are the note's again ("The Russell 2000 is up 12% year to date."). Read as re-dating the rest
// of the note, the earlier stamp set the note's current figures against the old one as a conflict. A look-back is an
// "as of" in prose, older than a stamp before it, whose sentence is in the past tense ("was", "held", "had … as of
// Sept. 30"); it dates its own paragraph only. A stamp in the present ("As of Sept. 30, the fund is up 6%") or a
// dated line or heading starts a section as before: a newest-first log of updates dates each entry by its own stamp.
// (stale-as-of still reports the earlier date: a market figure of an old day is one the writer may mean to update.)

import type { AsOfStamp } from './asOfStamps';
import { stampSentence } from './reportedBalances';

const pastTense = /\b(?:was|were|had|held|owned|stood|ended|closed|finished|totall?ed|reached|returned|gained|lost|rose|fell)\b/i;
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
  const sentence = `${before} ${after}`;
  return pastTense.test(sentence) && !presentTense.test(sentence);
}

const asOfAnchor = /^as\s+(?:of|at)\b/i;

/** Where the paragraph of the stamp that ends at `end` ends: the next blank line, or the note's end. */
export function paragraphEndAfter(text: string, end: number): number {
  blankLine.lastIndex = end;
  const found = blankLine.exec(text);
  blankLine.lastIndex = 0;
  return found ? found.index : text.length;
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
