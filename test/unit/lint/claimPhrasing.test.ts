// The same fact as different outlets phrase it (the recall audit): each reading that lets two notes' claims meet
// on one key, and the look-alikes each must leave alone. Sentences are our own, written in the outlets' manner.
import { strict as assert } from 'node:assert';
import { extractFigures, findAsOfStamps, NoteSource } from '../../../src/core/lint';
import { claimsOf as claimsAt } from './claimsOf';
import { findValues } from '../../../src/core/lint/claims/values';

const claimsOf = (text: string, asOf = 'November 19, 2026') => claimsAt(text, asOf);

/** Whether each claim's period still runs at the as-of date. */
function openness(text: string, asOf = 'November 19, 2026'): boolean[] {
  const note = new NoteSource(`As of ${asOf}.\n\n${text}\n`);
  return extractFigures(note, findAsOfStamps(note.text, note)).map((figure) => figure.open);
}

const percentValues = (sentence: string) => findValues(sentence, 0).filter((value) => value.kind === 'percent');

describe('claims as outlets phrase them: periods', () => {
  it('reads the year to date however it is written', () => {
    for (const text of [
      'Kestrel Foods (KSTL) is up 32% since the turn of the year.',
      'Kestrel Foods (KSTL) has gained 32% in the year so far.',
      'Kestrel Foods (KSTL) has gained 32% so far in the year.',
      'Kestrel Foods (KSTL) has rallied 32% since the year began.',
      'Kestrel Foods (KSTL) is up 32% since New Year.',
      'Kestrel Foods (KSTL) is up 32% from where it started the year.',
      'Kestrel Foods (KSTL) stock is 32% higher than at the start of the year.',
    ]) {
      assert.deepEqual(claimsOf(text), ['ticker:KSTL|return|ytd:2026 31.5…32.5 "32%"'], text);
    }
    // Measured against another day than the year's start: no period of its own.
    assert.deepEqual(claimsOf('Kestrel Foods (KSTL) stock is 32% higher than at the start of the month.'), []);
  });

  it('reads a month named by the as-of date as this month, and a past one as that month', () => {
    assert.deepEqual(claimsOf('So far in November the Russell 2000 has advanced 5%.'), ['russell-2000|return|month:2026-11 4.5…5.5 "5%"']);
    assert.deepEqual(claimsOf('Small caps are up 5% this month.'), ['russell-2000|return|month:2026-11 4.5…5.5 "5%"']);
    assert.deepEqual(claimsOf('The S&P 500 rose 3% in October.'), ['sp-500|return|month:2026-10 2.5…3.5 "3%"']);
    assert.deepEqual(claimsOf('The S&P 500 rose 3% in October 2025.'), ['sp-500|return|month:2025-10 2.5…3.5 "3%"']);
    // A month after the as-of month, with no year, is last year's.
    assert.deepEqual(claimsOf('The S&P 500 fell 2% in December.', 'January 9, 2027'), ['sp-500|return|month:2026-12 -2.5…-1.5 "2%"']);
  });

  it('never reads "may" the verb, a date, or a span "through" a month as a named month', () => {
    assert.deepEqual(claimsOf('Investors in may sell, and the S&P 500 is up 3% this month.'), ['sp-500|return|month:2026-11 2.5…3.5 "3%"']);
    assert.deepEqual(claimsOf('The Dow fell 1% in November 18 trading.'), []);
    assert.deepEqual(claimsOf('The S&P 500 rose 5% from January through March.'), ['sp-500|return|since:january 4.5…5.5 "5%"']);
  });

  it('reads "the first three months of this year" as the first quarter, and closed once the quarter is over', () => {
    assert.deepEqual(claimsOf('The S&P 500 rose 10.2% in the first three months of this year.'), ['sp-500|return|quarter:2026-Q1 10.15…10.25 "10.2%"']);
    assert.deepEqual(claimsOf('In the first quarter, the S&P 500 gained 6.8%.'), ['sp-500|return|quarter:2026-Q1 6.75…6.85 "6.8%"']);
    assert.deepEqual(openness('The S&P 500 rose 10.2% in the first three months of this year.'), [false]);
    assert.deepEqual(openness('The S&P 500 rose 4% in the first three months of this year.', 'March 12, 2026'), [true]);
  });

  it('reads the first half, the first six months and the first two quarters as one period', () => {
    const key = 'nasdaq-composite|return|opening:2026:6months';
    assert.deepEqual(claimsOf('The Nasdaq gained 20% in the first half of 2026.'), [`${key} 19.5…20.5 "20%"`]);
    assert.deepEqual(claimsOf('Over the first six months of the year, the Nasdaq Composite rose 14%.'), [`${key} 13.5…14.5 "14%"`]);
    assert.deepEqual(claimsOf('The Nasdaq rose 14% in the first two quarters of 2026.'), [`${key} 13.5…14.5 "14%"`]);
    assert.deepEqual(claimsOf('The Nasdaq gained 20% in the year’s first half.'), [`${key} 19.5…20.5 "20%"`]);
    // Weeks stay their own period; nine months is not the year to date.
    assert.deepEqual(claimsOf('Small caps gained 11% through the first nine months of the year.'), ['russell-2000|return|opening:2026:9months 10.5…11.5 "11%"']);
  });

  it('reads "the three months to September" as the third quarter, and "the nine months to September" as the opening nine', () => {
    assert.deepEqual(claimsOf('The FTSE 100 rose 2% in the three months to September.'), ['ftse-100|return|quarter:2026-Q3 1.5…2.5 "2%"']);
    assert.deepEqual(claimsOf('In the third quarter the FTSE 100 gained 6.5%.'), ['ftse-100|return|quarter:2026-Q3 6.45…6.55 "6.5%"']);
    assert.deepEqual(claimsOf('The FTSE 100 rose 5% in the nine months to September.'), ['ftse-100|return|opening:2026:9months 4.5…5.5 "5%"']);
    // Three months that end mid-quarter are their own span, never a quarter.
    assert.deepEqual(claimsOf('The FTSE 100 rose 5% in the three months to October.'), ['ftse-100|return|months-to:2026-10:3 4.5…5.5 "5%"']);
  });

  it('reads the year a close ended or a gain belongs to ("ended 2025 up 23%", "its 2025 gain of 23%")', () => {
    assert.deepEqual(claimsOf('The S&P 500 ended 2025 up 23%.'), ['sp-500|return|year:2025 22.5…23.5 "23%"']);
    assert.deepEqual(claimsOf('The S&P 500’s 2025 gain of 23% was its best since 2021.'), ['sp-500|return|year:2025 22.5…23.5 "23%"']);
    // Before the reading, "ended 2025" made the close the note's own session: a 23% day.
    assert.ok(!claimsOf('The S&P 500 ended 2025 up 23%.').some((claim) => claim.includes('day:')));
  });

  it('makes no claim of a value that describes a kind of period ("its second straight 20% year", "a 2% day")', () => {
    assert.deepEqual(claimsOf('The S&P 500’s 2025 gain of 23% was its second straight 20% year.'), ['sp-500|return|year:2025 22.5…23.5 "23%"']);
    assert.deepEqual(claimsOf('The Dow had a 2% day on Wednesday.'), []);
    assert.deepEqual(claimsOf('The S&P 500 is up 14.8% year to date.'), ['sp-500|return|ytd:2026 14.75…14.85 "14.8%"']);
  });

  it('reads "closed the week down 2.4%" as the week, never as the session, and "ended the year" as the one just ended', () => {
    // The level the week closed at is its last session's (a Friday note's own): closingLevels.ts.
    assert.deepEqual(claimsOf('The S&P 500 closed the week down 2.4% at 6,513.', 'November 20, 2026'), [
      'sp-500|return|week:2026-11-16 -2.45…-2.35 "2.4%"',
      'sp-500|level|day:2026-11-20 6512.5…6513.5 "6,513"',
    ]);
    // A Monday note's "ended the week" is last week; a January note's "ended the year" last year.
    assert.deepEqual(claimsOf('The S&P 500 ended the week up 1.2%.', 'November 23, 2026'), ['sp-500|return|week:2026-11-16 1.15…1.25 "1.2%"']);
    assert.deepEqual(claimsOf('The Dow closed out the year 13% higher.', 'January 2, 2027'), ['dow|return|year:2026 12.5…13.5 "13%"']);
    assert.deepEqual(claimsOf('The Dow closed out the year 13% higher.', 'December 31, 2026'), ['dow|return|ytd:2026 12.5…13.5 "13%"']);
    assert.deepEqual(claimsOf('The S&P 500 closed the day 1.2% higher.'), ['sp-500|return|day:2026-11-19 1.15…1.25 "1.2%"']);
  });

  it('reads a spaced hyphen as a dash: the aside holds its own period', () => {
    assert.deepEqual(claimsOf('Even with the Nasdaq up 0.6% on Friday - while the Dow fell 1.5% on the day and the S&P 500 slid 0.5% - it was a weekly loss.', 'November 20, 2026'), [
      'nasdaq-composite|return|day:2026-11-20 0.55…0.65 "0.6%"',
      'dow|return|day:2026-11-20 -1.55…-1.45 "1.5%"',
      'sp-500|return|day:2026-11-20 -0.55…-0.45 "0.5%"',
    ]);
  });

  it('never reads "the first half of the session" as the first half of the year', () => {
    assert.ok(!claimsOf('The Nasdaq fell 2% in the first half of Thursday’s session.').some((claim) => claim.includes('opening:')));
  });
});

