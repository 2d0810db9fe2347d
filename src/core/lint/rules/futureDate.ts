// MN002 future-date: an as-of date after the reference date. Figures cannot be true as of a day that has not
// come: usually a typo in the year or the month.

import { formatDate, pluralDays } from '../calendarDate';
import { restampEdit } from '../fixes';
import type { LintRule } from '../rule';
import { ruleMeta } from '../ruleCatalog';

const daysInAWeek = 7;

export const futureDate: LintRule = {
  meta: ruleMeta('MN002'),
  run(context) {
    for (const stamp of context.stamps) {
      const ahead = stamp.firstDay - context.todayDay;
      if (ahead <= 0) continue;
      // "Week ending Dec. 4" written mid-week names the week in progress: its end is days ahead, and rightly so.
      if (stamp.periodEnd && ahead < daysInAWeek) continue;
      // A date standing alone, to come, names what the note looks ahead to: a preview's title ("# FOMC preview — Dec.
      // 16, 2026"), a day in a calendar of events ("Monday, December 14, 2026" above that day's releases).
      if (stamp.bare) continue;
      // "As of January 1, 2027, the fund will be renamed": the day something is to happen, as "effective as of" is.
      if (stamp.announces) continue;
      // "As of Nov. 20" has no year to mistype: its year was read from the note or today (stampYears.ts).
      if (stamp.yearFrom) continue;
      const today = formatDate(context.today, 'long');
      context.report({
        offset: stamp.restampOffset,
        length: stamp.restampLength,
        message: `As-of date ${stamp.dateText} is ${pluralDays(ahead)} after today (${today}): figures cannot be as of a day to come`,
        // A period's end ("Week ended …") moved to today would name another period: no fix guesses which was meant.
        ...(stamp.periodEnd ? {} : { fixes: [{ title: `Update this as-of date to today (${today})`, edits: [restampEdit(stamp, context.today)] }] }),
      });
    }
  },
};
