// A rule's page, opened from the rule link in Problems (the diagnostic's code target) as the Markdown preview: read
// only, and not a Markdown editor the chart panel would follow. The pages ship inside the extension, so this works
// offline.

import * as vscode from 'vscode';

export const showRuleDocsCommand = 'marketNotes.showRuleDocs';

/** The diagnostic code target for a rule whose page is `page` (inside the extension's docs/rules). */
export function ruleDocsTarget(page: vscode.Uri): vscode.Uri {
  return vscode.Uri.parse(`command:${showRuleDocsCommand}?${encodeURIComponent(JSON.stringify([page.toString()]))}`);
}

export function registerRuleDocs(extensionUri: vscode.Uri): vscode.Disposable {
  const rulesFolder = vscode.Uri.joinPath(extensionUri, 'docs', 'rules').toString();
  return vscode.commands.registerCommand(showRuleDocsCommand, async (target: unknown) => {
    // Any command link can reach this command: only the extension's own rule pages are opened.
    const page = typeof target === 'string' ? vscode.Uri.parse(target) : undefined;
    const name = page?.toString().slice(rulesFolder.length + 1);
    if (!page || !page.toString().startsWith(`${rulesFolder}/`) || !/^[a-z0-9-]+\.md$/.test(name ?? '')) return;
    try {
      await vscode.commands.executeCommand('markdown.showPreview', page);
    } catch {
      // The built-in Markdown extension is disabled: the page as a text view is better than nothing.
      await vscode.window.showTextDocument(page, { preview: true });
    }
  });
}
