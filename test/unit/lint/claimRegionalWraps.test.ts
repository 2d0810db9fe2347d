// How the regional desks write a session: a close as a comparative ("the Kospi was 0.2% firmer", "Baidu was 1.8%
// weaker"), a week as "in the week", a reference back after the period it opens with ("On the week, the index has
// gained 0.9%"), and the region's other benchmarks (Shenzhen's two indexes, the All Ordinaries, the S&P/NZX 50, the
// MSCI Asia Pacific index beside its ex-Japan cousin). Sentences are our own.
import { strict as assert } from 'node:assert';
import { claimsOf as claimsAt } from './claimsOf';
import { conflictsOfSentences } from './wireScore';

const claimsOf = (text: string) => claimsAt(text, 'November 27, 2026');

describe('claims: a close written as a comparative', () => {
  it('reads "firmer" and "stronger" as a gain, "weaker" and "softer" as a loss', () => {
    assert.deepEqual(claimsOf('The Kospi was 0.3% firmer on Friday.'), ['kospi|return|day:2026-11-27 0.25…0.35 "0.3%"']);
    assert.deepEqual(claimsOf('Orcadia (NASDAQ: ORCD) finished 2.4% weaker on Friday.'), ['ticker:ORCD|return|day:2026-11-27 -2.45…-2.35 "2.4%"']);
    assert.deepEqual(claimsOf('The Taiex ended 1.1% softer on Friday, while the Kosdaq was 0.7% stronger.'), [
      'taiex|return|day:2026-11-27 -1.15…-1.05 "1.1%"',
      'kosdaq|return|day:2026-11-27 0.65…0.75 "0.7%"',
    ]);
  });

  it('reads a direction written after the value, "closed 0.4% down", but not "3% down from its record"', () => {
    assert.deepEqual(claimsOf('The DAX closed 0.4% down on the day on Friday.'), ['dax|return|day:2026-11-27 -0.45…-0.35 "0.4%"']);
    assert.deepEqual(claimsOf('Orcadia (NASDAQ: ORCD) finished 2% up on Friday.'), ['ticker:ORCD|return|day:2026-11-27 1.5…2.5 "2%"']);
    assert.deepEqual(claimsOf('The Nasdaq is 3% down from its record.'), []);
  });
});

describe('claims: "in the week"', () => {
  it('is this week, but not a week the words after it name', () => {
    assert.deepEqual(claimsOf('The Topix shed 0.6% in the week.'), ['topix|return|week:2026-11-23 -0.65…-0.55 "0.6%"']);
    assert.deepEqual(claimsOf('The Topix shed 0.6% in the week before the election.'), []);
    assert.deepEqual(claimsOf('The Kospi added 2.5% in the month.'), ['kospi|return|month:2026-11 2.45…2.55 "2.5%"']);
  });

  it('reads "in the week to Friday" as the week of that session, not the Friday', () => {
    assert.deepEqual(claimsOf('The Topix rose 0.5% in the week to Friday.'), ['topix|return|week:2026-11-23 0.45…0.55 "0.5%"']);
    assert.deepEqual(claimsOf('In the week ended Friday, the Nasdaq gained 2%.'), ['nasdaq-composite|return|week:2026-11-23 1.5…2.5 "2%"']);
  });
});

describe('claims: a reference back after the period a sentence opens with', () => {
  it('gives "the index", "it" and "the shares" the subject the sentence before named', () => {
    assert.deepEqual(claimsOf('The Nikkei 225 rose 0.4% on Friday. On the week, the index has gained 1.3%.'), [
      'nikkei-225|return|day:2026-11-27 0.35…0.45 "0.4%"',
      'nikkei-225|return|week:2026-11-23 1.25…1.35 "1.3%"',
    ]);
    assert.deepEqual(claimsOf('The Nasdaq fell 1% on Friday. So far this year, it is up 19%.'), [
      'nasdaq-composite|return|day:2026-11-27 -1.5…-0.5 "1%"',
      'nasdaq-composite|return|ytd:2026 18.5…19.5 "19%"',
    ]);
    assert.deepEqual(claimsOf('Orcadia (ORCD) rose 3% on Friday. Since the April low, the shares have gained 45%.'), [
      'ticker:ORCD|return|day:2026-11-27 2.5…3.5 "3%"',
      'ticker:ORCD|return|since:april-low 44.5…45.5 "45%"',
    ]);
  });

  it('leaves the reference alone when the opening names a subject of its own', () => {
    assert.deepEqual(claimsOf('The Nasdaq fell 1% on Friday. For the S&P 500, it was a 2% week.'), ['nasdaq-composite|return|day:2026-11-27 -1.5…-0.5 "1%"']);
  });
});

