// An index's closing level as a claim (claims/closingLevels.ts, tableLevels.ts), and when two notes' closes of one
// session conflict. Each way desks write a close is paired with look-alikes that state no close of the session: a
// target, support or resistance, an intraday mark, a futures price, a record of another day, a point move, a
// forecast, a stock's or a fund's price, a level in another index's clause. Fixtures are our own sentences.
import { strict as assert } from 'node:assert';
import { extractFigures, findAsOfStamps, NoteSource } from '../../../src/core/lint';
import { lintTogether } from './wireScore';
import { claimsOf } from './claimsOf';

const round = (value: number) => (Number.isFinite(value) ? Number(value.toFixed(4)) : value);
const friday = 'day:2026-11-27';
const thursday = 'day:2026-11-26';

/** The level claims of a note dated Friday, November 27, 2026 (other claims are other tests' business). */
function levelsOf(text: string, asOf = 'November 27, 2026'): string[] {
  const note = new NoteSource(`As of ${asOf}.\n\n${text}\n`);
  return extractFigures(note, findAsOfStamps(note.text, note))
    .filter((figure) => figure.metric === 'level')
    .map((figure) => `${figure.key} ${round(figure.low)}…${round(figure.high)} "${figure.text}"`);
}

function readsAs(cases: ReadonlyArray<[string, string, string[]]>): void {
  for (const [name, text, expected] of cases) it(`${name}: ${text}`, () => assert.deepEqual(levelsOf(text), expected));
}

function readsNoLevel(cases: ReadonlyArray<[string, string]>): void {
  for (const [name, text] of cases) it(`reads no level: ${name}`, () => assert.deepEqual(levelsOf(text), []));
}

