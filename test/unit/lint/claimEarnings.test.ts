// Earnings coverage names the stock, then its results in the same clause: revenue, deliveries, subscribers, the
// consensus estimate. Those percentages are the results', not the stock's return; the stock's own move, told beside
// them, keeps its reading. Fixtures are our own sentences about made-up companies.
import { strict as assert } from 'node:assert';
import { readsAs as readsAsAt } from './claimsOf';
import { conflictsOfSentences } from './wireScore';

const readsAs = (cases: ReadonlyArray<[string, string, string[]]>) => readsAsAt(cases, 'November 20, 2026');

const week = 'week:2026-11-16';

describe('claims: a company’s reported results are not its stock’s return', () => {
  readsAs([
    ['revenue in a reported clause, with no period', 'Kestrel Foods (KSTL) said revenue climbed 18% to $2.4 billion.', []],
    ['a measure right after the name', 'Harbor Mills (HRBM) deliveries slid 9% in the third quarter.', []],
    ['an estimate for the company', 'The consensus EPS estimate for Kestrel Foods (KSTL) has been revised 3% higher over the last 30 days.', []],
    ['revenue at the company', 'Revenue at Orbital Freight (OFX) jumped 22% in the third quarter.', []],
    ['an appositive after a reported amount', 'Orbital Freight (OFX) reported quarterly sales of $910 million, a 14% increase from a year earlier.', []],
    ['an appositive after a reported count', 'Harbor Mills (HRBM) ended the quarter with 48,000 subscribers, up 31% from the third quarter of 2025.', []],
    ['a measure beating the consensus by a margin', 'Orbital Freight (OFX) beat the sales consensus by 4% this quarter.', []],
  ]);

  // Other markets' and industries' results copy names its measures in words of its own.
  readsAs([
    ['India’s "PAT"', 'Kaveri Bank (NSE: KAVB) PAT rose 15% this quarter.', []],
    ['a bank’s "NII"', 'Kaveri Bank (NSE: KAVB) NII grew 12% this quarter.', []],
    ['"EBIT"', 'Kestrel Foods (LSE: KSTL) EBIT rose 10% this quarter.', []],
    ['Britain’s "turnover"', 'Kestrel Foods (LSE: KSTL) said turnover rose 8% this year.', []],
    ['a miner’s "production"', 'Harbor Mills (HRBM) production rose 7% this quarter.', []],
    ['an insurer’s "premiums"', 'Harbor Mills (HRBM) premiums rose 9% this year.', []],
    ['a lender’s "deposits" and "loan book"', 'Harbor Mills (HRBM) deposits rose 9% this year, and its loan book grew 6% this year.', []],
    ['a software company’s "ARR"', 'Harbor Mills (HRBM) ARR grew 30% this year.', []],
  ]);

  it('does not set a bank’s profit growth against another note’s share-price move', async () => {
    const found = await conflictsOfSentences(
      { 'results.md': 'Kaveri Bank (NSE: KAVB) PAT rose 15% this quarter.', 'movers.md': 'Kaveri Bank (NSE: KAVB) shares are up 3% this quarter.' },
      '2026-11-20',
      '2026-11-21',
    );
    assert.deepEqual(found, [[], []]);
  });

  readsAs([
    ['a verb of the stock after the results', 'Orbital Freight (OFX) beat revenue estimates and jumped 9% this week.', [`ticker:OFX|return|${week} 8.5…9.5 "9%"`]],
    ['a reported clause about its shares', 'Kestrel Foods (KSTL) said on Friday that its shares have gained 20% this year.', ['ticker:KSTL|return|ytd:2026 19.5…20.5 "20%"']],
    ['an appositive after a valuation', 'Orbital Freight (OFX) trades at 35 times forward earnings, up 28% this year.', ['ticker:OFX|forward-pe|current 34.5…35.5 "35 times forward earnings"', 'ticker:OFX|return|ytd:2026 27.5…28.5 "28%"']],
    ['an appositive after a price', 'Harbor Mills (HRBM) closed at $17.44 on Friday, a 6% gain for the week.', [`ticker:HRBM|return|${week} 5.5…6.5 "6%"`]],
    ['its loss is the stock’s', 'Kestrel Foods (KSTL) extended its loss to 5% this week.', [`ticker:KSTL|return|${week} -5.5…-4.5 "5%"`]],
    ['the company said it after the figure', 'Orbital Freight (OFX) stock has climbed 20% this year, the company said.', ['ticker:OFX|return|ytd:2026 19.5…20.5 "20%"']],
    ['the index after its earnings', 'Earnings for the S&P 500 rose 13% in the third quarter and the index is up 16% this year.', ['sp-500|return|ytd:2026 15.5…16.5 "16%"']],
    ['sales growth stays growth', 'Kestrel Foods (KSTL) sales grew 7% in the third quarter.', ['ticker:KSTL|revenue-growth|quarter:2026-Q3 6.5…7.5 "7%"']],
  ]);
});

