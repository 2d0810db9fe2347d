// conflicting-figures on prose written like wire copy: one week of notes from several desks (wire/), measured for
// recall and precision against the markers in them, the disagreements the issue reported, and every look-alike that
// must not fire as its own named case.
import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { extractFigures, findAsOfStamps, NoteSource, resolveLintConfig, SubjectTable, type Finding } from '../../../src/core/lint';
import { lintTogether, scoreWireFixtures } from './wireScore';

const wire = join(__dirname, 'wire');
const today = '2026-11-21';

async function lintAll(notes: Record<string, string>, config = resolveLintConfig()): Promise<Record<string, Finding[]>> {
  return lintTogether(notes, today, config);
}

/** Findings of two one-line notes dated `dayA` and `dayB` (ISO), for the pair tests. */
async function pair(a: string, b: string, dayA = '2026-11-19', dayB = dayA): Promise<Finding[]> {
  const results = await lintAll({ 'a.md': `As of ${dayA}.\n\n${a}\n`, 'b.md': `As of ${dayB}.\n\n${b}\n` });
  return [...results['a.md'], ...results['b.md']];
}

describe('conflicting-figures on wire copy', () => {
  it('finds the week’s disagreements with recall ≥ 0.9 and precision ≥ 0.95', async () => {
    const score = await scoreWireFixtures(wire, today);
    assert.ok(score.expected >= 15, 'the fixtures mark their conflicts');
    assert.ok(score.recall >= 0.9, `recall ${score.recall.toFixed(2)}; missed ${score.missed.join(', ')}`);
    assert.ok(score.precision >= 0.95, `precision ${score.precision.toFixed(2)}; false alarms ${score.extra.join(', ')}`);
  });

  it('reports both signed values and both dates, with the other side as related information', async () => {
    const findings = await pair('Year to date the Nasdaq is down about 1.4%.', 'The 2% gain in the Nasdaq so far this year surprised few.', '2026-11-19', '2026-11-20');
    assert.equal(findings.length, 2);
    assert.equal(
      findings[0].message,
      "The Nasdaq Composite's year-to-date return is about −1.4% as of November 19, 2026 here, but +2% as of November 20, 2026 at b.md:3; 1 trading day apart, more than the 2 percentage points the market could have moved",
    );
    assert.deepEqual(findings[0].related?.map((related) => `${related.file}:${related.line}:${related.column} ${related.message}`), ['b.md:3:5 +2% stated here, as of November 20, 2026']);
    assert.equal(findings[1].related?.[0].file, 'a.md');
  });
});

describe('conflicting-figures: the disagreements from the issue', () => {
  const cases: Array<[string, string, string, string]> = [
    ['the Nasdaq, down vs up, a day apart', 'Year to date the Nasdaq is down about 1.4%.', 'Markets cheered the 2% gain in the Nasdaq so far this year.', '2026-11-20'],
    ['the S&P 500 named by its ETF', 'The S&P 500 has climbed almost 9% this year.', 'The S&P 500, tracked by SPY, is up roughly 4.5% for the year.', '2026-11-20'],
    ['a streak against the market, counted two ways', 'Banks have beaten the market for eight straight sessions.', 'That makes an 11-day winning streak for banks over the market.', '2026-11-20'],
    ['growth for a year named once as 2026 and once as "this year"', "Strategists see profit growth of 12% for the Dow's members in 2026.", "The Dow's members should grow earnings 15% this year.", '2026-11-20'],
    ['down 5% vs up 5% on the same day', 'The Russell 2000 is down 5% year to date.', 'The Russell 2000 is up 5% year to date.', '2026-11-19'],
    ['an ordinal streak against a count', 'Small caps rose for a tenth consecutive session.', 'Small caps have risen for seven straight sessions.', '2026-11-19'],
    ['an index symbol and a nickname', 'The ^GSPC is up 3% so far this year.', 'Large caps have gained 10% year to date.', '2026-11-19'],
    ['a streak against a benchmark beside a record close is still measured against it', 'The Russell 2000 set a closing record on Thursday, stretching its outperformance over the S&P 500 to a seventh straight session.', 'Small caps have beaten the S&P 500 for twelve straight sessions.', '2026-11-19'],
    ['two claims in one sentence, the second contradicted', 'The Nasdaq fell 1.4% on Thursday while small caps climbed 14% on Thursday.', 'Small caps dropped 2% on Thursday.', '2026-11-19'],
  ];
  for (const [name, a, b, dayB] of cases) {
    it(name, async () => {
      const findings = await pair(a, b, '2026-11-19', dayB);
      assert.equal(findings.length, 2, findings.map((finding) => finding.message).join('\n'));
      assert.match(findings[0].message, /[−+]/);
    });
  }

  it('within one note too', async () => {
    const results = await lintAll({ 'one.md': 'As of November 19, 2026.\n\nThe Dow is up 4% this year.\n\nLater on: the Dow has lost 2% year to date.\n' });
    assert.deepEqual(results['one.md'].map((finding) => finding.line), [3, 5]);
    assert.match(results['one.md'][0].message, /at line 5/);
  });
});

