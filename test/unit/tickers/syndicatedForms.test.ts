// Ticker styles of syndicated and outlet copy that name the venue without a parenthesised prefix: the ratings
// network's `NASDAQ ORCH opened at $112.82` and `TSE: SBK shares dropped`, the Globe and Mail's venue letter
// `(L-T)`, Kiplinger's price beside the symbol `(JHC, $135.35)`, Google Finance's index prefixes `(INDEXSP:.INX)` as
// the Investing News Network writes them. Fixtures are our own words and invented companies; every look-alike that must stay prose is a named case.

import { strict as assert } from 'node:assert';
import { findTickerMentions } from '../../../src/core/tickers';
import { applyEdits, fixAll, lintNote } from '../../../src/core/lint';
import { findStatedPrices } from '../../../src/core/lint/statedPrices';
import { fixtureQuotes, today } from '../lint/lintHarness';
import { checkNamed as check, summary } from './mentionSummary';
import { assertLinear } from '../safety/scaling';
import { yahooSymbol } from '../../../src/core/quotes/providers/providerSymbols';

describe('a venue word before its symbol, in running text', () => {
  check([
    ['a space, then an opening price', 'NASDAQ ORCH opened at $112.82 on Monday.', ['ORCH@NASDAQ/exchange']],
    ['after "shares of", then a move', 'Shares of NYSE BHLX traded down $0.28 during the session.', ['BHLX@NYSE/exchange']],
    ['then "shares"', 'NYSE KQO shares rose 2% after the report.', ['KQO@NYSE/exchange']],
    ['Toronto, with a Canadian price', 'Shares of TSE RYQ traded down C$0.19 at midday.', ['RYQ@TSX/exchange']],
    ['a spaced colon outside parentheses', 'Stonebridge Bank Co. (NYSE:SBQ - Get Free Report) TSE: SBQ shares dropped 5.1% on Thursday.', ['SBQ@NYSE/exchange', 'SBQ@TSX/exchange']],
    ['a spaced colon at the end of a sentence', 'The lender trades as NYSE: KQO.', ['KQO@NYSE/exchange']],
    ['a share class', 'NYSE BRK.B opened at $480.10.', ['BRK.B@NYSE/exchange']],
    ['an ETF venue', 'NYSEARCA IWQ closed at $242.05.', ['IWQ@NYSEARCA/exchange']],
  ]);

  it('positions: the mention spans venue and symbol, the symbol just the symbol', () => {
    const text = 'Shares of NASDAQ ORCH opened at $112.82, and TSE: SBQ shares dropped.';
    const [orchard, stonebridge] = findTickerMentions(text);
    assert.equal(text.substr(orchard.offset, orchard.length), 'NASDAQ ORCH');
    assert.equal(text.substr(orchard.symbolOffset, orchard.symbolLength), 'ORCH');
    assert.equal(text.substr(stonebridge.offset, stonebridge.length), 'TSE: SBQ');
    assert.equal(text.substr(stonebridge.symbolOffset, stonebridge.symbolLength), 'SBQ');
  });
});

