// The quote card, asked for the way the editor asks (vscode.executeHoverProvider), over the notes in examples/ (the
// runners open a temp copy of it). Expected prices come from the workspace's own .market-notes/quotes.csv.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, assertShowsPrice, hoverAt, hoverText, openNoteContaining, openScratchNote, snapshotPrices } from './workspace';

suite('Market Notes in VS Code', () => {
  let prices: Map<string, string>;

  suiteSetup(async () => {
    prices = await snapshotPrices();
    // Activation is on markdown: opening a note is what starts the extension, as for a user.
    await openNoteContaining('(NASDAQ: AAPL)');
    await vscode.extensions.getExtension(EXTENSION_ID)?.activate();
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('the extension activates and registers its commands', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is installed`);
    assert.equal(extension.isActive, true);
    const contributed: string[] = (extension.packageJSON.contributes?.commands ?? []).map(
      (command: { command: string }) => command.command,
    );
    assert.ok(contributed.includes('marketNotes.showLog'), 'package.json contributes marketNotes.showLog');
    const registered = new Set(await vscode.commands.getCommands(true));
    for (const command of contributed) assert.ok(registered.has(command), `${command} is registered`);
  });

  test('Market Notes: Show Log runs', async () => {
    await vscode.commands.executeCommand('marketNotes.showLog');
  });

  test('hovering (NASDAQ: AAPL) shows AAPL at its snapshot price', async () => {
    const price = prices.get('AAPL');
    assert.ok(price, 'the examples snapshot lists AAPL');
    const document = await openNoteContaining('(NASDAQ: AAPL)');
    const offset = document.getText().indexOf('(NASDAQ: AAPL)') + '(NASDAQ: '.length + 1; // inside "AAPL"
    const card = await hoverAt(document, offset);
    assert.match(card, /AAPL/);
    assertShowsPrice(card, price);
  });

  test('hovering a $cashtag shows that symbol at its snapshot price', async () => {
    const price = prices.get('TSLA');
    assert.ok(price, 'the examples snapshot lists TSLA');
    const document = await openScratchNote('scratch-cashtag.md', '# Scratch\n\nTesla ($TSLA) delivered fewer cars.\n');
    try {
      const card = await hoverAt(document, document.getText().indexOf('$TSLA') + 2);
      assert.match(card, /TSLA/);
      assertShowsPrice(card, price);
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await vscode.workspace.fs.delete(document.uri);
    }
  });

  test('a symbol missing from the snapshot gets a card that says so', async () => {
    const missing = 'XOM';
    assert.equal(prices.has(missing), false, `${missing} must not be in the examples snapshot for this test`);
    const document = await openScratchNote('scratch-missing.md', `# Scratch\n\nExxon (NYSE: ${missing}) is not covered.\n`);
    try {
      const card = await hoverAt(document, document.getText().indexOf(`: ${missing}`) + 3);
      assert.match(card, new RegExp(missing));
      assert.match(card, /not in the snapshot/i);
      assert.match(card, /Refresh/);
      assert.doesNotMatch(card, /Copy/, 'no Copy without a quote');
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await vscode.workspace.fs.delete(document.uri);
    }
  });

  test('plain prose gets no quote card', async () => {
    const document = await openNoteContaining('(NASDAQ: AAPL)');
    const text = document.getText();
    // The first word of the note's first line of plain prose: no ticker there.
    const offset = text.search(/\n[A-Z][a-z]+ /) + 2;
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      document.uri,
      document.positionAt(offset),
    );
    assert.doesNotMatch(hoverText(hovers ?? []), /snapshot|\$\d/i);
  });

  test('the card compares the price the note states, and the close on its as-of date, with the quote', async () => {
    const document = await openNoteContaining('closed at $256.44');
    const text = document.getText();
    const card = await hoverAt(document, text.indexOf('AAPL', text.indexOf('January 26, 2026')) + 1);
    assert.match(card, /Then vs now: the note says \\?\$256\.44 \(line \d+\) → \\?\$272\.41 \(\+6\.23%\)/);
    // The close on the stamp's date comes from the snapshot's history file.
    const history = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(document.uri, '..', '.market-notes/history/AAPL.csv')));
    const close = /^2026-01-26,([\d.]+)$/m.exec(history)?.[1];
    assert.ok(close, 'the examples history has a close for 2026-01-26');
    assert.ok(card.includes(`Close on 2026-01-26 (note as of January 26, 2026):`), card);
    assert.ok(card.includes(Number(close).toFixed(2)), card);
    assert.match(card, /Copy/);
  });

  test('a quote table stating the close on its as-of date gets one then-vs-now line, not two alike', async () => {
    const note = '# Scratch\n\nClosing prices as of January 26, 2026:\n\n| Ticker | Close |\n| --- | --- |\n| AAPL | $262.81 |\n';
    const document = await openScratchNote('scratch-table.md', note);
    try {
      const card = await hoverAt(document, document.getText().indexOf('AAPL') + 1);
      assert.match(card, /Then vs now: the note says \\?\$262\.81 \(line 7, as of January 26, 2026\)/);
      assert.doesNotMatch(card, /Close on 2026-01-26/);
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await vscode.workspace.fs.delete(document.uri);
    }
  });
});
