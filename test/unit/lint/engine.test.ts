import { strict as assert } from 'node:assert';
import {
  applyEdits,
  disableLineFix,
  fixAll,
  lintNote,
  NoteSource,
  resolveLintConfig,
  WorkspaceFigureIndex,
  type QuoteLookup,
} from '../../../src/core/lint';
import { QuoteError } from '../../../src/core/quotes/quote';
import { fixtureSnapshotQuotes, fixtureQuotes, today } from './lintHarness';

const note = [
  '# Note',
  '',
  'As of January 26, 2026, Apple (NASDAQ: AAPL) closed at $256.44 and the tracker (NASDAQ: IWM) was busy.',
  '$ZZZZ is new. Small caps are up 3% YTD.',
  '',
].join('\n');

describe('lintNote', () => {
  it('reports ranges both as offsets and as 1-based line/column with an exclusive end', async () => {
    const findings = await lintNote(note, { today, quotes: fixtureQuotes() });
    for (const finding of findings) {
      const source = new NoteSource(note);
      assert.deepEqual(source.range(finding.offset, finding.length), { line: finding.line, column: finding.column, endLine: finding.endLine, endColumn: finding.endColumn });
    }
    const stale = findings.find((finding) => finding.ruleId === 'stale-as-of')!;
    assert.equal(note.slice(stale.offset, stale.offset + stale.length), 'January 26, 2026');
    assert.deepEqual([stale.line, stale.column, stale.endLine, stale.endColumn], [3, 7, 3, 23]);
    assert.deepEqual(
      findings.map((finding) => `${finding.ruleId}@${finding.line}:${finding.column}`),
      ['stale-as-of@3:7', 'price-drift@3:56', 'exchange-mismatch@3:81', 'unknown-symbol@4:2', 'relative-time@4:36'],
    );
  });

  it('uses the reference date it is given, or the clock', async () => {
    const pinned = await lintNote('As of January 26, 2026.', { today: '2026-02-01' });
    assert.deepEqual(pinned, []);
    const clocked = await lintNote('As of January 26, 2026.', { clock: () => Date.UTC(2026, 10, 21, 12) });
    assert.equal(clocked[0].ruleId, 'stale-as-of');
    await assert.rejects(lintNote('x', { today: '21/11/2026' }), /YYYY-MM-DD/);
  });

  it('skips quote rules without quotes, and never reports a quote it could not get', async () => {
    const withoutQuotes = await lintNote(note, { today });
    assert.deepEqual([...new Set(withoutQuotes.map((finding) => finding.ruleId))], ['stale-as-of', 'relative-time']);
    for (const kind of ['network', 'rate-limited', 'bad-response', 'no-key', 'source-invalid'] as const) {
      const failing: QuoteLookup = async () => ({ error: new QuoteError(kind, `${kind} failure`) });
      const findings = await lintNote(note, { today, quotes: failing });
      assert.deepEqual([...new Set(findings.map((finding) => finding.ruleId))], ['stale-as-of', 'relative-time'], kind);
    }
  });

  it('asks for each ticker once per lint, however many rules need it', async () => {
    const asked: string[] = [];
    const quotes = fixtureQuotes();
    await lintNote(note, { today, quotes: (ticker) => (asked.push(ticker.symbol), quotes(ticker)) });
    assert.deepEqual(asked.sort(), ['AAPL', 'IWM', 'ZZZZ']);
  });

  it('turns a rule that throws into an internal-error finding, and the other rules still report', async () => {
    const chart = 'As of January 26, 2026.\n\n```vega-lite\n{"mark": "bar"}\n```\n';
    const findings = await lintNote(chart, {
      today,
      compileChart: async () => {
        throw new Error('compiler exploded');
      },
    });
    const internal = findings.find((finding) => finding.ruleId === 'internal-error')!;
    assert.equal(internal.severity, 'error');
    assert.equal(internal.ruleCode, 'MN000');
    assert.match(internal.message, /invalid-chart \(MN009\) failed on this note: compiler exploded/);
    assert.ok(findings.some((finding) => finding.ruleId === 'stale-as-of'));
  });

  it('follows the configuration: rules off, severities, tolerance and window', async () => {
    const config = resolveLintConfig({ staleAfterDays: 100, priceDriftPercent: 10, rules: { 'unknown-symbol': 'off', 'relative-time': 'error', MN007: 'info' } });
    const findings = await lintNote(note, { today, quotes: fixtureQuotes(), config });
    assert.deepEqual(
      findings.map((finding) => `${finding.ruleId}:${finding.severity}`),
      ['stale-as-of:warning', 'exchange-mismatch:info', 'relative-time:error'],
    );
    const lenient = await lintNote(note, { today, quotes: fixtureQuotes(), config: resolveLintConfig(config, { staleAfterDays: 400 }) });
    assert.deepEqual(lenient.map((finding) => finding.ruleId), ['exchange-mismatch']);
  });

  it('runs only the rules asked for', async () => {
    const findings = await lintNote(note, { today, quotes: fixtureQuotes(), only: ['MN008'] });
    assert.deepEqual(findings.map((finding) => finding.ruleId), ['unknown-symbol']);
  });

  it('a symbol missing from a snapshot is never an unknown symbol (a snapshot cannot know)', async () => {
    const findings = await lintNote(note, { today, quotes: fixtureSnapshotQuotes(), only: ['MN008'] });
    assert.deepEqual(findings, []);
  });
});

