// A span that runs from an event — "has climbed 28% since the company reported earnings in October", "is down 20%
// since peaking in July" — is no move of the month, year or session its clause names: that time dates the event.
// The span's start is not a period the claims can key, so such a figure makes no claim; a span from a named start
// ("since the April low", "since Thursday") still does. Sentences are our own, in the manner of stock write-ups.
import { strict as assert } from 'node:assert';
import { claimsOf as claimsAt } from './claimsOf';

const claimsOf = (text: string) => claimsAt(text, 'November 27, 2026');

describe('claims: a span from an event', () => {
  it('makes no claim for the time the event is dated by', () => {
    assert.deepEqual(claimsOf('Orcadia Systems (NASDAQ: ORCD) shares have climbed 28% since the company reported earnings in October.'), []);
    assert.deepEqual(claimsOf('Orcadia Systems (NASDAQ: ORCD) has gained 15% since we recommended it in March.'), []);
    assert.deepEqual(claimsOf('Orcadia Systems (NASDAQ: ORCD) is down 20% since peaking in July.'), []);
    assert.deepEqual(claimsOf('Orcadia Systems (NASDAQ: ORCD) has risen 40% since it went public in 2021.'), []);
    assert.deepEqual(claimsOf('The S&P 500 is up 4% since the Fed cut rates last week.'), []);
  });

  it('keeps a period of the figure’s own beside it, and a span from a named start', () => {
    assert.deepEqual(claimsOf('Orcadia Systems (NASDAQ: ORCD) has risen 12% this year, most of it since the company reported on Tuesday.'), ['ticker:ORCD|return|ytd:2026 11.5…12.5 "12%"']);
    assert.deepEqual(claimsOf('The S&P 500 is up 9% since the April low.'), ['sp-500|return|since:april-low 8.5…9.5 "9%"']);
    assert.deepEqual(claimsOf('The S&P 500 is up 9% since the start of the year.'), ['sp-500|return|ytd:2026 8.5…9.5 "9%"']);
    assert.deepEqual(claimsOf('Small caps are up 6% since the election in November.'), ['russell-2000|return|since:election 5.5…6.5 "6%"']);
  });
});

describe('claims: a span from the last close of the year before', () => {
  it('is the year to date, as "since the start of 2026" is', () => {
    const ytd = ['sp-500|return|ytd:2026 15.75…15.85 "15.8%"'];
    assert.deepEqual(claimsOf('The S&P 500 is up 15.8% since the end of 2025.'), ytd);
    assert.deepEqual(claimsOf('The S&P 500 is up 15.8% since Dec. 31.'), ytd);
    assert.deepEqual(claimsOf('The S&P 500 is up 15.8% since Dec. 31, 2025.'), ytd);
  });

  it('not the end of an earlier year, nor another day', () => {
    assert.deepEqual(claimsOf('The S&P 500 is up 31% since the end of 2024.'), ['sp-500|return|since:end-of-2024 30.5…31.5 "31%"']);
    assert.deepEqual(claimsOf('The S&P 500 is up 2.1% since Oct. 31.'), ['sp-500|return|since:oct-31 2.05…2.15 "2.1%"']);
  });
});