describe('a venue word before other capitals stays prose', () => {
  check([
    ['a usual abbreviation', 'The NYSE IPO market reopened, and the NASDAQ CEO rang the bell.', []],
    ['an index with a plus', 'The NYSE FANG+ index rose 2%.', []],
    ['a longer venue name', 'It moved to the NYSE ARCA exchange; NYSE MKT shares were halted; OTC QB traded.', []],
    ['a company named after the venue', 'NASDAQ OMX Group closed its Nordic deal.', []],
    ['no market word after it', 'The NYSE TAQ data arrived late, and NASDAQ TOTALVIEW is costly.', []],
    ['an all-capitals headline', 'NYSE HALTS TRADING IN ACME', []],
    ['the venue in lower case or title case', 'Nasdaq ORCH opened at $112.82, and nyse KO rose.', []],
    ['glued to a longer word or path', 'XNYSE KO rose; data/NYSE KO shares rose.', []],
    ['an index code after a venue', 'CBOE VIX rose 10%, and NYSE SPX shares fell.', []],
    ['a spaced colon before a capitalised word', 'NYSE: The Big Board closed early.', []],
    ['a spaced colon before prose', 'NASDAQ: ABC and more.', []],
    ['in code', 'Type `NASDAQ ORCH opened` to test.', []],
    ['a second venue or market after the first', 'LSE AIM shares slipped 1%, TSX NEX shares rose and NYSE CBOE shares fell.', []],
    ['the venue’s operator or its index', 'NASDAQ OMX shares rose 2%, and the TSE TOPIX closed higher as TSE JASDAQ fell.', []],
  ]);

  it('a parenthesis keeps its own rule: a lower-case word in it makes it prose', () => {
    assert.deepEqual(findTickerMentions('Acme (NYSE: KQO shares rose) and (NASDAQ ORCH opened higher).'), []);
  });
});

describe('lint on the venue-word form', () => {
  it("exchange-mismatch's fix rewrites the venue word", async () => {
    const note = 'As of November 20, 2026.\n\nShares of NYSE AAPL opened at $268.00.\n';
    const findings = await lintNote(note, { today, quotes: fixtureQuotes(), only: ['exchange-mismatch'] });
    assert.deepEqual(findings.map((finding) => finding.fixes?.map((fix) => fix.title)), [['Change the prefix to NASDAQ']]);
    assert.equal(applyEdits(note, fixAll(findings)), 'As of November 20, 2026.\n\nShares of NASDAQ AAPL opened at $268.00.\n');
  });
});

describe('the Globe and Mail’s venue letter after the symbol', () => {
  check([
    ['Toronto, one letter', 'Maple Grocers Ltd. (L-T) lifted its outlook.', ['L@TSX/ric']],
    ['New York and Nasdaq', 'Nordfon (NRF-N) and Rivermotion Ltd. (RVMN-O) led, and Pinecone Software (PNS-Q) lagged.', ['NRF@NYSE/ric', 'RVMN@NASDAQ/ric', 'PNS@NASDAQ/ric']],
    ['TSX Venture', 'Vermilion Rock Mining (VRM-X) drilled.', ['VRM@TSXV/ric']],
    ['a unit or class before the venue', 'Prairie Office REIT (PRO-UN-T) and Larch Tire (LTC-A-T) rose; Bergen Holdings (BRK-B-N) fell.', ['PRO.UN@TSX/ric', 'LTC.A@TSX/ric', 'BRK.B@NYSE/ric']],
    ['a list of codes', 'Northern Rail and Coastal Pacific (CNQ-T, CPQ-T) diverged.', ['CNQ@TSX/ric', 'CPQ@TSX/ric']],
    ['a share class with a dash is still a class', 'Brown Distillers (BF-B) and Heico Air (HEI-A) rose.', ['BF.B/company', 'HEI.A/company']],
  ]);

  it('positions: the symbol is the root (and class), the mention the whole code', () => {
    const text = 'Prairie Office REIT (PRO-UN-T) rose.';
    const [prairie] = findTickerMentions(text);
    assert.equal(text.substr(prairie.offset, prairie.length), 'PRO-UN-T');
    assert.equal(text.substr(prairie.symbolOffset, prairie.symbolLength), 'PRO-UN');
  });
});

