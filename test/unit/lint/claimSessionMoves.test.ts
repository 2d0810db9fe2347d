// Which session, week or day a move is of, where the words say it without naming it as a period: a move beside a
// close with no day named ("…to close at 48,920.15, while the broader Topix lost 0.5%"), a move measured from an
// earlier close ("rose 0.4% from Thursday's close"), a close on a date ("ended November 20 up 0.4%"), a record week
// ("posted its best week since June, rising 3.1%") — and a move a period is only headed for. Sentences are our own,
// in the manner of Asian and U.S. closing wraps.
import { readsAs } from './claimsOf';

const friday = 'day:2026-11-20';

describe('claims: a move beside a close with no day named is that close', () => {
  readsAs(
    [
      [
        'a clause after the close',
        "Japan's Nikkei 225 fell 0.8% to close at 48,920.15, while the broader Topix lost 0.5%.",
        [`nikkei-225|return|${friday} -0.85…-0.75 "0.8%"`, `nikkei-225|level|${friday} 48919.65…48920.65 "48,920.15"`, `topix|return|${friday} -0.55…-0.45 "0.5%"`],
      ],
      [
        'a list after the close',
        "Japan's Nikkei 225 closed 0.8% lower, while the Topix lost 0.5% and South Korea's Kospi rose 0.6%.",
        [`nikkei-225|return|${friday} -0.85…-0.75 "0.8%"`, `topix|return|${friday} -0.55…-0.45 "0.5%"`, `kospi|return|${friday} 0.55…0.65 "0.6%"`],
      ],
      [
        'a close said with a participle',
        'The Nikkei 225 led the region, closing 0.8% higher. The Kospi rose 0.6%.',
        [`nikkei-225|return|${friday} 0.75…0.85 "0.8%"`, `kospi|return|${friday} 0.55…0.65 "0.6%"`],
      ],
      [
        'the next sentence of the paragraph',
        "Japan's Nikkei 225 fell 0.8% to close at 48,920.15. The Kospi rose 0.6%.",
        [`nikkei-225|return|${friday} -0.85…-0.75 "0.8%"`, `nikkei-225|level|${friday} 48919.65…48920.65 "48,920.15"`, `kospi|return|${friday} 0.55…0.65 "0.6%"`],
      ],
      [
        'a close of the session a sentence before named',
        'Stocks rose on Thursday. The S&P 500 closed up 0.5%. The Dow rose 0.3%.',
        ['sp-500|return|day:2026-11-19 0.45…0.55 "0.5%"', 'dow|return|day:2026-11-19 0.25…0.35 "0.3%"'],
      ],
    ],
    'November 20, 2026',
  );
  readsAs(
    [
      ['a running figure beside the close', "Japan's Nikkei 225 closed 0.8% lower, while the Topix has gained 12%.", [`nikkei-225|return|${friday} -0.85…-0.75 "0.8%"`]],
      [
        'a move put at another time (the close is the session’s still)',
        "Japan's Nikkei 225 closed 0.8% lower, while the Topix lost 12% in 2025.",
        [`nikkei-225|return|${friday} -0.85…-0.75 "0.8%"`, 'topix|return|year:2025 -12.5…-11.5 "12%"'],
      ],
      ['a second move the close is told after', 'Orcadia Systems (NASDAQ: ORCD) closed up 3%, after it dropped 5% on the earnings miss.', ['ticker:ORCD|return|day:2026-11-20 2.5…3.5 "3%"']],
      ['…but the close’s own move after it', 'The S&P 500 closed at a record after rising 0.5%.', [`sp-500|return|${friday} 0.45…0.55 "0.5%"`]],
      ['a deal that closed is no market’s close', 'Orcadia Systems (NASDAQ: ORCD) closed its acquisition of Brenwick, and the stock rose 4%.', []],
      [
        'a record’s scope is the move’s own time',
        'Wall Street ended sharply lower. The S&P 500 fell 1.6%, its worst day since April, and the Nasdaq slid 2.2%.',
        [`sp-500|return|${friday} -1.65…-1.55 "1.6%"`, `nasdaq-composite|return|${friday} -2.25…-2.15 "2.2%"`],
      ],
      ['a move in the week after an event is no session’s', 'The Dow closed up 0.5%. The index rose 3% in the week after the election.', [`dow|return|${friday} 0.45…0.55 "0.5%"`]],
      ['a move of the session before is no close of this one', 'The S&P 500 ended up 0.4%. It fell 2.1% the previous day.', [`sp-500|return|${friday} 0.35…0.45 "0.4%"`]],
      ['a close to come carries nothing', "Japan's Nikkei 225 was poised to close 0.8% lower. The Kospi rose 0.6%.", []],
      ['nor past the paragraph', "Japan's Nikkei 225 fell 0.8% to close at 48,920.15.\n\nThe Kospi rose 0.6%.", [`nikkei-225|return|${friday} -0.85…-0.75 "0.8%"`, `nikkei-225|level|${friday} 48919.65…48920.65 "48,920.15"`]],
      ['nor to a move after a listing', 'Orcadia Systems (NASDAQ: ORCD) closed up 5%. The stock fell 20% after its IPO.', ['ticker:ORCD|return|day:2026-11-20 4.5…5.5 "5%"']],
      ['nor after a deal that closed, a day named with the move', 'Orcadia Systems (NASDAQ: ORCD) closed its acquisition of Brenwick and the stock rose 4% on the day. The Nasdaq rose 0.6%.', ['ticker:ORCD|return|day:2026-11-20 3.5…4.5 "4%"']],
      ['nor after a deal that closed', 'Orcadia Systems (NASDAQ: ORCD) closed the acquisition of Brenwick. The stock fell 20%.', []],
    ],
    'November 20, 2026',
  );
  readsAs(
    [
      [
        'after a market’s close with no figure',
        "Asian shares closed mostly lower. Japan's Nikkei 225 fell 0.8%, and Hong Kong's Hang Seng lost 1.1%.",
        [`nikkei-225|return|${friday} -0.85…-0.75 "0.8%"`, `hang-seng|return|${friday} -1.15…-1.05 "1.1%"`],
      ],
      ['not after a close of the week', "Asian shares closed mostly lower for the week. Japan's Nikkei 225 fell 0.8%.", []],
      [
        'after a close that names the Russell 2000, no year',
        "Asian shares closed mostly lower, while Russell 2000 futures slipped. Japan's Nikkei 225 fell 0.8%.",
        [`nikkei-225|return|${friday} -0.85…-0.75 "0.8%"`],
      ],
      ['not after a close of another year', "Asian shares closed mostly lower in 2025. Japan's Nikkei 225 fell 0.8%.", []],
      ['not after a morning’s move', "Asian shares were lower in early trading. Japan's Nikkei 225 fell 0.8%.", []],
      ['not after "ended up" of another sense', "Shares of Orcadia ended up in the hands of a rival. Japan's Nikkei 225 fell 0.8%.", []],
      ['…but "ended up" at a sentence’s end', "Asian shares ended up. Japan's Nikkei 225 rose 0.8%.", [`nikkei-225|return|${friday} 0.75…0.85 "0.8%"`]],
      ['not after a plant that closed', "Orcadia Systems closed its plant in Ohio. Japan's Nikkei 225 fell 0.8%.", []],
      ['not past the paragraph', "European stocks ended mixed.\n\nGermany's DAX rose 0.4%.", []],
    ],
    'November 20, 2026',
  );
  readsAs([['under a stamp of a month, no session', "Japan's Nikkei 225 fell 0.8% to close at 48,920.15, while the broader Topix lost 0.5%. The Kospi rose 0.6%.", []]], 'November 2026');
});

