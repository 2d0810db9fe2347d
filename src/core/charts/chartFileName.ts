// One name for an exported chart everywhere — the panel's save dialog and the CLI: `<note>-<line>.<format>`,
// the line being the block's opening fence, so a name says which block it came from.

export function chartFileName(notePath: string, line: number, format: string): string {
  const base = notePath.slice(Math.max(notePath.lastIndexOf('/'), notePath.lastIndexOf('\\')) + 1).replace(/\.(md|markdown)$/i, '');
  return `${base || 'chart'}-${line}.${format}`;
}
