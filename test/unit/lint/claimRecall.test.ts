// Disagreements the reader missed, found by probing notes written the way desks write: a verb's other forms
// ("plunging", "adding", "tacked on"), an index's formal name ("the Standard & Poor's 500"), a period as an adjective
// between the value and its noun ("a 0.6% weekly advance"), a close said with an infinitive ("rose 0.4% to close at").
// Each reading is paired with look-alikes that must stay as they were. Fixtures are our own sentences.
import { readsAs as readsAsAt } from './claimsOf';

const readsAs = (cases: ReadonlyArray<[string, string, string[]]>) => readsAsAt(cases, 'November 19, 2026');

const thursday = 'day:2026-11-19';
const week = 'week:2026-11-16';

describe('claims: every form of a move verb signs its value', () => {
  readsAs([
    ['"plummeted"', 'The Nasdaq plummeted 3.5% on Thursday.', [`nasdaq-composite|return|${thursday} -3.55…-3.45 "3.5%"`]],
    ['"tanked"', 'The Russell 2000 tanked 2.2% on Thursday.', [`russell-2000|return|${thursday} -2.25…-2.15 "2.2%"`]],
    ['"dived"', 'The Nasdaq dived 1.5% on Thursday.', [`nasdaq-composite|return|${thursday} -1.55…-1.45 "1.5%"`]],
    ['"nosedived"', 'The Dow nosedived 2.4% on Thursday.', [`dow|return|${thursday} -2.45…-2.35 "2.4%"`]],
    ['"surrendered"', 'The FTSE 100 surrendered 0.8% on Thursday.', [`ftse-100|return|${thursday} -0.85…-0.75 "0.8%"`]],
    ['"weakened"', 'The DAX weakened 0.6% on Thursday.', [`dax|return|${thursday} -0.65…-0.55 "0.6%"`]],
    ['a participle: "losing"', 'The Nasdaq is losing 1.2% this week.', [`nasdaq-composite|return|${week} -1.25…-1.15 "1.2%"`]],
    ['a participle: "plunging"', 'Small caps sold off on Thursday, the Russell 2000 plunging 3.1%.', [`russell-2000|return|${thursday} -3.15…-3.05 "3.1%"`]],
    ['a participle: "shedding"', 'The Dow lost ground this week, shedding 1.3%.', [`dow|return|${week} -1.35…-1.25 "1.3%"`]],
    ['a participle: "retreating"', 'The S&P 500 ended its run on Thursday, retreating 0.7%.', [`sp-500|return|${thursday} -0.75…-0.65 "0.7%"`]],
    ['a participle: "adding"', 'The Nasdaq closed at a record on Thursday, adding 0.9%.', [`nasdaq-composite|return|${thursday} 0.85…0.95 "0.9%"`]],
    ['a participle: "rallying"', 'Banks led on Thursday, the KBW Bank Index rallying 2.6%.', [`banks|return|${thursday} 2.55…2.65 "2.6%"`]],
    ['a participle: "soaring"', 'The Nasdaq is soaring 4.2% this week.', [`nasdaq-composite|return|${week} 4.15…4.25 "4.2%"`]],
    ['"tacked on"', 'The S&P 500 has tacked on 12.1% year to date.', ['sp-500|return|ytd:2026 12.05…12.15 "12.1%"']],
    ['"put on"', 'The Nasdaq put on 1.1% on Thursday.', [`nasdaq-composite|return|${thursday} 1.05…1.15 "1.1%"`]],
    ['"firmed"', 'The FTSE 100 firmed 0.3% on Thursday.', [`ftse-100|return|${thursday} 0.25…0.35 "0.3%"`]],
    ['"skyrocketed"', 'Bitcoin skyrocketed 14% this week.', [`bitcoin|return|${week} 13.5…14.5 "14%"`]],
    ['"bounced"', 'The Russell 2000 bounced 1.9% on Thursday.', [`russell-2000|return|${thursday} 1.85…1.95 "1.9%"`]],
    ['"recovered"', 'The Nasdaq recovered 1.4% on Thursday.', [`nasdaq-composite|return|${thursday} 1.35…1.45 "1.4%"`]],
  ]);

  readsAs([
    ['a put option is no move up', 'Traders bought a put on the Nasdaq 3% out of the money on Thursday.', []],
    ['"recovered from" a slide is still a move undone', 'The Nasdaq recovered from a 3% slide on Thursday.', []],
    ['a forecast with "add" stays a forecast', 'Investment firms expect the S&P 500 to add 8% next year.', []],
    ['"easing" of rates signs nothing of the index', 'The Dow rose 0.2% this week while rates were easing.', [`dow|return|${week} 0.15…0.25 "0.2%"`]],
    ['"firms" is a noun, not "firmed"', 'Brokerage firms were busy as the FTSE 100 slipped 0.3% on Thursday.', [`ftse-100|return|${thursday} -0.35…-0.25 "0.3%"`]],
  ]);
});

