// Lint speed, in one run on one corpus of at least 1 MB built from the example notes, with the examples' snapshot
// quotes (no network): full-lint throughput, the time for a typical 30 KB note (goal: p50 under 5 ms), and the
// ratio against markdownlint linting the same corpus (goal: at least 10× faster). Prints figures; asserts nothing.
//   npm run bench:lint   (node bench/run.mjs lint -- --keystroke: the keystroke figure alone)
// Also prints conflicting-figures' recall and precision on the wire fixtures (the unit test asserts the goals).

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint as markdownlint } from 'markdownlint/promise';
import { lintNote, NoteSource, quoteLookupFrom, WorkspaceFigureIndex, type Finding } from '../src/core/lint';
import { silentLogger } from '../src/core/logger';
import { parseIsoDate } from '../src/core/lint/calendarDate';
import { SnapshotProvider } from '../src/core/quotes/snapshotProvider';
import { scoreWireFixtures } from '../test/unit/lint/wireScore';

const examples = join(import.meta.dirname, '..', 'examples');
const sources = readdirSync(examples)
  .filter((file) => file.endsWith('.md'))
  .sort()
  .map((file) => readFileSync(join(examples, file), 'utf8'));

// A typical note: the examples back to back until it is 30 KB. The corpus: enough of those to pass 1 MB.
let repeated = '';
while (repeated.length < 30 * 1024) repeated += `${sources.join('\n\n')}\n\n`;
// Cut at the last paragraph break before 30 KB, so the note ends where a writer's would.
const typical = repeated.slice(0, repeated.lastIndexOf('\n\n', 30 * 1024) + 2);
const notes: Record<string, string> = {};
let total = 0;
for (let i = 0; total < 1_048_576; i++) {
  notes[`note-${String(i).padStart(2, '0')}.md`] = typical;
  total += Buffer.byteLength(typical);
}
const megabytes = total / 1_048_576;
const files = Object.keys(notes);

const snapshot = new SnapshotProvider((relative) => Promise.resolve(readFileSync(join(examples, relative), 'utf8')), silentLogger);
// The editor's quote cache is warm after the first hover; so is this lookup after the warm-up.
const quotes = quoteLookupFrom(snapshot, { memoize: true });
const today = '2026-11-21';
// The day the index reads the notes against, as the lint server passes it: the same as lint's, so lint reuses what
// the index read instead of reading every note a second time.
const todayDate = parseIsoDate(today)!;

async function lintCorpus(): Promise<Finding[]> {
  const index = new WorkspaceFigureIndex();
  const sourcesByFile = new Map(files.map((file) => [file, new NoteSource(notes[file])]));
  for (const [file, note] of sourcesByFile) index.update(file, note.text, note, undefined, todayDate);
  const all: Finding[] = [];
  for (const [file, note] of sourcesByFile) all.push(...(await lintNote(note.text, { file, note, today, quotes, figureIndex: index })));
  return all;
}

async function timed<T>(run: () => Promise<T>): Promise<[number, T]> {
  const start = performance.now();
  const result = await run();
  return [performance.now() - start, result];
}

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function median(runs: number, run: () => Promise<unknown>): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) samples.push((await timed(run))[0]);
  return percentile(samples, 50);
}

/** `--keystroke`: only the keystroke figure (for profiling it). */
const keystrokeOnly = process.argv.includes('--keystroke');

async function main(): Promise<void> {
  if (!keystrokeOnly) await corpusFigures();
  await keystrokeFigure();
  if (keystrokeOnly) return;

  const score = await scoreWireFixtures(join(import.meta.dirname, '../test/unit/lint/wire'), today);
  console.log(
    `conflicting-figures on the wire fixtures (goal recall ≥ 0.9, precision ≥ 0.95)  recall ${score.recall.toFixed(3)} (${score.truePositives}/${score.expected})   precision ${score.precision.toFixed(3)} (${score.truePositives}/${score.found})`,
  );

  await markdownlint({ strings: notes }); // warm up
  const theirs = await median(5, () => markdownlint({ strings: notes }));
  console.log(`markdownlint (default rules), same corpus       ${theirs.toFixed(1).padStart(8)} ms   ${(megabytes / (theirs / 1000)).toFixed(1).padStart(6)} MB/s`);
  console.log(`ratio: Market Notes lint is ${(theirs / ours).toFixed(1)}× faster than markdownlint (goal ≥ 10×)`);
}

let ours = 0;

async function corpusFigures(): Promise<void> {
  // Warm up the JIT, chrono-node and the quote lookup.
  for (let i = 0; i < 3; i++) await lintCorpus();
  const findings = await lintCorpus();

  ours = await median(7, lintCorpus);
  console.log(`corpus: ${megabytes.toFixed(2)} MB, ${files.length} notes of ${(Buffer.byteLength(typical) / 1024).toFixed(1)} KB from ${sources.length} example notes; ${findings.length} findings`);
  console.log(`full lint (index + all rules, snapshot quotes)  ${ours.toFixed(1).padStart(8)} ms   ${(megabytes / (ours / 1000)).toFixed(1).padStart(6)} MB/s`);

  const single = new Map<string, string>([['single.md', Object.values(notes).join('\n\n')]]);
  const oneNote = await median(5, () => lintNote(single.get('single.md')!, { file: 'single.md', today, quotes }));
  console.log(`the corpus as one ${megabytes.toFixed(2)} MB note                ${oneNote.toFixed(1).padStart(8)} ms   ${(megabytes / (oneNote / 1000)).toFixed(1).padStart(6)} MB/s`);
}

async function keystrokeFigure(): Promise<void> {
  const index = new WorkspaceFigureIndex();
  for (const file of files) index.update(file, notes[file], undefined, undefined, todayDate);
  const samples: number[] = [];
  const cpuSamples: number[] = [];
  for (let i = 0; i < 20; i++) await lintNote(typical, { file: 'typing.md', today, quotes, figureIndex: index });
  for (let i = 0; i < 300; i++) {
    const cpu = process.cpuUsage();
    samples.push((await timed(() => lintNote(typical, { file: 'typing.md', today, quotes, figureIndex: index })))[0]);
    const used = process.cpuUsage(cpu);
    cpuSamples.push((used.user + used.system) / 1000);
  }
  console.log(`typical ${(Buffer.byteLength(typical) / 1024).toFixed(0)} KB note, as on a keystroke (goal p50 < 5 ms)  p50 ${percentile(samples, 50).toFixed(2)} ms   p99 ${percentile(samples, 99).toFixed(2)} ms   (CPU p50 ${percentile(cpuSamples, 50).toFixed(2)} ms)`);
}

void main();
