// Tickers written in the codes of the wires and terminals: Bloomberg's `(VOD LN)` / `AAPL US Equity`, Reuters codes
// in prose (`XOM.N`, `.SPX`), and exchange prefixes from press releases (`(NASD: ETSY)`, `(ASX: BHP)`). Fixtures are
// our own words, written the way that copy reads; every look-alike that must stay prose is a named case.

import { strict as assert } from 'node:assert';
import { findTickerMentions, LineIndex, type TickerScanOptions } from '../../../src/core/tickers';

function summary(text: string, options?: TickerScanOptions): string[] {
  return findTickerMentions(text, new LineIndex(text), options).map((m) => `${m.symbol}${m.exchange ? `@${m.exchange}` : ''}/${m.form}`);
}

function check(cases: ReadonlyArray<readonly [string, readonly string[]]>): void {
  for (const [text, expected] of cases) {
    it(JSON.stringify(text), () => assert.deepEqual(summary(text), expected));
  }
}

describe('Bloomberg codes', () => {
  check([
    ['Utility AES (AES US) slid after the guidance cut.', ['AES/bloomberg']],
    ['Vodafone Group (VOD LN) and Shopify (SHOP CN) led their markets.', ['VOD@LSE/bloomberg', 'SHOP@TSX/bloomberg']],
    ['Toyota Motor (7203 JP) and BHP Group (BHP AU) gained.', ['7203@TYO/bloomberg', 'BHP@ASX/bloomberg']],
    ['Venue codes: Coca-Cola (KO UN), Microsoft (MSFT UW), the tracker (IWM UP), a junior miner (ABC CV).', ['KO@NYSE/bloomberg', 'MSFT@NASDAQ/bloomberg', 'IWM@NYSEARCA/bloomberg', 'ABC@TSXV/bloomberg']],
    ['Two names in one parenthesis (AAPL US, MSFT US) and a class share (BRK/B US).', ['AAPL/bloomberg', 'MSFT/bloomberg', 'BRK.B/bloomberg']],
    ['With the market key: Apple (AAPL US Equity) and, in running text, NVDA US Equity added 3%.', ['AAPL/bloomberg', 'NVDA/bloomberg']],
    ['Sentence-final XOM US Equity. Listed: VOD LN Equity, SHOP CN Equity; BRK/B US Equity', ['XOM/bloomberg', 'VOD@LSE/bloomberg', 'SHOP@TSX/bloomberg', 'BRK.B/bloomberg']],
    ['**Alphabet** (GOOGL US) in bold, and `AAPL US Equity` in code is not read.', ['GOOGL/bloomberg']],
  ]);

  it('positions: the mention spans the code (and market key), the symbol just the symbol', () => {
    const text = 'Vodafone (VOD LN) and BRK/B US Equity';
    const [vodafone, berkshire] = findTickerMentions(text);
    assert.equal(text.substr(vodafone.offset, vodafone.length), 'VOD LN');
    assert.equal(text.substr(vodafone.symbolOffset, vodafone.symbolLength), 'VOD');
    assert.equal(text.substr(berkshire.offset, berkshire.length), 'BRK/B US Equity');
    assert.equal(text.substr(berkshire.symbolOffset, berkshire.symbolLength), 'BRK/B');
  });

  it('a wire-style paragraph: every code read, every look-alike left alone', () => {
    const note = [
      '## Europe and Asia close',
      '',
      'London-listed Vodafone (VOD LN) gained 2% after the European Central Bank (ECB) held rates, while BP (BP/ LN)',
      'was flat. In Tokyo, Sony Group (6758 JP) rose; the yen (JPY US) barely moved. Back home, AES (AES US) and',
      'Exxon Mobil (XOM UN) fell with crude. The MSCI US Equity Index lagged and the bank’s US Equity Strategy team',
      'kept its view. GDP US data (GDP US) are due Thursday; 2025 US Equity flows were strong.',
    ].join('\n');
    assert.deepEqual(summary(note), ['VOD@LSE/bloomberg', '6758@TYO/bloomberg', 'AES/bloomberg', 'XOM@NYSE/bloomberg']);
  });
});

describe('never Bloomberg codes', () => {
  const cases: Array<[string, string]> = [
    ['a usual abbreviation before US', 'growth (GDP US) slowed'],
    ['the Fed’s committee before US', 'the vote (FOMC US) was split'],
    ['a currency before US', 'the yen (JPY US) rose'],
    ['an exchange’s own name', 'the big board (NYSE US) opened'],
    ['a code we cannot place', 'SAP (SAP GY) and LVMH (MC FP)'],
    ['letters before a Tokyo code', 'Sony (SONY JP) in Tokyo'],
    ['a year before US', 'spending (2025 US) rose and 2025 US Equity flows'],
    ['a number before a code', 'deals (12 LN) closed'],
    ['more words before the code', 'goods (MADE IN US) sold'],
    ['a name going on after Equity', 'the MSCI US Equity Index and the JPM US Equity Fund'],
    ['glued before the symbol', 'the S&P US Equity sleeve and data/KO US Equity'],
    ['lower-case market key', 'AAPL US equity exposure'],
    ['Equity glued to a word', 'AAPL US Equityholders'],
    ['code glued to more letters', 'Apple (AAPL USD) and (AAPL USA)'],
  ];
  for (const [name, text] of cases) {
    it(`${name}: ${JSON.stringify(text)}`, () => assert.deepEqual(summary(text), []));
  }
  it('ignoreAbbreviations applies to the first word too', () => {
    assert.deepEqual(summary('Acme (ACME US) and Widgets (WDG US)', { ignoreAbbreviations: ['acme'] }), ['WDG/bloomberg']);
  });
});
