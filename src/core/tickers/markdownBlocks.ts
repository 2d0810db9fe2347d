// Which lines of a note are prose, which are code (or HTML, or front matter) and which are tables.
// Block structure comes from `marked`'s block lexer — fences inside list items and blockquotes are code too,
// and hand-written fence matching gets those wrong. Only line numbers are taken from it: the mention scan then
// works on the original text, so offsets stay exact whatever marked normalises (line endings, tabs, prefixes).

import type { Lexer, Token, Tokenizer, Tokens } from 'marked';
import type { LineIndex } from './lineIndex';

export const LineKind = {
  Prose: 0,
  /** Fenced or indented code, HTML blocks, link definitions, front matter: never scanned. */
  Excluded: 1,
  Table: 2,
} as const;
export type LineKind = (typeof LineKind)[keyof typeof LineKind];

export interface TableBlock {
  /** 0-based line of the header row. */
  readonly startLine: number;
  /** 0-based last line (inclusive). */
  readonly endLine: number;
}

export interface BlockMap {
  readonly kinds: Uint8Array;
  readonly tables: readonly TableBlock[];
  /** Fenced code blocks with their info string, for features that read fences (charts). */
  readonly fences: readonly FenceBlock[];
}

export interface FenceBlock {
  /** Info string's first word, lower-cased (`vega-lite`), or '' for none. */
  readonly language: string;
  /** 0-based line of the opening fence. */
  readonly startLine: number;
  /** 0-based line of the closing fence (or the last line when unclosed). */
  readonly endLine: number;
  /** The block's content as marked reads it (container prefixes and fence lines removed). */
  readonly text: string;
}

const frontMatterOpen = /^---[ \t]*$/;
const frontMatterClose = /^(?:---|\.\.\.)[ \t]*$/;

/** Number of the line after YAML front matter (0 when there is none). */
export function frontMatterLineCount(lines: LineIndex): number {
  if (lines.lineCount < 2 || !frontMatterOpen.test(lines.lineText(0))) return 0;
  for (let line = 1; line < lines.lineCount; line++) {
    if (frontMatterClose.test(lines.lineText(line))) return line + 1;
  }
  return 0;
}

/** Lines longer than this reach marked only as their start (see shortenHugeLines). */
const hugeLineLength = 100_000;
const keptLineStart = 1_000;

/**
 * marked's block regexes recurse per character on a paragraph line: one line of ~10 MB overflowed the stack. The
 * block structure only needs a line's start (fence, indent, quote, list marker, table pipes) and the line count, so a
 * huge line is cut to its start; positions are unaffected because blocks are mapped to lines, never to offsets.
 */
function shortenHugeLines(body: string): string {
  let hasHugeLine = false;
  for (let lineStart = 0; lineStart <= body.length && !hasHugeLine; ) {
    const newline = body.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? body.length : newline;
    hasHugeLine = lineEnd - lineStart > hugeLineLength;
    lineStart = lineEnd + 1;
  }
  if (!hasHugeLine) return body;
  return body
    .split('\n')
    .map((line) => (line.length > hugeLineLength ? line.slice(0, keptLineStart) : line))
    .join('\n');
}

/**
 * Whether a note's body could hold anything but prose for the block map: a fence (```` ``` ````, `~~~`), indented code
 * (four spaces or a tab after any container marks), an HTML block or a link definition (`<` or `[` opening a line),
 * or a table (`|`). When it cannot, every line is prose and marked is not needed — the common short note pays none
 * of the lexer's start-up (its block patterns compile on first use: ~50 ms).
 */
