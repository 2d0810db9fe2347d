// The notification that ends "Lint Workspace Notes": the counts, and a button to the Problems view when there is
// something to see there.

import * as vscode from 'vscode';
import { describeLintRun } from '../../core/lint/runSummary';
import { showInformation } from '../notify';

export async function showLintSummary(notes: number, findings: number, cancelled: boolean): Promise<void> {
  const message = `Market Notes: ${describeLintRun(notes, findings, cancelled)}`;
  const showProblems = 'Show Problems';
  const choice = findings > 0 ? await showInformation(message, showProblems) : await showInformation(message);
  if (choice === showProblems) await vscode.commands.executeCommand('workbench.actions.view.problems');
}
