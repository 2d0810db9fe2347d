// Quote chips printed in running text after a company's name, as MarketWatch and the Journal print them
// (`Apple Inc. AAPL, +1.23%`), and Quartz's chip with the change glued on (`Tesla (TSLA+7.99%)`). Our own words;
// every look-alike that must stay prose is a named case.

import { strict as assert } from 'node:assert';
import { findTickerMentions } from '../../../src/core/tickers';
import { checkNamed, checkNoMentions, summary } from './mentionSummary';

describe('quote chips after a name in running text', () => {
  checkNamed([
    ['a comma and a signed change', 'Shares of Halvard Robotics Inc. HVRD, +3.42% climbed after the outlook raise.', ['HVRD/chip']],
    ['a comma, the sign left to colour', 'Meridian Foods Corp. MRDF, 1.15% slipped in early trade.', ['MRDF/chip']],
    ['a blank and a signed change', 'Microsoft Corp. MSFT -0.22% briefly passed its rival.', ['MSFT/chip']],
    ['a minus sign and an en dash', 'Acme Holdings ACMH −0.50% and Brightline Labs BRLB – 1.00% ... Brightline Labs BRLB –1.00% fell.', ['ACMH/chip', 'BRLB/chip']],
    ['two in a sentence', 'Apple Inc. AAPL, +0.87% edged up while Nvidia Corp. NVDA, -2.15% fell.', ['AAPL/chip', 'NVDA/chip']],
    ['a possessive name', "Nvidia's NVDA, +2.15% gain led the group.", ['NVDA/chip']],
    ['one letter that starts the name', 'Ford Motor Co. F, -1.25% fell and AT&T Inc. T, +0.45% rose.', ['F/chip', 'T/chip']],
    ['a class share', 'Berkshire Hathaway Inc. BRK.B, +0.33% held its gains.', ['BRK.B/chip']],
    ['a fund after its name', 'The iShares Russell 2000 ETF IWM, +0.54% rose.', ['IWM/chip']],
    ['an index code after an index name', 'The Dow DJIA, 1.72% rose and the S&P 500 SPX, -0.31% eased.', ['DJIA@INDEX/chip', 'SPX@INDEX/chip']],
    ['an index-like code after a company name stays a share', 'Compass Inc. COMP, +1.20% rose.', ['COMP/chip']],
    ['the symbol wrapped onto the next line', 'Broadcom Inc.\nAVGO, -1.97% slipped; Walmart Inc.\r\nWMT, +1.34% rose.', ['AVGO/chip', 'WMT/chip']],
    ['in a table cell', '| Name | Move |\n|---|---|\n| Apple Inc. AAPL, +1.23% | up |', ['AAPL/chip']],
  ]);

  it('positions: the mention spans the symbol and its change, the symbol just the symbol', () => {
    const text = 'Shares of Apple Inc. AAPL, +1.23% rose.';
    const [apple] = findTickerMentions(text);
    assert.equal(text.substr(apple.offset, apple.length), 'AAPL, +1.23%');
    assert.equal(text.substr(apple.symbolOffset, apple.symbolLength), 'AAPL');
  });

  it('the Quartz chip, its change glued on, is a chip; a name with a number is not', () => {
    assert.deepEqual(summary('Tesla (TSLA+7.99%) and Nvidia (NVDA+6.48%) led; Broadcom (AVGO-2.64%) lagged.'), ['TSLA/chip', 'NVDA/chip', 'AVGO/chip']);
    assert.deepEqual(summary('The pandemic (COVID-19) and the virus (SARS-2) and a model (ABC+2%)'), []);
  });
});

describe('never quote chips after a name', () => {
  checkNoMentions([
    ['a usual abbreviation', 'The Federal Reserve FOMC, +0.25% hike; the company said EBITDA, +12.50% was a record.'],
    ['a place', 'Growth in the US, +4.10% and in the EU, -2.25% diverged; Europe EU -1.20% lagged.'],
    ['a whole or one-decimal percent is prose', 'Acme Corp. NPS, +5% improved and Acme Corp. NPS, +5.5% too.'],
    ['the initials of the words before', 'Monthly Active Users MAU, +5.25% grew and Net Promoter Score NPS -1.25% fell.'],
    ['lower-case words before', 'the score ABC, +1.25% and revenue rose XYZ -2.50% in the quarter.'],
    ['capitals before are no name', 'In the NYSE ABC, +1.25% print and the FAANG XYZ -2.50% basket.'],
    // (Before a verb the symbol is the sentence's subject, bare: 'Kelmoor Bank Corp KLMR 1.67% reported', bareSymbols.test.ts.)
    ['no sign and no comma', 'Apple Inc. AAPL 1.23% weighting in the fund.'],
    ['glued to the symbol or the comma', 'Apple Inc. AAPL,+1.23% and Apple Inc. AAPL+1.23% today.'],
    ['a figure with more before it', 'Apple Inc. AAPL, 1,234.56% and Apple Inc. AAPL, $1.23% and Apple Inc. AAPL, 1234.56%.'],
    ['a word glued after the percent', 'Apple Inc. AAPL, +1.23%s.'],
    ['a one-letter code that does not start the name', 'Revenue Growth E, +1.25% and Series B, -0.50%.'],
    ['a venue name', 'Shares on the Big Board NYSE, +1.25% rose.'],
    ['two blanks before the symbol', 'Apple Inc.  AAPL, +1.23% rose.'],
    ['across a paragraph break or a list marker', 'Broadcom Inc.\n\nAVGO, -1.97% slipped.\n\n- AVGO, -1.97%\n* AVGO, -1.97%'],
    ['inside code', '`Apple Inc. AAPL, +1.23%`'],
  ]);

  it('an abbreviation the writer asked to ignore', () => {
    assert.deepEqual(summary('Halvard Robotics Inc. HVRD, +3.42% rose.', { ignoreAbbreviations: ['hvrd'] }), []);
  });
});
