// Quick fixes for lint diagnostics: each finding's own fixes, "disable this rule for this line", and "fix all"
// of one rule in the file. Every action is one WorkspaceEdit, so one undo takes it back.

import * as vscode from 'vscode';
import { disableLineFix, fixAll, type Finding, type TextEdit } from '../../core/lint';
import type { MentionIndex } from '../mentionIndex';
import type { LintController } from './lintController';

export class LintCodeActionProvider implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] };

  constructor(
    private readonly lint: LintController,
    private readonly mentionIndex: MentionIndex,
  ) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const linted = this.lint.lintedNote(document);
    if (!linted) return []; // the findings are for another version of the text: their offsets no longer hold
    const actions: vscode.CodeAction[] = [];
    const offeredFixAll = new Set<string>();
    for (const diagnostic of context.diagnostics) {
      if (diagnostic.source !== 'Market Notes') continue;
      const finding = findingOf(linted.findings, document, diagnostic);
      if (!finding) continue;
      for (const [index, fix] of (finding.fixes ?? []).entries()) {
        actions.push(action(document, fix.title, fix.edits, diagnostic, index === 0));
      }
      const disable = disableLineFix(this.mentionIndex.facts(document).source, finding);
      if (disable) actions.push(action(document, disable.title, disable.edits, diagnostic, false));
      const sameRule = linted.findings.filter((other) => other.ruleId === finding.ruleId && other.fixes?.length);
      if (sameRule.length > 1 && !offeredFixAll.has(finding.ruleId)) {
        offeredFixAll.add(finding.ruleId);
        actions.push(action(document, `Fix all ${finding.ruleId} problems in this file`, fixAll(linted.findings, finding.ruleId), undefined, false));
      }
    }
    return actions;
  }
}

function findingOf(findings: readonly Finding[], document: vscode.TextDocument, diagnostic: vscode.Diagnostic): Finding | undefined {
  const code = typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
  const start = document.offsetAt(diagnostic.range.start);
  return findings.find((finding) => finding.ruleId === code && finding.offset === start && finding.message === diagnostic.message);
}

function action(document: vscode.TextDocument, title: string, edits: readonly TextEdit[], diagnostic: vscode.Diagnostic | undefined, preferred: boolean): vscode.CodeAction {
  const codeAction = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
  const edit = new vscode.WorkspaceEdit();
  for (const change of edits) {
    edit.replace(document.uri, new vscode.Range(document.positionAt(change.offset), document.positionAt(change.offset + change.length)), change.newText);
  }
  codeAction.edit = edit;
  if (diagnostic) codeAction.diagnostics = [diagnostic];
  codeAction.isPreferred = preferred;
  return codeAction;
}
