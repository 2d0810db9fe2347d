// The command-line tool: same core as the extension, for CI. `main` returns an exit code and never calls
// process.exit, so tests run it in-process.

import { lintSpec, quoteSpec, renderSpec, tickersSpec } from './commandSpecs';
import { exitCode, UsageError, type CliIo } from './io';
import { asksForHelp, closestWord, commandHelp, type CommandSpec } from './options';

type RunCommand = (args: readonly string[], io: CliIo) => Promise<number>;

interface Command {
  readonly spec: CommandSpec;
  load(): Promise<RunCommand>;
}

// Only the command that runs is loaded (each is a chunk of its own in the bundle): `tickers` does not pay for
// lint's date parser or the quote providers, and nothing but a chart pays for vega (see bench/cli.mjs).
const commands: Readonly<Record<string, Command>> = {
  tickers: { spec: tickersSpec, load: async () => (await import('./tickersCommand')).tickersCommand },
  lint: { spec: lintSpec, load: async () => (await import('./lintCommand')).lintCommand },
  quote: { spec: quoteSpec, load: async () => (await import('./quoteCommand')).quoteCommand },
  render: { spec: renderSpec, load: async () => (await import('./renderCommand')).renderCommand },
};

/** `market-notes --help`: the commands (from their tables), examples, providers, exit codes. */
export function usage(): string {
  const names = Object.keys(commands);
  const width = Math.max(...names.map((name) => name.length)) + 3;
  return [
    'Usage: market-notes <command> [options]',
    '',
    'Commands:',
    ...names.map((name) => `  ${name.padEnd(width)}${commands[name].spec.summary}`),
    '',
    'Options:',
    '  -h, --help      Show this help (market-notes <command> --help: that command\'s options)',
    '  -v, --version   Show the version',
    '',
    'Examples:',
    '  market-notes lint notes/',
    '  market-notes tickers weekly.md --format json',
    '  market-notes quote AAPL NYSEARCA:IWM',
    '  market-notes render weekly.md --out charts/ --format png',
    '',
    'Providers: yahoo (default), twelvedata, finnhub, alphavantage, snapshot. Keys come from MARKET_NOTES_<ID>_KEY,',
    'base URLs from MARKET_NOTES_<ID>_BASE_URL (ID = YAHOO, TWELVEDATA, FINNHUB, ALPHAVANTAGE).',
    '',
    'Exit codes: 0 success, 1 findings, 2 usage or input error.',
    '',
  ].join('\n');
}

export async function main(argv: readonly string[], io: CliIo, version = '0.0.0'): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '-h' || name === '--help') {
    (name === undefined ? io.stderr : io.stdout)(usage());
    return name === undefined ? exitCode.failure : exitCode.ok;
  }
  if (name === '-v' || name === '--version') {
    io.stdout(`${version}\n`);
    return exitCode.ok;
  }
  if (name === 'help') return help(args[0], io);
  const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!command) return unknownCommand(name, io);
  if (asksForHelp(args)) {
    io.stdout(commandHelp(command.spec));
    return exitCode.ok;
  }
  try {
    const run = await command.load();
    return await run(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`market-notes ${name}: ${error.message}\n`);
      return exitCode.failure;
    }
    io.stderr(`market-notes ${name}: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return exitCode.failure;
  }
}

/** `market-notes help [command]`. */
function help(name: string | undefined, io: CliIo): number {
  if (name === undefined) {
    io.stdout(usage());
    return exitCode.ok;
  }
  if (!Object.hasOwn(commands, name)) return unknownCommand(name, io);
  io.stdout(commandHelp(commands[name].spec));
  return exitCode.ok;
}

function unknownCommand(name: string, io: CliIo): number {
  const names = Object.keys(commands);
  const closest = closestWord(name, names);
  const hint = closest ? `did you mean ${closest}?` : `commands: ${names.join(', ')}`;
  io.stderr(`market-notes: unknown command "${name}"; ${hint} (market-notes --help shows them all)\n`);
  return exitCode.failure;
}
