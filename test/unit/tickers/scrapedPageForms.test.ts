// Ticker forms as scraped pages and outlets' own styles leave them: a ratings site's button glued onto the listing
// (`(NYSE:TGTGet Rating)`), GuruFocus's link to a company's financials (`(AAPL, Financial)`), listings in square
// brackets (`Nvidia [NASDAQ: NVDA]`). Fixtures are our own
// words and invented companies; every look-alike that must stay as it was is a named case.

import { strict as assert } from 'node:assert';
import { findTickerMentions } from '../../../src/core/tickers';
import { applyEdits, fixAll, lintNote } from '../../../src/core/lint';
import { fixtureQuotes, today } from '../lint/lintHarness';
import { checkNamed as check } from './mentionSummary';
import { assertLinear } from '../safety/scaling';

describe('a ratings site’s button text after the symbol, dash lost', () => {
  check([
    ['glued onto an exchange form', 'Harbor Goods (NYSE:HBGGet Rating) was lifted to buy.', ['HBG@NYSE/exchange']],
    ['a longer button glued on', 'Quillfield Labs (NASDAQ:QFLDGet Free Report) slipped; Orrin Tech (NASDAQ:ORNFree Report) rose.', ['QFLD@NASDAQ/exchange', 'ORN@NASDAQ/exchange']],
    ['a one-letter symbol glued to its button', 'Foundry Motors (NYSE:FGet Rating) rose.', ['F@NYSE/exchange']],
    ['spaced, with no dash, blanks inside the parenthesis', 'Harbor Goods ( NYSE:HBG Get Rating ) last posted results.', ['HBG@NYSE/exchange']],
    ['glued onto a bare symbol', 'Ridgeline Builders Inc. (RDGBFree Report) gained.', ['RDGB/company']],
    ['spaced after a bare symbol', 'Ridgeline Builders Inc. (RDGB Free Report) gained.', ['RDGB/company']],
    ['a longer dashed button', 'Lakeshore Bank (NASDAQ:LKBK – Get Free Stock Report) fell.', ['LKBK@NASDAQ/exchange']],
    ['the dash glued to the symbol', 'Harbor Goods (HBGQ- Free Report) and Orrin Tech (ORNQ-Free Report) rose.', ['HBGQ/company', 'ORNQ/company']],
    ['Zacks’ quote widget left in', 'Orchard Devices (ORCD Quick QuoteORCD - Free Report) and Harbor Goods (HBGQ Quick Quote HBGQ - Free Report) rose.', ['ORCD/company', 'HBGQ/company']],
    ['the widget and a glued button', 'Harbor Goods (HBGQ Quick QuoteHBGQFree Report) rose.', ['HBGQ/company']],
  ]);
  check([
    ['capitals then a capitalised word that is no button', 'the fund (NYSE:GOODTimes) and (NASDAQ:ABCDef) stay out', []],
    ['a button noun without its verb, glued', 'Harbor Goods (NYSE:HBGReport) closed.', []],
    ['a report named after initials', 'the company published its (ESG Report) last week', []],
    ['an undashed tail in lower case', 'Ridgeline Builders Inc. (RDGB free report) gained.', []],
    ['a dash followed by other words', 'Apple (AAPL - see the note) and the committee (FOMC - Free Report)', []],
    ['a committee’s initials with a spaced button', 'the Federal Open Market Committee (FOMC Free Report) met', []],
    ['the widget naming another symbol', 'Abcor Bank (ABCQ Quick QuoteXYZQ - Free Report) rose.', []],
    ['a glued dash before prose', 'Abcor Bank (ABCQ- see below) rose.', []],
    ['the Globe’s venue letter and a class stay theirs', 'Loblaw (L-T) and Berkshire (BRK-B)', ['L@TSX/ric', 'BRK.B/company']],
  ]);

  it('positions: the mention ends at the symbol, before the glued button', () => {
    const text = 'Harbor Goods (NYSE:HBGGet Rating) rose.';
    const [mention] = findTickerMentions(text);
    assert.equal(text.substr(mention.offset, mention.length), 'NYSE:HBG');
    assert.equal(text.substr(mention.symbolOffset, mention.symbolLength), 'HBG');
  });

  it('stays linear on runs of capitals glued to button words with no closing parenthesis', () => {
    assertLinear((size) => '(NYSE:ABCGet Free Report '.repeat(size), (text) => findTickerMentions(text), 500);
  });
});

describe('GuruFocus’s link to the financials after the symbol', () => {
  check([
    ['after a company', 'Orchard Devices Inc (ORCD, Financial) gained in morning trade.', ['ORCD/company']],
    ['spaced inside the parenthesis', 'Graphite Compute Corp ( GRPC, Financial) pulled back.', ['GRPC/company']],
  ]);
  check([
    ['a sector after initials', 'the Federal Deposit Insurance Corporation (FDIC, Financial) said', []],
    ['after lower-case words', 'the sector mix (ABC, Financial) changed', []],
    ['a guru’s links', 'Ken Fisher (Trades, Portfolio) added to the stake', []],
  ]);
});

describe('a listing in square brackets', () => {
  check([
    ['a spaced prefix', 'Chipmaker Graphite Compute [NASDAQ: GRPC] rose again.', ['GRPC@NASDAQ/exchange']],
    ['a glued prefix', 'Orchard Drinks [NYSE:ORDK] held steady.', ['ORDK@NYSE/exchange']],
    ['two venues', 'Northgold Mining [TSX: NGM; NYSE: NGMX] raised output.', ['NGM@TSX/exchange', 'NGMX@NYSE/exchange']],
    ['a share class', 'the conglomerate [NYSE: BRK.B] trimmed its stake', ['BRK.B@NYSE/exchange']],
    ['a listing as a link’s text', 'See [NYSE: ORDK](https://example.com/ordk) for the filing.', ['ORDK@NYSE/exchange']],
    ['after a task box', '- [ ] Review [TSX: SHPQ] later', ['SHPQ@TSX/exchange']],
  ]);
  check([
    ['a link whose text is a symbol', 'See [GRPC](https://example.com/grpc) for the chart.', []],
    ['task boxes', '- [x] Checked the filings\n- [ ] Read the call', []],
    ['a footnote and labels', 'A footnote [^1], a remark [Note: see below], a credit [Source: NYSE] and a figure [US: 3.2%].', []],
    ['a link reference', '[1]: https://example.com/a', []],
    ['prose in the brackets', 'the bank [Nasdaq: BNKX; see the note below] fell', []],
  ]);

  it('exchange-mismatch rewrites the bracketed prefix', async () => {
    const text = 'The small-cap tracker [NASDAQ: IWM] slipped.\n';
    const findings = (await lintNote(text, { today, quotes: fixtureQuotes(), only: ['exchange-mismatch'] })).filter((finding) => finding.ruleId === 'exchange-mismatch');
    assert.equal(findings.length, 1);
    assert.equal(applyEdits(text, fixAll(findings)), 'The small-cap tracker [NYSEARCA: IWM] slipped.\n');
  });

  it('stays linear on brackets that open a venue and never close', () => {
    assertLinear((size) => '[NYSE: ABC, '.repeat(size), (text) => findTickerMentions(text), 500);
  });
});
