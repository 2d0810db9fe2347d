// mapBlocks skips marked for a note that can only be prose: the map it returns then must be the one marked makes.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { LineIndex } from '../../../src/core/tickers/lineIndex';
import { lexBlocks, LineKind, mapBlocks } from '../../../src/core/tickers/markdownBlocks';

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name.startsWith('.')) return [];
    return statSync(path).isDirectory() ? markdownFiles(path) : name.endsWith('.md') ? [path] : [];
  });
}

const root = join(__dirname, '../../..');
const same = (text: string) => {
  const lines = new LineIndex(text);
  assert.deepEqual(mapBlocks(lines), lexBlocks(lines), JSON.stringify(text.slice(0, 200)));
};

describe('mapBlocks without the lexer', () => {
  it('gives the lexer’s map for every note of the repository, and their paragraphs one by one', () => {
    const files = [...markdownFiles(join(root, 'examples')), ...markdownFiles(join(root, 'test')), ...markdownFiles(join(root, 'docs'))];
    assert.ok(files.length > 20);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      same(text);
      for (const paragraph of text.split(/\n\s*\n/)) same(paragraph);
    }
  });

  it('gives the lexer’s map for prose with headings, emphasis, lists, quotes and setext underlines', () => {
    const pieces = ['# Heading', 'Plain *prose* with $AAPL and (NASDAQ: MSFT).', '- a list item', '1. numbered', '> a quote', '> - nested item', 'Setext', '===', '---', '', '  two spaces', '   three spaces', 'a < b in prose', 'a [link](https://x) mid-line', '**bold** _em_', '2026 was a year.'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let i = 0; i < 500; i++) {
      const lines = Array.from({ length: 1 + (next() % 12) }, () => pieces[next() % pieces.length]);
      same(lines.join(next() % 2 ? '\n' : '\r\n'));
    }
  });

  it('still lexes what may hold code, HTML, a definition or a table', () => {
    for (const text of ['```\ncode\n```', '~~~\ncode\n~~~', 'para\n\n    indented code', '>     quoted code', '<div>\nhtml\n</div>', '[id]: https://x', '| a | b |\n|---|---|\n| 1 | 2 |', '-\tcode?']) {
      const lines = new LineIndex(text);
      assert.deepEqual(mapBlocks(lines), lexBlocks(lines), text);
    }
    const table = mapBlocks(new LineIndex('| Symbol | Price |\n|---|---|\n| AAPL | 1 |'));
    assert.equal(table.kinds[0], LineKind.Table);
  });
});
