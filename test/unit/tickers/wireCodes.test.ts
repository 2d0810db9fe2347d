// Tickers written in the codes of the wires and terminals: Bloomberg's `(VOD LN)` / `AAPL US Equity`, Reuters codes
// in prose (`XOM.N`, `.SPX`), and exchange prefixes from press releases (`(NASD: ETSY)`, `(ASX: BHP)`). Fixtures are
// our own words, written the way that copy reads; every look-alike that must stay prose is a named case.

import { strict as assert } from 'node:assert';
import { findTickerMentions, LineIndex, type TickerScanOptions } from '../../../src/core/tickers';
import { applyEdits, fixAll, lintNote } from '../../../src/core/lint';
import { fixtureQuotes, today } from '../lint/lintHarness';
import { parseWrittenTicker } from '../../../src/core/tickers/parseWrittenTicker';
import { twelveDataSymbol, yahooSymbol } from '../../../src/core/quotes/providers/providerSymbols';
import { splitVenueSuffix } from '../../../src/core/quotes/search/providerExchanges';

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
    ['Venue codes: Coca-Cola (KO UN), Microsoft (MSFT UW), the tracker iShares Russell 2000 (IWM UP), a junior miner (ABC CV).', ['KO@NYSE/bloomberg', 'MSFT@NASDAQ/bloomberg', 'IWM@NYSEARCA/bloomberg', 'ABC@TSXV/bloomberg']],
    ['Milan, Madrid, Helsinki and Oslo: Eni (ENI IM), Iberdrola (IBE SM), Nokia (NOKIA FH) and Equinor ASA (EQNR NO); ENI IM Equity; Eni (ENI:IM).', ['ENI@BIT/bloomberg', 'IBE@BME/bloomberg', 'NOKIA@HEL/bloomberg', 'EQNR@OSL/bloomberg', 'ENI@BIT/bloomberg', 'ENI@BIT/bloomberg']],
    ['A code that spells a word after a company’s name: Koala Mines (KOA AT) and Quarry Fund (QRYF UP).', ['KOA@ASX/bloomberg', 'QRYF@NYSEARCA/bloomberg']],
    ['London’s trailing dot as Bloomberg’s slash: BP (BP/ LN), Rolls (RR/ LN) and BT/ LN Equity, and a class, BT (BT/A LN).', ['BP@LSE/bloomberg', 'RR@LSE/bloomberg', 'BT@LSE/bloomberg', 'BT.A@LSE/bloomberg']],
    ['Two names in one parenthesis (AAPL US, MSFT US) and a class share (BRK/B US).', ['AAPL/bloomberg', 'MSFT/bloomberg', 'BRK.B/bloomberg']],
    ['With the market key: Apple (AAPL US Equity) and, in running text, NVDA US Equity added 3%.', ['AAPL/bloomberg', 'NVDA/bloomberg']],
    ['Sentence-final XOM US Equity. Listed: VOD LN Equity, SHOP CN Equity; BRK/B US Equity', ['XOM/bloomberg', 'VOD@LSE/bloomberg', 'SHOP@TSX/bloomberg', 'BRK.B/bloomberg']],
    ['**Alphabet** (GOOGL US) in bold, and `AAPL US Equity` in code is not read.', ['GOOGL/bloomberg']],
    ['Venues abroad: Tencent (700 HK), Samsung (005930 KS), SAP (SAP GY), LVMH (MC FP) and Nestle (NESN SW).', ['700@HKEX/bloomberg', '005930@KRX/bloomberg', 'SAP@XETRA/bloomberg', 'MC@EPA/bloomberg', 'NESN@SIX/bloomberg']],
    ['A venue abroad with the market key: 9988 HK Equity fell.', ['9988@HKEX/bloomberg']],
    ['Bloomberg’s web pages, the code after a colon: Apple Inc. (AAPL:US) and Vodafone Group (VOD:LN).', ['AAPL/bloomberg', 'VOD@LSE/bloomberg']],
    ['Numbered venues, a venue code, a class share: Kanemura Motors (7211:JP), Tengwei (700:HK), Orcadia ( ORCD:UW ), Berkshire (BRK.B:US).', ['7211@TYO/bloomberg', '700@HKEX/bloomberg', 'ORCD@NASDAQ/bloomberg', 'BRK.B/bloomberg']],
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
    assert.deepEqual(summary(note), ['VOD@LSE/bloomberg', 'BP@LSE/bloomberg', '6758@TYO/bloomberg', 'AES/bloomberg', 'XOM@NYSE/bloomberg']);
  });
});

