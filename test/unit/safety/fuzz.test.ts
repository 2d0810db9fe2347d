// Seeded adversarial notes (issue 13): 10,000 generated notes, assembled from the pieces real notes and hostile
// ones are made of, through the mention scan and the whole lint core. None may throw, report a range outside the
// note, or fail a rule. The seed is printed on failure: MARKET_NOTES_FUZZ_SEED=<seed> reruns the same notes.
import { strict as assert } from 'node:assert';
import { defaultLintConfig, findAsOfStamps, lintNote, WorkspaceFigureIndex, type QuoteLookup } from '../../../src/core/lint';
import { findTickerMentions } from '../../../src/core/tickers';

const noteCount = 10_000;
const seed = Number(process.env.MARKET_NOTES_FUZZ_SEED ?? 20261129);

/** mulberry32: small, fast, and the same sequence for the same seed everywhere. */
function random(seedValue: number): () => number {
  let state = seedValue >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pieces = [
  'Apple (NASDAQ: AAPL) closed at $256.44', '$TSLA', '$tsla', '(NYSE Arca: IWM)', 'NYSEARCA:IWM', '(LSE: VOD)', '(OTC: KRKNF)', '$BRK.B', '(INDEX: ^RUT)',
  'As of January 26, 2026,', '_As of October 31, 2026._', '**As of:** Nov 3, 2026', 'as of 3/4/2026', 'as of late January 2026', "today's January 28, 2026 meeting",
  'As of', 'as of 2026-02-30', 'as of 0/0/0000', 'up nearly 14% YTD', '30% to 35%', 'rose 5% in 2025', 'yesterday', 'last week', 'next quarter',
  '`', '``', '```', '`$AAPL`', '\\`', '<!--', '-->', '<!-- $MSFT -->', '[link](https://x.example/$AAPL)', 'https://example.com/a_b', 'www.example.com',
  '|', '| --- |', '|---', ':--:', '*', '**', '_', '__', '> ', '- ', '1. ', '    ', '\t', '#', '## ', '---', '...', '~~~', '\\', '[', ']', '(', ')',
  '\u0000', '\uFFFD', '\uD800', 'é', '€', '日本', '🙂', '\r', '\r\n', '\n', '\n\n', ' ', '  ', '$', '%', '.', ',', ':', '-', '–', '—', "'", '"',
  '```vega-lite\n{"mark": "bar"}\n```', '```vega-lite\n{ broken\n```', '<div>', '</div>', '[^1]', '[x]: https://example.com', '$256.44', '€12.5bn', '1e308%',
];

const tables = [
  '| Symbol | Price |\n| --- | ---: |\n| AAPL | $256.44 |\n| $MSFT | 498.12 |\n',
  '| Ticker | Exchange | Close |\n|---|---|---|\n| IWM | NYSE Arca | 250 |\n| VOD | LSE | 74.18 |\n',
  '| **Symbol** | Change |\n|:--|--:|\n| `AAPL` | +1% |\n| [TSLA](x) | -2% |\n',
];

function makeNote(next: () => number): string {
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)];
  const parts: string[] = [];
  if (next() < 0.2) parts.push(`---\n${pick(['date', 'asOf', 'updated', 'title'])}: ${pick(["'2026-01-02'", '"Nov 3, 2026"', "x'", '   ', '2026-13-45', ''])}\n---\n`);
  const length = 3 + Math.floor(next() * 35);
  for (let index = 0; index < length; index++) {
    const roll = next();
    if (roll < 0.05) parts.push(pick(tables));
    else if (roll < 0.08) parts.push(pick(['> ', '- ', '  - ', '1. ']).repeat(1 + Math.floor(next() * 30)));
    else if (roll < 0.1) parts.push(pick(pieces).repeat(1 + Math.floor(next() * 50)));
    else if (roll < 0.12) parts.push(String.fromCharCode(Math.floor(next() * 0xffff)));
    else parts.push(pick(pieces));
    parts.push(next() < 0.7 ? ' ' : pick(['\n', '\n\n', '', ' word ']));
  }
  return parts.join('');
}

/** Every ticker has a quote (so the quote rules run), except a few that are unknown. */
const quotes: QuoteLookup = async (ticker) => {
  const { QuoteError } = await import('../../../src/core/quotes/quote');
  if (ticker.symbol.startsWith('Z')) return { error: new QuoteError('unknown-symbol', `${ticker.symbol} is unknown`) };
  return { quote: { symbol: ticker.symbol, providerSymbol: ticker.symbol, provider: 'snapshot', price: 250, currency: 'USD', asOf: Date.UTC(2026, 10, 20), exchange: 'NasdaqGS' } };
};

describe(`fuzz: ${noteCount} seeded adversarial notes (seed ${seed})`, function () {
  this.timeout(600_000);

  it('the mention scan and lint never throw, and every range is inside its note', async () => {
    const next = random(seed);
    const figureIndex = new WorkspaceFigureIndex();
    for (let index = 0; index < noteCount; index++) {
      const text = makeNote(next);
      const where = `note ${index} of seed ${seed}: ${JSON.stringify(text.slice(0, 200))}`;
      let mentions;
      try {
        mentions = findTickerMentions(text);
        findAsOfStamps(text);
        if (index % 10 === 0) figureIndex.update(`n${index}.md`, text);
      } catch (error) {
        assert.fail(`${where} threw ${String(error)}`);
      }
      for (const mention of mentions) assert.ok(mention.offset >= 0 && mention.offset + mention.length <= text.length, where);
      const findings = await lintNote(text, { file: `n${index}.md`, today: '2026-11-21', config: defaultLintConfig, quotes, figureIndex });
      for (const finding of findings) {
        assert.notEqual(finding.ruleId, 'internal-error', `${where}: ${finding.message}`);
        assert.ok(finding.offset >= 0 && finding.offset + finding.length <= text.length, where);
        for (const fix of finding.fixes ?? []) for (const edit of fix.edits) assert.ok(edit.offset >= 0 && edit.offset + edit.length <= text.length, where);
      }
    }
  });
});
