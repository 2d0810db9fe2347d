// A heading that is a headline tells a story ("U.S. stocks end the week on a high note"); it does not label its
// section's figures with a period the way "## This week" does. Nor does a sentence before a lead-in's on its line
// ("Stocks ended the week mixed. A snapshot of the closing levels shows:"). A day's wrap under such a headline is
// the day's moves, or no claim — never the week's. Fixtures are our own sentences, dated Friday, November 27, 2026.
import { strict as assert } from 'node:assert';
import { isHeadline } from '../../../src/core/lint/claims/headlines';
import { claimsOf as claimsAt } from './claimsOf';

const claimsOf = (text: string) => claimsAt(text, 'November 27, 2026');
const lines = (...text: string[]) => text.join('\n');
const friday = 'day:2026-11-27';
const week = 'week:2026-11-23';

describe('claims: a headline heading hands no period down', () => {
  it('reads a day’s closes under a headline that ends the week as the day’s', () => {
    const text = lines(
      '# U.S. stocks end the week on a high note',
      '',
      'After a dip on Thursday, stocks bounced back on Friday, with all three benchmarks finishing the day in the green.',
      '',
      'The S&P 500 added 0.8% to close at 6,954.63. The Nasdaq grew 1.5% to close at 23,992.96.',
    );
    assert.deepEqual(
      claimsOf(text).filter((claim) => claim.includes('|return|')),
      [`sp-500|return|${friday} 0.75…0.85 "0.8%"`, `nasdaq-composite|return|${friday} 1.45…1.55 "1.5%"`],
    );
  });

  it('makes no weekly claim of a move under a headline that posts a weekly gain', () => {
    assert.deepEqual(claimsOf(lines('# Stocks slip but post weekly gain', '', 'The Dow lost 0.1%.')), []);
    assert.deepEqual(claimsOf(lines('## Stocks Slip But Post Weekly Gain', '', 'The Dow lost 0.1%.')), []);
  });

  it('reads the label before a headline’s colon', () => {
    assert.deepEqual(claimsOf(lines('# Friday close: stocks end week higher', '', 'The S&P 500 rose 0.4%.')), [`sp-500|return|${friday} 0.35…0.45 "0.4%"`]);
    assert.deepEqual(claimsOf(lines('# This week: stocks end higher', '', 'The S&P 500 rose 2.1%.')), [`sp-500|return|${week} 2.05…2.15 "2.1%"`]);
  });

  it('keeps a label heading’s period', () => {
    assert.deepEqual(claimsOf(lines('## This week', '', 'The S&P 500 rose 2.1%.')), [`sp-500|return|${week} 2.05…2.15 "2.1%"`]);
    assert.deepEqual(claimsOf(lines('## Year-to-date check', '', 'The Nasdaq is up 21%.')), ['nasdaq-composite|return|ytd:2026 20.5…21.5 "21%"']);
    assert.deepEqual(claimsOf(lines('## Stocks to watch this week', '', 'The Dow fell 1.2%.')), [`dow|return|${week} -1.25…-1.15 "1.2%"`]);
  });

  it('keeps the headline’s own figure and a body lead’s streak', () => {
    assert.deepEqual(claimsOf('# S&P 500 rises 2.6% this week'), [`sp-500|return|${week} 2.55…2.65 "2.6%"`]);
    assert.deepEqual(claimsOf('Capping a third straight weekly gain, the S&P 500 rose 0.4% on Friday.'), [
      'sp-500|streak|streak:week:moves:absolute 3…3 "third straight weekly gain"',
      `sp-500|return|${friday} 0.35…0.45 "0.4%"`,
    ]);
  });
});

describe('claims: a lead-in line is the sentence that ends on its colon', () => {
  it('hands nothing down from a sentence before it on the line', () => {
    const text = lines(
      '# Markets',
      '',
      'Stocks ended the week mixed. A snapshot of the closing levels shows:',
      '',
      '- S&P index rose 7.87 points or 0.17% at 6,954.63',
      '- Nasdaq index rose 29.10 points or 0.19% at 23,992.96',
    );
    assert.deepEqual(claimsOf(text).filter((claim) => claim.includes(week)), []);
  });

  it('keeps the period of the sentence that ends on the colon, and an abbreviation inside it', () => {
    assert.deepEqual(claimsOf(lines('Stocks ended the week mixed. For the week:', '', '- S&P index rose 0.75%')), [`sp-500|return|${week} 0.745…0.755 "0.75%"`]);
    assert.deepEqual(claimsOf(lines('Here is where the indexes stood at 4 p.m. ET on Friday:', '', '- S&P index rose 0.75%')), [`sp-500|return|${friday} 0.745…0.755 "0.75%"`]);
  });
});

describe('claims: a close the paragraph dates, under a label heading', () => {
  it('is that session’s, not the heading’s week', () => {
    assert.deepEqual(
      claimsOf(lines('## This week', '', 'Stocks closed higher on Friday. The S&P 500 added 0.8% to close at 6,954.63.')).filter((claim) => claim.includes('|return|')),
      [`sp-500|return|${friday} 0.75…0.85 "0.8%"`],
    );
  });

  it('leaves the heading’s period to a move that is no close, and to a close no paragraph dates', () => {
    assert.deepEqual(claimsOf(lines('## This week', '', 'Stocks closed higher on Friday. The S&P 500 is up 2.1%.')), [`sp-500|return|${week} 2.05…2.15 "2.1%"`]);
    assert.deepEqual(
      claimsOf(lines('## This week', '', 'The S&P 500 added 0.8% to close at 6,954.63.')).filter((claim) => claim.includes('|return|')),
      [`sp-500|return|${week} 0.75…0.85 "0.8%"`],
    );
    // A lead-in's block is its own, whatever the paragraph before it closed.
    assert.deepEqual(claimsOf(lines('Stocks closed higher on Friday.', '', 'For the week:', '', '- The S&P 500 rose 2.1% to close at 6,954.63')).filter((claim) => claim.includes('|return|')), [
      `sp-500|return|${week} 2.05…2.15 "2.1%"`,
    ]);
  });
});

describe('isHeadline', () => {
  const headlines = ['U.S. stocks end the week on a high note', 'Stocks slip but post weekly gain', 'US stocks close the week mixed', 'Dow Rises 2% This Week', 'S&P 500 ends week higher'];
  const labels = ['Weekly market wrap', 'This week', 'Year-to-date check', 'Friday close', 'Week Ended Friday, Nov. 13, 2026', 'Weekly gains and losses', "The Nasdaq's close this week", 'U.S. close this week', 'Stocks to watch this week', 'Q3 earnings'];
  for (const heading of headlines) it(`reads "${heading}" as a headline`, () => assert.equal(isHeadline(heading), true));
  for (const heading of labels) it(`reads "${heading}" as a label`, () => assert.equal(isHeadline(heading), false));
});