describe('claims: an index by its formal name', () => {
  readsAs([
    ['"Standard & Poor\'s 500 index"', "The Standard & Poor's 500 index has gained 12.1% this year.", ['sp-500|return|ytd:2026 12.05…12.15 "12.1%"']],
    ['a curly apostrophe', 'The Standard & Poor’s 500 rose 0.4% on Thursday.', [`sp-500|return|${thursday} 0.35…0.45 "0.4%"`]],
  ]);
  readsAs([
    ["the rating agency is no index", "Standard & Poor's cut the lender's rating by one notch and its shares fell 3% on Thursday.", []],
  ]);
});

describe('claims: a period as an adjective between the value and its noun', () => {
  readsAs([
    ['"a 0.6% weekly gain"', 'The Dow notched a 0.6% weekly gain.', [`dow|return|${week} 0.55…0.65 "0.6%"`]],
    ['"a 2.3% monthly decline"', 'The Nasdaq has suffered a 2.3% monthly decline so far.', ['nasdaq-composite|return|month:2026-11 -2.35…-2.25 "2.3%"']],
  ]);
  readsAs([
    ['a weekly gain that would be', 'A 2% weekly gain in the Dow would be its first since July.', []],
    ['the week named outright says which week', 'Last week the Dow booked a 1.5% weekly gain.', ['dow|return|week:2026-11-09 1.45…1.55 "1.5%"']],
    ['…after the adjective too', 'The Dow booked a weekly gain of 1.5% last week.', ['dow|return|week:2026-11-09 1.45…1.55 "1.5%"']],
    [
      'but not past another figure',
      'The Dow posted a 1.5% weekly gain after falling 0.2% last week.',
      [`dow|return|${week} 1.45…1.55 "1.5%"`, 'dow|return|week:2026-11-09 -0.25…-0.15 "0.2%"'],
    ],
  ]);
});

describe('claims: a close said with an infinitive or a participle is the session\'s', () => {
  readsAs([
    ['"rose 0.4% to close at"', 'The Nasdaq rose 0.4% to close at 22,450.10.', [`nasdaq-composite|return|${thursday} 0.35…0.45 "0.4%"`, `nasdaq-composite|level|${thursday} 22449.6…22450.6 "22,450.10"`]],
    ['"to end at"', 'The Dow slipped 0.2% to end at 47,310.', [`dow|return|${thursday} -0.25…-0.15 "0.2%"`, `dow|level|${thursday} 47305…47315 "47,310"`]],
    ['"to finish at"', 'The S&P 500 added 0.3% to finish at a record.', [`sp-500|return|${thursday} 0.25…0.35 "0.3%"`]],
    ['"closing 1.1% higher"', 'The Russell 2000 led again, closing 1.1% higher.', [`russell-2000|return|${thursday} 1.05…1.15 "1.1%"`]],
  ]);
  readsAs([
    ['a move with no close named is no session\'s', 'The Nasdaq rose 0.4%.', []],
    ['a move by mid-morning is no close', 'The Nasdaq rose 0.4% by mid-morning, on track to close at a record.', []],
    ['a forecast of the close', 'Traders expect the Nasdaq to close at a record after a 0.4% gain in futures.', []],
    ['a close not yet made', 'The S&P 500 was poised to close up 0.9% on Thursday.', []],
    ['a move in the first hour', 'The S&P 500 rose 0.4% on Thursday in the first hour of trading.', []],
    ['…or the opening minutes', 'The Nasdaq jumped 1.1% in the opening 15 minutes on Thursday.', []],
  ]);
  readsAs([
    ['the last hour made the close', 'The S&P 500 closed up 0.4% on Thursday after a rally in the last 30 minutes.', [`sp-500|return|${thursday} 0.35…0.45 "0.4%"`]],
  ]);
});

