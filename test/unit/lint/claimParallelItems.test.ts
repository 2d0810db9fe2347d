// Moves told side by side that share the period named with the first: a list of subjects and moves joined by commas
// and "and" ("Spain's IBEX 35 added 0.4% on Friday, Italy's FTSE MIB rose 0.2% and the Netherlands' AEX slipped
// 0.1%"), as a parallel clause does ("…, while the Nasdaq gained 0.6%"). The look-alikes: an item with its own period,
// a move in another tense, a participle after the comma, a move put at another time, a period named after the list.
// Sentences are our own, written in the wires' manner; the as-of day is a Friday.
import { readsAs } from './claimsOf';

const friday = 'day:2026-11-27';
const week = 'week:2026-11-23';
const asOf = 'November 27, 2026';

describe('claims: a list of moves shares the period of its first item', () => {
  readsAs(
    [
      [
        'commas and "and"',
        "Spain's IBEX 35 added 0.4% on Friday, Italy's FTSE MIB rose 0.2% and the Netherlands' AEX slipped 0.1%.",
        [`ibex-35|return|${friday} 0.35…0.45 "0.4%"`, `ftse-mib|return|${friday} 0.15…0.25 "0.2%"`, `aex|return|${friday} -0.15…-0.05 "0.1%"`],
      ],
      [
        'a serial comma',
        "Spain's IBEX 35 added 0.4% on Friday, Italy's FTSE MIB rose 0.2%, and the Netherlands' AEX slipped 0.1%.",
        [`ibex-35|return|${friday} 0.35…0.45 "0.4%"`, `ftse-mib|return|${friday} 0.15…0.25 "0.2%"`, `aex|return|${friday} -0.15…-0.05 "0.1%"`],
      ],
      [
        'places of two words, an index named in full',
        "Hong Kong's Hang Seng Index fell 1.1% on Friday, Japan's Nikkei 225 rose 0.3% and South Korea's Kospi slipped 0.2%.",
        [`hang-seng|return|${friday} -1.15…-1.05 "1.1%"`, `nikkei-225|return|${friday} 0.25…0.35 "0.3%"`, `kospi|return|${friday} -0.25…-0.15 "0.2%"`],
      ],
      [
        'described names',
        'The S&P 500 rose 0.5% on Friday, the tech-heavy Nasdaq gained 0.6% and the blue-chip Dow added 0.3%.',
        [`sp-500|return|${friday} 0.45…0.55 "0.5%"`, `nasdaq-composite|return|${friday} 0.55…0.65 "0.6%"`, `dow|return|${friday} 0.25…0.35 "0.3%"`],
      ],
      [
        'a clause, then a list in it',
        'The pan-European STOXX 600 closed up 0.4% on Friday, Germany\'s DAX added 0.6% and France\'s CAC 40 gained 0.3%, while London\'s FTSE 100 slipped 0.1%.',
        [`stoxx-600|return|${friday} 0.35…0.45 "0.4%"`, `dax|return|${friday} 0.55…0.65 "0.6%"`, `cac-40|return|${friday} 0.25…0.35 "0.3%"`, `ftse-100|return|${friday} -0.15…-0.05 "0.1%"`],
      ],
      [
        '"was up" and "ended higher" beside "rose"',
        'The Dow rose 0.5% on Friday, the Nasdaq was up 0.6% and the S&P 500 ended 0.3% higher.',
        [`dow|return|${friday} 0.45…0.55 "0.5%"`, `nasdaq-composite|return|${friday} 0.55…0.65 "0.6%"`, `sp-500|return|${friday} 0.25…0.35 "0.3%"`],
      ],
      [
        'running moves, the year',
        'The S&P 500 is up 16% this year, the Nasdaq has gained 21% and the Dow has added 9%.',
        ['sp-500|return|ytd:2026 15.5…16.5 "16%"', 'nasdaq-composite|return|ytd:2026 20.5…21.5 "21%"', 'dow|return|ytd:2026 8.5…9.5 "9%"'],
      ],
      [
        'stocks named with their tickers',
        'The Dow rose 0.5% on Friday, Apple (AAPL) gained 2% and Tesla (TSLA) slipped 1%.',
        [`dow|return|${friday} 0.45…0.55 "0.5%"`, `ticker:AAPL|return|${friday} 1.5…2.5 "2%"`, `ticker:TSLA|return|${friday} -1.5…-0.5 "1%"`],
      ],
      [
        'a list of names sharing one value',
        'The S&P 500 rose 0.5% on Friday, the Dow and the Nasdaq gained 0.6%.',
        [`sp-500|return|${friday} 0.45…0.55 "0.5%"`, `dow|return|${friday} 0.55…0.65 "0.6%"`, `nasdaq-composite|return|${friday} 0.55…0.65 "0.6%"`],
      ],
      [
        'a period after the last item, in one segment with "and"',
        'The S&P 500 rose 0.5% and the Nasdaq gained 0.6% on Friday.',
        [`sp-500|return|${friday} 0.45…0.55 "0.5%"`, `nasdaq-composite|return|${friday} 0.55…0.65 "0.6%"`],
      ],
      [
        'a period set as the label of a list with no verb',
        'YTD: S&P 500 +11.8%, Nasdaq +15.4%, Russell 2000 +14.1%',
        ['sp-500|return|ytd:2026 11.75…11.85 "+11.8%"', 'nasdaq-composite|return|ytd:2026 15.35…15.45 "+15.4%"', 'russell-2000|return|ytd:2026 14.05…14.15 "+14.1%"'],
      ],
      [
        'a labelled list with semicolons and "and"',
        'For the week: Dow +1.6%; S&P 500 +1.1% and Nasdaq -0.3%.',
        ['dow|return|week:2026-11-23 1.55…1.65 "+1.6%"', 'sp-500|return|week:2026-11-23 1.05…1.15 "+1.1%"', 'nasdaq-composite|return|week:2026-11-23 -0.35…-0.25 "-0.3%"'],
      ],
    ],
    asOf,
  );
});

