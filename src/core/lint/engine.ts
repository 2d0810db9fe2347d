// lintNote: one note → its findings. Every enabled rule runs on one shared NoteSource; what rules share (stamps,
// stated prices, quote tables, figures) is computed once, on first use; quotes are asked once per ticker. A rule
// that throws becomes an 'internal-error' finding naming the rule — lint never crashes on a note.

import { silentLogger, systemClock, type Clock, type Logger } from '../logger';
import type { TickerRef } from '../tickers/tickerRef';
import { findAsOfStamps, type AsOfStamp } from './asOfStamps';
import { dayNumber, localToday, parseIsoDate, type CalendarDate } from './calendarDate';
import { defaultLintConfig, tickerScanOptions, type LintConfig } from './config';
import { readDisableComments } from './disableComments';
import type { WorkspaceFigureIndex } from './figureIndex';
import { extractFigures, type StatedFigure } from './figures';
import { subjectTableFor } from './claims/subjectTables';
import { compareFindings, findingOf, internalErrorRule, type Finding, type Fix, type RuleMeta } from './finding';
import { NoteSource } from './noteSource';
import { memoizeLookup, type QuoteAnswer, type QuoteLookup } from './quoteLookup';
import { findQuoteTables, tableAtLine, type QuoteTable } from './quoteTables';
import { findRelativeTimePhrases, type RelativeTimePhrase } from './relativeTime';
import type { ChartCompiler, LintRule, RuleContext, RuleReport } from './rule';
import { lintRules, ruleByIdOrCode } from './rules';
import { conflictingFigures } from './rules/conflictingFigures';
import { stampScopes, type StampScope } from './stampScope';
import { findStatedPrices, type StatedPrice } from './statedPrices';
import { tableRefreshFix } from './tableRefresh';

export interface LintOptions {
  /** The note's path as the caller names it: conflicting-figures compares it with the index's other files. */
  readonly file?: string;
  /** Resolved configuration (resolveLintConfig); the defaults when absent. */
  readonly config?: LintConfig;
  /** The reference date ('YYYY-MM-DD' or a date); else today in the machine's zone, from `clock`. */
  readonly today?: CalendarDate | string;
  readonly clock?: Clock;
  /** Quote access; without it the rules that need quotes are skipped. */
  readonly quotes?: QuoteLookup;
  /** The workspace's figures, for conflicting-figures; without it that rule is skipped. */
  readonly figureIndex?: WorkspaceFigureIndex;
  /** vega-lite compile check for invalid-chart; without it only parse problems are reported. */
  readonly compileChart?: ChartCompiler;
  /** Only these rules (names or codes), whatever the configuration says. */
  readonly only?: readonly string[];
  readonly logger?: Logger;
  /** A NoteSource for this text made earlier (the hover's or the index's), to skip lexing again. */
  readonly note?: NoteSource;
}

export async function lintNote(text: string, options: LintOptions = {}): Promise<Finding[]> {
  return (await lintRulesOn(text, options, lintRules)).findings;
}

/** A note's own findings, and what conflicting-figures needs to compare it with the other notes later. */
export interface NoteLintedAlone {
  /** Every enabled rule's findings but conflicting-figures'. */
  readonly findings: readonly Finding[];
  /** The note's claims (conflicting-figures compares these across notes). */
  readonly figures: readonly StatedFigure[];
  /** Lines whose conflicting-figures findings a disable comment switches off. */
  readonly conflictsMutedOn: readonly number[];
}

/**
 * Lints a note with every rule but conflicting-figures, which its owner runs once every note's figures are known
 * (the CLI: workspaceConflicts.ts). What this returns depends on the note alone (and today, its
 * configuration and quotes), so the CLI can keep it for the next run of an unchanged note.
 */
export async function lintNoteAlone(text: string, options: Omit<LintOptions, 'figureIndex'> = {}): Promise<NoteLintedAlone> {
  const { findings, shared, isDisabled } = await lintRulesOn(text, options, lintRules.filter((rule) => rule !== conflictingFigures));
  const figures = shared.figures;
  const conflictsMutedOn = [...new Set(figures.map((figure) => figure.line))].filter((line) => isDisabled(conflictingFigures.meta, line));
  return { findings, figures, conflictsMutedOn };
}