// A value whose clause already has a subject the table does not name ("Apple rose 1.1%") belongs to it, not to an
// index named later in the sentence: the Dow was read as up 1.1% and conflicted with its own 0.7%.
describe('claims: a subject named before the verb owns the value, even one the table does not know', () => {
  readsAs([
    ['a company before its verb', 'Apple rose 1.1% on Thursday as the Dow gained 0.7%.', [`dow|return|${thursday} 0.65…0.75 "0.7%"`]],
    [
      'a longer name, the owner of shares',
      'Shares of Home Depot fell 2% on Thursday as the S&P 500 slipped 0.3%.',
      [`ticker:~Home Depot|return|${thursday} -2.5…-1.5 "2%"`, `sp-500|return|${thursday} -0.35…-0.25 "0.3%"`],
    ],
  ]);
  readsAs([
    ['a value before its subject is still the subject\'s', 'Up 1.1% on Thursday, the Dow led the majors.', [`dow|return|${thursday} 1.05…1.15 "1.1%"`]],
    ['"a gain in" names its owner after the value', 'A 1.1% gain on Thursday in the Dow led the majors.', [`dow|return|${thursday} 1.05…1.15 "1.1%"`]],
    ['a pronoun refers back', 'The Nasdaq fell 1.4% on Thursday, and it is down 3% this week.', [`nasdaq-composite|return|${thursday} -1.45…-1.35 "1.4%"`, `nasdaq-composite|return|${week} -3.5…-2.5 "3%"`]],
  ]);
});

// London's market reports, as British outlets write them: the country's possessive before an index ("Germany's
// Dax"), "the Dax" in title case, a close "to end the day", and shares named in a "with" phrase after the index's
// move. The last was read as the index's own figure: "…helped the FTSE 100 higher, with Rio Tinto up 4%" made the
// FTSE 100 up 4%, at odds with its real 0.3% in any other note of the day.
describe('claims: London\'s market reports', () => {
  readsAs([
    ['a country\'s index', 'Germany\'s Dax closed 0.4% higher on Thursday.', [`dax|return|${thursday} 0.35…0.45 "0.4%"`]],
    ['two countries\' indexes', 'In Paris, France\'s Cac 40 added 0.5% on Thursday and Japan\'s Nikkei lost 1.1%.', [`cac-40|return|${thursday} 0.45…0.55 "0.5%"`, `nikkei-225|return|${thursday} -1.15…-1.05 "1.1%"`]],
    ['a close to end the day', 'The FTSE 100 slipped 0.3% to end the day at 9,512.5.', [`ftse-100|return|${thursday} -0.35…-0.25 "0.3%"`, `ftse-100|level|${thursday} 9512…9513 "9,512.5"`]],
    ['points first, then the percentage', 'The FTSE 100 shed 28.4 points, or 0.3%, to finish the session at 9,512.5.', [`ftse-100|return|${thursday} -0.35…-0.25 "0.3%"`, `ftse-100|level|${thursday} 9512…9513 "9,512.5"`]],
    ['shares named in a "with" phrase own their move', 'Miners lifted the FTSE 100 higher on Thursday, with Glencore and Anglo American both up more than 3%.', []],
    ['one company in a "with" phrase', 'The Dax rose 0.4% on Thursday, with Siemens up 2.5%.', [`dax|return|${thursday} 0.35…0.45 "0.4%"`]],
    ['"the blue chip index" names no one index', 'The blue chip index closed down 21 points at 9,379.7 on Thursday.', []],
  ]);
  readsAs([
    ['a "with" phrase that names an index of the table', 'Stocks rose on Thursday, with the Dax up 0.4%.', [`dax|return|${thursday} 0.35…0.45 "0.4%"`]],
    ['"with the index" refers back', 'The FTSE 100 rose 0.4% on Thursday, with the index up 12% this year.', [`ftse-100|return|${thursday} 0.35…0.45 "0.4%"`, 'ftse-100|return|ytd:2026 11.5…12.5 "12%"']],
    ['a company\'s own possessive still owns its move', 'Apple\'s 3% drop on Thursday weighed on the Nasdaq.', []],
    // A day's possessive dates the move, and owns nothing.
    ['a day\'s possessive is no owner', 'The S&P 500 ended Thursday\'s session 0.4% higher.', [`sp-500|return|${thursday} 0.35…0.45 "0.4%"`]],
    ['…nor "yesterday\'s"', 'The Nasdaq added to yesterday\'s 1% advance.', ['nasdaq-composite|return|day:2026-11-18 0.5…1.5 "1%"']],
    ['"the day of" is another day', 'The Nasdaq ended the day of the vote 2% higher, on Tuesday.', [`nasdaq-composite|return|day:2026-11-17 1.5…2.5 "2%"`]],
    ['the chip index is still the SOX', 'The chip index fell 2% on Thursday.', [`sox|return|${thursday} -2.5…-1.5 "2%"`]],
  ]);
});

