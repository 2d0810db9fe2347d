// MN007 exchange-mismatch: the exchange written before a ticker is not where the provider says it trades —
// `(NASDAQ: IWM)` when IWM lists on NYSE Arca, `(KO.O)` when KO lists on NYSE. The fix rewrites the prefix, or the
// RIC's venue suffix.

import { exchangeDisplayNames, normalizeExchange, writtenExchangePrefixes, writtenVenueCovers, type ExchangeId } from '../../tickers/exchanges';
import { writtenGlobeLetters, writtenRicSuffixes } from '../../tickers/venueSuffixes';
import type { TickerMention } from '../../tickers/mention';
import { splitRow } from '../../tickers/tableMentions';
import type { Fix } from '../finding';
import type { LintRule, RuleContext } from '../rule';
import { ruleMeta } from '../ruleCatalog';

const displayToExchange = new Map<string, ExchangeId>(
  Object.entries(exchangeDisplayNames).map(([id, name]) => [name.toLowerCase(), id as ExchangeId]),
);

/** The venue a provider names ("NYSE Arca", "NasdaqGS", "Toronto Stock Exchange"), or undefined when unknown. */
export function venueOf(providerExchange: string | undefined): ExchangeId | undefined {
  if (!providerExchange) return undefined;
  return normalizeExchange(providerExchange) ?? displayToExchange.get(providerExchange.trim().toLowerCase());
}

export const exchangeMismatch: LintRule = {
  meta: ruleMeta('MN007'),
  async run(context) {
    const qualified = context.note.mentions.filter((mention) => mention.exchange !== undefined);
    await Promise.all(
      qualified.map(async (mention) => {
        const answer = await context.quote({ symbol: mention.symbol, exchange: mention.exchange });
        if (!answer || 'error' in answer) return;
        const actual = venueOf(answer.quote.exchange);
        if (actual === undefined || namesListingVenue(mention, actual)) return;
        if (namesListingBeside(context.note.text, context.note.mentions, mention, actual)) return;
        const prefix = writtenPrefix(context, mention);
        const written = prefix ? context.note.text.slice(prefix.offset, prefix.offset + prefix.length) : exchangeDisplayNames[mention.exchange!];
        const fix = prefix ? rewrite('prefix', prefix, writtenExchangePrefixes[actual]) : ricSuffixFix(context.note.text, mention, actual);
        context.report({
          ...(prefix ?? { offset: mention.offset, length: mention.length }),
          message: `${mention.symbol} trades on ${answer.quote.exchange} (${answer.quote.provider}), not ${written}`,
          ...(fix ? { fixes: [fix] } : {}),
        });
      }),
    );
  },
};

/**
 * Whether the note names the listing the provider answered with right beside this one, the same symbol on `actual`:
 * a dual listing written back to back, `Shopify (TSX:SHOP)(NYSE:SHOP)`, `(TSX: SHOP; NYSE: SHOP)`, `(TSX: SHOP) and
 * (NYSE: SHOP)`. A provider (a snapshot above all) that keeps one listing a symbol answers for the other venue with
 * it; the writer named both, and neither is wrong.
 */
function namesListingBeside(text: string, mentions: readonly TickerMention[], mention: TickerMention, actual: ExchangeId): boolean {
  const index = mentions.indexOf(mention);
  for (let i = index - 1; i >= 0 && isListingGap(text, mentions[i], mentions[i + 1]); i--) if (isListingOn(mentions[i], mention.symbol, actual)) return true;
  for (let i = index + 1; i < mentions.length && isListingGap(text, mentions[i - 1], mentions[i]); i++) if (isListingOn(mentions[i], mention.symbol, actual)) return true;
  return false;
}

function isListingOn(mention: TickerMention, symbol: string, exchange: ExchangeId): boolean {
  return mention.symbol === symbol && namesListingVenue(mention, exchange);
}

/**
 * Whether the mention's venue is the listing's: a venue's name may be its group's (`(NYSE: SPY)` for a fund on NYSE
 * Arca, exchanges.ts), but a code names one venue — Reuters' `SPY.N`, the Globe and Mail's `-N`, Bloomberg's `UN` are
 * NYSE proper, and Arca has codes of its own (`.P`, `UP`).
 */
function namesListingVenue(mention: TickerMention, listed: ExchangeId): boolean {
  if (mention.exchange === undefined) return false;
  return mention.form === 'ric' || mention.form === 'bloomberg' ? mention.exchange === listed : writtenVenueCovers(mention.exchange, listed);
}

/** Whether only a list's punctuation stands between two mentions: `)(`, `; `, `) and (`, `, `, ` / `. */
function isListingGap(text: string, before: TickerMention, after: TickerMention): boolean {
  const gap = text.slice(before.offset + before.length, after.offset);
  return gap.length <= 16 && listingGap.test(gap);
}

