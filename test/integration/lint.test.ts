// Lint in the real editor: an examples note shows the expected diagnostics, and the price-drift, stale-as-of and
// RIC venue quick fixes change the note in one edit that one undo takes back, never dating unchecked figures today.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, openNoteContaining, openScratchNote } from './workspace';

/** Diagnostics of a document once Market Notes has linted it (lint is debounced and asks for quotes). */
async function marketNotesDiagnostics(uri: vscode.Uri, until: (diagnostics: vscode.Diagnostic[]) => boolean): Promise<vscode.Diagnostic[]> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const diagnostics = vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === 'Market Notes');
    if (until(diagnostics) || Date.now() > deadline) return diagnostics;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const ruleOf = (diagnostic: vscode.Diagnostic) => (typeof diagnostic.code === 'object' ? String(diagnostic.code.value) : String(diagnostic.code));

suite('Lint in VS Code', () => {
  let document: vscode.TextDocument;

  suiteSetup(async () => {
    await vscode.extensions.getExtension(EXTENSION_ID)?.activate();
    document = await openNoteContaining('closed at $256.44');
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('an examples note shows stale-as-of and price-drift diagnostics with rule ids and docs links', async () => {
    const diagnostics = await marketNotesDiagnostics(document.uri, (found) => found.some((d) => ruleOf(d) === 'price-drift'));
    const rules = diagnostics.map(ruleOf);
    assert.ok(rules.includes('stale-as-of'), `rules: ${rules.join(', ')}`);
    assert.equal(rules.filter((rule) => rule === 'price-drift').length, 2, `rules: ${rules.join(', ')}`);
    const drift = diagnostics.find((d) => ruleOf(d) === 'price-drift' && d.message.startsWith('AAPL'));
    assert.ok(drift);
    assert.equal(document.getText(drift.range), '$256.44');
    assert.match(drift.message, /AAPL is stated at \$256\.44; the quote is \$272\.41/);
    const code = drift.code as { value: string; target: vscode.Uri };
    assert.equal(code.target.scheme, 'command');
    assert.match(decodeURIComponent(code.target.query), /docs\/rules\/price-drift\.md"\]$/);
    assert.equal(drift.severity, vscode.DiagnosticSeverity.Warning);
  });

  test('the rule link opens the rule page in the Markdown preview, not in an editor', async () => {
    const diagnostics = await marketNotesDiagnostics(document.uri, (found) => found.some((d) => ruleOf(d) === 'price-drift'));
    const code = diagnostics.find((d) => ruleOf(d) === 'price-drift')?.code as { target: vscode.Uri };
    await vscode.window.showTextDocument(document);
    // What the Problems view does with the link: run the command URI with its JSON arguments.
    const [command, args] = [code.target.path, JSON.parse(decodeURIComponent(code.target.query)) as unknown[]];
    await vscode.commands.executeCommand(command, ...args);
    for (let waited = 0; waited < 5000 && !(vscode.window.tabGroups.activeTabGroup.activeTab?.input instanceof vscode.TabInputWebview); waited += 100) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
    assert.ok(input instanceof vscode.TabInputWebview, 'a webview (the preview) is active');
    assert.match(input.viewType, /markdown\.preview/);
    assert.ok(!vscode.workspace.textDocuments.some((opened) => opened.uri.path.endsWith('docs/rules/price-drift.md') && vscode.window.visibleTextEditors.some((editor) => editor.document === opened)), 'no editor shows the page');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    // A command link elsewhere cannot open another file through it.
    await vscode.commands.executeCommand(command, vscode.Uri.joinPath(document.uri, '..', 'README.md').toString());
    assert.ok(!(vscode.window.tabGroups.activeTabGroup.activeTab?.input instanceof vscode.TabInputWebview));
  });

  test('the price-drift quick fix updates the figure in one edit, and one undo restores it', async () => {
    const before = document.getText();
    const diagnostics = await marketNotesDiagnostics(document.uri, (found) => found.some((d) => ruleOf(d) === 'price-drift'));
    const drift = diagnostics.find((d) => ruleOf(d) === 'price-drift' && d.message.startsWith('AAPL'));
    assert.ok(drift);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, drift.range, vscode.CodeActionKind.QuickFix.value);
    const titles = actions.map((action) => action.title);
    const update = actions.find((action) => /^Update to \$272\.41/.test(action.title));
    assert.ok(update?.edit, `actions: ${titles.join(' | ')}`);
    assert.ok(titles.some((title) => title === 'Disable price-drift for this line'), titles.join(' | '));

    assert.equal(await vscode.workspace.applyEdit(update.edit), true);
    const fixed = document.getText();
    assert.ok(fixed.includes('closed at $272.41'), 'the figure is updated');
    assert.ok(!fixed.includes('$256.44'));

    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('undo');
    assert.equal(document.getText(), before, 'one undo restores the note');
  });

  test('a stale stamp that dates prices is not re-stamped to today: both fixes use the quotes\' day, and one undo restores the note', async () => {
    const before = document.getText();
    const diagnostics = await marketNotesDiagnostics(
      document.uri,
      (found) => found.some((d) => ruleOf(d) === 'stale-as-of' && document.getText(d.range).includes('January 26, 2026')) && found.some((d) => ruleOf(d) === 'price-drift' && d.message.startsWith('AAPL')),
    );
    const stale = diagnostics.find((d) => ruleOf(d) === 'stale-as-of' && document.getText(d.range).includes('January 26, 2026'));
    assert.ok(stale, diagnostics.map((d) => `${ruleOf(d)}: ${d.message}`).join('\n'));
    const drift = diagnostics.find((d) => ruleOf(d) === 'price-drift' && d.message.startsWith('AAPL'));
    assert.ok(drift);
    const titlesAt = async (range: vscode.Range) =>
      (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, range, vscode.CodeActionKind.QuickFix.value)) ?? [];
    // Code actions answer only for the version lint last saw: after the previous test's undo, wait for the re-lint.
    let staleActions = await titlesAt(stale.range);
    for (const deadline = Date.now() + 15_000; staleActions.length === 0 && Date.now() < deadline; staleActions = await titlesAt(stale.range)) {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    const titles = staleActions.map((action) => action.title);
    // The stamp dates Apple's and Tesla's prices: moving it to today would date figures nobody checked.
    assert.ok(!titles.some((title) => /today/i.test(title)), titles.join(' | '));
    const refresh = staleActions.find((action) => /^Update the 2 prices to the quotes and re-stamp to (.+)$/.test(action.title));
    assert.ok(refresh?.edit, titles.join(' | '));
    const quotesDay = /re-stamp to (.+)$/.exec(refresh.title)?.[1] as string;
    const driftTitles = (await titlesAt(drift.range)).map((action) => action.title);
    assert.ok(
      driftTitles.some((title) => title.includes(`(as of ${quotesDay})`)),
      `the price-drift fix dates its figure with the same day (${quotesDay}): ${driftTitles.join(' | ')}`,
    );

    assert.equal(await vscode.workspace.applyEdit(refresh.edit), true);
    const fixed = document.getText();
    assert.ok(fixed.includes(`as of ${quotesDay}, Apple`), 'the stamp moves to the quotes\' day');
    assert.ok(!fixed.includes('$256.44') && !fixed.includes('$431.46'), 'both prices are updated');
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('undo');
    assert.equal(document.getText(), before, 'one undo restores the note');
  });

  test('a price under a shared stamp gets its own "(as of …)", "Mark as reviewed today" re-dates only its stamp, and one undo takes back each', async () => {
    const text =
      '# Scratch\n\nAs of November 10, 2026, Apple (NASDAQ: AAPL) closed at $256.44 and Tesla (NASDAQ: TSLA) traded near $431.46.\n\n' +
      'As of March 3, 2026, the rally has further to run.\n';
    const scratch = await openScratchNote('scratch-fixes.md', text);
    try {
      const actionsAt = async (range: vscode.Range) =>
        (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', scratch.uri, range, vscode.CodeActionKind.QuickFix.value)) ?? [];
      const found = await marketNotesDiagnostics(scratch.uri, (all) => all.some((d) => ruleOf(d) === 'price-drift') && all.some((d) => ruleOf(d) === 'stale-as-of'));
      const drift = found.find((d) => ruleOf(d) === 'price-drift' && d.message.startsWith('AAPL'));
      assert.ok(drift, found.map((d) => `${ruleOf(d)}: ${d.message}`).join('\n'));
      const local = (await actionsAt(drift.range)).find((action) => /^Update to \$272\.41 \(as of (.+)\)$/.test(action.title));
      assert.ok(local?.edit, "the fix dates the price on its own: the stamp also dates Tesla's price");
      const day = /\(as of (.+)\)$/.exec(local.title)?.[1] as string;
      assert.equal(await vscode.workspace.applyEdit(local.edit), true);
      assert.equal(scratch.getText(), text.replace('$256.44', `$272.41 (as of ${day})`), 'only the price changes; the shared stamp stays');
      await vscode.window.showTextDocument(scratch);
      await vscode.commands.executeCommand('undo');
      assert.equal(scratch.getText(), text, 'one undo restores the note');

      const again = await marketNotesDiagnostics(scratch.uri, (all) => all.some((d) => ruleOf(d) === 'stale-as-of'));
      const stale = again.find((d) => ruleOf(d) === 'stale-as-of');
      assert.ok(stale);
      assert.equal(scratch.getText(stale.range), 'March 3, 2026');
      // The undo made a new version of the note: its quick fixes come once lint has read that version.
      let reviewed: vscode.CodeAction | undefined;
      for (let waited = 0; !reviewed && waited < 15_000; waited += 200) {
        reviewed = (await actionsAt(stale.range)).find((action) => action.title.startsWith('Mark as reviewed today ('));
        if (!reviewed) await new Promise((resolve) => setTimeout(resolve, 200));
      }
      assert.ok(reviewed?.edit, 'a stamp that dates no figure can be marked as reviewed');
      const today = /\((.+)\)$/.exec(reviewed.title)?.[1] as string;
      assert.equal(await vscode.workspace.applyEdit(reviewed.edit), true);
      assert.equal(scratch.getText(), text.replace('March 3, 2026', today), 'only that stamp moves');
      await vscode.commands.executeCommand('undo');
      assert.equal(scratch.getText(), text, 'one undo restores the note');
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      await vscode.workspace.fs.delete(scratch.uri);
    }
  });

  test('Lint Workspace Notes reports the cross-note conflict and the exchange mismatch', async () => {
    const count = await vscode.commands.executeCommand<number>('marketNotes.lintWorkspace');
    assert.ok(count >= 5, `findings: ${count}`);
    const all = vscode.languages.getDiagnostics().flatMap(([uri, diagnostics]) => diagnostics.filter((d) => d.source === 'Market Notes').map((d) => ({ uri, d })));
    const conflicts = all.filter(({ d }) => ruleOf(d) === 'conflicting-figures');
    assert.equal(conflicts.length, 2, 'one finding on each side of the conflict');
    assert.ok(conflicts.every(({ d }) => (d.relatedInformation?.length ?? 0) >= 1), 'each points at the other note');
    const mismatch = all.find(({ d }) => ruleOf(d) === 'exchange-mismatch');
    assert.ok(mismatch);
    assert.match(mismatch.d.message, /IWM trades on NYSE Arca/);
  });

  test("a Reuters code with the wrong venue suffix gets a quick fix that rewrites the suffix, undone in one step", async () => {
    const note = await openScratchNote('ric-venue.md', 'Coca-Cola (KO.O) held up better than the market.\n');
    try {
      const diagnostics = await marketNotesDiagnostics(note.uri, (found) => found.some((d) => ruleOf(d) === 'exchange-mismatch'));
      const mismatch = diagnostics.find((d) => ruleOf(d) === 'exchange-mismatch');
      assert.ok(mismatch, `rules: ${diagnostics.map(ruleOf).join(', ')}`);
      assert.match(mismatch.message, /KO trades on NYSE/);
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', note.uri, mismatch.range, vscode.CodeActionKind.QuickFix.value);
      const rewrite = actions.find((action) => action.title === 'Change the RIC suffix to .N');
      assert.ok(rewrite?.edit, `actions: ${actions.map((action) => action.title).join(' | ')}`);
      assert.equal(await vscode.workspace.applyEdit(rewrite.edit), true);
      assert.equal(note.getText(), 'Coca-Cola (KO.N) held up better than the market.\n');
      await vscode.window.showTextDocument(note);
      await vscode.commands.executeCommand('undo');
      assert.equal(note.getText(), 'Coca-Cola (KO.O) held up better than the market.\n');
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      await vscode.workspace.fs.delete(note.uri);
    }
  });

  test('Lint Workspace Notes reads a UTF-16 note as the editor does, and says a binary file with a note\'s name is no text', async () => {
    const folder = vscode.workspace.workspaceFolders![0].uri;
    const windowsNote = vscode.Uri.joinPath(folder, 'powershell-note.md');
    const binary = vscode.Uri.joinPath(folder, 'renamed-image.md');
    // Windows PowerShell's `>` writes UTF-16, little-endian, with a byte-order mark.
    await vscode.workspace.fs.writeFile(windowsNote, Buffer.from('\uFEFFAs of February 2, 2026, the week closed quietly.\n', 'utf16le'));
    await vscode.workspace.fs.writeFile(binary, Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]), Buffer.from(' As of May 1, 2020 $R\n')]));
    try {
      await vscode.commands.executeCommand<number>('marketNotes.lintWorkspace');
      const stale = (await marketNotesDiagnostics(windowsNote, (found) => found.length > 0)).find((d) => ruleOf(d) === 'stale-as-of');
      assert.ok(stale, 'the UTF-16 note was linted');
      assert.deepEqual([stale.range.start.line, stale.range.start.character], [0, 6], 'at the date, the mark not counted');
      // One notice, as the CLI gives: nothing read from its bytes (no stale date, no $R), and the writer told why.
      const notices = vscode.languages.getDiagnostics(binary).filter((d) => d.source === 'Market Notes');
      assert.deepEqual(notices.map((d) => [ruleOf(d), d.severity, d.range.start.line]), [['too-complex', vscode.DiagnosticSeverity.Information, 0]]);
      assert.match(notices[0].message, /not text.*no rule ran/);
    } finally {
      await vscode.workspace.fs.delete(windowsNote);
      await vscode.workspace.fs.delete(binary);
    }
  });
});
