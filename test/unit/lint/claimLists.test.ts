// Lists in a claim: one value that several names share, and a streak counted as "each of the last N days". The
// look-alikes are the sentences where a list of names sits beside a value it does not share. Sentences are our own,
// written in the outlets' manner.
import { strict as assert } from 'node:assert';
import { extractFigures, findAsOfStamps, NoteSource } from '../../../src/core/lint';
import { claimsOf } from './claimsOf';

function keysOf(text: string): string[] {
  const note = new NoteSource(`As of November 19, 2026.\n\n${text}\n`);
  return extractFigures(note, findAsOfStamps(note.text, note)).map((figure) => `${figure.key} ${figure.low}…${figure.high}`);
}

describe('claims: one value a coordinated subject shares', () => {
  it('gives "A and B rose 1.2%" to both names, as "each" or "both" would', () => {
    assert.deepEqual(keysOf('The S&P 500 and the Nasdaq rose 1.2% on Thursday.'), ['sp-500|return|day:2026-11-19 1.15…1.25', 'nasdaq-composite|return|day:2026-11-19 1.15…1.25']);
    assert.deepEqual(keysOf('The Dow, the S&P 500 and the Nasdaq have gained about 9% this year.').map((key) => key.split(' ')[0]), ['dow|return|ytd:2026', 'sp-500|return|ytd:2026', 'nasdaq-composite|return|ytd:2026']);
    assert.deepEqual(keysOf('Small caps and the Dow closed 0.8% lower on Thursday.').map((key) => key.split(' ')[0]), ['russell-2000|return|day:2026-11-19', 'dow|return|day:2026-11-19']);
    assert.deepEqual(keysOf('Both the Dow and the Nasdaq are down 2% this week.').map((key) => key.split(' ')[0]), ['dow|return|week:2026-11-16', 'nasdaq-composite|return|week:2026-11-16']);
  });

  it('still pairs two values with two names in order', () => {
    assert.deepEqual(keysOf('The Dow and the S&P 500 rose 1.2% and 0.8% on Thursday.'), ['dow|return|day:2026-11-19 1.15…1.25', 'sp-500|return|day:2026-11-19 0.75…0.8500000000000001']);
  });

  const notShared: Array<[string, string, string[]]> = [
    ['a name in an aside between commas', 'The S&P 500, led by the Nasdaq, rose 1.2% on Thursday.', ['sp-500|return|day:2026-11-19']],
    ['a second clause with its own verb', 'The S&P 500 rose 1.2% and the Nasdaq fell on Thursday.', ['sp-500|return|day:2026-11-19']],
    ['a name the first one is compared with', 'The S&P 500 outpaced the Nasdaq, rising 1.2% on Thursday.', ['sp-500|return|day:2026-11-19']],
    ['a name after "versus"', 'The S&P 500 rose 1.2% versus the Nasdaq on Thursday.', ['sp-500|return|day:2026-11-19']],
    ['the difference "between" two names', 'The difference between the S&P 500 and the Nasdaq grew 1.2% on Thursday.', []],
    ['names the move is measured against', 'Small caps beat the Dow and the Nasdaq by 1.2% on Thursday.', []],
    ['a list led in by a preposition', 'Led by the Nasdaq and the Dow, the S&P 500 rose 1.2% on Thursday.', ['sp-500|return|day:2026-11-19']],
    ['a list whose verb is not the value’s', 'The Dow and the Nasdaq hit records as the S&P 500 rose 1.2% on Thursday.', ['sp-500|return|day:2026-11-19']],
    ['a list before a comma', 'The Dow and the Nasdaq fell on Thursday, with small caps down 1.2%.', ['russell-2000|return|day:2026-11-19']],
    ['"or" is not a list that shares', 'Neither the Dow or the Nasdaq rose 1.2% on Thursday.', []],
    ['a value the list makes together', 'The Dow and the S&P 500 lost a combined 1.5% this week.', []],
    ['an average of the list', 'Small caps and mid caps rose 4% on average this month.', []],
    ['a total between them', 'The Dow and the Nasdaq gained 3% between them this week.', []],
  ];
  for (const [name, sentence, expected] of notShared) {
    it(`shares nothing across ${name}`, () => {
      assert.deepEqual(keysOf(sentence).map((key) => key.split(' ')[0]), expected);
    });
  }
});

