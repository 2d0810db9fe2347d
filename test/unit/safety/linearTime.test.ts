// Regression tests for hostile notes and configuration (issue 13 §1): every crafted input of the security review,
// timed at two sizes. Each of these took seconds to minutes (or overflowed the stack) before its pass was fixed.
import { strict as assert } from 'node:assert';
import { findAsOfStamps, findQuoteTables, ignoreMatcher, resolveLintConfig } from '../../../src/core/lint';
import { NoteSource } from '../../../src/core/lint/noteSource';
import { findTickerMentions, LineIndex, mapBlocks } from '../../../src/core/tickers';
import { collectSkippedSpans } from '../../../src/core/tickers/skippedSpans';
import { assertLinear } from './scaling';
import { hostileNotes } from './hostileNotes';

describe('linear time on hostile input', function () {
  this.timeout(120_000);

  it('front matter: a dating key followed by a run of spaces and a stray quote', () => {
    assertLinear(hostileNotes.frontMatterSpaces, (text) => findAsOfStamps(text), 100);
  });

  it('a long line of dateline words ("updated", "posted") away from the line start', () => {
    assertLinear(hostileNotes.datelineWords, (text) => findAsOfStamps(text), 4_000);
  });

  it('front matter values are still read, quoted or bare, with comments', () => {
    const text = "---\nasOf: '2026-11-20'  # checked\ndate:   Nov 3, 2026   # by hand\nupdated: x'\n---\n";
    assert.deepEqual(
      findAsOfStamps(text).map((stamp) => stamp.dateText),
      ['2026-11-20', 'Nov 3, 2026'],
    );
  });

  it('table delimiter rows padded with spaces (mention scan and quote tables)', () => {
    assertLinear(hostileNotes.delimiterPadding, (text) => findTickerMentions(text), 1_000);
    assertLinear(hostileNotes.delimiterPadding, (text) => findQuoteTables(new NoteSource(text), []), 1_000);
  });

  it('unmatched backtick runs of length 1, 2, 3, … in prose and in a table row', () => {
    assertLinear(hostileNotes.backtickRuns, (text) => collectSkippedSpans(text), 64_000);
    assertLinear(hostileNotes.backtickRuns, (text) => findTickerMentions(text), 2_000);
    assertLinear(hostileNotes.backtickTableRow, (text) => findTickerMentions(text), 2_000);
  });

  it('code spans still close at the next run of the same length, within the paragraph', () => {
    const text = 'A `$AAPL` span, ``$MSFT ` still code``, an unmatched ` and $TSLA.\n\n`open\n\n$NVDA` closes nothing.';
    assert.deepEqual(
      findTickerMentions(text).map((mention) => mention.symbol),
      ['TSLA', 'NVDA'],
    );
  });

  it('deeply nested lists and block quotes', () => {
    assertLinear(hostileNotes.nestedList, (text) => mapBlocks(new LineIndex(text)), 2_000);
    assertLinear(hostileNotes.nestedQuoteLines, (text) => mapBlocks(new LineIndex(text)), 2_000);
  });

  it('2,000 nested block quotes do not overflow the stack; past the limit the text is prose', () => {
    const text = `${'> '.repeat(2_000)}Buy $TSLA here.\n\n${'> '.repeat(3)}\`\`\`\n${'> '.repeat(3)}$AAPL in code\n${'> '.repeat(3)}\`\`\`\n`;
    const symbols = findTickerMentions(text).map((mention) => mention.symbol);
    assert.deepEqual(symbols, ['TSLA']); // deep text is prose; a fence at a sane depth is still code
    const list = `${Array.from({ length: 3_000 }, (_, depth) => `${'  '.repeat(depth)}- level ${depth}`).join('\n')}\n`;
    assert.doesNotThrow(() => mapBlocks(new LineIndex(list)));
  });

  it('ignore globs with many stars (time linear in the path)', () => {
    const ignored = ignoreMatcher(resolveLintConfig({ ignore: ['*a*a*a*a*a*a*a*a*b'] }));
    assertLinear((size) => 'a'.repeat(size), (path) => ignored(path), 100);
    assert.equal(ignored(`${'a'.repeat(100)}`), false);
    assert.equal(ignored(`${'a'.repeat(100)}b`), true);
  });
});
