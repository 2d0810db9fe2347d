// Values written without a figure: "half a percent" (about 0.5%) and a close "flat" or "unchanged" (about 0%). Each
// reading lets such a claim meet a numeric one on the same key, and each look-alike is left alone.
import { strict as assert } from 'node:assert';
import { type Finding } from '../../../src/core/lint';
import { claimsOf as claimsAt } from './claimsOf';
import { lintTogether } from './wireScore';

const claimsOf = (text: string, asOf = 'November 19, 2026') => claimsAt(text, asOf);

/** The conflicting-figures messages of two one-line notes of the same day. */
async function conflicts(a: string, b: string): Promise<string[]> {
  const results = await lintTogether({ 'a.md': `As of 2026-11-20.\n\n${a}\n`, 'b.md': `As of 2026-11-20.\n\n${b}\n` }, '2026-11-21');
  return [...results['a.md'], ...results['b.md']].filter((finding: Finding) => finding.ruleId === 'conflicting-figures').map((finding) => finding.message);
}

describe('claims: half a percent', () => {
  for (const [text, claim] of [
    ['The Dow slipped half a percent on Thursday.', 'dow|return|day:2026-11-19 -0.55…-0.45 "half a percent"'],
    ['The Nasdaq added a half percent on Thursday.', 'nasdaq-composite|return|day:2026-11-19 0.45…0.55 "a half percent"'],
    ['The FTSE 100 shed half a per cent on Thursday.', 'ftse-100|return|day:2026-11-19 -0.55…-0.45 "half a per cent"'],
    ['Small caps fell half of one percent on Thursday.', 'russell-2000|return|day:2026-11-19 -0.55…-0.45 "half of one percent"'],
    ['The Dow lost half of 1% on Thursday.', 'dow|return|day:2026-11-19 -0.55…-0.45 "half of 1%"'],
    ['The S&P 500 rose one-half percent on Thursday.', 'sp-500|return|day:2026-11-19 0.45…0.55 "one-half percent"'],
    ['The S&P 500 posted a half-percent gain on Thursday.', 'sp-500|return|day:2026-11-19 0.45…0.55 "a half-percent"'],
    ['The Dow rose nearly half a percent on Thursday.', 'dow|return|day:2026-11-19 0.45…0.5 "nearly half a percent"'],
  ]) {
    it(`reads "${text}"`, () => assert.deepEqual(claimsOf(text), [claim]));
  }

  for (const [why, text] of [
    ['a rate’s change', 'The Dow fell on Thursday as yields rose half a percentage point.'],
    ['a percentage point written shorter', 'The Dow fell half a percent point on Thursday.'],
    ['part of another figure', 'The Dow gave back half of the 4% gain on Thursday.'],
    ['part of another figure, without "of"', 'The Nasdaq erased a third of its 9% rally on Thursday.'],
    ['a share of something else', 'The S&P 500 fund charges half a percent of assets a year.'],
  ]) {
    it(`makes no claim: ${why}`, () => assert.deepEqual(claimsOf(text), []));
  }

  it('still reads "lost half its value" as a fall of half', () => {
    assert.deepEqual(claimsOf('The Nasdaq lost half its value in 2002.'), ['nasdaq-composite|return|year:2002 -55…-45 "half"']);
  });

  it('agrees with "fell 0.5%" and conflicts with "rose 2%"', async () => {
    assert.deepEqual(await conflicts('The Dow slipped half a percent on Thursday.', 'The Dow fell 0.5% on Thursday.'), []);
    assert.equal((await conflicts('The Dow slipped half a percent on Thursday.', 'The Dow rose 2% on Thursday.')).length, 2);
  });
});