describe('claims: a streak counted day by day', () => {
  it('reads "each of the last ten days" as a streak of ten, as "ten straight sessions" is', () => {
    assert.deepEqual(keysOf('Small caps have outperformed the S&P 500 each of the last ten days.'), ['russell-2000|streak|streak:session:moves:sp-500 10…10']);
    assert.deepEqual(keysOf('Small caps have outperformed the S&P 500 for ten straight sessions.'), ['russell-2000|streak|streak:session:moves:sp-500 10…10']);
    assert.deepEqual(keysOf('The Dow has fallen in each of the past three sessions.'), ['dow|streak|streak:session:moves:absolute -3…-3']);
    assert.deepEqual(keysOf('The Nasdaq rose on every one of the last 4 trading days.'), ['nasdaq-composite|streak|streak:session:moves:absolute 4…4']);
    assert.deepEqual(keysOf('In each of the last three weeks, the Dow has gained ground.'), ['dow|streak|streak:week:moves:absolute 3…3']);
  });

  it('reads "N days in a row" and "the fifth session in a row" as streaks too', () => {
    assert.deepEqual(keysOf('The Dow has risen ten days in a row.'), ['dow|streak|streak:session:moves:absolute 10…10']);
    assert.deepEqual(keysOf('The Nasdaq fell for the fifth session in a row.'), ['nasdaq-composite|streak|streak:session:moves:absolute -5…-5']);
  });

  it('counts no streak where some days are left out, the span is years, or no direction is said', () => {
    assert.deepEqual(keysOf('The Dow has risen on four of the last five days.'), []);
    assert.deepEqual(keysOf('Small caps have beaten the S&P 500 in each of the last two years.'), []);
    assert.deepEqual(keysOf('The Dow has closed above 40,000 each of the last ten days.'), []);
    assert.deepEqual(keysOf('The Dow has fallen 1% in each of the last three sessions.'), ['dow|streak|streak:session:moves:absolute -3…-3']);
  });

  it('counts no streak with a day left out of it ("apart from Tuesday")', () => {
    assert.deepEqual(keysOf('Apart from Tuesday, the Nasdaq has closed higher on each of the last six sessions.'), []);
    assert.deepEqual(keysOf('The Dow has risen for five straight sessions, except for a flat close on Monday.'), []);
    assert.deepEqual(keysOf('The Dow has risen for five straight sessions, with every sector except energy higher.'), ['dow|streak|streak:session:moves:absolute 5…5']);
  });

  it('counts no streak of a month, quarter or year before the as-of date’s: it has ended', () => {
    assert.deepEqual(keysOf('In March, the Dow fell nine days in a row.'), []);
    assert.deepEqual(keysOf('In 2022, the Nasdaq fell for five straight weeks.'), []);
    assert.deepEqual(keysOf('Last year the S&P 500 rose eight days in a row.'), []);
    assert.deepEqual(keysOf('In the third quarter, small caps beat the S&P 500 for six straight weeks.'), []);
    // This month's and this year's streaks are running.
    assert.deepEqual(keysOf('The Dow has fallen for three straight sessions this month.'), ['dow|streak|streak:session:moves:absolute -3…-3']);
    assert.deepEqual(keysOf('In November, the Dow has risen for four straight sessions.'), ['dow|streak|streak:session:moves:absolute 4…4']);
  });
});

describe('claims: a period that labels its sentence with a colon', () => {
  it('governs the list of values after it', () => {
    assert.deepEqual(keysOf('YTD: S&P 500 +16%, Nasdaq +21%, Russell 2000 +12%.'), [
      'sp-500|return|ytd:2026 15.5…16.5',
      'nasdaq-composite|return|ytd:2026 20.5…21.5',
      'russell-2000|return|ytd:2026 11.5…12.5',
    ]);
    assert.deepEqual(keysOf('**This week:** S&P 500 +1.2%, Nasdaq +1.8% and Russell 2000 +3.5%.'), [
      'sp-500|return|week:2026-11-16 1.15…1.25',
      'nasdaq-composite|return|week:2026-11-16 1.75…1.85',
      'russell-2000|return|week:2026-11-16 3.45…3.55',
    ]);
  });

  it('leaves a value its own period, and hands down no year, which may name a topic', () => {
    assert.deepEqual(keysOf('For the week: the S&P 500 rose 1.2%; the Dow fell 0.3% on Thursday.'), ['sp-500|return|week:2026-11-16 1.15…1.25', 'dow|return|day:2026-11-19 -0.35…-0.25']);
    assert.deepEqual(keysOf('Last year: S&P 500 +23%, Nasdaq +29%.'), ['sp-500|return|year:2025 22.5…23.5']);
  });
});

describe('claims: a scorecard’s period in brackets after each value', () => {
  it('dates the value it follows', () => {
    assert.deepEqual(keysOf('Nasdaq: -0.5% (week), +2.5% (month), +21% (YTD).'), [
      'nasdaq-composite|return|week:2026-11-16 -0.55…-0.45',
      'nasdaq-composite|return|month:2026-11 2.45…2.55',
      'nasdaq-composite|return|ytd:2026 20.5…21.5',
    ]);
  });

  it('not an aside in brackets', () => {
    assert.deepEqual(keysOf('The S&P 500 rose 1.5% (the week’s best day) on Thursday.'), ['sp-500|return|day:2026-11-19 1.45…1.55']);
  });
});

const labelledLines = (text: string) => claimsOf(text, 'November 19, 2026');

describe('claims: a line that labels a name with its period', () => {
  it('reads the figure after the colon as the period’s return, signed or not', () => {
    assert.deepEqual(labelledLines('- **Russell 2000** (YTD): 14.1%\n- **S&P 500** YTD: 16.2%\n- Nasdaq Composite (week): -0.5%'), [
      'russell-2000|return|ytd:2026 14.05…14.15 "14.1%"',
      'sp-500|return|ytd:2026 16.15…16.25 "16.2%"',
      'nasdaq-composite|return|week:2026-11-16 -0.55…-0.45 "-0.5%"',
    ]);
  });

  it('not another measure named on the line, nor words after the figure', () => {
    assert.deepEqual(labelledLines('- Russell 2000 dividend yield (TTM): 1.4%'), []);
    assert.deepEqual(labelledLines('- Russell 2000 (TTM): 41% of members unprofitable'), []);
    // A Treasury yield's percentage is its level or its change, never a return.
    assert.deepEqual(labelledLines('- 10-year Treasury yield (YTD): 4.12%'), []);
    assert.deepEqual(labelledLines('- 10-year Treasury yield (week): -0.05%'), []);
  });

  it('a label governs only the values after it', () => {
    // The day's move before it is no year-to-date return (it was one, in conflict with the 16.2% beside it).
    assert.deepEqual(labelledLines('S&P 500: -0.5%, YTD: +16.2%'), ['sp-500|return|ytd:2026 16.15…16.25 "+16.2%"']);
    assert.deepEqual(labelledLines('Nasdaq: day: -0.5%, YTD: +21%'), ['nasdaq-composite|return|ytd:2026 20.5…21.5 "+21%"']);
  });
});
