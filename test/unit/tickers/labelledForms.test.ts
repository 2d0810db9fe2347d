// Tickers written after a label, as press releases and quote pages write them (`(Symbol: ADSK)`, `(Nasdaq ticker:
// ABC)`, `under the ticker symbol "XYZ"`), and quote-table Symbol cells holding the prefixed, Reuters and Bloomberg
// forms the prose scan reads. Fixtures are our own words; every look-alike that must stay prose is a named case.

import { strict as assert } from 'node:assert';
import { findTickerMentions } from '../../../src/core/tickers';
import { checkNamed as check, summary } from './mentionSummary';
import { applyEdits, fixAll, lintNote } from '../../../src/core/lint';
import { fixtureQuotes, today } from '../lint/lintHarness';
import { assertLinear } from '../safety/scaling';
import { readSymbolCell } from '../../../src/core/tickers/symbolCells';

describe('labelled symbols', () => {
  check([
    ['quote-page label', 'Shares of Northwind Software (Symbol: NWSW) slipped after the call.', ['NWSW/label']],
    ['ticker label, capitalised', 'The Lisbon lender (Ticker: BPLSY) trades over the counter in New York.', ['BPLSY/label']],
    ['ticker label, lower case', 'a small fund manager (ticker: QRST) reported inflows', ['QRST/label']],
    ['exchange in the label', 'Acme Robotics (Nasdaq ticker: ACRB) and Pine Mills (NYSE symbol: PML) both rose.', ['ACRB@NASDAQ/label', 'PML@NYSE/label']],
    ['two-word exchange in the label', 'the uranium explorer (NYSE American ticker: UXPL) gained', ['UXPL@NYSEAMERICAN/label']],
    ['label with a cashtag', 'Ticker: $HLMX, last seen at 4.10', ['HLMX/label']],
    ['the ticker named after "is"', 'The Nasdaq ticker symbol for Orcadia is ORCD. Halvorsen’s ticker is HLVN, and its stock symbol is BRNW on the NYSE.', ['ORCD@NASDAQ/label', 'HLVN/label', 'BRNW@NYSE/label']],
    ['after "for" and a listed company’s name', 'The ticker for Nasdaq-traded Orcadia Inc. is ORCD.', ['ORCD/label']],
    ['ticker symbol, quoted', 'Its common shares trade under the ticker symbol "GLDN" and its warrants', ['GLDN/label']],
    ['curly quotes with the stop inside', 'The company will list under the symbol “BRTH.”', ['BRTH/label']],
    ['single quotes', "Its units trade under the ticker 'PMX', it said.", ['PMX/label']],
    ['bare symbol after under the ticker symbol', 'listed under the ticker symbol WVLN since March', ['WVLN/label']],
    ['trading and stock symbol', 'the trading symbol “KLMN” replaces the stock symbol OPQR today', ['KLMN/label', 'OPQR/label']],
    ['share class', 'Class B shares trade under the ticker BRK.B, the filing says.', ['BRK.B/label']],
    ['a ticker change names the new symbol', 'The company changed its ticker symbol to "MTAX" this week.', ['MTAX/label']],
    ['exchange named before, long form', 'It is listed on the Nasdaq Global Select Market under the symbol “HRBR.”', ['HRBR@NASDAQ/label']],
    ['exchange named before, NYSE full name', 'Stock trades on the New York Stock Exchange under the ticker "CRWN".', ['CRWN@NYSE/label']],
    ['exchange named after the symbol', 'Shares began trading under the symbol “TIDE” on the NYSE on Friday.', ['TIDE@NYSE/label']],
    ['exchange prefix inside the quotes', 'trades under the ticker symbol "NASDAQ: VRDN" from today', ['VRDN@NASDAQ/label']],
    ['Toronto named before', 'Its shares trade on the Toronto Stock Exchange under the symbol "MAPL".', ['MAPL@TSX/label']],
    ['Cboe is a ticker', 'Cboe Global Markets trades under the symbol CBOE.', ['CBOE/label']],
    ['quoted after "the ticker"', 'To buy it, type the ticker “QQQM,” pick an amount and confirm.', ['QQQM/label']],
    ['quoted after "its trading symbol"', 'It keeps its existing trading symbol "MOSX" after the split.', ['MOSX/label']],
    ['a soft line break inside the label', 'Shares of the lender (Symbol:\nBPLSY) fell.', ['BPLSY/label']],
    ['a label without a colon, opening a parenthesis', 'The big S&P 500 tracker (ticker SPQ) took in $20 billion, and its rival (Ticker QQQM) bled.', ['SPQ/label', 'QQQM/label']],
    ['"symbol" without a colon, then more in the parenthesis', 'The bond fund (symbol BNDQ, expense ratio 0.03%) led inflows.', ['BNDQ/label']],
    ['a label in bold, the colon inside or outside', '**Ticker:** ORCD\n\n**Symbol**: BRNW', ['ORCD/label', 'BRNW/label']],
    ['a plural label lists symbols', 'Tickers: ORCD, BRNW and HLVN', ['ORCD/label', 'BRNW/label', 'HLVN/label']],
    ['a plural label in bold, with a sentence after the list', '**Related tickers:** ORCD, BRNW, and HLVN. More below.', ['ORCD/label', 'BRNW/label', 'HLVN/label']],
    ['a plural label naming the venue, cashtags', 'Nasdaq symbols: ORCD; BRNW\n\nTickers: $KSTR, $TDWQ', ['ORCD@NASDAQ/label', 'BRNW@NASDAQ/label', 'KSTR/label', 'TDWQ/label']],
  ]);

  it('positions: the mention spans the label’s exchange when it names one, else the symbol', () => {
    const text = 'Acme (Nasdaq ticker: ACRB) and Beta (Symbol: BTAA)';
    const [acme, beta] = findTickerMentions(text);
    assert.equal(text.substr(acme.offset, acme.length), 'Nasdaq ticker: ACRB');
    assert.equal(text.substr(acme.symbolOffset, acme.symbolLength), 'ACRB');
    assert.equal(text.substr(beta.offset, beta.length), 'BTAA');
  });

  it('a press-release paragraph: each labelled symbol read once, with the venue its clause names', () => {
    const note = [
      'Harbor Bio, Inc. (Nasdaq: HRBB) today announced results. The company’s common stock is listed on the Nasdaq',
      'Capital Market under the ticker symbol "HRBB". Its sister fund (Ticker: HRBFX) and the Lisbon lender (Symbol:',
      'BPLSY) were named too. The ticker tape was a symbol of HOPE for the SEC (Symbol: see below).',
    ].join('\n');
    assert.deepEqual(summary(note), ['HRBB@NASDAQ/exchange', 'HRBB@NASDAQ/label', 'HRBFX/label', 'BPLSY/label']);
  });
});

