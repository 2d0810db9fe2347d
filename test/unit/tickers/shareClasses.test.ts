// A share class as writers spell it: with a dot (`BRK.B`), Bloomberg's slash (`BRK/B`) or a space (`BRK B`), in a
// company's parenthesis, after a venue, or bare in running text. Each is read as a provider reads it, `BRK.B`.
// Outlines, initials and ratios that look alike are named cases. Fixtures are our own words.

import { strict as assert } from 'node:assert';
import { findTickerMentions } from '../../../src/core/tickers';
import { checkNamed as check, checkNoMentions } from './mentionSummary';

describe('a share class written with a slash or a space', () => {
  check([
    ['a slash after a company', 'Berkshire Hathaway (BRK/B) rose.', ['BRK.B/company']],
    ['a space after a company', 'Berkshire Hathaway (BRK B) rose; Brown-Forman (BF A, BF B) slipped.', ['BRK.B/company', 'BF.A/company', 'BF.B/company']],
    ['a slash after a venue', 'Berkshire Hathaway (NYSE: BRK/B) rose.', ['BRK.B@NYSE/exchange']],
    ['a space after a venue', 'Berkshire Hathaway (NYSE: BRK B) and Lennar (NYSE: LEN A, LEN B) rose.', ['BRK.B@NYSE/exchange', 'LEN.A@NYSE/exchange', 'LEN.B@NYSE/exchange']],
  ]);

  it('the mention spans the class as written', () => {
    const text = 'Berkshire Hathaway (NYSE: BRK/B) and Berkshire (BRK B)';
    const spans = findTickerMentions(text).map((m) => text.slice(m.symbolOffset, m.symbolOffset + m.symbolLength));
    assert.deepEqual(spans, ['BRK/B', 'BRK B']);
  });
});

describe('a share class named before its listing', () => {
  check([
    ['a stock’s class and its shares', 'Alphabet’s Class A shares (GOOGL) outpaced its Class C stock (GOOG).', ['GOOGL/company', 'GOOG/company']],
    ['a fund’s class and its shares', 'The fund’s Class I shares (MUTIQ) charge less than its Class A (MUTAQ).', ['MUTIQ/company', 'MUTAQ/company']],
    ['the class letter said again is no listing', 'Its Class B shares (B) and Class II shares (II) vote.', []],
    ['common stock in a sentence’s first words', 'Common stock (CS) and preferred shares (PS) were issued.', []],
    ['a class in lower case after its owner', 'Berkshire’s class B shares (BRK/B) were flat, and Alphabet’s class C stock (GOOG) gained.', ['BRK.B/company', 'GOOG/company']],
    ['a class in lower case with no owner named', 'The fund’s class A shares (CS) fell, and Investors’ class A shares (IS) held.', []],
  ]);
});

describe('a share class in running text', () => {
  check([
    ['two classes in a sentence', 'BRK.B rose 1% while BF.B fell.', ['BRK.B/bare', 'BF.B/bare']],
    ['a class A and a possessive', 'Owners of BRK.A held; HEICO HEI.A’s discount widened.', ['BRK.A/bare', 'HEI.A/bare']],
    ['a full stop after the class', 'The best performer was LEN.B.', ['LEN.B/bare']],
    ['a class is no Reuters venue', 'BRK.B and BF.A', ['BRK.B/bare', 'BF.A/bare']],
    ['a label’s and a chip’s own readings win', 'Class B trades under the ticker BRK.B; Berkshire Hathaway Inc. BRK.B, +0.33% held.', ['BRK.B/label', 'BRK.B/chip']],
  ]);
});

describe('what a class form never gives', () => {
  checkNoMentions([
    ['a ratio', 'The multiple (P/E) and the ratio (EV/S) widened.'],
    ['a warrant or a unit after a slash', 'The blank-check company (NYSE: RFQ/WS) and (NYSE: RFQ/U) traded.'],
    ['a preferred series after a space', 'Cedar Point Bank (NYSE: CPB PrJ) was flat.'],
    ['a class letter past B', 'The backup plan (PLAN C) was shelved.'],
    ['an outline’s numbering', 'Part II.B covers risks; Section IV.A the rest.'],
    ['initials', 'The U.S.A. and the U.K. voted; ABC.B.C is a code.'],
    ['a usual abbreviation or a venue', 'See the SEC.A form and NYSE.A rules.'],
    ['a long word', 'Read README.B first.'],
    ['alone in a parenthesis, no name before', 'The other class (BRK.B) trades higher.'],
    ['code and links', 'See `BRK.B` and https://example.com/BRK.B and [x](http://a.com/BF.B).'],
  ]);
});