describe('claims: a move from an earlier close is of the sessions after it', () => {
  const sentence = "The S&P 500 rose 0.4% from Thursday's close of 6,576.8.";
  const thursdayLevel = 'sp-500|level|day:2026-11-19 6576.3…6577.3 "6,576.8"';
  readsAs([['the next session is the note’s', sentence, [`sp-500|return|${friday} 0.35…0.45 "0.4%"`, thursdayLevel]]], 'November 20, 2026');
  readsAs([['a weekend note’s session is Friday’s', sentence, [`sp-500|return|${friday} 0.35…0.45 "0.4%"`, thursdayLevel]]], 'November 21, 2026');
  readsAs([['two sessions on, a span from that close', sentence, ['sp-500|return|since:2026-11-19-close 0.35…0.45 "0.4%"', thursdayLevel]]], 'November 23, 2026');
  readsAs(
    [
      ['Friday’s close in a Monday note', "The Nasdaq fell 1.1% from Friday's close.", ['nasdaq-composite|return|day:2026-11-23 -1.15…-1.05 "1.1%"']],
      ['"since last Friday" is a span, not that Friday’s move', 'The Nasdaq has lost 3% since last Friday.', ['nasdaq-composite|return|since:2026-11-20 -3.5…-2.5 "3%"']],
      [
        'the close measured from is not the paragraph’s session',
        "Stocks closed higher on Monday. The Nasdaq rose 0.6% from Friday's close. The Dow gained 0.3%.",
        ['nasdaq-composite|return|day:2026-11-23 0.55…0.65 "0.6%"', 'dow|return|day:2026-11-23 0.25…0.35 "0.3%"'],
      ],
      ['a session’s peak is a level, not its close', "The S&P 500 is down 2% from Friday's peak.", []],
      ['…nor its low', "The S&P 500 rebounded 1% from Friday's low.", []],
      ['a span of days is neither day’s', 'The S&P 500 gained 5% from Monday through Thursday.', []],
    ],
    'November 23, 2026',
  );
  // (The level's own weekday, under a month stamp, is read from the month's last day, as every weekday there is.)
  readsAs([['under a stamp of a month, the weekday is a guess', sentence, ['sp-500|level|day:2026-11-26 6576.3…6577.3 "6,576.8"']]], 'November 2026');
});

