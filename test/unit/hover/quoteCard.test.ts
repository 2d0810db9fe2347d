import { strict as assert } from 'node:assert';
import { renderQuoteCard, escapeMarkdown } from '../../../src/core/hover/quoteCard';
import { formatAge, formatPrice, formatQuoteTime } from '../../../src/core/hover/formatQuote';
import { QuoteError, type Quote } from '../../../src/core/quotes/quote';

const asOf = Date.parse('2026-11-20T21:00:00Z');
const apple: Quote = { symbol: 'AAPL', providerSymbol: 'AAPL', provider: 'snapshot', price: 272.41, previousClose: 269.8, currency: 'USD', asOf, name: 'Apple Inc.', exchange: 'Nasdaq', exchangeTimezone: 'America/New_York' };
const now = Date.parse('2026-11-22T21:00:00Z');

describe('quote card', () => {
  it('names a minor-unit currency once (74.18 GBp, not 74.18 GBp GBp)', () => {
    const vodafone: Quote = { ...apple, symbol: 'VOD', name: 'Vodafone Group', price: 74.18, previousClose: 73.5, currency: 'GBp', exchangeTimezone: 'Europe/London' };
    const card = renderQuoteCard({ mention: { symbol: 'VOD', exchange: 'LSE' }, quote: vodafone, now, providerLabel: 'Yahoo' });
    assert.match(card, /^\*\*74\.18 GBp\*\* ▲ \+0\.68 \(\+0\.93%\)$/m);
  });

  it('shows a change with the precision of its price (+0.0135, not +0.01)', () => {
    const otc: Quote = { ...apple, symbol: 'KRKNF', name: 'Kraken Robotics', price: 3.4535, previousClose: 3.44, currency: 'USD' };
    const card = renderQuoteCard({ mention: { symbol: 'KRKNF' }, quote: otc, now, providerLabel: 'Yahoo' });
    assert.match(card, /\*\*\\\$3\.4535\*\* USD ▲ \+0\.0135 \(\+0\.39%\)/);
    const penny = renderQuoteCard({ mention: { symbol: 'P' }, quote: { ...otc, price: 0.0785, previousClose: 0.065 }, now, providerLabel: 'Yahoo' });
    assert.match(penny, /▲ \+0\.0135 /);
    // Float noise from the wire is not precision.
    assert.equal(formatPrice(74.18000030517578, 'GBp'), '74.18 GBp');
    assert.equal(formatPrice(256.44, 'USD'), '$256.44');
  });

  it('shows symbol, name, exchange, price, currency, change, change %, time, provider and age', () => {
    const card = renderQuoteCard({ mention: { symbol: 'AAPL', exchange: 'NASDAQ' }, quote: apple, now, providerLabel: 'Snapshot · .market-notes/quotes.csv' });
    assert.equal(
      card,
      [
        '**AAPL** · Apple Inc. · Nasdaq',
        '**\\$272.41** USD ▲ +2.61 (+0.97%)',
        '_As of Nov 20, 2026, 4:00 PM EST (2 days ago) · Snapshot · .market-notes/quotes.csv_',
      ].join('\n\n'),
    );
  });

  it('shows a fall with a minus sign and no change without a previous close', () => {
    const falling = renderQuoteCard({ mention: { symbol: 'MSFT' }, quote: { ...apple, symbol: 'MSFT', price: 498.12, previousClose: 502.37 }, now, providerLabel: 'Snapshot' });
    assert.match(falling, /▼ −4\.25 \(−0\.85%\)/);
    const flat = renderQuoteCard({ mention: { symbol: 'X' }, quote: { ...apple, previousClose: undefined }, now, providerLabel: 'Snapshot' });
    assert.doesNotMatch(flat, /[▲▼]/);
  });

  it('says when a symbol is not in the snapshot, with the exchange the note gave', () => {
    const card = renderQuoteCard({ mention: { symbol: 'ZZZZ', exchange: 'NYSEARCA' }, error: new QuoteError('unknown-symbol', 'ZZZZ is not in the snapshot (.market-notes/quotes.csv)'), now, providerLabel: 'Snapshot' });
    assert.equal(card, '**ZZZZ** · NYSE Arca\n\nZZZZ is not in the snapshot (.market-notes/quotes.csv)\n\n_Snapshot_');
  });

  it('shows a malformed source on the card', () => {
    const card = renderQuoteCard({ mention: { symbol: 'AAPL' }, error: new QuoteError('source-invalid', 'Malformed quotes file: q.csv line 2: price "x" is not a non-negative number'), now, providerLabel: 'Snapshot' });
    assert.match(card, /Quote unavailable — Malformed quotes file: q\.csv line 2/);
  });

  it('marks the last known value stale with the reason and the retry time', () => {
    const card = renderQuoteCard({ mention: { symbol: 'AAPL' }, quote: apple, error: new QuoteError('rate-limited', 'rate limited', { retryAfterMs: 20_000 }), now, providerLabel: 'Yahoo' });
    assert.match(card, /\*\*\\\$272\.41\*\*/);
    assert.match(card, /Stale: Quote unavailable — rate limited, retrying in 20 s/);
  });

  it('marks a last-known value shown while a fresh one is on its way', () => {
    const card = renderQuoteCard({ mention: { symbol: 'AAPL' }, quote: apple, stale: true, now, providerLabel: 'Yahoo' });
    assert.match(card, /\$\(history\) Last known value, 2 days ago: refreshing…$/);
  });

  it('escapes Markdown in names that come from files', () => {
    const card = renderQuoteCard({ mention: { symbol: 'X' }, quote: { ...apple, name: '[click](https://evil.example) <img src=x> *bold*' }, now, providerLabel: 'Snapshot' });
    assert.ok(card.includes('\\[click\\](https\\://evil.example) \\<img src=x\\> \\*bold\\*'));
  });
});

describe('formatting', () => {
  it('prices in their currency, with a fallback for codes Intl does not know', () => {
    assert.equal(formatPrice(272.41, 'USD'), '$272.41');
    assert.equal(formatPrice(1482.33, 'USD'), '$1,482.33');
    assert.equal(formatPrice(0.512, 'USD'), '$0.512');
    assert.equal(formatPrice(168.4, 'CAD'), 'CA$168.40');
    assert.equal(formatPrice(74.18, 'GBp'), '74.18 GBp');
  });
  it('times in the exchange zone, UTC otherwise', () => {
    assert.equal(formatQuoteTime(asOf, 'America/New_York'), 'Nov 20, 2026, 4:00 PM EST');
    assert.equal(formatQuoteTime(asOf), 'Nov 20, 2026, 9:00 PM UTC');
    assert.equal(formatQuoteTime(asOf, 'Not/AZone'), 'Nov 20, 2026, 9:00 PM UTC');
  });
  it('ages', () => {
    assert.equal(formatAge(now - 30_000, now), 'just now');
    assert.equal(formatAge(now - 5 * 60_000, now), '5 minutes ago');
    assert.equal(formatAge(now - 26 * 3600_000, now), '1 day ago');
    assert.equal(formatAge(now + 2 * 3600_000, now), 'in 2 hours');
  });
  it('escapes only what is special mid-line, so figures stay searchable', () => {
    assert.equal(escapeMarkdown('256.44 (up 1.2%)'), '256.44 (up 1.2%)');
    assert.equal(escapeMarkdown('- 1. $(alert)'), '\\- 1. \\$(alert)');
  });
});