describe('never Bloomberg codes', () => {
  const cases: Array<[string, string]> = [
    ['a usual abbreviation before US', 'growth (GDP US) slowed'],
    ['the Fed’s committee before US', 'the vote (FOMC US) was split'],
    ['a currency before US', 'the yen (JPY US) rose'],
    ['an exchange’s own name', 'the big board (NYSE US) opened'],
    ['a code we cannot place', 'Adyen (ADYEN NA), the bank (DBK GR) and Reliance (RIL IN)'],
    ['a legal form after the name, not SIX’s code', 'SAP (SAP SE) and Airbus (AIR SE)'],
    ['letters before a numbering venue’s code', 'HSBC (HSBC HK) and Samsung (SSNLF KS)'],
    ['digits no Korean listing has', 'output (2024 KS) and (12345 KS)'],
    ['letters before a Tokyo code', 'Sony (SONY JP) in Tokyo'],
    ['a year before US', 'spending (2025 US) rose and 2025 US Equity flows'],
    ['a number before a code', 'deals (12 LN) closed'],
    ['more words before the code', 'goods (MADE IN US) sold'],
    ['a name going on after Equity', 'the MSCI US Equity Index and the JPM US Equity Fund'],
    ['glued before the symbol', 'the S&P US Equity sleeve and data/KO US Equity'],
    ['lower-case market key', 'AAPL US equity exposure'],
    ['Equity glued to a word', 'AAPL US Equityholders'],
    ['code glued to more letters', 'Apple (AAPL USD) and (AAPL USA)'],
    ['after a colon, a usual abbreviation, a quarter or a year', 'Growth (GDP:US), Sales (Q3:UK) and Revenue (2025:US) slowed.'],
    ['after a colon, no name before the parenthesis', 'the rate (ORCD:US) and (ORCD:LN)'],
    ['after a colon, a code we cannot place', 'Adyen (ADYEN:NA) and the bank (DBK:GR)'],
    ['after a colon, letters before a numbering venue’s code', 'Sony (SONY:JP) and HSBC (HSBC:HK) and output (2024:KS)'],
    ['after a colon, glued in running text', 'Screens showed AAPL:US and VOD:LN.'],
    ['a phrase in capitals ending on a code that spells a word', 'Rates (SPEED UP) and (LOOK AT) this; voters (SAY NO), the plan (ROLL UP).'],
    ['Stockholm’s and Copenhagen’s codes, which glue the class to the root', 'Ericsson (ERICB SS), Sandvik (SAND SS) and Novo (NOVOB DC).'],
    ['a slash before a space on another venue, or after a longer root', 'Acme (AB/ US), Thames (ABC/ LN), and/ LN.'],
  ];
  for (const [name, text] of cases) {
    it(`${name}: ${JSON.stringify(text)}`, () => assert.deepEqual(summary(text), []));
  }
  it('ignoreAbbreviations applies to the first word too', () => {
    assert.deepEqual(summary('Acme (ACME US) and Widgets (WDG US)', { ignoreAbbreviations: ['acme'] }), ['WDG/bloomberg']);
  });
});

