// Writes examples/.market-notes/history/<SYMBOL>.csv: one year of NYSE trading days of made-up daily closes for the
// US listings in the examples' snapshot, ending at the snapshot's previous close and price. The walk is seeded, so
// the files are the same on every run; they exist so charts and "then vs now" work offline.
//   npx tsx scripts/generate-example-history.ts

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSnapshotCsv } from '../src/core/quotes/snapshotFile';
import { nyseHolidays } from '../src/core/quotes/marketHours';

const examples = join(import.meta.dirname, '..', 'examples', '.market-notes');
const quotes = parseSnapshotCsv('quotes.csv', readFileSync(join(examples, 'quotes.csv'), 'utf8'));
const lastDay = '2026-11-20';
const firstDay = '2025-11-20';

function tradingDays(): string[] {
  const days: string[] = [];
  for (let time = Date.parse(`${firstDay}T12:00:00Z`); time <= Date.parse(`${lastDay}T12:00:00Z`); time += 86_400_000) {
    const date = new Date(time);
    const iso = date.toISOString().slice(0, 10);
    const weekday = date.getUTCDay();
    if (weekday !== 0 && weekday !== 6 && !nyseHolidays(date.getUTCFullYear()).has(iso)) days.push(iso);
  }
  return days;
}

// mulberry32: a small seeded generator, so the history is reproducible.
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const days = tradingDays();
mkdirSync(join(examples, 'history'), { recursive: true });
for (const [symbol, row] of quotes) {
  if (row.currency !== 'USD' || row.previousClose === undefined) continue;
  const next = random([...symbol].reduce((sum, char) => sum * 31 + char.charCodeAt(0), 7));
  // Walk backwards from the last two known closes with ~1.4% daily moves and a gentle drift.
  const closes = [row.price, row.previousClose];
  while (closes.length < days.length) {
    const move = (next() - 0.5) * 0.028 + 0.0004;
    closes.push(closes[closes.length - 1] / (1 + move));
  }
  closes.reverse();
  const decimals = row.price < 5 ? 4 : 2;
  const lines = days.map((day, index) => `${day},${closes[index].toFixed(decimals)}`);
  writeFileSync(join(examples, 'history', `${symbol}.csv`), `date,close\n${lines.join('\n')}\n`);
}
console.log(`wrote ${days.length} trading days for ${[...quotes.values()].filter((row) => row.currency === 'USD').length} symbols`);
