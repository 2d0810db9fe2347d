import { strict as assert } from 'node:assert';
import { readFileSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { execFileSync, spawnSync } from 'node:child_process';
import { runCli } from './cliHarness';
import { builtBin, ensureBuilt } from './builtBin';

const repo = join(__dirname, '..', '..', '..');

describe('market-notes tickers', () => {
  it('finds every mention in the examples, exactly where the reviewed fixture says', async () => {
    const run = await runCli(['tickers', 'examples', '--format', 'json'], { cwd: repo });
    assert.equal(run.code, 0, run.stderr);
    const expected = JSON.parse(readFileSync(join(repo, 'test/fixtures/examples-tickers.json'), 'utf8'));
    assert.deepEqual(JSON.parse(run.stdout), expected);
  });

  it('each JSON position points at the written mention in the file', async () => {
    const run = await runCli(['tickers', 'examples', '--format', 'json'], { cwd: repo });
    for (const record of JSON.parse(run.stdout) as Array<{ file: string; line: number; column: number; symbol: string; form: string }>) {
      const line = readFileSync(join(repo, record.file), 'utf8').split('\n')[record.line - 1];
      const written = line.slice(record.column - 1);
      const symbol = record.symbol.replace('.', '\\.');
      const shape = {
        cashtag: new RegExp(`^\\$${symbol}\\b`),
        exchange: new RegExp(`^[A-Za-z][A-Za-z ]*:\\s*${symbol}\\b`),
        table: new RegExp(`^(?:\\$|[A-Za-z][A-Za-z ]*:\\s*)?${symbol}\\b`),
        company: new RegExp(`^${symbol}\\)`),
        chip: new RegExp(`^\\^?${symbol},?\\s+[-+−]?[\\d.]+%?`),
        ric: new RegExp(`^${record.symbol.replace(/\.(.)$/, (_, c: string) => c.toLowerCase())}\\.[A-Z]{1,2}\\b`),
        index: new RegExp(`^[\\^.]?${symbol}\\b`),
        bloomberg: new RegExp(`^${record.symbol.replace('.', '/')} [A-Z]{2}\\b`),
      }[record.form];
      assert.match(written, shape!, `${record.file}:${record.line}:${record.column}`);
    }
  });

  it('prints file:line:column, exchange and form as text', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mn-cli-'));
    try {
      writeFileSync(join(dir, 'note.md'), 'Apple (NASDAQ: AAPL) and $TSLA.\n');
      const run = await runCli(['tickers', 'note.md'], { cwd: dir });
      assert.equal(run.code, 0);
      assert.equal(run.stdout, 'note.md:1:8  NASDAQ:AAPL  (exchange)\nnote.md:1:26  TSLA  (cashtag)\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('JSON forms cover the news forms, and the note\'s .market-notes.json tickers settings apply', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mn-cli-'));
    try {
      writeFileSync(join(dir, 'note.md'), 'Ford Motor (F), Coca-Cola (KO.N), banks (XLF 0.42%), the Dow (^DJI) and Acme Widgets (NIS).\n');
      const forms = async () => (JSON.parse((await runCli(['tickers', 'note.md', '--format', 'json'], { cwd: dir })).stdout) as Array<{ symbol: string; exchange: string | null; form: string }>).map((r) => `${r.symbol}/${r.exchange}/${r.form}`);
      assert.deepEqual(await forms(), ['F/null/company', 'KO/NYSE/ric', 'XLF/null/chip', 'DJI/INDEX/index', 'NIS/null/company']);
      writeFileSync(join(dir, '.market-notes.json'), '{ "tickers": { "ignoreAbbreviations": ["NIS"] } }');
      assert.deepEqual(await forms(), ['F/null/company', 'KO/NYSE/ric', 'XLF/null/chip', 'DJI/INDEX/index']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('JSON forms cover the wire codes: Bloomberg, Reuters codes in running text, press-release prefixes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mn-cli-'));
    try {
      writeFileSync(join(dir, 'note.md'), 'Vodafone (VOD LN), AAPL US Equity, XOM.N and the .SPX; Etsy (NASD: ETSY), Toyota (TSE: 7203); U.S. data (GDP US).\n');
      const run = await runCli(['tickers', 'note.md', '--format', 'json'], { cwd: dir });
      const records = JSON.parse(run.stdout) as Array<{ symbol: string; exchange: string | null; form: string }>;
      assert.deepEqual(
        records.map((r) => `${r.symbol}/${r.exchange}/${r.form}`),
        ['VOD/LSE/bloomberg', 'AAPL/null/bloomberg', 'XOM/NYSE/ric', 'SPX/INDEX/index', 'ETSY/NASDAQ/exchange', '7203/TYO/exchange'],
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('exits 2 with a message on stderr for an unreadable file', async () => {
    const run = await runCli(['tickers', 'no-such-note.md'], { cwd: repo });
    assert.equal(run.code, 2);
    assert.equal(run.stdout, '');
    assert.equal(run.stderr, 'market-notes tickers: cannot read no-such-note.md: no such file or directory\n');
  });

  it('exits 2 on usage errors', async () => {
    assert.equal((await runCli(['tickers'])).code, 2);
    const badFormat = await runCli(['tickers', 'README.md', '--format', 'xml'], { cwd: repo });
    assert.equal(badFormat.code, 2);
    assert.match(badFormat.stderr, /--format must be one of text, json/);
    const unknownOption = await runCli(['tickers', '--colour'], { cwd: repo });
    assert.equal(unknownOption.code, 2);
    assert.match(unknownOption.stderr, /unknown option --colour/);
    const unknownCommand = await runCli(['frobnicate']);
    assert.equal(unknownCommand.code, 2);
    assert.match(unknownCommand.stderr, /unknown command "frobnicate"/);
  });

  it('the built bin runs as the package.json bin and sets the exit code', function () {
    const bin = join(repo, JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')).bin['market-notes']);
    const output = execFileSync(process.execPath, [bin, 'tickers', 'examples/weekly-watchlist.md', '--format', 'json'], { cwd: repo, encoding: 'utf8' });
    assert.equal(JSON.parse(output)[0].symbol, 'AAPL');
    assert.throws(() => execFileSync(process.execPath, [bin, 'tickers'], { cwd: repo, stdio: 'pipe' }), (error: { status: number }) => error.status === 2);
  });
});

describe('market-notes render on the examples', () => {
  it('renders the market-bound chart offline from the workspace snapshot history', async () => {
    const { mkdtempSync, readdirSync, readFileSync: read, rmSync: remove } = await import('node:fs');
    const out = mkdtempSync(join(tmpdir(), 'mn-render-'));
    try {
      const run = await runCli(['render', 'examples/small-caps-rotation.md', '--out', out], { cwd: repo });
      assert.equal(run.code, 0, run.stderr);
      const files = readdirSync(out).sort();
      assert.equal(files.length, 2);
      const bound = files.map((file) => read(join(out, file), 'utf8')).find((svg) => svg.includes('Indexed (start = 100)'));
      assert.ok(bound, 'the market-bound chart was rendered');
      // Two series of daily closes: many points per line, not an empty dataset.
      assert.ok((bound.match(/<path[^>]*aria-roledescription="line mark"/g) ?? []).length === 2);
    } finally {
      remove(out, { recursive: true, force: true });
    }
  });
});

describe('market-notes tickers, the built bin, into a pipe its reader closes early', function () {
  this.timeout(120_000);
  before(() => ensureBuilt());

  it('drops the rest of its output without a crash and exits with its own code', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mn-pipe-'));
    try {
      // Enough lines that the output outgrows the pipe's buffer after the reader has gone.
      writeFileSync(join(dir, 'many.md'), Array.from({ length: 20_000 }, (_, i) => `Line ${i}: Apple (NASDAQ: AAPL) and $TSLA.`).join('\n'));
      // `head -1` closes the pipe after one line; `exit ${PIPESTATUS[0]}` reports the CLI's own exit code.
      const result = spawnSync('bash', ['-c', `"${process.execPath}" "${builtBin}" tickers many.md | head -1; exit \${PIPESTATUS[0]}`], { cwd: dir, encoding: 'utf8' });
      assert.equal(result.stdout, 'many.md:1:16  NASDAQ:AAPL  (exchange)\n');
      assert.doesNotMatch(result.stderr, /EPIPE|Unhandled|Error/, result.stderr);
      assert.equal(result.status, 0, 'the exit code tickers gives when every note was read');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
