// The contract between the engine and a rule (one rule a file, in rules/). A rule reads the note through the
// context — everything there is computed once per lint, on first use — and reports ranges; the engine adds the
// rule's id, severity, positions and docs link, applies disable comments, and turns a throw into a finding.

import type { Logger } from '../logger';
import type { TickerRef } from '../tickers/tickerRef';
import type { AsOfStamp } from './asOfStamps';
import type { CalendarDate } from './calendarDate';
import type { LintConfig } from './config';
import type { FigureConflictIndex } from './figureConflicts';
import type { StatedFigure } from './figures';
import type { Fix, RelatedInformation, RuleMeta } from './finding';
import type { NoteSource } from './noteSource';
import type { QuoteAnswer } from './quoteLookup';
import type { QuoteTable } from './quoteTables';
import type { RelativeTimePhrase } from './relativeTime';
import type { StampScope } from './stampScope';
import type { StatedPrice } from './statedPrices';

/**
 * A chart's check, injected: the CLI passes core's checkChart (vega-lite's compile, then vega's parse and what the
 * safe loader refuses); the editor leaves it to the chart panel. A refusal's message names what refused it.
 */
export type ChartCompiler = (spec: Record<string, unknown>) => Promise<{ ok: true } | { ok: false; message: string }>;

export interface RuleReport {
  readonly offset: number;
  readonly length: number;
  readonly message: string;
  readonly fixes?: readonly Fix[];
  readonly related?: readonly RelatedInformation[];
  /** For findings whose position is known only as line/column (chart problems): overrides the computed one. */
  readonly position?: { readonly line: number; readonly column: number; readonly endLine: number; readonly endColumn: number };
}

export interface RuleContext {
  readonly note: NoteSource;
  /** The note's path as the caller names it (workspace-relative in the editor, as given in the CLI). */
  readonly file: string | undefined;
  readonly config: LintConfig;
  /** The reference date: today, or the pinned `--today`. */
  readonly today: CalendarDate;
  /** The reference date as a day number (see calendarDate.ts). */
  readonly todayDay: number;
  readonly stamps: readonly AsOfStamp[];
  readonly quoteTables: readonly QuoteTable[];
  readonly statedPrices: readonly StatedPrice[];
  readonly relativeTimePhrases: readonly RelativeTimePhrase[];
  readonly figures: readonly StatedFigure[];
  /** What each as-of stamp dates (stated prices, claims), by the stamp's offset. */
  readonly stampScopes: ReadonlyMap<number, StampScope>;
  readonly figureIndex: FigureConflictIndex | undefined;
  readonly compileChart: ChartCompiler | undefined;
  /** False when lint has no quote source: rules that need quotes then do nothing. */
  readonly hasQuotes: boolean;
  /** The quote for a ticker, or the provider's reason; undefined when there is no quote source. One request per ticker per lint. */
  quote(ticker: TickerRef): Promise<QuoteAnswer | undefined>;
  /**
   * The fix that refreshes a quote table's prices and dates it (tableRefresh.ts), made once per table per lint:
   * stale-quote-table and price-drift on each of its rows offer the same one.
   */
  refreshTable(table: QuoteTable): Promise<Fix | undefined>;
  readonly logger: Logger;
  report(finding: RuleReport): void;
}

export interface LintRule {
  readonly meta: RuleMeta;
  run(context: RuleContext): void | Promise<void>;
}
