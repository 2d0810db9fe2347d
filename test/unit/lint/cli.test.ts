// `market-notes lint`: formats, exit codes and quote sources, run in-process as the bin would run it.
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import type { JsonFinding } from '../../../src/core/lint';
import { runCli } from '../cli/cliHarness';
// The OASIS SARIF 2.1.0 schema (rtm.5, the one GitHub code scanning accepts), as shipped in @microsoft/jest-sarif.
import sarifSchema from './sarif-2.1.0-rtm.5.json';

const repo = join(__dirname, '..', '..', '..');
const examplesArgs = ['lint', 'examples', '--today', '2026-11-21'];

type JsonRecord = JsonFinding;

describe('market-notes lint', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'mn-lint-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const write = (file: string, text: string) => {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), text);
  };

  it('lints the examples against their snapshot: JSON records, 1-based, kebab rule ids, exit 1 on an error', async () => {
    const run = await runCli([...examplesArgs, '--format', 'json'], { cwd: repo });
    assert.equal(run.code, 1, run.stderr);
    const records = JSON.parse(run.stdout) as JsonRecord[];
    assert.deepEqual(
      records.map((record) => `${record.file}:${record.line}:${record.column} ${record.ruleId} ${record.severity}`),
      [
        'examples/earnings-season.md:17:52 stale-as-of warning',
        'examples/earnings-season.md:17:101 price-drift warning',
        'examples/earnings-season.md:18:23 price-drift warning',
        'examples/small-caps-rotation.md:9:65 conflicting-figures warning',
        'examples/weekly-watchlist.md:16:37 exchange-mismatch error',
        'examples/weekly-watchlist.md:16:56 conflicting-figures warning',
      ],
    );
    assert.deepEqual(Object.keys(records[0]), ['file', 'line', 'column', 'endLine', 'endColumn', 'ruleId', 'severity', 'message']);
    assert.equal(records[1].message, 'AAPL is stated at $256.44; the quote is $272.41 (+6.23%), as of Nov 20, 2026, 4:00 PM EST (snapshot); tolerance 2%');
    assert.deepEqual([records[1].endLine, records[1].endColumn], [17, 108]);
  });

  it('prints text as file:line:column, severity, rule and message, with a summary on stderr', async () => {
    const run = await runCli(examplesArgs, { cwd: repo });
    assert.equal(run.code, 1);
    const lines = run.stdout.trimEnd().split('\n');
    assert.equal(lines.length, 6);
    assert.equal(lines[4], 'examples/weekly-watchlist.md:16:37  error  exchange-mismatch  IWM trades on NYSE Arca (snapshot), not NASDAQ');
    assert.equal(run.stderr, '3 notes checked: 6 findings (1 error)\n');
  });

  it('writes SARIF 2.1.0 that validates against the schema', async () => {
    const run = await runCli([...examplesArgs, '--format', 'sarif'], { cwd: repo });
    assert.equal(run.code, 1);
    const log = JSON.parse(run.stdout);
    const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
    addFormats(ajv);
    const validate = ajv.compile(sarifSchema);
    const valid: boolean = validate(log);
    assert.ok(valid, JSON.stringify(validate.errors, null, 2));
    const [sarifRun] = log.runs;
    assert.equal(sarifRun.tool.driver.name, 'market-notes');
    assert.equal(sarifRun.results.length, 6);
    const mismatch = sarifRun.results.find((result: { ruleId: string }) => result.ruleId === 'exchange-mismatch');
    assert.equal(mismatch.level, 'error');
    assert.equal(sarifRun.tool.driver.rules[mismatch.ruleIndex].id, 'exchange-mismatch');
    assert.equal(sarifRun.tool.driver.rules[mismatch.ruleIndex].properties.code, 'MN007');
    assert.deepEqual(mismatch.locations[0].physicalLocation, {
      artifactLocation: { uri: 'examples/weekly-watchlist.md', uriBaseId: 'SRCROOT' },
      region: { startLine: 16, startColumn: 37, endLine: 16, endColumn: 43 },
    });
    assert.match(sarifRun.originalUriBaseIds.SRCROOT.uri, /^file:\/\/.*\/$/);
    const conflict = sarifRun.results.find((result: { ruleId: string }) => result.ruleId === 'conflicting-figures');
    assert.equal(conflict.relatedLocations[0].physicalLocation.artifactLocation.uri, 'examples/weekly-watchlist.md');
    assert.equal(mismatch.fixes[0].artifactChanges[0].replacements[0].insertedContent.text, 'NYSEARCA');
  });

  it('writes valid SARIF with no results too', async () => {
    write('clean.md', '# Clean\n\nAs of November 20, 2026, nothing to see.\n');
    const run = await runCli(['lint', 'clean.md', '--today', '2026-11-21', '--format', 'sarif'], { cwd: dir });
    assert.equal(run.code, 0);
    const ajv = new Ajv({ strict: false, unicodeRegExp: false });
    addFormats(ajv);
    assert.ok(ajv.validate(sarifSchema, JSON.parse(run.stdout)));
  });

  it('compiles chart blocks in the lint worker: the one vega-lite refuses is an invalid-chart error on its fence', async () => {
    write('charts.md', '# Charts\n\n```vega-lite\n{"mark": "no-such-mark", "data": {"values": []}}\n```\n');
    const run = await runCli(['lint', 'charts.md', '--today', '2026-11-21', '--format', 'json'], { cwd: dir });
    assert.equal(run.code, 1, run.stderr);
    const [finding, ...others] = JSON.parse(run.stdout);
    assert.deepEqual([finding.ruleId, finding.line, others.length], ['invalid-chart', 3, 0]);
    assert.match(finding.message, /vega-lite:/);
  });

  it('exits 0 with warnings only, 1 with an error finding', async () => {
    write('warn.md', 'As of January 26, 2026, small caps led.\n');
    write('error.md', 'As of December 24, 2026, small caps led.\n');
    const warn = await runCli(['lint', 'warn.md', '--today', '2026-11-21', '--format', 'json'], { cwd: dir });
    assert.equal(warn.code, 0);
    assert.equal(JSON.parse(warn.stdout)[0].ruleId, 'stale-as-of');
    const error = await runCli(['lint', '.', '--today', '2026-11-21', '--format', 'json'], { cwd: dir });
    assert.equal(error.code, 1);
    assert.deepEqual(
      JSON.parse(error.stdout).map((record: JsonRecord) => `${record.file} ${record.ruleId}`),
      ['error.md future-date', 'warn.md stale-as-of'],
    );
  });

  it('exits 2 on usage and input errors', async () => {
    write('note.md', '# Note\n');
    const cases: Array<[string[], RegExp]> = [
      [['lint'], /name at least one note/],
      [['lint', 'note.md', '--today', '21/11/2026'], /--today must be a date as YYYY-MM-DD/],
      [['lint', 'note.md', '--format', 'xml'], /--format must be one of text, json, sarif/],
      [['lint', 'missing.md'], /cannot read missing.md: no such file or directory/],
      [['lint', 'note.md', '--quotes', 'nope.csv'], /nope\.csv/],
      [['lint', 'note.md', '--config', 'nope.json'], /cannot read --config nope.json/],
      [['lint', 'note.md', '--provider', 'nosuch'], /--provider must be one of/],
      [['lint', 'note.md', '--colour'], /unknown option --colour/],
    ];
    for (const [argv, message] of cases) {
      const run = await runCli(argv, { cwd: dir });
      assert.equal(run.code, 2, argv.join(' '));
      assert.match(run.stderr, message, argv.join(' '));
      assert.equal(run.stdout, '');
    }
  });

  it('reads --quotes FILE (the snapshot format) for reproducible CI runs', async () => {
    write('note.md', 'As of November 20, 2026, Apple (NASDAQ: AAPL) closed at $256.44.\n');
    write('ci/quotes.csv', 'symbol,price,previousClose,currency,asOf,exchange\nAAPL,256.50,250.00,USD,2026-11-20,Nasdaq\n');
    const close = await runCli(['lint', 'note.md', '--today', '2026-11-21', '--quotes', 'ci/quotes.csv', '--format', 'json'], { cwd: dir });
    assert.equal(close.code, 0, close.stderr);
    assert.deepEqual(JSON.parse(close.stdout), []);
    write('ci/quotes.csv', 'symbol,price,previousClose,currency,asOf,exchange\nAAPL,300.00,250.00,USD,2026-11-20,Nasdaq\n');
    const drifted = await runCli(['lint', 'note.md', '--today', '2026-11-21', '--quotes', 'ci/quotes.csv', '--format', 'json'], { cwd: dir });
    assert.equal(JSON.parse(drifted.stdout)[0].ruleId, 'price-drift');
    write('ci/bad.csv', 'symbol,price\nAAPL,1\n');
    const bad = await runCli(['lint', 'note.md', '--quotes', 'ci/bad.csv'], { cwd: dir });
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /Malformed quotes file: ci\/bad\.csv line 1: missing columns/);
  });

  it('finds .market-notes/quotes.csv above the notes, and skips quote rules where there is none', async () => {
    const note = 'As of November 20, 2026, $ZZZZ closed at $10.00 and (NASDAQ: IWM) traded.\n';
    write('workspace/notes/a.md', note);
    write('workspace/.market-notes/quotes.csv', 'symbol,price,previousClose,currency,asOf,exchange\nIWM,246.92,243.11,USD,2026-11-20,NYSE Arca\n');
    write('elsewhere/b.md', note);
    const run = await runCli(['lint', 'workspace', 'elsewhere', '--today', '2026-11-21', '--format', 'json'], { cwd: dir });
    assert.deepEqual(
      JSON.parse(run.stdout).map((record: JsonRecord) => `${record.file} ${record.ruleId}`),
      // $ZZZZ is only missing from the snapshot: said on stderr, not an unknown-symbol finding.
      ['workspace/notes/a.md exchange-mismatch'],
    );
    assert.match(run.stderr, /quote checks skipped for 1 symbol: not in the snapshot: ZZZZ/);
    assert.equal(run.code, 1);
  });

  it('never reports a provider it cannot reach: network failures are not findings', async () => {
    write('note.md', 'As of November 20, 2026, Apple (NYSE: AAPL) closed at $1.00.\n');
    const run = await runCli(['lint', 'note.md', '--today', '2026-11-21', '--provider', 'yahoo', '--format', 'json'], {
      cwd: dir,
      env: { MARKET_NOTES_YAHOO_BASE_URL: 'http://127.0.0.1:9' },
    });
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(JSON.parse(run.stdout), []);
  });

  it('follows .market-notes.json (found above the notes, or named with --config): rules, window, ignore globs', async () => {
    write('ws/.market-notes.json', '{\n  // drafts are allowed to be stale\n  "ignore": ["drafts/**"],\n  "rules": { "stale-as-of": "error" },\n  "staleAfterDays": 400,\n}\n');
    write('ws/drafts/d.md', 'As of December 24, 2026.\n');
    write('ws/notes/n.md', 'As of January 26, 2025.\n');
    const found = await runCli(['lint', 'ws', '--today', '2026-11-21', '--format', 'json'], { cwd: dir });
    assert.deepEqual(JSON.parse(found.stdout).map((record: JsonRecord) => `${record.file} ${record.ruleId} ${record.severity}`), ['ws/notes/n.md stale-as-of error']);
    assert.equal(found.code, 1);
    write('strict.json', '{ "rules": { "MN001": "off" } }');
    const named = await runCli(['lint', 'ws/notes', '--today', '2026-11-21', '--config', 'strict.json', '--format', 'json'], { cwd: dir });
    assert.deepEqual(JSON.parse(named.stdout), []);
    assert.equal(named.code, 0);
    write('ws/.market-notes.json', '{ "rules": { "stale-as-of": "loud" } }');
    const invalid = await runCli(['lint', 'ws', '--today', '2026-11-21'], { cwd: dir });
    assert.equal(invalid.code, 2);
    assert.match(invalid.stderr, /invalid configuration:\n {2}ws\/\.market-notes\.json:1:29: rule "stale-as-of": expected/);
  });
});
