// `market-notes lint` through the built bin (dist/cli.mjs and its bundled lint worker), as CI runs it: --fix, the
// workspace's aliases, and honest runs — offline, rate-limited, a snapshot that lacks a symbol, no notes matched,
// --require-quotes and --max-warnings — judged by exit code, stdout and stderr.
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Log } from 'sarif';
import { ensureBuilt, runBuiltCli } from '../cli/builtBin';
import { startYahooServer, type LocalServer } from '../quotes/servers';

const today = ['--today', '2026-11-21'];
const snapshot = 'symbol,price,previousClose,currency,asOf,exchange\nAAPL,272.41,269.80,USD,2026-11-20T16:00:00-05:00,Nasdaq\nTSLA,412.80,425.16,USD,2026-11-20T16:00:00-05:00,Nasdaq\n';

/** A port on 127.0.0.1 that nothing listens on: taken, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('market-notes lint, the built bin', function () {
  this.timeout(180_000);
  let dir: string;
  before(() => ensureBuilt());
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'mn-lint-bin-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const write = (file: string, text: string | Buffer) => {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), text);
  };
  const read = (file: string) => readFileSync(join(dir, file), 'utf8');
  const run = (args: string[], env?: Record<string, string>) => runBuiltCli(['lint', ...args, ...today], { cwd: dir, ...(env ? { env } : {}) });

  describe('--fix', () => {
    const note =
      '# Week 47\n\nAs of November 2, 2026, $AAPL closed at $256.44.\n\n' +
      'As of October 1, 2026, $TSLA traded near $431.46 while the Russell 2000 is up nearly 14% YTD.\n\n' +
      'As of March 3, 2026, the rally has further to run.\n';

    it('applies the safe fixes in place, prints each change, reports what is left, and a second run changes nothing', async () => {
      write('.market-notes/quotes.csv', snapshot);
      write('notes/week.md', note);
      const fixed = await run(['notes', '--fix', '--format', 'json']);
      assert.equal(fixed.code, 0, fixed.stderr);
      const afterFix = read('notes/week.md');
      assert.equal(
        afterFix,
        note.replace('November 2, 2026, $AAPL closed at $256.44', 'November 20, 2026, $AAPL closed at $272.41').replace('$431.46', '$412.80 (as of November 20, 2026)'),
      );
      const printed = fixed.stderr.split('\n').filter((line) => line.startsWith('fixed '));
      assert.deepEqual(printed, [
        'fixed notes/week.md:3:7 price-drift: "November 2, 2026" → "November 20, 2026"',
        'fixed notes/week.md:3:42 price-drift: "256.44" → "272.41"',
        'fixed notes/week.md:5:43 price-drift: "431.46" → "412.80 (as of November 20, 2026)"',
      ]);
      assert.match(fixed.stderr, /^--fix: applied 3 fixes in 1 note$/m);
      // What is left needs the writer: two stale stamps that date text lint cannot check, and the YTD figure still
      // dated by October 1 (the local stamp the fix wrote dates TSLA's price only).
      assert.deepEqual(
        JSON.parse(fixed.stdout).map((record: { ruleId: string; line: number }) => `${record.ruleId}@${record.line}`),
        ['stale-as-of@5', 'relative-time@5', 'stale-as-of@7'],
      );
      const again = await run(['notes', '--fix']);
      assert.equal(again.code, 0, again.stderr);
      assert.match(again.stderr, /^--fix: no safe fixes to apply$/m);
      assert.doesNotMatch(again.stderr, /^fixed /m);
      assert.equal(read('notes/week.md'), afterFix);
    });

    it('never writes a note that is not UTF-8 text, and leaves no temporary file behind', async () => {
      write('.market-notes/quotes.csv', snapshot);
      const latin1 = Buffer.concat([Buffer.from('As of November 2, 2026, $AAPL closed at $256.44 \u2014 caf'), Buffer.from([0xe9]), Buffer.from('.\n')]);
      write('latin1.md', latin1);
      const result = await run(['latin1.md', '--fix']);
      assert.match(result.stderr, /^not fixed: latin1\.md: not UTF-8 text; left as it is$/m);
      assert.match(result.stderr, /^--fix: no safe fixes to apply; 1 note left as they were$/m);
      assert.deepEqual(readFileSync(join(dir, 'latin1.md')), latin1);
      assert.deepEqual(readdirSync(dir).filter((name) => name.endsWith('.tmp')), []);
    });

    it('writes a note back in the encoding it was read in: UTF-16 with its mark, UTF-8 with its mark', async () => {
      write('.market-notes/quotes.csv', snapshot);
      const stale = 'As of November 2, 2026, $AAPL closed at $256.44.\n';
      const current = 'As of November 20, 2026, $AAPL closed at $272.41.\n';
      // Windows PowerShell's `>` writes UTF-16, little-endian, with a mark; big-endian is rarer but as valid.
      const utf16le = (text: string) => Buffer.from(`\uFEFF${text}`, 'utf16le');
      write('le.md', utf16le(stale));
      write('be.md', utf16le(stale).swap16());
      write('bom.md', Buffer.from(`\uFEFF${stale}`));
      const result = await run(['le.md', 'be.md', 'bom.md', '--fix']);
      assert.equal(result.code, 0, result.stderr);
      assert.match(result.stderr, /^fixed le\.md:1:42 price-drift: "256\.44" → "272\.41"$/m);
      assert.match(result.stderr, /^--fix: applied 6 fixes in 3 notes$/m);
      assert.deepEqual(readFileSync(join(dir, 'le.md')), utf16le(current));
      assert.deepEqual(readFileSync(join(dir, 'be.md')), utf16le(current).swap16());
      assert.deepEqual(readFileSync(join(dir, 'bom.md')), Buffer.from(`\uFEFF${current}`));
    });
  });

  it('reads "aliases" from .market-notes.json for the workspace index: a conflict only an alias reveals is reported on both sides', async () => {
    write('.market-notes.json', '{ "aliases": { "Russell 2000": ["the small-business barometer"] } }');
    // a.md is linted first: it sees b.md's claim only if the index read b.md with b.md's aliases.
    write('a.md', 'As of November 20, 2026, the Russell 2000 is up about 8% year to date.\n');
    write('b.md', 'As of November 20, 2026, the small-business barometer is up nearly 14% year to date.\n');
    const result = await run(['a.md', 'b.md', '--format', 'json']);
    const conflicts = JSON.parse(result.stdout).filter((record: { ruleId: string }) => record.ruleId === 'conflicting-figures');
    assert.deepEqual(
      conflicts.map((record: { file: string }) => record.file),
      ['a.md', 'b.md'],
    );
    write('.market-notes.json', '{}');
    const without = await run(['a.md', 'b.md', '--format', 'json']);
    assert.deepEqual(JSON.parse(without.stdout), [], 'without the alias the two claims are about different subjects');
  });

  it('reports the chart vega-lite refuses to compile (its compiler loads on the first chart) and passes the good one', async () => {
    const good = '{"mark": "bar", "data": {"values": [{"a": 1}]}, "encoding": {"x": {"field": "a", "type": "quantitative"}}}';
    write('charts.md', `# Charts\n\n\`\`\`vega-lite\n${good}\n\`\`\`\n\n\`\`\`vega-lite\n{"mark": "no-such-mark", "data": {"values": []}}\n\`\`\`\n`);
    const result = await run(['charts.md', '--format', 'json']);
    assert.equal(result.code, 1, result.stderr);
    const findings = JSON.parse(result.stdout) as Array<{ ruleId: string; line: number; message: string }>;
    assert.deepEqual(findings.map((finding) => [finding.ruleId, finding.line]), [['invalid-chart', 7]]);
    assert.match(findings[0].message, /vega-lite:/);
  });

  describe('honest runs', () => {
    const stated = 'As of November 20, 2026, Apple (NASDAQ: AAPL) closed at $256.44.\n';

    it('offline (a closed port on 127.0.0.1): says quote checks were skipped on stderr and in SARIF, exit 0; --require-quotes exits 2', async () => {
      write('note.md', stated);
      const env = { MARKET_NOTES_YAHOO_BASE_URL: `http://127.0.0.1:${await closedPort()}` };
      const sarif = await run(['note.md', '--provider', 'yahoo', '--format', 'sarif'], env);
      assert.equal(sarif.code, 0, sarif.stderr);
      assert.match(sarif.stderr, /^quote checks skipped for 1 symbol: Yahoo unreachable \(ECONNREFUSED\)$/m);
      const log = JSON.parse(sarif.stdout) as Log;
      assert.deepEqual(log.runs[0].results, []);
      assert.deepEqual(
        log.runs[0].invocations?.[0].toolExecutionNotifications?.map((notification) => [notification.level, notification.message.text]),
        [['warning', 'quote checks skipped for 1 symbol: Yahoo unreachable (ECONNREFUSED)']],
      );
      const required = await run(['note.md', '--provider', 'yahoo', '--require-quotes'], env);
      assert.equal(required.code, 2);
      assert.match(required.stderr, /--require-quotes: failing because quote checks were skipped/);
    });

    it('rate-limited (a local Yahoo answering 429): skipped, said so, and --require-quotes exits 2', async () => {
      write('note.md', stated);
      const server: LocalServer = await startYahooServer({ faults: { AAPL: 'rate-limit' } });
      try {
        const env = { MARKET_NOTES_YAHOO_BASE_URL: server.baseUrl };
        const result = await run(['note.md', '--provider', 'yahoo', '--format', 'json'], env);
        assert.equal(result.code, 0, result.stderr);
        assert.deepEqual(JSON.parse(result.stdout), []);
        assert.match(result.stderr, /^quote checks skipped for 1 symbol: Yahoo .*rate/im);
        assert.ok(server.requests.length > 0, 'the CLI asked the local server');
        assert.equal((await run(['note.md', '--provider', 'yahoo', '--require-quotes'], env)).code, 2);
      } finally {
        await server.close();
      }
    });

    it('a snapshot that lacks a symbol: "not in the snapshot" on stderr, never an unknown-symbol finding', async () => {
      write('.market-notes/quotes.csv', snapshot);
      write('note.md', 'As of November 20, 2026, $AAPL closed at $272.41 and $ZZZZ at $10.00.\n');
      const result = await run(['note.md', '--format', 'json']);
      assert.equal(result.code, 0, result.stderr);
      assert.deepEqual(JSON.parse(result.stdout), []);
      assert.match(result.stderr, /^quote checks skipped for 1 symbol: not in the snapshot: ZZZZ$/m);
      assert.equal((await run(['note.md', '--require-quotes'])).code, 2);
    });

    it('no notes matched: a folder without Markdown, or a named note the config ignores, exits 2 with a clear message', async () => {
      write('empty/readme.txt', 'not a note');
      const empty = await run(['empty']);
      assert.equal(empty.code, 2);
      assert.match(empty.stderr, /no notes to lint: empty holds no Markdown files/);
      write('ws/.market-notes.json', '{ "ignore": ["drafts/**"] }');
      write('ws/drafts/d.md', stated);
      const ignored = await run(['ws/drafts/d.md']);
      assert.equal(ignored.code, 2);
      assert.match(ignored.stderr, /no notes to lint: every note under ws\/drafts\/d\.md is excluded by the "ignore" globs/);
      assert.equal(ignored.stdout, '');
    });

    it('--max-warnings N: exit 1 past N warnings, 0 at N', async () => {
      write('a.md', 'As of January 26, 2026, small caps led.\n');
      write('b.md', 'As of February 2, 2026, large caps led.\n');
      const over = await run(['.', '--max-warnings', '1']);
      assert.equal(over.code, 1);
      assert.match(over.stderr, /^2 warnings: more than --max-warnings 1$/m);
      assert.equal((await run(['.', '--max-warnings', '2'])).code, 0);
      const bad = await run(['.', '--max-warnings', 'many']);
      assert.equal(bad.code, 2);
      assert.match(bad.stderr, /--max-warnings must be a whole number/);
    });
  });
});
