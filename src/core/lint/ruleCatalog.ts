// What each lint rule says about itself (name, code, default severity, whether it needs quotes), apart from the
// rules' code: configuration, SARIF and the CLI's owner thread read these without loading the rules (and the date
// parser they bring), so `market-notes tickers` and lint's main thread start fast. Each rule takes its meta from here.

import type { RuleMeta } from './finding';

/** Every rule's meta, in code order. */
export const ruleMetas: readonly RuleMeta[] = [
  { code: 'MN001', name: 'stale-as-of', description: 'An as-of date older than the staleness window', defaultSeverity: 'warning' },
  { code: 'MN002', name: 'future-date', description: 'An as-of date after today (or the pinned reference date)', defaultSeverity: 'error' },
  {
    code: 'MN003',
    name: 'price-drift',
    description: 'A stated price differs from the current quote by more than the tolerance',
    defaultSeverity: 'warning',
    usesQuotes: true,
  },
  { code: 'MN004', name: 'stale-quote-table', description: 'A quote table whose as-of date is older than the window, or missing', defaultSeverity: 'warning' },
  { code: 'MN005', name: 'relative-time', description: 'Relative time ("today", "YTD") without a current as-of date', defaultSeverity: 'warning' },
  {
    code: 'MN006',
    name: 'conflicting-figures',
    description: 'The same figure (subject, metric, period) stated with values that cannot both be true, here or in another note',
    defaultSeverity: 'warning',
  },
  {
    code: 'MN007',
    name: 'exchange-mismatch',
    description: 'The exchange prefix of a ticker is not where the provider says it trades',
    defaultSeverity: 'error',
    usesQuotes: true,
  },
  { code: 'MN008', name: 'unknown-symbol', description: 'A ticker the quote provider does not know', defaultSeverity: 'warning', usesQuotes: true },
  { code: 'MN009', name: 'invalid-chart', description: 'A vega-lite block that does not parse or compile', defaultSeverity: 'error' },
];

const byIdOrCode = new Map<string, RuleMeta>(ruleMetas.flatMap((meta) => [[meta.name, meta] as const, [meta.code.toLowerCase(), meta] as const]));

/** A rule's meta by name (`stale-as-of`) or code (`MN001`, any case). */
export function ruleMetaByIdOrCode(id: string): RuleMeta | undefined {
  return byIdOrCode.get(id.trim().toLowerCase());
}

/** The meta of a rule that exists (a rule file's own code): a typo fails at load, in every test. */
export function ruleMeta(code: string): RuleMeta {
  const meta = ruleMetaByIdOrCode(code);
  if (!meta) throw new Error(`no lint rule ${code} in ruleCatalog.ts`);
  return meta;
}