describe('claims as outlets phrase them: values', () => {
  it('reads basis points as hundredths of a percent', () => {
    assert.deepEqual(claimsOf('The Russell 2000 finished down 7 basis points on Thursday.'), ['russell-2000|return|day:2026-11-19 -0.075…-0.065 "7 basis points"']);
    assert.deepEqual(claimsOf('The S&P 500 slipped 12bps on Wednesday.'), ['sp-500|return|day:2026-11-18 -0.125…-0.115 "12bps"']);
  });

  it('makes no return of basis points beside policy or bond words', () => {
    assert.deepEqual(claimsOf('The S&P 500 rose after the Fed cut 25 bps on Wednesday.'), []);
    assert.deepEqual(claimsOf('The S&P 500 rose 0.3% on Wednesday, after the Fed cut 25 basis points.'), ['sp-500|return|day:2026-11-18 0.25…0.35 "0.3%"']);
    assert.deepEqual(claimsOf('The 10-year note yield rose 11 basis points this week.'), []);
  });

  it('reads the British "pc"', () => {
    assert.deepEqual(claimsOf('London’s FTSE 100 is 14pc higher this year.'), ['ftse-100|return|ytd:2026 13.5…14.5 "14pc"']);
    assert.deepEqual(claimsOf('The bank took a 10pc stake in the FTSE 100 tracker this year.'), []);
  });

  it('reads doubled, tripled and halved as moves, a tenth either way', () => {
    assert.deepEqual(claimsOf('Palantir (PLTR) shares have more than doubled this year.'), ['ticker:PLTR|return|ytd:2026 100…Infinity "more than doubled"']);
    assert.deepEqual(claimsOf('Tesla (TSLA) shares have nearly halved this year.'), ['ticker:TSLA|return|ytd:2026 -50…-45 "nearly halved"']);
    assert.deepEqual(claimsOf('Shares of Beyond Meat (BYND) have tripled this year.'), ['ticker:BYND|return|ytd:2026 180…220 "tripled"']);
  });

  it('makes no return of what else doubles: losses, volume, a dividend; nor of "doubled down"', () => {
    assert.deepEqual(claimsOf('Tesla (TSLA) halved its losses this year.'), []);
    assert.deepEqual(claimsOf('Trading volume in SPY doubled this week.'), []);
    assert.deepEqual(claimsOf('Apple (AAPL) doubled its dividend this year.'), []);
    assert.deepEqual(percentValues('Bulls doubled down on the Nasdaq this week.'), []);
  });

  it('reads a fraction after a move word or before "of its value"', () => {
    assert.deepEqual(claimsOf('Bitcoin has lost roughly a fifth of its value this month.'), ['bitcoin|return|month:2026-11 -22…-18 "roughly a fifth"']);
    assert.deepEqual(claimsOf('Gold has surged by about a third so far this year.'), ['gold|return|ytd:2026 30…36.6667 "about a third"']);
    assert.deepEqual(claimsOf('Small caps are up nearly a quarter this year.'), ['russell-2000|return|ytd:2026 22.5…25 "nearly a quarter"']);
  });

  it('never reads an ordinal, a weight, a quarter point or half a percent as a fraction of the price', () => {
    assert.deepEqual(claimsOf('The Nasdaq rose for a third straight session on Wednesday.'), ['nasdaq-composite|streak|streak:session:moves:absolute 3…3 "third straight session"']);
    assert.deepEqual(percentValues('Stocks rose a third straight day.'), []);
    // "half a percent" is about 0.5% (claimValuesInWords.test.ts), never 50%.
    assert.deepEqual(percentValues('The Dow gained half a percent and yields rose a quarter point.').map((value) => [value.low, value.high]), [[0.45, 0.55]]);
    assert.deepEqual(percentValues('Tech is a third of S&P 500 value.'), []);
    assert.deepEqual(percentValues('Earnings rose in the first half and in a quarter of the companies.'), []);
  });

  it('reads "off 7.6%" as a fall, but not "off its highs"', () => {
    assert.deepEqual(claimsOf('The Nasdaq Composite was off 7.6% for the week.'), ['nasdaq-composite|return|week:2026-11-16 -7.65…-7.55 "7.6%"']);
    assert.deepEqual(claimsOf('The S&P 500 closed off its highs, up 0.4% on the week.'), ['sp-500|return|week:2026-11-16 0.35…0.45 "0.4%"']);
  });

  it('reads a P/E written without "times", and leaves its average and a forecast alone', () => {
    assert.deepEqual(claimsOf('The forward 12-month P/E ratio for the S&P 500 is 22.6.'), ['sp-500|forward-pe|current 22.55…22.65 "22.6"']);
    assert.deepEqual(claimsOf('The S&P 500 forward P/E is 22.3, against a 10-year average of 18.1.'), ['sp-500|forward-pe|current 22.25…22.35 "22.3"']);
    assert.deepEqual(claimsOf('The trailing P/E for the Nasdaq-100 stands at 31.'), ['nasdaq-100|trailing-pe|current 30.5…31.5 "31"']);
    assert.deepEqual(claimsOf('Strategists expect the S&P 500 forward P/E to fall to 19 next year.'), []);
    assert.deepEqual(claimsOf('The S&P 500 P/E ratio was above 4,700 points.'), []);
  });
});

