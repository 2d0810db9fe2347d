// The forms news copy writes tickers in (company (TICK), quote chips, RICs, index symbols, loose spacing) and the
// parenthesised abbreviations that must never be read as tickers, each a named case.

import { strict as assert } from 'node:assert';
import { findTickerMentions, LineIndex, type TickerScanOptions } from '../../../src/core/tickers';
import { initialsCover, precedingWord } from '../../../src/core/tickers/abbreviations';
import { applyEdits, fixAll, lintNote } from '../../../src/core/lint';
import { resolveLintConfig } from '../../../src/core/lint/config';
import { parseLintConfig } from '../../../src/core/lint/configFile';
import { fixtureQuotes, today } from '../lint/lintHarness';

function summary(text: string, options?: TickerScanOptions): string[] {
  return findTickerMentions(text, new LineIndex(text), options).map((m) => `${m.symbol}${m.exchange ? `@${m.exchange}` : ''}/${m.form}`);
}

describe('news forms', () => {
  const cases: Array<[string, string[]]> = [
    ['Ford Motor (F) cut its outlook.', ['F/company']],
    ['Advanced Micro Devices (AMD) rose.', ['AMD/company']],
    ['Berkshire Hathaway (BRK.B) and Brown-Forman (BF-B) held.', ['BRK.B/company', 'BF.B/company']],
    ['Palantir Technologies (PLTR) soared.', ['PLTR/company']],
    ['Apple Inc. (AAPL), Alphabet’s (GOOGL) and **Meta Platforms** (META).', ['AAPL/company', 'GOOGL/company', 'META/company']],
    ['[Nvidia](https://example.com/nvda) (NVDA) and AT&T (T).', ['NVDA/company', 'T/company']],
    ['Alphabet (GOOGL, GOOG) has two classes.', ['GOOGL/company', 'GOOG/company']],
    // Research sites give each class its own parenthesis, the second right after the first: the name names both.
    ['Alphabet Inc. (GOOG) (GOOGL) and Halden Mills (HDM.A)(HDM.B) reported.', ['GOOG/company', 'GOOGL/company', 'HDM.A/company', 'HDM.B/company']],
    // Not a rating, a note or another symbol after a ticker, nor a parenthesis after words.
    ['Orcadia Systems (ORCD) (NR), Brenwick (BRNW) (OW) and Halden (HDM) (ET) rose; Halden (HDM) rose (HDMX).', ['ORCD/company', 'BRNW/company', 'HDM/company', 'HDM/company']],
    ['Banks led (XLF 0.42%) while the Dow slipped (^DJI -0.31%).', ['XLF/chip', 'DJI@INDEX/chip']],
    ['Coca-Cola (KO, +1.1%) and Palantir (PLTR +12.50%); Tesla (TSLA −2.3%).', ['KO/chip', 'PLTR/chip', 'TSLA/chip']],
    ['Coca-Cola (NYSE: $KO) and Meta (NASDAQ: $META).', ['KO@NYSE/exchange', 'META@NASDAQ/exchange']],
    ['Coca-Cola (KO.N), Meta (META.O), Cisco (CSCO.OQ), Vodafone (VOD.L), Royal Bank (RY.TO).', ['KO@NYSE/ric', 'META@NASDAQ/ric', 'CSCO@NASDAQ/ric', 'VOD@LSE/ric', 'RY@TSX/ric']],
    ['Berkshire (BRKb.N) in Reuters style.', ['BRK.B@NYSE/ric']],
    ['Share classes stay classes: Berkshire (BRK.A) and (BRK.B).', ['BRK.A/company']],
    ['A quote’s price after a blank, its change maybe after it: Brenwick (BRNW $48.10, +1.2%) and Orcadia (ORCD $12.30).', ['BRNW/company', 'ORCD/company']],
    ['A figure that is no price stays prose: the target (TGT $1.2 trillion) and the measure (EPS $1.20).', []],
    ['A venue we do not map, OMV (OMV.VI), is left alone.', []],
    ['Yahoo writes ^DJI and ^IXIC in prose.', ['DJI@INDEX/index', 'IXIC@INDEX/index']],
    ['The Dow Jones Industrial Average (DJI) and the Nasdaq 100 (NDX); the S&P 500 (.SPX).', ['DJI@INDEX/index', 'NDX@INDEX/index', 'SPX@INDEX/index']],
    ['Hyphenated index names: the NASDAQ-100 (NDX) and the Russell-2000 (RUT); Nasdaq Inc (NDAQ) is the company.', ['NDX@INDEX/index', 'RUT@INDEX/index', 'NDAQ/company']],
    ['The fear gauge by its publisher: Cboe VIX (VIX) jumped and the VIX (VIX) held; Cboe Global Markets (CBOE) is the company.', ['VIX@INDEX/index', 'VIX@INDEX/index', 'CBOE/company']],
    ['An index’s publisher or venue after its name: the VIX (CBOE) jumped, the S&P 500 (NYSE) fell and the Russell 2000 (CBOE) held; Cboe Global Markets (CBOE) and Ryvex Index Partners (RYVX) rose.', ['CBOE/company', 'RYVX/company']],
    ['An index code as a listing after a company: Trump Media & Technology Group (DJT) and Compass (COMP) rose.', ['DJT/company', 'COMP/company']],
    ["Other markets' benchmarks by their vendors' codes: the Hang Seng (HSI) fell, the FTSE 100 (UKX) slipped, Japan's Nikkei 225 (N225) and the DAX (DAX) rose.", []],
    ['A company named after a benchmark is a company: Hang Seng Bank (HSNGY) and DAX Systems (DAXS) rose.', ['HSNGY/company', 'DAXS/company']],
    ["A data site's tag after a legal name: Aeon Zentar Inc. (USA), Orcadia Holdings Ltd (ADR) and Brenwick plc (UK) rose; Healthcare Realty Trust Inc. (HR) fell.", ['HR/company']],
    ['Loose spacing: Financial Select Sector SPDR ( XLF ), Coke (NYSE : KO), Meta (Nasdaq: META).', ['XLF/company', 'KO@NYSE/exchange', 'META@NASDAQ/exchange']],
    ['Inside code `Apple (AAPL)` and a comment <!-- Ford (F) --> nothing.', []],
  ];
  for (const [text, expected] of cases) {
    it(JSON.stringify(text), () => assert.deepEqual(summary(text), expected));
  }

  it('positions: the symbol of a RIC is its root, a chip spans its change', () => {
    const text = 'Coca-Cola (KO.N) and banks (XLF 0.42%)';
    const [coke, banks] = findTickerMentions(text);
    assert.equal(text.substr(coke.offset, coke.length), 'KO.N');
    assert.equal(text.substr(coke.symbolOffset, coke.symbolLength), 'KO');
    assert.equal(text.substr(banks.offset, banks.length), 'XLF 0.42%');
    assert.deepEqual([coke.line, coke.column, banks.column], [1, 12, 29]);
  });
});