describe('conflicting-figures: look-alikes that are not conflicts', () => {
  const lookAlikes: Array<[string, string, string, string?]> = [
    ['a named span is never the year to date', 'Small caps have gained 4% since the April low.', 'Small caps are up 12% year to date.'],
    ['a trailing 12 months is not the year to date', 'Over the past 12 months the Nasdaq has gained 14%.', 'The Nasdaq is up 2% so far this year.'],
    ['the Nasdaq-100 is not the Nasdaq Composite', 'The Nasdaq-100 is up 9% year to date.', 'The Nasdaq is up 2% year to date.'],
    ['the equal-weight S&P 500 is not the S&P 500', 'The equal-weight S&P 500 is up 6% year to date.', 'The S&P 500 is up 9% year to date.'],
    ['the S&P 600 called a small-cap index is not the Russell 2000', 'The S&P 600 small-cap index is up 6% year to date.', 'The Russell 2000 is up 9% year to date.'],
    ['Dow Chemical is not the Dow', 'Dow Chemical is up 6% year to date.', 'The Dow is up 9% year to date.'],
    ['Europe’s banks are not U.S. banks', 'The Stoxx 600 banks index is up 6% year to date.', 'Banks are up 9% year to date.'],
    ['regional banks are not banks', 'Regional banks have lagged the market for three straight sessions.', 'Banks have beaten the market for eight straight sessions.'],
    ['a streak against the market is not a streak of gains', 'Banks have risen for two straight sessions.', 'Banks have beaten the market for eight straight sessions.'],
    ['a daily move is not the year to date', 'The S&P 500 rose 1.2% on Thursday.', 'The S&P 500 is up 9% this year.'],
    ['Thursday is not Friday', 'The Russell 2000 slid 2.5% on Thursday.', 'The Russell 2000 rose 1.8% on Friday.', '2026-11-20'],
    ['next year’s growth is not this year’s', 'Earnings growth for the S&P 500 is expected at 11% next year.', 'S&P 500 earnings growth of 8% in 2026 is the consensus.'],
    ['revenue growth is not earnings growth', 'Revenue growth for the S&P 500 in 2026 is seen at 5%.', 'Earnings growth for the S&P 500 in 2026 is seen at 11%.'],
    ['Q3 is not Q4', 'Mega-cap earnings growth came in at 25% in Q3.', 'Mega-cap earnings growth was 10% in Q4.'],
    ['a forward multiple is not a trailing one', 'The Russell 2000 trades at 17 times forward earnings.', 'The Russell 2000 trades at 24 times trailing earnings.'],
    ['a year-end forecast is not a year-to-date return', 'Goldman expects the S&P 500 to end the year up 12%.', 'The S&P 500 is up 9% year to date.'],
    ['a lead over a benchmark is not a return', 'Small caps are ahead of the S&P 500 by 5% this year.', 'Small caps are up 12% this year.'],
    ['a yield is not a return', 'The 10-year yield rose to 4.4% this year.', 'Treasuries have returned 2% this year.'],
    ['qualified values that overlap agree', 'The S&P 500 is up nearly 9% year to date.', 'The S&P 500 is up 8.7% year to date.'],
    ['overlapping ranges agree', 'For 2026, consensus earnings growth for the S&P 500 is 11% to 12%.', 'For 2026, consensus earnings growth for the S&P 500 is 10% to 11.5%.'],
    ['a few days apart, within what the market can move', 'The Russell 2000 is up 12% year to date.', 'The Russell 2000 is up 10% year to date.', '2026-11-23'],
    ['far apart dates are never compared', 'The S&P 500 is up 13% year to date.', 'The S&P 500 is up 9% year to date.', '2026-10-15'],
    ['a past year is not this year', 'The S&P 500 rose 23% in 2025.', 'The S&P 500 is up 9% in 2026.'],
    ['mega caps and the Magnificent Seven agree within rounding', 'Mega caps have returned 15% this year.', 'The Magnificent Seven are up 15.4% this year.'],
    ['an exchange prefix is not a subject', 'Apple (NASDAQ: AAPL) is up 4% year to date.', 'The Nasdaq is up 2% year to date.'],
    ['a figure owned by another possessor is not the sentence subject’s', 'The Nasdaq is up 2% this year, though the company’s 30% rise this year dwarfs it.', 'The Nasdaq is up 2% year to date.'],
    ['a day named inside a clause does not open the sentence', 'The Russell 2000 hit a record Thursday, putting it up 12% year to date — well ahead of the group’s 1.5% advance.', 'The Russell 2000 rose 3% on Thursday.'],
    ['an intraday extreme is not the close', 'The Nasdaq rose as much as 3% on Thursday before fading.', 'The Nasdaq slipped 0.4% on Thursday.'],
    ['a pre-market or after-hours move is not the close', 'The Nasdaq was up 2% in after-hours trading on Thursday.', 'The Nasdaq slipped 0.4% on Thursday.'],
    ['a move by mid-morning is not the close', 'The Dow fell 1.8% by mid-morning on Thursday.', 'The Dow ended 0.3% higher on Thursday.'],
    ['a streak that was snapped is not a running one', 'The Dow snapped a seven-day losing streak on Thursday.', 'The Dow has fallen for two straight sessions.'],
    ['a move over several days is not one day’s', 'Thursday’s close capped a 3-day decline of more than 10% for the Nasdaq.', 'The Nasdaq fell 4% on Thursday.'],
    ['a value in a relative clause belongs to the noun before it', 'The fund, which has fallen 34% so far this year, was dropped from the S&P 500 on Thursday.', 'The S&P 500 is up 9% year to date.'],
    ['a name in an appositive is not the subject that moved', 'The Nasdaq, home to most tech stocks, fell 2.7% on Thursday.', 'Tech stocks rose 1% on Thursday.'],
    ['an earnings surprise is not a return', 'The S&P 500 posted an average earnings surprise of 7% on Thursday.', 'The S&P 500 fell 1% on Thursday.'],
    ['growth over last year is not growth for last year', 'S&P 500 revenue grew 11% from last year, companies reported.', 'S&P 500 revenue grew 4% in 2025.'],
    ['a figure compared with an index is not the index’s', 'The fund is up roughly 13% in 2026, compared with a 9% rise in the S&P 500.', 'The S&P 500 is up 9% year to date.'],
    ['a stock named as a member of an index is not the index', 'Acme (NYSE: ACME) was the biggest loser in the S&P 500, down 12% on Thursday.', 'The S&P 500 slipped 0.2% on Thursday.'],
    ['stocks named as a group inside an index are not the index', 'Tech stocks in the S&P 500 have rallied 28% this year.', 'The S&P 500 is up 16% this year.'],
    ['companies in an index are not the index', 'Companies in the Russell 2000 that lose money are down 6% this year.', 'The Russell 2000 is up 12% this year.'],
    ['the members of an index are not the index', 'Members of the Dow with the highest yields gained 9% this year.', 'The Dow is up 14% this year.'],
    ['moves earlier in the session are not the close', 'Earlier in the session, the S&P 500 and the Dow were down 1.3% and 0.9%, respectively.', 'The S&P 500 closed 0.1% higher on Thursday.'],
    ['a move measured against another day is not the day’s', 'The Dow settled 0.4% higher than last Friday.', 'The Dow fell 0.8% on Thursday.'],
    ['"its biggest rise since" dates a record, not the period', 'The Dow rose 1.5% on Thursday in its biggest rise since March 16.', 'The Dow is up 4% since March 16.'],
    ['a clause with its own subject does not lend its figure', 'The Nasdaq fell 1.4% on Thursday while small caps climbed 14% on Thursday.', 'The Nasdaq fell 1.4% on Thursday.'],
    ['growth against the same period last year is not last year’s growth', 'With most reports in, S&P 500 earnings growth is running at 7% compared with the same period last year.', 'S&P 500 earnings grew 12% in 2025.'],
    ['a record’s scope in a heading is not the year to date', '## The best week of 2026 so far\n\nThe Dow climbed 4.2%, led by banks.', 'The Dow is up 9% year to date.'],
    ['a distance from a high is not the year’s return', '## Year-to-date check\n\nThe Nasdaq is down 8% from its prior closing high.', 'The Nasdaq is up 11% year to date.'],
    // A sentence that names its own span is not read under its heading's year to date.
    ['"over five years" under a year-to-date heading is its own span', '## Year-to-date check\n\nThe Dow has gained 48% over five years.', 'The Dow is up 9% year to date.'],
    ['"since 2022" under a year-to-date heading is its own span', '## Year-to-date check\n\nSince 2022, the Nasdaq has climbed 70%.', 'The Nasdaq is up 11% year to date.'],
    ['"in the trailing three-year period" is its own span', '## Year-to-date check\n\nIn the trailing three-year period, small caps are down 4%.', 'Small caps are up 12% year to date.'],
    ['"on a two-year basis" is its own span', '## Year-to-date check\n\nOn a two-year basis, the Dow is up 25%.', 'The Dow is up 9% year to date.'],
    ['"from a year ago" is the past year', '## Year-to-date check\n\nThe Nasdaq is up 21% from a year ago.', 'The Nasdaq is up 11% year to date.'],
    ['"over that period" refers back, not to the heading', '## Year-to-date check\n\nThe Fed cut rates twice after March. The Dow has risen 30% over that period.', 'The Dow is up 9% year to date.'],
    ['a forecast multiple is not the current one', 'Strategists expect the S&P 500’s forward P/E to climb, reaching 25 times forward earnings.', 'The S&P 500 trades at 22 times forward earnings.'],
    ['a historical average multiple is not the current one', 'The S&P 500 trades at 22 times forward earnings, above its ten-year average of 18 times forward earnings.', 'The S&P 500 trades at 22.1 times forward earnings.'],
    ['a multiple in the past tense is of an earlier date', 'Back in the spring, the Russell 2000 was trading at 14 times forward earnings.', 'The Russell 2000 trades at 17 times forward earnings.'],
    ['a clause with an unnamed subject of its own does not take a name after it', 'While the major averages all rose about 3% this week, the Russell 2000 jumped 7%.', 'The Russell 2000 rose 7.2% this week.'],
    ['a figure set against a subject named after it is not that subject’s', 'Expected to grow earnings 30% this year, smaller firms should outpace the growth forecast for the Magnificent Seven.', 'Magnificent Seven earnings should grow 20% this year.'],
    ['a name inside dashes is an aside, not the subject that moved', 'The Invesco fund QQQ - whose holdings overlap heavily with the S&P 500 - has gained 18% year to date.', 'The S&P 500 is up 9% year to date.'],
    ['an index named after a fraction is where the value sits, not its owner', 'Mega caps make up about a third of S&P 500 value and trade at 30 times forward earnings.', 'The S&P 500 trades at 22 times forward earnings.'],
    ['a midday move is not the close', 'The best performer at midday on Thursday was energy stocks, up 2%.', 'Energy stocks fell 1% on Thursday.'],
    ['a streak of declines from record highs is not a streak of records', 'The Dow fell for a third straight session, sliding from record highs.', 'The Dow has closed at a record for five straight sessions, rising each day.'],
    ['a move timed "a.m. ET" is not the close', 'At 10 a.m. ET, the Nasdaq was down 2% on Thursday.', 'The Nasdaq closed 0.5% higher on Thursday.'],
    ['a clause with an unnamed subject of its own does not borrow the earlier clause’s', 'Since the March low, the S&P 500 has climbed 12%, while the forward EPS estimate has increased by 3%.', 'The S&P 500 is up 12.2% since the March low.'],
    ['a forward multiple written "price-earnings (P/E)" is not an unspecified one', 'On a forward price-earnings (P/E) basis the S&P 500 is valued at 21.5x.', 'The S&P 500’s P/E stands at 28x.'],
    ['a name in a later prepositional phrase is not the subject of the figure', 'The index’s monthly gain reached 6%, driven largely by a rally in tech stocks.', 'Tech stocks are up 2% this month.'],
    ['a decline in sales is not a move in the shares', 'Acme (NYSE: ACME) reported a decline in sales of 3% on Thursday.', 'Acme (NYSE: ACME) shares rose 4% on Thursday.'],
    ['the S&P 500 with the mega caps left out is neither the S&P 500 nor the mega caps', 'The S&P 500 excluding the Magnificent Seven is up 4% this year.', 'The Magnificent Seven are up 25% this year.'],
    ['a style index named after its parent is not the parent', 'The Russell 2000 Value index has risen 15% this year.', 'The Russell 2000 is up 9% year to date.'],
    ['a style index without "index" is not the parent', 'Russell 2000 Growth is up 2% year to date.', 'The Russell 2000 is up 9% year to date.'],
    ['a style slice of a size is not the size’s benchmark', 'Large-cap value beat growth: the value index returned 2.5% for the week against 1.7% for growth.', 'Large-cap stocks rose 2.2% this week.'],
    ['small-cap growth stocks are not the Russell 2000', 'Small-cap growth stocks are up 20% this year.', 'Small caps are up 12% this year.'],
    ['an equal-weighted version named after its parent is not the parent', 'The Nasdaq-100 Equal Weighted index is up 10% this year.', 'The Nasdaq-100 is up 18% year to date.'],
    ['a sector index named after its parent is not the parent', 'The S&P 500 materials index is down 4% this year.', 'The S&P 500 is up 9% year to date.'],
    ['the rest of an index is not the index', 'The remaining 490 companies in the S&P 500 have gained 5% this year.', 'The S&P 500 is up 9% year to date.'],
    ['"the S&P 500 ex-tech" is not the S&P 500', 'The S&P 500 ex-tech is up 4% this year.', 'The S&P 500 is up 9% this year.'],
    ['an index’s futures are not the index', 'S&P 500 futures rose 0.4% on Thursday ahead of the open.', 'The S&P 500 closed down 0.3% on Thursday.'],
    ['futures after a list of names are each name’s futures', 'S&P 500 and Nasdaq 100 futures rose 0.4% on Thursday.', 'The S&P 500 fell 0.3% on Thursday.'],
    ['the e-mini contract is not the index', 'The Dow e-mini contract slipped 0.6% on Thursday.', 'The Dow rose 0.2% on Thursday.'],
    ['a contribution to growth is not growth', 'Mega caps contributed 4% to S&P 500 earnings growth in Q3, analysts estimate.', 'Mega-cap earnings growth came in at 25% in Q3.'],
  ];
  for (const [name, a, b, dayB] of lookAlikes) {
    it(name, async () => {
      assert.deepEqual(
        (await pair(a, b, '2026-11-19', dayB)).map((finding) => finding.message),
        [],
      );
    });
  }
});

