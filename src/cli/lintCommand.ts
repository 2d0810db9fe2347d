// `market-notes lint <files|dirs…> [--format text|json|sarif] [--today YYYY-MM-DD] [--quotes FILE] [--provider ID]
// [--config FILE]`: the editor's lint, for CI. Exit 0 when nothing is at error severity, 1 when something is,
// 2 on usage or input errors and when a rule failed internally.

import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { localToday, parseIsoDate, type CalendarDate } from '../core/lint/calendarDate';
import { defaultLintConfig, ignoreMatcher } from '../core/lint/config';
import { internalErrorRule } from '../core/lint/finding';
import { memoizeLookup, quoteLookupFrom, SkippedQuoteChecks, type QuoteLookup } from '../core/lint/quoteLookup';
import { cliQuoteRequestLimit, limitQuoteRequests } from '../core/lint/quoteRequestLimit';
import { formatText, toJsonRecords, toSarif, type FileFindings } from '../core/lint/report';
import { systemClock, type Logger } from '../core/logger';
import type { QuoteProvider } from '../core/quotes/quote';
import type { SnapshotProvider } from '../core/quotes/snapshotProvider';
import type { LintClient } from '../node/lintClient';
import { LintConfigFinder, loadLintConfigFile, type LoadedLintConfig } from '../node/lintConfigFiles';
import { noResultCache, openLintResultCache } from '../node/lintResultCache';
import { findSnapshotProviderAbove, snapshotProviderForFile } from '../node/snapshotFiles';
import { exitCode, UsageError, type CliIo } from './io';
import { lintNotes, type NoteToLint } from './lintNotes';
import { startLint } from './startLint';
import { expandNotePaths, openNote } from './noteFiles';
import { lintSpec } from './commandSpecs';
import { parseCommandArgs, parseFormat, type OptionValues } from './options';
import { quoteProviderFor, stderrLogger } from './quoteSource';
import type { FixOutcome } from './writeFixes';

declare const MARKET_NOTES_VERSION: string | undefined;

export async function lintCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(lintSpec, args);
  const format = parseFormat(values.format, ['text', 'json', 'sarif'] as const);
  if (positionals.length === 0) throw new UsageError('name at least one note file or folder');
  const options = { format, today: parseToday(values.today), maxWarnings: parseMaxWarnings(values['max-warnings']) };
  const found = await expandNotePaths(positionals, io.cwd);
  // Lint gets ready (reads its script) while the notes are read.
  const starting = startLint(io.env);
  try {
    return await lintWith(starting, values, positionals, found, options, io);
  } finally {
    (await starting.catch(() => undefined))?.client.dispose();
  }
}

