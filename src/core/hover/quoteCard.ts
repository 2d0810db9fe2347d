// The hover card as Markdown. Pure, so its every state (quote, unknown symbol, broken source) is unit-tested
// without an editor; the editor glue only wraps it in a MarkdownString.

import { exchangeDisplayNames } from '../tickers/exchanges';
import type { TickerMention } from '../tickers/mention';
import { dailyChange, type Quote, type QuoteError } from '../quotes/quote';
import { formatAge, formatNumber, formatPrice, formatQuoteTime, formatSigned, priceFractionDigits } from './formatQuote';
import { escapeMarkdown } from './escapeMarkdown';
import { renderThenVsNow, type ThenFacts } from './thenVsNow';

export { escapeMarkdown };

export interface QuoteCardInput {
  readonly mention: Pick<TickerMention, 'symbol' | 'exchange'>;
  readonly now: number;
  /** The provider's name for the footer ("Snapshot · examples/.market-notes/quotes.csv"). */
  readonly providerLabel: string;
  readonly quote?: Quote;
  /** Why there is no (fresh) quote. With a quote too, the quote is the last known value and shown as stale. */
  readonly error?: QuoteError;
  /** The quote is a last-known value, shown while a fresher one is on its way. */
  readonly stale?: boolean;
  /** What the note says about this ticker, for "then vs now". */
  readonly then?: ThenFacts;
}

export function renderQuoteCard(input: QuoteCardInput): string {
  const { mention, quote, error } = input;
  const title = [`**${escapeMarkdown(mention.symbol)}**`];
  const name = quote?.name;
  if (name) title.push(escapeMarkdown(name));
  const exchange = quote?.exchange ?? (mention.exchange ? exchangeDisplayNames[mention.exchange] : undefined);
  if (exchange) title.push(escapeMarkdown(exchange));
  const blocks = [title.join(' · ')];

  if (error && !quote) {
    blocks.push(describeError(error));
    blocks.push(`_${escapeMarkdown(input.providerLabel)}_`);
    return blocks.join('\n\n');
  }
  if (!quote) return blocks.join('\n\n');

  const change = dailyChange(quote);
  const formatted = formatPrice(quote.price, quote.currency);
  // "$272.41 USD" names the currency a symbol leaves open; "74.18 GBp" already ends with it.
  const code = formatted.endsWith(quote.currency) ? '' : ` ${escapeMarkdown(quote.currency)}`;
  const price = `**${escapeMarkdown(formatted)}**${code}`;
  const changeDigits = Math.max(priceFractionDigits(quote.price), priceFractionDigits(quote.previousClose ?? quote.price));
  const move = change
    ? ` ${change.change > 0 ? '▲' : change.change < 0 ? '▼' : '■'} ${formatSigned(change.change, '', changeDigits)} (${formatSigned(change.changePercent, '%')})`
    : '';
  blocks.push(price + escapeMarkdown(move));
  const when = `${formatQuoteTime(quote.asOf, quote.exchangeTimezone)} (${formatAge(quote.asOf, input.now)})`;
  blocks.push(`_${escapeMarkdown(`As of ${when} · ${input.providerLabel}`)}_`);
  const thenVsNow = input.then && renderThenVsNow(quote, input.then);
  if (thenVsNow) blocks.push(thenVsNow);
  if (error) blocks.push(`$(warning) Stale: ${describeError(error)}`);
  else if (input.stale) blocks.push(`$(history) Last known value, ${escapeMarkdown(formatAge(quote.asOf, input.now))}: refreshing…`);
  return blocks.join('\n\n');
}

function describeError(error: QuoteError): string {
  switch (error.kind) {
    case 'unknown-symbol':
      return escapeMarkdown(error.message);
    case 'source-invalid':
      return `Quote unavailable — ${escapeMarkdown(error.message)}`;
    default: {
      const retry = error.retryAfterMs ? `, retrying in ${Math.ceil(error.retryAfterMs / 1000)} s` : '';
      return `Quote unavailable — ${escapeMarkdown(error.message + retry)}`;
    }
  }
}

/** One line for the clipboard: "AAPL 272.41 USD +0.97% · Nov 20, 2026, 4:00 PM EST · Snapshot". */
export function describeQuoteForClipboard(quote: Quote, providerLabel: string): string {
  const change = dailyChange(quote);
  const move = change ? ` ${formatSigned(change.changePercent, '%')}` : '';
  return `${quote.symbol} ${formatNumber(quote.price, 4)} ${quote.currency}${move} · ${formatQuoteTime(quote.asOf, quote.exchangeTimezone)} · ${providerLabel}`;
}
