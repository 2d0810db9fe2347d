// Lint configuration: defaults in one place, and layers merged over them (the editor's settings, then the workspace's
// `.market-notes.json`, which wins; configFile.ts reads that file). Pure: callers hand in text; reading files is theirs.

import { compileGlob } from './globMatcher';
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
