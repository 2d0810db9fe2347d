// A sentence that opens with "It", "The index" or "the benchmark" continues the one index the sentence before named:
// "The FTSE 100 had a quiet session. It closed up 18.68 points, or 0.25%, at 7,496.87." A place word must agree with
// that index ("the Japanese benchmark" is the Nikkei's, never the FTSE's), and a name the table leaves in doubt ("the
// blue-chip index", London's or New York's) is the index the sentence before named. The look-alikes: two subjects
// before, a paragraph break, a place that disagrees, a name of another index. Sentences are our own.
import { readsAs } from './claimsOf';

const friday = 'day:2026-11-27';
const asOf = 'November 27, 2026';

describe('claims: a sentence that refers back to the index before it', () => {
  readsAs(
    [
      [
        '"It", with points, a percentage and a level',
        'The FTSE 100 had a quiet session. It closed up 18.68 points, or 0.25%, at 7,496.87.',
        [`ftse-100|return|${friday} 0.245…0.255 "0.25%"`, `ftse-100|level|${friday} 7496.37…7497.37 "7,496.87"`],
      ],
      ['"The index"', 'The FTSE 100 had a quiet session. The index closed 0.25% higher.', [`ftse-100|return|${friday} 0.245…0.255 "0.25%"`]],
      ['"The benchmark"', 'The FTSE 100 had a quiet session. The benchmark closed 0.25% higher.', [`ftse-100|return|${friday} 0.245…0.255 "0.25%"`]],
      [
        'a name in doubt, resolved by the sentence before, and "It" after it',
        "London's FTSE 100 had a quiet session. The blue-chip index closed 0.25% higher. It is up 8% this year.",
        [`ftse-100|return|${friday} 0.245…0.255 "0.25%"`, 'ftse-100|return|ytd:2026 7.5…8.5 "8%"'],
      ],
      ['a demonym that agrees', 'The Nikkei 225 was little changed on Friday. The Japanese benchmark closed 0.1% lower.', [`nikkei-225|return|${friday} -0.15…-0.05 "0.1%"`]],
      ['a city that agrees', 'The FTSE 100 had a quiet session. The London benchmark closed 0.25% higher.', [`ftse-100|return|${friday} 0.245…0.255 "0.25%"`]],
      ['a country’s possessive that agrees', "The FTSE 100 had a quiet session. Britain's benchmark index closed 0.25% higher.", [`ftse-100|return|${friday} 0.245…0.255 "0.25%"`]],
      [
        'a place that agrees, later in the sentence',
        'The Nikkei 225 fell 0.3% on Friday, and the Japanese benchmark is down 2% this week.',
        [`nikkei-225|return|${friday} -0.35…-0.25 "0.3%"`, 'nikkei-225|return|week:2026-11-23 -2.5…-1.5 "2%"'],
      ],
    ],
    asOf,
  );
});

describe('claims: a reference back that stands for no index named before', () => {
  readsAs(
    [
      ['a place that disagrees', 'The FTSE 100 had a quiet session. The Japanese benchmark closed 0.25% higher.', []],
      ['a place that disagrees, later in the sentence', 'The FTSE 100 fell 0.3% on Friday, and the Japanese benchmark is down 2% this week.', [`ftse-100|return|${friday} -0.35…-0.25 "0.3%"`]],
      ['two subjects before', 'The FTSE 100 and the FTSE 250 had a quiet session. It closed 0.25% higher.', []],
      ['a name in doubt after two subjects', 'The FTSE 100 outpaced the FTSE 250 on Friday. The blue-chip index closed 0.25% higher.', []],
      ['a name in doubt with nothing before it', 'The blue-chip index closed 0.25% higher on Friday.', []],
      ['a paragraph break', 'The FTSE 100 had a quiet session.\n\nIt closed 0.25% higher.', []],
      ['a sentence between that names none', 'The FTSE 100 had a quiet session. Traders were cautious. It closed 0.25% higher.', []],
      ['another index named outright', 'The FTSE 100 had a quiet session. The MSCI World index closed 0.25% higher.', [`msci-world|return|${friday} 0.245…0.255 "0.25%"`]],
    ],
    asOf,
  );
});

