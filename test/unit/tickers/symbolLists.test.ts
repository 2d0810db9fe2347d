// Lists of bare symbols, each with its price or its move, as market wraps and newsletters write their movers. Capitals
// beside figures are as often periods, measures, places, currencies or a chart's fields: every look-alike is a named
// case. Fixtures are our own words, with invented companies where the symbol does not matter.

import { strict as assert } from 'node:assert';
import { findTickerMentions } from '../../../src/core/tickers';
import { checkNamed as check, checkNoMentions } from './mentionSummary';
import { assertLinear } from '../safety/scaling';
import { lintNote } from '../../../src/core/lint';
import { fixtureQuotes, today } from '../lint/lintHarness';

describe('a list of symbols with their prices or moves', () => {
  check([
    ['prices, "and" before the last', 'Megacaps were mixed at the close: AAPL $272.41, MSFT $498.12 and NVDA $181.30.', ['AAPL/bare', 'MSFT/bare', 'NVDA/bare']],
    ['signed moves', 'Small caps led: ORCD +4.1%, BRNW +3.2%, HLVN -1.5%.', ['ORCD/bare', 'BRNW/bare', 'HLVN/bare']],
    ['bold symbols', 'Movers: **ORCD** +4.1%, **BRNW** +3.2%.', ['ORCD/bare', 'BRNW/bare']],
    ['a price with its move in a parenthesis', 'Close: AAPL $272.41 (+1.2%), MSFT $498.12 (-0.4%).', ['AAPL/bare', 'MSFT/bare']],
    ['a price with its move after it', 'Close: AAPL $272.41 +1.2%, MSFT $498.12 -0.4%.', ['AAPL/bare', 'MSFT/bare']],
    ['worded moves', 'ORCD up 4.1% and BRNW down 3.2% on the day.', ['ORCD/bare', 'BRNW/bare']],
    ['a class share and semicolons', 'Financials: BRK.B $480.10, JPM $310.20; WFC $80.15.', ['BRK.B/bare', 'JPM/bare', 'WFC/bare']],
    ['a colon after each symbol, a true minus', 'Leaders: ORCD: +4.1%; BRNW: −3.2%.', ['ORCD/bare', 'BRNW/bare']],
    ['bars between the items', 'ORCD: +4.1% | BRNW: -1.2% | HLVN: +0.3%', ['ORCD/bare', 'BRNW/bare', 'HLVN/bare']],
    ['a table’s cells', '| Leaders | Laggards |\n|---|---|\n| ORCD +4.1% | BRNW -1.2% |', ['ORCD/bare', 'BRNW/bare']],
    ['two symbols compared', 'AAPL +1.2% vs. SPY +0.4%.', ['AAPL/bare', 'SPY/bare']],
    ['an index’s code is the index', 'Indexes: SPX -0.3%, NDX -0.5%, IWM +0.2%.', ['SPX@INDEX/bare', 'NDX@INDEX/bare', 'IWM/bare']],
    ['a date before the list is no item', 'On Nov. 20, AAPL $272.41 and MSFT $498.12 closed higher.', ['AAPL/bare', 'MSFT/bare']],
    ['a clause with a figure before the list is no item', 'Revenue grew 5%, and AAPL $272.41 and MSFT $498.12 closed higher.', ['AAPL/bare', 'MSFT/bare']],
    ['a marked mention keeps its own form', 'Orcadia (NASDAQ: ORCD) led: ORCD +4.1%, BRNW +3.2%.', ['ORCD@NASDAQ/exchange', 'ORCD@NASDAQ/bare', 'BRNW/bare']],
    ['a gap list, each item its own sentence', 'Premarket gainers: ORCD +40%. BRNW +28%. HLVN +6%.', ['ORCD/bare', 'BRNW/bare', 'HLVN/bare']],
    ['a gap list with a remark in brackets after a move', 'Gapping up: ORCD +18% (raised to Buy at a regional broker), BRNW +9%, HLVN +5.8%.', ['ORCD/bare', 'BRNW/bare', 'HLVN/bare']],
  ]);
  checkNoMentions([
    ['measures, each its own sentence', 'The data: GDP +2.1%. CPI +0.3%. PMI +1.5%.'],
    ['one item, then prose after its remark', 'The trade: ORCD +4% (on the upgrade). The index slipped 1%.'],
    ['a sector after a symbol and its remark', 'Movers: XLU +0.3% (defensive). Energy -0.8%.'],
  ]);
});

