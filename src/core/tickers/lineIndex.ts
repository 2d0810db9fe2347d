// Offsets ↔ 1-based line/column, counting line breaks the way editors do (\n, \r\n and a lone \r),
// so positions match VS Code's and the CLI's output is stable across line-ending styles.

export class LineIndex {
  /** Offset of the first character of each line (0-based line → offset). */
  readonly lineStarts: number[];

  constructor(readonly text: string) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
      starts.push(i + 1);
    }
    if (text.includes('\r')) {
      // Rare enough to pay for a second pass: add lines broken by a lone \r.
      for (let i = text.indexOf('\r'); i !== -1; i = text.indexOf('\r', i + 1)) {
        if (text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
      }
      starts.sort((a, b) => a - b);
    }
    this.lineStarts = starts;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** 0-based line containing the offset. */
  lineAt(offset: number): number {
    const starts = this.lineStarts;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  /** 1-based line and column of an offset. */
  position(offset: number): { line: number; column: number } {
    const line = this.lineAt(offset);
    return { line: line + 1, column: offset - this.lineStarts[line] + 1 };
  }

  /** Offset of the end of a 0-based line, before its line break. */
  lineEnd(line: number): number {
    const next = line + 1 < this.lineStarts.length ? this.lineStarts[line + 1] : this.text.length;
    let end = next;
    if (end > this.lineStarts[line] && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > this.lineStarts[line] && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  /** The text of a 0-based line without its line break. */
  lineText(line: number): string {
    return this.text.slice(this.lineStarts[line], this.lineEnd(line));
  }
}