describe('claims: a period named after a list with the serial comma is every item\'s', () => {
  readsAs(
    [
      [
        'three moves, the week after the last',
        'The S&P 500 dipped 0.4%, the Nasdaq Composite fell 0.9%, and the Nasdaq 100 fell 1.1% for the week.',
        [`sp-500|return|${week} -0.45…-0.35 "0.4%"`, `nasdaq-composite|return|${week} -0.95…-0.85 "0.9%"`, `nasdaq-100|return|${week} -1.15…-1.05 "1.1%"`],
      ],
      [
        'three moves, the session after the last',
        'The Dow lost 0.5%, the S&P 500 shed 0.4%, and the Nasdaq slid 0.9% on Friday.',
        [`dow|return|${friday} -0.55…-0.45 "0.5%"`, `sp-500|return|${friday} -0.45…-0.35 "0.4%"`, `nasdaq-composite|return|${friday} -0.95…-0.85 "0.9%"`],
      ],
      // Two moves alone are two clauses: the period after ", and" is the second's.
      ['two moves', 'The S&P 500 rose 1%, and the Nasdaq fell 2% on Friday.', [`nasdaq-composite|return|${friday} -2.5…-1.5 "2%"`]],
      // An item told in another tense keeps its own period.
      [
        'a running figure first',
        'The S&P 500 is up 16% this year, the Nasdaq has gained 21%, and the Russell 2000 rose 1.2% on Friday.',
        ['sp-500|return|ytd:2026 15.5…16.5 "16%"', 'nasdaq-composite|return|ytd:2026 20.5…21.5 "21%"', `russell-2000|return|${friday} 1.15…1.25 "1.2%"`],
      ],
    ],
    asOf,
  );
});