describe('fixes', () => {
  it('price-drift updates the figure and re-stamps the as-of date in one fix', async () => {
    const text = 'As of January 26, 2026, Apple (NASDAQ: AAPL) closed at $256.44.\n';
    const [finding] = await lintNote(text, { today, quotes: fixtureQuotes(), only: ['price-drift'] });
    assert.match(finding.message, /AAPL is stated at \$256\.44; the quote is \$272\.41 \(\+6\.23%\), as of Nov 20, 2026, 4:00 PM EST \(snapshot\); tolerance 2%/);
    const fix = finding.fixes![0];
    assert.equal(fix.title, 'Update to $272.41 and re-stamp the as-of date to November 20, 2026');
    assert.equal(applyEdits(text, fix.edits), 'As of November 20, 2026, Apple (NASDAQ: AAPL) closed at $272.41.\n');
  });

  it('price-drift reads a price in pence against a pound or a pence quote, and writes the fix in pence', async () => {
    // A close with no move stated: "firmed 1.3% to 73.42p" would carry January's move to the new price (priceMoves.ts).
    const text = 'As of January 26, 2026, Vodafone (LSE: VOD) closed at 73.42p.\n';
    const quoteIn = (price: number, currency: string): QuoteLookup => async (ticker) => ({
      quote: { symbol: ticker.symbol, providerSymbol: 'VOD.L', provider: 'test', price, currency, asOf: Date.UTC(2026, 10, 20, 16, 30), exchangeTimezone: 'Europe/London' },
    });
    for (const quotes of [quoteIn(80.5, 'GBp'), quoteIn(0.805, 'GBP')]) {
      const [finding] = await lintNote(text, { today, quotes, only: ['price-drift'] });
      assert.match(finding.message, /VOD is stated at 73\.42p/);
      assert.equal(finding.fixes![0].title, 'Update to 80.50p and re-stamp the as-of date to November 20, 2026');
      assert.equal(applyEdits(text, finding.fixes![0].edits), 'As of November 20, 2026, Vodafone (LSE: VOD) closed at 80.50p.\n');
    }
    // Pence against a dollar quote is another currency: no comparison, no finding.
    assert.deepEqual(await lintNote(text, { today, quotes: quoteIn(0.805, 'USD'), only: ['price-drift'] }), []);
  });

  // The stamp dates both prices, so each fix dates its own figure and leaves the shared stamp alone (issue 10 §3).
  it('fix-all updates two prices under one shared stamp, each dated locally', async () => {
    const text = 'As of Jan. 26, 2026, $AAPL closed at $256.44 and $TSLA traded near $431.46.\n';
    const findings = await lintNote(text, { today, quotes: fixtureQuotes(), only: ['price-drift'] });
    assert.equal(findings.length, 2);
    assert.equal(applyEdits(text, fixAll(findings, 'price-drift')), 'As of Jan. 26, 2026, $AAPL closed at $272.41 (as of Nov. 20, 2026) and $TSLA traded near $412.80 (as of Nov. 20, 2026).\n');
  });

  // A recap's "Week ended …" names the week its figures cover: moved to today or to a quote's day, it would name
  // another week. Its fixes date the price itself, and stale-as-of offers no re-date.
  it('a recap\'s "Week ended …" is never moved: prices are dated locally, and stale-as-of offers no re-date', async () => {
    const text = 'Week ended January 23, 2026.\n\nApple (NASDAQ: AAPL) closed at $256.44.\n';
    const [drift] = await lintNote(text, { today, quotes: fixtureQuotes(), only: ['price-drift'] });
    assert.equal(applyEdits(text, drift.fixes![0].edits), 'Week ended January 23, 2026.\n\nApple (NASDAQ: AAPL) closed at $272.41 (as of November 20, 2026).\n');
    const [stale] = await lintNote(text, { today, quotes: fixtureQuotes(), only: ['stale-as-of'] });
    assert.match(stale.message, /As-of date January 23, 2026 is/);
    assert.ok((stale.fixes ?? []).every((fix) => fix.edits.every((edit) => edit.offset > text.indexOf('\n'))), JSON.stringify(stale.fixes));
    const [future] = await lintNote('Week ended January 23, 2027.\n', { today, only: ['future-date'] });
    assert.equal(future.fixes, undefined);
  });

  it('"disable this rule for this line" appends a comment the next lint honours', async () => {
    const text = 'As of January 26, 2026, small caps led.\n';
    const source = new NoteSource(text);
    const [finding] = await lintNote(text, { today, note: source });
    const fix = disableLineFix(source, finding)!;
    assert.equal(fix.title, 'Disable stale-as-of for this line');
    const fixed = applyEdits(text, fix.edits);
    assert.equal(fixed, 'As of January 26, 2026, small caps led. <!-- market-notes-disable-line stale-as-of -->\n');
    assert.deepEqual(await lintNote(fixed, { today }), []);
    const twice = disableLineFix(new NoteSource(fixed), { ruleId: 'relative-time', line: 1 })!;
    assert.equal(applyEdits(fixed, twice.edits), 'As of January 26, 2026, small caps led. <!-- market-notes-disable-line stale-as-of relative-time -->\n');
    assert.equal(disableLineFix(new NoteSource('---\nasOf: 2026-01-01\n---\n'), { ruleId: 'stale-as-of', line: 2 }), undefined);
  });

  it('exchange-mismatch rewrites the prefix', async () => {
    const text = 'The tracker (NASDAQ: IWM) and NYSE:TSLA.\n';
    const findings = await lintNote(text, { today, quotes: fixtureQuotes(), only: ['exchange-mismatch'] });
    assert.deepEqual(findings.map((finding) => finding.message), ['IWM trades on NYSE Arca (snapshot), not NASDAQ', 'TSLA trades on Nasdaq (snapshot), not NYSE']);
    assert.equal(applyEdits(text, fixAll(findings)), 'The tracker (NYSEARCA: IWM) and NASDAQ:TSLA.\n');
  });
});