describe('labelled symbols with Bloomberg’s code, as research notes’ key data give them', () => {
  check([
    ['the code names the venue', 'Ticker: HLVN LN\n\nBloomberg ticker: VOD LN | Rating: Buy', ['HLVN@LSE/label', 'VOD@LSE/label']],
    ['a composite code leaves it unknown', 'Ticker: ORCD US', ['ORCD/label']],
    ['capitals that go on are no code', 'Ticker: ORCD IN THE NEWS\n\nTicker: ORCD LN rose', ['ORCD/label', 'ORCD/label']],
  ]);
});

describe('never labelled symbols', () => {
  check([
    ['a symbol of something', 'The bull statue is a symbol of HOPE for retail traders.', []],
    ['symbol with a capitalised word after', 'a symbol AND a warning', []],
    ['the ticker tape', 'the ticker TAPE parade', []],
    ['a bare "the symbol"', 'the symbol XYZ appears on the chart legend', []],
    ['label followed by prose', 'Symbol: see the table below. Ticker: none yet.', []],
    ['placeholder after a label', 'The new fund (Ticker: TBD) launches in May.', []],
    ['words ending in -icker or containing ymbol', 'a quicker flicker at Dickerson; symbolic SYMBOLS; the kickers: ABC', []],
    ['a plural label before prose', 'Tickers: ORCD rose 4% and BRNW fell. The tickers: ORCD and BRNW are ours. Symbols: see below.', []],
    ['a plural label before a placeholder', 'Tickers: TBD, ORCD', []],
    ['an exchange name where the symbol goes', 'trades under the symbol NYSE for now', []],
    ['glued to more text', 'under the ticker ABC-listed notes; under the symbol N/A; under the ticker KO.N', ['KO@NYSE/ric']],
    ['digits', 'under the ticker symbol 7203 in Tokyo', []],
    ['a quote left open', 'under the symbol "ABCD and more', []],
    ['inside code', 'set `Ticker: ABCD` in the config, or ```under the symbol XYZ```', []],
    ['a built-in abbreviation still reads after a label', 'The fund (Ticker: NIM) is closed.', ['NIM/label']],
    ['a quoted word after "a symbol"', 'The bull became a symbol “HOPE” for traders.', []],
    ['a one-letter quoted symbol after "the symbol"', 'where the symbol "E" stands for expected return', []],
    ['a label without a colon, not opening a parenthesis', 'Watch the ticker SPQ and its symbol QQQM today.', []],
    ['a label without a colon, then prose in the parenthesis', 'The fund (ticker SPQ was retired) and the trust (symbol XYZ and more) closed.', []],
    ['a label without a colon, then a placeholder or a venue', 'The fund (ticker TBD) and the trust (symbol NYSE) launch soon.', []],
    ['after "is", a word in capitals that does not end the clause', 'The ticker is UP 4% today. The symbol is NOT a listing. The ticker is ORCD-heavy.', []],
    ['after "is", a usual abbreviation unquoted, or a symbol that is no listing’s', 'Their ticker is ETF. The symbol for gold is AU. The symbol is XYZ.', []],
    ['after "for", a lower-case phrase', 'The ticker for the new fund is QRST.', []],
  ]);

  it('the writer’s ignore list applies', () => {
    assert.deepEqual(summary('The fund (Ticker: NIM) is closed.', { ignoreAbbreviations: ['nim'] }), []);
  });
});

