// Ticker forms as scraped pages and outlets' own styles leave them: a ratings site's button glued onto the listing
// (`(NYSE:TGTGet Rating)`), GuruFocus's link to a company's financials (`(AAPL, Financial)`). Fixtures are our own
// words and invented companies; every look-alike that must stay as it was is a named case.

import { strict as assert } from 'node:assert';
import { findTickerMentions } from '../../../src/core/tickers';
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
  ]);
  check([
    ['capitals then a capitalised word that is no button', 'the fund (NYSE:GOODTimes) and (NASDAQ:ABCDef) stay out', []],
    ['a button noun without its verb, glued', 'Harbor Goods (NYSE:HBGReport) closed.', []],
    ['a report named after initials', 'the company published its (ESG Report) last week', []],
    ['an undashed tail in lower case', 'Ridgeline Builders Inc. (RDGB free report) gained.', []],
    ['a dash followed by other words', 'Apple (AAPL - see the note) and the committee (FOMC - Free Report)', []],
    ['a committee’s initials with a spaced button', 'the Federal Open Market Committee (FOMC Free Report) met', []],
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
