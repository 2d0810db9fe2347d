// MN003 price-drift: a price the note states for a ticker ("closed at $256.44", a quote table's Price cell) is
// further from the current quote than the tolerance. The fix writes the quote's price and re-stamps the as-of
// date that governs the figure to the quote's day.

import { formatPrice, formatQuoteTime, formatSigned } from '../../hover/formatQuote';
import { memoizeFormat } from '../formatCache';
import { governingStamp, type AsOfStamp } from '../asOfStamps';
import { dayNumber, formatDate } from '../calendarDate';
import type { TextEdit } from '../finding';
import { restampEdit } from '../fixes';
import { compareToQuote, quoteDay } from '../quoteComparison';
import { tableAtLine } from '../quoteTables';
import type { LintRule, RuleContext } from '../rule';
import { formatLikeStated, type StatedPrice } from '../statedPrices';

export const priceDrift: LintRule = {
  meta: {
    code: 'MN003',
    name: 'price-drift',
    description: 'A stated price differs from the current quote by more than the tolerance',
    defaultSeverity: 'warning',
    usesQuotes: true,
  },
  async run(context) {
    const tolerance = context.config.priceDriftPercent;
    await Promise.all(
      context.statedPrices.map(async (price) => {
        const answer = await context.quote({ symbol: price.symbol, ...(price.exchange ? { exchange: price.exchange } : {}) });
        if (!answer || 'error' in answer) return; // no quote now: skip the check, silently
        const { quote } = answer;
        const drift = compareToQuote(price, quote);
        if (!drift || drift.driftPercent <= tolerance) return;
        const written = context.note.text.slice(price.offset, price.offset + price.length);
        const now = priceText(quote.price, quote.currency);
        const newValue = formatLikeStated(drift.quotedInNoteUnit, price);
        const newFigure = `${price.currencySign ?? ''}${newValue}`;
        const stamp = stampFor(context, price);
        const day = quoteDay(quote);
        const edits: TextEdit[] = [{ offset: price.valueOffset, length: price.valueLength, newText: newValue }];
        const restamp = stamp && stamp.lastDay < dayNumber(day) ? restampEdit(stamp, day) : undefined;
        if (restamp) edits.push(restamp);
        context.report({
          offset: price.offset,
          length: price.length,
          message:
            `${price.symbol} is stated at ${written}; the quote is ${now} (${signed(Math.round(drift.changePercent * 100) / 100)}), ` +
            `as of ${quoteTime(quote.asOf, quote.exchangeTimezone)} (${quote.provider}); tolerance ${tolerance}%`,
          fixes: [
            {
              title: restamp ? `Update to ${newFigure} and re-stamp the as-of date to ${formatDate(day, 'long')}` : `Update to ${newFigure}`,
              edits,
            },
          ],
        });
      }),
    );
  },
};

// The shared formatters make Intl formatters on each call; a note states many prices of a few quotes.
const priceText = memoizeFormat(formatPrice);
const signed = memoizeFormat((value: number) => formatSigned(value, '%'));
const quoteTime = memoizeFormat(formatQuoteTime);

/** The as-of date a price is read under: its table's, else the nearest stamp before it (else the note's first). */
function stampFor(context: RuleContext, price: StatedPrice): AsOfStamp | undefined {
  if (price.source === 'table') {
    const table = tableAtLine(context.quoteTables, price.line - 1);
    if (table?.asOf) return table.asOf;
  }
  return governingStamp(context.stamps, price.offset);
}
