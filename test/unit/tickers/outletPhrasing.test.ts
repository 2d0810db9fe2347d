// Ticker mentions as news outlets phrase them around the listing: the sentence's full stop kept inside the
// parenthesis, a venue adjective before the name, symbol-first codes from data pages and the FT. Fixtures are our own
// words, with made-up companies where the symbol does not matter; every look-alike that must stay prose is a named case.

import { strict as assert } from 'node:assert';
import { findTickerMentions } from '../../../src/core/tickers';
import { applyEdits, fixAll, lintNote } from '../../../src/core/lint';
import { fixtureQuotes, today } from '../lint/lintHarness';
import { checkNamed, checkNoMentions, summary } from './mentionSummary';
import { assertLinear } from '../safety/scaling';

describe('a full stop inside the listing parenthesis', () => {
  checkNamed([
    ['on NYSE', 'Traders sold the oil major (NYSE: BP.)', ['BP@NYSE/exchange']],
    ['on Nasdaq, a longer symbol', 'The chip designer closed at a record (NASDAQ: ORCD.)', ['ORCD@NASDAQ/exchange']],
    ['after a share class', 'The conglomerate held steady (NYSE: BRK.B.)', ['BRK.B@NYSE/exchange']],
    ['the last of a list', 'The miner lists twice (TSX: KGQ, NYSE: KGQN.)', ['KGQ@TSX/exchange', 'KGQN@NYSE/exchange']],
    ['in brackets', 'The lender rallied [NYSE: WFQ.]', ['WFQ@NYSE/exchange']],
    ['London’s own dot still reads', 'Aviva plc (LSE: AV.) and (LON: RR.)', ['AV@LSE/exchange', 'RR@LSE/exchange']],
  ]);
  checkNoMentions([
    ['a dot before more words is prose', 'Our coverage (NYSE: KO. See below) continues.'],
    ['a year, a lower-case name', 'Listed since (NYSE: 2019.) and (NYSE: bp.)'],
  ]);

  it('positions: the mention ends at the symbol, the full stop stays the sentence’s', () => {
    const text = 'Traders sold the oil major (NYSE: BP.)';
    const [bp] = findTickerMentions(text);
    assert.equal(text.substr(bp.offset, bp.length), 'NYSE: BP');
  });
});

