// Crafted inputs from the security review of issue 13, by size (roughly characters): shared by the regression
// tests, the fuzz suite and bench/safety.ts.

/** `date:` then `size` spaces and a stray quote: a front-matter pattern with overlapping quantifiers was cubic. */
function frontMatterSpaces(size: number): string {
  return `---\ndate: ${' '.repeat(size)}x'\n---\nBody.\n`;
}

/** A quote table whose 10 delimiter-like rows are `|---`, `size / 10` spaces and `x|`. */
function delimiterPadding(size: number): string {
  // Rows stay under the 100 KB at which marked reads only a line's start (markdownBlocks.ts): past it, a larger note
  // did different work from a smaller one, and the scaling ratio measured that, not the pass. More rows beyond.
  const padding = Math.max(1, Math.min(Math.floor(size / 10), 50_000));
  const row = `|---${' '.repeat(padding)}x|`;
  return `| Symbol | Price |\n| --- | --- |\n${Array.from({ length: Math.max(10, Math.round(size / padding)) }, () => row).join('\n')}\n`;
}

/** A quote table whose header cell is a long run of emphasis marks that does not end the cell. */
function emphasisHeader(size: number): string {
  return `| Symbol | ${'*'.repeat(size)}x |\n| --- | --- |\n| AAPL | 1 |\n`;
}

/** Backtick runs of length 1, 2, 3, … none of which closes, in one paragraph. */
function backtickRuns(size: number): string {
  let text = '';
  for (let run = 1; text.length < size; run++) text += `word ${'`'.repeat(run)} $AAPL `;
  return text;
}

/** The same runs in one row of a quote table. */
function backtickTableRow(size: number): string {
  return `| Symbol | Note |\n| --- | --- |\n| AAPL | ${backtickRuns(size).replace(/\$/g, '')} |\n`;
}

/** Lists nested one level deeper on each line. */
function nestedList(size: number): string {
  const lines: string[] = [];
  let length = 0;
  for (let depth = 0; length < size; depth++) {
    const line = `${'  '.repeat(depth % 400)}- item ${depth}`;
    lines.push(line);
    length += line.length + 1;
  }
  return `${lines.join('\n')}\n`;
}

/** Lines of 100 nested quote markers. */
function nestedQuoteLines(size: number): string {
  const line = `${'>'.repeat(100)} quoted $MSFT`;
  return `${Array.from({ length: Math.max(1, Math.ceil(size / line.length)) }, () => line).join('\n')}\n`;
}

/** Prose of realistic figures, for the figure extraction passes (owned by lint; measured here). */
function repeatedFigures(size: number): string {
  const sentence = 'Apple rose 5% in 2025 but ';
  return `${sentence.repeat(Math.max(1, Math.ceil(size / sentence.length)))}\n`;
}

/** One long line of dateline words behind emphasis marks: each is an anchor candidate that must not rescan the line. */
function datelineWords(size: number): string {
  return `${'*_ updated posted '.repeat(Math.max(1, Math.ceil(size / 17)))}\n`;
}

export const hostileNotes = {
  frontMatterSpaces,
  datelineWords,
  delimiterPadding,
  emphasisHeader,
  backtickRuns,
  backtickTableRow,
  nestedList,
  nestedQuoteLines,
  repeatedFigures,
} satisfies Record<string, (size: number) => string>;