// A wrap's closing block, as business sites write it: a sentence ending on a colon over one line per index, each
// "Name: level, change". The sentence was too long to count as the block's lead-in, and a line whose label was a
// plain name ("Nasdaq Composite:") ended the lead-in's reach, so most lines made no claim.
describe('claims: a wrap\'s block of index lines under the sentence that introduces it', () => {
  const block = (lines: string[]) => readsAsAt([['the block', lines.join('\n'), [`sp-500|return|${thursday} 0.165…0.175 "0.17%"`, `dow|return|${thursday} 0.545…0.555 "0.55%"`, `nasdaq-composite|return|${thursday} -0.55…-0.45 "0.5%"`]]], 'November 19, 2026');
  block(["Here's where the indexes stood at the 4 p.m. ET close on Thursday:", '', '- S&P 500: 6,690.72, up 0.17%', '- Dow Jones Industrial Average: 46,813.74, up 0.55% (254.49 points)', '- Nasdaq Composite: 22,775.14, down 0.5%']);
  block(['Where the indexes closed on Thursday:', '', '- S&P 500: up 0.17%', '- Dow Jones Industrial Average: up 0.55%', '- Nasdaq Composite: down 0.5%']);
  readsAs([
    ['"closing near" is the close', 'The Dow dropped about 195 points, or 0.6%, closing near 46,642.', [`dow|return|${thursday} -0.65…-0.55 "0.6%"`, `dow|level|${thursday} 46525.395…46758.605 "near 46,642"`]],
  ]);
  readsAs([
    ['a sentence with no period over a block hands nothing down', ['The indexes moved as follows:', '', '- S&P 500: up 0.17%'].join('\n'), []],
    ['a label with no figure still ends the reach', ['On Thursday:', '', '- Nasdaq Composite: down 0.5%', '', 'Notes:', '', '- S&P 500: up 0.17%'].join('\n'), [`nasdaq-composite|return|${thursday} -0.55…-0.45 "0.5%"`]],
    ['a close still to come', 'The Nasdaq rose 0.4% by midday, on track to close near a record.', []],
  ]);
});

