// Ticker mentions in VS Code's Markdown preview get a small marker after them whose title (and accessible name)
// is the last known quote. Where the mentions are comes from the core mention scan on the source, the same one
// hover and lint use, not from a second reading of the rendered text: for each inline token, the mentions on its
// lines are found, in order, in its text children, and a marker token goes right after each. A mention whose
// written form markdown splits (`(NASDAQ: **AAPL**)`) is not in one text token and simply gets no marker.

import type MarkdownIt from 'markdown-it';
import type { StateCore, Token } from 'markdown-it';
import { findTickerMentions, type TickerMention } from '../tickers';
import type { Quote } from '../quotes/quote';
import type { TickerRef } from '../tickers/tickerRef';
import { dailyChange } from '../quotes/quote';
import { formatPrice, formatQuoteTime, formatSigned } from '../hover/formatQuote';

/** The last known quote of a ticker, from the cache only (the preview never causes a request). */
export type PreviewQuote = (ticker: TickerRef) => { readonly quote?: Quote; readonly providerLabel: string } | undefined;

export const tickerMarkerType = 'market_notes_ticker';
export const tickerMarkerClass = 'market-notes-ticker';

/**
 * Inserts a marker token after every mention found in the note's inline text. The quote is looked up when the
 * marker is rendered, not here: VS Code caches the tokens of a note version and parses without the note's URI.
 */
export function insertTickerMarkers(state: StateCore): void {
  const mentions = findTickerMentions(state.src);
  if (mentions.length === 0) return;
  const used = new Set<TickerMention>();
  // Table cells carry no line map of their own: they belong to the row (tr_open) that came before.
  let lineRange: [number, number] | undefined;
  for (const token of state.tokens) {
    if (token.map && token.nesting >= 0) lineRange = token.map;
    if (token.type !== 'inline' || !token.children || !lineRange) continue;
    const [from, to] = token.map ?? lineRange;
    const candidates = mentions.filter((m) => m.line - 1 >= from && m.line - 1 < to && !used.has(m));
    if (candidates.length > 0) markMentions(state, token, candidates, used);
  }
}

function markMentions(state: StateCore, inline: Token, mentions: readonly TickerMention[], used: Set<TickerMention>): void {
  const children = inline.children!;
  let child = 0;
  let from = 0;
  for (const mention of mentions) {
    const written = state.src.slice(mention.offset, mention.offset + mention.length);
    const found = findText(children, written, child, from);
    if (!found) continue;
    const token = children[found.child];
    const end = found.at + written.length;
    const marker = new state.Token(tickerMarkerType, 'span', 0);
    marker.meta = { ticker: tickerOf(mention) };
    const rest = new state.Token('text', '', 0);
    rest.content = token.content.slice(end);
    token.content = token.content.slice(0, end);
    children.splice(found.child + 1, 0, marker, rest);
    used.add(mention);
    child = found.child + 2;
    from = 0;
  }
}

/** The first text child at or after (child, from) that contains `text`. */
function findText(children: readonly Token[], text: string, child: number, from: number): { child: number; at: number } | undefined {
  for (let i = child; i < children.length; i++) {
    if (children[i].type !== 'text') continue;
    const at = children[i].content.indexOf(text, i === child ? from : 0);
    if (at !== -1) return { child: i, at };
  }
  return undefined;
}

function tickerOf(mention: TickerMention): TickerRef {
  return mention.exchange ? { symbol: mention.symbol, exchange: mention.exchange } : { symbol: mention.symbol };
}

/** "AAPL $256.44, +1.20 (+0.47%) · Yahoo · Nov 20, 2026, 4:00 PM EST", or why there is no quote. */
export function markerTitle(mention: Pick<TickerMention, 'symbol'>, known: ReturnType<PreviewQuote>): string {
  const quote = known?.quote;
  if (!quote) return `${mention.symbol}: no quote cached yet${known ? ` (${known.providerLabel})` : ''}`;
  const change = dailyChange(quote);
  const changeText = change ? `, ${formatSigned(change.change)} (${formatSigned(change.changePercent, '%')})` : '';
  return `${mention.symbol} ${formatPrice(quote.price, quote.currency)}${changeText} · ${known.providerLabel} · ${formatQuoteTime(quote.asOf, quote.exchangeTimezone)}`;
}

/** Up or down on the day, flat or no previous close, or no quote at all: the marker's colour. */
function direction(quote: Quote | undefined): 'up' | 'down' | 'flat' | 'none' {
  if (!quote) return 'none';
  const change = dailyChange(quote)?.change ?? 0;
  return change > 0 ? 'up' : change < 0 ? 'down' : 'flat';
}

/** The marker: a focusable dot whose title and accessible name are the quote; its colour says up or down. */
export function renderTickerMarkers(md: MarkdownIt, quoteFor: (env: unknown) => PreviewQuote | undefined): void {
  md.renderer.rules[tickerMarkerType] = (tokens, idx, _options, env) => {
    const ticker = (tokens[idx].meta as { ticker?: TickerRef } | null)?.ticker;
    const quote = quoteFor(env);
    if (!ticker || !quote) return '';
    const known = quote(ticker);
    const title = md.utils.escapeHtml(markerTitle(ticker, known));
    return `<span class="${tickerMarkerClass} ${tickerMarkerClass}--${direction(known?.quote)}" role="img" tabindex="0" title="${title}" aria-label="${title}"></span>`;
  };
}