describe('claims: a close "flat" or "unchanged"', () => {
  for (const [text, claim] of [
    ['The S&P 500 closed flat on Thursday.', 'sp-500|return|day:2026-11-19 -0.1…0.1 "flat"'],
    ['The Dow ended the session unchanged on Thursday.', 'dow|return|day:2026-11-19 -0.1…0.1 "unchanged"'],
    ['The Nasdaq Composite index finished essentially flat on Thursday.', 'nasdaq-composite|return|day:2026-11-19 -0.25…0.25 "essentially flat"'],
    ['Apple (AAPL) shares closed flat on Thursday, while the Dow rose 1%.', 'ticker:AAPL|return|day:2026-11-19 -0.1…0.1 "flat"'],
    ['The S&P 500 was unchanged at 6,810 on Thursday.', 'sp-500|return|day:2026-11-19 -0.1…0.1 "unchanged"'],
    // A week's "flat" allows more than a day's.
    ['The Russell 2000 was flat for the week.', 'russell-2000|return|week:2026-11-16 -0.25…0.25 "flat"'],
    // A close with no day named is the session the paragraph named.
    ['Stocks slid on Thursday. The Dow closed flat.', 'dow|return|day:2026-11-19 -0.1…0.1 "flat"'],
  ]) {
    it(`reads "${text}"`, () => assert.deepEqual(claimsOf(text).slice(0, 1), [claim]));
  }

  for (const [why, text] of [
    ['rates kept unchanged', 'The Fed kept rates unchanged on Thursday, and the S&P 500 was quiet.'],
    ['rates held unchanged by a bank', 'The ECB held rates unchanged on Thursday.'],
    ['a flat fee', 'The S&P 500 fund charges a flat fee on Thursday.'],
    ['a flat yield curve', 'The yield curve was flat on Thursday as the S&P 500 drifted.'],
    ['a compound', 'The S&P 500 sold flat-screen makers on Thursday.'],
    ['guidance', 'Apple (AAPL) guidance was unchanged on Thursday.'],
    ['a possessive’s other measure', 'The S&P 500’s forward P/E was unchanged on Thursday.'],
    ['a yield of the index', 'The S&P 500 dividend yield was unchanged on Thursday.'],
    ['"little changed", which the wires write of larger moves', 'The S&P 500 ended little changed on Thursday.'],
    ['a year, where "flat" is loose', 'The Nasdaq is flat for the year.'],
    ['the open, not the close', 'The Dow was flat at the open on Thursday.'],
    ['intraday', 'The S&P 500 was flat in early trading on Thursday.'],
    ['futures', 'S&P 500 futures were flat on Thursday.'],
    ['a range of outcomes', 'The S&P 500 was flat to higher on Thursday.'],
    ['relative performance', 'The S&P 500 was flat versus the Nasdaq on Thursday.'],
    ['no benchmark named before the verb', 'Stocks ended flat on Thursday.'],
  ]) {
    it(`makes no claim: ${why}`, () => assert.deepEqual(claimsOf(text), []));
  }

  it('conflicts with "rose 1.2%" and agrees with "edged up 0.02%" and "dipped 0.04%"', async () => {
    const flat = 'The S&P 500 closed flat on Thursday.';
    const [message] = await conflicts(flat, 'The S&P 500 rose 1.2% on Thursday.');
    assert.match(message, /return \(.*\) is flat as of .* here, but \+1\.2%/);
    assert.deepEqual(await conflicts(flat, 'The S&P 500 edged up 0.02% on Thursday.'), []);
    assert.deepEqual(await conflicts(flat, 'The S&P 500 dipped 0.04% on Thursday.'), []);
  });
});

describe('claims: a move sized by its digits ("up double digits", "the high single digits", "mid-teens")', () => {
  for (const [text, claim] of [
    ['The S&P 500 is up double digits this year.', 'sp-500|return|ytd:2026 10…100 "double digits"'],
    ['Small caps have gained in the high single digits this year.', 'russell-2000|return|ytd:2026 6.5…10 "high single digits"'],
    ['The Nasdaq is up low single digits this month.', 'nasdaq-composite|return|month:2026-11 0…3.5 "low single digits"'],
    ['Kestrel Foods (KSTL) posted a low-double-digit gain this year.', 'ticker:KSTL|return|ytd:2026 10…14 "low-double-digit"'],
    ['Kestrel Foods (KSTL) is up mid-teens this year.', 'ticker:KSTL|return|ytd:2026 13.5…16.5 "mid-teens"'],
    ['Kestrel Foods (KSTL) fell by double digits this week.', 'ticker:KSTL|return|week:2026-11-16 -100…-10 "double digits"'],
    ['Kestrel Foods (KSTL) said third-quarter revenue grew in the high single digits.', 'ticker:KSTL|revenue-growth|quarter:2026-Q3 6.5…10 "high single digits"'],
    ['Kestrel Foods (KSTL) has returned high-20s percent this year.', 'ticker:KSTL|return|ytd:2026 26.5…30 "high-20s"'],
  ]) {
    it(`reads "${text}"`, () => assert.deepEqual(claimsOf(text), [claim]));
  }

  for (const [why, text] of [
    ['a multiple', 'Kestrel Foods (KSTL) trades at a mid-teens multiple this year.'],
    ['a multiple as a P/E', 'The S&P 500 trades in the low 20s on forward earnings this year.'],
    ['no move word before, no move noun after', 'Kestrel Foods (KSTL) reported double digits of new stores this year.'],
    ['a level, not a move', 'Kestrel Foods (KSTL) shares rose to the mid-20s this year.'],
    ['growth of a measure, named after', 'Kestrel Foods (KSTL) expects double-digit revenue growth this year.'],
    ['a band too loose to read', 'Kestrel Foods (KSTL) is up mid double digits this year.'],
    ['a decade with no level', 'Kestrel Foods (KSTL) is up in the 20s this year.'],
  ]) {
    it(`makes no claim: ${why}`, () => assert.deepEqual(claimsOf(text), []));
  }

  it('conflicts with a figure outside its band, and agrees with one inside', async () => {
    const band = 'The S&P 500 is up double digits this year.';
    const [message] = await conflicts(band, 'The S&P 500 is up 4% year to date.');
    assert.match(message, /year-to-date return is \+double digits as of .* here, but \+4%/);
    assert.deepEqual(await conflicts(band, 'The S&P 500 is up 14% year to date.'), []);
  });
});
