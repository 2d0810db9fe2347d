// A note read once for every extractor and rule: its lines, its block structure (one pass of the Markdown block
// lexer, the expensive part) and, on first use, its ticker mentions and inline spans that are not prose.

import { findTickerMentionsInBlocks, type TickerMention, type TickerScanOptions } from '../tickers';
import { LineIndex } from '../tickers/lineIndex';
import { withPlainCharacters } from '../tickers/plainCharacters';
import { frontMatterLineCount, LineKind, mapBlocks, type BlockMap } from '../tickers/markdownBlocks';
import { collectSkippedSpans, type Spans } from '../tickers/skippedSpans';

export class NoteSource {
  readonly lines: LineIndex;
  readonly blocks: BlockMap;
  private mentionList: TickerMention[] | undefined;
  private skipped: Spans | undefined;
  private frontMatterEnd: number | undefined;

  /** The note as lint reads it: Unicode spaces, full-width forms and stray zero-width characters as plain ones (plainCharacters.ts), every offset the written text's. */
  readonly text: string;

  constructor(
    /** The note as written. */
    private readonly written: string,
    /** How mentions are read (the `company (TICK)` form, abbreviations to ignore): from the configuration. */
    readonly scanOptions?: TickerScanOptions,
  ) {
    this.text = withPlainCharacters(written);
    this.lines = new LineIndex(this.text);
    // The block structure as Markdown reads the note, from the text as written: a no-break space neither indents a
    // line nor is JSON's whitespace, so a chart fence keeps its text, and lint and the chart panel agree on it.
    this.blocks = mapBlocks(this.text === written ? this.lines : new LineIndex(written));
  }

  /** Whether this is the note for `text`, as written or as read: a caller that has one need not read it again. */
  isFor(text: string): boolean {
    return text === this.written || text === this.text;
  }

  get mentions(): readonly TickerMention[] {
    this.mentionList ??= findTickerMentionsInBlocks(this.lines, this.blocks, this.scanOptions);
    return this.mentionList;
  }

  /** Code spans, HTML comments, link targets and URLs: never prose. */
  get skippedSpans(): Spans {
    this.skipped ??= collectSkippedSpans(this.text);
    return this.skipped;
  }

  /** Number of lines of YAML front matter (0 when none). */
  get frontMatterLines(): number {
    this.frontMatterEnd ??= frontMatterLineCount(this.lines);
    return this.frontMatterEnd;
  }

  /** Prose or table text (not code, HTML or front matter) at this 0-based line. */
  isTextLine(line: number): boolean {
    return this.blocks.kinds[line] !== LineKind.Excluded;
  }

  isTableLine(line: number): boolean {
    return this.blocks.kinds[line] === LineKind.Table;
  }

  /**
   * A heading at this 0-based line: an ATX one ("## Apple at $250.00") or a setext one, its text underlined by "==="
   * or "---" on the next line.
   */
  isHeadingLine(line: number): boolean {
    if (!this.isTextLine(line) || this.isTableLine(line)) return false;
    const text = this.lines.lineText(line);
    if (atxHeading.test(text)) return true;
    return line + 1 < this.lines.lineCount && text.trim() !== '' && this.isTextLine(line + 1) && setextUnderline.test(this.lines.lineText(line + 1));
  }

  /** A reader's position: 1-based line and column, and the exclusive end. */
  range(offset: number, length: number): { line: number; column: number; endLine: number; endColumn: number } {
    const start = this.lines.position(offset);
    const end = length === 0 ? start : this.lines.position(offset + length);
    return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
  }
}

const atxHeading = /^ {0,3}#{1,6}(?:[ \t]|$)/;
const setextUnderline = /^ {0,3}(?:=+|-+)[ \t]*$/;

export function asNoteSource(text: string, note?: NoteSource): NoteSource {
  return note && note.isFor(text) ? note : new NoteSource(text);
}