// The wire's closing paragraph gives the first index's close with "to end at" and the next ones' with a bare "to":
// the later clauses' returns had no session and made no claim, though their levels did.
describe('claims: a move to a level beside a clause that closes is the same close', () => {
  readsAs([
    [
      'the wire\'s closing paragraph',
      'The S&P 500 gained 32.53 points, or 0.49%, to end at 6,602.99 points, while the Nasdaq Composite gained 111.71 points, or 0.51%, to 22,273.08.',
      [`sp-500|return|${thursday} 0.485…0.495 "0.49%"`, `sp-500|level|${thursday} 6602.49…6603.49 "6,602.99"`, `nasdaq-composite|return|${thursday} 0.505…0.515 "0.51%"`, `nasdaq-composite|level|${thursday} 22272.58…22273.58 "22,273.08"`],
    ],
  ]);
  readsAs([
    ['a move to a level by midday is no close', 'The S&P 500 gained 0.49% to end at 6,602.99 on Thursday, while the Nasdaq rose 0.51% to 22,273.08 by midday.', [`sp-500|return|${thursday} 0.485…0.495 "0.49%"`, `sp-500|level|${thursday} 6602.49…6603.49 "6,602.99"`]],
    ['a move to a level with no close in the sentence', 'The Nasdaq rose 0.51% to 22,273.08.', []],
  ]);
});

// The AP's closing story opens on the day's close ("Stocks closed mostly lower on Wall Street Thursday") and gives
// each index's move in the next sentences, or the wire's in the next paragraph, with no close word of their own;
// those made no claim.
describe('claims: after a sentence that closes the day, the paragraph\'s moves are that close', () => {
  readsAs([
    [
      'the closing story\'s lead',
      'Stocks closed mostly lower on Wall Street Thursday as traders came back from the holiday. The benchmark S&P 500 slipped 0.3%. Gains for a few tech heavyweights nudged the Nasdaq up 0.1%, and the Dow industrials lost 0.8%.',
      [`sp-500|return|${thursday} -0.35…-0.25 "0.3%"`, `nasdaq-composite|return|${thursday} 0.05…0.15 "0.1%"`, `dow|return|${thursday} -0.85…-0.75 "0.8%"`],
    ],
    // A wire that gives one index a paragraph: the close runs down the paragraphs of moves that read it.
    [
      'the wire\'s lead, then a paragraph for each index\'s move',
      'U.S. stocks closed higher on Thursday as chipmakers rallied.\n\nThe S&P 500 rose 0.6% to 6,850.10.\n\nThe Nasdaq gained 0.9%, led by chipmakers.\n\nThe Dow added 0.2%.',
      [
        `sp-500|return|${thursday} 0.55…0.65 "0.6%"`,
        `sp-500|level|${thursday} 6849.6…6850.6 "6,850.10"`,
        `nasdaq-composite|return|${thursday} 0.85…0.95 "0.9%"`,
        `dow|return|${thursday} 0.15…0.25 "0.2%"`,
      ],
    ],
    [
      'the wire\'s lead, then its paragraph of moves',
      'U.S. stocks closed higher on Thursday as chipmakers rallied.\n\nThe Dow rose 204.23 points, or 0.44%, to 46,441.10, and the S&P 500 gained 32.53 points, or 0.49%.',
      // (The level the move reached is that close's too.)
      [`dow|return|${thursday} 0.435…0.445 "0.44%"`, `dow|level|${thursday} 46440.6…46441.6 "46,441.10"`, `sp-500|return|${thursday} 0.485…0.495 "0.49%"`],
    ],
  ]);
  readsAs([
    ['a midday story', 'Stocks were lower in afternoon trading Thursday as traders came back. The S&P 500 lost 0.3% as of 2:32 p.m. Eastern, and the Dow fell 0.6%.', []],
    ['a market shut is no close', 'U.S. markets will be closed Thursday for the holiday. The S&P 500 slipped 0.2%.', []],
    ['a move inside the session', 'Stocks closed mostly lower on Wall Street Thursday. Earlier in the session, the S&P 500 rose 1%.', []],
    ['a state, not a move', 'Stocks closed mostly lower on Wall Street Thursday. The S&P 500 is 2% below its record.', []],
    ['a move of another time', 'Stocks closed mostly lower on Wall Street Thursday. The S&P 500 lost 20% in the 2022 bear market.', []],
    ['…or an event', 'Stocks closed mostly lower on Wall Street Thursday. When the Fed last paused, the S&P 500 rose 12%.', []],
    ['the lead\'s close reaches one paragraph, no further', 'Stocks closed mostly lower on Wall Street Thursday.\n\nTraders weighed the outlook.\n\nThe S&P 500 slipped 0.3%.', []],
    // The run of move paragraphs ends at one that reads no move of the close, or names another session.
    [
      'a run of moves ends at a paragraph of none',
      'Stocks closed mostly lower on Wall Street Thursday.\n\nThe S&P 500 slipped 0.3%.\n\nTraders weighed the outlook.\n\nSmall caps fell 1.4%.',
      [`sp-500|return|${thursday} -0.35…-0.25 "0.3%"`],
    ],
    [
      '…or one that names another session',
      'Stocks closed mostly lower on Wall Street Thursday.\n\nThe S&P 500 slipped 0.3%.\n\nThe Nasdaq had fallen 1.1% on Wednesday.\n\nThe Dow lost 0.8%.',
      [`sp-500|return|${thursday} -0.35…-0.25 "0.3%"`, 'nasdaq-composite|return|day:2026-11-18 -1.15…-1.05 "1.1%"'],
    ],
    ['a midday story below a breaking update', 'Stocks closed lower Thursday.\n\nTHIS IS A BREAKING NEWS UPDATE. The earlier story follows.\n\nStocks were lower in afternoon trading Thursday.\n\nThe Dow fell 228 points, or 0.6%, to 46,141.', []],
  ]);
});