describe('a watchlist or a quote tape, one item a line', () => {
  check([
    ['list items with a dash or a colon', '# Watchlist\n\n- ORCD — $12.30 (+1.0%)\n- **BRNW**: $48.10\n- HLVN – $7.25 (−0.4%)\n', ['ORCD/bare', 'BRNW/bare', 'HLVN/bare']],
    ['a tape’s lines: the price without its sign, then its move', 'ORCD   12.30 (-2.55%)\nBRNW   48.10 (+3.49%)\nHLVN 7.25 ▼2.9%\n', ['ORCD/bare', 'BRNW/bare', 'HLVN/bare']],
    ['numbered items, arrows with a blank', '1. ORCD 12.30 ▲ 1.2%\n2. BRNW 48.10 ▼ 0.8%\n', ['ORCD/bare', 'BRNW/bare']],
    ['a move to its price', 'Top movers: ORCD +3.1% to $12.30, BRNW −2.0% to $48.10.', ['ORCD/bare', 'BRNW/bare']],
  ]);
  checkNoMentions([
    ['one item a line, but only one', '- ORCD — $12.30 (+1.0%)\n- Revenue rose 5%.\n'],
    ['items with more words on their line', '- ORCD — $12.30 (+1.0%) after the beat\n- BRNW — $48.10 (+0.4%) on the upgrade\n'],
    ['per-share measures, one a line', '- EPS — $1.30 (+18%)\n- DPS — $0.40 (+5%)\n'],
    ['economic series with their readings and changes', 'GDP 2.10 (+0.3%)\nCPI 3.05 (+0.1%)\n'],
    ['a number without its cents before a move', 'ORCD 12 (+1.0%)\nBRNW 48 (+0.4%)\n'],
    ['lines apart, a paragraph between', 'ORCD — $12.30 (+1.0%)\n\nBRNW — $48.10 (+0.4%)\n'],
  ]);
});

describe('lint on a list of symbols', () => {
  it('price-drift reads a price and its move in a list', async () => {
    const text = 'As of Nov. 20, 2026: AAPL $272.41 (+0.97%), NVDA $160.30 (+3.0%) and MSFT $498.12 (-0.85%).\n';
    const findings = (await lintNote(text, { today, quotes: fixtureQuotes(), only: ['price-drift'] })).filter((finding) => finding.ruleId === 'price-drift');
    assert.deepEqual(findings.map((finding) => text.slice(finding.offset, finding.offset + finding.length)), ['$160.30']);
  });
});

