// MN003 price-drift: a price the note states for a ticker ("closed at $256.44", a quote table's Price cell) is
// further from the current quote than the tolerance. The fix writes the quote's price and re-stamps the as-of
// date that governs the figure to the quote's day; in a quote table, it refreshes the table, which is dated whole.
// A price stated after hours or before the open is newer than a quote of that day's regular session: not compared.

import { formatPrice, formatQuoteTime, formatSigned } from '../../hover/formatQuote';
import { memoizeFormat } from '../formatCache';
import { referenceDay, type AsOfStamp } from '../asOfStamps';
import { dayNumber, formatDate, type CalendarDate } from '../calendarDate';
import type { Fix, TextEdit } from '../finding';
import { extendedSessionOf, newerThanQuote } from '../extendedSessions';
import { dayNamedBesidesStamp } from '../priceTime';
import { moveStatedWithPrice } from '../priceMoves';
import { formatDateAsNoteDoes, restampEdit } from '../fixes';
import { compareToQuote, quoteDay } from '../quoteComparison';
import { tableAtLine, type QuoteTable } from '../quoteTables';
import { isLocalStamp, otherStampEndBefore, stampOfPrice } from '../stampScope';
import type { LintRule, RuleContext } from '../rule';
import type { StatedPrice } from '../statedPrices';
import { formatLikeStated, withCurrency } from '../statedPriceFormat';
import { ruleMeta } from '../ruleCatalog';
import { stampDateLabel } from '../stampYears';

export const priceDrift: LintRule = {
  meta: ruleMeta('MN003'),
  async run(context) {
    const tolerance = context.config.priceDriftPercent;
    // Every price is checked before any is reported, so "a table's first drifted row" does not depend on which
    // quote came back first.
    const drifts = await Promise.all(
      context.statedPrices.map(async (price) => {
        const answer = await context.quote({ symbol: price.symbol, ...(price.exchange ? { exchange: price.exchange } : {}) });
        if (!answer || 'error' in answer) return undefined; // no quote now: skip the check, silently
        const drift = compareToQuote(price, answer.quote);
        if (!drift || drift.driftPercent <= tolerance || statedAfterQuote(context, price, quoteDay(answer.quote))) return undefined;
        return { price, quote: answer.quote, drift };
      }),
    );
    const everyRowOffersRefresh = context.quoteTables.reduce((rows, table) => rows + table.rows.length, 0) <= everyRowRefreshLimit;
    const refreshOffered = new Set<QuoteTable>();
    for (const found of drifts) {
      if (!found) continue;
      const { price, quote, drift } = found;
      const written = context.note.text.slice(price.offset, price.offset + price.length);
      const now = priceText(quote.price, quote.currency);
      const newValue = formatLikeStated(drift.quotedInNoteUnit, price);
      const newFigure = withCurrency(price, newValue);
      const day = quoteDay(quote);
      const valueEdit: TextEdit = { offset: price.valueOffset, length: price.valueLength, newText: newValue };
      const table = price.source === 'table' ? tableAtLine(context.quoteTables, price.line - 1) : undefined;
      let fixes: Fix[];
      if (table?.asOf) {
        const offersRefresh = everyRowOffersRefresh || !refreshOffered.has(table);
        refreshOffered.add(table);
        fixes = await tableRowFixes(context, { table, stamp: table.asOf, price, day, newFigure, valueEdit, offersRefresh });
      } else {
        fixes = proseFixes(context, price, day, newFigure, valueEdit);
      }
      context.report({
        offset: price.offset,
        length: price.length,
        message:
          `${price.symbol} is stated at ${written}; the quote is ${now} (${signed(Math.round(drift.changePercent * 100) / 100)}), ` +
          `as of ${quoteTime(quote.asOf, quote.exchangeTimezone)} (${quote.provider}); tolerance ${tolerance}%`,
        fixes,
      });
    }
  },
};

/**
 * A table's refresh holds an edit for each of its rows. Offered on every drifted row, a note's findings would hold
 * rows × rows edits — every finding is copied on its way out of the lint server and into the kept results, and a
 * generated 100,000-row table stopped lint at its time budget. Beyond this many quote-table rows in a note, only each
 * table's first drifted row offers the refresh (fix-all and `lint --fix` take it from there); real notes' tables are
 * far smaller.
 */
const everyRowRefreshLimit = 200;

/**
 * A price in prose: the new price, and the stamp that governs it moved to the quote's day — or, when that stamp
 * dates other figures too, a stamp of the price's own after it. When the price's sentence names its day ("closed at
 * $65.20 on Friday, Nov. 13") or states its move ("rose 2% to $65.20", priceMoves.ts), neither is safe: the sentence
 * would state the new price on the old day, or with the old day's move. The writer gets the figure alone, told which
 * words to check.
 */