// "for the year" after a past year named in the sentence is that year's return, not this year's to date: "In 2021,
// the S&P 500 rose 27% for the year" was read as the S&P 500 up 27% this year, at odds with any note's real figure.
describe('claims: "for the year" means the past year its sentence names', () => {
  readsAs([
    ['the year named first', 'In 2021, the S&P 500 rose 27% for the year.', ['sp-500|return|year:2021 26.5…27.5 "27%"']],
    ['the year named after', 'The Nasdaq gained 21% on the year in 2025.', ['nasdaq-composite|return|year:2025 20.5…21.5 "21%"']],
    ['"so far" keeps the running year', 'In 2025 the Nasdaq gained 21%, and it is up 12% for the year so far.', ['nasdaq-composite|return|year:2025 20.5…21.5 "21%"', 'nasdaq-composite|return|ytd:2026 11.5…12.5 "12%"']],
    ['the as-of year is still the year to date', 'In 2026, the S&P 500 is up 16% for the year.', ['sp-500|return|ytd:2026 15.5…16.5 "16%"']],
    ['a year in another sentence does not reach it', 'The Dow fell 9% in 2022. The S&P 500 is up 16% for the year.', ['dow|return|year:2022 -9.5…-8.5 "9%"', 'sp-500|return|ytd:2026 15.5…16.5 "16%"']],
  ]);
});

// A wire sets two indexes' moves side by side and names the period once: "The S&P 500 rose 0.5% on Friday, while the
// Nasdaq gained 0.6%". The second clause named no period of its own, so its figure made no claim.
describe('claims: a parallel clause shares the period of the clause before it', () => {
  readsAs([
    ['"while", a day', 'The S&P 500 rose 0.5% on Thursday, while the Nasdaq gained 0.6%.', [`sp-500|return|${thursday} 0.45…0.55 "0.5%"`, `nasdaq-composite|return|${thursday} 0.55…0.65 "0.6%"`]],
    ['a semicolon, a week', 'The Dow rose 1.8% this week; the Nasdaq tacked on 0.6%.', [`dow|return|${week} 1.75…1.85 "1.8%"`, `nasdaq-composite|return|${week} 0.55…0.65 "0.6%"`]],
    ['the Russell 2000\'s number is no year', 'The Dow rose 1.8% this week; the Russell 2000 gained 2.9%.', [`dow|return|${week} 1.75…1.85 "1.8%"`, `russell-2000|return|${week} 2.85…2.95 "2.9%"`]],
    ['running moves, the year', 'The S&P 500 is up 16% this year, while the Nasdaq has gained 21%.', ['sp-500|return|ytd:2026 15.5…16.5 "16%"', 'nasdaq-composite|return|ytd:2026 20.5…21.5 "21%"']],
    ['a period wrapped across a line', 'The Russell 2000 is up nearly 10% month\nto date.', ['russell-2000|return|month:2026-11 9.5…10 "nearly 10%"']],
  ]);
  readsAs([
    ['a running move beside a day\'s', 'The Nasdaq fell 2% on Thursday, but it has gained 20%.', [`nasdaq-composite|return|${thursday} -2.5…-1.5 "2%"`]],
    ['a past move beside the year\'s running one', 'The Nasdaq is up 21% this year, while the Dow rose 0.4%.', ['nasdaq-composite|return|ytd:2026 20.5…21.5 "21%"']],
    ['a possessive is no running verb', 'The Russell 2000 posted a weekly gain of 4.5%, after the prior week\'s slide, and is now up nearly 10%.', [`russell-2000|return|${week} 4.45…4.55 "4.5%"`]],
    ['two periods: no sharing', 'The Dow rose 1% on Thursday and 2% this week, while the Nasdaq gained 3%.', [`dow|return|${thursday} 0.5…1.5 "1%"`, `dow|return|${week} 1.5…2.5 "2%"`]],
    ['a clause put at another time', 'The S&P 500 rose 0.5% on Thursday, while the Nasdaq lost 33% in the 2022 bear market.', [`sp-500|return|${thursday} 0.45…0.55 "0.5%"`]],
  ]);
});