describe('quote-table Symbol cells read the prose forms', () => {
  const table = (...cells: string[]) => ['| Symbol | Last |', '|---|---|', ...cells.map((cell) => `| ${cell} | 1.00 |`)].join('\n');
  check([
    ['Tokyo prefixes before digits', table('TYO: 7203', 'TSE: 6758', 'TSE Prime: 9984'), ['7203@TYO/table', '6758@TYO/table', '9984@TYO/table']],
    ['ASX and TSE before letters', table('ASX: BHP', 'TSE: SHOP'), ['BHP@ASX/table', 'SHOP@TSX/table']],
    ['prefixes in any case and two words', table('Nasdaq: META', 'NYSE American: UUUU', 'NYSE : KO', 'NYSEARCA:IWM'), ['META@NASDAQ/table', 'UUUU@NYSEAMERICAN/table', 'KO@NYSE/table', 'IWM@NYSEARCA/table']],
    ['prefix with a cashtag, emphasis, link', table('NYSE: $KO', '**LSE: VOD**', '[ASX: CBA](https://example.com/cba)'), ['KO@NYSE/table', 'VOD@LSE/table', 'CBA@ASX/table']],
    ['Reuters codes', table('KO.N', 'META.O', 'RY.TO', 'BRKb.N'), ['KO@NYSE/table', 'META@NASDAQ/table', 'RY@TSX/table', 'BRK.B@NYSE/table']],
    ['a class letter only where the venue’s symbols carry one', table('RCIb.TO', 'SIEGn.DE', 'RDSa.L', 'SAP.DE'), ['RCI.B@TSX/table', 'SAP@XETRA/table']],
    ['share classes stay classes', table('BRK.B', 'BF-B', 'MOG.A'), ['BRK.B/table', 'BF.B/table', 'MOG.A/table']],
    ['Bloomberg codes', table('VOD LN', '7203 JP', 'AAPL US', 'BRK/B US Equity'), ['VOD@LSE/table', '7203@TYO/table', 'AAPL/table', 'BRK.B/table']],
    ['an index', table('^DJI'), ['DJI@INDEX/table']],
    ['footnote marks after the symbol', table('MSFT (1)', 'TSLA¹', 'AAPL<sup>2</sup>', 'KO[3]', 'BRK.B†', 'NVDA*'), ['MSFT/table', 'TSLA/table', 'AAPL/table', 'KO/table', 'BRK.B/table', 'NVDA/table']],
    ['venues abroad, by prefix and by suffix', table('HKEX: 0700', 'KRX: 005930', 'XETRA: SAP', '0700.HK', '500209.BO', 'NESN.SW'), ['0700@HKEX/table', '005930@KRX/table', 'SAP@XETRA/table', '0700@HKEX/table', '500209@BSE/table', 'NESN@SIX/table']],
  ]);

  check([
    ['a venue we do not place', table('BVL: BAPQ'), []],
    ['letters after a venue that numbers its listings', table('HKEX: HSBC', 'KRX: SAMSUNG'), []],
    ['digits after a prefix that does not number listings', table('NYSE: 2025'), []],
    ['bare digits', table('7203'), []],
    ['a Bloomberg code we cannot place', table('ADYEN NA'), []],
    ['a Bloomberg code of a venue abroad', table('SAP GY', '700 HK'), ['SAP@XETRA/table', '700@HKEX/table']],
    ['a name, not a symbol', table('Apple', 'n/a'), []],
    ['a footnote mark alone, a name with a mark, a letter in parentheses', table('(1)', '¹', 'Apple (2)', 'BF (B)'), []],
  ]);

  it('the cell’s exchange wins over the row’s Exchange column; the column still qualifies a bare symbol', () => {
    const text = ['| Ticker | Exchange |', '|---|---|', '| TYO: 7203 | NYSE |', '| KO | NYSE |'].join('\n');
    assert.deepEqual(summary(text), ['7203@TYO/table', 'KO@NYSE/table']);
  });

  it('positions: the mention spans the written cell, the symbol just the symbol', () => {
    const text = table('TYO: 7203', 'KO.N');
    const [toyota, coke] = findTickerMentions(text);
    assert.equal(text.substr(toyota.offset, toyota.length), 'TYO: 7203');
    assert.equal(text.substr(toyota.symbolOffset, toyota.symbolLength), '7203');
    assert.equal(text.substr(coke.offset, coke.length), 'KO.N');
    assert.equal(text.substr(coke.symbolOffset, coke.symbolLength), 'KO');
  });
});