describe('claims: the measure named right before or after the value says what grew', () => {
  readsAs([
    ['a rise in a quarter’s profit is earnings growth', 'Kestrel Foods (KSTL) posted a 12% rise in third-quarter profit.', ['ticker:KSTL|earnings-growth|quarter:2026-Q3 11.5…12.5 "12%"']],
    ['a verb before net income', 'Kestrel Foods (KSTL) grew net income 22% in the third quarter.', ['ticker:KSTL|earnings-growth|quarter:2026-Q3 21.5…22.5 "22%"']],
    ['a rise in a quarter’s deliveries is neither', 'Kestrel Foods (KSTL) posted a 12% rise in third-quarter deliveries.', []],
    ['growth in bookings is neither', 'Kestrel Foods (KSTL) reported 22% growth in bookings in the third quarter.', []],
    ['a scorecard line: the results’ chips, then the shares’', 'Kestrel Foods (KSTL): Q3 revenue +9% y/y, EPS +14% y/y; shares +6% this week.', [`ticker:KSTL|return|${week} 5.5…6.5 "+6%"`]],
    ['the shares’ chip alone', 'Kestrel Foods (KSTL) shares +6% this week.', [`ticker:KSTL|return|${week} 5.5…6.5 "+6%"`]],
  ]);
});

describe('claims: a growth phrase owns the values after it, not the stock’s move before it', () => {
  readsAs([
    ['the move before the growth phrase', 'Orbital Freight (OFX) shares jumped 8% after revenue rose 12% in the third quarter.', ['ticker:OFX|revenue-growth|quarter:2026-Q3 11.5…12.5 "12%"']],
    [
      'its shares after the growth phrase',
      'Orbital Freight (OFX) said revenue rose 12% in the third quarter and its shares jumped 8% this week.',
      ['ticker:OFX|revenue-growth|quarter:2026-Q3 11.5…12.5 "12%"', `ticker:OFX|return|${week} 7.5…8.5 "8%"`],
    ],
    ['growth said with "up"', 'S&P 500 earnings are up 11% this year.', ['sp-500|earnings-growth|year:2026 10.5…11.5 "11%"']],
    ['growth named after the value', 'The S&P 500 is expected to post 11% earnings growth in 2026.', ['sp-500|earnings-growth:expected|year:2026 10.5…11.5 "11%"']],
  ]);
});

describe('claims: the verbs a results story moves its measures with, and the period between verb and measure', () => {
  readsAs([
    ['"climbed"', 'Kestrel Foods (KSTL) said third-quarter sales climbed 18%.', ['ticker:KSTL|revenue-growth|quarter:2026-Q3 17.5…18.5 "18%"']],
    ['"surged"', 'Orbital Freight (OFX) said third-quarter revenue surged 31%.', ['ticker:OFX|revenue-growth|quarter:2026-Q3 30.5…31.5 "31%"']],
    ['"slid" is a fall', 'Harbor Mills (HRBM) third-quarter revenue slid 9%.', ['ticker:HRBM|revenue-growth|quarter:2026-Q3 -9.5…-8.5 "9%"']],
    ['"plunged" is a fall', 'Harbor Mills (HRBM) said third-quarter profit plunged 40%.', ['ticker:HRBM|earnings-growth|quarter:2026-Q3 -40.5…-39.5 "40%"']],
    ['a quarter between the verb and the measure', 'Orbital Freight (OFX) grew third-quarter revenue 39% from a year earlier.', ['ticker:OFX|revenue-growth|quarter:2026-Q3 38.5…39.5 "39%"']],
    ['the stock’s own verb stays its return', 'Orbital Freight (OFX) shares surged 12% this week after its results.', [`ticker:OFX|return|${week} 11.5…12.5 "12%"`]],
  ]);
});

