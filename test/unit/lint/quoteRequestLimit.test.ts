// How many symbols lint asks a live provider for: the core limit, and `market-notes lint --max-quotes` against a
// real HTTP server on 127.0.0.1 that speaks Yahoo's format, counting what reached it.
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SkippedQuoteChecks, type QuoteLookup } from '../../../src/core/lint/quoteLookup';
import { cliQuoteRequestLimit, firstDistinctListings, limitQuoteRequests, QuoteRequestTally } from '../../../src/core/lint/quoteRequestLimit';
import { findTickerMentions } from '../../../src/core/tickers';
import type { TickerRef } from '../../../src/core/tickers/tickerRef';
import { runCli } from '../cli/cliHarness';
import { startYahooServer, type LocalServer } from '../quotes/servers';

/**
 * Three-letter symbols, AAA, AAB, …: as many distinct ones as asked, each one the ticker reader reads as a cashtag
 * (`$ADA` is Cardano's coin, no listing, and would change the counts).
 */
function symbols(count: number): string[] {
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const found: string[] = [];
  for (let i = 0; found.length < count; i++) {
    const symbol = letters[Math.floor(i / 676) % 26] + letters[Math.floor(i / 26) % 26] + letters[i % 26];
    if (findTickerMentions(`$${symbol}`).length === 1) found.push(symbol);
  }
  return found;
}

