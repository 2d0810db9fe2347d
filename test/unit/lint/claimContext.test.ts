// What the words around a value say about its period and owner, beyond the look-alike pairs in claims.test.ts:
// the readings the third audit of real market copy asked for, and the legitimate claims those rules must keep.
// Fixtures are our own sentences, written in the wire's manner.
import { strict as assert } from 'node:assert';
import { claimsOf as claimsAt } from './claimsOf';
import { sentenceBounds } from '../../../src/core/lint/claims/text';

const claimsOf = (text: string, asOf = 'November 19, 2026') => claimsAt(text, asOf);

describe('claims: periods the audit asked for', () => {
  it('reads "the first three weeks of 2026" as its own period, never the year to date of a later note', () => {
    assert.deepEqual(claimsOf('The Russell 2000 has climbed 9% in the first three weeks of 2026.'), ['russell-2000|return|opening:2026:3weeks 8.5…9.5 "9%"']);
    assert.deepEqual(claimsOf('Small caps gained 8% over the first few weeks of the year.', 'January 23, 2026'), ['russell-2000|return|opening:2026:fewweeks 7.5…8.5 "8%"']);
  });

  it('reads "a weekly gain of 4.5%" as this week, but not "its best weekly gain since July"', () => {
    assert.deepEqual(claimsOf('Small caps logged a weekly gain of 3.2% on the back of a late rally.'), ['russell-2000|return|week:2026-11-16 3.15…3.25 "3.2%"']);
    assert.deepEqual(claimsOf('The Dow rose 2%, its best weekly gain since July.'), []);
    assert.deepEqual(claimsOf('Weekly jobless claims fell 3%, and the Dow rose 1%.'), []);
  });

  it('resolves "for the quarter" to the as-of date’s quarter', () => {
    assert.deepEqual(claimsOf('The Dow is up 6% for the quarter.'), ['dow|return|quarter:2026-Q4 5.5…6.5 "6%"']);
    assert.deepEqual(claimsOf('The Dow is up 6% for the quarter.', 'February 3, 2027'), ['dow|return|quarter:2027-Q1 5.5…6.5 "6%"']);
  });

  it('reads a fall from a closing high as a since-period', () => {
    assert.deepEqual(claimsOf('The Nasdaq is down 8% from its closing high.'), ['nasdaq-composite|return|since:closing-high -8.5…-7.5 "8%"']);
  });

  it('keeps "at least 3% this year", a day’s move "from the previous close", and reads no period in "quarterly"', () => {
    assert.deepEqual(claimsOf('The Dow is up at least 3% this year.'), ['dow|return|ytd:2026 3…Infinity "at least 3%"']);
    assert.deepEqual(claimsOf('The Dow rose 1% from the previous close on Thursday.'), ['dow|return|day:2026-11-19 0.5…1.5 "1%"']);
    assert.deepEqual(claimsOf('Acme (NYSE: ACME) posted a quarterly decline of 3%.'), []);
  });

  it('keeps a period a record’s scope does not touch', () => {
    assert.deepEqual(claimsOf('The Dow rose 2% on Thursday, its best day this year, and is up 9% year to date.'), ['dow|return|day:2026-11-19 1.5…2.5 "2%"', 'dow|return|ytd:2026 8.5…9.5 "9%"']);
  });
});

describe('claims: owners the audit asked for', () => {
  it('gives a value after a dash aside to the name before the aside', () => {
    assert.deepEqual(claimsOf('The Invesco fund QQQ - whose holdings overlap heavily with the S&P 500 - has gained 18% year to date.'), ['nasdaq-100|return|ytd:2026 17.5…18.5 "18%"']);
    assert.deepEqual(claimsOf('The Nasdaq — home to most tech stocks — fell 2.7% on Thursday.'), ['nasdaq-composite|return|day:2026-11-19 -2.75…-2.65 "2.7%"']);
  });

  it('leaves out a name after "outside", and keeps the other subjects of the sentence', () => {
    assert.deepEqual(claimsOf('Stocks outside the S&P 500 rose 2% on Thursday, and the Dow fell 1% on Thursday.'), ['dow|return|day:2026-11-19 -1.5…-0.5 "1%"']);
    assert.deepEqual(claimsOf('Equal-weight aside, S&P 500 minus its top ten names grew earnings 6% in 2026.'), []);
  });

  it('gives a multiple after "a third of S&P 500 value" to the subject that holds it', () => {
    assert.deepEqual(claimsOf('Mega caps make up about a third of S&P 500 value and trade at 30 times forward earnings.'), ['mega-caps|forward-pe|current 29.5…30.5 "30 times forward earnings"']);
  });

  it('lets "the index" refer back to an index, but not to a stock', () => {
    assert.deepEqual(claimsOf('The Dow rose 1% on Thursday, and the index is up 9% this year.'), ['dow|return|day:2026-11-19 0.5…1.5 "1%"', 'dow|return|ytd:2026 8.5…9.5 "9%"']);
    assert.deepEqual(claimsOf('Apple (NASDAQ: AAPL) rose 2% on Thursday, while the index fell 1% on Thursday.'), ['ticker:AAPL|return|day:2026-11-19 1.5…2.5 "2%"']);
  });

  it('still lets a fronted figure take the name after it ("Up 12% this year, the Nasdaq …")', () => {
    assert.deepEqual(claimsOf('Up 12% this year, the Nasdaq leads the pack.'), ['nasdaq-composite|return|ytd:2026 11.5…12.5 "12%"']);
  });
});