describe('WorkspaceFigureIndex', () => {
  const a = 'As of November 20, 2026, the Russell 2000 is up nearly 14% year-to-date.\n';
  const b = 'As of November 20, 2026, the Russell 2000 has returned about 8% year-to-date.\n';

  it('finds conflicts both ways, and forgets a file that is removed or changed', () => {
    const index = new WorkspaceFigureIndex();
    index.update('a.md', a);
    index.update('b.md', b);
    assert.equal(index.conflictsFor('a.md')[0].others[0].file, 'b.md');
    assert.equal(index.conflictsFor('b.md')[0].others[0].figure.text, 'nearly 14%');
    index.update('b.md', b.replace('about 8%', '13.5%'));
    assert.deepEqual(index.conflictsFor('a.md'), []);
    index.update('b.md', b);
    index.remove('b.md');
    assert.deepEqual(index.conflictsFor('a.md'), []);
    assert.deepEqual(index.files, ['a.md']);
  });

  it('lint reports each side with related information pointing at the other', async () => {
    const index = new WorkspaceFigureIndex();
    index.update('a.md', a);
    index.update('notes/b.md', b);
    const [finding] = await lintNote(a, { file: 'a.md', today, figureIndex: index, only: ['conflicting-figures'] });
    assert.equal(finding.message, "The Russell 2000's year-to-date return is nearly +14% as of November 20, 2026 here, but about +8% as of November 20, 2026 at notes/b.md:1");
    assert.deepEqual(finding.related, [{ file: 'notes/b.md', line: 1, column: 56, endLine: 1, endColumn: 64, message: 'about +8% stated here, as of November 20, 2026' }]);
    // The note's current text is what counts, even before the index hears of the change.
    assert.deepEqual(await lintNote(a.replace('nearly 14%', 'about 8%'), { file: 'a.md', today, figureIndex: index, only: ['conflicting-figures'] }), []);
  });
});

