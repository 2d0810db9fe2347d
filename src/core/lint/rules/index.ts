// Every rule, in code order. Adding a rule: its meta in ../ruleCatalog.ts, a file here, an entry below,
// docs/rules/<name>.md, fixture cases.

import type { LintRule } from '../rule';
import { conflictingFigures } from './conflictingFigures';
import { exchangeMismatch } from './exchangeMismatch';
import { futureDate } from './futureDate';
import { invalidChart } from './invalidChart';
import { priceDrift } from './priceDrift';
import { relativeTime } from './relativeTime';
import { staleAsOf } from './staleAsOf';
import { staleQuoteTable } from './staleQuoteTable';
import { unknownSymbol } from './unknownSymbol';

export const lintRules: readonly LintRule[] = [
  staleAsOf,
  futureDate,
  priceDrift,
  staleQuoteTable,
  relativeTime,
  conflictingFigures,
  exchangeMismatch,
  unknownSymbol,
  invalidChart,
];

const byId = new Map<string, LintRule>(lintRules.flatMap((rule) => [[rule.meta.name, rule] as const, [rule.meta.code.toLowerCase(), rule] as const]));

/** A rule by name (`stale-as-of`) or code (`MN001`, any case). */
export function ruleByIdOrCode(id: string): LintRule | undefined {
  return byId.get(id.trim().toLowerCase());
}