describe('claims as outlets phrase them: metrics and owners', () => {
  it('knows the Dow as "the 30-stock average" and the Russell 2000 as "the small-company index"', () => {
    assert.deepEqual(claimsOf('This week the 30-stock average added 2.9%.'), ['dow|return|week:2026-11-16 2.85…2.95 "2.9%"']);
    assert.deepEqual(claimsOf('The small-company index jumped 2.1% on Wednesday.'), ['russell-2000|return|day:2026-11-18 2.05…2.15 "2.1%"']);
    // Another country's 30-stock index is not the Dow.
    // "30-stock" before another index's name is that index's, never the Dow's.
    assert.deepEqual(claimsOf('Germany’s 30-stock DAX rose 1% on Wednesday.'), ['dax|return|day:2026-11-18 0.5…1.5 "1%"']);
  });

  it('gives a figure “in line with” another name’s figure the sentence’s period, and each its own owner', () => {
    assert.deepEqual(claimsOf('The Russell 2000 has gained 20% in 2026, in line with the Dow’s 19% rise.'), ['russell-2000|return|ytd:2026 19.5…20.5 "20%"', 'dow|return|ytd:2026 18.5…19.5 "19%"']);
  });

  it('gives a sentence opening with "It" or "the index" to the one subject the sentence before named', () => {
    assert.deepEqual(claimsOf('The Nasdaq closed at a record on Wednesday. It has gained 24% this year.'), ['nasdaq-composite|return|ytd:2026 23.5…24.5 "24%"']);
    assert.deepEqual(claimsOf('The Nasdaq edged up on Wednesday. The tech-heavy index is up 17.5% so far in 2026. It has risen 4% this month.'), [
      'nasdaq-composite|return|ytd:2026 17.45…17.55 "17.5%"',
      'nasdaq-composite|return|month:2026-11 3.5…4.5 "4%"',
    ]);
    assert.deepEqual(claimsOf('Shares of Nvidia (NVDA) rose on Wednesday. It’s up 150% this year.'), ['ticker:NVDA|return|ytd:2026 149.5…150.5 "150%"']);
  });

  it('leaves a reference alone when the sentence before names two subjects, a stock for "the index", or its subject late', () => {
    assert.deepEqual(claimsOf('The S&P 500 rose on Wednesday while the Russell 2000 slipped. The index is up 4% this year.'), []);
    assert.deepEqual(claimsOf('Nvidia (NVDA) rose 3% on Wednesday. The index is up 15% this year.'), ['ticker:NVDA|return|day:2026-11-18 2.5…3.5 "3%"']);
    assert.deepEqual(claimsOf('Stocks rallied after the Fed cut, and the Dow rose on Wednesday. It has returned 30% this year.'), []);
    assert.deepEqual(claimsOf('The S&P 500 rose on Wednesday.\n\nIt is up 15% this year.'), [], 'not across paragraphs');
    assert.deepEqual(claimsOf('The S&P 500 rose on Wednesday. The index fund took in 5% more cash this year.'), []);
  });

  it('lets "It" or "the index" after a sub-index, a part of an index or its futures stand for that, not the parent', () => {
    assert.deepEqual(claimsOf('The Russell 2000 Value index rose 3% on Wednesday. It is up 12% this year.'), []);
    assert.deepEqual(claimsOf('The S&P 500 materials index fell on Wednesday. The index is down 4% this year.'), []);
    assert.deepEqual(claimsOf('The other 493 stocks in the S&P 500 lagged on Wednesday. They are up 6% this year. It is up 5% this month.'), []);
    assert.deepEqual(claimsOf('S&P 500 futures rose before the open. It is up 9% this year.'), []);
    assert.deepEqual(claimsOf('The S&P 500 ex-tech slipped on Wednesday. It is up 4% this year.'), []);
    // The parent itself still carries on.
    assert.deepEqual(claimsOf('The Russell 2000 rose on Wednesday. It is up 12% this year.'), ['russell-2000|return|ytd:2026 11.5…12.5 "12%"']);
  });

  it('gives a part of an index named in the value\'s own clause none of the subject before it', () => {
    // The 7% is the other 493 stocks', not the Magnificent Seven's, which a note saying "up 7%" would then contradict.
    assert.deepEqual(claimsOf('Year to date, the Magnificent Seven have returned 24%, while the other 493 stocks in the S&P 500 are up 7%.'), ['mega-caps|return|ytd:2026 23.5…24.5 "24%"']);
    assert.deepEqual(claimsOf('The Nasdaq rose 1% on Wednesday, and the biggest names in the S&P 500 gained 2%.'), ['nasdaq-composite|return|day:2026-11-18 0.5…1.5 "1%"']);
    // Ranked in the index: the stocks that moved most, its gainers or decliners.
    assert.deepEqual(claimsOf('Stocks that rose the most in the S&P 500 on Wednesday gained 5% or more. Decliners in the Nasdaq 100 fell 3% on average.'), []);
    assert.deepEqual(claimsOf('The S&P 500 rose the most in a month on Wednesday, gaining 1.5%.'), ['sp-500|return|day:2026-11-18 1.45…1.55 "1.5%"']);
    // A member named in an aside of its own segment still leaves the stock its move.
    assert.deepEqual(claimsOf('Nvidia (NVDA), the largest member of the S&P 500, rose 3% on Wednesday.'), ['ticker:NVDA|return|day:2026-11-18 2.5…3.5 "3%"']);
  });

  it('reads revenue with its quarter between noun and verb as revenue growth, not a return', () => {
    // The company's fiscal quarter, not the calendar's (claimEarnings.test.ts).
    assert.deepEqual(claimsOf('Nvidia (NVDA) said revenue in its fiscal third quarter rose 62% from a year earlier.'), ['ticker:NVDA|revenue-growth|fiscal-quarter:?-Q3 61.5…62.5 "62%"']);
  });

  it('reads "a 16% jump in quarterly revenue" as revenue growth for that value only', () => {
    assert.deepEqual(claimsOf('Microsoft (MSFT) posted a 16 percent jump in quarterly revenue for the third quarter.'), ['ticker:MSFT|revenue-growth|quarter:2026-Q3 15.5…16.5 "16 percent"']);
    assert.deepEqual(claimsOf('Walmart (WMT) reported a 5% decline in sales in the third quarter.'), ['ticker:WMT|revenue-growth|quarter:2026-Q3 -5.5…-4.5 "5%"']);
    assert.deepEqual(claimsOf('Microsoft (MSFT) shares rose 3% on Wednesday after a 16% jump in quarterly revenue.'), ['ticker:MSFT|return|day:2026-11-18 2.5…3.5 "3%"']);
  });

  it('reads "S&P 500 earnings are up 11%" as earnings growth, never the index’s return', () => {
    assert.deepEqual(claimsOf('S&P 500 earnings are up 11% this year.'), ['sp-500|earnings-growth|year:2026 10.5…11.5 "11%"']);
    assert.deepEqual(claimsOf('S&P 500 earnings were down 3% in the third quarter.'), ['sp-500|earnings-growth|quarter:2026-Q3 -3.5…-2.5 "3%"']);
    // Growth has no week: the move is the earnings', so no claim at all rather than the index's return.
    assert.deepEqual(claimsOf('S&P 500 earnings are up 11% this week.'), []);
    // "after earnings, up 5%": the comma ends the noun's phrase, and the move is the shares'.
    assert.deepEqual(claimsOf('Microsoft (MSFT) shares jumped after earnings, up 5% on Wednesday.'), ['ticker:MSFT|return|day:2026-11-18 4.5…5.5 "5%"']);
  });

  it('pairs values with the names after them when the sentence says "respectively"', () => {
    assert.deepEqual(claimsOf('The year-to-date gains stand at 12.3 percent, 8.7 percent and 15.3 percent for the S&P 500, the Dow and the Nasdaq, respectively.'), [
      'sp-500|return|ytd:2026 12.25…12.35 "12.3 percent"',
      'dow|return|ytd:2026 8.65…8.75 "8.7 percent"',
      'nasdaq-composite|return|ytd:2026 15.25…15.35 "15.3 percent"',
    ]);
    // A serial comma closes a list item, in the values and in the names, not a clause.
    assert.deepEqual(claimsOf('The S&P 500, the Dow, and the Nasdaq rose 1%, 2%, and 3% on Wednesday.'), [
      'sp-500|return|day:2026-11-18 0.5…1.5 "1%"',
      'dow|return|day:2026-11-18 1.5…2.5 "2%"',
      'nasdaq-composite|return|day:2026-11-18 2.5…3.5 "3%"',
    ]);
    assert.deepEqual(claimsOf('The Nasdaq fell 2% on Wednesday, and the Dow rose 1% on Tuesday.'), ['nasdaq-composite|return|day:2026-11-18 -2.5…-1.5 "2%"', 'dow|return|day:2026-11-17 0.5…1.5 "1%"']);
    // Without "respectively", or with a count that differs, no pairing and no claim.
    assert.deepEqual(claimsOf('Gains of 2% and 3% this week for the Dow, the S&P 500 and the Nasdaq, respectively.'), []);
  });
});

