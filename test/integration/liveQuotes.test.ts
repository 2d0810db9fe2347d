// Live quotes in the real extension host: the Yahoo provider, pointed by MARKET_NOTES_YAHOO_BASE_URL at a real
// HTTP server on 127.0.0.1 that speaks Yahoo's chart format (the same server the unit tests use).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { startYahooServer, type LocalServer } from '../unit/quotes/servers';
import { hoverAt, openScratchNote, quoteFromYahoo } from './workspace';

suite('Live quotes from a Yahoo-format server', () => {
  let server: LocalServer;
  let document: vscode.TextDocument;
  let restoreProvider: () => Promise<void>;

  suiteSetup(async () => {
    server = await startYahooServer({
      quotes: {
        AAPL: { price: 301.25, previousClose: 299.5, name: 'Apple Inc.', exchange: 'NasdaqGS' },
        'BRK-B': { price: 512.75, previousClose: 510.0, name: 'Berkshire Hathaway Inc.', exchange: 'NYSE' },
      },
    });
    restoreProvider = await quoteFromYahoo(server.baseUrl);
    document = await openScratchNote('scratch-live.md', '# Live\n\nApple (NASDAQ: AAPL) and Berkshire (NYSE: BRK.B) today.\n');
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(document.uri);
    await restoreProvider();
    await server.close();
  });

  test('the hover shows the live quote from the local server, with a User-Agent sent', async () => {
    const card = await hoverAt(document, document.getText().indexOf('AAPL') + 1);
    assert.match(card, /AAPL/);
    assert.ok(card.includes('301.25'), `the card shows the server's price:\n${card}`);
    assert.match(card, /Yahoo/);
    assert.match(card, /\+1\.75 \(\+0\.58%\)/);
    const request = server.requests.find((candidate) => candidate.path === '/v8/finance/chart/AAPL');
    assert.ok(request, 'the provider asked the local server for AAPL');
    assert.ok(request.headers['user-agent'], 'with a User-Agent');
  });

  test('share classes are asked for in Yahoo spelling (BRK.B → BRK-B)', async () => {
    const card = await hoverAt(document, document.getText().indexOf('BRK.B') + 1);
    assert.ok(card.includes('512.75'), card);
    assert.ok(server.requests.some((candidate) => candidate.path === '/v8/finance/chart/BRK-B'));
  });

  test('a second hover is answered from the cache without a new request', async () => {
    const before = server.requests.filter((candidate) => candidate.path.endsWith('/AAPL')).length;
    const card = await hoverAt(document, document.getText().indexOf('AAPL') + 2);
    assert.ok(card.includes('301.25'));
    assert.equal(server.requests.filter((candidate) => candidate.path.endsWith('/AAPL')).length, before);
  });

  test("the card's Refresh link asks the provider again for that ticker only", async () => {
    const count = (symbol: string) => server.requests.filter((candidate) => candidate.path.endsWith(`/${symbol}`)).length;
    const [apple, berkshire] = [count('AAPL'), count('BRK-B')];
    await vscode.commands.executeCommand('marketNotes.refreshQuote', { uri: document.uri.toString(), symbol: 'AAPL', exchange: 'NASDAQ' });
    assert.equal(count('AAPL'), apple + 1);
    assert.equal(count('BRK-B'), berkshire);
  });
});