describe('claims: a list item that does not share the period', () => {
  readsAs(
    [
      ['a labelled list\'s item that names its own period', 'YTD: S&P 500 +11.8%, Nasdaq +0.4% on Friday', ['sp-500|return|ytd:2026 11.75…11.85 "+11.8%"', `nasdaq-composite|return|${friday} 0.35…0.45 "+0.4%"`]],
      ['a label that is no period\'s', 'Movers: Orcadia (NASDAQ: ORCD) +4%, Brenwick (NYSE: BRNW) -2%', []],
      [
        'an item with its own period, and the item after it',
        "Spain's IBEX 35 added 0.4% on Friday, Italy's FTSE MIB rose 1.2% this week and the Netherlands' AEX slipped 0.1%.",
        [`ibex-35|return|${friday} 0.35…0.45 "0.4%"`, `ftse-mib|return|${week} 1.15…1.25 "1.2%"`],
      ],
      [
        'an item in another tense, and the item after it',
        "Spain's IBEX 35 added 0.4% on Friday, Italy's FTSE MIB is up 12% and the Netherlands' AEX slipped 0.1%.",
        [`ibex-35|return|${friday} 0.35…0.45 "0.4%"`],
      ],
      ['a participle after the comma', 'The S&P 500 rose 0.5% on Friday, sending the Dow up 0.3%.', [`sp-500|return|${friday} 0.45…0.55 "0.5%"`]],
      ['a comparison after the comma', 'The Dow rose 0.5% on Friday, beating the Nasdaq by 0.2%.', [`dow|return|${friday} 0.45…0.55 "0.5%"`]],
      ['an item put at another time', 'The S&P 500 rose 0.5% on Friday, the Nasdaq lost 33% in the 2022 bear market.', [`sp-500|return|${friday} 0.45…0.55 "0.5%"`]],
      ['an item in a month gone by', 'The S&P 500 rose 0.5% on Friday, the Nasdaq jumped 4% when the Fed cut rates.', [`sp-500|return|${friday} 0.45…0.55 "0.5%"`]],
      ['no sharing backwards across a comma', "Spain's IBEX 35 added 0.4%, Italy's FTSE MIB rose 0.2%, and the AEX slipped 0.1% on Friday.", [`aex|return|${friday} -0.15…-0.05 "0.1%"`]],
      ['a move in another tense beside a period named after it', 'The Dow fell 0.3% and the Nasdaq is up 21% this year.', ['nasdaq-composite|return|ytd:2026 20.5…21.5 "21%"']],
      ['a running move beside a day named before it', 'The S&P 500 rose 0.5% on Friday and the Nasdaq is up 20%.', [`sp-500|return|${friday} 0.45…0.55 "0.5%"`]],
      [
        'two periods named before the item',
        'The Dow rose 1% on Friday and 2% this week, the Nasdaq gained 3%.',
        [`dow|return|${friday} 0.5…1.5 "1%"`, `dow|return|${week} 1.5…2.5 "2%"`],
      ],
    ],
    asOf,
  );
});

// After a lead that closes the day, a past move is that close, unless the sentence puts it at another time: words of
// time inside a subject's name ("the Dow Jones Industrial Average") are no such time.
describe('claims: an index named with "Average" is no move at another time', () => {
  readsAs(
    [
      [
        'the Dow named in full in a list after a closing lead',
        'Stocks closed higher on Wall Street on Friday. The S&P 500 rose 0.5%, the Dow Jones Industrial Average added 0.3% and the Nasdaq composite gained 0.8%.',
        [`sp-500|return|${friday} 0.45…0.55 "0.5%"`, `dow|return|${friday} 0.25…0.35 "0.3%"`, `nasdaq-composite|return|${friday} 0.75…0.85 "0.8%"`],
      ],
      ['the transports named in full', 'Stocks closed higher on Wall Street on Friday. The Dow Jones Transportation Average rose 1.5%.', [`transports|return|${friday} 1.45…1.55 "1.5%"`]],
    ],
    asOf,
  );
  readsAs(
    [
      ['an average the sentence names', 'Stocks closed higher on Wall Street on Friday. The Dow Jones Industrial Average rose 0.5%, more than its daily average.', []],
      ['a year the sentence names', 'Stocks closed higher on Wall Street on Friday. The Dow rose 0.5%, above its 2025 average.', []],
    ],
    asOf,
  );
});