const listingGap = /^[\s()[\],;|/&]*(?:(?:and|or)[\s()[\],;|/&]+)?$/;

const dashBeforeVenue = /^ ?[-–—] ?(?=[A-Z])/;

const venueParenthesisAfter = /^\)?[ \t]{0,2}\(([A-Za-z][A-Za-z ]*)\)/;

function rewrite(what: string, range: { offset: number; length: number }, newText: string): Fix {
  return { title: `Change the ${what} to ${newText}`, edits: [{ ...range, newText }] };
}

/**
 * `(KO.O)` → `(KO.N)`: the venue suffix after the RIC's dot (in prose or a quote table's cell), when the actual venue
 * has one; the Globe and Mail's `(AAPL-N)` → `(AAPL-Q)` keeps its dash and letter.
 */
function ricSuffixFix(text: string, mention: TickerMention, actual: ExchangeId): Fix | undefined {
  const dot = mention.symbolOffset + mention.symbolLength; // `BRKb.N`: the class letter is part of the symbol's span
  if (mention.form === 'ric' && text.charCodeAt(dot) === 45 /* - */) {
    const letter = writtenGlobeLetters.get(actual);
    return letter === undefined ? undefined : rewrite('venue letter', { offset: dot, length: mention.offset + mention.length - dot }, `-${letter}`);
  }
  const suffix = writtenRicSuffixes.get(actual);
  const written = mention.form === 'ric' || (mention.form === 'table' && text.charCodeAt(dot) === 46 && dot < mention.offset + mention.length);
  if (!written || suffix === undefined) return undefined;
  return rewrite('RIC suffix', { offset: dot, length: mention.offset + mention.length - dot }, `.${suffix}`);
}

/** Where the exchange is written: the prefix before the colon or the symbol, or the row's Exchange cell in a quote table. */
function writtenPrefix(context: RuleContext, mention: TickerMention): { offset: number; length: number } | undefined {
  const { text, lines } = context.note;
  const inMention = text.slice(mention.offset, mention.symbolOffset);
  const colon = inMention.lastIndexOf(':');
  if (colon >= 0) {
    const start = mention.offset + (inMention.startsWith('(') ? 1 : 0);
    const end = mention.offset + colon;
    // `(Nasdaq ticker: ABC)`: the exchange is the words before the label word.
    const prefix = mention.form === 'label' ? text.slice(start, end).replace(/\s*\b(?:ticker|symbol)\s*$/i, '') : text.slice(start, end);
    const trimmed = prefix.trimEnd();
    return { offset: start, length: trimmed.length };
  }
  // `NASDAQ ORCH opened at`, `Nasdaq-listed ORCD rose`: the venue word before the symbol, with no colon.
  if (mention.form === 'exchange' && mention.symbolOffset > mention.offset) return { offset: mention.offset, length: inMention.trimEnd().replace(/-(?:listed|traded)$/, '').length };
  // `(AAPL:NYSE)`, `KO:NSQ`: written symbol first, the venue is what follows the colon.
  const symbolEnd = mention.symbolOffset + mention.symbolLength;
  if (mention.form === 'exchange' && text.charCodeAt(symbolEnd) === 58 /* : */) {
    const venue = text.slice(symbolEnd + 1, mention.offset + mention.length);
    const blanks = venue.length - venue.trimStart().length;
    return { offset: symbolEnd + 1 + blanks, length: venue.length - blanks };
  }
  // `(ORCD-Nasdaq)`, `(ORCD – Nasdaq)`: the venue after the symbol's dash (dashedListings.ts).
  const dashed = mention.form === 'exchange' ? dashBeforeVenue.exec(text.slice(symbolEnd, mention.offset + mention.length)) : null;
  if (dashed) return { offset: symbolEnd + dashed[0].length, length: mention.offset + mention.length - symbolEnd - dashed[0].length };
  // `ORCD (Nasdaq)`, `Orcadia (ORCD) (Nasdaq)`: the venue alone in the parenthesis after the symbol (venueParentheses.ts).
  if (mention.form === 'exchange') {
    const venue = venueParenthesisAfter.exec(text.slice(symbolEnd, symbolEnd + 48));
    return venue ? { offset: symbolEnd + venue[0].length - 1 - venue[1].length, length: venue[1].length } : undefined;
  }
  if (mention.form !== 'table') return undefined;
  const line = mention.line - 1;
  const cell = splitRow(lines, line).find((candidate) => normalizeExchange(text.slice(candidate.start, candidate.end).replace(/^[*_]+|[*_]+$/g, '').trim()) === mention.exchange);
  return cell ? { offset: cell.start, length: cell.end - cell.start } : undefined;
}
