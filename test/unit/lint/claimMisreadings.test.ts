// Words that pointed the reader at the wrong sign or the wrong subject, found by colleagues' probes: a particle that
// is no direction of its own ("gave up 0.5%"), a move the verb undoes ("pared an early 2% gain"), a
// group's nickname before the index it is measured by ("Small caps, as measured by the S&P 600"), an asset's name before
// the companies built on it ("bitcoin miners"). Each table pairs the
// phrasing that misled with the look-alikes that must keep their reading. Fixtures are our own sentences.
import { readsAs as readsAsAt } from './claimsOf';

const readsAs = (cases: ReadonlyArray<[string, string, string[]]>) => readsAsAt(cases, 'November 19, 2026');

const thursday = 'day:2026-11-19';

describe('claims: a particle that is no direction of its own', () => {
  readsAs([
    ['"gave up" is a loss', 'The FTSE 100 gave up 0.5% on Thursday.', [`ftse-100|return|${thursday} -0.55…-0.45 "0.5%"`]],
    ['"gives up", present tense', 'On Thursday the Footsie gives up 0.7%, its worst day in a month.', [`ftse-100|return|${thursday} -0.75…-0.65 "0.7%"`]],
    ['"giving up", this week', 'The Nasdaq is giving up 1.2% this week.', ['nasdaq-composite|return|week:2026-11-16 -1.25…-1.15 "1.2%"']],
    ['"has given up", this month', 'Bitcoin has given up 9% this month.', ['bitcoin|return|month:2026-11 -9.5…-8.5 "9%"']],
    ['"handed back"', 'The Dow handed back 1.1% on Thursday.', [`dow|return|${thursday} -1.15…-1.05 "1.1%"`]],
    ['"coughed up"', 'The DAX coughed up 1.4% on Thursday.', [`dax|return|${thursday} -1.45…-1.35 "1.4%"`]],
    ['"held up" is no gain; the "off" after it signs the move', 'The Dow held up, off just 0.1% on Thursday.', [`dow|return|${thursday} -0.15…-0.05 "0.1%"`]],
    ['"took off" is neither way', 'The Nasdaq took off 5% on Thursday.', []],
    ['"bounced back" is a gain', 'The Nasdaq bounced back 1.1% on Thursday.', [`nasdaq-composite|return|${thursday} 1.05…1.15 "1.1%"`]],
    ['"clawed back" is a gain', 'The S&P 500 clawed back 1.5% on Thursday.', [`sp-500|return|${thursday} 1.45…1.55 "1.5%"`]],
  ]);

  readsAs([
    ['"ticked up" keeps its sign', 'The Dow ticked up 0.2% on Thursday.', [`dow|return|${thursday} 0.15…0.25 "0.2%"`]],
    ['"ran up" keeps its sign', 'The Nasdaq ran up 2% on Thursday.', [`nasdaq-composite|return|${thursday} 1.5…2.5 "2%"`]],
    ['"came off" is still a fall', 'The Nasdaq came off 2% on Thursday.', [`nasdaq-composite|return|${thursday} -2.5…-1.5 "2%"`]],
    ['"fell back" is still a fall', 'The Nasdaq fell back 1.1% on Thursday.', [`nasdaq-composite|return|${thursday} -1.15…-1.05 "1.1%"`]],
    ['"gave up" early gains, then closed lower', 'The S&P 500 gave up early gains to close down 0.4% on Thursday.', [`sp-500|return|${thursday} -0.45…-0.35 "0.4%"`]],
    ['"gave up" a day, then up for the month', 'The Dow gave up 0.5% on Thursday but is up 3% this month.', [`dow|return|${thursday} -0.55…-0.45 "0.5%"`, 'dow|return|month:2026-11 2.5…3.5 "3%"']],
    ['"pared gains" leaves a gain', 'The Dow pared gains to 0.4% on Thursday.', [`dow|return|${thursday} 0.35…0.45 "0.4%"`]],
    ['"trimmed its losses" leaves a loss', 'The Dow trimmed its losses to 0.4% on Thursday.', [`dow|return|${thursday} -0.45…-0.35 "0.4%"`]],
  ]);
});

