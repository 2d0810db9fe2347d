// `market-notes lint <files|dirs…> [--format text|json|sarif] [--today YYYY-MM-DD] [--quotes FILE] [--provider ID]
// [--config FILE]`: the editor's lint, for CI. Exit 0 when nothing is at error severity, 1 when something is,
// 2 on usage or input errors and when a rule failed internally.

import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseIsoDate, type CalendarDate } from '../core/lint/calendarDate';
import { defaultLintConfig, ignoreMatcher } from '../core/lint/config';
import { internalErrorRule } from '../core/lint/finding';
import { quoteLookupFrom, type QuoteLookup } from '../core/lint/quoteLookup';
import { formatText, toJsonRecords, toSarif, type FileFindings } from '../core/lint/report';
import type { Logger } from '../core/logger';
import type { QuoteProvider } from '../core/quotes/quote';
import type { SnapshotProvider } from '../core/quotes/snapshotProvider';
import { LintConfigFinder, loadLintConfigFile, type LoadedLintConfig } from '../node/lintConfigFiles';
import { findSnapshotProviderAbove, snapshotProviderForFile } from '../node/snapshotFiles';
import { exitCode, UsageError, type CliIo } from './io';
import { lintNotesInWorker, type NoteToLint } from './lintInWorker';
import { expandNotePaths, readNote } from './noteFiles';
import { parseCommandArgs, parseFormat, type CommandSpec } from './options';
import { providerChoices, quoteProviderFor, stderrLogger } from './quoteSource';

declare const MARKET_NOTES_VERSION: string | undefined;

export const lintSpec = {
  name: 'lint',
  arguments: '<files|dirs…>',
  summary: 'Check notes for stale and conflicting figures; exit 1 when something is at error severity.',
  details: ['Rules and ignores come from the nearest .market-notes.json above each note, or from --config.'],
  options: {
    format: { type: 'string', value: 'text|json|sarif', default: 'text', description: 'Output format' },
    today: { type: 'string', value: 'YYYY-MM-DD', description: 'Date to judge staleness against (default: today)' },
    quotes: { type: 'string', value: 'FILE', description: 'Snapshot quotes file for price-drift, for reproducible runs' },
    provider: { type: 'string', value: 'ID', description: `Quote provider for price-drift: ${providerChoices.join(', ')} (default: the .market-notes/ snapshot above each note)` },
    config: { type: 'string', value: 'FILE', description: 'Use this .market-notes.json for every note' },
  },
  examples: [
    'market-notes lint notes/',
    'market-notes lint notes/ --format sarif > lint.sarif',
    'market-notes lint weekly.md --today 2026-11-21 --quotes .market-notes/quotes.csv',
  ],
} as const satisfies CommandSpec;

export async function lintCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(lintSpec, args);
  const format = parseFormat(values.format, ['text', 'json', 'sarif'] as const);
  if (positionals.length === 0) throw new UsageError('name at least one note file or folder');
  const today = parseToday(values.today);
  const logger = stderrLogger(io);

  const fixedConfig = values.config === undefined ? undefined : await namedConfig(values.config, io.cwd);
  const finder = new LintConfigFinder();
  const quotesFor = await quoteSourceFor(values, io, logger);

  const notes: NoteToLint[] = [];
  for (const file of await expandNotePaths(positionals, io.cwd)) {
    const absolute = path.resolve(io.cwd, file);
    const loaded = fixedConfig ?? (await finder.find(path.dirname(absolute)));
    if (loaded && loaded.problems.length > 0) throw new UsageError(describeConfigProblems(loaded, io.cwd));
    const config = loaded?.config ?? defaultLintConfig;
    const relative = path.relative(loaded?.root ?? io.cwd, absolute).split(path.sep).join('/');
    if (ignoreMatcher(config)(relative)) continue;
    notes.push({ file, text: await readNote(file, io.cwd), config, quotes: await quotesFor(absolute) });
  }

  // In a worker, each note under a time budget (MARKET_NOTES_LINT_BUDGET_MS): one that is too complex is reported.
  const results = await lintNotesInWorker(notes, today, io);

  io.stdout(render(format, results, io.cwd));
  const all = results.flatMap((result) => result.findings);
  if (format === 'text') io.stderr(summary(all.length, all.filter((finding) => finding.severity === 'error').length, notes.length));
  if (all.some((finding) => finding.ruleId === internalErrorRule.name)) return exitCode.failure;
  return all.some((finding) => finding.severity === 'error') ? exitCode.findings : exitCode.ok;
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
): Promise<(absoluteFile: string) => Promise<QuoteLookup | undefined>> {
  if (options.quotes !== undefined || options.provider !== undefined) {
    const provider =
      options.quotes !== undefined && options.provider === undefined
        ? snapshotProviderForFile(path.resolve(io.cwd, options.quotes), logger, options.quotes)
        : await quoteProviderFor(options, io, logger);
    await requireReadableSnapshot(provider);
    const lookup = quoteLookupFrom(provider, { memoize: true });
    return async () => lookup;
  }
  const byFolder = new Map<string, Promise<QuoteLookup | undefined>>();
  return (absoluteFile) => {
    const folder = path.dirname(absoluteFile);
    let lookup = byFolder.get(folder);
    if (!lookup) {
      lookup = findSnapshotProviderAbove(folder, logger).then(async (provider) => {
        if (!provider) return undefined;
        const { error } = await provider.source();
        if (error) {
          io.stderr(`warning: ${error.message}; quote checks skipped\n`);
          return undefined;
        }
        return quoteLookupFrom(provider, { memoize: true });
      });
      byFolder.set(folder, lookup);
    }
    return lookup;
  };
}

/** A quotes file named on the command line must be readable: otherwise every quote check would quietly pass. */
async function requireReadableSnapshot(provider: QuoteProvider): Promise<void> {
  const snapshot = provider as Partial<SnapshotProvider>;
  if (typeof snapshot.source !== 'function') return;
  const { error } = await snapshot.source.call(provider);
  if (error) throw new UsageError(error.message);
}

function render(format: 'text' | 'json' | 'sarif', results: readonly FileFindings[], cwd: string): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(toJsonRecords(results), null, 2)}\n`;
    case 'sarif': {
      const relative = results.map(({ file, findings }) => ({ file: path.relative(cwd, path.resolve(cwd, file)).split(path.sep).join('/'), findings }));
      const version = typeof MARKET_NOTES_VERSION === 'string' ? MARKET_NOTES_VERSION : '0.0.0';
      return `${JSON.stringify(toSarif(relative, { version, rootUri: `${pathToFileURL(cwd).href.replace(/\/$/, '')}/` }), null, 2)}\n`;
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