// "European stocks closed higher on Friday, with Germany's DAX up 0.6% and France's CAC 40 up 0.3%": the wrap's lead
// names the day, and the "with" list after it gives the moves, with no verb of their own.
describe('claims: a "with" list after the clause that names the period', () => {
  readsAs(
    [
      [
        'a "with" list of two',
        "European stocks closed higher on Friday, with Germany's DAX up 0.6% and France's CAC 40 up 0.3%.",
        [`dax|return|${friday} 0.55…0.65 "0.6%"`, `cac-40|return|${friday} 0.25…0.35 "0.3%"`],
      ],
      ['a clause after a lead with no figure', 'European stocks closed higher on Friday, while the DAX gained 0.6%.', [`dax|return|${friday} 0.55…0.65 "0.6%"`]],
      ['running moves, the year', "European stocks are up 12% this year, with Germany's DAX up 15% and France's CAC 40 up 9%.", ['dax|return|ytd:2026 14.5…15.5 "15%"', 'cac-40|return|ytd:2026 8.5…9.5 "9%"']],
      // A comma's item that leaves out the verb of the one before, its direction kept: the same period and tense.
      [
        'gapped items after a comma, the day',
        'The Dow fell 1% on Friday, the S&P 500 down 2% and the Nasdaq 3%.',
        [`dow|return|${friday} -1.5…-0.5 "1%"`, `sp-500|return|${friday} -2.5…-1.5 "2%"`, `nasdaq-composite|return|${friday} -3.5…-2.5 "3%"`],
      ],
      // A verbless item with no direction either moved the way the one before did: the verb and its direction are
      // both left out.
      ['a gapped item with no direction, the day', 'The S&P 500 rose 0.5% on Friday, the Nasdaq 0.8%.', [`sp-500|return|${friday} 0.45…0.55 "0.5%"`, `nasdaq-composite|return|${friday} 0.75…0.85 "0.8%"`]],
      ['a gapped item with no direction, after a fall', 'The Dow fell 1% on Friday, the S&P 500 2%.', [`dow|return|${friday} -1.5…-0.5 "1%"`, `sp-500|return|${friday} -2.5…-1.5 "2%"`]],
      [
        'a list of gapped items',
        'For the week, the S&P 500 gained 1.3%, the Dow 1.6% and the Nasdaq 0.9%.',
        [`sp-500|return|${week} 1.25…1.35 "1.3%"`, `dow|return|${week} 1.55…1.65 "1.6%"`, `nasdaq-composite|return|${week} 0.85…0.95 "0.9%"`],
      ],
      [
        'a gapped item with a hedge, the year',
        'Year to date the Russell 2000 is up nearly 12%, the S&P 500 more than 12%.',
        ['russell-2000|return|ytd:2026 11.4…12 "nearly 12%"', 'sp-500|return|ytd:2026 12…Infinity "more than 12%"'],
      ],
      [
        'gapped items after a comma, the year',
        'This year the Russell 2000 is up 12%, the S&P 500 up 13% and the Nasdaq 14%.',
        ['russell-2000|return|ytd:2026 11.5…12.5 "12%"', 'sp-500|return|ytd:2026 12.5…13.5 "13%"', 'nasdaq-composite|return|ytd:2026 13.5…14.5 "14%"'],
      ],
    ],
    asOf,
  );
  readsAs(
    [
      ['an item after it in another tense', "European stocks closed higher on Friday, with Germany's DAX up 0.6% and France's CAC 40 is up 12%.", [`dax|return|${friday} 0.55…0.65 "0.6%"`]],
      ['an item with its own period', "European stocks closed higher on Friday, with Germany's DAX up 0.6% this week.", ['dax|return|week:2026-11-23 0.55…0.65 "0.6%"']],
      ['a comparison, not a "with" item', "The Dow rose 0.5% on Friday, compared with the S&P 500's 0.5% gain.", [`dow|return|${friday} 0.45…0.55 "0.5%"`, `sp-500|return|${friday} 0.45…0.55 "0.5%"`]],
      // Not a description after the move: it has no value, and no value of its own is taken from it.
      ['an appositive after the move', 'The S&P 500 rose 0.5% on Friday, the most since June.', [`sp-500|return|${friday} 0.45…0.55 "0.5%"`]],
    ],
    asOf,
  );
});