describe('claims: a move the verb undoes is not the close', () => {
  readsAs([
    ['an early gain pared', 'The Nasdaq pared an early 2% gain on Thursday.', []],
    ['gains of some size given up', 'The Dow gave up gains of 1% to close lower on Thursday.', []],
    ['a gain erased', 'The Dow erased a 2% gain on Thursday.', []],
    ['an initial loss reversed', 'The Nasdaq reversed an initial 1.5% loss on Thursday.', []],
    ['a rally wiped out', 'The Russell 2000 wiped out a 3% rally this week.', []],
    ['losses of some size trimmed', 'The Nasdaq trimmed losses of 2% on Thursday.', []],
    ['recovered from a drop', 'The Nasdaq recovered from a 2% drop on Thursday.', []],
    ['a drop shaken off, and the close kept', 'The Nasdaq shook off a 2% drop to close up 0.5% on Thursday.', [`nasdaq-composite|return|${thursday} 0.45…0.55 "0.5%"`]],
    ['a gain pared, and the close kept', 'The S&P 500 pared its 2% gain to close up 0.4% on Thursday.', [`sp-500|return|${thursday} 0.35…0.45 "0.4%"`]],
  ]);

  readsAs([
    ['a gain of the verb itself', 'The Nasdaq posted a 2% gain on Thursday.', [`nasdaq-composite|return|${thursday} 1.5…2.5 "2%"`]],
    ['"erased" a value with no move noun is a fall', 'The S&P 500 erased 2% on Thursday.', [`sp-500|return|${thursday} -2.5…-1.5 "2%"`]],
    ['a cut that is not a move', 'The Dow fell 1% on Thursday after the bank cut its outlook.', [`dow|return|${thursday} -1.5…-0.5 "1%"`]],
  ]);
});

describe('claims: the index a group is measured by is the subject', () => {
  const sp600 = 'sp-600|return|ytd:2026 6.15…6.25 "6.2%"';
  readsAs([
    ['"as measured by" in commas', 'Small caps, as measured by the S&P 600, are up 6.2% this year.', [sp600]],
    ['"as tracked by", no commas', 'Small caps as tracked by the S&P 600 are up 6.2% this year.', [sp600]],
    ['"as represented by"', 'Small caps, as represented by the S&P 600, are up 6.2% this year.', [sp600]],
    ['at the end of the clause', 'Small caps are up 6.2% this year, as measured by the S&P 600.', [sp600]],
    ['leading the clause', 'Measured by the S&P 600, small caps are up 6.2% this year.', [sp600]],
    ['the index’s own measure', 'By the S&P 600’s measure, small caps are up 6.2% this year.', [sp600]],
    ['a sub-index measures: no subject the table knows', 'Small caps, as measured by the Russell 2000 Value index, are up 6.2% this year.', []],
  ]);

  readsAs([
    ['the group’s own index', 'Small caps, measured by the Russell 2000, are up 6.2% this year.', ['russell-2000|return|ytd:2026 6.15…6.25 "6.2%"']],
    ['an index described by an appositive', 'The S&P 600, a small-cap gauge, is up 6.2% this year.', [sp600]],
    ['an aside that names no index', 'Small caps, led by regional banks, are up 6.2% this year.', ['russell-2000|return|ytd:2026 6.15…6.25 "6.2%"']],
    [
      'a measured group in another clause leaves the first alone',
      'Small caps are up 9% this year, and large caps, as measured by the S&P 500, are up 16% this year.',
      ['russell-2000|return|ytd:2026 8.5…9.5 "9%"', 'sp-500|return|ytd:2026 15.5…16.5 "16%"'],
    ],
    ['a measure of something the table does not name', 'Volatility, as measured by the VIX, fell while the Nasdaq rose 1% on Thursday.', [`nasdaq-composite|return|${thursday} 0.5…1.5 "1%"`]],
  ]);
});

