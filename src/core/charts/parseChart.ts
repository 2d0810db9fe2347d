// A chart block's JSON → a spec object, or a problem at the exact character that broke it. JSON.parse reads it
// (fast, and keys such as "__proto__" become plain own properties); only when it fails does jsonc-parser read it
// again, for the error's exact offset, which JSON.parse does not give everywhere. Charts can hold thousands of
// inline rows: building a syntax tree for every block on every keystroke would cost more than rendering them.

import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { nestedTooDeeply, tooDeeplyNestedAt } from '../jsonNesting';
import type { LineIndex } from '../tickers/lineIndex';
import type { ChartBlock } from './chartBlocks';
import { problemInBlock, problemOnFence, type ChartProblem } from './chartProblem';

export type JsonObject = { [key: string]: unknown };

export type ParsedChart = { readonly ok: true; readonly spec: JsonObject } | { readonly ok: false; readonly problem: ChartProblem };

const messages: Record<ReturnType<typeof printParseErrorCode>, string> = {
  InvalidSymbol: 'Invalid symbol',
  InvalidNumberFormat: 'Invalid number format',
  PropertyNameExpected: 'Property name expected',
  ValueExpected: 'Value expected',
  ColonExpected: 'Colon expected',
  CommaExpected: 'Comma expected',
  CloseBraceExpected: 'Closing brace expected',
  CloseBracketExpected: 'Closing bracket expected',
  EndOfFileExpected: 'End of file expected',
  InvalidCommentToken: 'Comments are not allowed in JSON',
  UnexpectedEndOfComment: 'Unexpected end of comment',
  UnexpectedEndOfString: 'Unexpected end of string',
  UnexpectedEndOfNumber: 'Unexpected end of number',
  InvalidUnicode: 'Invalid unicode sequence',
  InvalidEscapeCharacter: 'Invalid escape character',
  InvalidCharacter: 'Invalid character',
  '<unknown ParseErrorCode>': 'Invalid JSON',
};

/** Strict JSON (no comments, no trailing commas): a chart block must read the same in every other renderer. */
export function parseChartBlock(block: ChartBlock, lines: LineIndex): ParsedChart {
  if (block.text.trim() === '') {
    return { ok: false, problem: problemOnFence(block, lines, 'spec', 'Empty chart block: write a vega-lite spec as a JSON object') };
  }
  const tooDeep = tooDeeplyNestedAt(block.text);
  if (tooDeep !== undefined) {
    return { ok: false, problem: problemInBlock(block, lines, 'json', `JSON: ${nestedTooDeeply}`, tooDeep, 1) };
  }
  let value: unknown;
  try {
    value = JSON.parse(block.text);
  } catch {
    return { ok: false, problem: jsonProblem(block, lines) };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    const start = block.text.length - block.text.trimStart().length;
    return {
      ok: false,
      problem: problemInBlock(block, lines, 'spec', 'A vega-lite spec must be a JSON object', start, block.text.trim().length),
    };
  }
  return { ok: true, spec: value as JsonObject };
}

/** Where in the block's text a JSON path is (for a problem on the exact property), if it is there. */
export function locateInBlock(block: ChartBlock, path: readonly (string | number)[]): { offset: number; length: number } | undefined {
  const tree = parseTree(block.text, [], parseOptions);
  const node: Node | undefined = tree && findNodeAtLocation(tree, [...path]);
  return node && { offset: node.offset, length: node.length };
}

const parseOptions = { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false };

function jsonProblem(block: ChartBlock, lines: LineIndex): ChartProblem {
  const errors: ParseError[] = [];
  parseTree(block.text, errors, parseOptions);
  // JSON.parse refused what jsonc-parser accepts (a lone surrogate, say): still a JSON problem, on the fence.
  if (errors.length === 0) return problemOnFence(block, lines, 'json', 'JSON: Invalid JSON');
  const first = errors[0];
  const message = `JSON: ${messages[printParseErrorCode(first.error)]}`;
  return problemInBlock(block, lines, 'json', message, first.offset, Math.max(first.length, 1));
}