// Benchmarks of other markets, as their desks write them.
describe('claims: Asia\'s, Europe\'s and Latin America\'s benchmarks', () => {
  readsAs([
    ['India', 'The BSE Sensex rose 0.5% on Thursday and the Nifty 50 gained 0.6%.', [`sensex|return|${thursday} 0.45…0.55 "0.5%"`, `nifty-50|return|${thursday} 0.55…0.65 "0.6%"`]],
    ['China', 'The Shanghai Composite index fell 1.1% on Thursday and the blue-chip CSI 300 lost 1.3%.', [`shanghai-composite|return|${thursday} -1.15…-1.05 "1.1%"`, `csi-300|return|${thursday} -1.35…-1.25 "1.3%"`]],
    ['Spain and Brazil', 'Spain\'s IBEX 35 is up 30% this year; Brazil\'s Ibovespa has gained 25%.', ['ibex-35|return|ytd:2026 29.5…30.5 "30%"', 'ibovespa|return|ytd:2026 24.5…25.5 "25%"']],
    ['the MSCI indexes', 'The MSCI Emerging Markets index is up 25% this year.', ['msci-em|return|ytd:2026 24.5…25.5 "25%"']],
  ]);
  readsAs([['"nifty" the word', 'It was a nifty 5% gain on Thursday for the Nasdaq.', [`nasdaq-composite|return|${thursday} 4.5…5.5 "5%"`]]]);
});

// A weekly wrap as business sites write it: "the Russell" for the Russell 2000, a "respectively" list in a "while"
// clause told with "were up" beside the first clause's "is up … for 2026", and a block under "For the trading week:".
describe('claims: a weekly wrap\'s shorthand', () => {
  readsAs([
    ['"the Russell"', 'The Russell rose more than 10.2 percent this week.', [`russell-2000|return|${week} 10.2…Infinity "more than 10.2 percent"`]],
    [
      '"were up" beside "is up"',
      'The Russell 2000 is up 12.9 percent for 2026, while the Dow, S&P and Nasdaq were up almost 8.2 percent, 5.9 percent and nearly 4.6 percent, respectively.',
      ['russell-2000|return|ytd:2026 12.85…12.95 "12.9 percent"', 'dow|return|ytd:2026 7.79…8.2 "almost 8.2 percent"', 'sp-500|return|ytd:2026 5.85…5.95 "5.9 percent"', 'nasdaq-composite|return|ytd:2026 4.37…4.6 "nearly 4.6 percent"'],
    ],
    ['"for the trading week"', 'For the trading week, the Dow is up 2.02%.', [`dow|return|${week} 2.015…2.025 "2.02%"`]],
  ]);
  readsAs([
    ['a firm named Russell', 'Russell Investments said its fund rose 3% this week.', []],
    ['a person named Russell', 'Strategist Jane Russell said stocks rose 3% this week.', []],
    ['another Russell index', 'The Russell Midcap index rose 3% this week.', []],
  ]);
});
