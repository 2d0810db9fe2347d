// What each command accepts, apart from the commands themselves: `market-notes --help` and `<command> --help` read
// these tables without loading any command, so the CLI loads only the command that runs (see main.ts).

import { httpProviderIds } from '../core/quotes/providers/baseUrls';
import { cliQuoteRequestLimit } from '../core/lint/quoteRequestLimit';
import type { CommandSpec } from './options';

export const providerChoices = [...httpProviderIds, 'snapshot'] as const;

export const tickersSpec = {
  name: 'tickers',
  arguments: '<files|dirs…>',
  summary: 'List the ticker mentions in notes, with line and column.',
  options: {
    format: { type: 'string', value: 'text|json', default: 'text', description: 'Output format' },
  },
  examples: ['market-notes tickers notes/', 'market-notes tickers weekly.md --format json'],
} as const satisfies CommandSpec;

export const lintSpec = {
  name: 'lint',
  arguments: '<files|dirs…>',
  summary: 'Check notes for stale and conflicting figures; exit 1 when something is at error severity.',
  details: [
    'Rules and ignores come from the nearest .market-notes.json above each note, or from --config.',
    'A note unchanged since the last run (its text, settings and quotes) is not linted again: its result is kept in',
    'a folder private to you under the OS temp directory, or MARKET_NOTES_CACHE_DIR; --no-cache lints every note.',
  ],
  options: {
    format: { type: 'string', value: 'text|json|sarif', default: 'text', description: 'Output format' },
    today: { type: 'string', value: 'YYYY-MM-DD', description: 'Date to judge staleness against (default: today)' },
    quotes: { type: 'string', value: 'FILE', description: 'Snapshot quotes file for price-drift, for reproducible runs' },
    provider: { type: 'string', value: 'ID', description: `Quote provider for price-drift: ${providerChoices.join(', ')} (default: the .market-notes/ snapshot above each note)` },
    config: { type: 'string', value: 'FILE', description: 'Use this .market-notes.json for every note' },
    'max-quotes': { type: 'string', value: 'N', description: `Ask a live provider for at most N distinct symbols in the run (default ${cliQuoteRequestLimit}); checks of the rest are skipped` },
    'max-warnings': { type: 'string', value: 'N', description: 'Exit 1 when there are more than N warnings' },
    'require-quotes': { type: 'boolean', description: 'Exit 2 when quote checks were skipped (offline, rate-limited, symbols not in the snapshot)' },
    fix: { type: 'boolean', description: 'Apply the safe fixes in place (prices from the quotes, dated by them), print each change on stderr, report what is left' },
    'no-cache': { type: 'boolean', description: "Lint every note again, ignoring the results kept from earlier runs for notes that have not changed" },
  },
  examples: [
    'market-notes lint notes/',
    'market-notes lint notes/ --format sarif > lint.sarif',
    'market-notes lint weekly.md --today 2026-11-21 --quotes .market-notes/quotes.csv',
    'market-notes lint notes/ --fix',
  ],
} as const satisfies CommandSpec;

export const quoteSpec = {
  name: 'quote',
  arguments: '<symbols…>',
  summary: 'Quote symbols (AAPL, NYSEARCA:IWM, TSX:SHOP, ^RUT); exit 1 if any failed.',
  details: [
    'HTTP providers take their key from MARKET_NOTES_<ID>_KEY and their base URL from MARKET_NOTES_<ID>_BASE_URL',
    '(ID = YAHOO, TWELVEDATA, FINNHUB, ALPHAVANTAGE).',
  ],
  options: {
    provider: { type: 'string', value: 'ID', description: `Quote provider: ${providerChoices.join(', ')} (default: yahoo)` },
    quotes: { type: 'string', value: 'FILE', description: 'Read quotes from a snapshot file (quotes.csv or quotes.json) instead' },
    format: { type: 'string', value: 'text|json', default: 'text', description: 'Output format' },
  },
  examples: ['market-notes quote AAPL NYSEARCA:IWM', 'market-notes quote TSX:SHOP --provider twelvedata --format json', 'market-notes quote AAPL --quotes .market-notes/quotes.csv'],
} as const satisfies CommandSpec;

export const renderSpec = {
  name: 'render',
  arguments: '<note.md>',
  summary: 'Render each vega-lite block of a note to <note>-<line>.svg or .png; exit 1 if one broke.',
  details: ['Market-bound charts take their history from the .market-notes/ snapshot files next to the note or above it.'],
  options: {
    out: { type: 'string', short: 'o', value: 'DIR', description: 'Folder to write the images to (required)' },
    format: { type: 'string', value: 'svg|png', default: 'svg', description: 'Image format' },
    'chart-timeout': { type: 'string', value: 'SECONDS', default: '30', description: 'Stop a chart that takes longer than this to render' },
  },
  examples: ['market-notes render notes/weekly.md --out charts/', 'market-notes render notes/weekly.md --out charts/ --format png'],
} as const satisfies CommandSpec;