describe('symbol-first listings and the FT’s venue codes', () => {
  checkNamed([
    ['Tokyo, numbered', 'Kanto Motors (7211:TYO) raised its forecast.', ['7211@TYO/exchange']],
    ['the venue spelled out after the colon', 'Apple (AAPL:NASDAQ) and Coca-Cola (KO: NYSE) both closed higher.', ['AAPL@NASDAQ/exchange', 'KO@NYSE/exchange']],
    ['the FT’s US codes as prefixes', 'Apple (NSQ: AAPL), Coca-Cola (NYQ: KO) and the S&P tracker (PCQ: SPY).', ['AAPL@NASDAQ/exchange', 'KO@NYSE/exchange', 'SPY@NYSEARCA/exchange']],
    ['the FT’s codes glued, symbol first', 'On the screen AAPL:NSQ led while KO:NYQ lagged and UUUU:ASQ was halted.', ['AAPL@NASDAQ/exchange', 'KO@NYSE/exchange', 'UUUU@NYSEAMERICAN/exchange']],
    ['London as the FT and Google write it', 'Vodafone VOD:LSE, and again (VOD:LON), and Google’s LON:VOD.', ['VOD@LSE/exchange', 'VOD@LSE/exchange', 'VOD@LSE/exchange']],
    ['the FT’s codes abroad, after a symbol only', 'Shopify SHOP:TOR, SAP SAP:GER, LVMH MC:PAR and Nestle NESN:VTX.', ['SHOP@TSX/exchange', 'SAP@XETRA/exchange', 'MC@EPA/exchange', 'NESN@SIX/exchange']],
    ['a list of them', 'Two megacaps (AAPL:NSQ, MSFT:NSQ) moved together.', ['AAPL@NASDAQ/exchange', 'MSFT@NASDAQ/exchange']],
    ['a share class, a numbered listing in Hong Kong', 'Berkshire BRK.B:NYQ and Tencent 0700:HKG.', ['BRK.B@NYSE/exchange', '0700@HKEX/exchange']],
  ]);
  checkNoMentions([
    ['times and ratios', 'The call is at 10:30 and the split is 3:1; at 9:TYO nothing.'],
    ['a quarter, a role, a label', 'Q3:TSX was weak; CEO:NYSE is no code; ETF:NYSE neither.'],
    ['a number a letter venue cannot list', 'The figure (2025:NYSE) and (HSBC:HKG) are not listings.'],
    ['a venue code’s word as a prefix', 'The golfer was at (PAR: 72) and (GER: 3) in the table.'],
    ['glued to a path or more text', 'See x/AAPL:NSQ and AAPL:NSQ:extra and AAPL:NSQ.html.'],
    ['inside code and link targets', 'In code `AAPL:NSQ` and a [link](https://markets.example/AAPL:NSQ).'],
    ['a line’s label glued to a venue', 'NOTE:NYSE is closed on Thanksgiving. UPDATE:NASDAQ halts trading. DISCLAIMER:TSX quotes lag.'],
  ]);
  checkNamed([
    ['a label’s word as a listing in a parenthesis, a code glued after a label', 'FiscalNote (NOTE:NYSE) fell. NOTE: AAPL:NSQ led.', ['NOTE@NYSE/exchange', 'AAPL@NASDAQ/exchange']],
  ]);
  checkNoMentions([['a cashtag is its own form', 'Traders bought $AAPL:NSQ-style screens.']], (mention) => mention.endsWith('/exchange'));

  it('a fund whose ticker is the FT’s Arca code stays the fund’s', () => {
    const text = 'The PIMCO California Municipal Income Fund (PCQ) paid out.';
    assert.deepEqual(findTickerMentions(text).map((m) => m.symbol), ['PCQ']);
  });

  it('positions: the mention spans symbol and venue, the symbol just the symbol', () => {
    const text = 'Kanto Motors (7211:TYO) and AAPL:NSQ.';
    const [kanto, apple] = findTickerMentions(text);
    assert.equal(text.substr(kanto.offset, kanto.length), '7211:TYO');
    assert.equal(text.substr(apple.offset, apple.length), 'AAPL:NSQ');
    assert.equal(text.substr(apple.symbolOffset, apple.symbolLength), 'AAPL');
  });

  it('exchange-mismatch rewrites the venue after the symbol', async () => {
    const note = 'As of November 20, 2026.\n\nApple (AAPL:NYSE) slipped.\n';
    const findings = await lintNote(note, { today, quotes: fixtureQuotes(), only: ['exchange-mismatch'] });
    assert.deepEqual(findings.map((finding) => note.slice(finding.offset, finding.offset + finding.length)), ['NYSE']);
    assert.equal(applyEdits(note, fixAll(findings)), note.replace('AAPL:NYSE', 'AAPL:NASDAQ'));
  });
});

describe('a venue adjective before the name', () => {
  checkNamed([
    ['Nasdaq', 'Nasdaq-listed Orcadia (ORCD) jumped after the update.', ['ORCD@NASDAQ/company']],
    ['NYSE, with a descriptor between', 'NYSE-listed oil producer Brenwick Energy (BRNW) fell.', ['BRNW@NYSE/company']],
    ['a city that names one market', 'London-listed Halvorsen (HLVN) slipped; Toronto-listed Larchmont (LRCQ) held.', ['HLVN@LSE/company', 'LRCQ@TSX/company']],
    ['a two-word venue', 'NYSE American-listed Tidewell (TDWQ) reported.', ['TDWQ@NYSEAMERICAN/company']],
    ['a benchmark of one market', 'FTSE 100-listed Harwell (HRW) fell, DAX-listed Velmont (VLM) rose and Nikkei 225-listed Kura (7777) slid.', ['HRW@LSE/company', 'VLM@XETRA/company', '7777@TYO/company']],
    ['a venue the symbol cannot be listed on: the ADR’s parenthesis', 'Hong Kong-listed Jadeport (JDPQY) fell.', ['JDPQY/company']],
    ['lower case, in a sentence', 'Investors in nasdaq-listed shares of Orcadia (ORCD) cheered.', ['ORCD@NASDAQ/company']],
  ]);
  checkNamed([
    ['no venue named', 'US-listed Orcadia (ORCD), New York-listed Brenwick (BRNW) and dual-listed Halvorsen (HLVN).', ['ORCD/company', 'BRNW/company', 'HLVN/company']],
    ['a regulator’s list', 'EPA-listed Glyphos (GLYQ) filed.', ['GLYQ/company']],
    ['a benchmark of two markets', 'S&P 500-listed Brenwick (BRNW) and Stoxx-listed Orcadia (ORCD) held.', ['BRNW/company', 'ORCD/company']],
    ['a clause between', 'Nasdaq-listed stocks fell while Orcadia (ORCD) rose.', ['ORCD/company']],
    ['another sentence', 'Nasdaq-listed stocks fell. Brenwick (BRNW) rose.', ['BRNW/company']],
    ['too many words between', 'NYSE-listed names in the small cap space like Brenwick (BRNW) lagged.', ['BRNW/company']],
    ['the parenthesis names its venue', 'NYSE-listed Orcadia (NASDAQ: ORCD) keeps what it says.', ['ORCD@NASDAQ/exchange']],
    ['a quote chip is not only the symbol', 'Nasdaq-listed Orcadia (ORCD +4%) led.', ['ORCD/chip']],
  ]);
});

