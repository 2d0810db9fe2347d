// Stated prices brought up to their quotes: the edit for each price whose quote reads differently in the note's
// way of writing it, the symbols with no comparable quote, and the latest quote's day. stale-as-of's refresh of a
// stamp's prices and the refresh of a quote table (tableRefresh.ts) are both built from it.

import { dayNumber, type CalendarDate } from './calendarDate';
import type { TextEdit } from './finding';
import { compareToQuote, quoteDay } from './quoteComparison';
import type { RuleContext } from './rule';
import type { StatedPrice } from './statedPrices';
import { formatLikeStated } from './statedPriceFormat';

export interface PriceRefresh {
  readonly edits: TextEdit[];
  /** Symbols whose quote could not be had or cannot be compared (another currency). */
  readonly missed: string[];
  /** The latest day of the quotes used; undefined when none was. */
  readonly latest?: CalendarDate;
}

export async function refreshPrices(context: Pick<RuleContext, 'quote' | 'note'>, prices: readonly StatedPrice[]): Promise<PriceRefresh> {
  const text = context.note.text;
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
    if (newText !== text.slice(price.valueOffset, price.valueOffset + price.valueLength)) {
      edits.push({ offset: price.valueOffset, length: price.valueLength, newText });
    }
  }
  return { edits, missed, ...(latest ? { latest } : {}) };
}
