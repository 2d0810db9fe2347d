// Which fixes `lint --fix` may apply with no one to ask (Fix.safe), one pass of them, and what it says it changed.
import { strict as assert } from 'node:assert';
import { lintNote, type Finding } from '../../../src/core/lint';
import { applySafeFixes } from '../../../src/core/lint/safeFixes';
import { fixtureQuotes, today } from './lintHarness';

/** Lint and apply safe fixes until a pass changes nothing, as the CLI does. */
async function fixUntilStable(text: string): Promise<{ text: string; passes: number; changes: string[] }> {
  const changes: string[] = [];
  const quotes = fixtureQuotes();
  for (let passes = 0; passes < 10; passes++) {
    const pass = applySafeFixes(text, await lintNote(text, { today, quotes }));
    if (pass.changes.length === 0) return { text, passes, changes };
    changes.push(...pass.changes.map((change) => `${change.line}:${change.column} ${change.ruleId}: ${change.before} → ${change.after}`));
    text = pass.text;
  }
  throw new Error('safe fixes did not settle in 10 passes');
}

describe('lint --fix: safe fixes', () => {
  it('updates a price under its own stamp and re-stamps it to the quote day', async () => {
    const fixed = await fixUntilStable('As of November 2, 2026, $AAPL closed at $256.44.\n');
    assert.equal(fixed.text, 'As of November 20, 2026, $AAPL closed at $272.41.\n');
    assert.deepEqual(fixed.changes, ['1:7 price-drift: November 2, 2026 → November 20, 2026', '1:42 price-drift: 256.44 → 272.41']);
  });

  it('dates each price locally when the stamp is shared, and shows the insertion with the figure it follows', async () => {
    const note = 'As of Jan. 26, 2026, $AAPL closed at $256.44 and $TSLA traded near $431.46 while the Russell 2000 is up nearly 14% YTD.\n';
    const fixed = await fixUntilStable(note);
    // The added stamps write their day as the note's stamp does ("Jan. 26, 2026"), not in another style.
    assert.equal(fixed.text, note.replace('256.44', '272.41 (as of Nov. 20, 2026)').replace('431.46', '412.80 (as of Nov. 20, 2026)'));
    assert.deepEqual(fixed.changes, [
      '1:39 price-drift: 256.44 → 272.41 (as of Nov. 20, 2026)',
      '1:69 price-drift: 431.46 → 412.80 (as of Nov. 20, 2026)',
    ]);
  });

  it('shows a price in pence and its own stamp as one change, the unit between them', async () => {
    const note = 'As of Nov. 2, 2026, Vodafone (LSE: VOD) closed at 70.10p while the FTSE 100 is up 14% YTD.\n';
    const fixed = await fixUntilStable(note);
    assert.equal(fixed.text, note.replace('70.10p', '74.18p (as of Nov. 20, 2026)'));
    assert.deepEqual(fixed.changes, ['1:51 price-drift: 70.10p → 74.18p (as of Nov. 20, 2026)']);
  });

  it('writes a price\'s own stamp in the note\'s date style: numeric, day-first, long where only front matter dates it', async () => {
    const shared = (stamp: string) => `As of ${stamp}, $AAPL closed at $256.44 while the Russell 2000 is up nearly 14% YTD.\n`;
    for (const [stamp, added] of [
      ['11/2/2026', '11/20/2026'],
      ['11/02/26', '11/20/26'],
      ['2 Nov 2026', '20 Nov 2026'],
      ['2026-11-02', '2026-11-20'],
      ['November 2, 2026', 'November 20, 2026'],
      ['Oct. 2026', 'Nov. 20, 2026'],
    ]) {
      const fixed = await fixUntilStable(shared(stamp));
      assert.ok(fixed.text.includes(`$272.41 (as of ${added})`), fixed.text);
    }
    const frontMatter = '---\nasOf: 2026-11-02\n---\n$AAPL closed at $256.44 while the Russell 2000 is up nearly 14% YTD.\n';
    assert.ok((await fixUntilStable(frontMatter)).text.includes('$272.41 (as of November 20, 2026)'));
  });

  it('brings a stale stamp that dates only quoted prices up to date with them', async () => {
    const fixed = await fixUntilStable('As of Jan. 26, 2026, $AAPL closed at $256.44 and $TSLA traded near $431.46.\n');
    assert.equal(fixed.text, 'As of Nov. 20, 2026, $AAPL closed at $272.41 and $TSLA traded near $412.80.\n');
  });

  it('is idempotent: fixed text has no safe fix left', async () => {
    const fixed = await fixUntilStable('As of January 26, 2026, $AAPL closed at $256.44 and the table below.\n');
    assert.ok(fixed.passes >= 1);
    const again = applySafeFixes(fixed.text, await lintNote(fixed.text, { today, quotes: fixtureQuotes() }));
    assert.equal(again.text, fixed.text);
    assert.deepEqual(again.changes, []);
  });

  it('refreshes a quote table whose every row has a quote, and re-stamps its caption', async () => {
    const table = 'Quotes as of September 2, 2026.\n\n| Symbol | Price |\n|---|---:|\n| AAPL | 250.00 |\n| MSFT | 498.12 |\n';
    const fixed = await fixUntilStable(table);
    assert.equal(fixed.text, 'Quotes as of November 20, 2026.\n\n| Symbol | Price |\n|---|---:|\n| AAPL | 272.41 |\n| MSFT | 498.12 |\n');
    // The table's own refresh, which writes its change columns too: stale-as-of leaves a table's rows to it.
    assert.deepEqual(fixed.changes, ['1:14 stale-quote-table: September 2, 2026 → November 20, 2026', '5:10 stale-quote-table: 250.00 → 272.41']);
  });

  it('refreshes a table\'s change column with its prices, whichever stale stamp is fixed first', async () => {
    const table = 'Quotes as of September 2, 2026.\n\n| Symbol | Price | Chg |\n|---|---:|---:|\n| AAPL | 250.00 | +2.5% |\n| MSFT | 470.00 | -0.5% |\n';
    const fixed = await fixUntilStable(table);
    assert.equal(fixed.text, 'Quotes as of November 20, 2026.\n\n| Symbol | Price | Chg |\n|---|---:|---:|\n| AAPL | 272.41 | +1.0% |\n| MSFT | 498.12 | -0.8% |\n');
  });

  it('leaves a price in a heading to the writer: it titles its section, written at that price', async () => {
    for (const note of [
      'As of Nov. 2, 2026, the week began.\n\n## Apple (AAPL) at $256.44: the case for more\n\nThe case holds.\n',
      'As of Nov. 2, 2026, Microsoft (MSFT) ended at $498.12.\n\nApple (AAPL) at $256.44\n---\n\nThe case holds.\n',
    ]) {
      const findings = await lintNote(note, { today, quotes: fixtureQuotes() });
      const apple = findings.find((finding) => finding.ruleId === 'price-drift' && /AAPL/.test(finding.message));
      assert.ok(apple, note);
      // Offered in the editor, as before; never applied by --fix.
      assert.match(apple.fixes?.[0]?.title ?? '', /^Update to \$272\.41/);
      assert.equal(apple.fixes?.some((fix) => fix.safe), false, note);
      assert.equal((await fixUntilStable(note)).text.includes('$256.44'), true, note);
    }
    // stale-as-of's refresh of a stamp whose price is in a heading is the writer's too.
    const titled = 'As of Sept. 2, 2026.\n\n## Apple (AAPL) at $256.44\n';
    const stale = (await lintNote(titled, { today, quotes: fixtureQuotes() })).find((finding) => finding.ruleId === 'stale-as-of');
    assert.ok(stale?.fixes?.[0]);
    assert.equal(stale.fixes[0].safe, undefined);
  });

  it('leaves what needs the writer: "Mark as reviewed today", a future date, an undated price', async () => {
    const notes = ['As of March 3, 2026, the small-cap rally had further to run.\n', 'As of December 25, 2026, the index led.\n', '$AAPL closed at $256.44.\n'];
    for (const note of notes) {
      const findings = await lintNote(note, { today, quotes: fixtureQuotes() });
      assert.ok(findings.some((finding) => finding.fixes?.length), `the editor offers a fix: ${note}`);
      const pass = applySafeFixes(note, findings);
      assert.equal(pass.text, note);
      assert.deepEqual(pass.changes, []);
    }
  });

  it('never re-stamps a quote table some rows of which have no quote: each refreshed price is dated on its own', async () => {
    const table = 'Quotes as of September 2, 2026.\n\n| Symbol | Price |\n|---|---:|\n| AAPL | 250.00 |\n| ZZZZ | 10.00 |\n';
    const fixed = await fixUntilStable(table);
    assert.equal(fixed.text, table.replace('250.00', '272.41 (as of November 20, 2026)'));
    assert.deepEqual(fixed.changes, ['5:10 price-drift: 250.00 → 272.41 (as of November 20, 2026)']);
  });

  it('refreshes a drifted quote table as a whole under its caption, the day\'s change with the price: no cell dated on its own', async () => {
    // Inside the stale window (September 2 would be stale; November 2 is not): price-drift, not stale-quote-table, fixes it.
    // The change is the quote's against its previous close (AAPL 272.41 on 269.80, MSFT 498.12 on 502.37, NVDA
    // 188.54 on 183.02), written as the column writes it: left as "+1.2%", it would be read as November 20's.
    const table = 'Quotes as of November 2, 2026:\n\n| Symbol | Price | Change |\n|---|---|---|\n| AAPL | $250.10 | +1.2% |\n| MSFT | $470.00 | -0.4% |\n| NVDA | $188.00 | +2.0% |\n';
    const fixed = await fixUntilStable(table);
    assert.equal(fixed.text, 'Quotes as of November 20, 2026:\n\n| Symbol | Price | Change |\n|---|---|---|\n| AAPL | $272.41 | +1.0% |\n| MSFT | $498.12 | -0.8% |\n| NVDA | $188.54 | +3.0% |\n');
    assert.ok(!fixed.text.includes('(as of'), fixed.text);
    assert.equal(fixed.passes, 1);
  });

  it('writes each change column as it is written: money or percent, sign style, minus character, decimals', async () => {
    const table = 'Quotes as of November 2, 2026:\n\n| Ticker | Last | Net chg | % Chg |\n|---|---|---|---|\n| AAPL | 250.10 | 1.15 | 0.46 |\n| MSFT | 470.00 | −2.1 | −0.4 |\n';
    const fixed = await fixUntilStable(table);
    // No cell marks a gain with "+": none is added; the column's own minus ("−") is kept.
    assert.equal(fixed.text, 'Quotes as of November 20, 2026:\n\n| Ticker | Last | Net chg | % Chg |\n|---|---|---|---|\n| AAPL | 272.41 | 2.61 | 0.97 |\n| MSFT | 498.12 | −4.3 | −0.8 |\n');
  });

  it('leaves a table with figures no quote refreshes (YTD, market value) dated as it is: each new price is dated on its own', async () => {
    const table = 'Quotes as of November 2, 2026:\n\n| Symbol | Price | Chg % | YTD | Mkt cap |\n|---|---|---|---|---|\n| AAPL | $250.10 | +0.4% | +12.0% | $3.7T |\n| MSFT | $470.00 | -1.1% | +9.5% | $3.5T |\n';
    const fixed = await fixUntilStable(table);
    // Re-stamped, the table would date the old YTD and market values November 20.
    assert.equal(
      fixed.text,
      'Quotes as of November 2, 2026:\n\n| Symbol | Price | Chg % | YTD | Mkt cap |\n|---|---|---|---|---|\n| AAPL | $272.41 (as of November 20, 2026) | +0.4% | +12.0% | $3.7T |\n| MSFT | $498.12 (as of November 20, 2026) | -1.1% | +9.5% | $3.5T |\n',
    );
    // The editor still offers the whole refresh, naming the columns to check; --fix does not take it.
    const drift = (await lintNote(table, { today, quotes: fixtureQuotes() })).find((finding) => finding.ruleId === 'price-drift')!;
    const refresh = drift.fixes!.find((fix) => fix.title.startsWith('Refresh'))!;
    assert.equal(refresh.title, "Refresh the table's prices and changes and re-stamp it to November 20, 2026 — check its YTD, Mkt cap columns, not refreshed");
    assert.equal(refresh.safe, undefined);
    // A change cell written in a shape the refresh does not write ("unch") is named too.
    const unchanged = 'Quotes as of November 2, 2026:\n\n| Symbol | Price | Chg % |\n|---|---|---|\n| AAPL | $250.10 | unch |\n| MSFT | $470.00 | -1.1% |\n';
    const unchangedDrift = (await lintNote(unchanged, { today, quotes: fixtureQuotes() })).find((finding) => finding.ruleId === 'price-drift')!;
    assert.match(unchangedDrift.fixes!.find((fix) => fix.title.startsWith('Refresh'))!.title, / — check its Chg % column, not refreshed$/);
  });

  it('gives a table a caption of its own when its stamp dates prose figures too, in a block quote and with CRLF', async () => {
    const note = [
      'As of November 2, 2026, Apple (NASDAQ: AAPL) closed at $250.10 and the Russell 2000 was up 12% year to date.',
      '',
      '| Symbol | Close |',
      '|---|---|',
      '| MSFT | 470.00 |',
      '',
      '> | Ticker | Last |',
      '> |---|---|',
      '> | NVDA | 180.00 |',
      '',
    ];
    for (const lineBreak of ['\n', '\r\n']) {
      const fixed = await fixUntilStable(note.join(lineBreak));
      assert.equal(
        fixed.text,
        [
          // The prose price is dated on its own; the stamp still dates the year-to-date claim nobody checked.
          'As of November 2, 2026, Apple (NASDAQ: AAPL) closed at $272.41 (as of November 20, 2026) and the Russell 2000 was up 12% year to date.',
          '',
          'Quotes as of November 20, 2026.',
          '',
          '| Symbol | Close |',
          '|---|---|',
          '| MSFT | 498.12 |',
          '',
          '> Quotes as of November 20, 2026.',
          '>',
          '> | Ticker | Last |',
          '> |---|---|',
          '> | NVDA | 188.54 |',
          '',
        ].join(lineBreak),
      );
    }
  });

  it('offers a drifted row the table refresh first, then the cell alone; both rules share one refresh', async () => {
    const table = 'Quotes as of November 2, 2026.\n\n| Symbol | Price |\n|---|---:|\n| AAPL | 250.00 |\n| MSFT | 470.00 |\n';
    const findings = await lintNote(table, { today: '2026-12-20', quotes: fixtureQuotes() });
    const drift = findings.filter((finding) => finding.ruleId === 'price-drift');
    assert.deepEqual(
      drift.map((finding) => finding.fixes!.map((fix) => fix.title)),
      [
        ["Refresh the table's prices and re-stamp it to November 20, 2026", 'Update to 272.41 (the table stays dated November 2, 2026)'],
        ["Refresh the table's prices and re-stamp it to November 20, 2026", 'Update to 498.12 (the table stays dated November 2, 2026)'],
      ],
    );
    const stale = findings.find((finding) => finding.ruleId === 'stale-quote-table');
    assert.ok(stale?.fixes?.[0]);
    assert.equal(stale.fixes[0], drift[0].fixes![0], 'one refresh, made once, for both rules');
  });

  it('offers the table refresh on each table\'s first drifted row only when a note holds many table rows', async () => {
    const rows = Array.from({ length: 300 }, (_, i) => `| ${['AAPL', 'MSFT'][i % 2]} | ${i % 2 ? '470.00' : '250.00'} |`);
    const text = `Quotes as of November 2, 2026.\n\n| Symbol | Price |\n|---|---:|\n${rows.join('\n')}\n`;
    const findings = (await lintNote(text, { today, quotes: fixtureQuotes() })).filter((finding) => finding.ruleId === 'price-drift');
    assert.equal(findings.length, 300);
    assert.equal(findings.filter((finding) => finding.fixes!.some((fix) => fix.safe)).length, 1);
    assert.equal(findings[0].fixes![0].edits.length, 301); // every row, and the caption
    const fixed = await fixUntilStable(text);
    assert.equal(fixed.text, text.replaceAll('250.00', '272.41').replaceAll('470.00', '498.12').replace('November 2,', 'November 20,'));
  });

  it('never rewrites a price its sentence dates to another day: it is history, not a stale figure', async () => {
    const note = 'As of November 12, 2026.\n\nApple (NASDAQ: AAPL) closed at $243.85 on Jan. 2, the first session of the year.\n\nIn April, Apple (NASDAQ: AAPL) changed hands at $172.40.\n';
    const fixed = await fixUntilStable(note);
    assert.equal(fixed.text, note);
    const findings = await lintNote(note, { today, quotes: fixtureQuotes() });
    assert.deepEqual(findings.filter((finding) => finding.ruleId === 'price-drift'), []);
  });

  it('leaves a price whose sentence names its own day, the stamp\'s day: updated, the sentence would put the quote on that day', async () => {
    const cases = [
      // A byline dates the price alone: its re-stamp would leave "on Friday, Nov. 13, 2026" beside the new price.
      'Posted by Dana Reyes on November 13th, 2026\n\nShares of Apple (NASDAQ: AAPL) finished at $255.10 on Friday, Nov. 13, 2026.\n',
      // A shared stamp: "$272.41 (as of Nov. 20, 2026) on Friday" contradicts itself.
      'As of Nov. 13, 2026.\n\nApple (NASDAQ: AAPL) settled at $255.10 on Friday, ahead of a quiet week, while the Nasdaq is up 21% YTD.\n',
      'As of Nov. 13, 2026.\n\nOn Friday, Microsoft (NASDAQ: MSFT) ended at $480.00, and the Nasdaq is up 21% YTD.\n',
      'As of Nov. 13, 2026.\n\nMicrosoft (NASDAQ: MSFT) ended Friday at $480.00 while the Nasdaq is up 21% YTD.\n',
    ];
    for (const note of cases) {
      assert.equal((await fixUntilStable(note)).text, note, note);
      const drift = (await lintNote(note, { today, quotes: fixtureQuotes() })).filter((finding) => finding.ruleId === 'price-drift');
      assert.equal(drift.length, 1, note); // still reported: the stamp's day is behind the quote's
      const [fix] = drift[0].fixes!;
      assert.equal(fix.safe, undefined);
      assert.equal(fix.edits.length, 1); // the figure alone, for the writer to choose
      assert.match(fix.title, /^Update to \$(?:272\.41|498\.12) \(the quote is of November 20, 2026: check "(?:on Friday|On Friday|Friday)"\)$/);
    }
    // stale-as-of's refresh of a stamp's prices holds back for the same reason.
    const stale = 'As of September 4, 2026.\n\nApple (NASDAQ: AAPL) settled at $231.50 on Friday, Sept. 4, 2026, and Microsoft (NASDAQ: MSFT) at $455.00.\n';
    assert.equal((await fixUntilStable(stale)).text, stale);
    // Without the named day, both refreshes stay safe.
    const plain = 'As of September 4, 2026.\n\nApple (NASDAQ: AAPL) settled at $231.50 and Microsoft (NASDAQ: MSFT) at $455.00.\n';
    assert.equal((await fixUntilStable(plain)).text, 'As of November 20, 2026.\n\nApple (NASDAQ: AAPL) settled at $272.41 and Microsoft (NASDAQ: MSFT) at $498.12.\n');
  });

  it('takes one of two overlapping safe fixes in a pass and never splices them together', () => {
    const text = 'As of May 1, 2026, $X at $1.\n';
    const finding = (ruleId: string, newText: string): Finding => ({
      ruleId,
      ruleCode: 'MN999',
      severity: 'warning',
      message: '',
      offset: 6,
      length: 11,
      line: 1,
      column: 7,
      endLine: 1,
      endColumn: 18,
      docs: '',
      fixes: [{ title: 't', edits: [{ offset: 6, length: 11, newText }], safe: true }],
    });
    const pass = applySafeFixes(text, [finding('a', 'May 2, 2026'), finding('b', 'May 3, 2026')]);
    assert.equal(pass.text, 'As of May 2, 2026, $X at $1.\n');
    assert.deepEqual(pass.changes.map((change) => change.ruleId), ['a']);
  });
});