describe('claims: kinds of figure the audit asked for', () => {
  it('tells a streak of records from a streak of moves away from a record', () => {
    assert.deepEqual(claimsOf('The S&P 500 notched a record close, rising for a fifth straight session.'), ['sp-500|streak|streak:session:records:absolute 5…5 "fifth straight session"']);
    assert.deepEqual(claimsOf('The Dow fell for a third straight session, sliding from record highs.'), ['dow|streak|streak:session:moves:absolute -3…-3 "third straight session"']);
  });

  it('reads "sessions of outperformance against" as a streak ahead of that subject', () => {
    assert.deepEqual(claimsOf('Against the S&P 500, small caps have notched 12 consecutive sessions of outperformance.'), [
      'russell-2000|streak|streak:session:moves:sp-500 12…12 "12 consecutive sessions"',
    ]);
  });

  it('measures a streak against a compared subject, never against its own subject in an appositive', () => {
    assert.deepEqual(claimsOf('Smaller companies, measured here by the Russell 2000, are riding a five-day winning streak.'), ['russell-2000|streak|streak:session:moves:absolute 5…5 "five-day winning streak"']);
    assert.deepEqual(claimsOf('The Russell 2000 set a closing record on Thursday, stretching its outperformance over the S&P 500 to a seventh straight session.'), [
      'russell-2000|streak|streak:session:moves:sp-500 7…7 "seventh straight session"',
    ]);
  });

  it('keeps a current multiple next to a historical average, and one on "expected earnings"', () => {
    assert.deepEqual(claimsOf('The S&P 500 trades at 22 times forward earnings, above its ten-year average of 18 times forward earnings.'), ['sp-500|forward-pe|current 21.5…22.5 "22 times forward earnings"']);
    assert.deepEqual(claimsOf('The S&P 500 trades at 22 times expected earnings.'), ['sp-500|forward-pe|current 21.5…22.5 "22 times expected earnings"']);
  });

  it('drops a move in a clause timed inside the session, and keeps the close in the next clause', () => {
    assert.deepEqual(claimsOf('Energy stocks were up 3% at midday, but they closed 1% higher on Thursday.'), ['energy|return|day:2026-11-19 0.5…1.5 "1%"']);
    assert.deepEqual(claimsOf('As of 11:40 a.m. on Thursday, the Dow was up 1.2%.'), []);
  });

  it('drops a figure of the average member, but not one of an index named an average', () => {
    assert.deepEqual(claimsOf('The average stock in the S&P 500 is down 4% this year.'), []);
    // A history's average, told with the verb: "averaging gains of 2.4% for the month" is no move of this November.
    assert.deepEqual(claimsOf('For the S&P 500, November is the second-best month, averaging gains of 2.4% for the month.'), []);
    assert.deepEqual(claimsOf('Since 1995, the Dow has averaged a 2.8% gain in November.'), []);
  });

  it('drops a habit of the market: a seasonality note’s moves are of no one period', () => {
    assert.deepEqual(claimsOf('Historically, the S&P 500 gains 1.5% in November.'), []);
    assert.deepEqual(claimsOf('The S&P 500 typically rises 1.5% in December.'), []);
    assert.deepEqual(claimsOf('The Nasdaq tends to rally 2% in the last two weeks of December.'), []);
    assert.deepEqual(claimsOf('The S&P 500 has risen in November in 12 of the past 13 years, gaining 3% on average.'), []);
    assert.deepEqual(claimsOf('The Dow Jones Industrial Average rose 1.2% on Thursday, and the Dow industrial average is up 9% this year.'), [
      'dow|return|day:2026-11-19 1.15…1.25 "1.2%"',
      'dow|return|ytd:2026 8.5…9.5 "9%"',
    ]);
    assert.deepEqual(claimsOf('The Nikkei Stock Average rose 2% on Thursday.'), ['nikkei-225|return|day:2026-11-19 1.5…2.5 "2%"']);
  });
});

describe('claims: sentence bounds around times of day', () => {
  it('keeps "a.m. ET" inside its sentence and still ends one at "p.m. Prices"', () => {
    const text = 'At 10 a.m. ET, the index was lower. Trading closed at 4 p.m. Prices then drifted.';
    assert.deepEqual(sentenceBounds(text, 0, text.length).map(([start, end]) => text.slice(start, end).trim()), [
      'At 10 a.m. ET, the index was lower.',
      'Trading closed at 4 p.m.',
      'Prices then drifted.',
    ]);
  });
});
