// Ticker completion in the real extension host (vscode.executeCompletionItemProvider), with the Yahoo provider
// pointed by MARKET_NOTES_YAHOO_BASE_URL at a local server speaking Yahoo's search format.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { startYahooServer, type Fault, type LocalServer } from '../unit/quotes/servers';
import { openScratchNote, quoteFromYahoo } from './workspace';

suite('Ticker completion from a Yahoo-format symbol search', function () {
  // A guard, not a measure: on a loaded machine the extension host answers its first requests slowly.
  this.timeout(120_000);
  let server: LocalServer;
  let document: vscode.TextDocument;
  const faults: Record<string, Fault> = {};
  let restoreProvider: () => Promise<void>;
  const searches = (query: string) => server.requests.filter((request) => request.path === '/v1/finance/search' && request.query.q === query).length;

  suiteSetup(async () => {
    server = await startYahooServer({ faults });
    restoreProvider = await quoteFromYahoo(server.baseUrl);
    document = await openScratchNote('scratch-completion.md', '# Completion\n\n');
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(document.uri);
    await restoreProvider();
    await server.close();
  });

  /** Writes `text` as the note's last line and asks for completions at its end, as typing a trigger character would. */
  async function complete(text: string, trigger?: string): Promise<vscode.CompletionItem[]> {
    const edit = new vscode.WorkspaceEdit();
    const last = document.lineAt(document.lineCount - 1);
    edit.replace(document.uri, last.range, text);
    await vscode.workspace.applyEdit(edit);
    const position = new vscode.Position(document.lineCount - 1, text.length);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, position, trigger);
    return list.items.filter((item) => item.kind === vscode.CompletionItemKind.Value);
  }

  const labelOf = (item: vscode.CompletionItem) => (typeof item.label === 'string' ? item.label : item.label.label);
  const find = (items: vscode.CompletionItem[], symbol: string) => items.find((item) => labelOf(item) === symbol);

  test('a company name after $ finds its symbol, with name, venue and type, inserting the cashtag', async () => {
    const items = await complete('Bottlers beat: $coca');
    const ko = find(items, 'KO');
    assert.ok(ko, `KO offered among ${items.map(labelOf).join(', ')}`);
    assert.equal(ko.insertText, '$KO');
    const label = ko.label as vscode.CompletionItemLabel;
    assert.match(label.detail ?? '', /Coca-Cola Company/);
    assert.match(label.description ?? '', /NYSE · Equity/);
    assert.equal(searches('coca'), 1);
    // The range covers what was typed, so accepting replaces `$coca`.
    const range = ko.range as vscode.Range;
    assert.equal(document.getText(range), '$coca');
  });

  test('inside an exchange prefix the venue the provider gives wins over a wrong one', async () => {
    const items = await complete('Coca-Cola (NASDAQ: KO', ' ');
    assert.equal(find(items, 'KO')?.insertText, '(NYSE: KO)');
  });

  test('a parenthesis after a company name offers its listings, qualified', async () => {
    const items = await complete('Shares of Coca-Cola (', '(');
    assert.equal(find(items, 'KO')?.insertText, '(NYSE: KO)');
    assert.equal(find(items, 'COKE')?.insertText, '(NASDAQ: COKE)');
  });

  test('the same query again is answered from the cache', async () => {
    const before = searches('coca');
    const items = await complete('Again $coca');
    assert.ok(find(items, 'KO'));
    assert.equal(searches('coca'), before);
  });

  test('one letter sends no search but offers the local listings (the snapshot)', async () => {
    const allSearches = () => server.requests.filter((request) => request.path === '/v1/finance/search').length;
    const before = allSearches();
    const items = await complete('Watch $M', '$');
    assert.ok(find(items, 'META') && find(items, 'MSFT'), items.map(labelOf).join(', '));
    assert.equal(allSearches(), before);
  });

  test('a rate-limited provider falls back to local listings silently, and is left alone meanwhile', async () => {
    faults.meta = 'rate-limit-retry-after';
    try {
      const items = await complete('Rotation into $meta');
      assert.equal(searches('meta'), 1);
      assert.ok(find(items, 'META'), 'the snapshot still offers META');
      const next = await complete('and $metl');
      assert.ok(Array.isArray(next));
      assert.equal(searches('metl'), 0, 'no search while the rate limit lasts');
    } finally {
      delete faults.meta;
    }
  });
});