async function lintWith(
  starting: Promise<{ client: LintClient; build: string }>,
  values: OptionValues<typeof lintSpec.options>,
  positionals: readonly string[],
  found: readonly string[],
  { format, today, maxWarnings }: { format: 'text' | 'json' | 'sarif'; today: CalendarDate | undefined; maxWarnings: number | undefined },
  io: CliIo,
): Promise<number> {
  const logger = stderrLogger(io);
  const skipped = new SkippedQuoteChecks();

  const fixedConfig = values.config === undefined ? undefined : await namedConfig(values.config, io.cwd);
  const finder = new LintConfigFinder();
  const quotesFor = await quoteSourceFor(values, io, logger, skipped, parseMaxQuotes(values['max-quotes']));

  // What applies to a folder's notes (configuration, quotes) is looked up once per folder, side by side; then each
  // note is only stamped (its text is read when lint needs it). Queued together, the notes go to the lint server in
  // a few long turns rather than one short turn per note.
  const folderOf = (file: string) => path.dirname(path.resolve(io.cwd, file));
  const configs = await perFolder(found.map(folderOf), async (folder) => {
    const loaded = fixedConfig ?? (await finder.find(folder));
    if (loaded && loaded.problems.length > 0) throw new UsageError(describeConfigProblems(loaded, io.cwd));
    const config = loaded?.config ?? defaultLintConfig;
    return { root: loaded?.root ?? io.cwd, config, ignored: ignoreMatcher(config) };
  });
  const toLint = found.filter((file) => {
    const { root, ignored } = configs.get(folderOf(file))!;
    return !ignored(path.relative(root, path.resolve(io.cwd, file)).split(path.sep).join('/'));
  });
  const quotes = await perFolder(toLint.map(folderOf), quotesFor);
  const notes = toLint.map((file): NoteToLint => ({ file, source: openNote(file, io.cwd), config: configs.get(folderOf(file))!.config, quotes: quotes.get(folderOf(file)) }));
  if (notes.length === 0) throw new UsageError(noNotesMessage(positionals, found.length));
  const { client, build } = await starting;
  const cache = values['no-cache'] ? noResultCache : await openLintResultCache(build, io.cwd, io.env.MARKET_NOTES_CACHE_DIR || undefined);

  // Each note under a time budget (MARKET_NOTES_LINT_BUDGET_MS): one that is too complex is reported. Today is
  // fixed here, once, as the key of what lint keeps between runs.
  const results = await lintNotes(client, notes, today ?? localToday(systemClock), io, { fix: values.fix === true, cache });
  if (values.fix) {
    // Only --fix writes files (and loads node:crypto for their temporary names).
    const { writeFixedNotes } = await import('./writeFixes');
    // The texts the fixes started from, of the notes they changed (a note that is not text was never read).
    const originals = new Map(notes.flatMap((note, i) => (results[i].changes.length > 0 ? [[note.file, note.source.text()] as const] : [])));
    reportFixes(await writeFixedNotes(results, originals, io), io);
  }

  const skippedSummary = skipped.summary();
  io.stdout(render(format, results, io.cwd, skippedSummary));
  const all = results.flatMap((result) => result.findings);
  if (skippedSummary) io.stderr(`${skippedSummary}\n`);
  if (format === 'text') io.stderr(summary(all.length, all.filter((finding) => finding.severity === 'error').length, notes.length));
  if (all.some((finding) => finding.ruleId === internalErrorRule.name)) return exitCode.failure;
  if (values['require-quotes'] && skippedSummary) {
    io.stderr('--require-quotes: failing because quote checks were skipped\n');
    return exitCode.failure;
  }
  if (all.some((finding) => finding.severity === 'error')) return exitCode.findings;
  const warnings = all.filter((finding) => finding.severity === 'warning').length;
  if (maxWarnings !== undefined && warnings > maxWarnings) {
    io.stderr(`${warnings} warning${warnings === 1 ? '' : 's'}: more than --max-warnings ${maxWarnings}\n`);
    return exitCode.findings;
  }
  return exitCode.ok;
}

function reportFixes({ written, fixes, refused }: FixOutcome, io: CliIo): void {
  const notes = (count: number) => `${count} note${count === 1 ? '' : 's'}`;
  const applied = written === 0 ? 'no safe fixes to apply' : `applied ${fixes} fix${fixes === 1 ? '' : 'es'} in ${notes(written)}`;
  io.stderr(`--fix: ${applied}${refused > 0 ? `; ${notes(refused)} left as they were` : ''}\n`);
}

/** `lookUp` for each distinct folder, side by side. */
async function perFolder<T>(folders: readonly string[], lookUp: (folder: string) => Promise<T>): Promise<Map<string, T>> {
  const distinct = [...new Set(folders)];
  const found = await Promise.all(distinct.map(lookUp));
  return new Map(distinct.map((folder, i) => [folder, found[i]]));
}

function parseMaxQuotes(value: string | undefined): number {
  return value === undefined ? cliQuoteRequestLimit : wholeNumberOption('max-quotes', value, 1);
}

function parseMaxWarnings(value: string | undefined): number | undefined {
  return value === undefined ? undefined : wholeNumberOption('max-warnings', value, 0);
}

/** An option's value as a whole number of at least `least`; a usage error otherwise. */
function wholeNumberOption(name: string, value: string, least: number): number {
  if (!/^\d+$/.test(value) || Number(value) < least) throw new UsageError(`--${name} must be a whole number ≥ ${least} (got "${value}")`);
  return Number(value);
}

function noNotesMessage(positionals: readonly string[], matched: number): string {
  const named = positionals.join(', ');
  if (matched > 0) return `no notes to lint: every note under ${named} is excluded by the "ignore" globs of .market-notes.json`;
  return `no notes to lint: ${named} holds no Markdown files (.md, .markdown)`;
}