describe('dashed codes that are not the Globe’s stay prose', () => {
  check([
    ['a filing form after lower-case words', 'the fund files its holdings on form (N-Q) each quarter', []],
    ['a usual abbreviation before the letter', 'The chief executive (CEO-T) spoke.', []],
    ['a venue code we do not map (CSE, NEO)', 'Arbor Cannabis (ARB-CN) and Maple Yield (MYL-NE) listed.', []],
    ['digits and words', 'The vaccine (COVID-19), the rating (PG-13) and the carrier (T-Mobile) were discussed.', []],
    ['more than the code in the parenthesis', 'Maple Grocers (L-T, up 2%) and Nordfon (NRF-N shares) rose.', []],
    ['letters that spell the capitalised words before', 'Its Chimeric Antigen Receptor T-Cell (CAR-T) program and a General Purpose Input-Output (I-O) board.', []],
    ['a cell therapy’s name after other words', 'The Engineered T Cell Receptor (TCR-T) and Autologous Lymphoma (CAR-T) programs advanced.', []],
  ]);

  it('a company whose symbol is its initials keeps its code', () => {
    assert.deepEqual(summary('Canadian National Railway (CNR-T) and Toronto Dominion Bank (TD-N) rose.'), ['CNR@TSX/ric', 'TD@NYSE/ric']);
  });
});

describe('lint on the Globe’s venue letter', () => {
  it("exchange-mismatch's fix rewrites the letter the Globe's way", async () => {
    const note = 'As of November 20, 2026.\n\nApple Inc. (AAPL-N) rose.\n';
    const findings = await lintNote(note, { today, quotes: fixtureQuotes(), only: ['exchange-mismatch'] });
    assert.deepEqual(findings.map((finding) => finding.fixes?.map((fix) => fix.title)), [['Change the venue letter to -Q']]);
    assert.equal(applyEdits(note, fixAll(findings)), 'As of November 20, 2026.\n\nApple Inc. (AAPL-Q) rose.\n');
  });
});

describe('Kiplinger’s price beside the symbol', () => {
  check([
    ['a price after the symbol', 'Juniper Health & Co. (JHC, $135.35) has raised its payout for 40 years.', ['JHC/company']],
    ['prices with thousands and no cents', 'Bayfront Utilities (BFQ, $1,042) yields 4.2%, and Coastal Pipelines (CPQ, $18) yields 7%.', ['BFQ/company', 'CPQ/company']],
    ['a Canadian price', 'Larch Metals (LRQ, C$42.10) drilled.', ['LRQ/company']],
  ]);

  it('the price is the one the note states for the symbol', () => {
    const text = 'As of November 20, 2026.\n\nJuniper Health & Co. (JHC, $135.35) has raised its payout.\n';
    assert.deepEqual(findStatedPrices(text, findTickerMentions(text)).map((price) => `${price.symbol} ${text.substr(price.offset, price.length)}`), ['JHC $135.35']);
  });
});

describe('a symbol-shaped word and a figure that are not a price chip', () => {
  check([
    ['a usual abbreviation and its figure', 'Earnings per share (EPS, $1.20) beat, and the fee (USD, $100) was waived.', []],
    ['an amount, not a price', 'Harbor Markets (HRBQ, $4.1 billion in assets) grew.', []],
    ['two symbols and a price', 'The pair (ABQ, CDQ, $12.50) traded.', []],
    ['initials of an organisation', 'the Federal Deposit Insurance Corporation (FDIC, $250,000 per account)', []],
    ['a product’s model code and its price', 'The Trailpace Runner (TR265, $449) and the Vista Phone (VP15X, $799) made the list.', []],
    ['a metal’s currency code and its price', 'Gold (XAU, $2,350.10) and Silver (XAG, $28.40) and Platinum (XPT, $990) rose.', []],
  ]);

  it('a model code or a metal after a name stays prose without a price too', () => {
    assert.deepEqual(summary('The Skyliner Jet (SJ320) and Carbon Dioxide (CO2) and Palladium (XPD) were discussed.'), []);
  });
});

