// One enormous line (a pasted export, a minified blob) used to overflow the stack inside marked's block regexes.
import { strict as assert } from 'node:assert';
import { findTickerMentions } from '../../../src/core/tickers';
import { NoteSource } from '../../../src/core/lint';

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
});