describe('claims: a company’s fiscal period is not the calendar’s', () => {
  readsAs([
    ['a fiscal year', 'Kestrel Foods (KSTL) revenue grew 15% in fiscal 2026.', ['ticker:KSTL|revenue-growth|fiscal-year:2026 14.5…15.5 "15%"']],
    ['a fiscal year written FY', 'Kestrel Foods (KSTL) revenue grew 15% in FY26.', ['ticker:KSTL|revenue-growth|fiscal-year:2026 14.5…15.5 "15%"']],
    ['"fiscal year" and its number', 'Kestrel Foods (KSTL) revenue grew 15% in fiscal year 2026.', ['ticker:KSTL|revenue-growth|fiscal-year:2026 14.5…15.5 "15%"']],
    ['a fiscal quarter with no year', 'Kestrel Foods (KSTL) revenue grew 18% in its fiscal first quarter.', ['ticker:KSTL|revenue-growth|fiscal-quarter:?-Q1 17.5…18.5 "18%"']],
    ['a quarter of a fiscal year', 'Kestrel Foods (KSTL) revenue grew 18% in the first quarter of fiscal 2027.', ['ticker:KSTL|revenue-growth|fiscal-quarter:2027-Q1 17.5…18.5 "18%"']],
    ['a quarter and its FY', 'Kestrel Foods (KSTL) revenue grew 18% in Q1 FY27.', ['ticker:KSTL|revenue-growth|fiscal-quarter:2027-Q1 17.5…18.5 "18%"']],
    ['fiscal year to date', 'Kestrel Foods (KSTL) fiscal year-to-date revenue rose 16%.', ['ticker:KSTL|revenue-growth|fiscal-ytd:? 15.5…16.5 "16%"']],
    ['a fiscal year to come is no return', 'Kestrel Foods (KSTL) shares could rise 10% in fiscal 2027.', []],
  ]);
  readsAs([
    ['a calendar quarter', 'Kestrel Foods (KSTL) revenue grew 18% in the first quarter.', ['ticker:KSTL|revenue-growth|quarter:2026-Q1 17.5…18.5 "18%"']],
    ['a calendar year', 'Kestrel Foods (KSTL) revenue grew 15% in 2025.', ['ticker:KSTL|revenue-growth|year:2025 14.5…15.5 "15%"']],
    ['a quarter and its calendar year', 'Kestrel Foods (KSTL) revenue grew 18% in Q1 2026.', ['ticker:KSTL|revenue-growth|quarter:2026-Q1 17.5…18.5 "18%"']],
    ['a stock’s year to date', 'Kestrel Foods (KSTL) shares are up 16% year-to-date.', ['ticker:KSTL|return|ytd:2026 15.5…16.5 "16%"']],
  ]);

  // India's results copy and brokers' notes glue the year to the quarter: it is that quarter's year, and its FY or
  // CY says whose — never the calendar quarter of the as-of year.
  readsAs([
    ['"Q2FY27"', 'Kestrel Foods (KSTL) revenue grew 18% in Q2FY27.', ['ticker:KSTL|revenue-growth|fiscal-quarter:2027-Q2 17.5…18.5 "18%"']],
    ['"2QFY27"', 'Kestrel Foods (KSTL) revenue grew 18% in 2QFY27.', ['ticker:KSTL|revenue-growth|fiscal-quarter:2027-Q2 17.5…18.5 "18%"']],
    ['"Q2FY2027"', 'Kestrel Foods (KSTL) revenue grew 18% in Q2FY2027.', ['ticker:KSTL|revenue-growth|fiscal-quarter:2027-Q2 17.5…18.5 "18%"']],
    ['"Q3CY25" is a past calendar quarter', 'Kestrel Foods (KSTL) revenue grew 18% in Q3CY25.', ['ticker:KSTL|revenue-growth|quarter:2025-Q3 17.5…18.5 "18%"']],
    ['"3Q26"', 'Kestrel Foods (KSTL) revenue grew 18% in 3Q26.', ['ticker:KSTL|revenue-growth|quarter:2026-Q3 17.5…18.5 "18%"']],
    [
      'a year-ago quarter beside this one is its own quarter',
      'Kestrel Foods (KSTL) net profit rose 9.5% in Q2FY27, after 7.1% in Q2FY26.',
      ['ticker:KSTL|earnings-growth|fiscal-quarter:2027-Q2 9.45…9.55 "9.5%"', 'ticker:KSTL|earnings-growth|fiscal-quarter:2026-Q2 7.05…7.15 "7.1%"'],
    ],
  ]);

  // Australian and Indian results copy name the fiscal year first and its part after it: the part is the period.
  readsAs([
    ['"FY27 H1" is no growth of the whole year', 'Kestrel Foods (KSTL) revenue grew 18% in FY27 H1.', []],
    ['"FY27 first-half"', 'Kestrel Foods (KSTL) FY27 first-half revenue grew 18%.', []],
    ['"fiscal 2027’s first half"', 'Kestrel Foods (KSTL) revenue grew 18% in fiscal 2027’s first half.', []],
    ['"FY2027 interim"', 'Kestrel Foods (KSTL) FY2027 interim revenue grew 18%.', []],
    ['"FY27 Q2" is the fiscal quarter', 'Kestrel Foods (KSTL) revenue grew 18% in FY27 Q2.', ['ticker:KSTL|revenue-growth|fiscal-quarter:2027-Q2 17.5…18.5 "18%"']],
    [
      '"fiscal 2027 second-quarter" is no calendar quarter',
      'Kestrel Foods (KSTL) fiscal 2027 second-quarter revenue grew 18%.',
      ['ticker:KSTL|revenue-growth|fiscal-quarter:2027-Q2 17.5…18.5 "18%"'],
    ],
    ['"FY27 year-to-date" is the fiscal year’s', 'Kestrel Foods (KSTL) FY27 year-to-date revenue grew 18%.', ['ticker:KSTL|revenue-growth|fiscal-ytd:2027 17.5…18.5 "18%"']],
    ['the whole fiscal year still reads as it', 'Kestrel Foods (KSTL) said FY26 revenue grew 12%, and FY26 results beat.', ['ticker:KSTL|revenue-growth|fiscal-year:2026 11.5…12.5 "12%"']],
  ]);

  it('does not set a fiscal half against the whole fiscal year in another note', async () => {
    const found = await conflictsOfSentences(
      { 'interim.md': 'Kestrel Foods (KSTL) revenue grew 20% in FY27 H1.', 'outlook.md': 'Kestrel Foods (KSTL) said FY27 revenue grew 12%.' },
      '2026-11-20',
      '2026-11-21',
    );
    assert.deepEqual(found, [[], []]);
  });

  it('sets a glued fiscal quarter against the same quarter written apart, and never against the year before', async () => {
    const found = await conflictsOfSentences(
      {
        'this-year.md': 'Kestrel Foods (KSTL) revenue grew 12% in Q2FY27.',
        'year-ago.md': 'Kestrel Foods (KSTL) revenue grew 9% in Q2FY26.',
        'written-apart.md': 'Kestrel Foods (KSTL) revenue grew 14% in Q2 FY27.',
      },
      '2026-11-20',
      '2026-11-21',
    );
    assert.deepEqual(found.map((findings) => findings.length), [1, 0, 1]);
  });
});

