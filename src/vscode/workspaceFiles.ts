// Reading workspace files through vscode.workspace.fs (local, remote and virtual workspaces alike), as UTF-8 text.

import * as vscode from 'vscode';

export async function readWorkspaceText(uri: vscode.Uri): Promise<string> {
  return new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
}

/** The file's text, or undefined when it does not exist; other failures are thrown. */
export async function readWorkspaceTextIfExists(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return await readWorkspaceText(uri);
  } catch (error) {
    if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return undefined;
    throw error;
  }
}