describe('Google Finance’s index prefixes', () => {
  check([
    ['a dotted index after the prefix', 'The S&P 500 (INDEXSP:.INX) set a record and the Dow (INDEXDJX:.DJI) followed.', ['INX@INDEX/exchange', 'DJI@INDEX/exchange']],
    ['Toronto’s indices', 'The S&P/TSX Venture Composite Index (INDEXTSI:JX) eased while the TSX (INDEXTSI:OSPTX) rose.', ['JX@INDEX/exchange', 'OSPTX@INDEX/exchange']],
    ['spaced, and the volatility index', 'The Nasdaq (INDEXNASDAQ: .IXIC) fell and the VIX (INDEXCBOE:VIX) jumped.', ['IXIC@INDEX/exchange', 'VIX@INDEX/exchange']],
    ['glued in running text', 'Charts of INDEXSP:.INX and INDEXDJX:.DJI are below.', ['INX@INDEX/exchange', 'DJI@INDEX/exchange']],
  ]);

  it('positions: the symbol is the code without its dot', () => {
    const text = 'The S&P 500 (INDEXSP:.INX) rose.';
    const [index] = findTickerMentions(text);
    assert.equal(text.substr(index.offset, index.length), 'INDEXSP:.INX');
    assert.equal(text.substr(index.symbolOffset, index.symbolLength), 'INX');
  });

  it('Google’s S&P 500 code is quoted as the S&P 500', () => {
    assert.equal(yahooSymbol({ symbol: 'INX', exchange: 'INDEX' }), '^GSPC');
    assert.equal(yahooSymbol({ symbol: 'DJI', exchange: 'INDEX' }), '^DJI');
  });
});

describe('a dot after another venue’s prefix is not an index', () => {
  check([
    ['a stock venue, then a dot', 'Acme (NYSE: .KO) and (NASDAQ:.AAPL) and NYSE:.KO are typos.', []],
    ['a sentence that goes on after an index prefix', 'Charts from INDEXSP:. Then more.', []],
  ]);
});

describe('the new forms stay linear on hostile notes', () => {
  it('venue words each followed by capitals and no market word', () => {
    assertLinear((size) => 'NYSE KO NASDAQ: ABC TSX LON HGQ LONDON '.repeat(size), (text) => findTickerMentions(text), 500);
  });
  it('index prefixes each followed by a dot, in and out of parentheses, never closed', () => {
    assertLinear((size) => 'INDEXSP:.INX (INDEXDJX: .DJI, .'.repeat(size), (text) => findTickerMentions(text), 500);
  });
  it('movers headings each ending a line, and lists each followed by emphasis and more text', () => {
    assertLinear((size) => '## NASDAQ Movers (ABQ, CDQ)\nNYSE Gainers (EFQ, GHQ) ** and more '.repeat(size), (text) => findTickerMentions(text), 500);
  });
  it('country codes in parentheses, closed after lower-case words and never closed after names', () => {
    assertLinear((size) => 'the rate (US:ABQ) Big Name (AU: CPQ, JP: 12, '.repeat(size), (text) => findTickerMentions(text), 500);
  });
});

describe('the Australian market’s index codes after its prefix', () => {
  check([
    ['the benchmark and a sector index', 'The S&P/ASX 200 (ASX: XJO) gained 0.4% while the materials index (ASX: XMJ) lagged.', ['XJO@INDEX/exchange', 'XMJ@INDEX/exchange']],
    ['the All Ordinaries, glued and as a venue word', 'ASX:XAO and ASX XJO closed higher.', ['XAO@INDEX/exchange', 'XJO@INDEX/exchange']],
    ['a company whose code starts with X stays a listing', 'Kestrel Software (ASX: XKQ) rose 3%.', ['XKQ@ASX/exchange']],
  ]);

  it('the codes are quoted as Yahoo writes the indices', () => {
    assert.equal(yahooSymbol({ symbol: 'XJO', exchange: 'INDEX' }), '^AXJO');
    assert.equal(yahooSymbol({ symbol: 'XAO', exchange: 'INDEX' }), '^AORD');
    assert.equal(yahooSymbol({ symbol: 'XMJ', exchange: 'INDEX' }), '^AXMJ');
  });
});