describe('claims: a results period told in months belongs to the measure, not the stock', () => {
  // British and Australian results copy count the period in months between the measure and its verb.
  readsAs([
    ['"revenue for the six months to September rose"', 'Kestrel Foods (LSE: KSTL) revenue for the six months to September rose 8%.', []],
    ['"revenue for the nine months ended 30 September 2026 rose"', 'Kestrel Foods (LSE: KSTL) revenue for the nine months ended 30 September 2026 rose 8%.', []],
    [
      'three months to a quarter’s end are that quarter',
      'Kestrel Foods (LSE: KSTL) revenue for the three months to September rose 8%.',
      ['ticker:LSE:KSTL|revenue-growth|quarter:2026-Q3 7.5…8.5 "8%"'],
    ],
    ['the shares over six months are still their move', 'Kestrel Foods (LSE: KSTL) shares rose 8% in the six months to September.', ['ticker:LSE:KSTL|return|months-to:2026-9:6 7.5…8.5 "8%"']],
  ]);
});

describe('claims: a value whose verb is left out belongs to the measure named beside it', () => {
  const revenue = (low: number, high: number, text: string) => `ticker:KSTL|revenue-growth|quarter:2026-Q3 ${low}…${high} "${text}"`;
  readsAs([
    ['"and net profit 22%" is the profit’s', 'Kestrel Foods (KSTL) third-quarter revenue rose 15% and net profit 22%.', [revenue(14.5, 15.5, '15%')]],
    ['"and EPS 26%" is per-share growth', 'Kestrel Foods (KSTL) third-quarter net income rose 20% and EPS 26%.', ['ticker:KSTL|earnings-growth|quarter:2026-Q3 19.5…20.5 "20%"']],
    ['a sequential lead and a second measure', 'Sequentially, Kestrel Foods (KSTL) third-quarter revenue rose 4% and net profit 9%.', []],
    ['"…, and 15% from a year earlier" is no return of the stock', 'Kestrel Foods (KSTL) third-quarter revenue rose 4% from the second quarter, and 15% from a year earlier.', []],
    ['the stock named again keeps its own move', 'Kestrel Foods (KSTL) third-quarter revenue rose 15%, and its shares jumped 8% this week.', [revenue(14.5, 15.5, '15%'), `ticker:KSTL|return|${week} 7.5…8.5 "8%"`]],
    ['one measure’s two values on two bases', 'Kestrel Foods (KSTL) third-quarter revenue rose 6%, or 9% in constant currency.', [revenue(5.5, 6.5, '6%')]],
  ]);

  it('does not set a profit figure whose verb is left out against another note’s revenue growth', async () => {
    const found = await conflictsOfSentences(
      { 'roundup.md': 'Kestrel Foods (KSTL) third-quarter revenue rose 15% and net profit 22%.', 'results.md': 'Kestrel Foods (KSTL) third-quarter revenue rose 15%.' },
      '2026-11-20',
      '2026-11-21',
    );
    assert.deepEqual(found, [[], []]);
  });
});
