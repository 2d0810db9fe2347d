// Gathers what a note says about one mention — a price stated for it, the as-of stamp governing it and the close on
// that date — for the quote card's "then vs now". History is asked for with a short budget: a slow provider
// leaves that line out of this hover rather than holding the card back.

import type * as vscode from 'vscode';
import type { TickerMention } from '../../core/tickers';
import { dayNumber, formatDate, localStampAfter, stampAt, stampDateLabel } from '../../core/lint';
import type { ThenFacts } from '../../core/hover/thenVsNow';
import type { HistoryRange } from '../../core/quotes/quote';
import type { NoteFacts } from '../mentionIndex';
import type { QuoteService } from '../quotes/quoteService';
import { delay } from '../delay';

const hoverHistoryBudgetMs = 1500;

/** `historyBudgetMs`: how long to wait for the close on the as-of date; a hover's default, or `Infinity` to wait for it. */
export async function gatherThenFacts(
  uri: vscode.Uri,
  facts: NoteFacts,
  mention: TickerMention,
  quotes: QuoteService,
  now: number,
  historyBudgetMs = hoverHistoryBudgetMs,
): Promise<ThenFacts> {
  const stated = facts.statedPrices.find((price) => price.mention.offset === mention.offset) ?? facts.statedPrices.find((price) => price.symbol === mention.symbol);
  // The mention's own price may carry its own "(as of …)"; any other such local stamp dates its price, not this mention.
  const text = facts.source.text;
  const ownPrice = stated?.mention.offset === mention.offset ? stated : undefined;
  const stamp = (ownPrice && localStampAfter(text, facts.stamps, ownPrice.offset + ownPrice.length)) || stampAt(text, facts.stamps, mention.offset);
  const then: { -readonly [K in keyof ThenFacts]: ThenFacts[K] } = {};
  if (stated) {
    then.statedPrice = {
      value: stated.value,
      written: facts.source.text.slice(stated.offset, stated.offset + stated.length),
      line: stated.line,
      ...(stated.currencySign !== undefined ? { currencySign: stated.currencySign } : {}),
      ...(stated.columnCurrency !== undefined ? { columnCurrency: stated.columnCurrency } : {}),
    };
  }
  if (!stamp) return then;
  then.asOf = { written: stampDateLabel(stamp) };
  const range = rangeReaching(dayNumber(stamp.date), Math.floor(now / 86_400_000));
  if (stamp.precision !== 'day' || !range) return then;
  const asked = quotes.history(uri, mention, range);
  const history = await (Number.isFinite(historyBudgetMs) ? Promise.race([asked, delay(historyBudgetMs)]) : asked);
  const asOfDate = formatDate(stamp.date, 'iso');
  const bar = history?.bars.filter((candidate) => candidate.date <= asOfDate).at(-1);
  // A bar from long before the stamp (a gap in the data) would not be the close "on" that date.
  if (bar && dayNumber(stamp.date) - Math.floor(Date.parse(bar.date) / 86_400_000) <= 5) {
    then.closeOnAsOf = { date: bar.date, close: bar.close };
  }
  return then;
}

/** The shortest history range that reaches back to `day`; none past a year. */
function rangeReaching(day: number, today: number): HistoryRange | undefined {
  const age = today - day;
  if (age < 0) return undefined;
  if (age <= 25) return '1mo';
  if (age <= 85) return '3mo';
  if (age <= 175) return '6mo';
  return age <= 360 ? '1y' : undefined;
}