describe('lint on labelled symbols and table cells', () => {
  it('exchange-mismatch on `(NYSE ticker: AAPL)` rewrites only the exchange, and the note then reads Nasdaq', async () => {
    const text = 'Apple (NYSE ticker: AAPL) rose.\n';
    const findings = (await lintNote(text, { today, quotes: fixtureQuotes(), only: ['exchange-mismatch'] })).filter((finding) => finding.ruleId === 'exchange-mismatch');
    assert.equal(findings.length, 1);
    assert.match(findings[0].message, /not NYSE$/);
    const fixed = applyEdits(text, fixAll(findings));
    assert.equal(fixed, 'Apple (NASDAQ ticker: AAPL) rose.\n');
    assert.deepEqual(summary(fixed), ['AAPL@NASDAQ/label']);
  });

  it('exchange-mismatch on a table cell’s RIC rewrites its suffix', async () => {
    const text = '| Symbol | Last |\n|---|---|\n| AAPL.N | 272.41 |\n';
    const findings = (await lintNote(text, { today, quotes: fixtureQuotes(), only: ['exchange-mismatch'] })).filter((finding) => finding.ruleId === 'exchange-mismatch');
    assert.equal(findings.length, 1);
    assert.equal(applyEdits(text, fixAll(findings)), '| Symbol | Last |\n|---|---|\n| AAPL.O | 272.41 |\n');
  });
});

