// Forms of outlets' stock and index copy: two listed stocks paired with two values ("respectively"), a year to date a
// performance line writes with "has moved" and an unsigned gain, "since the start of the calendar year", London's
// and Frankfurt's "share index", and a move told at a point of the session (an update after the open or near the
// end of trading) that is not the day's close. Sentences are our own, in the outlets' manner.
import { readsAs } from './claimsOf';

const wednesday = 'day:2026-12-02';

describe('claims: listed stocks in a list pair with a list of values', () => {
  readsAs(
    [
      [
        'two listings, respectively',
        'Orcadia Systems (NASDAQ: ORCD) and Brenwick Labs (NYSE: BRWK) rose 5.0% and 4.2%, respectively, on Wednesday.',
        [`ticker:ORCD|return|${wednesday} 4.95…5.05 "5.0%"`, `ticker:BRWK|return|${wednesday} 4.15…4.25 "4.2%"`],
      ],
      [
        'listings with a symbol label and a comma list',
        'Orcadia Systems Inc. (Symbol: ORCD), Brenwick Labs Corp (Symbol: BRWK) and Talon Freight (Symbol: TLNF) gained 3%, 2% and 1%, respectively, on Wednesday.',
        [`ticker:ORCD|return|${wednesday} 2.5…3.5 "3%"`, `ticker:BRWK|return|${wednesday} 1.5…2.5 "2%"`, `ticker:TLNF|return|${wednesday} 0.5…1.5 "1%"`],
      ],
      [
        'a listing and an index',
        'Orcadia Systems (NASDAQ: ORCD) and the Nasdaq rose 5% and 1%, respectively, on Wednesday.',
        [`ticker:ORCD|return|${wednesday} 4.5…5.5 "5%"`, `nasdaq-composite|return|${wednesday} 0.5…1.5 "1%"`],
      ],
      [
        'one value two listings share',
        'Orcadia Systems (NASDAQ: ORCD) and Brenwick Labs (NYSE: BRWK) rose 3% on Wednesday.',
        [`ticker:ORCD|return|${wednesday} 2.5…3.5 "3%"`, `ticker:BRWK|return|${wednesday} 2.5…3.5 "3%"`],
      ],
    ],
    'December 2, 2026',
  );
  readsAs(
    [
      ['a verb between the listings', 'Orcadia Systems (NASDAQ: ORCD) said Brenwick Labs (NYSE: BRWK) rose 5.0% and 4.2% on Wednesday.', []],
      ['listings offered as alternatives', 'Orcadia Systems (NASDAQ: ORCD) or Brenwick Labs (NYSE: BRWK) rose 5% on Wednesday.', []],
      ['the gap between two listings', 'The gap between Orcadia Systems (NASDAQ: ORCD) and Brenwick Labs (NYSE: BRWK) grew 3% on Wednesday.', []],
      ['a listing in a lead-in', 'Led by Orcadia Systems (NASDAQ: ORCD), Brenwick Labs (NYSE: BRWK) rose 5% on Wednesday.', [`ticker:BRWK|return|${wednesday} 4.5…5.5 "5%"`]],
    ],
    'December 2, 2026',
  );
});

describe('claims: the year to date as performance lines write it', () => {
  readsAs(
    [
      ['an unsigned "has moved" is a gain', 'Orcadia Systems (NASDAQ: ORCD) has moved 20% so far this year.', ['ticker:ORCD|return|ytd:2026 19.5…20.5 "20%"']],
      ['a signed one keeps its sign', 'Orcadia Systems (NASDAQ: ORCD) has moved -8.4% so far this year.', ['ticker:ORCD|return|ytd:2026 -8.45…-8.35 "-8.4%"']],
      ['a direction after the figure', 'Orcadia Systems (NASDAQ: ORCD) has moved about 6% lower so far this year.', ['ticker:ORCD|return|ytd:2026 -6.5…-5.5 "about 6%"']],
      ['the calendar year', 'Orcadia Systems (NASDAQ: ORCD) has returned 16.8% since the start of the calendar year.', ['ticker:ORCD|return|ytd:2026 16.75…16.85 "16.8%"']],
      ['the calendar year so far', 'Orcadia Systems (NASDAQ: ORCD) is up 16.8% so far this calendar year.', ['ticker:ORCD|return|ytd:2026 16.75…16.85 "16.8%"']],
    ],
    'December 2, 2026',
  );
  readsAs(
    [
      ['a move in either direction', 'Orcadia Systems (NASDAQ: ORCD) has moved 5% in either direction this year.', []],
      ['a bare "moved"', 'Orcadia Systems (NASDAQ: ORCD) moved 5% on Wednesday after the report.', []],
      ['a move still to come', 'Options imply Orcadia Systems (NASDAQ: ORCD) could move 5% on Wednesday.', []],
    ],
    'December 2, 2026',
  );
});

describe('claims: an index named with "share index"', () => {
  readsAs(
    [
      ['the FTSE 100', 'The benchmark FTSE 100 share index rose 0.27% on Wednesday.', [`ftse-100|return|${wednesday} 0.265…0.275 "0.27%"`]],
      ['the FTSE 250', 'The FTSE 250 share index slipped 0.4% on Wednesday.', [`ftse-250|return|${wednesday} -0.45…-0.35 "0.4%"`]],
      ['the DAX', "Germany's DAX leading share index added 0.6% on Wednesday.", [`dax|return|${wednesday} 0.55…0.65 "0.6%"`]],
    ],
    'December 2, 2026',
  );
  readsAs([['a sector index of it is still another index', 'The FTSE 100 banking index rose 0.27% on Wednesday.', []]], 'December 2, 2026');
});

describe('claims: a move at a point of the session is not the close', () => {
  readsAs(
    [
      ['after the open', 'Following the market opening Wednesday, the Dow traded up 0.15% while the Nasdaq rose 0.40%.', []],
      ['after the opening bell', 'Shortly after the opening bell on Wednesday, the S&P 500 was up 0.2%.', []],
      ['toward the end of trading', 'Toward the end of trading Wednesday, the Dow traded up 0.45 percent.', []],
      ['near the end of the session', 'Near the end of the session on Wednesday, the Nasdaq was down 0.3%.', []],
    ],
    'December 2, 2026',
  );
  readsAs(
    [
      ['the close itself', 'The Dow closed up 0.45% on Wednesday, its best day in a week.', [`dow|return|${wednesday} 0.445…0.455 "0.45%"`]],
      ['a gain in the last hour is still the close’s', 'The Dow rose 0.45% on Wednesday, with most of the gain in the last hour of trading.', [`dow|return|${wednesday} 0.445…0.455 "0.45%"`]],
    ],
    'December 2, 2026',
  );
});