describe('claims: a close on a day of the calendar, after its verb, is that day’s', () => {
  readsAs(
    [
      ['"ended November 20 up 0.4%"', 'The Dow ended November 20 up 0.4%.', ['dow|return|day:2026-11-20 0.35…0.45 "0.4%"']],
      ['"closed on Nov. 20"', 'The Dow closed on Nov. 20 down 0.4%.', ['dow|return|day:2026-11-20 -0.45…-0.35 "0.4%"']],
      ['a day after the note’s is no session yet', 'The Dow ended November 28 up 0.4%.', []],
      ['a month is still the month', 'The Dow finished November up 5.4%.', ['dow|return|month:2026-11 5.35…5.45 "5.4%"']],
    ],
    'November 24, 2026',
  );
  readsAs([['December in a January note is last year’s', 'The Dow closed Dec. 30 down 0.4%.', ['dow|return|day:2026-12-30 -0.45…-0.35 "0.4%"']]], 'January 5, 2027');
});

describe('claims: a record week is the week’s move', () => {
  const week = 'week:2026-11-16';
  readsAs(
    [
      ['"posted its best week since June, rising 3.1%"', 'The Nasdaq posted its best week since June, rising 3.1%.', [`nasdaq-composite|return|${week} 3.05…3.15 "3.1%"`]],
      ['beside the value', 'The Nasdaq rose 3.1%, its best week since June.', [`nasdaq-composite|return|${week} 3.05…3.15 "3.1%"`]],
      ['"its biggest weekly gain since"', 'The Nasdaq logged its biggest weekly gain since June, rising 3.1%.', [`nasdaq-composite|return|${week} 3.05…3.15 "3.1%"`]],
      ['a day named keeps the day', 'The Nasdaq rose 1.1% on Friday, capping its best week since June.', [`nasdaq-composite|return|${friday} 1.05…1.15 "1.1%"`]],
    ],
    'November 20, 2026',
  );
  readsAs(
    [
      ['a session that caps the week is not the week', 'The Nasdaq rose 1.1%, capping its best week since June.', []],
      ['a week still to finish', 'The Nasdaq is on track for its best week since June, rising 3.1%.', []],
    ],
    'November 20, 2026',
  );
  readsAs([['in a Monday note, last week', 'The Nasdaq posted its best week since June, rising 3.1%.', [`nasdaq-composite|return|${week} 3.05…3.15 "3.1%"`]]], 'November 23, 2026');
  readsAs([['midweek, which week is in doubt', 'The Nasdaq posted its best week since June, rising 3.1%.', []]], 'November 18, 2026');
});