describe('capitals with figures that are no list of shares', () => {
  checkNoMentions([
    ['one symbol alone', 'ORCD +4.1% led the group.'],
    ['fiscal years', 'Guidance: FY26 $2.10, FY27 $2.45.'],
    ['quarters', 'Per quarter: Q3 $1.20, Q4 $1.35.'],
    ['tenors', 'Yields: 2Y +4.1%, 10Y +4.3%.'],
    ['economic series', 'Macro: GDP +2.1%, CPI +3.0%, PCE +2.8%.'],
    ['per-share measures', 'Per share: EPS $1.20 and DPS $0.40.'],
    ['growth measures', 'Growth: EBIT +5%, FCF +8%; ARR +40%, NRR +12%.'],
    ['pricing measures', 'Pricing: ASP $450, AOV $82.'],
    ['valuation measures', 'Valuation: NAV $23.10 and TBV $45.20.'],
    ['currency codes', 'Currencies: NOK +0.3%, SEK -0.2%, NZD +0.1%.'],
    ['crypto assets', 'Crypto: AVAX +8.1%, LINK +6.0%, DOT +4.2%; BTC $98,000 and ETH $3,400.'],
    ['futures codes, all of them', 'Futures: CL +1.2%, NG -3.0%, GC +0.4%.'],
    ['country codes, all of them', 'Europe: DE +0.3%, FR -0.1%, IT +0.2%.'],
    ['a bar’s fields', 'Bar: OPEN $270.10, HIGH $275.00, LOW $268.20, CLOSE $272.41.'],
    ['a chart’s levels', 'Levels: HOD $275.10, LOD $268.20, VWAP $271.00.'],
    ['scenario targets', 'Scenarios: BULL $350, BASE $290, BEAR $200.'],
    ['ratings with targets', 'Calls: BUY $300, HOLD $250.'],
    ['months in capitals', 'Seasonality: JAN +2.1%, FEB +1.5%, MAR -0.4%.'],
    ['unsigned percents are levels or weights', 'Ratings mix: AAA 40%, AA 30%, BBB 10%.'],
    ['segments and regions', 'Segments: AWS +17%, GCP +32%. Regions: EMEA +5%, APAC +8%.'],
    ['market groups', 'Markets: EM +1.2%, DM +0.4%.'],
    ['a name in capitals before the first code', 'Benchmarks: MSCI EM +0.5%, EAFE +0.2%.'],
    ['amounts, not prices', 'Deal values: ABC $1.2 billion, XYZ $800 million; ABC $1.2bn and XYZ $800m; XYZ $3/share and ABC $4 per share.'],
    ['a sector’s name before the symbols', 'Sectors: Tech +1.2%, XLU +0.3%, XLP -0.2%.'],
    ['a sector’s name after the symbols', 'Sectors: XLU +0.3%, XLP -0.2%, Energy -0.8%.'],
    ['an index’s name among them', 'Indices: S&P +0.5%, DJIA -0.2%.'],
    ['the Dow in capitals among indexes', 'Gauges: DOW +0.2%, NDX +0.9%.'],
    ['a table’s cells of measures', '| Q3 | Q4 |\n|---|---|\n| EPS $1.20 | DPS $0.40 |'],
    ['brokers’ targets', 'Street targets: GS $310, MS $300 and JPM $295.'],
    ['estimates and ratings', 'Estimates: ORCD $1.20, BRNW $0.85. Upgrades: ORCD +4.1%, BRNW +3.2%.'],
    ['in a code span', 'Code: `AAPL $272.41, MSFT $498.12`.'],
    ['a fenced block', '```\nAAPL $272.41, MSFT $498.12\n```'],
  ]);

  it('a list the writer tells the scan to ignore', () => {
    const text = 'Rates: ABCR +0.2%, XYZR +0.1%.';
    assert.deepEqual(findTickerMentions(text).length, 2);
    assert.deepEqual(findTickerMentions(text, undefined, { ignoreAbbreviations: ['abcr'] }), []);
  });

  it('stays linear on a long line of items', () => {
    assertLinear((size) => 'ABCD +1.2%, '.repeat(size), (text) => findTickerMentions(text), 500);
  });
});

describe('symbol lists stay linear on hostile notes', () => {
  it('many short lists on one long line', () => {
    assertLinear((size) => 'ABCD +1.2%, EFGH +0.4%. x '.repeat(size), (text) => findTickerMentions(text), 500);
  });

  it('a tape of many lines, and bare prices with no symbol before them', () => {
    assertLinear((size) => 'ABCD 12.30 (+1.2%)\n- EFGH — $4.10 ▼0.4%\n'.repeat(size), (text) => findTickerMentions(text), 500);
    assertLinear((size) => '1,234.56 (+1.2%) 7.25 ▲ 3% '.repeat(size), (text) => findTickerMentions(text), 500);
  });

  it('prices with no symbol before them, and symbols far apart', () => {
    assertLinear((size) => `${'$1 $2 %% +3% '.repeat(size)}AB $1${' word'.repeat(size)}, CD $2`, (text) => findTickerMentions(text), 500);
  });
});