describe('claims: the region’s other benchmarks', () => {
  it('reads Paris’s and Madrid’s indexes by the short names a list of closes gives them', () => {
    assert.deepEqual(claimsOf('Closes on Friday:\n\n- France’s CAC, +0.3%\n- Spain’s Ibex, -0.2%'), [
      'cac-40|return|day:2026-11-27 0.25…0.35 "+0.3%"',
      'ibex-35|return|day:2026-11-27 -0.25…-0.15 "-0.2%"',
    ]);
  });

  it('tells Shenzhen’s Component index from its Composite', () => {
    assert.deepEqual(claimsOf('The Shenzhen Component index rose 1.2% on Friday, and the Shenzhen Composite gained 0.9%.'), [
      'shenzhen-component|return|day:2026-11-27 1.15…1.25 "1.2%"',
      'shenzhen-composite|return|day:2026-11-27 0.85…0.95 "0.9%"',
    ]);
  });

  it('reads the All Ordinaries, the S&P/NZX 50 and the Hang Seng Technology Index', () => {
    assert.deepEqual(claimsOf('The All Ords slipped 0.5% on Friday.'), ['all-ordinaries|return|day:2026-11-27 -0.55…-0.45 "0.5%"']);
    assert.deepEqual(claimsOf('New Zealand’s S&P/NZX 50 index closed 0.4% lower on Friday.'), ['nzx-50|return|day:2026-11-27 -0.45…-0.35 "0.4%"']);
    assert.deepEqual(claimsOf('The Hang Seng Technology Index jumped 3% on Friday.'), ['hang-seng-tech|return|day:2026-11-27 2.5…3.5 "3%"']);
  });

  it('keeps the MSCI Asia Pacific index apart from its ex-Japan cousin', () => {
    assert.deepEqual(claimsOf('The MSCI Asia Pacific index rose 0.6% on Friday.'), ['msci-asia-pacific|return|day:2026-11-27 0.55…0.65 "0.6%"']);
    assert.deepEqual(claimsOf('MSCI’s Asia-Pacific ex-Japan index rose 0.8% on Friday.'), ['msci-apxj|return|day:2026-11-27 0.75…0.85 "0.8%"']);
  });
});

describe('claims: a close’s level "to reach"', () => {
  it('reads the level a close went on to reach, not a forecast’s', () => {
    assert.deepEqual(claimsOf('The DAX closed up 210.5 points, or 0.9 percent, to reach 24,118.20 points on Friday.'), [
      'dax|return|day:2026-11-27 0.85…0.95 "0.9 percent"',
      'dax|level|day:2026-11-27 24117.7…24118.7 "24,118.20"',
    ]);
    assert.deepEqual(claimsOf('The Nasdaq rose 1% on Friday. It could rally to reach 25,000 by the end of the year.'), ['nasdaq-composite|return|day:2026-11-27 0.5…1.5 "1%"']);
  });
});

describe('claims: a period named once at the end of a list of closes', () => {
  it('dates every move of the list, unless an item names its own or is told in another tense', () => {
    assert.deepEqual(claimsOf('Germany’s DAX closed down 0.5%, France’s CAC 40 fell 0.2% and Britain’s FTSE 100 was flat on Friday.'), [
      'dax|return|day:2026-11-27 -0.55…-0.45 "0.5%"',
      'cac-40|return|day:2026-11-27 -0.25…-0.15 "0.2%"',
      'ftse-100|return|day:2026-11-27 -0.1…0.1 "flat"',
    ]);
    assert.deepEqual(claimsOf('The DAX fell 0.5% on Thursday, the CAC 40 slipped 0.2% and the FTSE 100 rose 0.1% on Friday.'), [
      'dax|return|day:2026-11-26 -0.55…-0.45 "0.5%"',
      'cac-40|return|day:2026-11-27 -0.25…-0.15 "0.2%"',
      'ftse-100|return|day:2026-11-27 0.05…0.15 "0.1%"',
    ]);
    assert.deepEqual(claimsOf('The Nasdaq is up 20%, while the Dow rose 0.2% on Friday.'), ['dow|return|day:2026-11-27 0.15…0.25 "0.2%"']);
  });
});

