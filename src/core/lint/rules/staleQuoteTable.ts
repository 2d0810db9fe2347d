// MN004 stale-quote-table: a quote table (Symbol/Ticker and Price/Close/Last or Change columns) whose as-of date —
// the day its header names, else its Date column's, else its caption's, else the nearest stamp above — is older than the window, or that
// has none at all. With quotes at hand the fix refreshes the table's prices, and dates the table anew only when
// every row was refreshed (tableRefresh.ts).

import { formatDate, pluralDays } from '../calendarDate';
import type { LintRule } from '../rule';
import { ruleMeta } from '../ruleCatalog';
import { stampDateLabel } from '../stampYears';

export const staleQuoteTable: LintRule = {
  meta: ruleMeta('MN004'),
  async run(context) {
    const window = context.config.staleAfterDays;
    for (const table of context.quoteTables) {
      const stamp = table.asOf;
      if (stamp && context.todayDay - stamp.lastDay <= window) continue;
      const where = { offset: table.headerOffset, length: table.headerLength };
      if (!stamp) {
        context.report({
          ...where,
          message: `Quote table has no as-of date: add a caption such as "Quotes as of ${formatDate(context.today, 'long')}." above it`,
        });
        continue;
      }
      const age = context.todayDay - stamp.lastDay;
      const fix = await context.refreshTable(table);
      context.report({
        ...where,
        message: `Quote table is as of ${stampDateLabel(stamp)} (${table.asOfSource === 'caption' ? 'its caption' : table.asOfSource === 'header' ? 'its header' : table.asOfSource === 'column' ? 'its date column' : `line ${stamp.line}`}), ${pluralDays(age)} ago (stale after ${pluralDays(window)})`,
        ...(fix ? { fixes: [fix] } : {}),
      });
    }
  },
};