describe('claims: a week that extends a run of weekly moves is the week’s move', () => {
  const streak = 'dow|streak|streak:week:moves:absolute 5…5 "fifth straight weekly gain"';
  readsAs(
    [
      ['"logged its fifth straight weekly gain, rising 1.5%"', 'The Dow logged its fifth straight weekly gain, rising 1.5%.', [streak, 'dow|return|week:2026-11-16 1.45…1.55 "1.5%"']],
      ['beside the value', 'The Dow rose 1.5%, its fifth straight weekly gain.', ['dow|return|week:2026-11-16 1.45…1.55 "1.5%"', streak]],
      ['a session that caps the run is not the week', 'The Dow rose 0.4%, capping its fifth straight weekly gain.', [streak]],
      ['a run still to be made', 'The Dow is on track for its fifth straight weekly gain, up 1.5%.', []],
    ],
    'November 20, 2026',
  );
  readsAs([['midweek, which week is in doubt', 'The Dow logged its fifth straight weekly gain, rising 1.5%.', [streak]]], 'November 18, 2026');
});

describe('claims: a move a period is headed for is no claim', () => {
  readsAs(
    [
      ['"headed for a 2.3% monthly decline"', 'The Nasdaq is headed for a 2.3% monthly decline.', []],
      ['"on pace for a weekly gain of"', 'The Dow is on pace for a weekly gain of 1.2%.', []],
      ['"set for a monthly loss of about"', 'The Nasdaq is set for a monthly loss of about 2%.', []],
      ['a running figure beside a record in prospect', 'The Nasdaq is on track for its best year since 2019, up 25% so far this year.', ['nasdaq-composite|return|ytd:2026 24.5…25.5 "25%"']],
      ['a streak still to be made', 'The Stoxx 600 was on track for a third straight weekly gain, up 1.1% so far this week.', ['stoxx-600|return|week:2026-11-16 1.05…1.15 "1.1%"']],
      ['"set" a record is no projection', 'The Nasdaq set a record on Thursday, rising 1.2%.', ['nasdaq-composite|return|day:2026-11-19 1.15…1.25 "1.2%"']],
    ],
    'November 19, 2026',
  );
});

describe('claims: a week, month or year a close ended is one that has ended', () => {
  const month = 'The S&P 500 finished the month up 2.3%.';
  const week = 'The S&P 500 ended the week up 1.2%.';
  const year = 'The S&P 500 ended the year up 23%.';
  readsAs(
    [
      ['mid-month, no month has just ended', month, []],
      ['midweek, no week has', week, []],
      ['in November, no year has', year, []],
    ],
    'November 19, 2026',
  );
  readsAs(
    [
      [
        '"to close the week up 2.2%" is the week’s',
        'The Nasdaq gained 0.6% on Friday to close the week up 2.2%.',
        ['nasdaq-composite|return|day:2026-11-20 0.55…0.65 "0.6%"', 'nasdaq-composite|return|week:2026-11-16 2.15…2.25 "2.2%"'],
      ],
      ['"closing the week up"', 'The Nasdaq rose 0.6%, closing the week up 2.2%.', ['nasdaq-composite|return|week:2026-11-16 2.15…2.25 "2.2%"']],
      ['a forecast stays one', 'Analysts expect the S&P 500 to end the year at 7,000.', []],
    ],
    'November 20, 2026',
  );
  readsAs([['a month’s last days: this month', month, ['sp-500|return|month:2026-11 2.25…2.35 "2.3%"']]], 'November 29, 2026');
  readsAs(
    [
      ['a month’s first days: last month', month, ['sp-500|return|month:2026-10 2.25…2.35 "2.3%"']],
      ['a Tuesday note: last week', week, ['sp-500|return|week:2026-10-26 1.15…1.25 "1.2%"']],
    ],
    'November 3, 2026',
  );
  readsAs([['a quarter’s first month: last quarter', 'The S&P 500 closed the quarter up 7%.', ['sp-500|return|quarter:2026-Q3 6.5…7.5 "7%"']]], 'October 15, 2026');
});

