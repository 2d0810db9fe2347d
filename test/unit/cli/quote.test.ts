import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { runCli } from './cliHarness';
import { startYahooServer, startFinnhubServer, type LocalServer } from '../quotes/servers';

const repo = join(__dirname, '..', '..', '..');
const examplesQuotes = 'examples/.market-notes/quotes.csv';

describe('market-notes quote', () => {
  describe('from a snapshot file', () => {
    it('prints the documented JSON record for each symbol', async () => {
      const run = await runCli(['quote', 'AAPL', 'TSX:SHOP', '--quotes', examplesQuotes, '--format', 'json'], { cwd: repo });
      assert.equal(run.code, 0, run.stderr);
      assert.deepEqual(JSON.parse(run.stdout)[0], {
        symbol: 'AAPL',
        providerSymbol: 'AAPL',
        provider: 'snapshot',
        price: 272.41,
        previousClose: 269.8,
        change: 2.61,
        changePercent: 0.967383,
        currency: 'USD',
        exchange: 'Nasdaq',
        asOf: '2026-11-20T21:00:00.000Z',
      });
      assert.equal(JSON.parse(run.stdout)[1].currency, 'CAD');
    });

    it('reports an unknown symbol as a {symbol, error} entry and exits 1', async () => {
      const run = await runCli(['quote', 'AAPL', 'ZZZZ', '--quotes', examplesQuotes, '--format', 'json'], { cwd: repo });
      assert.equal(run.code, 1);
      assert.deepEqual(JSON.parse(run.stdout)[1], { symbol: 'ZZZZ', error: `ZZZZ is not in the snapshot (${examplesQuotes})` });
    });

    it('finds the workspace snapshot above the working folder with --provider snapshot', async () => {
      const run = await runCli(['quote', '$IWM', '--provider', 'snapshot'], { cwd: join(repo, 'examples') });
      assert.equal(run.code, 0, run.stderr);
      assert.match(run.stdout, /^IWM\s+\$246\.92\s+\+3\.81 \(\+1\.57%\)/);
      // The time in the exchange's zone, as the hover gives it: the snapshot's close at 16:00 New York time.
      assert.match(run.stdout, /Nov 20, 2026, 4:00\s?PM EST\s+snapshot\n$/);
    });

    it('exits 2 for a missing quotes file, a bad symbol or a bad provider', async () => {
      const missing = await runCli(['quote', 'AAPL', '--quotes', 'nope.csv'], { cwd: repo });
      assert.equal(missing.code, 2);
      assert.match(missing.stderr, /Cannot read \.\/nope\.csv: no such file or directory/);
      assert.equal((await runCli(['quote', 'not a ticker', '--quotes', examplesQuotes], { cwd: repo })).code, 2);
      const provider = await runCli(['quote', 'AAPL', '--provider', 'bloomberg'], { cwd: repo });
      assert.equal(provider.code, 2);
      assert.match(provider.stderr, /--provider must be one of yahoo, twelvedata, finnhub, alphavantage, snapshot/);
    });
  });

  describe('from HTTP providers on 127.0.0.1', () => {
    let yahoo: LocalServer;
    let finnhub: LocalServer;
    before(async () => {
      yahoo = await startYahooServer();
      finnhub = await startFinnhubServer({ apiKey: 'secret-test-key' });
    });
    after(async () => {
      await yahoo.close();
      await finnhub.close();
    });

    it('asks Yahoo at the base URL from MARKET_NOTES_YAHOO_BASE_URL, in Yahoo spelling', async () => {
      const run = await runCli(['quote', 'NYSE:BRK.B', 'AAPL', '--format', 'json'], { cwd: repo, env: { MARKET_NOTES_YAHOO_BASE_URL: yahoo.baseUrl } });
      assert.equal(run.code, 0, run.stderr);
      const [berkshire, apple] = JSON.parse(run.stdout);
      assert.deepEqual([berkshire.symbol, berkshire.providerSymbol, berkshire.provider, berkshire.price], ['BRK.B', 'BRK-B', 'yahoo', 481.2]);
      assert.equal(apple.previousClose, 258.28);
      assert.ok(yahoo.requests.some((request) => request.path === '/v8/finance/chart/BRK-B'));
    });

    it("reads a listing typed in Yahoo's or Reuters' spelling, and a class typed with a dash", async () => {
      const run = await runCli(['quote', 'SHOP.TO', 'BRK-B', '--format', 'json'], { cwd: repo, env: { MARKET_NOTES_YAHOO_BASE_URL: yahoo.baseUrl } });
      const [shopify, berkshire] = JSON.parse(run.stdout);
      // The local server lists no Toronto quote: SHOP is asked for on Toronto, as Yahoo spells it, and not found.
      assert.equal(shopify.symbol, 'SHOP');
      assert.ok(yahoo.requests.some((request) => request.path === '/v8/finance/chart/SHOP.TO'));
      assert.ok(!yahoo.requests.some((request) => request.path === '/v8/finance/chart/SHOP-TO'));
      assert.deepEqual([berkshire.symbol, berkshire.providerSymbol, berkshire.price], ['BRK.B', 'BRK-B', 481.2]);
    });

    it('takes the key from MARKET_NOTES_FINNHUB_KEY and never prints it', async () => {
      const env = { MARKET_NOTES_FINNHUB_BASE_URL: finnhub.baseUrl, MARKET_NOTES_FINNHUB_KEY: 'secret-test-key' };
      const ok = await runCli(['quote', 'AAPL', '--provider', 'finnhub', '--format', 'json'], { cwd: repo, env });
      assert.equal(ok.code, 0, ok.stderr);
      assert.equal(JSON.parse(ok.stdout)[0].price, 256.44);
      const wrongKey = await runCli(['quote', 'AAPL', '--provider', 'finnhub'], { cwd: repo, env: { ...env, MARKET_NOTES_FINNHUB_KEY: 'secret-wrong-key' } });
      assert.equal(wrongKey.code, 1);
      assert.doesNotMatch(wrongKey.stdout + wrongKey.stderr, /secret-wrong-key|secret-test-key/);
    });

    it('says a key is missing without making a request', async () => {
      const before = finnhub.requests.length;
      const run = await runCli(['quote', 'AAPL', '--provider', 'finnhub'], { cwd: repo, env: { MARKET_NOTES_FINNHUB_BASE_URL: finnhub.baseUrl } });
      assert.equal(run.code, 1);
      assert.match(run.stderr, /AAPL: .*key/i);
      assert.equal(finnhub.requests.length, before);
    });
  });
});