describe('never tickers: parenthesised abbreviations', () => {
  const cases: Array<[string, string]> = [
    ['FOMC', 'minutes of the Federal Open Market Committee (FOMC) showed'],
    ['EPS', 'earnings per share (EPS) of $1.20'],
    ['SSS', 'same-store sales (SSS) rose 4%'],
    ['SEC', 'the Securities and Exchange Commission (SEC) said'],
    ['BLS', 'the Bureau of Labor Statistics (BLS) reported'],
    ['NAR', 'the National Association of Realtors (NAR) said'],
    ['EPA', 'the Environmental Protection Agency (EPA) ruled'],
    ['DOL', 'the Labor Department (DOL) said'],
    ['ISM', 'the Institute for Supply Management (ISM) index'],
    ['CEA', 'the Council of Economic Advisers (CEA) chair'],
    ['FRB', 'the Federal Reserve Board (FRB) approved'],
    ['IMF', 'the International Monetary Fund (IMF) cut'],
    ['OCC', 'the Office of the Comptroller of the Currency (OCC) fined'],
    ['CFPB', 'the Consumer Financial Protection Bureau (CFPB) sued'],
    ['FDIC', 'the Federal Deposit Insurance Corporation (FDIC) seized'],
    ['ECB', 'the European Central Bank (ECB) held rates'],
    ['AI', 'spending on artificial intelligence (AI) grew'],
    ['CEO', 'its Chief Executive Officer (CEO) left'],
    ['ETF', 'an exchange-traded fund (ETF) tracking it'],
    ['IPO', 'its initial public offering (IPO) priced'],
    ['GDP', 'Gross Domestic Product (GDP) grew'],
    ['EV', 'Electric Vehicle (EV) sales'],
    ['UK', 'the United Kingdom (UK) economy'],
    ['USD', 'the US dollar (USD) rose'],
    ['Q4', 'the Fourth Quarter (Q4) results'],
    ['P/E', 'a Price-to-Earnings (P/E) of 30'],
    ['YoY', 'Revenue grew 12% Year over Year (YoY)'],
    ['CPI', 'the Consumer Price Index (CPI) rose'],
    ['ROE', 'Return on Equity (ROE) of 20%'],
    ['NYSE', 'the New York Stock Exchange (NYSE) opened'],
    ['E', 'Revenue (E) for next year'],
    ['B', 'Series (B) preferred'],
    ['GDP chip', 'Gross Domestic Product (GDP +2.1%) beat'],
    ['UTC', 'the index closed at 4,512 on Nov 20, 2026 (UTC)'],
    ['EST', 'futures opened at 6:00 PM (EST) Sunday'],
  ];
  for (const [name, text] of cases) {
    it(`${name}: ${JSON.stringify(text)}`, () => assert.deepEqual(summary(text), []));
  }

  it('initials allow skipped small words, hyphen parts and multi-letter initials', () => {
    const words = (text: string) => text.split(' ').map((word) => precedingWord(word)!);
    assert.equal(initialsCover('bls', words('Bureau of Labor Statistics')), 0);
    assert.equal(initialsCover('boj', words('the Bank of Japan')), 1);
    assert.equal(initialsCover('oecd', words('Organisation for Economic Co-operation and Development')), 0);
    assert.equal(initialsCover('usda', words('U.S. Department of Agriculture')), 0);
    assert.equal(initialsCover('unp', words('Union Pacific')), 0);
    assert.equal(initialsCover('meta', words('Meta Platforms')), undefined);
    assert.equal(initialsCover('jpm', words('JPMorgan')), undefined);
  });
});