describe('a country code before the symbol, as mining-trade copy writes it', () => {
  check([
    ['Australia and London, after a possessive', "Copperline Metals' (AU:CPQ) fall of 6% and Harrowgate Gold's (LN:HGQ) rise of 2%.", ['CPQ@ASX/exchange', 'HGQ@LSE/exchange']],
    ['Tokyo numbers its listings', "Kiso Smelting's (JP:5719) gain of close to 1% helped.", ['5719@TYO/exchange']],
    ['the US code names no one venue', "Ridgeback Mining's (US:RBQ) drop of 1.4% weighed.", ['RBQ/exchange']],
    ['a spaced colon', 'Copperline Metals (AU: CPQ) slipped.', ['CPQ@ASX/exchange']],
    ['beside a venue we map', 'Copperline Metals (ASX: CPQ, US: CPQLF) drilled.', ['CPQ@ASX/exchange', 'CPQLF/exchange']],
  ]);

  it('positions: the mention spans the code and the symbol', () => {
    const text = "Copperline Metals' (AU:CPQ) fell.";
    const [copperline] = findTickerMentions(text);
    assert.equal(text.substr(copperline.offset, copperline.length), 'AU:CPQ');
    assert.equal(text.substr(copperline.symbolOffset, copperline.symbolLength), 'CPQ');
  });
});

describe('a country code that is not a listing’s prefix stays prose', () => {
  check([
    ['a growth rate, a count and an amount', 'Growth was uneven (US: 3.2%), sites fell (UK: 12) and capex rose (AU: A$1.2bn).', []],
    ['the same after a capitalised name', 'Quarterly Output (US: 3.2%) and New Sites (UK: 12) and Capex (AU: A$1.2bn).', []],
    ['a code for more than one of our markets (Canada: TSX and TSX Venture)', 'Northpine Gold (CN:NPQ) and Hudson Silver (CA:HSQ) rose.', []],
    ['a country we do not map', 'Rhein Kupfer (GR:RKQ) and Harbour Tin (ZA:HTQ) fell.', []],
    ['a usual abbreviation or a measure after the code', 'Inflation Data (US: CPI) and Jobs Data (AU: GDP) came in.', []],
    ['a number that is not a Tokyo code', 'Output Index (JP: 12) and (JP: 2025) rose.', []],
    ['after lower-case words', 'the rate in each market (US:ABQ) and (AU:CDQ) differed', []],
    ['glued in running text, outside a parenthesis', 'Read AU:CPQ and US:RBQ as notes.', []],
  ]);
});

describe('London’s LON before its symbol, as the ratings network writes it', () => {
  check([
    ['a space, then an opening price in pence', 'Shares of LON HGQ opened at GBX 212.40 on Friday.', ['HGQ@LSE/exchange']],
    ['a spaced colon, then shares', 'LON: BQRC shares fell 1.2% on Thursday.', ['BQRC@LSE/exchange']],
    ['glued and in a parenthesis, as before', 'Harrowgate Gold (LON:HGQ) rose, and LON:HGQ traded up GBX 2.10.', ['HGQ@LSE/exchange', 'HGQ@LSE/exchange']],
    ['beside another venue word', 'LON HGQ opened at GBX 185.20 and OTCMKTS HGQLY opened at $13.10.', ['HGQ@LSE/exchange', 'HGQLY@OTC/exchange']],
  ]);
});

describe('LON before other capitals stays prose', () => {
  check([
    ['the city in a dateline', 'LONDON (Reuters) - Shares opened lower and LONDON STOCKS fell.', []],
    ['another market or board', 'LON AIM shares slipped and LON SETS trading was thin.', []],
    ['London’s index', 'LON FTSE rose 1% and LON UKX closed higher.', []],
    ['a usual abbreviation', 'LON CEO shares and LON GBP traded.', []],
    ['no market word after it', 'LON HGQ is the code; LON BQRC PLC filed.', []],
    ['title or lower case', 'Lon HGQ opened at 212p, and lon BQRC shares fell.', []],
    ['glued to a word or a path', 'XLON HGQ opened; data/LON HGQ shares fell.', []],
    ['a longer word', 'LONG HGQ shares and LONE BQRC opened.', []],
  ]);
});

