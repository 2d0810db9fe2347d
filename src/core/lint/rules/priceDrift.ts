// MN003 price-drift: a price the note states for a ticker ("closed at $256.44", a quote table's Price cell) is
// further from the current quote than the tolerance. The fix writes the quote's price and re-stamps the as-of
// date that governs the figure to the quote's day.

import { formatPrice, formatQuoteTime, formatSigned } from '../../hover/formatQuote';
import { memoizeFormat } from '../formatCache';
import type { AsOfStamp } from '../asOfStamps';
import { dayNumber, formatDate, type CalendarDate } from '../calendarDate';
import type { TextEdit } from '../finding';
import { restampEdit } from '../fixes';
import { compareToQuote, quoteDay } from '../quoteComparison';
import { stampOfPrice } from '../stampScope';
import type { LintRule, RuleContext } from '../rule';
import { formatLikeStated, withCurrency, type StatedPrice } from '../statedPrices';
import { ruleMeta } from '../ruleCatalog';

export const priceDrift: LintRule = {
  meta: ruleMeta('MN003'),
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
        const newFigure = withCurrency(price, newValue);
        const stamp = stampOfPrice(context.note.text, context.stamps, context.quoteTables, price);
        const day = quoteDay(quote);
        const edits: TextEdit[] = [{ offset: price.valueOffset, length: price.valueLength, newText: newValue }];
        const newer = stamp !== undefined && stamp.lastDay < dayNumber(day);
        const shared = newer && datesOtherFigures(context, stamp);
        const restamp = newer && !shared ? restampEdit(stamp, day) : undefined;
        if (restamp) edits.push(restamp);
        const local = shared ? localAsOf(price, day) : undefined;
        if (local) edits.push(local);
        context.report({
          offset: price.offset,
          length: price.length,
          message:
            `${price.symbol} is stated at ${written}; the quote is ${now} (${signed(Math.round(drift.changePercent * 100) / 100)}), ` +
            `as of ${quoteTime(quote.asOf, quote.exchangeTimezone)} (${quote.provider}); tolerance ${tolerance}%`,
          fixes: [
            {
              title: restamp
                ? `Update to ${newFigure} and re-stamp the as-of date to ${formatDate(day, 'long')}`
                : local
                  ? `Update to ${newFigure} (as of ${formatDate(day, 'long')})`
                  : `Update to ${newFigure}`,
              edits,
              // Safe only when the new price ends up dated by the quote's day: an undated price may be a past one.
              ...(restamp || local ? { safe: true } : {}),
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

/** Does the stamp that dates this price date anything else (another price, a claim)? */
function datesOtherFigures(context: RuleContext, stamp: AsOfStamp): boolean {
  const scope = context.stampScopes.get(stamp.offset);
  return !!scope && (scope.claims.length > 0 || scope.prices.length > 1); // its scope holds the price itself
}

/** " (as of <day>)" after the price (a local stamp already there is the price's own stamp, re-stamped instead). */
function localAsOf(price: StatedPrice, day: CalendarDate): TextEdit {
  return { offset: price.offset + price.length, length: 0, newText: ` (as of ${formatDate(day, 'long')})` };
}
