// MN001 stale-as-of: an as-of date older than the window. A month ("As of late January 2026") is stale once the
// month's last day is older than the window.

import { formatDate, pluralDays } from '../calendarDate';
import { restampEdit } from '../fixes';
import type { LintRule } from '../rule';

export const staleAsOf: LintRule = {
  meta: { code: 'MN001', name: 'stale-as-of', description: 'An as-of date older than the staleness window', defaultSeverity: 'warning' },
  run(context) {
    const window = context.config.staleAfterDays;
    for (const stamp of context.stamps) {
      const age = context.todayDay - stamp.lastDay;
      if (age <= window) continue;
      const what = stamp.precision === 'month' ? `As-of month ${stamp.dateText} ended ${pluralDays(age)} ago` : `As-of date ${stamp.dateText} is ${pluralDays(age)} old`;
      const edit = restampEdit(stamp, context.today);
      context.report({
        offset: stamp.restampOffset,
        length: stamp.restampLength,
        message: `${what} (stale after ${pluralDays(window)}); the figures it dates may have changed`,
        fixes: [{ title: `Update this as-of date to today (${formatDate(context.today, 'long')})`, edits: [edit] }],
      });
    }
  },
};