// "The blue-chip index" is the FTSE 100 in London's copy and the Dow in New York's: a place word before it says which.
describe('claims: a place word picks which index "the blue-chip index" is', () => {
  readsAs(
    [
      ["London's", "London's blue-chip index fell 0.1% on Friday.", [`ftse-100|return|${friday} -0.15…-0.05 "0.1%"`]],
      ['the U.S.', 'The U.S. blue-chip index fell 0.1% on Friday.', [`dow|return|${friday} -0.15…-0.05 "0.1%"`]],
      [
        'then "the UK benchmark" in the next sentence',
        "London's blue-chip index finished the day lower. The UK benchmark lost 0.1% to close at 9,702.15.",
        [`ftse-100|return|${friday} -0.15…-0.05 "0.1%"`, `ftse-100|level|${friday} 9701.65…9702.65 "9,702.15"`],
      ],
    ],
    asOf,
  );
  readsAs(
    [
      ['a place that picks neither', "Tokyo's blue-chip index fell 0.1% on Friday.", []],
      ['no place', 'The blue-chip index fell 0.1% on Friday.', []],
    ],
    asOf,
  );
});

describe('claims: "They" and "the shares" refer back', () => {
  readsAs(
    [
      ['"They" after a group', 'Small caps rallied 2% on Friday. They are up 12% this year.', [`russell-2000|return|${friday} 1.5…2.5 "2%"`, 'russell-2000|return|ytd:2026 11.5…12.5 "12%"']],
      [
        '"They" after shares of a company',
        'Shares of Orcadia (ORCD) rose 3% on Friday. They are up 38% this year.',
        [`ticker:ORCD|return|${friday} 2.5…3.5 "3%"`, 'ticker:ORCD|return|ytd:2026 37.5…38.5 "38%"'],
      ],
      [
        '"The shares" after a stock, in a note of several',
        'Orcadia (NASDAQ: ORCD) beat estimates on Thursday. The shares are up 38% this year. Harbour (NYSE: HBFD) fell 2% on Friday.',
        ['ticker:ORCD|return|ytd:2026 37.5…38.5 "38%"', `ticker:HBFD|return|${friday} -2.5…-1.5 "2%"`],
      ],
      [
        '"The stock\'s" after a stock, in a note of several',
        'Harbour (NYSE: HBFD) fell 2% on Friday. Kraken Robotics (KRKNF) beat its sector this year. The stock\'s year-to-date return is 61.2%.',
        [`ticker:HBFD|return|${friday} -2.5…-1.5 "2%"`, 'ticker:KRKNF|return|ytd:2026 61.15…61.25 "61.2%"'],
      ],
      [
        '"The shares\u2019" after a stock, in a note of several',
        'Harbour (NYSE: HBFD) fell 2% on Friday. Orcadia (NASDAQ: ORCD) beat estimates. The shares\u2019 gain this year is 38%.',
        [`ticker:HBFD|return|${friday} -2.5…-1.5 "2%"`, 'ticker:ORCD|return|ytd:2026 37.5…38.5 "38%"'],
      ],
      ['"The stock\'s" after two stocks', 'Orcadia (NASDAQ: ORCD) beat estimates and Harbour (NYSE: HBFD) missed. The stock\'s gain this year is 38%.', []],
      ['"They" after people who named an index', 'Strategists see the S&P 500 rising 5% next year. They are up 12% this year.', []],
      ['"The shares" after two stocks', 'Orcadia (NASDAQ: ORCD) beat estimates and Harbour (NYSE: HBFD) missed. The shares are up 38% this year.', []],
      ['"The shares" after an index', 'The S&P 500 rose 1% on Friday. The shares are up 12% this year.', [`sp-500|return|${friday} 0.5…1.5 "1%"`]],
      // "Its" and "Their" before a value stand for what "It" and "They" would.
      ['"Its" before a value', 'The S&P 500 rose 1% on Friday. Its 3% weekly gain was its best since June.', [`sp-500|return|${friday} 0.5…1.5 "1%"`, 'sp-500|return|week:2026-11-23 2.5…3.5 "3%"']],
      ['"Their" after a group', 'Small caps rallied on Friday. Their 12% gain this year leads the market.', ['russell-2000|return|ytd:2026 11.5…12.5 "12%"']],
      ['not "Their" after people who named an index', 'Strategists see the S&P 500 at 7,500. Their 12% gain this year is a forecast’s.', []],
      ['not "Its" after a subject the sentence does not open with', 'After the Fed cut, the S&P 500 rose 1%. Its 3% weekly gain was its best since June.', []],
    ],
    asOf,
  );
});

