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

function measure(name: string, run: () => unknown): void {
  for (let i = 0; i < 10; i++) run(); // warm up the JIT
  const samples: number[] = [];
  for (let i = 0; i < 30; i++) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const median = samples[samples.length >> 1];
  console.log(`${name.padEnd(28)} ${median.toFixed(2).padStart(8)} ms/pass  ${(megabytes / (median / 1000)).toFixed(0).padStart(6)} MB/s`);
}

console.log(`corpus: ${megabytes.toFixed(2)} MB from ${notes.length} example notes, ${findTickerMentionsInBlocks(lines, blocks).length} mentions`);
measure('mention scan (goal ≥ 200)', () => findTickerMentionsInBlocks(lines, blocks));
measure('marked block lexing', () => mapBlocks(lines));
measure('line index', () => new LineIndex(corpus));