const mayHoldBlocks = /```|~~~|\||^[ >*+\-\d.)]*(?: {4}|\t)|^[ >*+\-\d.)]*[<[]/m;

export function mapBlocks(lines: LineIndex): BlockMap {
  const bodyStartLine = frontMatterLineCount(lines);
  const bodyStart = bodyStartLine < lines.lineCount ? lines.lineStarts[bodyStartLine] : lines.text.length;
  if (bodyStart === 0 ? !mayHoldBlocks.test(lines.text) : !mayHoldBlocks.test(lines.text.slice(bodyStart))) {
    const kinds = new Uint8Array(lines.lineCount);
    kinds.fill(LineKind.Excluded, 0, bodyStartLine);
    return { kinds, tables: [], fences: [] };
  }
  return lexBlocks(lines, bodyStartLine);
}

/** The block map from marked's lexer (exported for the test that holds mapBlocks' prose-only path to it). */
export function lexBlocks(lines: LineIndex, bodyStartLine = frontMatterLineCount(lines)): BlockMap {
  const kinds = new Uint8Array(lines.lineCount);
  const tables: TableBlock[] = [];
  const fences: FenceBlock[] = [];
  kinds.fill(LineKind.Excluded, 0, bodyStartLine);

  const bodyStart = bodyStartLine < lines.lineCount ? lines.lineStarts[bodyStartLine] : lines.text.length;
  const wholeBody = lines.text.slice(bodyStart).replace(/\r\n?/g, '\n');
  const body = shortenHugeLines(wholeBody);
  const tokens = depthBoundLexer().blockTokens(body, []);

  const markLines = (first: number, last: number, kind: LineKind) => {
    if (last >= first) kinds.fill(kind, first, Math.min(last + 1, kinds.length));
  };

  const walk = (list: readonly Token[], firstLine: number) => {
    let line = firstLine;
    for (const token of list) {
      const newlines = countNewlines(token.raw);
      const lastLine = line + newlines - (token.raw.endsWith('\n') ? 1 : 0);
      switch (token.type) {
        case 'code': {
          markLines(line, lastLine, LineKind.Excluded);
          const code = token as Tokens.Code;
          if (code.codeBlockStyle !== 'indented') {
            const text = body === wholeBody ? code.text : withHugeLinesWhole(lines, line + 1, code.text);
            fences.push({ language: (code.lang ?? '').split(/\s+/)[0].toLowerCase(), startLine: line, endLine: lastLine, text });
          }
          break;
        }
        case 'html':
        case 'def':
          markLines(line, lastLine, LineKind.Excluded);
          break;
        case 'table':
          markLines(line, lastLine, LineKind.Table);
          tables.push({ startLine: line, endLine: lastLine });
          break;
        case 'blockquote':
          walk((token as Tokens.Blockquote).tokens, line);
          break;
        case 'list': {
          let itemLine = line;
          for (const item of (token as Tokens.List).items) {
            walk(item.tokens, itemLine);
            itemLine += countNewlines(item.raw);
          }
          break;
        }
        default:
          break;
      }
      line += newlines;
    }
  };
  walk(tokens, bodyStartLine);
  return { kinds, tables, fences };
}

/**
 * A fence's content with its huge lines whole again: marked saw each only as its start (shortenHugeLines), and a
 * chart whose data sits on one long line read as broken JSON. marked gives each content line without the prefix
 * it strips (the fence's indent, a quote's `>`), so the cut line ends with what it gave, and the rest follows it.
 */
function withHugeLinesWhole(lines: LineIndex, firstContentLine: number, text: string): string {
  const contentLines = text.split('\n');
  for (let i = 0; i < contentLines.length && firstContentLine + i < lines.lineCount; i++) {
    const original = lines.lineText(firstContentLine + i);
    if (original.length <= hugeLineLength) continue;
    const kept = original.slice(0, keptLineStart);
    if (kept.endsWith(contentLines[i])) contentLines[i] = original.slice(kept.length - contentLines[i].length);
  }
  return contentLines.join('\n');
}

/** Deeper than any real note nests: block quotes and lists inside each other, counted together. */
export const maxContainerDepth = 16;

/**
 * marked lexes each container's content again at every level (time grows with depth × size) and recurses once per
 * level (2,000 nested `>` overflow the stack). A quote or list deeper than `maxContainerDepth` is still recognised,
 * but its content is not lexed: its lines stay prose, and the work and the recursion are bounded.
 */
function depthBoundLexer(): Lexer {
  const { Lexer } = marked();
  const tokenizer = new (depthCountingTokenizer())();
  const lexer = new Lexer({ gfm: true, tokenizer });
  const lexContent = lexer.blockTokens.bind(lexer) as (src: string, tokens: Token[], lastParagraphClipped?: boolean) => Token[];
  // Containers lex their content through the lexer's own blockTokens: past the limit it returns nothing.
  lexer.blockTokens = ((src: string, tokens: Token[] = [], lastParagraphClipped?: boolean) =>
    tokenizer.depth > maxContainerDepth ? tokens : lexContent(src, tokens, lastParagraphClipped)) as Lexer['blockTokens'];
  return lexer;
}

interface DepthCountingTokenizer extends Tokenizer {
  /** How many block quotes and lists the tokenizer is inside, counted together. */
  depth: number;
}

/**
 * One class for every note, made on first use: a class made per note gives each note's tokenizer a new shape, so
 * marked's calls into it cannot settle in V8's inline caches. (On a cold 1 MB lint the difference in lexing time
 * was within this machine's noise; the bundler's copy of marked's exports on every call, below, was 19 ms.)
 */
let depthCountingTokenizerClass: (new () => DepthCountingTokenizer) | undefined;

function depthCountingTokenizer(): new () => DepthCountingTokenizer {
  return (depthCountingTokenizerClass ??= class extends marked().Tokenizer {
    depth = 0;
    override blockquote(src: string): Tokens.Blockquote | undefined {
      return this.nested(() => super.blockquote(src));
    }
    override list(src: string): Tokens.List | undefined {
      return this.nested(() => super.list(src));
    }
    private nested<T>(open: () => T): T {
      this.depth++;
      try {
        return open();
      } finally {
        this.depth--;
      }
    }
  });
}

let markedModule: typeof import('marked') | undefined;

/**
 * marked, loaded on the first note that needs it: building its grammar when it loads costs a cold process ~9 ms,
 * which the common short note, all prose, never needs (mapBlocks). The bundler keeps it as a module that runs when
 * first required, and hands each require a fresh copy of its exports (a hundred getters): kept after the first.
 */
function marked(): typeof import('marked') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a lazy load, bundled like an import
  return (markedModule ??= require('marked') as typeof import('marked'));
}

function countNewlines(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count++;
  return count;
}
