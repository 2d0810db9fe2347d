// MN005 relative-time: a period named from the day it was written ("today", "on Friday", "this week", "so far this
// year", "over the past three months", "currently"; see relativeTime.ts) dating a figure ("up 7.5% year-to-date")
// in a note with no as-of date, or whose as-of date (the nearest one before the phrase, else the note's first; in a
// table, the table's own: quoteTables.ts) is older than the window. A parenthetical "(as of …)" after a price dates
// that price only, never the phrases after it; one after the dated figure or the phrase ("up 12.4% this year (through
// Nov. 20)") is the phrase's anchor. A phrase that dates no figure in its clause is narrative: not reported.

import { formatDate, pluralDays } from '../calendarDate';
import type { LintRule } from '../rule';
import { ruleMeta } from '../ruleCatalog';
import { tableStampAt } from '../quoteTables';
import { looksBack } from '../lookBackStamps';
import { ownStampOfFigure, stampAt } from '../stampScope';
import { stampDateLabel } from '../stampYears';
import type { RelativeTimePhrase } from '../relativeTime';

/** How far a phrase stands from the figure it dates, in characters. */
function distance(phrase: RelativeTimePhrase): number {
  const figure = phrase.figure!;
  return phrase.offset >= figure.offset ? phrase.offset - (figure.offset + figure.length) : figure.offset - (phrase.offset + phrase.length);
}

export const relativeTime: LintRule = {
  meta: ruleMeta('MN005'),
  run(context) {
    const window = context.config.staleAfterDays;
    // One finding a figure, for the phrase nearest it: "up 2.3% at $41.10 at the time of publication Friday" names its
    // time twice, and the writer has one date to add.
    const nearest = new Map<number, RelativeTimePhrase>();
    for (const phrase of context.relativeTimePhrases) {
      if (!phrase.figure) continue;
      const known = nearest.get(phrase.figure.offset);
      if (!known || distance(phrase) < distance(known)) nearest.set(phrase.figure.offset, phrase);
    }
    for (const phrase of context.relativeTimePhrases) {
      if (!phrase.figure || nearest.get(phrase.figure.offset) !== phrase) continue;
      const dated = `"${context.note.text.slice(phrase.figure.offset, phrase.figure.offset + phrase.figure.length)}"`;
      const { text } = context.note;
      const stamp =
        tableStampAt(context.note, context.stamps, context.note.lines.position(phrase.offset).line - 1, context.today) ??
        ownStampOfFigure(text, context.stamps, phrase.figure.offset + phrase.figure.length) ??
        ownStampOfFigure(text, context.stamps, phrase.offset + phrase.length) ??
        stampAt(text, context.stamps, phrase.offset);
      if (!stamp) {
        context.report({
          offset: phrase.offset,
          length: phrase.length,
          message: `"${phrase.text}" dates ${dated} in a note with no as-of date: a reader cannot tell when it was true (add e.g. "As of ${formatDate(context.today, 'long')}")`,
        });
        continue;
      }
      const age = context.todayDay - stamp.lastDay;
      if (age <= window) continue;
      // A look-back's paragraph ("As of Sept. 30, the index was up 6% year to date") names its day on purpose: the
      // year to date of Sept. 30, true for good under the note's later stamp (lookBackStamps.ts).
      const index = context.stamps.indexOf(stamp);
      if (index >= 0 && looksBack(text, context.stamps, index)) continue;
      // Nor an aside's own clause told in the past ("which as of June 2019 had fallen 30% for the year").
      if (stamp.aside?.past) continue;
      context.report({
        offset: phrase.offset,
        length: phrase.length,
        message: `"${phrase.text}" (dating ${dated}) is anchored to ${stampDateLabel(stamp)} (line ${stamp.line}), ${pluralDays(age)} ago (stale after ${pluralDays(window)})`,
      });
    }
  },
};
