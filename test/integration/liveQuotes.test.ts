// Live quotes in the real extension host: the Yahoo provider, pointed by MARKET_NOTES_YAHOO_BASE_URL at a real
// HTTP server on 127.0.0.1 that speaks Yahoo's chart format (the same server the unit tests use).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { startYahooServer, type LocalServer } from '../unit/quotes/servers';
import { hoverAt, openScratchNote, quoteFromYahoo, workspaceFolder } from './workspace';

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

suite('A note that names more symbols than lint may quote', () => {
  let server: LocalServer;
  let document: vscode.TextDocument;
  let restoreProvider: () => Promise<void>;
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  // Symbols QAA, QAB, … that the provider knows, more than one lint may ask for.
  const symbols = Array.from({ length: 260 }, (_, i) => `Q${letters[Math.floor(i / 26) % 26]}${letters[i % 26]}`);

  suiteSetup(async () => {
    server = await startYahooServer({ quotes: Object.fromEntries(symbols.map((symbol) => [symbol, { price: 20, previousClose: 19.5, name: `${symbol} Inc.`, exchange: 'NasdaqGS' }])) });
    restoreProvider = await quoteFromYahoo(server.baseUrl);
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    if (document) await vscode.workspace.fs.delete(document.uri);
    await restoreProvider();
    await server.close();
  });

  test('opening it asks the provider for the first 100 symbols only, and once', async () => {
    document = await openScratchNote('scratch-screener.md', `# Screener\n\n${symbols.map((symbol) => `$${symbol}`).join(' ')}\n`);
    // This note's symbols only: a note of the suite before may still be open in the background.
    const asked = () => server.requests.map((request) => request.path.slice('/v8/finance/chart/'.length)).filter((symbol) => /^Q[A-Z]{2}$/.test(symbol));
    const requested = () => new Set(asked());
    // Lint asks when the note opens; wait until no new request has come for two seconds.
    let last = -1;
    for (const deadline = Date.now() + 30_000; Date.now() < deadline; ) {
      await new Promise((resolve) => setTimeout(resolve, 2000));
      const now = server.requests.length;
      if (now === last && requested().size > 0) break;
      last = now;
    }
    assert.deepEqual([...requested()].sort(), symbols.slice(0, 100), 'the first 100 symbols of the note, each asked for');
    assert.equal(asked().length, 100, 'each symbol asked for once: the quotes that arrived did not make lint ask again');
  });
});

suite('Lint Workspace Notes over notes that name more symbols than one run may quote', () => {
  let server: LocalServer;
  let restoreProvider: () => Promise<void>;
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  // Six notes of 100 symbols each, RAA … RXB: 600 in all, each note within its own limit of 100.
  const symbols = Array.from({ length: 600 }, (_, i) => `R${letters[Math.floor(i / 26) % 26]}${letters[i % 26]}`);
  const folder = () => vscode.Uri.joinPath(workspaceFolder().uri, 'screeners');

  suiteSetup(async () => {
    server = await startYahooServer({ quotes: Object.fromEntries(symbols.map((symbol) => [symbol, { price: 20, previousClose: 19.5, name: `${symbol} Inc.`, exchange: 'NasdaqGS' }])) });
    restoreProvider = await quoteFromYahoo(server.baseUrl);
    for (let note = 0; note < 6; note++) {
      const text = `# Screener ${note + 1}\n\n${symbols.slice(note * 100, note * 100 + 100).map((symbol) => `$${symbol}`).join(' ')}\n`;
      await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder(), `screener-${note + 1}.md`), new TextEncoder().encode(text));
    }
  });

  suiteTeardown(async () => {
    await vscode.workspace.fs.delete(folder(), { recursive: true }).then(undefined, () => undefined);
    await restoreProvider();
    await server.close();
  });

  test('the run asks the provider for at most 500 symbols in all, each once', async function () {
    this.timeout(120_000);
    const before = server.requests.length;
    const count = await vscode.commands.executeCommand<number>('marketNotes.lintWorkspace');
    assert.equal(typeof count, 'number', 'the command finished');
    const askedInRun = server.requests.slice(before).map((request) => decodeURIComponent(request.path.slice('/v8/finance/chart/'.length)));
    const screenerSymbols = new Set(askedInRun.filter((symbol) => /^R[A-Z]{2}$/.test(symbol)));
    // The examples' own notes are linted in the same run and count toward its limit, so the screeners get at most
    // 500 and at least 500 less the examples' few symbols; without a run-wide limit they would get all 600. (Other
    // symbols may reach this server meanwhile: a note of an earlier suite, still open, is re-linted as quotes arrive.)
    assert.ok(screenerSymbols.size <= 500, `${screenerSymbols.size} of the screeners' symbols asked in one run`);
    assert.ok(screenerSymbols.size >= 400, `only ${screenerSymbols.size} of the screeners' symbols were asked for`);
    assert.equal(askedInRun.filter((symbol) => /^R[A-Z]{2}$/.test(symbol)).length, screenerSymbols.size, 'each asked for once');
  });
});

suite('The user raises the symbols one note may quote', () => {
  let server: LocalServer;
  let document: vscode.TextDocument;
  let restoreProvider: () => Promise<void>;
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  // Symbols PAA, PAB, …: more than the setting below allows.
  const symbols = Array.from({ length: 200 }, (_, i) => `P${letters[Math.floor(i / 26) % 26]}${letters[i % 26]}`);
  const settings = () => vscode.workspace.getConfiguration('marketNotes');

  suiteSetup(async () => {
    server = await startYahooServer({ quotes: Object.fromEntries(symbols.map((symbol) => [symbol, { price: 20, previousClose: 19.5, name: `${symbol} Inc.`, exchange: 'NasdaqGS' }])) });
    restoreProvider = await quoteFromYahoo(server.baseUrl);
    await settings().update('quotes.maxSymbolsPerNote', 150, vscode.ConfigurationTarget.Global);
  });

  suiteTeardown(async () => {
    await settings().update('quotes.maxSymbolsPerNote', undefined, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    if (document) await vscode.workspace.fs.delete(document.uri);
    await restoreProvider();
    await server.close();
  });

  test('marketNotes.quotes.maxSymbolsPerNote = 150 in the user settings: the first 150 symbols are asked for, once', async () => {
    document = await openScratchNote('scratch-screener-150.md', `# Screener\n\n${symbols.map((symbol) => `$${symbol}`).join(' ')}\n`);
    const asked = () => server.requests.map((request) => request.path.slice('/v8/finance/chart/'.length)).filter((symbol) => /^P[A-Z]{2}$/.test(symbol));
    let last = -1;
    for (const deadline = Date.now() + 30_000; Date.now() < deadline; ) {
      await new Promise((resolve) => setTimeout(resolve, 2000));
      const now = server.requests.length;
      if (now === last && asked().length > 0) break;
      last = now;
    }
    assert.deepEqual([...new Set(asked())].sort(), symbols.slice(0, 150), 'the first 150 symbols of the note, each asked for');
    assert.equal(asked().length, 150, 'each once');
  });
});