describe('claims: "since the start of the month" is the month to date', () => {
  readsAs(
    [
      ['the month', 'The FTSE 100 has added 2.1% since the start of the month.', ['ftse-100|return|month:2026-11 2.05…2.15 "2.1%"']],
      ['the week', 'The FTSE 100 has added 2.1% since the beginning of this week.', ['ftse-100|return|week:2026-11-16 2.05…2.15 "2.1%"']],
      ['not a record’s scope', 'The FTSE 100 had its best run since the start of the month, adding 2.1%.', []],
    ],
    'November 20, 2026',
  );
});

describe('claims: a weekend note’s close with no day named is Friday’s', () => {
  const cases: Array<[string, string, string[]]> = [
    ['a close with its figure', 'The Russell 2000 closed 1.2% higher.', [`russell-2000|return|${friday} 1.15…1.25 "1.2%"`]],
    ['a move after a market’s close with no figure', 'Stocks closed higher. The Nasdaq gained 0.9%.', [`nasdaq-composite|return|${friday} 0.85…0.95 "0.9%"`]],
    ['as the close told with Friday named', 'Stocks closed higher on Friday. The Nasdaq gained 0.9%.', [`nasdaq-composite|return|${friday} 0.85…0.95 "0.9%"`]],
    // Bitcoin trades through the weekend: its close with no day named may be Saturday's.
    ['not bitcoin’s', 'Bitcoin closed 2% higher.', []],
    ['…whose named Friday stays Friday’s', 'Bitcoin rose 2% on Friday.', [`bitcoin|return|${friday} 1.5…2.5 "2%"`]],
  ];
  readsAs(cases, 'November 21, 2026');
  readsAs([['a Sunday note too', 'Stocks closed higher. The Nasdaq gained 0.9%.', [`nasdaq-composite|return|${friday} 0.85…0.95 "0.9%"`]]], 'November 22, 2026');
  readsAs(
    [
      // A session named without its weekday is Friday's too; "today" stays the stamp's day.
      ['"in the latest session"', 'The Nasdaq gained 0.9% in the latest session.', [`nasdaq-composite|return|${friday} 0.85…0.95 "0.9%"`]],
      ['"on the day"', 'The Nasdaq gained 0.9% on the day.', [`nasdaq-composite|return|${friday} 0.85…0.95 "0.9%"`]],
      ['"to end the day"', 'The Nasdaq gained 0.9% to end the day.', [`nasdaq-composite|return|${friday} 0.85…0.95 "0.9%"`]],
      ['not bitcoin’s day', 'Bitcoin rose 3% on the day.', []],
      ['"today" is the stamp’s', 'Bitcoin rose 3% today.', ['bitcoin|return|day:2026-11-21 2.5…3.5 "3%"']],
    ],
    'November 21, 2026',
  );
  readsAs([['a Friday note’s own', 'Bitcoin closed 2% higher.', [`bitcoin|return|${friday} 1.5…2.5 "2%"`]]], 'November 20, 2026');
});

describe('claims: a close with no day named beside another predicate’s or clause’s period is the session’s', () => {
  readsAs(
    [
      [
        'a second predicate that states a move for the week',
        'The S&P 500 closed 0.4% higher and booked a 0.3% gain for the week.',
        [`sp-500|return|${friday} 0.35…0.45 "0.4%"`, 'sp-500|return|week:2026-11-16 0.25…0.35 "0.3%"'],
      ],
      ['…with points first', 'The Dow closed up 65 points, or 0.4%, and logged a 0.3% weekly gain.', [`dow|return|${friday} 0.35…0.45 "0.4%"`, 'dow|return|week:2026-11-16 0.25…0.35 "0.3%"']],
      ['another clause’s running year', 'The S&P 500 closed up 0.4%, and it is up 12% this year.', [`sp-500|return|${friday} 0.35…0.45 "0.4%"`, 'sp-500|return|ytd:2026 11.5…12.5 "12%"']],
      ['not the close’s when the week’s move is the first predicate’s', 'The S&P 500 rose 0.6% and finished the week up 1.8%.', ['sp-500|return|week:2026-11-16 1.75…1.85 "1.8%"']],
      [
        'a participle’s phrase with a value of its own',
        'The pan-European STOXX 600 closed up 0.5%, posting a weekly gain of 1.2%.',
        [`stoxx-600|return|${friday} 0.45…0.55 "0.5%"`, 'stoxx-600|return|week:2026-11-16 1.15…1.25 "1.2%"'],
      ],
      ['not beside a year gone by', 'The Dow closed 0.5% lower, down 3% in 2025.', ['dow|return|year:2025 -3.5…-2.5 "3%"']],
      ['not beside another day named', 'The Dow closed 0.4% higher, and the Nasdaq gained 1% on Thursday.', ['nasdaq-composite|return|day:2026-11-19 0.5…1.5 "1%"']],
      ['not a close put at another time', 'The Dow closed 8% lower in the 2022 bear market, and it is up 12% this year.', ['dow|return|ytd:2026 11.5…12.5 "12%"']],
    ],
    'November 20, 2026',
  );
});