describe('lint on bad input', () => {
  it('binary junk neither throws nor reports a rule failure', async () => {
    let junk = '';
    for (let i = 0; i < 20_000; i++) junk += String.fromCharCode((i * 7919) % 65_536);
    const findings = await lintNote(`${junk}\nAs of ${junk.slice(0, 40)} $A closed at $1 | x |\n|---|\n`, { today, quotes: fixtureQuotes() });
    assert.deepEqual(findings.filter((finding) => finding.ruleId === 'internal-error'), []);
  });

  it('a 5 MB note full of stamps, prices and percentages is linted, not choked on', async () => {
    const paragraph = 'As of January 26, 2026, Apple (NASDAQ: AAPL) closed at $256.44 and the Russell 2000 is up nearly 14% YTD; 30% to 35% of 19% to 30%.\n\n';
    const text = paragraph.repeat(Math.ceil(5_000_000 / paragraph.length));
    const findings = await lintNote(text, { today, quotes: fixtureQuotes() });
    assert.deepEqual(findings.filter((finding) => finding.ruleId === 'internal-error'), []);
    assert.ok(findings.some((finding) => finding.ruleId === 'price-drift'));
  });
});

describe('quoteLookupFromCache', () => {
  it('answers with the last quote, or with a failure newer than it', async () => {
    const { quoteLookupFromCache } = await import('../../../src/core/lint');
    const quote = { symbol: 'AAPL', providerSymbol: 'AAPL', provider: 'yahoo', price: 1, currency: 'USD', asOf: 0 };
    const unknown = new QuoteError('unknown-symbol', 'nope');
    const lookup = quoteLookupFromCache({
      get: async (ticker) => (ticker.symbol === 'AAPL' ? { quote } : ticker.symbol === 'ZZZZ' ? { error: unknown } : {}),
    });
    assert.deepEqual(await lookup({ symbol: 'AAPL' }), { quote });
    assert.deepEqual(await lookup({ symbol: 'ZZZZ' }), { error: unknown });
    const none = await lookup({ symbol: 'MSFT' });
    assert.ok('error' in none && none.error.kind === 'bad-response');
  });
});