describe('third audit of real copy: forms many outlets use', () => {
  check([
    ['two venues after a semicolon', 'Northgold Mining (TSX: NGM; NYSE: NGMX) raised output.', ['NGM@TSX/exchange', 'NGMX@NYSE/exchange']],
    ['the prefix repeated in a list', 'the conglomerate (NYSE:BRK.A, NYSE:BRK.B) trimmed its stake', ['BRK.A@NYSE/exchange', 'BRK.B@NYSE/exchange']],
    ['two venues after a comma', 'Eagle Mines (NYSE: EGM, TSX: EGM) reported', ['EGM@NYSE/exchange', 'EGM@TSX/exchange']],
    ['venues joined by a slash: the first is read', 'the royalty company (TSX/NYSE: RYLT) declared a dividend', ['RYLT@TSX/exchange']],
    ['a slash for the colon before a lone symbol', 'Orcadia (Nasdaq/ORCD) rose and Brenwick Mining (NYSE/BRNW) fell.', ['ORCD@NASDAQ/exchange', 'BRNW@NYSE/exchange']],
    ['a list of venues before one colon', 'the miner (NYSE, LSE, ASX: BHP) led', ['BHP@NYSE/exchange']],
    ['a venue list wrapped across lines', 'the miner (NYSE, LSE,\nASX: BHP) led', ['BHP@NYSE/exchange']],
    ['a two-word venue in the list', 'the explorer (NYSE American, TSX: UXPL) rose', ['UXPL@NYSEAMERICAN/exchange']],
    ['research-house link text after the symbol', 'Ridgeline Builders Inc. (RDGB - Free Report) and Harbor Dredge Corp. (HRBD - Free Report) gained.', ['RDGB/company', 'HRBD/company']],
    ['a ratings site’s link text after an exchange form', 'Lakeshore Bank ETF (NASDAQ:LKBK – Get Free Report) saw short interest rise; Maple Foods (NYSE:MPLF - Get Free Report) fell.', ['LKBK@NASDAQ/exchange', 'MPLF@NYSE/exchange']],
    ['a time-zone code after a company name is its ticker', 'Medtronic, Inc. (MDT) and BlackRock Science and Technology Trust (BST) rose.', ['MDT/company', 'BST/company']],
  ]);
  check([
    ['a stock exchange’s initials', 'the Tel Aviv Stock Exchange (TASE) and the Johannesburg Stock Exchange (JSE) approved', []],
    ['a futures exchange’s initials', 'the Chicago Mercantile Exchange (CME) raised margins', []],
    ['time zones after times, dates and names of times', 'at 6:00 PM (EST), on Nov 20, 2026 (UTC), in Coordinated Universal Time (UTC), after the close (MDT)', []],
    ['venues in prose, not in parentheses', 'It lists in Toronto and New York: TSX, NYSE: both approved.', []],
    ['a dash followed by other words', 'Apple (AAPL - see the note) and the committee (FOMC - Free Report)', []],
    ['a semicolon followed by prose', 'the bank (Nasdaq: BNKX; see the note below) fell', []],
    ['two venues joined by a slash, no symbol', 'It trades on both (NYSE/Nasdaq) and in Sydney (S&P/ASX 200).', []],
    ['a slash before capitals that do not close the parenthesis', 'the bank (NYSE/ORCD and more) fell', []],
  ]);

  it('a company named "Exchange" keeps its ticker', () => {
    assert.deepEqual(summary('Intercontinental Exchange (ICE) owns the NYSE.'), ['ICE/company']);
  });
});

describe('the new readers stay linear on hostile notes', () => {
  it('symbol cells with a link opener or no colon: each cell read without searching past it', () => {
    // Cells `[AB` and `KO` one after another, with no `](` or `:` anywhere after them.
    const cells = (count: number) => '[AB KO '.repeat(count);
    const readAll = (text: string) => {
      for (let at = 0; at < text.length; at += 7) {
        readSymbolCell(text, at, at + 3, undefined);
        readSymbolCell(text, at + 4, at + 6, undefined);
      }
    };
    assertLinear(cells, readAll, 2_000);
  });

  it('symbols followed by a dash and no closing parenthesis', () => {
    assertLinear((size) => 'Acme (ACME - Free Report '.repeat(size), (text) => findTickerMentions(text), 500);
  });

  it('label words each followed by a capital, and long runs of venues before a colon', () => {
    assertLinear((size) => 'under the ticker symbol "ABC and '.repeat(size), (text) => findTickerMentions(text), 500);
    assertLinear((size) => `(${'TSX, NYSE/'.repeat(size)}LSE: KO)`, (text) => findTickerMentions(text), 500);
  });

  it('label words each followed by "for" and capitalised words that never reach "is"', () => {
    assertLinear((size) => 'the ticker for Orcadia Holdings Group '.repeat(size), (text) => findTickerMentions(text), 500);
  });

  it('plural labels each before a long list that never ends', () => {
    assertLinear((size) => 'Tickers: ABC, DEF, '.repeat(size), (text) => findTickerMentions(text), 500);
    assertLinear((size) => `Tickers: ${'ABC, '.repeat(size)}`, (text) => findTickerMentions(text), 500);
  });
});
