import { strict as assert } from 'node:assert';
import { findTickerMentions, normalizeExchange, mentionAt } from '../../../src/core/tickers';

/** `symbol@exchange/form` for each mention, in order: compact enough to read a case at a glance. */
function summary(text: string): string[] {
  return findTickerMentions(text).map((m) => `${m.symbol}${m.exchange ? `@${m.exchange}` : ''}/${m.form}`);
}

describe('findTickerMentions', () => {
  describe('exchange-qualified mentions', () => {
    const cases: Array<[string, string[]]> = [
      ['Apple (NASDAQ: AAPL) slid 8%.', ['AAPL@NASDAQ/exchange']],
      ['The Russell 2000 (NYSEARCA:IWM) surged.', ['IWM@NYSEARCA/exchange']],
      ['Berkshire (NYSE: BRK.B) class B.', ['BRK.B@NYSE/exchange']],
      ['Energy Fuels (NYSE American: UUUU).', ['UUUU@NYSEAMERICAN/exchange']],
      ['Kraken (OTCQB:KRKNF) in the US.', ['KRKNF@OTC/exchange']],
      ['Shopify (TSX: SHOP) in Toronto.', ['SHOP@TSX/exchange']],
      ['Vodafone (LSE: VOD) in London.', ['VOD@LSE/exchange']],
      ['Small caps (INDEX: SML) screen for profits.', ['SML@INDEX/exchange']],
      ['ETF (NYSE Arca: IWM) and (AMEX: SPY).', ['IWM@NYSEARCA/exchange', 'SPY@NYSEARCA/exchange']],
      ['Mixed case prefix (Nasdaq: MSFT).', ['MSFT@NASDAQ/exchange']],
      ['Two classes (NYSE: BRK.A, BRK.B).', ['BRK.A@NYSE/exchange', 'BRK.B@NYSE/exchange']],
      ['Glued without parentheses NYSEARCA:IWM works.', ['IWM@NYSEARCA/exchange']],
      ['Index with caret (INDEX: ^RUT).', ['RUT@INDEX/exchange']],
      ['Venture (TSXV: ABC) listing.', ['ABC@TSXV/exchange']],
      ['(OTC: KRKNF) plain OTC.', ['KRKNF@OTC/exchange']],
      ['Unknown venue (FOO: AAPL) is not a prefix.', []],
      ['Lower-case symbol (NASDAQ: aapl) is not a ticker.', []],
      ['Prose "Index: GDP" with a space is not a mention.', []],
      // London gives its one- and two-letter codes a trailing dot; the dot closes the code.
      ['Rolls-Royce (LSE: RR.) slipped.', ['RR@LSE/exchange']],
      ['BP (LON: BP.) and Aviva (LSE: AV.) rose.', ['BP@LSE/exchange', 'AV@LSE/exchange']],
      ['Two codes (LSE: BA., AV.) in one list.', ['BA@LSE/exchange', 'AV@LSE/exchange']],
      ['A class after the dot stays a class (LSE: BT.A).', ['BT.A@LSE/exchange']],
      // Elsewhere, and after a longer London code, a dot before the `)` is the sentence's full stop: it closes the code too.
      ['The sentence ends inside (NYSE: BP.) and after a long code (LSE: VOD.).', ['BP@NYSE/exchange', 'VOD@LSE/exchange']],
      ['Only the London dot closes an item before more: (NYSE: BP., KO) and (LSE: VOD., BP.).', ['KO@NYSE/exchange', 'BP@LSE/exchange']],
    ];
    for (const [text, expected] of cases) {
      it(JSON.stringify(text), () => assert.deepEqual(summary(text), expected));
    }
  });

  describe('cashtags', () => {
    const cases: Array<[string, string[]]> = [
      ['Buying $TSLA today.', ['TSLA/cashtag']],
      ['Class shares $BRK.B too.', ['BRK.B/cashtag']],
      ['Sentence end $NVDA.', ['NVDA/cashtag']],
      ["Possessive $AMZN's guidance.", ['AMZN/cashtag']],
      ['A $500 stop and $5 billion of buybacks.', []],
      ['$1.2T of value.', []],
      ['US$TSLA is glued to a word.', []],
      ['Math $x$ and lower case $tsla are not tickers.', []],
      ['$AI written as a cashtag is a ticker.', ['AI/cashtag']],
    ];
    for (const [text, expected] of cases) {
      it(JSON.stringify(text), () => assert.deepEqual(summary(text), expected));
    }
  });

  describe('never tickers: all-caps words', () => {
    it('AI, CEO, ROI, FOMC, GDP, EBITDA, OBBBA, CPI stay words', () => {
      assert.deepEqual(summary('AI and the CEO said ROI, FOMC, GDP, EBITDA, OBBBA and CPI matter.'), []);
    });
  });

  describe('code, comments, URLs and link targets', () => {
    const cases: Array<[string, string[]]> = [
      ['Inline `$SPY` and `(NASDAQ: AAPL)` are code.', []],
      ['Double ``code with ` $X`` then $REAL.', ['REAL/cashtag']],
      ['An unmatched ` backtick leaves $TSLA as prose.', ['TSLA/cashtag']],
      ['```\n$FENCED (NASDAQ: AAPL)\n```\n\nAfter $OK.', ['OK/cashtag']],
      ['~~~python\n$TILDE\n~~~\n', []],
      ['Para.\n\n    indented $CODE\n\nText $YES.', ['YES/cashtag']],
      ['- item\n\n  ```\n  $INLIST\n  ```\n- next $NEXT', ['NEXT/cashtag']],
      ['> quote $Q\n> ```\n> $INQUOTE\n> ```\n', ['Q/cashtag']],
      ['1. one\n   > ```\n   > $DEEP\n   > ```\n2. two $TWO', ['TWO/cashtag']],
      ['Text <!-- $HIDDEN (NYSE: X) --> then $SHOWN.', ['SHOWN/cashtag']],
      ['<!--\n$BLOCKCOMMENT\n-->\n\n$AFTER', ['AFTER/cashtag']],
      ['[Apple (NASDAQ: AAPL)](https://x.com/$LINK) link text counts.', ['AAPL@NASDAQ/exchange']],
      ['![chart](https://img.example/$IMG.png) image target.', []],
      ['Bare https://example.com/quote/$QQQ and <https://example.com/$AUTO>.', []],
      ['www.example.com/$WWW is a URL.', []],
      ['[ref]: https://example.com/$DEF "title $DEF2"\n\nUse [ref] and $REAL.', ['REAL/cashtag']],
      ['---\ntitle: $FRONT\n---\n\n$BODY', ['BODY/cashtag']],
    ];
    for (const [text, expected] of cases) {
      it(JSON.stringify(text), () => assert.deepEqual(summary(text), expected));
    }
  });

  describe('quote tables', () => {
    it('every cell of a Symbol column, with other cells scanned as prose', () => {
      const text = '| Symbol | Price | Note |\n|---|---:|---|\n| AAPL | 256.44 | see $MSFT |\n| **IWM** | 1 | |\n| $META | 2 | |\n| n/a | 3 | |';
      assert.deepEqual(summary(text), ['AAPL/table', 'MSFT/cashtag', 'IWM/table', 'META/table']);
    });
    it('a Ticker column, qualified by an Exchange column', () => {
      const text = 'Ticker | Exchange | EPS\n--- | --- | ---\nGOOGL | NASDAQ | +12%\nSHOP | TSX | +5%';
      assert.deepEqual(summary(text), ['GOOGL@NASDAQ/table', 'SHOP@TSX/table']);
    });
    it('a "Ticker (Exchange)" column whose cells carry the venue in parentheses', () => {
      const text = '| Ticker (Exchange) | Last |\n|---|---|\n| AAPL (NASDAQ) | 1 |\n| SHOP (TSX) | 2 |\n| KO (HKEX) | 3 |\n| MSFT (Q3) | 4 |';
      // A venue the symbol cannot list on, or no venue at all, leaves the cell unread.
      assert.deepEqual(summary(text), ['AAPL@NASDAQ/table', 'SHOP@TSX/table']);
      assert.deepEqual(summary('| Symbol/Exchange |\n|---|\n| IWM (NYSE Arca) |'), ['IWM@NYSEARCA/table']);
    });
    it('a prefixed cell wins over the Exchange column', () => {
      assert.deepEqual(summary('| Symbol | Exchange |\n|---|---|\n| NYSEARCA:IWM | NASDAQ |'), ['IWM@NYSEARCA/table']);
    });
    it('a table without a Symbol or Ticker column has no table mentions', () => {
      assert.deepEqual(summary('| Name | Price |\n|---|---|\n| AAPL | 1 |'), []);
    });
    it('pipes inside code spans do not split cells', () => {
      assert.deepEqual(summary('| Note | Symbol |\n|---|---|\n| `a | b` | TSLA |'), ['TSLA/table']);
    });
    it('a code cell in the Symbol column is code', () => {
      assert.deepEqual(summary('| Symbol |\n|---|\n| `AAPL` |'), []);
    });
  });

  describe('positions', () => {
    it('1-based line and column, length of the written mention', () => {
      const text = 'First line\nApple (NASDAQ: AAPL) and $TSLA';
      const [apple, tesla] = findTickerMentions(text);
      assert.deepEqual([apple.line, apple.column, apple.length], [2, 8, 12]);
      assert.equal(text.substr(apple.offset, apple.length), 'NASDAQ: AAPL');
      assert.equal(text.substr(apple.symbolOffset, apple.symbolLength), 'AAPL');
      assert.deepEqual([tesla.line, tesla.column, tesla.length], [2, 26, 5]);
    });
    it('counts CRLF and lone CR line breaks as editors do', () => {
      const [a, b, c] = findTickerMentions('x $AAA\r\ny $BBB\rz $CCC');
      assert.deepEqual([a.line, b.line, c.line], [1, 2, 3]);
      assert.deepEqual([a.column, b.column, c.column], [3, 3, 3]);
    });
    it('table cells report the symbol cell position', () => {
      const text = '| Symbol | Price |\n|---|---|\n|  **NVDA** | 1 |';
      const [nvda] = findTickerMentions(text);
      assert.deepEqual([nvda.line, nvda.column, nvda.length], [3, 6, 4]);
    });
    it('mentionAt finds the mention under an offset and nothing between mentions', () => {
      const text = 'See (NYSE: BRK.B) or $TSLA.';
      const mentions = findTickerMentions(text);
      assert.equal(mentionAt(mentions, text.indexOf('BRK'))?.symbol, 'BRK.B');
      assert.equal(mentionAt(mentions, text.indexOf('NYSE'))?.symbol, 'BRK.B');
      assert.equal(mentionAt(mentions, text.indexOf(' or')), undefined);
      assert.equal(mentionAt(mentions, text.indexOf('$'))?.symbol, 'TSLA');
    });
  });

  describe('bad input', () => {
    it('binary junk neither throws nor invents mentions from control characters', () => {
      const junk = Array.from({ length: 4096 }, (_, i) => String.fromCharCode((i * 7919) % 256)).join('');
      assert.doesNotThrow(() => findTickerMentions(junk));
    });
    it('a 5 MB note is scanned', () => {
      const note = 'Apple (NASDAQ: AAPL) closed at $256.44 while `$CODE` and $TSLA moved.\n'.repeat(75_000);
      const mentions = findTickerMentions(note);
      assert.equal(mentions.length, 150_000);
      assert.equal(mentions.at(-1)?.line, 75_000);
    });
    it('empty text has no mentions', () => assert.deepEqual(findTickerMentions(''), []));
  });
});

describe('normalizeExchange', () => {
  const cases: Array<[string, string | undefined]> = [
    ['NYSEARCA', 'NYSEARCA'],
    ['NYSE Arca', 'NYSEARCA'],
    ['AMEX', 'NYSEARCA'],
    ['NYSE American', 'NYSEAMERICAN'],
    ['OTCQB', 'OTC'],
    ['OTC', 'OTC'],
    ['TSX', 'TSX'],
    ['LSE', 'LSE'],
    ['INDEX', 'INDEX'],
    ['nasdaq', 'NASDAQ'],
    ['Frankfurt', undefined],
  ];
  for (const [written, id] of cases) {
    it(`${written} → ${id}`, () => assert.equal(normalizeExchange(written), id));
  }
});
