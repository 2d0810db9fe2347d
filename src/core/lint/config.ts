// Lint configuration: defaults in one place, layers merged over them (the editor's settings, then the workspace's
// `.market-notes.json`, which wins), and the file read as JSON with comments by jsonc-parser with every problem
// placed at its line and column. Pure: callers hand in text; reading files is theirs.

import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { LineIndex } from '../tickers/lineIndex';
import { compileGlob, maxGlobLength } from './globMatcher';
import type { TickerScanOptions } from '../tickers/mention';
import type { Severity } from './finding';
import { ruleMetaByIdOrCode, ruleMetas } from './ruleCatalog';

export type RuleSetting = boolean | Severity | 'off';

/** One layer of configuration, as settings or the file state it: everything optional. */
export interface LintSettings {
  /** An as-of date older than this many days is stale (stale-as-of, stale-quote-table, relative-time). */
  staleAfterDays?: number;
  /** A stated price further than this from the quote, in percent, has drifted (price-drift). */
  priceDriftPercent?: number;
  /** By rule name (`stale-as-of`) or code (`MN001`): on/off or a severity. */
  rules?: Readonly<Record<string, RuleSetting>>;
  /** Globs of notes not to lint, relative to the folder of the configuration file (or the workspace root). */
  ignore?: readonly string[];
  /** More names for subjects of figures (conflicting-figures): subject → names, e.g. { "Russell 2000": ["the Russell"] }. */
  aliases?: Readonly<Record<string, readonly string[]>>;
  /** How ticker mentions are read: the `company (TICK)` form on or off, abbreviations never read as tickers. */
  tickers?: TickerSettings;
}

export interface TickerSettings {
  companyParentheses?: boolean;
  ignoreAbbreviations?: readonly string[];
}

export interface LintConfig {
  readonly staleAfterDays: number;
  readonly priceDriftPercent: number;
  /** Every rule by name: its severity, or 'off'. */
  readonly rules: Readonly<Record<string, Severity | 'off'>>;
  readonly ignore: readonly string[];
  readonly aliases: Readonly<Record<string, readonly string[]>>;
  readonly tickers: { readonly companyParentheses: boolean; readonly ignoreAbbreviations: readonly string[] };
}

export const configFileName = '.market-notes.json';

export const defaultLintConfig: LintConfig = {
  staleAfterDays: 30,
  priceDriftPercent: 2,
  rules: Object.fromEntries(ruleMetas.map((meta) => [meta.name, meta.defaultSeverity])),
  ignore: [],
  aliases: {},
  tickers: { companyParentheses: true, ignoreAbbreviations: [] },
};

/** What the mention scan needs from the configuration. */
export function tickerScanOptions(config: Pick<LintConfig, 'tickers'>): TickerScanOptions {
  return config.tickers;
}

/** Layers merged in order over the defaults; later layers win. Unknown rule ids are ignored here (see parseLintConfig). */
export function resolveLintConfig(...layers: ReadonlyArray<LintSettings | undefined>): LintConfig {
  let config: LintConfig = defaultLintConfig;
  for (const layer of layers) {
    if (!layer) continue;
    const rules: Record<string, Severity | 'off'> = { ...config.rules };
    for (const [id, setting] of Object.entries(layer.rules ?? {})) {
      const meta = ruleMetaByIdOrCode(id);
      if (!meta) continue;
      rules[meta.name] = setting === true ? meta.defaultSeverity : setting === false ? 'off' : setting;
    }
    config = {
      staleAfterDays: validNumber(layer.staleAfterDays, 0) ?? config.staleAfterDays,
      priceDriftPercent: validNumber(layer.priceDriftPercent, 0) ?? config.priceDriftPercent,
      rules,
      ignore: [...config.ignore, ...(layer.ignore ?? [])],
      aliases: mergeAliases(config.aliases, layer.aliases),
      tickers: {
        companyParentheses: typeof layer.tickers?.companyParentheses === 'boolean' ? layer.tickers.companyParentheses : config.tickers.companyParentheses,
        ignoreAbbreviations: [...config.tickers.ignoreAbbreviations, ...(layer.tickers?.ignoreAbbreviations ?? [])],
      },
    };
  }
  return config;
}

function mergeAliases(base: LintConfig['aliases'], layer: LintSettings['aliases']): LintConfig['aliases'] {
  if (!layer || Object.keys(layer).length === 0) return base;
  const merged: Record<string, readonly string[]> = { ...base };
  for (const [subject, names] of Object.entries(layer)) merged[subject] = [...(merged[subject] ?? []), ...names];
  return merged;
}

function validNumber(value: unknown, minimum: number): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value >= minimum ? value : undefined;
}

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

/** Tests a note's path (relative to the configuration's folder, `/`-separated) against the ignore globs. */
export function ignoreMatcher(config: LintConfig): (relativePath: string) => boolean {
  if (config.ignore.length === 0) return () => false;
  // A glob too long to accept never matches (parseLintConfig reports it in the configuration file).
  const matchers = config.ignore.map(compileGlob).filter((matcher) => matcher !== undefined);
  return (relativePath) => {
    const path = relativePath.replace(/\\/g, '/').replace(/^\.\//, '');
    return matchers.some((matches) => matches(path));
  };
}
