// What went wrong with a chart block, placed in the note: the panel's error card, the editor's diagnostic and
// the CLI's stderr line all print the same problem.

import type { LineIndex } from '../tickers/lineIndex';
import { noteOffset, type ChartBlock } from './chartBlocks';

export type ChartProblemKind =
  /** The block is not JSON. */
  | 'json'
  /** JSON, but not a chart we accept (not an object, a bad `usermeta.marketNotes`). */
  | 'spec'
  /** vega-lite or vega refused it. */
  | 'compile'
  /** Its market data does not exist (a ticker the provider does not know). */
  | 'data'
  /** Its market data cannot be had now (offline, rate-limited, no key): shown in the panel only, and retried. */
  | 'unavailable';

export interface ChartProblem {
  readonly kind: ChartProblemKind;
  readonly message: string;
  /** 1-based, in the note. */
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

/** A problem spanning `length` characters from `textOffset` in the block's JSON text. */
export function problemInBlock(
  block: ChartBlock,
  lines: LineIndex,
  kind: ChartProblemKind,
  message: string,
  textOffset: number,
  length: number,
): ChartProblem {
  const start = lines.position(noteOffset(block, textOffset));
  const end = lines.position(noteOffset(block, textOffset + Math.max(length, 0)));
  return { kind, message, line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}

/** A problem with the block as a whole: it sits on the opening fence line, where the writer looks for it. */
export function problemOnFence(block: ChartBlock, lines: LineIndex, kind: ChartProblemKind, message: string): ChartProblem {
  const fenceLine = block.line - 1;
  const start = lines.lineStarts[fenceLine];
  const text = lines.lineText(fenceLine);
  const indent = text.length - text.trimStart().length;
  return {
    kind,
    message,
    line: block.line,
    column: indent + 1,
    endLine: block.line,
    endColumn: lines.lineEnd(fenceLine) - start + 1,
  };
}
