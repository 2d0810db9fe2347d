// Tickers as the wires write them, in the real extension host: the company (TICK) and Reuters RIC forms of
// examples/weekly-watchlist.md hover with their snapshot price, an unknown `Name (TICK)` gets no card, and the
// "Insert chart of …" code action takes its tickers from the mentions a selection touches.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { assertShowsPrice, hoverAt, openNoteContaining, openScratchNote, snapshotPrices } from './workspace';

suite('News forms in VS Code', () => {
  let prices: Map<string, string>;

  suiteSetup(async () => {
    prices = await snapshotPrices();
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  for (const [written, symbol] of [
    ['Palantir Technologies (PLTR)', 'PLTR'],
    ['Coca-Cola (KO.N)', 'KO'],
  ] as const) {
    test(`hovering ${symbol} in "${written}" shows its card at the snapshot price`, async () => {
      const price = prices.get(symbol);
      assert.ok(price, `the examples snapshot lists ${symbol}`);
      const document = await openNoteContaining(written);
      const card = await hoverAt(document, document.getText().indexOf(written) + written.indexOf(`(${symbol}`) + 2);
      assert.match(card, new RegExp(`\\b${symbol}\\b`));
      assertShowsPrice(card, price);
    });
  }

  test('a company (TICK) the provider does not know gets no card; the same symbol with an exchange does', async () => {
    const document = await openScratchNote('scratch-news-forms.md', '# Scratch\n\nAcme Widgets (ZZZW) grew. Listed as (NASDAQ: ZZZW) too.\n');
    try {
      const text = document.getText();
      assert.equal((await hoverAtOnce(document, text.indexOf('(ZZZW)') + 2)).trim(), '');
      assert.match(await hoverAt(document, text.indexOf('NASDAQ: ZZZW') + 9), /ZZZW/);
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await vscode.workspace.fs.delete(document.uri);
    }
  });

  test('Insert chart of …: the mentions a selection touches, never NASDAQ or CEO', async () => {
    const document = await openScratchNote(
      'scratch-chart-action.md',
      '# Scratch\n\nAmazon (NASDAQ: AMZN) and Microsoft (NASDAQ: MSFT) led;\nthe CEO spoke.\n\nNext paragraph.\n',
    );
    try {
      const text = document.getText();
      const titles = async (from: number, to: number) => {
        const range = new vscode.Range(document.positionAt(from), document.positionAt(to));
        const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, range)) ?? [];
        return actions.filter((action) => action.title.startsWith('Insert chart of')).map((action) => ({ title: action.title, line: (action.command?.arguments?.[0] as { line?: number } | undefined)?.line }));
      };
      const nasdaq = text.indexOf('NASDAQ');
      assert.deepEqual(await titles(nasdaq, nasdaq + 6), [{ title: 'Insert chart of AMZN…', line: 3 }]);
      const ceo = text.indexOf('CEO');
      assert.deepEqual(await titles(ceo, ceo + 3), []);
      const microsoft = text.indexOf('Microsoft');
      assert.deepEqual(await titles(microsoft, text.indexOf('MSFT') + 4), [{ title: 'Insert chart of MSFT…', line: 3 }]);
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await vscode.workspace.fs.delete(document.uri);
    }
  });
});

/** One hover request after the note has been read (no retrying until a card shows: no card is the expectation). */
async function hoverAtOnce(document: vscode.TextDocument, offset: number): Promise<string> {
  await hoverAt(document, document.getText().indexOf('NASDAQ: ZZZW') + 9); // waits until the extension answers at all
  const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, document.positionAt(offset))) ?? [];
  return hovers.map((hover) => hover.contents.map((content) => (typeof content === 'string' ? content : content.value)).join('\n')).join('\n');
}
