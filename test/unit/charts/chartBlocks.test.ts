import { strict as assert } from 'node:assert';
import { findChartBlocks, noteOffset } from '../../../src/core/charts/chartBlocks';
import { prepareCharts } from '../../../src/core/charts/prepareCharts';

describe('findChartBlocks', () => {
  it('finds top-level blocks with their fence line, text and offset', () => {
    const note = '# Title\n\n```vega-lite\n{"mark": "bar"}\n```\n\n```json\n{}\n```\n';
    const [block, ...rest] = findChartBlocks(note);
    assert.equal(rest.length, 0);
    assert.equal(block.line, 3);
    assert.equal(block.endLine, 5);
    assert.equal(block.text, '{"mark": "bar"}');
    assert.equal(note.slice(block.offset, block.offset + 6), '{"mark');
  });

  it('counts fences in list items and blockquotes, mapping offsets past the prefixes', () => {
    const note = ['- item', '', '  ```vega-lite', '  {', '    "mark": "bar"', '  }', '  ```', '', '> quote', '> ```vega-lite', '> {"mark": "line"}', '> ```', ''].join('\n');
    const blocks = findChartBlocks(note);
    assert.deepEqual(blocks.map((b) => b.line), [3, 10]);
    const [list, quote] = blocks;
    const markOffset = list.text.indexOf('"mark"');
    assert.equal(note.slice(noteOffset(list, markOffset), noteOffset(list, markOffset) + 6), '"mark"');
    assert.equal(note.slice(quote.offset, quote.offset + 8), '{"mark":');
  });

  it('keeps line numbers right with CRLF line endings and front matter', () => {
    const note = '---\ntitle: x\n---\r\nText\r\n\r\n```vega-lite\r\n{"mark": "bar"}\r\n```\r\n';
    const [block] = findChartBlocks(note);
    assert.equal(block.line, 6);
    assert.equal(note.slice(block.offset, block.offset + 15), '{"mark": "bar"}');
  });

  it('accepts an info string after the language and ignores other languages and indented code', () => {
    const note = '```vega-lite title\n{}\n```\n\n```vega\n{}\n```\n\n    ```vega-lite\n    {}\n';
    assert.deepEqual(findChartBlocks(note).map((b) => b.line), [1]);
  });

  it('handles empty and unclosed blocks', () => {
    const blocks = findChartBlocks('```vega-lite\n```\n\n~~~vega-lite\n{"mark":\n');
    assert.equal(blocks.length, 2);
    assert.equal(blocks[0].text, '');
    assert.equal(blocks[1].line, 4);
  });

  // Speed on large notes is measured by bench/, never asserted here (a loaded CI machine would make it flaky).
  it('returns nothing for a large note without charts', () => {
    const note = 'Plain prose about (NASDAQ: AAPL).\n'.repeat(100_000);
    assert.deepEqual(findChartBlocks(note), []);
  });
});

describe('prepareCharts', () => {
  const one = (note: string) => prepareCharts(note)[0];

  it('reports a JSON error at its exact position', () => {
    const note = 'Intro\n\n```vega-lite\n{\n  "mark": "bar"\n  "encoding": {}\n}\n```\n';
    const { problem } = one(note);
    assert.equal(problem?.kind, 'json');
    assert.equal(problem?.message, 'JSON: Comma expected');
    assert.deepEqual([problem?.line, problem?.column], [6, 3]);
  });

  it('reports JSON errors inside a blockquote at the column after the prefix', () => {
    const note = '> ```vega-lite\n> {"mark": bar}\n> ```\n';
    const { problem } = one(note);
    assert.deepEqual([problem?.line, problem?.column, problem?.message], [2, 12, 'JSON: Invalid symbol']);
  });

  it('rejects comments and trailing commas: a block must be plain JSON', () => {
    assert.equal(one('```vega-lite\n{"mark": "bar", // c\n}\n```\n').problem?.message, 'JSON: Comments are not allowed in JSON');
    assert.equal(one('```vega-lite\n{"mark": "bar",}\n```\n').problem?.kind, 'json');
  });

  it('rejects empty blocks and non-objects on the fence or the value', () => {
    assert.deepEqual(
      [one('```vega-lite\n```\n').problem?.line, one('```vega-lite\n```\n').problem?.kind],
      [1, 'spec'],
    );
    assert.equal(one('```vega-lite\n[1, 2]\n```\n').problem?.message, 'A vega-lite spec must be a JSON object');
  });

  it('strips usermeta.embedOptions but keeps the rest of usermeta', () => {
    const note = '```vega-lite\n{"mark": "bar", "usermeta": {"embedOptions": {"ast": false, "actions": true}, "note": 1}}\n```\n';
    assert.deepEqual(one(note).spec, { mark: 'bar', usermeta: { note: 1 } });
  });

  it('reads a market binding, and points a bad one at the offending property', () => {
    const good = one('```vega-lite\n{"mark": "line", "usermeta": {"marketNotes": {"tickers": ["iwm", "QQQ"], "range": "3mo", "normalize": 100}}}\n```\n');
    assert.deepEqual(good.binding, { tickers: ['IWM', 'QQQ'], range: '3mo', normalize: 100 });
    const bad = one('```vega-lite\n{\n  "mark": "line",\n  "usermeta": {"marketNotes": {"tickers": ["IWM"], "range": "2w"}}\n}\n```\n');
    assert.equal(bad.problem?.kind, 'spec');
    assert.match(bad.problem?.message ?? '', /range must be one of "3mo", "6mo", "ytd", "1y"/);
    assert.deepEqual([bad.problem?.line, bad.problem?.column], [4, 61]);
  });
});