async function lintRulesOn(text: string, options: LintOptions, rules: readonly LintRule[]) {
  const config = options.config ?? defaultLintConfig;
  const today = referenceDate(options);
  const note = options.note && options.note.isFor(text) ? options.note : new NoteSource(text, tickerScanOptions(config));
  const shared = new SharedFacts(note, config, options, today);
  const lookup = options.quotes ? memoizeLookup(options.quotes) : undefined;
  const logger = options.logger ?? silentLogger;
  const only = options.only?.map((id) => ruleByIdOrCode(id)?.meta.name);
  const isDisabled = readDisableComments(note);
  const findings: Finding[] = [];

  const active = rules.filter((rule) => {
    if (only && !only.includes(rule.meta.name)) return false;
    if (!only && config.rules[rule.meta.name] === 'off') return false;
    return !(rule.meta.usesQuotes && !lookup);
  });
  await Promise.all(
    active.map(async (rule) => {
      const severity = config.rules[rule.meta.name] ?? rule.meta.defaultSeverity;
      const context = new RunContext(rule, note, shared, lookup, { config, today, options, logger }, (report) => {
        const finding = toFinding(note, rule.meta, severity === 'off' ? rule.meta.defaultSeverity : severity, report);
        if (!isDisabled(rule.meta, finding.line)) findings.push(finding);
      });
      try {
        await rule.run(context);
      } catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        logger.error(`Rule ${rule.meta.name} failed${options.file ? ` on ${options.file}` : ''}: ${error instanceof Error ? (error.stack ?? detail) : detail}`);
        findings.push(
          toFinding(note, internalErrorRule, 'error', { offset: 0, length: 0, message: `Rule ${rule.meta.name} (${rule.meta.code}) failed on this note: ${detail}` }),
        );
      }
    }),
  );
  return { findings: findings.sort(compareFindings), shared, isDisabled };
}

/**
 * The figures lint extracts from a note (for WorkspaceFigureIndex.set after a lint, without reading it again).
 * `today`: the reference date a stamp without a year is read against (findAsOfStamps), as the lint's.
 */
export function figuresOf(note: NoteSource, config: LintConfig = defaultLintConfig, today?: CalendarDate): StatedFigure[] {
  return extractFigures(note, findAsOfStamps(note.text, note, { today }), subjectTableFor(config.aliases), today);
}

/** The run's reference date: `today` as given, else today in the machine's zone. */
export function referenceDate(options: Pick<LintOptions, 'today' | 'clock'>): CalendarDate {
  if (typeof options.today === 'string') {
    const parsed = parseIsoDate(options.today);
    if (!parsed) throw new RangeError(`today must be a date as YYYY-MM-DD (got "${options.today}")`);
    return parsed;
  }
  return options.today ?? localToday(options.clock ?? systemClock);
}

/** What several rules read, each computed on first use. */
class SharedFacts {
  private cache = new Map<string, unknown>();
  constructor(
    private readonly note: NoteSource,
    private readonly config: LintConfig,
    private readonly options: LintOptions,
    /** The run's reference date: stamps without a year are read against it (findAsOfStamps). */
    private readonly today: CalendarDate,
  ) {}

  private once<T>(key: string, make: () => T): T {
    if (!this.cache.has(key)) this.cache.set(key, make());
    return this.cache.get(key) as T;
  }