describe('a possessive share phrase before the symbol', () => {
  checkNamed([
    ['stock', 'Orcadia’s stock (ORCD) gained on the day.', ['ORCD/company']],
    ['shares, after a two-word name', 'Brenwick Energy\'s shares (BRNW) eased.', ['BRNW/company']],
    ['share price', 'Halvorsen’s share price (HLVN) fell for a third week.', ['HLVN/company']],
    ['with a venue adjective', 'Nasdaq-listed Orcadia’s shares (ORCD) rose.', ['ORCD@NASDAQ/company']],
    ['a plural’s possessive', "Halvorsen Holdings' shares (GLNH) fell 2%.", ['GLNH/company']],
    ['a plural’s possessive after the article', 'The Pinecrest Partners’ stock (PCP) rose.', ['PCP/company']],
    ['a one-word plural name mid-sentence', "Traders sold Cummins' stock (CMQ) early.", ['CMQ/company']],
  ]);
  checkNoMentions([
    ['no name owns the shares', 'The group’s common stock (CS) and the company’s shares (CO) were diluted.'],
    ['a measure', 'Its earnings per share (EPS) rose; investors’ shares (IS) were locked up.'],
    ['an organisation’s initials', 'The Federal Reserve’s shares (FRS) and the Fed’s stock (FED) are no listings.'],
    ['stocks, a group', 'Orcadia’s stocks (ORCD) is not how anyone writes it.'],
    ['a plural opening the sentence', "Investors' shares (IS) were locked up. The Shareholders’ stock (SS) votes. Rates rose. Employees' shares (ES) vest."],
    ['a division after a plural’s possessive', "Meta Platforms' Reality Labs (RL) lost money again."],
  ]);
});

