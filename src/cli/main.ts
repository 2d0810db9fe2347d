// The command-line tool: same core as the extension, for CI. `main` returns an exit code and never calls
// process.exit, so tests run it in-process.

import { exitCode, UsageError, type CliIo } from './io';

type Command = (args: readonly string[], io: CliIo) => Promise<number>;

// Each command is loaded when it runs (a chunk of its own in the bundle): `tickers` does not pay for lint's date
// parser, and nothing but a chart pays for vega.
const commands: Readonly<Record<string, () => Promise<Command>>> = {
  tickers: async () => (await import('./tickersCommand')).tickersCommand,
  lint: async () => (await import('./lintCommand')).lintCommand,
  quote: async () => (await import('./quoteCommand')).quoteCommand,
  render: async () => (await import('./renderCommand')).renderCommand,
};

export const usage = `Usage: market-notes <command> [options]

Commands:
  tickers <files|dirs…> [--format text|json]   List ticker mentions with line and column
  lint <files|dirs…> [--format text|json|sarif] [--today YYYY-MM-DD] [--quotes FILE] [--provider ID] [--config FILE]
                                               Check notes for stale and conflicting figures; exit 1 on errors
  quote <symbols…> [--provider ID] [--quotes FILE] [--format text|json]
                                               Quote symbols (AAPL, NYSEARCA:IWM, TSX:SHOP, ^RUT); exit 1 if any failed
  render <note.md> --out DIR [--format svg|png] [--chart-timeout SECONDS]
                                               Render each vega-lite block to <note>-<line>.svg|png; exit 1 if one broke

Options:
  -h, --help      Show this help
  -v, --version   Show the version

Providers: yahoo (default), twelvedata, finnhub, alphavantage, snapshot. Keys come from MARKET_NOTES_<ID>_KEY,
base URLs from MARKET_NOTES_<ID>_BASE_URL (ID = YAHOO, TWELVEDATA, FINNHUB, ALPHAVANTAGE).

Exit codes: 0 success, 1 findings, 2 usage or input error.
`;

export async function main(argv: readonly string[], io: CliIo, version = '0.0.0'): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '-h' || name === '--help' || name === 'help') {
    (name === undefined ? io.stderr : io.stdout)(usage);
    return name === undefined ? exitCode.failure : exitCode.ok;
  }
  if (name === '-v' || name === '--version') {
    io.stdout(`${version}\n`);
    return exitCode.ok;
  }
  const load = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!load) {
    io.stderr(`market-notes: unknown command "${name}"\n\n${usage}`);
    return exitCode.failure;
  }
  try {
    return await (await load())(args, io);
  } catch (error) {
    if (error instanceof UsageError || isParseArgsError(error)) {
      io.stderr(`market-notes ${name}: ${(error as Error).message}\n`);
      return exitCode.failure;
    }
    io.stderr(`market-notes ${name}: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return exitCode.failure;
  }
}

function isParseArgsError(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}