describe('claims as outlets phrase them: the period as an adjective, and "pct"', () => {
  it('reads a period written as an adjective between the value and its gain or loss', () => {
    assert.deepEqual(claimsOf('The Nasdaq Composite now shows an 11% year-to-date gain.'), ['nasdaq-composite|return|ytd:2026 10.5…11.5 "11%"']);
    assert.deepEqual(claimsOf('Small caps carry a 2.5% YTD loss.'), ['russell-2000|return|ytd:2026 -2.55…-2.45 "2.5%"']);
    // Before the value, the same words already read: the two must meet on one key.
    assert.deepEqual(claimsOf('The Nasdaq Composite has a year-to-date gain of 11%.'), ['nasdaq-composite|return|ytd:2026 10.5…11.5 "11%"']);
  });

  it('leaves a value before another noun that follows a period adjective', () => {
    assert.deepEqual(claimsOf('The Nasdaq Composite has an 11% year-to-date weighting in the fund.'), []);
    assert.deepEqual(claimsOf('A 4% year-to-date yield on cash funds helps savers.'), []);
  });

  it('reads "pct", spaced or not, as percent, in a paragraph with no other percent sign', () => {
    assert.deepEqual(claimsOf('The Dow is up 6 pct this year.'), ['dow|return|ytd:2026 5.5…6.5 "6 pct"']);
    assert.deepEqual(claimsOf('The Dow is up 6pct this year.'), ['dow|return|ytd:2026 5.5…6.5 "6pct"']);
    assert.deepEqual(claimsOf('The Dow gained 6 pts this year, and the desk logged 6 pcts of nothing.'), []);
  });
});