describe('claims: "in the previous session" names no session the reader can check', () => {
  readsAs(
    [
      // The session before the one the story is about: no window ending at the as-of date ("over the past session").
      ['a move of the session before', 'The Nasdaq gained 0.7% in the previous session.', []],
      ['…beside a named day, not that day’s', 'The Nasdaq rose 1% on Friday after falling 2% in the prior session.', [`nasdaq-composite|return|${friday} 0.5…1.5 "1%"`]],
      ['…nor the close of a lead’s day', 'Stocks closed higher on Friday. The Dow gained 0.3% in the previous session.', []],
      ['a window that ends at the as-of date still is one', 'The Nasdaq gained 0.7% over the past session.', ['nasdaq-composite|return|span:1d 0.65…0.75 "0.7%"']],
    ],
    'November 20, 2026',
  );
});

// A lead that names the day without closing it ("Japanese shares rose on Friday, …") hands its paragraph's moves no
// session: the wires' midday stories open the same way, and their later sentences drop the time ("The Nikkei climbed
// 1.35% by the midday break. The broader Topix rose 0.66%."). Only a lead that says the market closed carries its day.
describe('claims: a lead that names a day without a close carries no session', () => {
  readsAs(
    [
      ['a lead with no close', 'Japanese shares rose on Friday, tracking Wall Street. The Nikkei gained 1.2%.', []],
      ['a midday story’s later move', 'Japanese shares rose on Friday. The Nikkei climbed 1.35% by the midday break. The broader Topix rose 0.66%.', []],
      ['…but a lead that closes the day does', 'Japanese shares closed higher on Friday, tracking Wall Street. The Nikkei gained 1.2%.', [`nikkei-225|return|${friday} 1.15…1.25 "1.2%"`]],
    ],
    'November 20, 2026',
  );
});

// U.S. Thanksgiving 2026 is Thursday, November 26; Good Friday 2026 is April 3.
describe('claims: a U.S. market holiday’s note is of the NYSE’s last session for a U.S. subject', () => {
  const wednesday = 'day:2026-11-25';
  readsAs(
    [
      ['a U.S. index after a close with no day named', 'U.S. stocks closed higher. The S&P 500 rose 0.7%.', [`sp-500|return|${wednesday} 0.65…0.75 "0.7%"`]],
      ['its level too', 'The S&P 500 rose 0.7% to close at 6,702.10.', [`sp-500|return|${wednesday} 0.65…0.75 "0.7%"`, `sp-500|level|${wednesday} 6701.6…6702.6 "6,702.10"`]],
      ['a U.S. listing', 'Orcadia (NASDAQ: ORCD) closed 3% higher.', [`ticker:ORCD|return|${wednesday} 2.5…3.5 "3%"`]],
      ['not another market’s index, which traded', "Asian shares closed higher. Japan's Nikkei 225 rose 0.7%.", ['nikkei-225|return|day:2026-11-26 0.65…0.75 "0.7%"']],
      ['not another venue’s listing', 'Shopify (TSX: SHOP) closed 3% higher.', ['ticker:TSX:SHOP|return|day:2026-11-26 2.5…3.5 "3%"']],
    ],
    'November 26, 2026',
  );
  readsAs(
    [['the Saturday after Good Friday: Thursday’s for the S&P 500, Friday’s for the Nikkei', 'Stocks closed higher. The S&P 500 rose 0.7%. The Nikkei 225 gained 1%.', ['sp-500|return|day:2026-04-02 0.65…0.75 "0.7%"', 'nikkei-225|return|day:2026-04-03 0.5…1.5 "1%"']]],
    'April 4, 2026',
  );
});
