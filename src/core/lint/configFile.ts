// `.market-notes.json` read as JSON with comments by jsonc-parser, every problem placed at its line and column.
// Apart from config.ts so that a CLI run with no configuration file never loads the parser.

import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { nestedTooDeeply, tooDeeplyNestedAt } from '../jsonNesting';
import { LineIndex } from '../tickers/lineIndex';
import type { LintSettings, RuleSetting, TickerSettings } from './config';
import { maxGlobLength } from './globMatcher';
import { ruleMetaByIdOrCode, ruleMetas } from './ruleCatalog';

export interface ConfigProblem {
  readonly message: string;
  /** 1-based */
  readonly line: number;
  readonly column: number;
}

const severities: ReadonlySet<string> = new Set(['error', 'warning', 'info', 'off']);

/** Reads `.market-notes.json` text. Problems name where they are; what could be read is still returned. */
export function parseLintConfig(text: string): { settings: LintSettings; problems: ConfigProblem[] } {
  const lines = new LineIndex(text);
  const problems: ConfigProblem[] = [];
  const problem = (offset: number, message: string) => problems.push({ message, ...lines.position(offset) });
  const tooDeep = tooDeeplyNestedAt(text);
  if (tooDeep !== undefined) {
    problem(tooDeep, nestedTooDeeply);
    return { settings: {}, problems };
  }
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  for (const error of errors) problem(error.offset, `invalid JSON: ${printParseErrorCode(error.error)}`);
  if (!tree) return { settings: {}, problems };
  if (tree.type !== 'object') {
    problem(tree.offset, 'expected an object');
    return { settings: {}, problems };
  }
  const settings: { -readonly [K in keyof LintSettings]: LintSettings[K] } = {};
  for (const property of tree.children ?? []) {
    const [key, value] = property.children ?? [];
    if (!key || !value) continue;
    const name = String(key.value);
    switch (name) {
      case '$schema':
        break;
      case 'staleAfterDays':
      case 'priceDriftPercent':
        if (value.type !== 'number' || !Number.isFinite(value.value) || value.value < 0) problem(value.offset, `${name} must be a number ≥ 0`);
        else settings[name] = value.value as number;
        break;
      case 'rules':
        settings.rules = readRules(value, problem);
        break;
      case 'ignore':
        settings.ignore = readIgnore(value, problem);
        break;
      case 'aliases':
        settings.aliases = readAliases(value, problem);
        break;
      case 'tickers':
        settings.tickers = readTickers(value, problem);
        break;
      default:
        problem(key.offset, `unknown setting "${name}" (known: staleAfterDays, priceDriftPercent, rules, ignore, aliases, tickers)`);
    }
  }
  return { settings, problems };
}

function readRules(node: Node, problem: (offset: number, message: string) => void): Record<string, RuleSetting> | undefined {
  if (node.type !== 'object') {
    problem(node.offset, 'rules must be an object of rule id → true, false, "error", "warning", "info" or "off"');
    return undefined;
  }
  const rules: Record<string, RuleSetting> = {};
  for (const property of node.children ?? []) {
    const [key, value] = property.children ?? [];
    if (!key || !value) continue;
    const id = String(key.value);
    if (!ruleMetaByIdOrCode(id)) {
      problem(key.offset, `unknown rule "${id}" (known: ${ruleMetas.map((meta) => meta.name).join(', ')})`);
    } else if (value.type === 'boolean' || (value.type === 'string' && severities.has(value.value))) {
      rules[id] = value.value as RuleSetting;
    } else {
      problem(value.offset, `rule "${id}": expected true, false, "error", "warning", "info" or "off"`);
    }
  }
  return rules;
}

function readIgnore(node: Node, problem: (offset: number, message: string) => void): string[] | undefined {
  const items = node.type === 'array' ? (node.children ?? []) : [];
  if (node.type !== 'array' || items.some((item) => item.type !== 'string')) {
    problem(node.offset, 'ignore must be an array of glob strings');
    return undefined;
  }
  const globs: string[] = [];
  for (const item of items) {
    const glob = String(item.value);
    if (glob.length > maxGlobLength) problem(item.offset, `ignore glob longer than ${maxGlobLength} characters: not used`);
    else globs.push(glob);
  }
  return globs;
}

function readAliases(node: Node, problem: (offset: number, message: string) => void): Record<string, string[]> | undefined {
  const shape = 'aliases must be an object of subject name → array of other names, e.g. { "Russell 2000": ["the Russell", "RTY"] }';
  if (node.type !== 'object') {
    problem(node.offset, shape);
    return undefined;
  }
  const aliases: Record<string, string[]> = {};
  for (const property of node.children ?? []) {
    const [key, value] = property.children ?? [];
    if (!key || !value) continue;
    const names = value.type === 'array' ? (value.children ?? []) : [];
    if (value.type !== 'array' || names.some((name) => name.type !== 'string' || String(name.value).trim() === '' || String(name.value).length > 80)) {
      problem(value.offset, `aliases "${String(key.value)}": ${shape}`);
      continue;
    }
    aliases[String(key.value)] = names.map((name) => String(name.value));
  }
  return aliases;
}

/** `"tickers": { "companyParentheses": false, "ignoreAbbreviations": ["NIM", "ARR"] }` */
function readTickers(node: Node, problem: (offset: number, message: string) => void): TickerSettings | undefined {
  if (node.type !== 'object') {
    problem(node.offset, 'tickers must be an object: { "companyParentheses": true|false, "ignoreAbbreviations": ["…"] }');
    return undefined;
  }
  const tickers: { -readonly [K in keyof TickerSettings]: TickerSettings[K] } = {};
  for (const property of node.children ?? []) {
    const [key, value] = property.children ?? [];
    if (!key || !value) continue;
    const name = String(key.value);
    if (name === 'companyParentheses') {
      if (value.type === 'boolean') tickers.companyParentheses = value.value as boolean;
      else problem(value.offset, 'tickers.companyParentheses must be true or false');
    } else if (name === 'ignoreAbbreviations') {
      const items = value.type === 'array' ? (value.children ?? []) : [];
      if (value.type !== 'array' || items.some((item) => item.type !== 'string')) problem(value.offset, 'tickers.ignoreAbbreviations must be an array of strings');
      else tickers.ignoreAbbreviations = items.map((item) => String(item.value));
    } else {
      problem(key.offset, `unknown setting "tickers.${name}" (known: companyParentheses, ignoreAbbreviations)`);
    }
  }
  return tickers;
}