describe('claims: an index’s closing level', () => {
  readsAs([
    ['a close verb and "at"', 'The S&P 500 closed at 6,602.99.', [`sp-500|level|${friday} 6602.49…6603.49 "6,602.99"`]],
    ['"ended the session at"', 'The Dow ended the session at 46,120.55 as retailers gained.', [`dow|level|${friday} 46120.05…46121.05 "46,120.55"`]],
    ['"finished the day at", the move after', 'The Nasdaq Composite finished the day at 22,450.10, up 0.6%.', [`nasdaq-composite|level|${friday} 22449.6…22450.6 "22,450.10"`]],
    ['"settled at"', 'The FTSE 100 settled at 9,712.4 in London.', [`ftse-100|level|${friday} 9711.9…9712.9 "9,712.4"`]],
    ['the move between verb and level', 'The Dow closed up 310 points, or 0.7%, at 46,120.55.', [`dow|level|${friday} 46120.05…46121.05 "46,120.55"`]],
    ['a record', 'The Nasdaq ended at a record 22,450 on Friday.', [`nasdaq-composite|level|${friday} 22445…22455 "22,450"`]],
    ['a record high of', 'The S&P 500 closed at a fresh record high of 6,603.', [`sp-500|level|${friday} 6602.5…6603.5 "6,603"`]],
    ['a move "to" the level under a day', 'The Russell 2000 rose 9.8 points, or 0.4%, to 2,481.30 on Friday.', [`russell-2000|level|${friday} 2480.8…2481.8 "2,481.30"`]],
    ['"to close at"', 'The S&P 500 added 0.4% to close at 6,602.99.', [`sp-500|level|${friday} 6602.49…6603.49 "6,602.99"`]],
    ['a day’s session named with its possessive', 'The S&P 500 ended Friday’s session at 6,602.99.', [`sp-500|level|${friday} 6602.49…6603.49 "6,602.99"`]],
    ['…and Thursday’s in a Friday note', 'The Dow finished Thursday’s session at 46,120.55.', [`dow|level|${thursday} 46120.05…46121.05 "46,120.55"`]],
    ['no thousands separator', 'The Nasdaq composite ended up 0.5% to 22431.77.', [`nasdaq-composite|level|${friday} 22431.27…22432.27 "22431.77"`]],
    ['the day named before the verb', 'The S&P 500 on Thursday closed at 6,580.12.', [`sp-500|level|${thursday} 6579.62…6580.62 "6,580.12"`]],
    ['another day’s close, by name', 'The S&P 500 rose 0.4% from Thursday’s close of 6,576.8.', [`sp-500|level|${thursday} 6576.3…6577.3 "6,576.8"`]],
    ['in brackets with the day’s change', 'The S&P 500 (6,610.25, +0.5%) and the Nasdaq Composite (22,470.00, +0.7%) both closed higher.', [
      `sp-500|level|${friday} 6609.75…6610.75 "6,610.25"`,
      `nasdaq-composite|level|${friday} 22469.5…22470.5 "22,470.00"`,
    ]],
    ['the VIX', 'The VIX closed at 16.45.', [`vix|level|${friday} 16.4418…16.4582 "16.45"`]],
    ['British points', 'The FTSE 100 closed at 9,700 points.', [`ftse-100|level|${friday} 9650…9750 "9,700"`]],
    ['points lower, with a day-low after', 'The FTSE 100 closed 40.2 points lower at 9,610.66 points, after the index dropped to a day-low of 9,571.98 points.', [
      `ftse-100|level|${friday} 9610.16…9611.16 "9,610.66"`,
    ]],
    ['an earlier intraday move after the close', 'The Nikkei rose 145 points to 49,167.60 after earlier rising as much as 1.8%, its highest close since late October.', [
      `nikkei-225|level|${friday} 49167.1…49168.1 "49,167.60"`,
    ]],
    ['the index described by its members', 'The Russell 2000 index of smaller companies eased 25.3 points, or 1%, to 2,431.5 on Friday.', [
      `russell-2000|level|${friday} 2431…2432 "2,431.5"`,
    ]],
    ['each index of a wrap its own', 'The Dow finished up 280 points to 46,090.12, while the S&P 500 was up 0.4% to 6,598.40.', [
      `dow|level|${friday} 46089.62…46090.62 "46,090.12"`,
      `sp-500|level|${friday} 6597.9…6598.9 "6,598.40"`,
    ]],
  ]);

  it('reads a wire’s list under "On Friday:" as that session’s closes', () => {
    assert.deepEqual(levelsOf('On Friday:\n\nThe S&P 500 rose 26.1 points, or 0.4%, to 6,602.99.\n\nThe Dow added 310 points, or 0.7%, to 46,120.55.'), [
      `sp-500|level|${friday} 6602.49…6603.49 "6,602.99"`,
      `dow|level|${friday} 46120.05…46121.05 "46,120.55"`,
    ]);
  });

  it('reads "closed the week at" of this week as its last session’s close, and of a week gone by as none', () => {
    assert.deepEqual(levelsOf('The S&P 500 closed the week at 6,602.99.'), [`sp-500|level|${friday} 6602.49…6603.49 "6,602.99"`]);
    assert.deepEqual(levelsOf('The S&P 500 closed the week at 6,602.99.', 'November 30, 2026'), []);
    assert.deepEqual(levelsOf('The Dow ended last week at 45,200.'), []);
    // Nor is another index's move to a level beside a week gone by, in a Monday note: that sentence is about Friday.
    assert.deepEqual(levelsOf('The S&P 500 closed the week at 6,780, up 1.1%; the Russell 2000 gained 2.9% to 2,561.', 'November 30, 2026'), []);
    assert.deepEqual(levelsOf('The S&P 500 closed at 6,780 on Monday; the Russell 2000 gained 2.9% to 2,561.', 'November 30, 2026'), [
      'sp-500|level|day:2026-11-30 6775…6785 "6,780"',
      'russell-2000|level|day:2026-11-30 2560.5…2561.5 "2,561"',
    ]);
  });

  it('reads a headline’s close, with or without the article before "record"', () => {
    assert.deepEqual(levelsOf('## Dow closes at record 46,120 as banks rally'), [`dow|level|${friday} 46115…46125 "46,120"`]);
  });

  it('reads no close under "if"', () => {
    assert.deepEqual(levelsOf('If the S&P 500 closes at 6,700 on Friday, the rally broadens.'), []);
  });

  it('keeps a close whose sentence goes on about stocks', () => {
    assert.deepEqual(levelsOf('The S&P 500 closed at 6,602.99 as tech stocks rallied.'), [`sp-500|level|${friday} 6602.49…6603.49 "6,602.99"`]);
  });

  it('reads a weekend note’s close as Friday’s', () => {
    assert.deepEqual(levelsOf('The S&P 500 closed at 6,602.99.', 'November 29, 2026'), [`sp-500|level|${friday} 6602.49…6603.49 "6,602.99"`]);
  });

  it('allows the rounding a level is written with, and its qualifier', () => {
    assert.deepEqual(levelsOf('The S&P 500 closed at 6,600.'), [`sp-500|level|${friday} 6550…6650 "6,600"`]);
    assert.deepEqual(levelsOf('The S&P 500 closed at about 6,600.'), [`sp-500|level|${friday} 6500…6700 "about 6,600"`]);
    assert.deepEqual(levelsOf('The S&P 500 closed just above 6,600.'), [`sp-500|level|${friday} 6599.5…6700 "just above 6,600"`]);
    assert.deepEqual(levelsOf('The S&P 500 closed above 6,600.'), [`sp-500|level|${friday} 6599.5…Infinity "above 6,600"`]);
    assert.deepEqual(levelsOf('The S&P 500 closed below 6,610.'), [`sp-500|level|${friday} 0…6610.5 "below 6,610"`]);
    assert.deepEqual(levelsOf('The S&P 500 ended at a record 6,600-plus.'), [`sp-500|level|${friday} 6599.5…6700 "6,600-plus"`]);
  });

  readsNoLevel([
    ['a year-end target', 'Our year-end target for the S&P 500 is 7,000.'],
    ['support and resistance', 'The S&P 500 has support at 6,550 and resistance near 6,650.'],
    ['a close against support', 'The S&P 500 closed below resistance at 6,650.'],
    ['an intraday high', 'The S&P 500 hit 6,650 intraday before fading.'],
    ['touched', 'The Nasdaq touched 22,610 in the first hour.'],
    ['a move to a mark that did not hold', 'The S&P 500 rose to 6,640 before slipping back.'],
    ['as high as', 'The Nasdaq traded as high as 22,610 on Friday.'],
    ['a time in the session', 'The S&P 500 settled at around 6,650 shortly after 10 a.m.'],
    ['early trading', 'The S&P 500 rose 0.4% to 6,660 in early trading.'],
    ['futures', 'S&P 500 futures settled at 6,620 after the bell.'],
    ['a record close of another day', 'The S&P 500 is still below its record close of 6,700 on Oct. 28.'],
    ['a close on a calendar date', 'The S&P 500 closed at 6,700 on Oct. 28.'],
    ['a point move', 'The S&P 500 gained 45 points and the Dow climbed 300 points.'],
    ['a forecast', 'Strategists say the S&P 500 could close the year at 7,100.'],
    ['a year’s close', 'The Dow finished 2025 at 42,544.2.'],
    ['an earlier moment', 'A week ago, the S&P 500 closed at 6,480.'],
    ['a run of closes', 'The Dow has closed above 40,000 each of the last ten days.'],
    ['a move since a record', 'The S&P 500 has fallen 3% to 6,400 since its record.'],
    ['a stock’s price', 'Apple (NASDAQ: AAPL) closed at 256.44 while the Nasdaq rose 0.6%.'],
    ['a stock ranked in the index', 'Nvidia, the biggest stock in the S&P 500, closed at 182.60.'],
    ['an ETF by symbol', 'SPY closed at 660.12.'],
    ['an ETF by name', 'The SPDR S&P 500 ETF closed at 660.40.'],
    ['a dollar price', 'The S&P 500 tracker closed at $660.12.'],
    ['a moving average', 'The S&P 500 closed above its 200-day moving average at 6,410.'],
    ['a list of names and values without pairing', 'The S&P 500 and the Nasdaq closed at 6,602 and 22,450.'],
    ['small caps as a group', 'Small caps closed at 2,480.'],
    ['a percentage', 'The S&P 500 closed at 16.4% above its April low.'],
    ['a past month', 'In October, the S&P 500 rose 2.3% to 6,840.'],
    ['a move with no day and no close', 'The S&P 500 rose 0.4% to 6,602.99.'],
    ['a close that failed', 'The S&P 500 failed to close above 6,650 again.'],
    ['a close still needed', 'The S&P 500 needs to close above 6,700 to confirm the breakout.'],
    ['a close that did not happen', 'The S&P 500 did not close above 6,550.'],
    ['a member of the index', 'Shares of Walmart, a Dow component, ended at 104.30.'],
    ['an index as an adjective', 'Each day an S&P 500 company closed at 182.60 is a record for it.'],
    ['a model’s path', 'Our model has the Dow finishing 2027 near 50,000.'],
    ['a bear case', 'In our bear case the S&P 500 ends next year at 6,000.'],
    ['a quotation', 'One trader said "the S&P 500 closed at 6,602 and nobody cared."'],
  ]);

  it('reads the level a move reached after the paragraph, or the wire’s lead before it, closed the session', () => {
    const lead = 'Wall Street closed higher on Friday as chipmakers rallied.';
    assert.deepEqual(levelsOf(`${lead}\n\nThe Dow Jones Industrial Average rose 180.4 points, or 0.4%, to 46,905.12, and the S&P 500 gained 0.5% to 6,812.44.`), [
      `dow|level|${friday} 46904.62…46905.62 "46,905.12"`,
      `sp-500|level|${friday} 6811.94…6812.94 "6,812.44"`,
    ]);
    assert.deepEqual(levelsOf(`${lead} The Nasdaq added 0.7% to 23,101.55.`), [`nasdaq-composite|level|${friday} 23101.05…23102.05 "23,101.55"`]);
    // Not a midday story's move, a year's, another day's, a forecast or a futures contract's.
    assert.deepEqual(levelsOf('Stocks were lower in afternoon trading on Friday. The Dow fell 200 points, or 0.4%, to 46,500.'), []);
    assert.deepEqual(levelsOf(`${lead} In 2022, the Dow fell 8.8% to 33,147.25.`), []);
    assert.deepEqual(levelsOf(`${lead} The Dow had risen to 46,100 on Tuesday.`), []);
    assert.deepEqual(levelsOf(`${lead} Strategists expect the Dow to rise to 50,000.`), []);
    assert.deepEqual(levelsOf(`${lead} Dow futures rose 0.2% to 47,050.`), []);
  });

  it('reads a heading’s level only as what it says, and no level in the next index’s clause', () => {
    assert.deepEqual(levelsOf('The S&P 500 closed at 6,602.99, and the Dow rose 0.7%.'), [`sp-500|level|${friday} 6602.49…6603.49 "6,602.99"`]);
    assert.deepEqual(levelsOf('The Dow rose 0.7%, and the S&P 500 closed at 6,602.99.'), [`sp-500|level|${friday} 6602.49…6603.49 "6,602.99"`]);
  });
});

