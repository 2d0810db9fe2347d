// A line that opens on a label naming a group of stocks ("Peers:", "Top holdings:", "Stocks mentioned:") lists their
// symbols; and a parenthesis of a model's parameters ("(WACC 9%, TGR 3%)") holds no quote chips. Fixtures are our own
// words; every look-alike that must stay prose is a named case.

import { checkNamed as check } from './mentionSummary';
import { findTickerMentions } from '../../../src/core/tickers';
import { assertLinear } from '../safety/scaling';

describe('a group\'s label before its symbols', () => {
  check([
    ['peers', 'Peers: XPO, ODFL, SAIA.', ['XPO/label', 'ODFL/label', 'SAIA/label']],
    ['bold label in a bullet, "and" before the last', '- **Top holdings:** MSFT, NVDA and AAPL', ['MSFT/label', 'NVDA/label', 'AAPL/label']],
    ['the colon after the bold', '**Comps**: ORCD; BRNW', ['ORCD/label', 'BRNW/label']],
    ['stocks mentioned, one a line', 'Stocks mentioned: HLVN', ['HLVN/label']],
    ['a quoted line', '> Watchlist: $ORCD, $BRNW', ['ORCD/label', 'BRNW/label']],
    ['a venue on one item', 'Top picks: ORCD, NYSE: BRNW', ['ORCD/label', 'BRNW@NYSE/exchange']],
    ['a heading', '### Related companies: ORCD, BRNW', ['ORCD/label', 'BRNW/label']],
  ]);
  check([
    ['a usual abbreviation among the items', 'Peers: FX, USD, EUR', []],
    ['an abbreviation alone', 'Top pick: AI', []],
    ['names, not symbols', 'Holdings: Microsoft, Nvidia', []],
    ['prose after the first symbol', 'Peers: ORCD rose 3% and BRNW fell.', []],
    ['a label no group names', 'Risks: FED, CPI', []],
    ['mid-sentence', 'Among our peers: ORCD and BRNW.', []],
    ['a numbered line', '1. Peers: ORCD, BRNW', []],
  ]);

  it('reads a long line of colons and capitals in linear time', () => {
    assertLinear((n) => `Peers: ${'ORCD, '.repeat(n)}x: ${'Peers: '.repeat(n)}`, (text) => findTickerMentions(text), 2_000);
  });
});

describe('a model\'s parameters in a parenthesis are no quote chips', () => {
  check([
    ['one usual abbreviation makes the others labels', 'Our DCF (WACC 9%, TGR 3%) points higher.', []],
    ['growth metrics', 'The model (CAGR 12%, NRR 120%) holds.', []],
    ['a list of chips stays chips', 'Drinks makers (KO -0.35%, PEP +0.2%) held up.', ['KO/chip', 'PEP/chip']],
    ['a chip alone stays a chip', 'Coca-Cola (KO 3%) held up.', ['KO/chip']],
  ]);
});
