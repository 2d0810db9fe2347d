// The quote path's three promises, measured against a Yahoo-format server on 127.0.0.1. Prints figures; asserts nothing.
//   npx tsx bench/quotes.ts
// Goals: warm hover (QuoteCache.peek) p99 < 1 ms; 100 concurrent look-ups of 10 symbols = exactly 10 HTTP requests;
// a cold quote (cache miss → provider → HTTP → parse) within 1.2× a bare fetch + JSON.parse of the same endpoint.

import { QuoteCache } from '../src/core/quotes/quoteCache';
import { YahooProvider, defaultYahooUserAgent } from '../src/core/quotes/providers';
import { startYahooServer } from '../test/unit/quotes/servers';

const symbols = Array.from({ length: 10 }, (_, i) => `SYM${i}`);
const quotes = Object.fromEntries(symbols.map((symbol, i) => [symbol, { price: 100 + i, previousClose: 99 + i, name: `Company ${i}` }]));

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}

function median(samples: number[]): number {
  return percentile([...samples].sort((a, b) => a - b), 50);
}

async function warmHover(baseUrl: string): Promise<void> {
  const cache = new QuoteCache({ provider: new YahooProvider({ baseUrl }) });
  await Promise.all(symbols.map((symbol) => cache.get({ symbol })));
  const samples: number[] = [];
  for (let i = 0; i < 200_000; i++) {
    const ticker = { symbol: symbols[i % symbols.length] as string, exchange: 'NASDAQ' as const };
    const started = performance.now();
    const entry = cache.peek(ticker);
    samples.push(performance.now() - started);
    if (entry?.quote === undefined) throw new Error('cache was not warm');
  }
  samples.sort((a, b) => a - b);
  const us = (ms: number) => `${(ms * 1000).toFixed(2)} µs`;
  console.log(`warm hover (peek)       p50 ${us(percentile(samples, 50))}   p99 ${us(percentile(samples, 99))}   max ${us(samples.at(-1) as number)}   goal p99 < 1 ms`);
}

async function concurrentLookups(): Promise<void> {
  const server = await startYahooServer({ quotes, delayMs: 5 });
  try {
    const cache = new QuoteCache({ provider: new YahooProvider({ baseUrl: server.baseUrl }) });
    await Promise.all(Array.from({ length: 100 }, (_, i) => cache.get({ symbol: symbols[i % symbols.length] as string })));
    console.log(`100 look-ups, 10 symbols ${server.requests.length} HTTP requests (max ${server.maxInFlight()} in flight)   goal exactly 10`);
  } finally {
    await server.close();
  }
}

async function coldQuote(baseUrl: string): Promise<void> {
  const url = `${baseUrl}/v8/finance/chart/SYM0?range=5d&interval=1d`;
  const headers = { accept: 'application/json', 'user-agent': defaultYahooUserAgent };
  const bare = async () => {
    const response = await fetch(url, { headers });
    JSON.parse(await response.text());
  };
  // The provider lives as long as the extension; "cold" is a cache that has never seen the symbol.
  const provider = new YahooProvider({ baseUrl });
  const cold = async () => {
    const entry = await new QuoteCache({ provider }).get({ symbol: 'SYM0' });
    if (entry.quote === undefined) throw new Error(entry.error?.message);
  };
  for (let i = 0; i < 300; i++) {
    await bare();
    await cold();
  }
  // Interleaved pairs in blocks, a ratio per block: other work on the machine then hits both sides alike.
  const bareMedians: number[] = [];
  const coldMedians: number[] = [];
  const ratios: number[] = [];
  for (let block = 0; block < 15; block++) {
    const bareMs: number[] = [];
    const coldMs: number[] = [];
    for (let i = 0; i < 150; i++) {
      for (const [run, samples] of [[bare, bareMs], [cold, coldMs]] as const) {
        const started = performance.now();
        await run();
        samples.push(performance.now() - started);
      }
    }
    bareMedians.push(median(bareMs));
    coldMedians.push(median(coldMs));
    ratios.push(median(coldMs) / median(bareMs));
  }
  console.log(
    `cold quote vs bare fetch  ${median(coldMedians).toFixed(3)} ms vs ${median(bareMedians).toFixed(3)} ms (median)   ${median(ratios).toFixed(2)}×   goal ≤ 1.2×`,
  );
}

async function main(): Promise<void> {
  const server = await startYahooServer({ quotes });
  try {
    await warmHover(server.baseUrl);
    await concurrentLookups();
    await coldQuote(server.baseUrl);
  } finally {
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