describe('claims: an index table’s Close column', () => {
  const table = (...rows: string[]) => [rows[0], `|${'---|'.repeat(rows[0].split('|').length - 2)}`, ...rows.slice(1)].join('\n');

  it('reads a Close column for indexes by name or index symbol', () => {
    assert.deepEqual(levelsOf(table('| Index | Close |', '| S&P 500 | 6,602.99 |', '| VIX | 16.45 |')), [
      `sp-500|level|${friday} 6602.49…6603.49 "6,602.99"`,
      `vix|level|${friday} 16.4418…16.4582 "16.45"`,
    ]);
    assert.deepEqual(levelsOf(table('| Symbol | Close |', '| ^GSPC | 6,602.99 |')), [`sp-500|level|${friday} 6602.49…6603.49 "6,602.99"`]);
  });

  it('reads a Last column only under a line about the close', () => {
    assert.deepEqual(levelsOf(`Closing levels:\n\n${table('| Index | Last |', '| Dow | 45,900 |')}`), [`dow|level|${friday} 45850…45950 "45,900"`]);
    assert.deepEqual(levelsOf(`Midday check:\n\n${table('| Index | Last |', '| Dow | 45,900 |')}`), []);
  });

  it('reads a day’s change in percent beside the closes as the session’s move, and none without them', () => {
    const figuresOf = (text: string) => claimsOf(text, 'November 27, 2026');
    assert.deepEqual(figuresOf(`Closing levels:\n\n${table('| Index | Last | Chg | % Chg |', '| Dow | 45,900 | -47.12 | -0.10% |', '| S&P 500 | 6,602.99 | 26.61 | 0.40 |')}`), [
      `dow|level|${friday} 45850…45950 "45,900"`,
      `dow|return|${friday} -0.105…-0.095 "-0.10%"`,
      `sp-500|level|${friday} 6602.49…6603.49 "6,602.99"`,
      `sp-500|return|${friday} 0.395…0.405 "0.40"`,
    ]);
    // Mid-session, "Last" holds no close, and the change beside it is no session's move; a change in points is no return.
    assert.deepEqual(figuresOf(`Midday check:\n\n${table('| Index | Last | % Chg |', '| Dow | 45,900 | -0.10% |')}`), []);
    assert.deepEqual(figuresOf(table('| Index | Close | Chg |', '| Dow | 45,900 | -47.12 |')), [`dow|level|${friday} 45850…45950 "45,900"`]);
  });

  it('reads no fund’s or stock’s price, no target, and no table dated to a month', () => {
    assert.deepEqual(levelsOf(table('| Symbol | Close |', '| SPY | 660.12 |', '| AAPL | 256.44 |')), []);
    assert.deepEqual(levelsOf(`Our year-end targets:\n\n${table('| Index | Close |', '| S&P 500 | 7,000 |')}`), []);
    assert.deepEqual(levelsOf(table('| Index | Target |', '| S&P 500 | 7,000 |')), []);
    assert.deepEqual(levelsOf(table('| Index | Close |', '| S&P 500 | 6,602.99 |'), 'November 2026'), []);
  });
});