describe('claims: an asset’s name before a noun of companies or funds names those shares', () => {
  readsAs([
    ['miners of a coin', 'Bitcoin miners are down 22% this year.', []],
    ['spot funds of a coin', 'Spot bitcoin ETFs fell 8.6% this week.', []],
    ['companies that hold a coin', 'Bitcoin treasury companies are down 30% this year.', []],
    ['mining stocks, hyphenated', 'Gold-mining stocks are up 60% this year.', []],
    ['producers of a metal', 'Gold producers are up 60% this year.', []],
    ['shares of miners', 'Shares of gold miners rose 4% on Thursday.', []],
    ['a contract on a metal', 'Gold futures rose 1% on Thursday.', []],
    ['"It" after the miners stands for them, not the coin', 'Bitcoin miners fell 5% on Thursday. It has lost 20% this year.', []],
  ]);

  readsAs([
    ['the coin itself', 'Bitcoin rose 3% this week.', ['bitcoin|return|week:2026-11-16 2.5…3.5 "3%"']],
    ['the metal itself', 'Gold is up 25% this year.', ['gold|return|ytd:2026 24.5…25.5 "25%"']],
    ['the metal’s prices', 'Gold prices rose 1% on Thursday.', [`gold|return|${thursday} 0.5…1.5 "1%"`]],
    ['the metal beside its miners', 'Gold rose 1% on Thursday, while gold miners jumped 4%.', [`gold|return|${thursday} 0.5…1.5 "1%"`]],
    ['the gold fund’s own shares', 'GLD shares rose 1% on Thursday.', [`gold|return|${thursday} 0.5…1.5 "1%"`]],
    ['"It" after the coin', 'Bitcoin fell 5% on Thursday. It has lost 20% this year.', [`bitcoin|return|${thursday} -5.5…-4.5 "5%"`, 'bitcoin|return|ytd:2026 -20.5…-19.5 "20%"']],
    ['an index’s stocks stay the index', 'S&P 500 stocks rose 0.4% on Thursday.', [`sp-500|return|${thursday} 0.35…0.45 "0.4%"`]],
    ['an index’s futures are still a contract', 'S&P 500 futures rose 0.4% on Thursday.', []],
  ]);
});

// A newswire's data list opens each line with "--" and ends none with a full stop: read as one sentence, each line's
// period went to the figure before it ("--Today it is up 0.39%⏎--Month-to-date …" made the day's 0.39% the month's,
// "--Down 1.12% from 52 weeks ago" a year-to-date loss).
describe('claims: a line a bullet opens that Markdown does not know', () => {
  const dataList = [
    'The Dow Jones Industrial Average is up 412.50 points or 0.89% this week to 46,905.12',
    '--Today it is up 180.40 points or 0.39%',
    '--Month-to-date it is up 2.41%',
    '--Year-to-date it is up 4,368.11 points or 10.27%',
    '--Down 1.12% from 52 weeks ago',
  ].join('\n');
  readsAs([
    // Each line's "it" is the index the list opens with; "--Down 1.12% from 52 weeks ago" names no subject.
    ['"--" lines are items of their own', dataList, [
      'dow|return|week:2026-11-16 0.885…0.895 "0.89%"',
      `dow|return|${thursday} 0.385…0.395 "0.39%"`,
      'dow|return|month:2026-11 2.405…2.415 "2.41%"',
      'dow|return|ytd:2026 10.265…10.275 "10.27%"',
    ]],
    ['so are "•" lines', 'The S&P 500 is up 16.2% this year\n• The Nasdaq gained 0.4% this week\n• Down 0.2% from its record close', [
      'sp-500|return|ytd:2026 16.15…16.25 "16.2%"',
      'nasdaq-composite|return|week:2026-11-16 0.35…0.45 "0.4%"',
    ]],
    ['a dash that joins a wrapped line stays in its sentence', 'The S&P 500 rose 1.2% on Thursday\n-- its best day in a month.', [`sp-500|return|${thursday} 1.15…1.25 "1.2%"`]],
  ]);
});