describe('quote request limit', () => {
  const countingLookup = () => {
    const asked: string[] = [];
    const lookup: QuoteLookup = async (ticker: TickerRef) => {
      asked.push(ticker.symbol);
      return { quote: { symbol: ticker.symbol, price: 1, currency: 'USD', time: 0 } as never };
    };
    return { asked, lookup };
  };

  it('lets at most max distinct listings through; one asked again is not counted again', async () => {
    const { asked, lookup } = countingLookup();
    const refusals: string[] = [];
    const limited = limitQuoteRequests(lookup, { max: 2, describe: 'a test', onFirstRefusal: (ticker) => refusals.push(ticker.symbol) });
    const answers = await Promise.all(['AAA', 'AAB', 'AAA', 'AAC', 'AAD', 'AAB'].map((symbol) => limited({ symbol })));
    assert.deepEqual(asked, ['AAA', 'AAB', 'AAA', 'AAB']);
    assert.deepEqual(answers.map((answer) => ('quote' in answer ? 'quote' : answer.error.kind)), ['quote', 'quote', 'quote', 'rate-limited', 'rate-limited', 'quote']);
    assert.deepEqual(refusals, ['AAC'], 'told once, at the first refusal');
  });

  it('counts the listings of several lookups that share one tally against one limit, and tells once', async () => {
    const { asked, lookup } = countingLookup();
    const run = new QuoteRequestTally();
    const refusals: string[] = [];
    const limit = { max: 3, describe: 'a run', onFirstRefusal: (ticker: TickerRef) => refusals.push(ticker.symbol) };
    const firstNote = limitQuoteRequests(lookup, limit, run);
    const secondNote = limitQuoteRequests(lookup, limit, run);
    for (const symbol of ['AAA', 'AAB']) await firstNote({ symbol });
    const answers = await Promise.all(['AAB', 'AAC', 'AAD', 'AAE'].map((symbol) => secondNote({ symbol })));
    assert.deepEqual(asked, ['AAA', 'AAB', 'AAB', 'AAC'], 'AAB was asked by the run already, so it is not counted again');
    assert.deepEqual(answers.map((answer) => ('quote' in answer ? 'quote' : answer.error.kind)), ['quote', 'quote', 'rate-limited', 'rate-limited']);
    assert.deepEqual(refusals, ['AAD'], 'told once for the run, not once per lookup');
    await firstNote({ symbol: 'AAF' });
    assert.deepEqual(refusals, ['AAD']);
  });

  it('answers a listing past the limit the way it is told to, without asking', async () => {
    const { asked, lookup } = countingLookup();
    const limited = limitQuoteRequests(lookup, { max: 1, describe: 'a test', beyond: (ticker) => ({ quote: { symbol: `${ticker.symbol}-known` } as never }) });
    await limited({ symbol: 'AAA' });
    const beyond = await limited({ symbol: 'AAB' });
    assert.deepEqual(asked, ['AAA']);
    assert.ok('quote' in beyond && beyond.quote.symbol === 'AAB-known');
  });

  it('is a skipped check with the limit as its reason, never an unknown symbol', async () => {
    const { lookup } = countingLookup();
    const skipped = new SkippedQuoteChecks();
    const limited = skipped.record(limitQuoteRequests(lookup, { max: 1, describe: '--max-quotes 1' }), { displayName: 'Yahoo' });
    for (const symbol of ['AAA', 'AAB', 'AAC']) await limited({ symbol });
    assert.equal(skipped.summary(), 'quote checks skipped for 2 symbols: more than 1 symbol to quote (--max-quotes 1)');
  });

  describe('market-notes lint against a Yahoo-format server', function () {
    this.timeout(120_000);
    let server: LocalServer;
    let dir: string;
    const listed = symbols(cliQuoteRequestLimit + 40);
    before(async () => {
      server = await startYahooServer({ quotes: Object.fromEntries(listed.map((symbol) => [symbol, { price: 10, previousClose: 10, name: `${symbol} Corp.`, exchange: 'NasdaqGS' }])) });
    });
    after(() => server.close());
    beforeEach(() => {
      dir = mkdtempSync(join(tmpdir(), 'mn-quote-limit-'));
      server.requests.length = 0;
    });
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    const chartRequests = () => new Set(server.requests.filter((request) => request.path.startsWith('/v8/finance/chart/')).map((request) => request.path)).size;
    const note = (count: number) => `# Screener\n\n${listed.slice(0, count).map((symbol) => `$${symbol}`).join(' ')}\n`;
    const lint = (args: string[]) =>
      runCli(['lint', 'screen.md', '--today', '2026-11-21', '--provider', 'yahoo', '--format', 'json', ...args], { cwd: dir, env: { MARKET_NOTES_YAHOO_BASE_URL: server.baseUrl } });

    it('asks for at most --max-quotes symbols, says which checks it skipped, and --require-quotes fails on them', async () => {
      writeFileSync(join(dir, 'screen.md'), note(12));
      const run = await lint(['--max-quotes', '5']);
      assert.equal(run.code, 0, run.stderr);
      assert.equal(chartRequests(), 5);
      assert.deepEqual(JSON.parse(run.stdout), [], 'a symbol past the limit is no finding');
      assert.match(run.stderr, /quote checks skipped for 7 symbols: more than 5 symbols to quote \(--max-quotes 5\)/);
      const strict = await lint(['--max-quotes', '5', '--require-quotes', '--no-cache']);
      assert.equal(strict.code, 2);
    });

    it(`asks for at most ${cliQuoteRequestLimit} by default, and for all of a note under the limit`, async () => {
      writeFileSync(join(dir, 'screen.md'), note(listed.length));
      const run = await lint([]);
      assert.equal(chartRequests(), cliQuoteRequestLimit);
      assert.match(run.stderr, new RegExp(`quote checks skipped for 40 symbols: more than ${cliQuoteRequestLimit} symbols to quote`));
      server.requests.length = 0;
      writeFileSync(join(dir, 'screen.md'), note(30));
      const under = await lint(['--no-cache']);
      assert.equal(chartRequests(), 30);
      assert.doesNotMatch(under.stderr, /skipped/);
    });

    it('takes a whole number ≥ 1', async () => {
      writeFileSync(join(dir, 'screen.md'), note(2));
      for (const value of ['0', '-3', 'many']) {
        const run = await lint(['--max-quotes', value]);
        assert.equal(run.code, 2, value);
        assert.match(run.stderr, /--max-quotes must be a whole number ≥ 1/);
      }
    });
  });
});

describe('firstDistinctListings', () => {
  it('keeps the first max distinct listings in order; the same symbol on another venue is another listing', () => {
    const tickers: TickerRef[] = [{ symbol: 'AAA' }, { symbol: 'AAB', exchange: 'NYSE' }, { symbol: 'AAA' }, { symbol: 'AAB', exchange: 'NASDAQ' }, { symbol: 'AAC' }];
    assert.deepEqual(firstDistinctListings(tickers, 3), [{ symbol: 'AAA' }, { symbol: 'AAB', exchange: 'NYSE' }, { symbol: 'AAB', exchange: 'NASDAQ' }]);
    assert.deepEqual(firstDistinctListings(tickers, 10).length, 4);
  });
});
