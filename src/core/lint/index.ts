// The lint core's public face, for the editor glue, the CLI and the hover.
export { lintNote, figuresOf, type LintOptions } from './engine';
export type { Finding, Fix, NoteRange, TextEdit, RelatedInformation, Severity, RuleMeta } from './finding';
export { docsPath, internalErrorRule } from './finding';
export {
  configFileName,
  defaultLintConfig,
  ignoreMatcher,
  resolveLintConfig,
  type LintConfig,
  type LintSettings,
  type RuleSetting,
} from './config';
export { parseLintConfig, type ConfigProblem } from './configFile';
export { lintRules, ruleByIdOrCode } from './rules';
export type { LintRule, RuleContext, ChartCompiler } from './rule';
export { quoteLookupFrom, quoteLookupFromCache, memoizeLookup, SkippedQuoteChecks, type QuoteAnswer, type QuoteLookup } from './quoteLookup';
export { findAsOfStamps, type AsOfStamp, type AsOfStampOptions } from './asOfStamps';
export { stampDateLabel } from './stampYears';
export { localStampAfter, stampAt } from './stampScope';
export { findStatedPrices, type StatedPrice } from './statedPrices';
export { formatLikeStated } from './statedPriceFormat';
export { findQuoteTables, type QuoteTable } from './quoteTables';
export { findRelativeTimePhrases, type RelativeTimePhrase } from './relativeTime';
export { extractFigures, type StatedFigure, type FigureMetric } from './figures';
export { SubjectTable, type SubjectAliases } from './claims/subjects';
export { WorkspaceFigureIndex, allowanceFor, tradingDaysBetween, type FigureConflict } from './figureIndex';
export { applyEdits, disableLineFix, fixAll, restampEdit } from './fixes';
export { NoteSource } from './noteSource';
export { dayNumber, formatDate, localToday, parseIsoDate, type CalendarDate } from './calendarDate';
export { toJsonRecords, formatText, toSarif, type FileFindings, type JsonFinding } from './report';