function proseFixes(context: RuleContext, price: StatedPrice, day: CalendarDate, newFigure: string, valueEdit: TextEdit): Fix[] {
  const text = context.note.text;
  const stamp = stampOfPrice(text, context.stamps, context.quoteTables, price);
  // A move stated with the price ("rose 2% to $250.00", "$262.41 (+1.0%)") is its day's: the new price with it would
  // state the old day's move as the new day's.
  const named = dayNamedBesidesStamp(text, price, stamp, otherStampEndBefore(context.stamps, stamp, price.mention.offset)) ?? (price.source === 'prose' ? moveStatedWithPrice(text, price, stamp) : undefined);
  if (named) {
    const words = text.slice(named.offset, named.offset + named.length);
    return [{ title: `Update to ${newFigure} (the quote is of ${formatDate(day, 'long')}: check "${words}")`, edits: [valueEdit] }];
  }
  const edits: TextEdit[] = [valueEdit];
  const newer = stamp !== undefined && stamp.lastDay < dayNumber(day);
  // A period's end ("Week ended …") is never moved: the price gets a stamp of its own, as under a shared stamp.
  const shared = newer && (stamp.periodEnd === true || datesOtherFigures(context, stamp));
  if (shared && stamp.offset > price.offset && !isLocalStamp(text, stamp)) {
    // The price's clause goes on with its stamp ("closed at $250.00 as of Nov. 13, 2026. Microsoft …"), which dates
    // the text after it too: moved, it would re-date those figures; a stamp of the price's own before it would say
    // two days at once ("$272.41 (as of Nov. 20, 2026) as of Nov. 13, 2026").
    const words = text.slice(stamp.offset, stamp.offset + stamp.length);
    return [{ title: `Update to ${newFigure} (the quote is of ${formatDate(day, 'long')}: check "${words}")`, edits: [valueEdit] }];
  }
  const restamp = newer && !shared ? restampEdit(stamp, day) : undefined;
  if (restamp) edits.push(restamp);
  const localDate = shared ? formatDateAsNoteDoes(day, stamp, context.stamps) : undefined;
  const local = localDate !== undefined ? localAsOf(price, localDate) : undefined;
  if (local) edits.push(local);
  // A heading's price titles the section under it ("## Apple (AAPL) at $250.00: the case for more"), written at that price:
  // the writer says whether the section still holds at the new one, and the heading's anchor changes with its text.
  const inHeading = context.note.isHeadingLine(price.line - 1);
  return [
    {
      title: restamp
        ? `Update to ${newFigure} and re-stamp the as-of date to ${formatDate(day, 'long')}`
        : local
          ? `Update to ${newFigure} (as of ${localDate})`
          : `Update to ${newFigure}`,
      edits,
      // Safe only when the new price ends up dated by the quote's day: an undated price may be a past one.
      ...((restamp || local) && !inHeading ? { safe: true } : {}),
    },
  ];
}

interface TableRow {
  readonly table: QuoteTable;
  readonly stamp: AsOfStamp;
  readonly price: StatedPrice;
  readonly day: CalendarDate;
  readonly newFigure: string;
  readonly valueEdit: TextEdit;
  /** Whether this row's finding carries the whole table's refresh (everyRowRefreshLimit). */
  readonly offersRefresh: boolean;
}

/**
 * A row of a dated quote table, when the quotes are newer than the table's date: the whole table refreshed and dated
 * anew (tableRefresh.ts) — a table is dated as a whole, never cell by cell — with this cell alone as the editor's
 * other choice. When some row has no quote, or the table states figures no quote refreshes ("YTD", "Mkt cap"), the
 * table cannot be dated anew: this price then gets a stamp of its own, with the refresh, titled with what to check, as
 * the writer's other choice.
 */
async function tableRowFixes(context: RuleContext, row: TableRow): Promise<Fix[]> {
  const { stamp, day, newFigure, valueEdit } = row;
  if (stamp.lastDay >= dayNumber(day)) return [{ title: `Update to ${newFigure}`, edits: [valueEdit] }];
  const refresh = await context.refreshTable(row.table);
  const cellOnly: Fix = { title: `Update to ${newFigure} (the table stays dated ${stampDateLabel(stamp)})`, edits: [valueEdit] };
  if (refresh?.safe) return row.offersRefresh ? [refresh, cellOnly] : [cellOnly];
  const localDate = formatDateAsNoteDoes(day, stamp, context.stamps);
  const local: Fix = { title: `Update to ${newFigure} (as of ${localDate})`, edits: [valueEdit, localAsOf(row.price, localDate)], safe: true };
  // A refresh that is not safe (columns it cannot refresh, rows without a quote) says why in its title: the writer's
  // second choice, never `--fix`'s.
  return refresh && row.offersRefresh ? [local, refresh] : [local];
}

// The shared formatters make Intl formatters on each call; a note states many prices of a few quotes.
const priceText = memoizeFormat(formatPrice);
const signed = memoizeFormat((value: number) => formatSigned(value, '%'));
const quoteTime = memoizeFormat(formatQuoteTime);

/**
 * A price stated after hours or before the open on its stamp's day ("fell 3% after hours to $483.20"), while the quote
 * is still of that day's regular session or an earlier one: the note's price is the newer (extendedSessions.ts).
 */
function statedAfterQuote(context: RuleContext, price: StatedPrice, day: CalendarDate): boolean {
  if (price.source !== 'prose') return false;
  const session = extendedSessionOf(context.note.text, price.offset, price.offset + price.length);
  if (!session) return false;
  const stamp = stampOfPrice(context.note.text, context.stamps, context.quoteTables, price);
  const stated = stamp && referenceDay(stamp);
  return stated !== undefined && newerThanQuote(session, stated, day);
}

/** Does the stamp that dates this price date anything else (another price, a claim)? */
function datesOtherFigures(context: RuleContext, stamp: AsOfStamp): boolean {
  const scope = context.stampScopes.get(stamp.offset);
  return !!scope && (scope.claims.length > 0 || scope.prices.length > 1); // its scope holds the price itself
}

/**
 * " (as of <day>)" after the price, the day as the note writes its dates (formatDateAsNoteDoes); a local stamp
 * already there is the price's own stamp, re-stamped instead.
 */
function localAsOf(price: StatedPrice, dayText: string): TextEdit {
  return { offset: price.offset + price.length, length: 0, newText: ` (as of ${dayText})` };
}