describe('claims as outlets phrase them: a points move restated, its direction after the comma', () => {
  it('reads "7.26 points, or 0.4%, higher" as the restatement’s direction', () => {
    assert.deepEqual(claimsOf('The S&P 500 closed 7.26 points, or 0.4%, higher at 6,066.95.'), [
      'sp-500|return|day:2026-11-19 0.35…0.45 "0.4%"',
      'sp-500|level|day:2026-11-19 6066.45…6067.45 "6,066.95"',
    ]);
    assert.deepEqual(claimsOf('The Dow ended 120 points, or 0.3%, lower on Thursday.'), ['dow|return|day:2026-11-19 -0.35…-0.25 "0.3%"']);
    assert.deepEqual(claimsOf('The Nasdaq finished 50 points, or 0.2%, down.'), ['nasdaq-composite|return|day:2026-11-19 -0.25…-0.15 "0.2%"']);
  });

  it('takes no direction of a comparison after the comma', () => {
    assert.deepEqual(claimsOf('The Dow closed 120 points, or 0.3%, higher than the week before.'), []);
  });
});

describe('claims as outlets phrase them: the move’s noun after the value', () => {
  it('reads "plunge", "tumble", "dip" as a loss and "bounce" as a gain', () => {
    assert.deepEqual(claimsOf('The Nasdaq’s 3% plunge on Thursday hit tech.'), ['nasdaq-composite|return|day:2026-11-19 -3.5…-2.5 "3%"']);
    assert.deepEqual(claimsOf('The Dow’s 1.2% tumble this week was broad.'), ['dow|return|week:2026-11-16 -1.25…-1.15 "1.2%"']);
    assert.deepEqual(claimsOf('The Nasdaq posted a 2% dip on Thursday.'), ['nasdaq-composite|return|day:2026-11-19 -2.5…-1.5 "2%"']);
    assert.deepEqual(claimsOf('The S&P 500 staged a 1% bounce on Thursday.'), ['sp-500|return|day:2026-11-19 0.5…1.5 "1%"']);
  });
});
