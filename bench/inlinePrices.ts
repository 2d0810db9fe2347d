// Inline prices: providing the hints of a 30 KB note with 500 mentions from a warm quote cache. Prints figures;
// asserts nothing.   node bench/run.mjs inlinePrices
// Goal: < 5 ms for the whole note (the editor asks for the visible range only, which is less).

import { inlinePriceHints } from '../src/core/inlinePrices/inlinePriceHints';
import { QuoteCache } from '../src/core/quotes/quoteCache';
import type { Quote, QuoteProvider } from '../src/core/quotes/quote';
import type { TickerRef } from '../src/core/tickers/tickerRef';
import { findTickerMentions } from '../src/core/tickers';

const symbols = Array.from({ length: 60 }, (_, i) => `T${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(65 + Math.floor(i / 26))}`);
const provider: QuoteProvider = {
  id: 'memory',
  displayName: 'Memory',
  quote: async (ticker: TickerRef): Promise<Quote> => ({ symbol: ticker.symbol, providerSymbol: ticker.symbol, provider: 'memory', price: 100 + ticker.symbol.length, previousClose: 99, currency: 'USD', asOf: Date.now() }),
};

function note(): string {
  const forms = [(s: string) => `(NASDAQ: ${s})`, (s: string) => `$${s}`, (s: string) => `(NYSE: ${s})`];
  const lines: string[] = ['# Weekly rotation', '', 'As of November 20, 2026.', ''];
  let mentions = 0;
  while (mentions < 500) {
    const words: string[] = [];
    for (let k = 0; k < 5 && mentions < 500; k++, mentions++) {
      words.push(`shares of ${(forms[mentions % 3] as (s: string) => string)(symbols[mentions % symbols.length] as string)} moved while the market digested the data`);
    }
    lines.push(`${words.join(', and ')}.`, '');
  }
  let text = lines.join('\n');
  while (text.length < 30_000) text += '\nFiller prose about earnings, guidance and the macro backdrop without any ticker in it at all.';
  return text;
}

const text = note();
const scanStarted = performance.now();
const mentions = findTickerMentions(text);
const scanMs = performance.now() - scanStarted;
const cache = new QuoteCache({ provider });
await Promise.all(mentions.map((mention) => cache.get(mention)));

const lookup = (mention: TickerRef) => cache.peek(mention)?.quote;
const firstStarted = performance.now();
let hints = inlinePriceHints(text, mentions, 0, text.length, lookup).length;
const firstMs = performance.now() - firstStarted;
const samples: number[] = [];
for (let i = 0; i < 500; i++) {
  const started = performance.now();
  hints = inlinePriceHints(text, mentions, 0, text.length, lookup).length;
  samples.push(performance.now() - started);
}
samples.sort((a, b) => a - b);
const at = (p: number) => (samples[Math.min(samples.length - 1, Math.floor((p / 100) * samples.length))] as number).toFixed(3);
console.log(`note ${(text.length / 1024).toFixed(1)} KB, ${mentions.length} mentions, ${hints} hints; first mention scan (cold, once per edit and shared with hover and lint) ${scanMs.toFixed(2)} ms`);
console.log(`inline price hints, whole note, warm cache: first call (labels formatted) ${firstMs.toFixed(2)} ms, then p50 ${at(50)} ms   p99 ${at(99)} ms   max ${at(100)} ms   goal < 5 ms`);