describe('a listed symbol echoed bare', () => {
  const intro = 'Orcadia Holdings (NASDAQ: ORCD) and Glenmore Mining (LSE: GLM) reported. ';
  const counted = (mention: string) => mention.endsWith('/bare');
  checkNamed([
    ['the subject of a move', `${intro}ORCD rose 4% on Friday.`, ['ORCD@NASDAQ/exchange', 'GLM@LSE/exchange', 'ORCD@NASDAQ/bare']],
    ['closing a clause', `${intro}Among miners the biggest gain came from GLM.`, ['ORCD@NASDAQ/exchange', 'GLM@LSE/exchange', 'GLM@LSE/bare']],
    ['after a clause’s opener, in emphasis, on a list item', `${intro}Banks fell, while **ORCD** slipped.\n\n- GLM was up 2%\n- and ORCD jumped`, [
      'ORCD@NASDAQ/exchange',
      'GLM@LSE/exchange',
      'ORCD@NASDAQ/bare',
      'GLM@LSE/bare',
      'ORCD@NASDAQ/bare',
    ]],
    ['a Reuters code introduces it too', 'Brenwick (BRNW.N) reported. The laggard was BRNW; BRNW fell 3%.', ['BRNW@NYSE/ric', 'BRNW@NYSE/bare', 'BRNW@NYSE/bare']],
    ['the subject of where it trades', `${intro}At about $170, ORCD trades at 31 times earnings. Over the year ORCD has traded between $88 and $208, and GLM last traded at 412p.`, [
      'ORCD@NASDAQ/exchange',
      'GLM@LSE/exchange',
      'ORCD@NASDAQ/bare',
      'GLM@LSE/bare',
    ]],
    ['the subject of where it closed', `${intro}ORCD ended at $171.25, and GLM closed the session near 410p. ORCD closed higher.`, [
      'ORCD@NASDAQ/exchange',
      'GLM@LSE/exchange',
      'ORCD@NASDAQ/bare',
      'GLM@LSE/bare',
      'ORCD@NASDAQ/bare',
    ]],
    ['the owner of a move\'s size', `${intro}ORCD's 18% year-to-date gain trails the group; GLM’s −4% month was its worst. ORCD's board met.`, [
      'ORCD@NASDAQ/exchange',
      'GLM@LSE/exchange',
      'ORCD@NASDAQ/bare',
      'GLM@LSE/bare',
    ]],
    ['a pair of listed symbols across a slash', 'Small caps (NYSEARCA: IWM) against the Nasdaq 100 (NASDAQ: QQQ): the IWM/QQQ ratio rose to 0.404.', [
      'IWM@NYSEARCA/exchange',
      'QQQ@NASDAQ/exchange',
      'IWM@NYSEARCA/bare',
      'QQQ@NASDAQ/bare',
    ]],
    ['a venue adjective introduces it too', 'Nasdaq-listed Orcadia (ORCD) jumped. ORCD eased later; Later ORCD is no clause’s start.', ['ORCD@NASDAQ/company', 'ORCD@NASDAQ/bare']],
    [
      'a company parenthesis introduces a move\'s subject, as stock screens write it',
      'Energy Fuels (UUUU) is a uranium miner. So far this year, UUUU has gained about 48%, and UUUU rose 2% on Friday.',
      ['UUUU/company', 'UUUU/bare', 'UUUU/bare'],
    ],
    // A desk's chip line writes the signed move right after the symbol.
    ['the subject of a signed move, as a chip line writes it', `${intro}\n\nORCD +2.4% today\n\n- GLM −0.8% this week`, [
      'ORCD@NASDAQ/exchange',
      'GLM@LSE/exchange',
      'ORCD@NASDAQ/bare',
      'GLM@LSE/bare',
    ]],
    ['a later listing gives the echo its venue', 'Orcadia (ORCD) reported, and Orcadia (NASDAQ: ORCD) fell. ORCD has lost 9% this year.', ['ORCD/company', 'ORCD@NASDAQ/exchange', 'ORCD@NASDAQ/bare']],
  ]);
  checkNoMentions(
    [
      ['introduced by a cashtag alone', 'Glenmore ($GLM) reported. GLM rose 4%; the gain came from GLM.'],
      // A company's parenthesis introduces a move's subject only.
      ['introduced by a company parenthesis: at a clause\'s end, in a group\'s parenthesis, in a pair', 'Orcadia (ORCD) reported. The gain came from ORCD; miners (ORCD) and the ORCD/QQQ pair.'],
      ['before the listing', 'ORCD rose 4%. Orcadia Holdings (NASDAQ: ORCD) reported.'],
      // A figure with no sign, or a year, after the symbol is no move of it.
      ['a figure or year after it, unsigned', `${intro}ORCD 2026 +2.4% and ORCD 2.4% are no moves.`],
      ['neither subject of a move nor closing a clause', `${intro}ORCD results beat; Apple ORCD rose; the ORCD.`],
      ['a slash with an unlisted side, a path, a URL or code', 'Small caps (NYSEARCA: IWM) and (NASDAQ: QQQ) led. IWM/GDP and GDP/QQQ, x/IWM, https://example.test/IWM/QQQ and `IWM/QQQ`.'],
      [
        'code after a code block, in a later run of lines',
        'Orcadia Holdings (NASDAQ: ORCD) reported. Run `note; ORCD rose` here.\n\n```\ncode\n```\n\nLater text with `x` in code.',
      ],
      ['trading that is no price', `${intro}ORCD trading volume doubled; ORCD traded hands often. Funds ORCD trades at will.`],
      ['a word of other capitals', `${intro}ORCDX rose and XORCD fell; ORCD-listed paper and $ORCD rose.`],
      ['code, link text, link target', `${intro}\`ORCD rose\`, [ORCD rose](https://example.test/ORCD) and [see](https://example.test/x "ORCD rose").`],
      ['a heading', `${intro}\n\n## ORCD rose on the day`],
      ['a table cell', `${intro}\n\n| Name | Note |\n|---|---|\n| Orcadia | ORCD rose |`],
      ['a usual abbreviation listed as a ticker', 'C3 (NYSE: AI) reported. AI rose across the board; spending went to AI.'],
      ['a time zone or a trade listed as a ticker', 'Energy Transfer (NYSE: ET) and Gartner (NYSE: IT) report at noon ET. Budgets moved to IT; ET rose.'],
    ],
    counted,
  );
});