describe('Reuters codes in running text', () => {
  check([
    ['Exxon XOM.N and Apple AAPL.O rose; Vodafone VOD.L and Royal Bank RY.TO fell.', ['XOM@NYSE/ric', 'AAPL@NASDAQ/ric', 'VOD@LSE/ric', 'RY@TSX/ric']],
    ['Cisco CSCO.OQ, Berkshire BRKb.N, the tracker IWM.P and miner BHP.AX (BHP.AX).', ['CSCO@NASDAQ/ric', 'BRK.B@NYSE/ric', 'IWM@NYSEARCA/ric', 'BHP@ASX/ric', 'BHP@ASX/ric']],
    ['The benchmark .SPX added 0.4%, the blue-chip .DJI 0.2% and the Nasdaq .IXIC 0.7%.', ['SPX@INDEX/index', 'DJI@INDEX/index', 'IXIC@INDEX/index']],
    ['Small caps .RUT, the Nasdaq 100 .NDX and Wall Street’s fear gauge .VIX; .SPX.', ['RUT@INDEX/index', 'NDX@INDEX/index', 'VIX@INDEX/index', 'SPX@INDEX/index']],
    ['Ford F.N and AT&T T.N, one letter each.', ['F@NYSE/ric', 'T@NYSE/ric']],
    ['Sentence-final codes: shares of XOM.N. And lists: XOM.N, CVX.N; COP.N', ['XOM@NYSE/ric', 'XOM@NYSE/ric', 'CVX@NYSE/ric', 'COP@NYSE/ric']],
    ['Still parenthesised: Coca-Cola (KO.N) is read once.', ['KO@NYSE/ric']],
    ['Not in code: `XOM.N` or a link [XOM.N](https://example.com/XOM.N).', ['XOM@NYSE/ric']],
    ['Class letters where the venue’s symbols carry a class: BRKa.N, RCIb.TO (RCIb.TO), (BRKb.N).', ['BRK.A@NYSE/ric', 'RCI.B@TSX/ric', 'RCI.B@TSX/ric', 'BRK.B@NYSE/ric']],
  ]);

  it('positions: the mention spans the code, the symbol its root', () => {
    const text = 'Exxon XOM.N and .SPX';
    const [exxon, index] = findTickerMentions(text);
    assert.equal(text.substr(exxon.offset, exxon.length), 'XOM.N');
    assert.equal(text.substr(exxon.symbolOffset, exxon.symbolLength), 'XOM');
    assert.equal(text.substr(index.offset, index.length), '.SPX');
    assert.equal(text.substr(index.symbolOffset, index.symbolLength), 'SPX');
  });

  it('a wire-style paragraph: every code read, every dotted look-alike left alone', () => {
    const note = [
      'NEW YORK, Nov 27 (Reuters) - U.S. stocks edged higher, with the .SPX up 0.3%, as energy names such as',
      'XOM.N and CVX.N climbed with crude. J.P. Morgan analysts, e.g. in a note to clients, said the U.K. and the',
      'E.U. economies lag. Shares of Vodafone VOD.L slipped in London, while Ontario-based lender RY.TO rose.',
      'The data, in REPORT.TXT and version 2.N of the model, were filed with the SEC.',
    ].join('\n');
    assert.deepEqual(summary(note), ['SPX@INDEX/index', 'XOM@NYSE/ric', 'CVX@NYSE/ric', 'VOD@LSE/ric', 'RY@TSX/ric']);
  });
});

describe('never Reuters codes', () => {
  const cases: Array<[string, string]> = [
    ['U.S. with its dots', 'U.S. stocks and U.S.-listed shares'],
    ['U.K. initials', 'the U.K. economy and the U.K economy'],
    ['J.P. Morgan', 'J.P. Morgan and J.P.Morgan said'],
    ['initials before a name', 'author J.K Rowling and A.P Moller'],
    ['initials with "the"', 'the U.N said'],
    ['a possessive of initials', 'U.N’s budget'],
    ['e.g. and i.e.', 'e.g. Apple, i.e. a stock'],
    ['a sentence-final abbreviation', 'at 4 p.m. New York time. Prices rose at Acme Inc. Trading was light.'],
    ['a file name', 'see report.N, REPORT.TXT, data/XOM.N and notes.L'],
    ['a version number', 'version 2.N and v3.O and 10.L'],
    ['more letters after the suffix', 'XOM.NY and AAPL.OK and VOD.LQ'],
    ['a dotted path after the code', 'XOM.N.csv and .SPX.json'],
    ['a root too long', 'REPORT.N and ABCDEF.O'],
    ['a suffix we do not map', 'OMV.VI and THYAO.IS'],
    ['an index code we do not know after a dot', 'the file .ENV and .MID'],
    ['a usual abbreviation before a suffix', 'the GDP.N and CEO.O'],
    ['a one-letter root with a non-NYSE suffix', 'C.O and A.L'],
    ['a cashtag or caret keeps its own reading', '$KO.N'],
    ['a German share-kind letter on Reuters’ own root', 'Siemens SIEGn.DE and Deutsche Bank (DBKGn.DE) fell'],
    ['a preference share’s letter after an underscore', 'Volkswagen VOWG_p.DE and (VOWG_p.DE)'],
    ['a London class letter, glued on in the venue’s symbol', 'Shell RDSa.L and (RDSb.L)'],
    ['class letters abroad', 'the miner (ABCa.AX) and the bank XYZb.PA'],
  ];
  for (const [name, text] of cases) {
    it(`${name}: ${JSON.stringify(text)}`, () => assert.deepEqual(summary(text).filter((mention) => !mention.endsWith('/cashtag')), []));
  }
});

