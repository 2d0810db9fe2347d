// Each command declares its options once, in a table (`CommandSpec`); parsing, `<command> --help` and the
// "did you mean" suggestions are all generated from it, so a new flag is one new row. Messages name the option, never
// the command: main prefixes `market-notes <command>:` once.

import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './io';

export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  readonly short?: string;
  readonly default?: string | boolean;
  readonly multiple?: boolean;
  /** How help shows the value: FILE, DIR, text|json, YYYY-MM-DD… (string options). */
  readonly value?: string;
  readonly description: string;
}

export interface CommandSpec {
  readonly name: string;
  /** The positional arguments as help shows them: `<files|dirs…>`, `<note.md>`. */
  readonly arguments: string;
  /** One line for `market-notes --help`. */
  readonly summary: string;
  /** More lines for `market-notes <command> --help` (exit codes, where values come from). */
  readonly details?: readonly string[];
  readonly options: Readonly<Record<string, OptionSpec>>;
  readonly examples: readonly string[];
}

type ValueOf<Option extends OptionSpec> = Option extends { readonly multiple: true }
  ? string[]
  : Option['type'] extends 'boolean'
    ? boolean
    : string;

export type OptionValues<Options extends CommandSpec['options']> = { -readonly [Name in keyof Options]?: ValueOf<Options[Name]> };

export const helpFlags = ['-h', '--help'] as const;

/** True when the arguments ask for help (before a `--` that ends options). */
export function asksForHelp(args: readonly string[]): boolean {
  const end = args.indexOf('--');
  return (end === -1 ? args : args.slice(0, end)).some((arg) => (helpFlags as readonly string[]).includes(arg));
}

/**
 * Parses a command's arguments against its table. Unknown options, a missing value and a value given to a switch are
 * UsageErrors in plain words, with the closest known option suggested.
 */
export function parseCommandArgs<const Spec extends CommandSpec>(
  spec: Spec,
  args: readonly string[],
): { values: OptionValues<Spec['options']>; positionals: string[] } {
  const options = Object.fromEntries(
    Object.entries(spec.options).map(([name, { type, short, default: fallback, multiple }]) => [
      name,
      { type, ...(short ? { short } : {}), ...(fallback !== undefined ? { default: fallback } : {}), ...(multiple ? { multiple } : {}) },
    ]),
  ) as ParseArgsConfig['options'];
  // Not strict: node's own errors are worded for programmers; the tokens let us word them for people.
  const { values, positionals, tokens } = parseArgs({ args: [...args], options, allowPositionals: true, strict: false, tokens: true });
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const option = spec.options[token.name];
    if (!option) throw new UsageError(unknownOptionMessage(token.rawName, spec));
    const shown = option.value ? ` ${option.value}` : '';
    if (option.type === 'string') {
      // parseArgs takes the next argument as the value even when it is an option (`--out --format`).
      const looksLikeOption = !token.inlineValue && token.value !== undefined && /^--?[A-Za-z]/.test(token.value);
      if (token.value === undefined || looksLikeOption) throw new UsageError(`${token.rawName} needs a value: ${token.rawName}${shown}`);
    } else if (token.value !== undefined) {
      throw new UsageError(`${token.rawName} takes no value (got "${token.value}")`);
    }
  }
  return { values: values as OptionValues<Spec['options']>, positionals };
}

/** Validates `--format` against the formats a command supports. */
export function parseFormat<const Formats extends readonly string[]>(value: string | undefined, formats: Formats): Formats[number] {
  const format = value ?? formats[0];
  if (!formats.includes(format)) throw new UsageError(`--format must be one of ${formats.join(', ')} (got "${format}")`);
  return format;
}

function unknownOptionMessage(rawName: string, spec: CommandSpec): string {
  const known = [...Object.keys(spec.options).map((name) => `--${name}`), '--help'];
  const closest = rawName.startsWith('--') ? closestWord(rawName, known) : undefined;
  if (closest) return `unknown option ${rawName}; did you mean ${closest}?`;
  return `unknown option ${rawName} (options: ${known.join(', ')})`;
}

/** The candidate nearest to `word` when it is a plausible typo (a swap, a slip, a letter missing or extra). */
export function closestWord(word: string, candidates: readonly string[]): string | undefined {
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (!best || distance < best.distance) best = { candidate, distance };
  }
  const allowed = Math.min(2, Math.floor(word.replace(/^-+/, '').length / 3));
  return best && best.distance <= Math.max(1, allowed) ? best.candidate : undefined;
}

/** Edits (insert, delete, substitute, swap two neighbours) that turn a into b: optimal string alignment distance. */
function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      rows[i][j] = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) rows[i][j] = Math.min(rows[i][j], rows[i - 2][j - 2] + 1);
    }
  }
  return rows[a.length][b.length];
}

/** `market-notes <command> --help`: usage, summary, details, the option table and examples. */
export function commandHelp(spec: CommandSpec): string {
  const rows = [
    ...Object.entries(spec.options).map(([name, option]) => {
      const flag = `${option.short ? `-${option.short}, ` : ''}--${name}${option.value ? ` ${option.value}` : ''}`;
      const fallback = option.default !== undefined && option.default !== false ? ` (default: ${String(option.default)})` : '';
      return [flag, `${option.description}${fallback}`] as const;
    }),
    ['-h, --help', 'Show this help'] as const,
  ];
  const width = Math.max(...rows.map(([flag]) => flag.length)) + 2;
  return [
    `Usage: market-notes ${spec.name} ${spec.arguments} [options]`,
    '',
    spec.summary,
    ...(spec.details?.length ? ['', ...spec.details] : []),
    '',
    'Options:',
    ...rows.map(([flag, description]) => `  ${flag.padEnd(width)}${description}`),
    '',
    'Examples:',
    ...spec.examples.map((example) => `  ${example}`),
    '',
  ].join('\n');
}