describe('scan options', () => {
  it('companyParentheses: false turns the company form off, not the others', () => {
    assert.deepEqual(summary('Ford Motor (F), Coke (KO.N), banks (XLF 0.42%)', { companyParentheses: false }), ['KO@NYSE/ric', 'XLF/chip']);
  });
  it('ignoreAbbreviations adds to the built-in list, in any case', () => {
    assert.deepEqual(summary('Acme Widgets (AWX) and Net Interest Spread (NIS)', { ignoreAbbreviations: ['nis'] }), ['AWX/company']);
  });
  it('.market-notes.json tickers settings are read, checked and layered', () => {
    const { settings, problems } = parseLintConfig('{ "tickers": { "companyParentheses": false, "ignoreAbbreviations": ["NIS"], "other": 1 } }');
    assert.deepEqual(problems.map((problem) => problem.message), ['unknown setting "tickers.other" (known: companyParentheses, ignoreAbbreviations)']);
    const config = resolveLintConfig({ tickers: { companyParentheses: true, ignoreAbbreviations: ['ARR2'] } }, settings);
    assert.deepEqual(config.tickers, { companyParentheses: false, ignoreAbbreviations: ['ARR2', 'NIS'] });
    assert.deepEqual(parseLintConfig('{ "tickers": { "ignoreAbbreviations": "NIS" } }').problems.map((problem) => problem.message), ['tickers.ignoreAbbreviations must be an array of strings']);
  });
});

describe('lint on the news forms', () => {
  it('an unknown company (TICK) is dropped silently; unknown exchange and RIC forms are still reported', async () => {
    const note = 'As of November 20, 2026.\n\nAcme Widgets (AWX) and Apple (AAPL); (NASDAQ: ZZZQ) and Zeta (ZZZR.O).\n';
    const findings = await lintNote(note, { today, quotes: fixtureQuotes(), only: ['unknown-symbol'] });
    assert.deepEqual(
      findings.map((finding) => note.slice(finding.offset, finding.offset + finding.length)),
      ['ZZZQ', 'ZZZR'],
    );
  });
  it('exchange-mismatch on a RIC whose suffix names the wrong venue', async () => {
    const note = 'As of November 20, 2026.\n\nApple (AAPL.N) and Microsoft (MSFT.O).\n';
    const findings = await lintNote(note, { today, quotes: fixtureQuotes(), only: ['exchange-mismatch'] });
    assert.deepEqual(findings.map((finding) => `${note.slice(finding.offset, finding.offset + finding.length)}: ${finding.message}`), ['AAPL.N: AAPL trades on Nasdaq (snapshot), not NYSE']);
  });
  it("exchange-mismatch's fix rewrites a RIC's venue suffix, and the note then reads the right venue", async () => {
    const note = 'As of November 20, 2026.\n\nApple (AAPL.N), Berkshire (BRKb.O) and the tracker (IWM.OQ).\n';
    const findings = await lintNote(note, { today, quotes: fixtureQuotes(), only: ['exchange-mismatch'] });
    assert.deepEqual(
      findings.map((finding) => finding.fixes?.map((fix) => fix.title)),
      [['Change the RIC suffix to .O'], ['Change the RIC suffix to .N'], ['Change the RIC suffix to .P']],
    );
    const fixed = applyEdits(note, fixAll(findings));
    assert.equal(fixed, 'As of November 20, 2026.\n\nApple (AAPL.O), Berkshire (BRKb.N) and the tracker (IWM.P).\n');
    assert.deepEqual(summary(fixed), ['AAPL@NASDAQ/ric', 'BRK.B@NYSE/ric', 'IWM@NYSEARCA/ric']);
    assert.deepEqual(await lintNote(fixed, { today, quotes: fixtureQuotes(), only: ['exchange-mismatch'] }), []);
  });
  it('the configuration reaches the scan: companyParentheses off', async () => {
    const note = 'As of November 20, 2026.\n\nAcme (ZZZC) and Zeta (ZZZR.O).\n';
    const config = resolveLintConfig({ tickers: { companyParentheses: false } });
    const findings = await lintNote(note, { today, quotes: fixtureQuotes(), only: ['unknown-symbol'], config });
    assert.deepEqual(findings.map((finding) => note.slice(finding.offset, finding.offset + finding.length)), ['ZZZR']);
  });
});