describe('lint on the wire codes', () => {
  it('exchange-mismatch on a bare RIC rewrites its suffix; on a Bloomberg venue code it is reported', async () => {
    const note = 'As of November 20, 2026.\n\nApple AAPL.N rose, Microsoft (MSFT UN) too; Coca-Cola (KO US) held.\n';
    const findings = await lintNote(note, { today, quotes: fixtureQuotes(), only: ['exchange-mismatch'] });
    assert.deepEqual(
      findings.map((finding) => `${note.slice(finding.offset, finding.offset + finding.length)}: ${finding.message}`),
      ['AAPL.N: AAPL trades on Nasdaq (snapshot), not NYSE', 'MSFT UN: MSFT trades on Nasdaq (snapshot), not NYSE'],
    );
    assert.equal(applyEdits(note, fixAll(findings)), note.replace('AAPL.N', 'AAPL.O'));
  });
  it('unknown-symbol reports a Bloomberg or bare RIC symbol the provider does not know', async () => {
    const note = 'As of November 20, 2026.\n\nZeta (ZZZQ US) and ZZZR.O, with Apple (AAPL US).\n';
    const findings = await lintNote(note, { today, quotes: fixtureQuotes(), only: ['unknown-symbol'] });
    assert.deepEqual(findings.map((finding) => note.slice(finding.offset, finding.offset + finding.length)), ['ZZZQ', 'ZZZR']);
  });
});

describe('press-release exchange prefixes', () => {
  check([
    ['BROOKLYN, N.Y. -- Etsy, Inc. (NASD: ETSY) today reported results; see also (NASD:ETSY).', ['ETSY@NASDAQ/exchange', 'ETSY@NASDAQ/exchange']],
    ['MELBOURNE -- BHP Group Limited (ASX: BHP) and, glued, ASX:RIO.', ['BHP@ASX/exchange', 'RIO@ASX/exchange']],
    ['TOKYO -- Toyota Motor Corporation (TYO: 7203), Sony Group (TSE Prime: 6758) and (TSE: 7203, 6758).', ['7203@TYO/exchange', '6758@TYO/exchange', '7203@TYO/exchange', '6758@TYO/exchange']],
    ['TSE before letters stays Toronto: Shopify (TSE: SHOP); glued TYO:7203.', ['SHOP@TSX/exchange', '7203@TYO/exchange']],
  ]);
  const never: Array<[string, string]> = [
    ['the association itself', 'the National Association of Securities Dealers (NASD) ruled'],
    ['a number after a prefix that is not Tokyo', 'volume (NYSE: 2025 shares) and (LSE: 150)'],
    ['an exchange we do not know', 'Andes Bank (BVL: BAPQ) and (BIST: THYAO)'],
    ['Tokyo or ASX named alone', 'listed on the (ASX) and in (TYO)'],
  ];
  for (const [name, text] of never) {
    it(`never: ${name}: ${JSON.stringify(text)}`, () => assert.deepEqual(summary(text), []));
  }
});

describe('typed tickers with the new venues', () => {
  it('parseWrittenTicker reads NASD, ASX and Tokyo prefixes, digits only with Tokyo', () => {
    assert.deepEqual(
      ['NASD:ETSY', 'ASX:BHP', 'TYO:7203', 'TSE:7203', 'TSE:SHOP', 'NYSE:2025', '7203', 'BVL:BAPQ'].map((written) => parseWrittenTicker(written) ?? null),
      [
        { symbol: 'ETSY', exchange: 'NASDAQ' },
        { symbol: 'BHP', exchange: 'ASX' },
        { symbol: '7203', exchange: 'TYO' },
        { symbol: '7203', exchange: 'TYO' },
        { symbol: 'SHOP', exchange: 'TSX' },
        null,
        null,
        null,
      ],
    );
  });
  it('providers get Tokyo and ASX listings in their own spelling', () => {
    assert.deepEqual([yahooSymbol({ symbol: '7203', exchange: 'TYO' }), yahooSymbol({ symbol: 'BHP', exchange: 'ASX' })], ['7203.T', 'BHP.AX']);
    assert.deepEqual([twelveDataSymbol({ symbol: '7203', exchange: 'TYO' }), twelveDataSymbol({ symbol: 'BHP', exchange: 'ASX' })], ['7203:JPX', 'BHP:ASX']);
    // and read back from search answers; after letters `.T` is still a US share class
    assert.deepEqual(['7203.T', 'BHP.AX', 'ABC.T'].map(splitVenueSuffix), [{ symbol: '7203', exchange: 'TYO' }, { symbol: 'BHP', exchange: 'ASX' }, { symbol: 'ABC.T' }]);
  });
});
