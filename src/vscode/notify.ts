// The only way the extension shows a notification: every message goes through plainMessage, so text from notes,
// file names and providers cannot become a clickable link or command (a unit test keeps other call sites out).

import * as vscode from 'vscode';
import { plainMessage } from '../core/plainMessage';

export function showError<T extends string>(message: string, ...items: T[]): Thenable<T | undefined> {
  return vscode.window.showErrorMessage(plainMessage(message), ...items);
}

export function showWarning<T extends string>(message: string, ...items: T[]): Thenable<T | undefined> {
  return vscode.window.showWarningMessage(plainMessage(message), ...items);
}

export function showInformation<T extends string>(message: string, ...items: T[]): Thenable<T | undefined> {
  return vscode.window.showInformationMessage(plainMessage(message), ...items);
}

/** A modal question (the answer matters before going on); `detail` is outside text as much as the message. */
export function askModal<T extends string>(message: string, detail: string, ...items: T[]): Thenable<T | undefined> {
  return vscode.window.showWarningMessage(plainMessage(message), { modal: true, detail: plainMessage(detail) }, ...items);
}
