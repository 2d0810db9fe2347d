// Reading workspace files through vscode.workspace.fs (local, remote and virtual workspaces alike), as text: UTF-8,
// or UTF-16 with a byte-order mark, as the editor reads them (src/core/fileText.ts).

import * as vscode from 'vscode';
import { decodeFileText } from '../core/fileText';
import { fileTooLargeReason, maxFileBytes } from '../core/lint/lintBudget';

/**
 * Only a regular file is read (a symbolic link to one is followed), of at most maxFileBytes: a repository can commit
 * a link named quotes.csv that points at /dev/zero, or a generated note of gigabytes, and reading either ends only
 * when the extension host's memory does.
 */
export async function readWorkspaceText(uri: vscode.Uri): Promise<string> {
  const info = await vscode.workspace.fs.stat(uri);
  const name = uri.path.split('/').pop();
  if ((info.type & vscode.FileType.File) === 0) throw new FileRefusedError(`${name} is not a regular file (a device, a pipe or a socket)`, { kind: 'not-regular' });
  if (info.size > maxFileBytes) throw new FileRefusedError(`${name} is not read: ${fileTooLargeReason(info.size)}`, { kind: 'too-large', bytes: info.size });
  const file = decodeFileText(await vscode.workspace.fs.readFile(uri));
  if (file.kind === 'binary') throw new FileRefusedError(`${name} is ${file.reason}`, { kind: 'not-text', reason: file.reason });
  return file.text;
}

/** Why a file was not read, for a caller that tells the writer in its own way (lint: a notice on the file). */
export type FileRefusal = { readonly kind: 'not-regular' } | { readonly kind: 'too-large'; readonly bytes: number } | { readonly kind: 'not-text'; readonly reason: string };

export class FileRefusedError extends Error {
  constructor(
    message: string,
    readonly refusal: FileRefusal,
  ) {
    super(message);
  }
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
