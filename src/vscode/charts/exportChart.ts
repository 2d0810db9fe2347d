// Saving a chart the panel drew: a save dialog next to the note (`<note>-<line>.svg`, the CLI's names), then the
// bytes. The panel produces the image — vega runs only there — and the host only writes it.

import * as vscode from 'vscode';
import { findChartBlocks } from '../../core/charts/chartBlocks';
import type { ExportFormat } from '../../core/charts/messages';
import { chartFileName } from '../../core/charts/chartFileName';
import { showInformation } from '../notify';

export async function saveChartExport(document: vscode.TextDocument, line: number, format: ExportFormat, data: string): Promise<void> {
  const folder = vscode.Uri.joinPath(document.uri, '..');
  const target = await vscode.window.showSaveDialog({
    defaultUri: vscode.Uri.joinPath(folder, chartFileName(document.uri.path, line, format)),
    filters: format === 'svg' ? { 'SVG image': ['svg'] } : { 'PNG image': ['png'] },
    title: `Export chart at line ${line}`,
  });
  if (!target) return;
  await vscode.workspace.fs.writeFile(target, exportBytes(format, data));
  const action = await showInformation(`Chart exported to ${vscode.workspace.asRelativePath(target)}`, 'Open', 'Reveal');
  if (action === 'Open') await vscode.commands.executeCommand('vscode.open', target);
  if (action === 'Reveal') await vscode.commands.executeCommand('revealFileInOS', target);
}

/** SVG text as UTF-8, or the PNG data URL's bytes. */
export function exportBytes(format: ExportFormat, data: string): Uint8Array {
  if (format === 'svg') return new TextEncoder().encode(data);
  const base64 = data.slice(data.indexOf(',') + 1);
  return Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
}

/** The fence line of the chart block containing the cursor, if it is in one. */
export function chartLineAt(document: vscode.TextDocument, position: vscode.Position): number | undefined {
  const line = position.line + 1;
  return findChartBlocks(document.getText()).find((block) => block.line <= line && line <= block.endLine)?.line;
}

export async function pickExportFormat(): Promise<ExportFormat | undefined> {
  const picked = await vscode.window.showQuickPick(
    [
      { label: 'SVG', description: 'Vector: sharp at any size, editable', format: 'svg' as const },
      { label: 'PNG', description: 'Image at 2× resolution', format: 'png' as const },
    ],
    { title: 'Export chart as (light on white; set marketNotes.charts.exportAppearance to "asShown" for the panel\'s colours)' },
  );
  return picked?.format;
}
