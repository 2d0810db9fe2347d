// The `market-notes` executable: a thin wrapper that hands the process to main().
import { main } from './main';

declare const MARKET_NOTES_VERSION: string;

const code = await main(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
}, MARKET_NOTES_VERSION);
process.exitCode = code;
