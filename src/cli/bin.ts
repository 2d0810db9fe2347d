// The `market-notes` executable: a thin wrapper that hands the process to main().
export {};

declare const MARKET_NOTES_VERSION: string;

// `lint` works in a worker thread whose own start-up (a Node of its own, the lint code) is most of the command's:
// start it before the rest of the CLI loads, so the two load side by side. The lint command takes it.
const early = process.argv[2] === 'lint' ? await import('./lintWorkerStart') : undefined;
early?.startLintWorkerEarly(process.env);
const { main } = await import('./main');

const code = await main(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
}, MARKET_NOTES_VERSION);
early?.takeEarlyLintWorker()?.dispose(); // not taken: the command stopped before linting (a usage error, --help)
process.exitCode = code;