  get stamps(): readonly AsOfStamp[] {
    return this.once('stamps', () => findAsOfStamps(this.note.text, this.note, { today: this.today }));
  }
  get quoteTables(): readonly QuoteTable[] {
    return this.once('tables', () => findQuoteTables(this.note, this.stamps, this.today));
  }
  get statedPrices(): readonly StatedPrice[] {
    return this.once('prices', () => findStatedPrices(this.note.text, this.note.mentions, this.note, this.quoteTables, this.stamps));
  }
  get relativeTimePhrases(): readonly RelativeTimePhrase[] {
    return this.once('relative', () => findRelativeTimePhrases(this.note));
  }
  get stampScopes(): ReadonlyMap<number, StampScope> {
    return this.once('scopes', () => stampScopes(this.note.text, this.stamps, this.quoteTables, this.statedPrices, this.figures));
  }
  /** Each quote table's price cells, in document order. */
  get tablePrices(): ReadonlyMap<QuoteTable, readonly StatedPrice[]> {
    return this.once('tablePrices', () => {
      const byTable = new Map<QuoteTable, StatedPrice[]>();
      for (const price of this.statedPrices) {
        const table = price.source === 'table' ? tableAtLine(this.quoteTables, price.line - 1) : undefined;
        if (!table) continue;
        const list = byTable.get(table);
        if (list) list.push(price);
        else byTable.set(table, [price]);
      }
      return byTable;
    });
  }
  /** A table's refresh, asked for by more than one rule (and by price-drift once per row): made once. */
  tableRefresh(table: QuoteTable, make: () => Promise<Fix | undefined>): Promise<Fix | undefined> {
    return this.once(`refresh:${table.startLine}`, make);
  }
  get figures(): readonly StatedFigure[] {
    return this.once('figures', () => {
      const subjects = subjectTableFor(this.config.aliases);
      const { figureIndex, file } = this.options;
      // The index read this very note already (the CLI and the editor index before they lint): reuse its claims.
      const indexed = figureIndex && file !== undefined ? figureIndex.figuresReadFrom(file, this.note, subjects, this.today) : undefined;
      return indexed ?? extractFigures(this.note, this.stamps, subjects, this.today);
    });
  }
}

interface RunSettings {
  readonly config: LintConfig;
  readonly today: CalendarDate;
  readonly options: LintOptions;
  readonly logger: Logger;
}

/**
 * What a rule reads: the run's settings, and the shared facts, each computed when a rule first asks. A class, not an
 * object literal with getters: such a literal is built property by property every time (ten a note), and a cold
 * 1 MB run made 5,000 of them.
 */
class RunContext implements RuleContext {
  readonly file: string | undefined;
  readonly config: LintConfig;
  readonly today: CalendarDate;
  readonly todayDay: number;
  readonly figureIndex: WorkspaceFigureIndex | undefined;
  readonly compileChart: ChartCompiler | undefined;
  readonly hasQuotes: boolean;
  readonly logger: Logger;

  constructor(
    private readonly rule: LintRule,
    readonly note: NoteSource,
    private readonly shared: SharedFacts,
    private readonly lookup: QuoteLookup | undefined,
    run: RunSettings,
    private readonly sink: (report: RuleReport) => void,
  ) {
    this.file = run.options.file;
    this.config = run.config;
    this.today = run.today;
    this.todayDay = dayNumber(run.today);
    this.figureIndex = run.options.figureIndex;
    this.compileChart = run.options.compileChart;
    this.hasQuotes = lookup !== undefined;
    this.logger = run.logger;
  }

  get stamps(): readonly AsOfStamp[] {
    return this.shared.stamps;
  }
  get quoteTables(): readonly QuoteTable[] {
    return this.shared.quoteTables;
  }
  get statedPrices(): readonly StatedPrice[] {
    return this.shared.statedPrices;
  }
  get relativeTimePhrases(): readonly RelativeTimePhrase[] {
    return this.shared.relativeTimePhrases;
  }
  get figures(): readonly StatedFigure[] {
    return this.shared.figures;
  }
  get stampScopes(): ReadonlyMap<number, StampScope> {
    return this.shared.stampScopes;
  }

  // Functions bound to this context, as the object literal's were: a rule may pass them on.
  readonly quote = (ticker: TickerRef): Promise<QuoteAnswer | undefined> => (this.lookup ? this.lookup(ticker) : Promise.resolve(undefined));
  readonly refreshTable = (table: QuoteTable): Promise<Fix | undefined> =>
    this.shared.tableRefresh(table, () => tableRefreshFix(this, table, this.shared.tablePrices.get(table) ?? []));
  readonly report = (found: RuleReport): void => {
    if (!Number.isInteger(found.offset) || found.offset < 0 || found.offset + found.length > this.note.text.length) {
      throw new RangeError(`${this.rule.meta.name} reported a range outside the note (${found.offset}+${found.length})`);
    }
    this.sink(found);
  };
}

function toFinding(note: NoteSource, meta: RuleMeta, severity: Finding['severity'], report: RuleReport): Finding {
  return findingOf(meta, severity, report, report.position ?? note.range(report.offset, report.length));
}
