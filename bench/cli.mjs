// CLI figures, whole-process, all measured in this run; prints, asserts nothing.
//   - start-up: `market-notes tickers` and `market-notes lint` on a note without charts, against a bare `node -e ""`
//     (goal: within 100 ms of it — vega, vega-lite and resvg load only when a chart is compiled or rendered; lint
//     runs on the CLI's own thread), lint with the note's result kept from an earlier run (src/node/lintResultCache.ts),
//     with --no-cache (linted again, its script compiled from V8's code cache), and with neither;
//   - lint speed: `market-notes lint` on ~1 MB of notes that contain charts (the examples' notes and charts,
//     repeated with variations as a workspace repeats its templates) against markdownlint on the same files, each
//     as one whole process (goal: ≥ 10× faster), over notes unchanged since an earlier run and with --no-cache.
//   Lint keeps its results in a folder of this run (MARKET_NOTES_CACHE_DIR), never the user's.
//   node bench/cli.mjs        (needs dist/cli.mjs: node build.mjs)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.join(import.meta.dirname, '..');
const cli = path.join(root, 'dist/cli.mjs');
if (!fs.existsSync(cli)) {
  console.error('bench/cli: build first (node build.mjs)');
  process.exit(2);
}
const runs = Number(process.env.BENCH_RUNS ?? 11);
const median = (samples) => [...samples].sort((a, b) => a - b)[samples.length >> 1];
const ms = (value) => `${value.toFixed(0).padStart(6)} ms`;
const signed = (value) => `${value >= 0 ? '+' : ''}${value.toFixed(0)}`;

/** CPU time (user + system, ms) of this process's waited-for children, from /proc (Linux); undefined elsewhere. */
function childrenCpuMs() {
  try {
    const fields = fs.readFileSync('/proc/self/stat', 'utf8').replace(/^.*\) /, '').split(' ');
    return ((Number(fields[13]) + Number(fields[14])) * 1000) / 100; // cutime + cstime, in USER_HZ (100 on Linux)
  } catch {
    return undefined;
  }
}

function time(args, cwd) {
  // `{ env }` as the first element: run with these variables added.
  const [first, ...rest] = args;
  const extraEnv = typeof first === 'object' ? first : undefined;
  if (extraEnv) args = rest;
  const cpuBefore = childrenCpuMs();
  const start = performance.now();
  const result = spawnSync(process.execPath, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, ...extraEnv } });
  const wall = performance.now() - start;
  if (result.status !== 0 && result.status !== 1) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  const cpuAfter = childrenCpuMs();
  return { wall, cpu: cpuBefore === undefined ? NaN : cpuAfter - cpuBefore };
}