describe('conflicting-figures: closing levels across notes', () => {
  const lint = async (a: string, b: string, asOfB = 'November 27, 2026') => {
    const results = await lintTogether({ 'a.md': `As of November 27, 2026.\n\n${a}\n`, 'b.md': `As of ${asOfB}.\n\n${b}\n` }, '2026-11-29');
    return [...results['a.md'], ...results['b.md']].filter((finding) => finding.ruleId === 'conflicting-figures');
  };

  it('reports two closes of one session that disagree, naming both levels and where the other is', async () => {
    const findings = await lint('The S&P 500 closed at 6,602.99.', 'The S&P 500 ended the session at 6,640.12.');
    assert.equal(findings.length, 2);
    assert.equal(
      findings[0].message,
      "The S&P 500's closing level (on November 27) is 6,602.99 as of November 27, 2026 here, but 6,640.12 as of November 27, 2026 at b.md:3",
    );
    assert.match(findings[1].message, /closing level \(on November 27\) is 6,640\.12 as of November 27, 2026 here, but 6,602\.99 as of November 27, 2026 at a\.md:3$/);
  });

  it('compares a Saturday note’s close with Friday’s, with no word of market moves between them', async () => {
    const findings = await lint('The Dow closed at 46,120.55.', 'The Dow ended at 45,870.', 'November 28, 2026');
    assert.equal(findings.length, 2);
    assert.doesNotMatch(findings[0].message, /trading day/);
  });

  it('compares a table’s close with prose', async () => {
    assert.equal((await lint('| Index | Close |\n|---|---|\n| Nasdaq Composite | 22,450.10 |', 'The Nasdaq finished at 22,601.')).length, 2);
  });

  it('lets levels agree within their rounding and qualifiers, and a fraction of a point apart', async () => {
    const exact = 'The S&P 500 closed at 6,602.99.';
    for (const other of [
      'The S&P 500 closed at 6,603.',
      'The S&P 500 closed at 6,603.40.',
      'The S&P 500 closed at about 6,600.',
      'The S&P 500 closed at 6,600.',
      'The S&P 500 closed above 6,600.',
      'The S&P 500 ended at a record 6,600-plus.',
      'The S&P 500 closed just under 6,605.',
    ]) {
      assert.deepEqual(await lint(exact, other), [], other);
    }
  });

  it('still tells the VIX’s closes apart by tenths', async () => {
    assert.equal((await lint('The VIX closed at 16.45.', 'The VIX settled at 17.9.')).length, 2);
  });

  it('never compares closes of different sessions, nor an index with another', async () => {
    assert.deepEqual(await lint('The S&P 500 closed at 6,602.99.', 'The S&P 500 on Thursday closed at 6,540.'), []);
    assert.deepEqual(await lint('The S&P 500 closed at 6,602.99.', 'The Nasdaq 100 closed at 6,900.'), []);
    assert.deepEqual(await lint('The S&P 500 closed at 6,602.99.', 'SPY closed at 660.12.'), []);
  });
});