const round = (value: number) => (Number.isFinite(value) ? Number(value.toFixed(4)) : value);

describe('claims', () => {
  const claimsOf = (text: string, subjects?: SubjectTable) => {
    const note = new NoteSource(`As of November 19, 2026.\n\n${text}\n`);
    return extractFigures(note, findAsOfStamps(note.text, note), subjects).map((figure) => `${figure.key} ${round(figure.low)}…${round(figure.high)} "${figure.text}"`);
  };

  it('reads several claims in one sentence, each with its own subject, sign and period', () => {
    assert.deepEqual(claimsOf('Year to date, the Nasdaq is down 1.4% while small caps climbed 14%.'), [
      'nasdaq-composite|return|ytd:2026 -1.45…-1.35 "1.4%"',
      'russell-2000|return|ytd:2026 13.5…14.5 "14%"',
    ]);
  });

  it('reads qualifiers as intervals, ranges, and number words', () => {
    assert.deepEqual(claimsOf('The Dow is up more than 7% this year. Small caps rose for a tenth consecutive session. The Dow’s earnings should grow 19% to 30% in 2027.'), [
      'dow|return|ytd:2026 7…Infinity "more than 7%"',
      'russell-2000|streak|streak:session:moves:absolute 10…10 "tenth consecutive session"',
      'dow|earnings-growth:expected|year:2027 18.5…30.5 "19% to 30%"',
    ]);
  });

  it('takes subjects from .market-notes.json "aliases"', () => {
    const config = resolveLintConfig({ aliases: { 'Russell 2000': ['RTY'], 'clean energy': ['ICLN', 'green stocks'] } });
    const table = new SubjectTable(config.aliases);
    assert.deepEqual(claimsOf('RTY is up 5% this year, and green stocks are down 3% year to date.', table), [
      'russell-2000|return|ytd:2026 4.5…5.5 "5%"',
      'custom:clean energy|return|ytd:2026 -3.5…-2.5 "3%"',
    ]);
    assert.deepEqual(claimsOf('RTY is up 5% this year.'), []);
  });

  it('reads an initialism with a spaced ampersand as its name ("S & P 500")', () => {
    assert.deepEqual(claimsOf('Year to date the S & P 500 has gained 9%, far ahead of the Dow.'), ['sp-500|return|ytd:2026 8.5…9.5 "9%"']);
    assert.deepEqual(claimsOf('The Nasdaq leads this year, with the S & P 500’s 9% gain year to date behind it.'), ['sp-500|return|ytd:2026 8.5…9.5 "9%"']);
  });

  it('gives a possessed figure to its possessor, or to nobody when the table does not name it', () => {
    assert.deepEqual(claimsOf('The Dow is up 7% this year, while the company’s 30% rise this year leads its peers.'), ['dow|return|ytd:2026 6.5…7.5 "7%"']);
    assert.deepEqual(claimsOf('The Dow slipped 1% on Monday, and it’s up 2% this year.'), ['dow|return|day:2026-11-16 -1.5…-0.5 "1%"', 'dow|return|ytd:2026 1.5…2.5 "2%"']);
  });

  it('takes a period as the sentence’s opening one only when it leads the sentence', () => {
    assert.deepEqual(claimsOf('Year to date, the Dow is up 7% and small caps rose 14%.'), ['dow|return|ytd:2026 6.5…7.5 "7%"', 'russell-2000|return|ytd:2026 13.5…14.5 "14%"']);
    assert.deepEqual(claimsOf('The Dow set a record Thursday, putting it up 7% year to date — far ahead of the S&P 500’s 1.5% advance.'), ['dow|return|ytd:2026 6.5…7.5 "7%"']);
  });

  it('reads the wire’s close sentence: "fell 48.29 points, or 1.2%", "closed 3.5% lower", "on the day", "for the week"', () => {
    assert.deepEqual(claimsOf('The Dow fell 48.29 points, or 1.2%, on Thursday.'), ['dow|return|day:2026-11-19 -1.25…-1.15 "1.2%"']);
    assert.deepEqual(claimsOf('The Nasdaq closed 3.5% lower on Thursday.'), ['nasdaq-composite|return|day:2026-11-19 -3.55…-3.45 "3.5%"']);
    assert.deepEqual(claimsOf('The S&P 500, which touched a three-month low, was down 2.07% on the day.'), ['sp-500|return|day:2026-11-19 -2.075…-2.065 "2.07%"']);
    assert.deepEqual(claimsOf('The Dow rose 1% yesterday and is up 3% for the week.'), ['dow|return|day:2026-11-18 0.5…1.5 "1%"', 'dow|return|week:2026-11-16 2.5…3.5 "3%"']);
  });

  it('reads "the stock", "its shares" as the note’s only ticker, and nothing else as it', () => {
    const one = 'Shares of Protagonist (NASDAQ: PTGX) rallied.\n\nThe biotech’s share price had risen in excess of 70% year to date, and the stock jumped 29% on Thursday. Apple’s shares fell 2% on Thursday.';
    assert.deepEqual(claimsOf(one), ['ticker:PTGX|return|ytd:2026 70…Infinity "in excess of 70%"', 'ticker:PTGX|return|day:2026-11-19 28.5…29.5 "29%"']);
    const two = 'Protagonist (NASDAQ: PTGX) and Vertex (NASDAQ: VRTX) reported.\n\nThe stock jumped 29% on Thursday.';
    assert.deepEqual(claimsOf(two), []);
  });

  it('pairs a list of values with the list of subjects before it', () => {
    assert.deepEqual(claimsOf('The Dow and the Nasdaq fell 1% and 2%, respectively, on Thursday.'), [
      'dow|return|day:2026-11-19 -1.5…-0.5 "1%"',
      'nasdaq-composite|return|day:2026-11-19 -2.5…-1.5 "2%"',
    ]);
    assert.deepEqual(claimsOf('The Dow, the S&P 500 and the Nasdaq rose 1%, 2% and 3% this week.'), [
      'dow|return|week:2026-11-16 0.5…1.5 "1%"',
      'sp-500|return|week:2026-11-16 1.5…2.5 "2%"',
      'nasdaq-composite|return|week:2026-11-16 2.5…3.5 "3%"',
    ]);
    assert.deepEqual(claimsOf('The Dow rose 1% and 2% on two days this week.'), []);
    assert.deepEqual(claimsOf('The Dow is up between 2% and 3% this week.'), ['dow|return|week:2026-11-16 1.5…3.5 "between 2% and 3%"']);
  });

  it('hands a lead-in’s or a heading’s period down to the sentences that name none', () => {
    const text = [
      'For the week:',
      'The Dow is up 222.11 points, or 0.5%.',
      '',
      'For the year:',
      '',
      '- The S&P 500 is up 1,094.40 points, or 17.9%.',
      '',
      'The Nasdaq rose 2%, and a paragraph of prose that goes on past a line of the block ends the lead-in’s reach: what it says is read for itself, with its own period or none.',
      '',
      '## Year-to-date check',
      '',
      '- Small caps: up 12%.',
      '',
      '## Q3 earnings',
      '',
      'The Dow rose 3% after the reports, and it is up 5% this month.',
    ].join('\n');
    assert.deepEqual(claimsOf(text), [
      'dow|return|week:2026-11-16 0.45…0.55 "0.5%"',
      'sp-500|return|ytd:2026 17.85…17.95 "17.9%"',
      'russell-2000|return|ytd:2026 11.5…12.5 "12%"',
      'dow|return|month:2026-11 4.5…5.5 "5%"',
    ]);
  });

  it('reads the wire’s lead-in blocks, with blank lines between or a second lead-in inside one paragraph', () => {
    const blocks = ['On Thursday:', '', 'The Dow rose 220 points, or 0.6%.', '', 'For the year:', '', 'The Dow is up 4,729 points, or 15.5%.', '', 'The Nasdaq is up 2,000 points, or 15.9%.'].join('\n');
    assert.deepEqual(claimsOf(blocks), ['dow|return|day:2026-11-19 0.55…0.65 "0.6%"', 'dow|return|ytd:2026 15.45…15.55 "15.5%"', 'nasdaq-composite|return|ytd:2026 15.85…15.95 "15.9%"']);
    const oneParagraph = ['On Thursday:', 'The Dow rose 220 points, or 0.6%.', 'For the year:', 'The Dow is up 4,729 points, or 15.5%.', 'The Nasdaq is up 2,000 points, or 15.9%.'].join('\n');
    assert.deepEqual(claimsOf(oneParagraph), claimsOf(blocks));
  });

  it('reads no close under a lead-in that names a moment inside the session', () => {
    // A morning brief dated by its title, whose block of early quotes is no session's close.
    const text = [
      '# Morning brief — Friday, November 20, 2026',
      '',
      '**Markets at a glance (6:45 a.m. ET):**',
      '',
      '- Bitcoin: $91,200 (−2.1%)',
      '- The Dow: 46,310 (+0.3%)',
      '',
      "**Yesterday's close:**",
      '',
      '- Dow: 46,120.55 (+0.4%)',
      '',
      'At midday:',
      '',
      '- The Nasdaq: up 0.8%',
      '- The Nasdaq is up 20% this year.',
    ].join('\n');
    const note = new NoteSource(`${text}\n`);
    const claims = extractFigures(note, findAsOfStamps(note.text, note)).map((figure) => `${figure.key} "${figure.text}"`);
    assert.deepEqual(claims, ['dow|return|day:2026-11-19 "+0.4%"', 'nasdaq-composite|return|ytd:2026 "20%"']);
  });

  it('reads month to date and week to date ("MTD", "week-to-date") as this month and this week', () => {
    assert.deepEqual(claimsOf('The Dow is down 4.5% month to date, and the Nasdaq is up 1% week-to-date.'), [
      'dow|return|month:2026-11 -4.55…-4.45 "4.5%"',
      'nasdaq-composite|return|week:2026-11-16 0.5…1.5 "1%"',
    ]);
    assert.deepEqual(claimsOf('The Nasdaq is up 2% MTD.'), ['nasdaq-composite|return|month:2026-11 1.5…2.5 "2%"']);
  });

  it('dates a close with no day named by the session its paragraph named, else by a day stamp', () => {
    // The sentence that closed Wednesday closes it for the paragraph's later moves too.
    assert.deepEqual(claimsOf('Stocks slipped on Wednesday. The S&P 500 closed 0.2% lower, and the Dow ended 1.1% higher. The Nasdaq rose 0.5%.'), [
      'sp-500|return|day:2026-11-18 -0.25…-0.15 "0.2%"',
      'dow|return|day:2026-11-18 1.05…1.15 "1.1%"',
      'nasdaq-composite|return|day:2026-11-18 0.45…0.55 "0.5%"',
    ]);
    assert.deepEqual(claimsOf('The S&P 500 closed 0.2% lower.'), ['sp-500|return|day:2026-11-19 -0.25…-0.15 "0.2%"']);
    const monthStamped = new NoteSource('As of November 2026, the Dow closed 1% higher.\n');
    assert.deepEqual(extractFigures(monthStamped, findAsOfStamps(monthStamped.text, monthStamped)), []);
  });

  it('reads "last Friday" in a Friday note as the Friday before, and "on the day of" an event as no session', () => {
    const friday = new NoteSource('As of November 20, 2026.\n\nThe Dow rose 1% last Friday, and the Nasdaq fell 2% on Friday.\n');
    assert.deepEqual(
      extractFigures(friday, findAsOfStamps(friday.text, friday)).map((figure) => figure.key),
      ['dow|return|day:2026-11-13', 'nasdaq-composite|return|day:2026-11-20'],
    );
    assert.deepEqual(claimsOf('The Dow rose 1% on the day of the Fed decision.'), []);
  });

  it('reads a span however it is written, "since" a year, and a comparison’s base only where no other period is named', () => {
    const fiveYears = 'dow|return|span:60m 47.5…48.5 "48%"';
    assert.deepEqual(claimsOf('Over five years the Dow has gained 48%.'), [fiveYears]);
    assert.deepEqual(claimsOf('The Dow has gained 48% over a five-year period.'), [fiveYears]);
    assert.deepEqual(claimsOf('Over the last five years the Dow has gained 48%.'), [fiveYears]);
    assert.deepEqual(claimsOf('On a one-year basis the Nasdaq is up 20%. The Nasdaq is up 20% from a year ago.'), [
      'nasdaq-composite|return|span:12m 19.5…20.5 "20%"',
      'nasdaq-composite|return|span:12m 19.5…20.5 "20%"',
    ]);
    assert.deepEqual(claimsOf('Since 2021 the Dow has gained 40%. Since the start of 2021 the Nasdaq has gained 60%.'), [
      'dow|return|since:2021 39.5…40.5 "40%"',
      'nasdaq-composite|return|since:2021 59.5…60.5 "60%"',
    ]);
    assert.deepEqual(claimsOf('S&P 500 revenue in the third quarter rose 9% from a year ago.'), ['sp-500|revenue-growth|quarter:2026-Q3 8.5…9.5 "9%"']);
    assert.deepEqual(claimsOf('The Dow, at its highest in over five years, rose 2% on Thursday.'), ['dow|return|day:2026-11-19 1.5…2.5 "2%"']);
    assert.deepEqual(claimsOf('The Dow rose 30% during this time.'), []);
  });

  it('reads a sector named after its index as the sector, and a word that describes the index as the index', () => {
    assert.deepEqual(claimsOf('The S&P 500 energy sector rose 3% this year.'), ['energy|return|ytd:2026 2.5…3.5 "3%"']);
    assert.deepEqual(claimsOf('The S&P 500 stock index rose 3% this year.'), ['sp-500|return|ytd:2026 2.5…3.5 "3%"']);
    assert.deepEqual(claimsOf('The Russell 2000 small-cap index gained 1% on Thursday.'), ['russell-2000|return|day:2026-11-19 0.5…1.5 "1%"']);
  });

  it('reads a sector named after an index outside the U.S. as that market’s, not the U.S. sector', () => {
    assert.deepEqual(claimsOf('The Stoxx 600 banks index rose 1.2% on Thursday.'), []);
    assert.deepEqual(claimsOf('The FTSE 100 energy sector rose 3% on Thursday.'), []);
    assert.deepEqual(claimsOf('The Stoxx 600 banks index rose 1.2% on Thursday, and banks rose 1% on Thursday.'), ['banks|return|day:2026-11-19 0.5…1.5 "1%"']);
  });

  it('reads "the S&P" as the S&P 500, but not "S&P Global" (nor the S&P 400, its own subject)', () => {
    assert.deepEqual(claimsOf('The S&P is up 1.77% and the Nasdaq is up 1.8% over the past five sessions.'), [
      'sp-500|return|span:5d 1.765…1.775 "1.77%"',
      'nasdaq-composite|return|span:5d 1.75…1.85 "1.8%"',
    ]);
    assert.deepEqual(claimsOf('S&P Global rose 3% on Thursday, and the S&P 400 fell 1% on Thursday.'), ['sp-400|return|day:2026-11-19 -1.5…-0.5 "1%"']);
  });

  it('reads a size name right after an index’s name as that index, not the Russell 2000', () => {
    assert.deepEqual(claimsOf('The S&P 600 small-cap index gained 2.1% on Thursday.'), ['sp-600|return|day:2026-11-19 2.05…2.15 "2.1%"']);
    assert.deepEqual(claimsOf('The S&P 400 mid-cap benchmark gained 1.1% on Thursday.'), ['sp-400|return|day:2026-11-19 1.05…1.15 "1.1%"']);
    // A size name standing alone, or after a comma, is the Russell 2000 as desks write it.
    assert.deepEqual(claimsOf('The small-cap index gained 2.1% on Thursday.'), ['russell-2000|return|day:2026-11-19 2.05…2.15 "2.1%"']);
  });

  it('reads "Dow" or "Dow Jones" before another capitalised name as another company, service or index', () => {
    assert.deepEqual(claimsOf('Dow Chemical fell 2% on Thursday.'), []);
    assert.deepEqual(claimsOf('The Dow Jones Global Titans 50 fell 0.6% on Thursday.'), []);
    assert.deepEqual(claimsOf('According to Dow Jones Market Data, the Nasdaq rose 0.5% on Thursday.'), ['nasdaq-composite|return|day:2026-11-19 0.45…0.55 "0.5%"']);
    assert.deepEqual(claimsOf('The Dow Jones Industrials fell 0.3% on Thursday.'), ['dow|return|day:2026-11-19 -0.35…-0.25 "0.3%"']);
    assert.deepEqual(claimsOf('The Dow Jones fell 0.3% on Thursday.'), ['dow|return|day:2026-11-19 -0.35…-0.25 "0.3%"']);
  });

  it('reads other markets\' benchmarks as their own subjects, and a market a company trades on as none', () => {
    const keys = (text: string) => claimsOf(text).map((claim) => claim.split(' ')[0]);
    assert.deepEqual(keys('The S&P/TSX composite index is up 4 per cent this year.'), ['sp-tsx|return|ytd:2026']);
    assert.deepEqual(keys('The TSX fell 1.1 per cent on Thursday.'), ['sp-tsx|return|day:2026-11-19']);
    assert.deepEqual(keys('The S&P/ASX200 is up 11 per cent this year, and the FTSE 250 is up 4 per cent this year.'), ['sp-asx-200|return|ytd:2026', 'ftse-250|return|ytd:2026']);
    assert.deepEqual(keys('The Footsie is up 14pc so far this year while the DAX is up 18 per cent this year.'), ['ftse-100|return|ytd:2026', 'dax|return|ytd:2026']);
    // The slash joins "S&P/TSX" only: neither benchmark is the S&P 500.
    assert.deepEqual(keys('The S&P/TSX rose 2% this year.'), ['sp-tsx|return|ytd:2026']);
    // The market a company's shares trade on is not the benchmark's move: the move is the company's (by its name alone).
    assert.deepEqual(keys('Shopify shares on the TSX rose 3% on Thursday.'), ['ticker:~Shopify|return|day:2026-11-19']);
  });

  it('gives one value that a list of subjects shares ("all", "both", "each") to each of them', () => {
    const keys = (text: string) => claimsOf(text).map((claim) => claim.split(' ')[0]);
    assert.deepEqual(keys('The S&P 500, the Dow and the Nasdaq are all up more than 20% for the year.'), ['sp-500|return|ytd:2026', 'dow|return|ytd:2026', 'nasdaq-composite|return|ytd:2026']);
    assert.deepEqual(keys('The S&P 500 and the Nasdaq posted gains of about 3.8% each for the week.'), ['sp-500|return|week:2026-11-16', 'nasdaq-composite|return|week:2026-11-16']);
    assert.deepEqual(keys('The Dow and the Nasdaq both rose 1.2% on Thursday.'), ['dow|return|day:2026-11-19', 'nasdaq-composite|return|day:2026-11-19']);
    // Two values pair with the two names; a name in a relative clause or a comparison shares nothing.
    assert.deepEqual(keys('The Dow and the Nasdaq rose 1.2% and 2.1% on Thursday.'), ['dow|return|day:2026-11-19', 'nasdaq-composite|return|day:2026-11-19']);
    assert.deepEqual(keys('Small caps beat the S&P 500 and the Nasdaq, which all rose 2% this week.'), ['nasdaq-composite|return|week:2026-11-16']);
  });

  it('keeps positions exact', () => {
    const text = 'As of November 19, 2026.\n\nSo far this year, the S&P 500 has gained nearly 9%.\n';
    const note = new NoteSource(text);
    const [figure] = extractFigures(note, findAsOfStamps(text, note));
    assert.equal(text.slice(figure.offset, figure.offset + figure.length), 'nearly 9%');
    assert.deepEqual([figure.line, figure.column], [3, 42]);
  });
});