describe('listed echoes stay linear on hostile notes', () => {
  it('one long line of echoes, without brackets or markers', () => {
    assertLinear((size) => 'Orcadia (NASDAQ: ORCD) reported. ' + 'x came from ORCD, and ORCD rose '.repeat(size), (text) => findTickerMentions(text), 500);
  });
  it('an unclosed bracket before many candidates', () => {
    assertLinear((size) => 'Orcadia (NASDAQ: ORCD) reported. [' + 'gains from ORCD; '.repeat(size), (text) => findTickerMentions(text), 500);
  });
});

describe('a group of stocks in lower case before its fund', () => {
  checkNamed([
    ['a known fund after a group', 'Regional banks (KRE) lagged while chip stocks (SMH) and small caps (IWM) rallied.', ['KRE/company', 'SMH/company', 'IWM/company']],
    ['a one-word group', 'Homebuilders (XHB) and gold miners (GDX) both slid.', ['XHB/company', 'GDX/company']],
    ['a symbol the note lists elsewhere', 'Worst was the miner (GLMQ), before Glenmore Mining (LSE: GLMQ) reported.', ['GLMQ@LSE/bare', 'GLMQ@LSE/exchange']],
  ]);
  checkNoMentions([
    ['a measure, an unknown symbol', 'Same-store sales (SSS) rose and the segment (XYZQ) grew.'],
    ['a fund symbol that is a word', 'Demand for private jets (JETS) and a light tan (TAN) rose.'],
    ['a small word before', 'Money rotated to the (KRE) and of (IWM) funds.'],
  ]);
  checkNoMentions([['a listed symbol after a small word', 'Glenmore (LSE: GLMQ) drilled; more in (GLMQ) and `(GLMQ)`.']], (mention) => mention.endsWith('/bare'));

  it('the company-parenthesis setting turns the known funds off too', () => {
    assert.deepEqual(findTickerMentions('Regional banks (KRE) lagged.', undefined, { companyParentheses: false }), []);
  });
});

describe('a symbol before its company’s name', () => {
  checkNamed([
    ['a heading', '### BRNW (Brenwick Energy)', ['BRNW/company']],
    ['a list item, the symbol in bold', '- **HLVN** (Halvorsen Holdings plc): up 3% on the buyback.', ['HLVN/company']],
    ['running text', 'NVDA (Nvidia) led the group while MSFT (Microsoft) lagged.', ['NVDA/company', 'MSFT/company']],
    ['a name with joining words, a share class', 'BKWL (Bankwell Trust & Co.) and BRK.B (Berkshire Hathaway) rose.', ['BKWL/company', 'BRK.B/company']],
  ]);
  checkNoMentions([
    ['an abbreviation spelled out', 'GDP (Gross Domestic Product) rose, QT (Quantitative Tightening) ended and the EU (European Union) met.'],
    ['letters not taken from the name', 'CEO (Jane Doe) said; ROE (Return on Equity) and TSMC (Taiwan Semiconductor) rose.'],
    ['coins, places, words written twice', 'BTC (Bitcoin) fell; TX (Texas) and CA (California) plants; GOLD (Gold) and BRENT (Brent) rose.'],
    ['a usual abbreviation, an index, a venue', 'The FED (Federal Reserve) and the VIX (Vix Futures) and NYSE (Nyse Group) moved.'],
    ['a name in capitals or with lower-case words', 'CHIPS (CHIPS Act) passed and CAD (Canadian dollar) rose.'],
    ['a word cut short', 'SEPT (September) and MON (Monday) data; TECH (Technology) and FIN (Financials) led; LIVE (Livestream) coverage.'],
  ]);
  checkNoMentions([['glued before the symbol: the cashtag is its own form', 'The $ORCD (Orcadia) tag and x-ORCD (Orcadia) link.']], (mention) => mention.endsWith('/company'));

  it('the company-parenthesis setting turns it off', () => {
    assert.deepEqual(summary('NVDA (Nvidia) led.', { companyParentheses: false }), []);
  });

  it('stays linear on runs of emphasis and names that never close', () => {
    assertLinear((size) => `ORCD${'*'.repeat(size)} (Orcadia`, (text) => findTickerMentions(text), 2_000);
    assertLinear((size) => 'ORCD (Orcadia Systems Holdings '.repeat(size), (text) => findTickerMentions(text), 500);
  });
});
