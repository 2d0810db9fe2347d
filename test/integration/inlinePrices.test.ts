// Inline prices in the real extension host: inlay hints after the visible mentions, from the quote cache filled by
// a Yahoo-format server on 127.0.0.1, and no new requests when scrolling back.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { startYahooServer, type LocalServer, type QuoteTable } from '../unit/quotes/servers';
import { openScratchNote, quoteFromYahoo } from './workspace';

const symbols = Array.from({ length: 90 }, (_, i) => `Q${String.fromCharCode(65 + Math.floor(i / 26))}${String.fromCharCode(65 + (i % 26))}`);
const quotes: QuoteTable = Object.fromEntries(symbols.map((symbol, i) => [symbol, { price: 100 + i, previousClose: 100, name: `Company ${symbol}` }]));
const noteText = `# Inline prices\n\n${symbols.map((symbol) => `Shares of (NASDAQ: ${symbol}) moved.\n\n`).join('')}`;

suite('Inline prices as inlay hints', function () {
  // A guard, not a measure: on a loaded machine the extension host answers its first requests slowly.
  this.timeout(120_000);
  let server: LocalServer;
  let editor: vscode.TextEditor;
  let restoreProvider: () => Promise<void>;
  const config = () => vscode.workspace.getConfiguration('marketNotes');
  const requestsFor = (symbol: string) => server.requests.filter((request) => request.path === `/v8/finance/chart/${symbol}`).length;

  suiteSetup(async () => {
    server = await startYahooServer({ quotes });
    restoreProvider = await quoteFromYahoo(server.baseUrl);
    await config().update('inlinePrices', 'on', vscode.ConfigurationTarget.Workspace);
    const document = await openScratchNote('scratch-inline.md', noteText);
    editor = await vscode.window.showTextDocument(document);
  });

  suiteTeardown(async () => {
    const uri = editor.document.uri;
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(uri);
    await config().update('inlinePrices', undefined, vscode.ConfigurationTarget.Workspace);
    await restoreProvider();
    await server.close();
  });

  function visibleRange(): vscode.Range {
    const ranges = editor.visibleRanges;
    return new vscode.Range(ranges[0]?.start ?? new vscode.Position(0, 0), ranges.at(-1)?.end ?? new vscode.Position(0, 0));
  }

  /** Symbols mentioned in a range of the note. */
  function symbolsIn(range: vscode.Range): string[] {
    return symbols.filter((symbol) => {
      const offset = noteText.indexOf(`(NASDAQ: ${symbol})`);
      return range.contains(editor.document.positionAt(offset));
    });
  }

  async function hintsIn(range: vscode.Range): Promise<vscode.InlayHint[]> {
    return (await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', editor.document.uri, range)) ?? [];
  }

  /** Polls until every mention in the range has its hint (the first refresh is on its way). */
  async function settledHints(range: vscode.Range): Promise<vscode.InlayHint[]> {
    const expected = symbolsIn(range).length;
    const deadline = Date.now() + 20_000;
    for (;;) {
      const hints = await hintsIn(range);
      if (hints.length >= expected || Date.now() > deadline) return hints;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }

  const labelText = (hint: vscode.InlayHint) => (typeof hint.label === 'string' ? hint.label : hint.label.map((part) => part.value).join(''));

  test('each visible mention gets `price ▲change%` right after it, and only the visible ones were asked for', async () => {
    const range = visibleRange();
    const visible = symbolsIn(range);
    assert.ok(visible.length > 0 && visible.length < symbols.length, `${visible.length} of ${symbols.length} mentions visible`);
    const hints = await settledHints(range);
    assert.equal(hints.length, visible.length);
    for (const hint of hints) {
      const line = editor.document.lineAt(hint.position.line).text;
      const symbol = /\(NASDAQ: (Q[A-Z]+)\)/.exec(line)?.[1] as string;
      assert.equal(hint.position.character, line.indexOf(')') + 1, 'right after the mention');
      const price = (quotes[symbol]?.price ?? 0).toFixed(2);
      assert.equal(labelText(hint), price === '100.00' ? '100.00 ■0.0%' : `${price} ▲${(Number(price) - 100).toFixed(1)}%`);
    }
    // Mentions far below the fold have no hint in that range's answer.
    const last = symbols.at(-1) as string;
    assert.ok(!visible.includes(last));
  });

  test('scrolling down fills the new mentions; scrolling back costs no request', async () => {
    const top = visibleRange();
    const topSymbols = symbolsIn(top);
    const before = topSymbols.map(requestsFor);
    assert.ok(before.every((count) => count >= 1), 'the visible mentions were asked for');

    const end = editor.document.lineAt(editor.document.lineCount - 1).range;
    editor.revealRange(end, vscode.TextEditorRevealType.AtTop);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const bottom = visibleRange();
    const bottomHints = await settledHints(bottom);
    assert.ok(bottomHints.length > 0 && bottomHints.length === symbolsIn(bottom).length, `${bottomHints.length} hints at the bottom`);

    editor.revealRange(top, vscode.TextEditorRevealType.AtTop);
    // Wait until the editor shows the top again, then past the refresh that a scroll schedules (300 ms after it).
    for (let waited = 0; waited < 20_000 && !visibleRange().contains(top.start); waited += 200) await new Promise((resolve) => setTimeout(resolve, 200));
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const again = await hintsIn(top);
    assert.equal(again.length, topSymbols.length, 'the scrolled-back mentions have their hints, from the cache');
    assert.deepEqual(topSymbols.map(requestsFor), before, 'no new request for the mentions scrolled back to');
  });

  test('off by default: with the setting off there are no hints', async () => {
    await config().update('inlinePrices', 'off', vscode.ConfigurationTarget.Workspace);
    try {
      assert.deepEqual(await hintsIn(visibleRange()), []);
    } finally {
      await config().update('inlinePrices', 'on', vscode.ConfigurationTarget.Workspace);
    }
  });
});