describe('claims: a second predicate of one subject keeps its period to itself', () => {
  readsAs(
    [
      // A day's move and the year's running figure side by side: the year is not the day's move's period.
      ['a move, then a running figure', 'The Russell 2000 gained 1.6% and is up 12.4% so far this year.', ['russell-2000|return|ytd:2026 12.35…12.45 "12.4%"']],
      ['a running figure, then a move', 'The Russell 2000 is up 12.4% this year and gained 1.6%.', ['russell-2000|return|ytd:2026 12.35…12.45 "12.4%"']],
      ['each with its own period', 'Small caps are up 12.4% this year and rose 1.6% on Friday.', ['russell-2000|return|ytd:2026 12.35…12.45 "12.4%"', `russell-2000|return|${friday} 1.55…1.65 "1.6%"`]],
      ['"was up" beside "is up"', 'The Nasdaq was up 0.3% and is now up 21% year to date.', ['nasdaq-composite|return|ytd:2026 20.5…21.5 "21%"']],
      // One tense, but two moves of one subject are never of one period: the week is the second's.
      ['a move, then the week it ended', 'The Nasdaq rose 0.6% and finished the week up 1.8%.', [`nasdaq-composite|return|${week} 1.75…1.85 "1.8%"`]],
      // A period right after the second value is that value's: the first, with none of its own ("w/w"), is no claim.
      ['a period written after the second value', 'The S&P 500 is up 1.2% w/w and 16% YTD.', ['sp-500|return|ytd:2026 15.5…16.5 "16%"']],
      // A verb that states a move as its object ("booked a 0.3% gain") opens a predicate as a move verb does.
      ['a move, then a weekly gain booked', 'The Nasdaq rose 0.6% and booked a 1.8% gain for the week.', [`nasdaq-composite|return|${week} 1.75…1.85 "1.8%"`]],
      ['…or logged', 'The Nasdaq rose 0.6% and logged a 1.8% advance this week.', [`nasdaq-composite|return|${week} 1.75…1.85 "1.8%"`]],
      // After a lead that closed the day, the first move is that close: the sentence names no period of its own.
      [
        'after a lead that closed the day',
        'U.S. stocks ended mixed on Friday. The Russell 2000 gained 1.6% and is up 12.4% so far this year.',
        [`russell-2000|return|${friday} 1.55…1.65 "1.6%"`, 'russell-2000|return|ytd:2026 12.35…12.45 "12.4%"'],
      ],
    ],
    asOf,
  );
  readsAs(
    [
      // Told in one tense, the two may be of one session, and are read so.
      ['one tense, one session', 'The S&P 500 rose 0.5% and closed at 6,682.10 on Friday.', [`sp-500|return|${friday} 0.45…0.55 "0.5%"`, `sp-500|level|${friday} 6681.6…6682.6 "6,682.10"`]],
    ],
    asOf,
  );
});

// A desk's chip line: each index's name and its signed move, no verb, the period once after the first.
describe('claims: a chip list shares the period of its first item', () => {
  readsAs(
    [
      [
        'the day',
        '- S&P 500 +0.5% today, Nasdaq +0.8%, Dow -0.2%',
        [`sp-500|return|${friday} 0.45…0.55 "+0.5%"`, `nasdaq-composite|return|${friday} 0.75…0.85 "+0.8%"`, `dow|return|${friday} -0.25…-0.15 "-0.2%"`],
      ],
      ['the year to date, "and"', 'S&P 500 +16% YTD and Nasdaq +21%.', ['sp-500|return|ytd:2026 15.5…16.5 "+16%"', 'nasdaq-composite|return|ytd:2026 20.5…21.5 "+21%"']],
      // An item with a verb of its own is told at its own time.
      ['not an item told with its own verb', 'S&P 500 +0.5% today, while the Nasdaq has gained 21%.', [`sp-500|return|${friday} 0.45…0.55 "+0.5%"`]],
      ['not an item with its own period', 'S&P 500 +0.5% today, Nasdaq +0.8% this week.', [`sp-500|return|${friday} 0.45…0.55 "+0.5%"`, `nasdaq-composite|return|${week} 0.75…0.85 "+0.8%"`]],
    ],
    asOf,
  );
});