describe('claims: a name in doubt picked by the market the sentence names', () => {
  readsAs(
    [
      [
        'London’s mid-cap index beside the FTSE 100',
        'The blue-chip FTSE 100 index rose 0.6% on Friday, while the domestically focused mid-cap index climbed 0.2%.',
        [`ftse-100|return|${friday} 0.55…0.65 "0.6%"`, `ftse-250|return|${friday} 0.15…0.25 "0.2%"`],
      ],
      ['New York’s blue-chip index beside the S&P 500', 'The S&P 500 rose 1% on Friday, while the blue-chip index added 0.4%.', [`sp-500|return|${friday} 0.5…1.5 "1%"`, `dow|return|${friday} 0.35…0.45 "0.4%"`]],
      ['a place word', "London's mid-cap index climbed 0.2% on Friday.", [`ftse-250|return|${friday} 0.15…0.25 "0.2%"`]],
      ['nothing to pick by', 'The mid-cap index climbed 0.2% on Friday.', []],
      ['two markets named', 'The S&P 500 rose 1% and the FTSE 100 fell 0.2% on Friday, while the blue-chip index added 0.4%.', [`sp-500|return|${friday} 0.5…1.5 "1%"`, `ftse-100|return|${friday} -0.25…-0.15 "0.2%"`]],
      [
        'a size word before an index’s name describes it, so "It" after it has one index to stand for',
        'The mid-cap FTSE 250 rose 1% on Friday. It is up 5% this year.',
        [`ftse-250|return|${friday} 0.5…1.5 "1%"`, 'ftse-250|return|ytd:2026 4.5…5.5 "5%"'],
      ],
      ['mid caps alone are still the S&P 400', 'Mid-cap stocks rose 1% on Friday.', [`sp-400|return|${friday} 0.5…1.5 "1%"`]],
    ],
    asOf,
  );
});

describe('claims: a reference after the conjunction a sentence opens with', () => {
  readsAs(
    [
      ['"But for the week, the index …"', 'The Nikkei 225 slid 0.8% on Friday. But for the week, the index gained 1.8%.', [`nikkei-225|return|${friday} -0.85…-0.75 "0.8%"`, 'nikkei-225|return|week:2026-11-23 1.75…1.85 "1.8%"']],
      ['"But it …"', 'The Nikkei 225 slid 0.8% on Friday. But it gained 1.8% for the week.', [`nikkei-225|return|${friday} -0.85…-0.75 "0.8%"`, 'nikkei-225|return|week:2026-11-23 1.75…1.85 "1.8%"']],
      ['"And the index …"', 'The Nikkei 225 slid 0.8% on Friday. And the index is up 21% this year.', [`nikkei-225|return|${friday} -0.85…-0.75 "0.8%"`, 'nikkei-225|return|ytd:2026 20.5…21.5 "21%"']],
    ],
    asOf,
  );
  readsAs(
    [
      ['two subjects before, still none', 'The Nikkei 225 and the Topix slid on Friday. But the index gained 1.8% for the week.', []],
      ['"they" after a conjunction are the strategists', 'Strategists expect the Nikkei 225 to rise. But they cut their targets 5% this week.', []],
    ],
    asOf,
  );
});

describe('claims: "the index’s" before a value is the index the sentence named before it', () => {
  readsAs(
    [
      [
        'the one index before',
        "The S&P 500 fell 1% on Friday, and the index's 3% drop this week was its worst since April.",
        [`sp-500|return|${friday} -1.5…-0.5 "1%"`, 'sp-500|return|week:2026-11-23 -3.5…-2.5 "3%"'],
      ],
      [
        'a place that agrees',
        "The Nikkei 225 rose 1% on Friday, and the Japanese benchmark's 2% gain this week led the region.",
        [`nikkei-225|return|${friday} 0.5…1.5 "1%"`, 'nikkei-225|return|week:2026-11-23 1.5…2.5 "2%"'],
      ],
      ['not a place that disagrees', "The FTSE 100 rose 1% on Friday, and the Japanese benchmark's 2% gain this week lagged.", [`ftse-100|return|${friday} 0.5…1.5 "1%"`]],
      ['not a stock’s', "Orcadia (NASDAQ: ORCD) gained 5% this week, outpacing the index's 3% advance.", ['ticker:ORCD|return|week:2026-11-23 4.5…5.5 "5%"']],
      [
        'not two indexes before',
        "The Nasdaq rose 1% on Friday and the Dow fell 0.5%, and the index's 3% gain this week led.",
        [`nasdaq-composite|return|${friday} 0.5…1.5 "1%"`, `dow|return|${friday} -0.55…-0.45 "0.5%"`],
      ],
      ['not another index', "The S&P 500 fell 1% on Friday, and the equal-weight index's 3% drop this week was steeper.", [`sp-500|return|${friday} -1.5…-0.5 "1%"`]],
    ],
    asOf,
  );
});
