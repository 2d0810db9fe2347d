// Stated prices brought up to their quotes: the edit for each price whose quote reads differently in the note's
// way of writing it, the symbols with no comparable quote, and the latest quote's day. stale-as-of's refresh of a
// stamp's prices and the refresh of a quote table (tableRefresh.ts) are both built from it.

import { dayNumber, type CalendarDate } from './calendarDate';
import type { TextEdit } from './finding';
import type { Quote } from '../quotes/quote';
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
  /** Each price that got a quote, with it and the note's price unit per quote unit (100 for pence of pounds). */
  readonly quoted: ReadonlyArray<{ readonly price: StatedPrice; readonly quote: Quote; readonly scale: number }>;
}

export async function refreshPrices(context: Pick<RuleContext, 'quote' | 'note'>, prices: readonly StatedPrice[]): Promise<PriceRefresh> {
  const text = context.note.text;
  const edits: TextEdit[] = [];
  const missed: string[] = [];
  const quoted: Array<PriceRefresh['quoted'][number]> = [];
  let latest: CalendarDate | undefined;
  for (const price of prices) {
    const answer = await context.quote({ symbol: price.symbol, ...(price.exchange ? { exchange: price.exchange } : {}) });
    const drift = answer && !('error' in answer) ? compareToQuote(price, answer.quote) : undefined;
    if (!answer || 'error' in answer || !drift) {
      missed.push(price.symbol);
      continue;
    }
    quoted.push({ price, quote: answer.quote, scale: answer.quote.price > 0 ? drift.quotedInNoteUnit / answer.quote.price : 1 });
    const day = quoteDay(answer.quote);
    if (!latest || dayNumber(day) > dayNumber(latest)) latest = day;
    const newText = formatLikeStated(drift.quotedInNoteUnit, price);
    if (newText !== text.slice(price.valueOffset, price.valueOffset + price.valueLength)) {
      edits.push({ offset: price.valueOffset, length: price.valueLength, newText });
    }
  }
  return { edits, missed, quoted, ...(latest ? { latest } : {}) };
}
