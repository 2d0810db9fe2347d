// Precision and recall of the mention scan on notes written the way news outlets and wire releases write tickers
// (test/fixtures/outlets, our own words), against hand labels. Every parenthesised abbreviation in them that is
// not a ticker is a named test of its own.

import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findTickerMentions, type TickerMention } from '../../../src/core/tickers';

const folder = join(__dirname, '..', '..', 'fixtures', 'outlets');
type Label = [written: string, symbol: string, exchange: string | null, form: string];
const labels = JSON.parse(readFileSync(join(folder, 'labels.json'), 'utf8')) as Record<string, { tickers: Label[]; notTickers: Array<[string, string]> }>;
const notes = Object.keys(labels).filter((key) => key.endsWith('.md'));

/** Each label's span in the note: its written text, found in order after the previous label's. */
function labelSpans(text: string, tickers: readonly Label[]): Array<{ start: number; end: number; label: Label }> {
  let from = 0;
  return tickers.map((label) => {
    const start = text.indexOf(label[0], from);
    assert.ok(start >= 0, `label ${label[0]} not found in order`);
    from = start + label[0].length;
    return { start, end: from, label };
  });
}

function matches(mention: TickerMention, span: { start: number; end: number; label: Label }): boolean {
  const [, symbol, exchange, form] = span.label;
  return mention.offset >= span.start && mention.offset < span.end && mention.symbol === symbol && (mention.exchange ?? null) === exchange && mention.form === form;
}

describe('outlet-style notes: precision and recall against hand labels', () => {
  let truePositives = 0;
  let found = 0;
  let expected = 0;
  for (const note of notes) {
    it(`${note}: every labelled ticker found with its form and exchange, nothing else`, () => {
      const text = readFileSync(join(folder, note), 'utf8');
      const mentions = findTickerMentions(text);
      const spans = labelSpans(text, labels[note].tickers);
      const hits = spans.filter((span) => mentions.some((mention) => matches(mention, span))).length;
      truePositives += hits;
      found += mentions.length;
      expected += spans.length;
      const extra = mentions.filter((mention) => !spans.some((span) => matches(mention, span))).map((m) => `${m.line}:${m.column} ${m.symbol}/${m.form}`);
      const missed = spans.filter((span) => !mentions.some((mention) => matches(mention, span))).map((span) => span.label[0]);
      assert.deepEqual({ extra, missed }, { extra: [], missed: [] });
    });
  }
  it('precision ≥ 0.97 and recall ≥ 0.97 over all the notes', function () {
    if (expected === 0) this.skip();
    const precision = truePositives / found;
    const recall = truePositives / expected;
    console.log(`      outlet notes: ${truePositives} of ${expected} labelled tickers found, ${found} mentions: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}`);
    assert.ok(precision >= 0.97, `precision ${precision}`);
    assert.ok(recall >= 0.97, `recall ${recall}`);
  });
});

describe('outlet-style notes: abbreviations that are not tickers', () => {
  for (const note of notes) {
    const text = readFileSync(join(folder, note), 'utf8');
    for (const [abbreviation, words] of labels[note].notTickers) {
      it(`${note}: "${words} (${abbreviation})" is not a ticker`, () => {
        const written = `(${abbreviation})`;
        const at = text.indexOf(written);
        assert.ok(at >= 0 && text.slice(Math.max(0, at - words.length - 3), at).replace(/\s+/g, ' ').includes(words.split(/\s+/).at(-1)!), `${written} after "${words}" is in the note`);
        const inside = findTickerMentions(text).filter((mention) => mention.offset >= at && mention.offset < at + written.length);
        assert.deepEqual(inside, []);
      });
    }
  }
});
