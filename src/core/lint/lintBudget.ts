// A note that lint could not finish within its time budget (a pass that is slow on some crafted input): lint is
// cancelled and the note gets this one finding instead of its others, so the writer knows why nothing is reported.

import type { LintConfig } from './config';
import { docsPath, type Finding, type RuleMeta } from './finding';
import { ruleMetas } from './ruleCatalog';

export const tooComplexRule: RuleMeta = {
  code: 'MN090',
  name: 'too-complex',
  description: 'The note is too large or complex to lint within the time budget',
  defaultSeverity: 'info',
};

/** How many rules a lint of a note with this configuration runs (what a cancelled lint skipped). */
export function activeRuleCount(config: LintConfig, options: { hasQuotes: boolean; only?: readonly string[] }): number {
  return ruleMetas.filter((meta) => {
    if (options.only) return options.only.includes(meta.name) || options.only.includes(meta.code);
    if (config.rules[meta.name] === 'off') return false;
    return !(meta.usesQuotes && !options.hasQuotes);
  }).length;
}

/**
 * Past this size a workspace file (a note, a quotes file, a configuration) is not read at all: VS Code hands its
 * extensions no file larger (50 MB), a note this size takes longer than lint's budget anyway, and reading one of
 * gigabytes costs the memory it holds before anything can say no (a 600 MB note failed only after 16 s and 1 GB, as
 * a string too long for V8).
 */
export const maxFileBytes = 50 * 1024 * 1024;

/** "600 MB, larger than the 50 MB Market Notes reads". */
export function fileTooLargeReason(bytes: number): string {
  const mb = (value: number) => `${Math.round(value / 1024 / 1024)} MB`;
  return `${mb(bytes)}, larger than the ${mb(maxFileBytes)} Market Notes reads`;
}

/** The one finding of a note too large to read: in place of its others, as a note past its time budget gets. */
export function tooLargeFinding(bytes: number): Finding {
  return { ...tooComplexFinding(0, 0), message: `This note is too large to lint (${fileTooLargeReason(bytes)}); no rule ran.` };
}

/** The one finding of a file with a note's name that is not text (src/core/fileText.ts): no rule ran. */
export function notTextFinding(reason: string): Finding {
  return { ...tooComplexFinding(0, 0), message: `This file is ${reason}; no rule ran.` };
}

export function tooComplexFinding(skippedRules: number, budgetMs: number): Finding {
  const seconds = budgetMs >= 1000 ? `${Math.round(budgetMs / 100) / 10} s` : `${budgetMs} ms`;
  return {
    ruleId: tooComplexRule.name,
    ruleCode: tooComplexRule.code,
    severity: 'info',
    message: `This note is too large or complex to lint fully; ${skippedRules} rule${skippedRules === 1 ? '' : 's'} skipped (lint stopped after ${seconds}).`,
    offset: 0,
    length: 0,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    docs: docsPath(tooComplexRule.name),
  };
}
