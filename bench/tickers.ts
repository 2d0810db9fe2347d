// Throughput of the ticker mention scan and, separately, of the marked block lexing it relies on, on a corpus of
// at least 1 MB built from the example notes. Prints figures; asserts nothing. Goal for the scan: ≥ 200 MB/s.
//   npm run bench:tickers

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LineIndex, mapBlocks, findTickerMentionsInBlocks } from '../src/core/tickers';

const examples = join(import.meta.dirname, '..', 'examples');
const notes = readdirSync(examples)
  .filter((file) => file.endsWith('.md'))
  .map((file) => readFileSync(join(examples, file), 'utf8'));
let corpus = '';
while (corpus.length < 1_048_576) corpus += `${notes.join('\n\n')}\n\n`;
const megabytes = Buffer.byteLength(corpus) / 1_048_576;

const lines = new LineIndex(corpus);
const blocks = mapBlocks(lines);

// Wall-clock time is what a writer waits; on a shared, loaded machine it mostly measures the other processes, so the
// process's own CPU time (user + system, which includes the garbage collector's threads) is printed beside it.
function measure(name: string, run: () => unknown): void {
  for (let i = 0; i < 10; i++) run(); // warm up the JIT
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < 30; i++) {
    const start = performance.now();
    const startCpu = process.cpuUsage();
    run();
    const used = process.cpuUsage(startCpu);
    wall.push(performance.now() - start);
    cpu.push((used.user + used.system) / 1000);
  }
  const median = (samples: number[]) => samples.sort((a, b) => a - b)[samples.length >> 1];
  const rate = (ms: number) => (megabytes / (ms / 1000)).toFixed(0).padStart(6);
  const wallMs = median(wall);
  const cpuMs = median(cpu);
  console.log(`${name.padEnd(28)} ${wallMs.toFixed(2).padStart(8)} ms/pass  ${rate(wallMs)} MB/s   (CPU time: ${cpuMs.toFixed(2)} ms/pass, ${rate(cpuMs)} MB/s)`);
}

console.log(`corpus: ${megabytes.toFixed(2)} MB from ${notes.length} example notes, ${findTickerMentionsInBlocks(lines, blocks).length} mentions`);
measure('mention scan (goal ≥ 200)', () => findTickerMentionsInBlocks(lines, blocks));
measure('marked block lexing', () => mapBlocks(lines));
measure('line index', () => new LineIndex(corpus));
