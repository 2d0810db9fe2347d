// Bloomberg codes in running text without their parenthesis or market key: "ORCD US rose", "we prefer ORCD US and
// BRNW US". Capitals before "US" are often prose: every look-alike is a named case. Fixtures are our own words.

import { strict as assert } from 'node:assert';
import { findTickerMentions } from '../../../src/core/tickers';
import { checkNamed as check, checkNoMentions } from './mentionSummary';
import { assertLinear } from '../safety/scaling';

describe('a Bloomberg code in running text', () => {
  check([
    ['before a verb of movement', 'Later ORCD US rose 3% and VOD LN slipped.', ['ORCD/bloomberg', 'VOD@LSE/bloomberg']],
    ['before a move or a price', 'ORCD US +4.1% on the day; SHOP CN $120 at the close.', ['ORCD/bloomberg', 'SHOP@TSX/bloomberg']],
    ['in a list of codes', 'We prefer ORCD US, BRNW US and HLVN US into year-end.', ['ORCD/bloomberg', 'BRNW/bloomberg', 'HLVN/bloomberg']],
    ['a class and a numbered listing', 'BRK/B US rose 1%; 7203 JP fell.', ['BRK.B/bloomberg', '7203@TYO/bloomberg']],
    ['a venue’s own code', 'ORCD UW rose while BRNW UN fell.', ['ORCD@NASDAQ/bloomberg', 'BRNW@NYSE/bloomberg']],
  ]);

  it('spans the code, the symbol without it', () => {
    const text = 'BRK/B US rose.';
    const [mention] = findTickerMentions(text);
    assert.equal(text.slice(mention.offset, mention.offset + mention.length), 'BRK/B US');
    assert.equal(text.slice(mention.symbolOffset, mention.symbolOffset + mention.symbolLength), 'BRK/B');
  });
});

describe('capitals before a country’s code that are no listing', () => {
  checkNoMentions([
    ['an abbreviation', 'The EV US market grew and AI US stocks rose; the GDP US figure rose.'],
    ['a noun after the code', 'GM US sales fell.'],
    ['a name going on after the code', 'The MSCI US Index rose; the ORCD US Holdings unit rose.'],
    ['a year', 'In 2025 US stocks rose; in 2025 HK rallied and in 2024 JP fell.'],
    ['a venue', 'NYSE US rose.'],
    ['words in capitals', 'LOOK AT US rose. THE US rose; WE US rose.'],
    ['a code alone, with nothing after it', 'We like ORCD US for now.'],
    ['in code', 'See `ORCD US rose`.'],
  ]);

  it('stays linear on many codes', () => {
    assertLinear((size) => 'ABCD US, '.repeat(size), (text) => findTickerMentions(text), 500);
  });
});
