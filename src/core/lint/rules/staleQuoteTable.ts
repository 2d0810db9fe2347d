// MN004 stale-quote-table: a quote table (Symbol/Ticker and Price/Close/Last or Change columns) whose as-of date —
// its caption's, else the nearest stamp above — is older than the window, or that has none at all. With quotes
// at hand the fix refreshes the table's prices, and re-stamps its date only when every row was refreshed.

import { dayNumber, formatDate, pluralDays, type CalendarDate } from '../calendarDate';
import type { Fix, TextEdit } from '../finding';
import { restampEdit } from '../fixes';
import { compareToQuote, quoteDay } from '../quoteComparison';
import { tableAtLine, type QuoteTable } from '../quoteTables';
import type { LintRule, RuleContext } from '../rule';
import { formatLikeStated, type StatedPrice } from '../statedPrices';
import { ruleMeta } from '../ruleCatalog';

export const staleQuoteTable: LintRule = {
  meta: ruleMeta('MN004'),
  async run(context) {
    const window = context.config.staleAfterDays;
    const pricesByTable = new Map<QuoteTable, StatedPrice[]>();
    for (const price of context.statedPrices) {
      const table = price.source === 'table' ? tableAtLine(context.quoteTables, price.line - 1) : undefined;
      if (!table) continue;
      const list = pricesByTable.get(table);
      if (list) list.push(price);
      else pricesByTable.set(table, [price]);
    }
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
      const fix = await refreshFix(context, table, pricesByTable.get(table) ?? []);
      context.report({
        ...where,
        message: `Quote table is as of ${stamp.dateText} (${table.asOfSource === 'caption' ? 'its caption' : `line ${stamp.line}`}), ${pluralDays(age)} ago (stale after ${pluralDays(window)})`,
        ...(fix ? { fixes: [fix] } : {}),
      });
    }
  },
};

/**
 * Every price of the table set to its quote; the table's stamp moved to the quotes' latest day only when every row
 * was refreshed — otherwise the fix names the rows it could not refresh and leaves the date alone.
 */
async function refreshFix(context: RuleContext, table: QuoteTable, prices: readonly StatedPrice[]): Promise<Fix | undefined> {
  if (!context.hasQuotes || !table.asOf) return undefined;
  const edits: TextEdit[] = [];
  const missed: string[] = [];
  let latest: CalendarDate | undefined;
  for (const price of prices) {
    const answer = await context.quote({ symbol: price.symbol, ...(price.exchange ? { exchange: price.exchange } : {}) });
    const drift = answer && !('error' in answer) ? compareToQuote(price, answer.quote) : undefined;
    if (!answer || 'error' in answer || !drift) {
      missed.push(price.symbol);
      continue;
    }
    const day = quoteDay(answer.quote);
    if (!latest || dayNumber(day) > dayNumber(latest)) latest = day;
    const newText = formatLikeStated(drift.quotedInNoteUnit, price);
    if (newText !== context.note.text.slice(price.valueOffset, price.valueOffset + price.valueLength)) {
      edits.push({ offset: price.valueOffset, length: price.valueLength, newText });
    }
  }
  const unpriced = table.rows.filter((row) => !row.priceCell).length;
  if (!latest || dayNumber(latest) <= table.asOf.lastDay) return undefined;
  if (missed.length > 0 || unpriced > 0) {
    if (edits.length === 0) return undefined;
    const rows = missed.length > 0 ? `no quote for ${missed.join(', ')}` : `${unpriced} row${unpriced === 1 ? '' : 's'} without a price`;
    return { title: `Refresh the prices that have quotes (${rows}); the table's date stays ${table.asOf.dateText}`, edits };
  }
  edits.push(restampEdit(table.asOf, latest));
  return { title: `Refresh the table's prices and re-stamp it to ${formatDate(latest, 'long')}`, edits, safe: true };
}
