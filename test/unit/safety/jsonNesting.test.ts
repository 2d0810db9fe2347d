// Deeply nested JSON in a chart block or a configuration file: refused with its place named, before any parser
// or walker recurses into it (100,000 levels overflowed the stack in lint and render).
import { strict as assert } from 'node:assert';
import { LineIndex } from '../../../src/core/tickers/lineIndex';
import { findChartBlocks } from '../../../src/core/charts/chartBlocks';
import { parseChartBlock } from '../../../src/core/charts/parseChart';
import { maxJsonNesting, tooDeeplyNestedAt } from '../../../src/core/jsonNesting';
import { lintNote } from '../../../src/core/lint';
import { parseLintConfig } from '../../../src/core/lint/configFile';

const nested = (depth: number, open = '[', close = ']') => `${open.repeat(depth)}${close.repeat(depth)}`;

describe('JSON nested too deep', () => {
  it('finds the first bracket past the limit, counting arrays and objects together', () => {
    assert.equal(tooDeeplyNestedAt(nested(maxJsonNesting)), undefined);
    assert.equal(tooDeeplyNestedAt(nested(maxJsonNesting + 1)), maxJsonNesting);
    assert.equal(tooDeeplyNestedAt(`{"a": ${'{"b": ['.repeat(50)}1${']}'.repeat(50)}}`), 6 + 7 * 49 + 6);
    // Closing brackets bring the depth back: siblings never add up.
    assert.equal(tooDeeplyNestedAt(Array.from({ length: 1000 }, () => nested(50)).join(',')), undefined);
  });

  it('skips brackets in strings (escaped quotes too) and in comments, as jsonc-parser reads them', () => {
    const brackets = '['.repeat(500);
    assert.equal(tooDeeplyNestedAt(`{"a": "${brackets}", "b": "\\"${brackets}"}`), undefined);
    assert.equal(tooDeeplyNestedAt(`{ // ${brackets}\n "a": 1 /* ${brackets} */ }`), undefined);
    // A string ends at a line break, as the parser ends it: what follows is counted.
    assert.equal(tooDeeplyNestedAt(`{"a": "open\n${nested(200)}}`), 12 + 99);
  });

  it('a chart block: a JSON problem at the bracket, in the panel and in lint alike', async () => {
    const note = `# Deep\n\n\`\`\`vega-lite\n{"data": {"values": ${nested(100_000)}}}\n\`\`\`\n`;
    const lines = new LineIndex(note);
    const [block] = findChartBlocks(note, lines);
    const parsed = parseChartBlock(block, lines);
    assert.ok(!parsed.ok);
    assert.deepEqual([parsed.problem.message, parsed.problem.line, parsed.problem.column], ['JSON: nested more than 100 levels deep', 4, 119]);
    const findings = (await lintNote(note, { today: '2026-11-21' })).filter((finding) => finding.ruleId === 'invalid-chart');
    assert.deepEqual(findings.map((finding) => `${finding.line}:${finding.column} ${finding.message}`), ['4:119 Chart: JSON: nested more than 100 levels deep']);
  });

  it('.market-notes.json: one problem at the bracket, and no settings read from it', () => {
    const { settings, problems } = parseLintConfig(`{\n  "rules": { "price-drift": "error" },\n  "x": ${nested(200_000, '{"a":', '}')}\n}`);
    assert.deepEqual(settings, {});
    assert.deepEqual(problems, [{ message: 'nested more than 100 levels deep', line: 3, column: 8 + 5 * 99 }]);
  });
});
