// One enormous line (a pasted export, a minified blob) used to overflow the stack inside marked's block regexes.
import { strict as assert } from 'node:assert';
import { findTickerMentions } from '../../../src/core/tickers';
import { lintNote, NoteSource } from '../../../src/core/lint';
import { findChartBlocks } from '../../../src/core/charts/chartBlocks';

describe('a note with one huge line', function () {
  this.timeout(120_000);

  it('is mapped without a stack overflow, and a fence after it is still code', () => {
    const parts: string[] = [];
    for (let i = 0, length = 0; length < 13_000_000; i++) length += (parts[i] = `Apple (NASDAQ: AAPL) rose ${i}% but `).length;
    const text = `${parts.join('')}\n\n\`\`\`\n(NYSE: KO)\n\`\`\`\n\nAfter it, (NYSE: IBM).\n`;
    const note = new NoteSource(text);
    assert.ok(note.text.length > 13_000_000);
    const symbols = new Set(findTickerMentions(text).map((mention) => mention.symbol));
    assert.ok(symbols.has('AAPL') && symbols.has('IBM'));
    assert.ok(!symbols.has('KO'), 'the fenced mention is code, not a ticker');
  });

  // A chart whose inline data was pasted as one line of JSON: the block map saw the line only as its start, and the
  // chart read as broken JSON ("Closing brace expected") in lint, the panel and `render`.
  for (const [where, prefix] of [['at the top level', ''], ['inside a block quote', '> '], ['indented under a list item', '- Chart:\n\n  ']] as const) {
    it(`gives a chart its whole data on one line longer than 100 KB, ${where}`, async () => {
      const values = Array.from({ length: 6000 }, (_, day) => ({ day, close: 100 + (day % 37) }));
      const spec = JSON.stringify({ data: { values }, mark: 'line', encoding: { x: { field: 'day', type: 'quantitative' }, y: { field: 'close', type: 'quantitative' } } });
      assert.ok(spec.length > 100_000);
      const indent = prefix.includes('- ') ? '  ' : prefix;
      const text = `# Closes\n\n${prefix}\`\`\`vega-lite\n${indent}${spec}\n${indent}\`\`\`\n`;
      const [chart] = findChartBlocks(text);
      assert.equal(chart.text, spec);
      const findings = await lintNote(text, { today: '2026-11-21' });
      assert.deepEqual(findings.filter((finding) => finding.ruleId === 'invalid-chart'), []);
    });
  }
});