describe('claims: "closed the day", as "ended the day"', () => {
  it('is the session’s move, beside a projection that claims nothing', () => {
    assert.deepEqual(claimsOf('The Stoxx 600 provisionally closed the day 0.1% lower, but was set to post a 16% gain for the year.'), ['stoxx-600|return|day:2026-11-27 -0.15…-0.05 "0.1%"']);
    assert.deepEqual(claimsOf('The FTSE 100 closed the session 0.4% higher.'), ['ftse-100|return|day:2026-11-27 0.35…0.45 "0.4%"']);
  });

  it('not a day of an event', () => {
    assert.deepEqual(claimsOf('The DAX closed the day of the vote 2% higher, on Tuesday.'), ['dax|return|day:2026-11-24 1.5…2.5 "2%"']);
  });
});

describe('claims: a close told with the session’s earlier extreme after it', () => {
  it('reads the close, not the extreme', () => {
    assert.deepEqual(claimsOf('The Shanghai Composite closed up 0.79% at 3,260.35 after earlier falling as much as 0.44%.'), [
      'shanghai-composite|return|day:2026-11-27 0.785…0.795 "0.79%"',
      'shanghai-composite|level|day:2026-11-27 3259.85…3260.85 "3,260.35"',
    ]);
    assert.deepEqual(claimsOf('The Nikkei rose 1.1% on Friday after rising as much as 2% earlier.'), ['nikkei-225|return|day:2026-11-27 1.05…1.15 "1.1%"']);
  });

  it('still reads no close in a move "as much as" or after hours', () => {
    assert.deepEqual(claimsOf('Orcadia (NASDAQ: ORCD) rose as much as 4% on Friday after reporting earnings.'), []);
    assert.deepEqual(claimsOf('Orcadia (NASDAQ: ORCD) rose 4% after hours on Friday.'), []);
  });
});

describe('claims: "at the close" as the time of a move', () => {
  it('is the session’s close, for the paragraph’s later moves too', () => {
    assert.deepEqual(claimsOf('At the close, the Shanghai Composite was up 0.79% at 3,260.35.'), [
      'shanghai-composite|return|day:2026-11-27 0.785…0.795 "0.79%"',
      'shanghai-composite|level|day:2026-11-27 3259.85…3260.85 "3,260.35"',
    ]);
    assert.deepEqual(claimsOf('The Nikkei was 0.8% lower at the close. The Topix fell 0.5%.'), ['nikkei-225|return|day:2026-11-27 -0.85…-0.75 "0.8%"', 'topix|return|day:2026-11-27 -0.55…-0.45 "0.5%"']);
    assert.deepEqual(claimsOf('The S&P 500 rose 23 points, or 0.8%, to 6,931 at closing time.'), ['sp-500|return|day:2026-11-27 0.75…0.85 "0.8%"', 'sp-500|level|day:2026-11-27 6930.5…6931.5 "6,931"']);
  });

  it('not the close of something else', () => {
    assert.deepEqual(claimsOf('Orcadia (NASDAQ: ORCD) was up 8% at the close of its offering.'), []);
  });
});

describe('claims: a financial year to date is no calendar year to date', () => {
  it('reads Australian, British and Indian copy’s "financial year to date" as the fiscal year’s', () => {
    assert.deepEqual(claimsOf('The ASX 200 has gained 5% in the financial year to date.'), ['sp-asx-200|return|fiscal-ytd:? 4.5…5.5 "5%"']);
    assert.deepEqual(claimsOf('The ASX 200 has gained 5% financial year-to-date.'), ['sp-asx-200|return|fiscal-ytd:? 4.5…5.5 "5%"']);
    // The calendar year to date beside it keeps its own key.
    assert.deepEqual(claimsOf('The ASX 200 is up 9% year to date.'), ['sp-asx-200|return|ytd:2026 8.5…9.5 "9%"']);
  });

  it('does not set a financial year to date against the calendar one in another note', async () => {
    const found = await conflictsOfSentences({ 'fytd.md': 'The ASX 200 has gained 5% in the financial year to date.', 'ytd.md': 'The ASX 200 is up 9% year to date.' }, '2026-11-27', '2026-11-28');
    assert.deepEqual(found, [[], []]);
  });
});