describe('a `.US` code after a name, as Chinese outlets’ English copy writes US listings', () => {
  check([
    ['after the company’s name', 'Ronglian Cloudtech (RLQ.US) cut its ADS ratio, and Nuvio Motors Inc (NVQ.US) rose.', ['RLQ/ric', 'NVQ/ric']],
    ['initials of the name are still the listing', 'Ridgeback Software Holdings (RSH.US) rose.', ['RSH/ric']],
    ['a one-letter root', 'Harbor Freightways (H.US) fell.', ['H/ric']],
  ]);

  it('positions: the mention spans the code, the symbol just the root', () => {
    const text = 'Nuvio Motors Inc (NVQ.US) rose.';
    const [nuvio] = findTickerMentions(text);
    assert.equal(text.substr(nuvio.offset, nuvio.length), 'NVQ.US');
    assert.equal(text.substr(nuvio.symbolOffset, nuvio.symbolLength), 'NVQ');
  });
});

describe('a `.US` that is not a listing’s code stays prose', () => {
  check([
    ['after lower-case words', 'the listed units in the market (NVQ.US) and its depositary shares (RLQ.US)', []],
    ['in running text, outside a parenthesis', 'See NVQ.US and RLQ.US on the broker’s app.', []],
    ['a usual abbreviation or a venue before it', 'Growth Data (GDP.US), Stock Market (NYSE.US) and Price Index (CPI.US).', []],
    ['the country’s initials', 'United States (U.S.) and Other Markets (U.S.A.) grew.', []],
    ['a domain or a lower-case suffix', 'Nuvio Motors (nuvio.us) and Nuvio Motors (NVQ.us) rose.', []],
    ['more after the code', 'Nuvio Motors (NVQ.USD) and Nuvio Motors (NVQ.US shares) rose.', []],
  ]);
});

describe('a run of symbols under a movers heading that names the venue', () => {
  check([
    ['a title line', 'Pre-Market NASDAQ Movers (GLQU, PTQM, EXQL, LRQX)\n\nGlu Quest rose.', ['GLQU@NASDAQ/company', 'PTQM@NASDAQ/company', 'EXQL@NASDAQ/company', 'LRQX@NASDAQ/company']],
    ['a Markdown heading, gainers', '## Top NYSE Gainers (KQO, PQP)\n', ['KQO@NYSE/company', 'PQP@NYSE/company']],
    ['bold, most active, title case venue', '**Nasdaq Most Active (ABQ, CDQ, EFQ)**', ['ABQ@NASDAQ/company', 'CDQ@NASDAQ/company', 'EFQ@NASDAQ/company']],
    ['Toronto losers', '### TSX Losers (RYQ, TDQ)', ['RYQ@TSX/company', 'TDQ@TSX/company']],
  ]);
});

describe('symbols after other headings or in sentences keep the company reading, venue unknown', () => {
  check([
    ['a movers heading without a venue', 'Pre-Market Movers (GLQU, PTQM)', ['GLQU/company', 'PTQM/company']],
    ['a venue heading without a movers word', 'Top NYSE Listings (KQO, PQP)', ['KQO/company', 'PQP/company']],
    ['two venues in the heading', 'NYSE Gainers and NASDAQ Losers (KQO, PQP)', ['KQO/company', 'PQP/company']],
    ['one symbol', 'NASDAQ Movers: Glu Quest (GLQU)', ['GLQU/company']],
    ['a sentence, not a heading', 'Among NASDAQ gainers, we liked Glu Quest Holdings (GLQU, GLQUW) most.', ['GLQU/company', 'GLQUW/company']],
    ['more text after the parenthesis', 'NASDAQ Movers (GLQU, PTQM) rose sharply on the open.', ['GLQU/company', 'PTQM/company']],
    ['a heading with a colon or a full stop', 'Update: NASDAQ Movers (GLQU, PTQM)\n\nSee Mr. NASDAQ Movers (KQO, PQP)', ['GLQU/company', 'PTQM/company', 'KQO/company', 'PQP/company']],
  ]);
});
