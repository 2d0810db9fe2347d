// What the integration suites share: the examples workspace the runners open (a temp copy), notes opened as a
// user would, and hovers asked for the way the editor asks (vscode.executeHoverProvider).
import * as assert from 'node:assert/strict';
import { csvParse } from 'd3-dsv';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'market-notes.market-notes';

export function workspaceFolder(): vscode.WorkspaceFolder {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test run must open the examples folder');
  return folder;
}

/** symbol -> price as written in the snapshot (e.g. "272.41"). */
export async function snapshotPrices(): Promise<Map<string, string>> {
  const uri = vscode.Uri.joinPath(workspaceFolder().uri, '.market-notes/quotes.csv');
  const rows = csvParse(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)));
  return new Map(rows.map((row) => [String(row.symbol).trim().toUpperCase(), String(row.price).trim()]));
}

/** A card prints two decimals, maybe with thousands separators ("$1,482.33"): compare with those removed. */
export function assertShowsPrice(card: string, price: string): void {
  const expected = Number(price).toFixed(2);
  assert.ok(card.replace(/,/g, '').includes(expected), `expected the card to show ${expected}:\n${card}`);
}

export function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n');
}

/**
 * The hover text at offset in document. The first requests can race the extension's activation (the provider
 * registration reaches the workbench asynchronously), so ask again for a few seconds before accepting "nothing".
 */
export async function hoverAt(document: vscode.TextDocument, offset: number): Promise<string> {
  const position = document.positionAt(offset);
  const deadline = Date.now() + 10_000;
  for (;;) {
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
    const text = hoverText(hovers ?? []);
    if (text.trim() !== '' || Date.now() > deadline) return text;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** The first note in the workspace whose text contains needle, opened in an editor. */
export async function openNoteContaining(needle: string): Promise<vscode.TextDocument> {
  const notes = await vscode.workspace.findFiles('*.md');
  notes.sort((a, b) => a.path.localeCompare(b.path));
  for (const uri of notes) {
    const document = await vscode.workspace.openTextDocument(uri);
    if (document.getText().includes(needle)) {
      await vscode.window.showTextDocument(document);
      return document;
    }
  }
  throw new Error(`no note in the workspace mentions ${needle}`);
}

/** Writes a scratch note into the (temporary) workspace and opens it; the caller deletes it. */
export async function openScratchNote(name: string, text: string): Promise<vscode.TextDocument> {
  const uri = vscode.Uri.joinPath(workspaceFolder().uri, name);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  const document = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(document);
  return document;
}

/**
 * For a suite that quotes from a Yahoo-format server on 127.0.0.1: points the provider at `baseUrl` (the extension
 * host is this process, and the provider reads its base URL from this environment when created), activates the
 * extension and selects Yahoo for the workspace. The returned function puts back the examples' snapshot provider
 * (what their .vscode/settings.json says, for the suites that follow) and the environment.
 */
export async function quoteFromYahoo(baseUrl: string): Promise<() => Promise<void>> {
  const previousBaseUrl = process.env.MARKET_NOTES_YAHOO_BASE_URL;
  process.env.MARKET_NOTES_YAHOO_BASE_URL = baseUrl;
  await vscode.extensions.getExtension(EXTENSION_ID)?.activate();
  await vscode.workspace.getConfiguration('marketNotes').update('quoteProvider', 'yahoo', vscode.ConfigurationTarget.Workspace);
  return async () => {
    await vscode.workspace.getConfiguration('marketNotes').update('quoteProvider', 'snapshot', vscode.ConfigurationTarget.Workspace);
    if (previousBaseUrl === undefined) delete process.env.MARKET_NOTES_YAHOO_BASE_URL;
    else process.env.MARKET_NOTES_YAHOO_BASE_URL = previousBaseUrl;
  };
}
