// Where a note's charts are: every ```vega-lite fence, wherever marked's block structure puts it (top level,
// list items, blockquotes). The block structure comes from the tickers' block map so both features agree on
// what is code; this file adds what charts need on top of it: a map from positions in the JSON text back to
// the note, because marked strips container prefixes (`> `, list indentation) from the text it hands us.

import { LineIndex } from '../tickers/lineIndex';
import { mapBlocks, type BlockMap } from '../tickers/markdownBlocks';

export const chartLanguage = 'vega-lite';

export interface ChartBlock {
  /** 0-based position among the note's chart blocks. */
  readonly index: number;
  /** 1-based line of the opening fence: the chart's name in the panel, the CLI's file names and diagnostics. */
  readonly line: number;
  /** 1-based line of the closing fence (the block's last line when unclosed). */
  readonly endLine: number;
  /** The JSON as written, container prefixes removed, lines joined by `\n`. */
  readonly text: string;
  /** 0-based offset in the note of the JSON's first character. */
  readonly offset: number;
  /** For each line of `text`, the 0-based offset in the note where that line starts. */
  readonly lineOffsets: readonly number[];
}

/** The note's chart blocks in document order. Pass the note's block map when you have one (lint does), to skip lexing again. */
export function findChartBlocks(note: string, lines: LineIndex = new LineIndex(note), blockMap?: BlockMap): ChartBlock[] {
  // Most notes have no chart: skip the block lexer for them.
  if (!note.includes(chartLanguage)) return [];
  const blocks: ChartBlock[] = [];
  for (const fence of (blockMap ?? mapBlocks(lines)).fences) {
    if (fence.language !== chartLanguage) continue;
    const textLines = fence.text === '' ? [] : fence.text.split('\n');
    const lineOffsets = textLines.map((textLine, i) => contentLineOffset(lines, fence.startLine + 1 + i, textLine));
    const offset = lineOffsets[0] ?? lines.lineEnd(fence.startLine);
    blocks.push({
      index: blocks.length,
      line: fence.startLine + 1,
      endLine: fence.endLine + 1,
      text: fence.text,
      offset,
      lineOffsets,
    });
  }
  return blocks;
}

/** Note offset of a content line's text: what follows the container prefix marked removed. */
function contentLineOffset(lines: LineIndex, line: number, textLine: string): number {
  if (line >= lines.lineCount) return lines.text.length;
  const source = lines.lineText(line);
  // marked removed a prefix (`> `, indentation); the text itself is the line's tail. When marked rewrote the
  // text (tabs expanded), fall back to the line's start: still the right line.
  const column = source.endsWith(textLine) ? source.length - textLine.length : 0;
  return lines.lineStarts[line] + column;
}

/** The note offset of an offset into a block's `text`. */
export function noteOffset(block: ChartBlock, textOffset: number): number {
  if (block.lineOffsets.length === 0) return block.offset;
  let line = 0;
  let lineStart = 0;
  for (let next = block.text.indexOf('\n'); next !== -1 && next < textOffset; next = block.text.indexOf('\n', next + 1)) {
    line++;
    lineStart = next + 1;
  }
  line = Math.min(line, block.lineOffsets.length - 1);
  return block.lineOffsets[line] + (textOffset - lineStart);
}