function parseToday(value: string | undefined): CalendarDate | undefined {
  if (value === undefined) return undefined;
  const date = parseIsoDate(value);
  if (!date) throw new UsageError(`--today must be a date as YYYY-MM-DD (got "${value}")`);
  return date;
}

async function namedConfig(file: string, cwd: string): Promise<LoadedLintConfig> {
  const loaded = await loadLintConfigFile(path.resolve(cwd, file)).catch((error: Error) => {
    throw new UsageError(`cannot read --config ${file}: ${error.message}`);
  });
  if (!loaded) throw new UsageError(`cannot read --config ${file}: no such file or directory`);
  return loaded;
}

function describeConfigProblems(loaded: LoadedLintConfig, cwd: string): string {
  const name = path.relative(cwd, loaded.file ?? '') || loaded.file;
  return `invalid configuration:\n${loaded.problems.map((problem) => `  ${name}:${problem.line}:${problem.column}: ${problem.message}`).join('\n')}`;
}

/**
 * Quotes for a note: --quotes FILE or --provider ID for every note; otherwise the snapshot nearest above each
 * note (`.market-notes/quotes.csv|json`), and none — quote rules skipped — where there is none.
 */
async function quoteSourceFor(
  options: { quotes?: string; provider?: string },
  io: CliIo,
  logger: Logger,
  skipped: SkippedQuoteChecks,
  maxQuotes: number,
): Promise<(folder: string) => Promise<QuoteLookup | undefined>> {
  if (options.quotes !== undefined || options.provider !== undefined) {
    const provider =
      options.quotes !== undefined && options.provider === undefined
        ? await snapshotProviderForFile(path.resolve(io.cwd, options.quotes), logger, options.quotes)
        : await quoteProviderFor(options, io, logger);
    await requireReadableSnapshot(provider);
    // A snapshot is a file read: only a live provider's requests are counted against --max-quotes.
    const asked = isSnapshot(provider) ? quoteLookupFrom(provider) : limitQuoteRequests(quoteLookupFrom(provider), { max: maxQuotes, describe: `--max-quotes ${maxQuotes}` });
    const lookup = memoizeLookup(skipped.record(asked, provider));
    return async () => lookup;
  }
  const byFolder = new Map<string, Promise<QuoteLookup | undefined>>();
  return (folder) => {
    let lookup = byFolder.get(folder);
    if (!lookup) {
      lookup = findSnapshotProviderAbove(folder, logger).then(async (provider) => {
        if (!provider) return undefined;
        const { error } = await provider.source();
        if (error) {
          io.stderr(`warning: ${error.message}; quote checks skipped\n`);
          return undefined;
        }
        return memoizeLookup(skipped.record(quoteLookupFrom(provider), provider));
      });
      byFolder.set(folder, lookup);
    }
    return lookup;
  };
}

/** A quotes file named on the command line must be readable: otherwise every quote check would quietly pass. */
async function requireReadableSnapshot(provider: QuoteProvider): Promise<void> {
  if (!isSnapshot(provider)) return;
  const { error } = await provider.source();
  if (error) throw new UsageError(error.message);
}

function isSnapshot(provider: QuoteProvider): provider is SnapshotProvider {
  return typeof (provider as Partial<SnapshotProvider>).source === 'function';
}

function render(format: 'text' | 'json' | 'sarif', results: readonly FileFindings[], cwd: string, skippedSummary: string | undefined): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(toJsonRecords(results), null, 2)}\n`;
    case 'sarif': {
      const relative = results.map(({ file, findings }) => ({ file: path.relative(cwd, path.resolve(cwd, file)).split(path.sep).join('/'), findings }));
      const version = typeof MARKET_NOTES_VERSION === 'string' ? MARKET_NOTES_VERSION : '0.0.0';
      return `${JSON.stringify(toSarif(relative, { version, rootUri: `${pathToFileURL(cwd).href.replace(/\/$/, '')}/`, notifications: skippedSummary ? [{ level: 'warning', message: skippedSummary }] : [] }), null, 2)}\n`;
    }
    default:
      return formatText(results);
  }
}

function summary(total: number, errors: number, files: number): string {
  const notes = `${files} note${files === 1 ? '' : 's'}`;
  if (total === 0) return `${notes} checked: no findings\n`;
  return `${notes} checked: ${total} finding${total === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'})\n`;
}