/** Runs each command `runs` times, interleaved (a loaded machine slows them alike): median wall and CPU times. */
function medians(commands, cwd) {
  const samples = commands.map(() => []);
  for (let i = 0; i < runs; i++) commands.forEach((args, j) => samples[j].push(time(args, cwd)));
  return samples.map((runsOf) => ({ wall: median(runsOf.map((run) => run.wall)), cpu: median(runsOf.map((run) => run.cpu)) }));
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'market-notes-bench-cli-'));
try {
  // ---- start-up ------------------------------------------------------------------------------------------------
  fs.writeFileSync(path.join(dir, 'plain.md'), '# Week ahead\n\nAs of November 20, 2026, $AAPL closed at $266.25 and (NASDAQ: MSFT) at $472.12.\n');
  // Lint runs in a vm context on the CLI's thread, whose script V8 compiles from the code cache an earlier run left
  // (src/node/codeCache.ts), unless every note's result was kept by an earlier run. The --no-cache lines lint the
  // note again; the last has no code cache either (a fresh machine, a new version).
  const keptIn = { MARKET_NOTES_CACHE_DIR: path.join(dir, 'kept') };
  const noCodeCache = { NODE_DISABLE_COMPILE_CACHE: '1' };
  time([keptIn, cli, 'lint', 'plain.md'], dir); // keeps the note's result, as any earlier run would
  const [bare, tickers, lint, lintAgain, lintCold] = medians(
    [['-e', ''], [cli, 'tickers', 'plain.md'], [keptIn, cli, 'lint', 'plain.md'], [keptIn, cli, 'lint', '--no-cache', 'plain.md'], [{ ...keptIn, ...noCodeCache }, cli, 'lint', '--no-cache', 'plain.md']],
    dir,
  );
  // Node's version moves these figures: from 22.1 the CLI's modules load from Node's compile cache (src/cli/bin.ts).
  console.log(`node ${process.version}; load average ${os.loadavg().map((load) => load.toFixed(2)).join(' ')} on ${os.availableParallelism()} cores (start)`);
  console.log(`cli start-up, whole process, median of ${runs} runs                 wall       cpu`);
  console.log(`  node -e ""                                                 ${ms(bare.wall)} ${ms(bare.cpu)}`);
  for (const [name, figures] of [
    ['tickers (note without charts)          ', tickers],
    ['lint (note without charts), unchanged  ', lint],
    ['lint --no-cache (linted again)         ', lintAgain],
    ['lint --no-cache, no V8 code cache      ', lintCold],
  ]) {
    const over = figures.wall - bare.wall;
    console.log(`  market-notes ${name}${ms(figures.wall)} ${ms(figures.cpu)}   ` +
      `start-up goal (wall ≤ bare node + 100 ms): ${signed(over)} ms, ${over <= 100 ? 'met' : 'NOT met'} (cpu ${signed(figures.cpu - bare.cpu)} ms)`);
  }

  // ---- lint speed on ~1 MB of notes with charts ------------------------------------------------------------------
  const examples = fs.readdirSync(path.join(root, 'examples')).filter((f) => f.endsWith('.md'));
  const texts = examples.map((f) => fs.readFileSync(path.join(root, 'examples', f), 'utf8'));
  const corpus = path.join(dir, 'notes');
  fs.mkdirSync(corpus);
  let bytes = 0;
  for (let i = 0; bytes < 1024 * 1024; i++) {
    // The week number varies the prose; the charts stay the templates they are, as in a real workspace.
    const text = `# Week ${i + 1}\n\n${texts[i % texts.length].replace(/^# .*$/m, '')}`;
    fs.writeFileSync(path.join(corpus, `note-${String(i).padStart(4, '0')}.md`), text);
    bytes += Buffer.byteLength(text);
  }
  const files = fs.readdirSync(corpus).map((f) => path.join('notes', f));
  const charts = files.reduce((n, f) => n + (fs.readFileSync(path.join(dir, f), 'utf8').match(/^\s*```vega-lite/gm)?.length ?? 0), 0);
  const markdownlint = path.join(dir, 'markdownlint-once.mjs');
  fs.writeFileSync(
    markdownlint,
    `import { lint } from ${JSON.stringify(path.join(root, 'node_modules/markdownlint/lib/exports-promise.mjs'))};\n` +
      `await lint({ files: process.argv.slice(2) });\n`,
  );
  const lintArgs = [cli, 'lint', '--today', '2026-11-29', 'notes'];
  time([keptIn, ...lintArgs], dir); // keeps every note's result
  const [ours, oursAgain, theirs] = medians([[keptIn, ...lintArgs], [keptIn, ...lintArgs, '--no-cache'], [markdownlint, ...files]], dir);
  const distinct = new Set(files.flatMap((f) => fs.readFileSync(path.join(dir, f), 'utf8').match(/^```vega-lite\n[\s\S]*?^```/gm) ?? [])).size;
  console.log(`lint, whole process, ${files.length} notes, ${(bytes / 1024 / 1024).toFixed(2)} MB, ${charts} vega-lite blocks (${distinct} distinct), median of ${runs} runs`);
  console.log(`  market-notes lint, notes unchanged since an earlier run    ${ms(ours.wall)} ${ms(ours.cpu)}`);
  console.log(`  market-notes lint --no-cache (every note linted)           ${ms(oursAgain.wall)} ${ms(oursAgain.cpu)}`);
  console.log(`  markdownlint (default rules)                               ${ms(theirs.wall)} ${ms(theirs.cpu)}`);
  for (const [name, figures] of [['unchanged notes', ours], ['--no-cache     ', oursAgain]]) {
    const ratio = theirs.wall / figures.wall;
    console.log(`  lint-speed goal (market-notes ≥ 10× faster, wall), ${name}: ${ratio.toFixed(1)}×, ${ratio >= 10 ? 'met' : 'NOT met'} (cpu ${(theirs.cpu / figures.cpu).toFixed(1)}×)`);
  }
  console.log(`load average ${os.loadavg().map((load) => load.toFixed(2)).join(' ')} (end)`);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
