// Help and usage errors of the CLI: generated from each command's option table, in plain words, exit 0 or 2.
import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { lintSpec, quoteSpec, renderSpec, tickersSpec } from '../../../src/cli/commandSpecs';
import { closestWord, parseCommandArgs } from '../../../src/cli/options';
import { runCli } from './cliHarness';

const repo = join(__dirname, '..', '..', '..');
const specs = [tickersSpec, lintSpec, quoteSpec, renderSpec];
const parserJargon = /ERR_PARSE_ARGS|Unknown option '|To specify a positional argument|argument missing|TypeError/;

describe('market-notes help', () => {
  it('--help lists every command with examples, on stdout, exit 0', async () => {
    for (const flag of ['--help', '-h', 'help']) {
      const run = await runCli([flag]);
      assert.equal(run.code, 0);
      assert.equal(run.stderr, '');
      for (const spec of specs) assert.match(run.stdout, new RegExp(`^  ${spec.name} +${spec.summary.slice(0, 20).replace(/[()^$.*+?[\]|\\]/g, '\\$&')}`, 'm'));
      assert.match(run.stdout, /^Examples:\n {2}market-notes /m);
    }
  });

  it('no command at all prints the same usage on stderr, exit 2', async () => {
    const run = await runCli([]);
    assert.equal(run.code, 2);
    assert.equal(run.stderr, (await runCli(['--help'])).stdout);
  });

  for (const spec of specs) {
    it(`${spec.name} --help shows its usage, every option in its table and examples, exit 0`, async () => {
      for (const argv of [[spec.name, '--help'], [spec.name, '-h'], ['help', spec.name], [spec.name, 'some-note.md', '--format', 'json', '--help']]) {
        const run = await runCli(argv);
        assert.equal(run.code, 0, argv.join(' '));
        assert.equal(run.stderr, '');
        assert.ok(run.stdout.startsWith(`Usage: market-notes ${spec.name} ${spec.arguments} [options]\n`), run.stdout);
        for (const [name, option] of Object.entries(spec.options)) assert.match(run.stdout, new RegExp(`--${name}${option.value ? ` ${option.value.replace(/[|]/g, '\\|')}` : ''} +${option.description.slice(0, 12)}`));
        assert.match(run.stdout, /\nExamples:\n {2}market-notes /);
      }
    });

    it(`${spec.name}: each example in its help uses only options its table knows`, () => {
      for (const example of spec.examples) {
        const words = example.split(' ').slice(2).filter((word) => word !== '>' && !word.endsWith('.sarif'));
        assert.doesNotThrow(() => parseCommandArgs(spec, words), example);
      }
    });
  }
});

describe('market-notes usage errors', () => {
  it('an unknown option names what it did not understand and suggests the closest, exit 2', async () => {
    const run = await runCli(['render', 'examples/weekly-watchlist.md', '--out', 'x', '--fromat', 'png'], { cwd: repo });
    assert.equal(run.code, 2);
    assert.equal(run.stdout, '');
    assert.equal(run.stderr, 'market-notes render: unknown option --fromat; did you mean --format?\n');
    const lint = await runCli(['lint', 'examples', '--todya', '2026-11-21'], { cwd: repo });
    assert.equal(lint.stderr, 'market-notes lint: unknown option --todya; did you mean --today?\n');
  });

  it('with nothing close, it lists the options the command has', async () => {
    const run = await runCli(['tickers', 'examples', '--colour'], { cwd: repo });
    assert.equal(run.code, 2);
    assert.equal(run.stderr, 'market-notes tickers: unknown option --colour (options: --format, --help)\n');
  });

  it('a missing value, a value on a switch, an unknown command: plain words, the command named once, exit 2', async () => {
    const cases: Array<[string[], string]> = [
      [['render', 'note.md', '--out'], 'market-notes render: --out needs a value: --out DIR\n'],
      [['render', 'note.md', '--out', '--format', 'png'], 'market-notes render: --out needs a value: --out DIR\n'],
      [['render'], 'market-notes render: name exactly one note file\n'],
      [['tickers'], 'market-notes tickers: name at least one note file or folder\n'],
      [['lint'], 'market-notes lint: name at least one note file or folder\n'],
      [['quote'], 'market-notes quote: name at least one symbol, e.g. AAPL NYSEARCA:IWM TSX:SHOP\n'],
      [['rendr', 'note.md'], 'market-notes: unknown command "rendr"; did you mean render? (market-notes --help shows them all)\n'],
      [['frobnicate'], 'market-notes: unknown command "frobnicate"; commands: tickers, lint, quote, render (market-notes --help shows them all)\n'],
    ];
    for (const [argv, expected] of cases) {
      const run = await runCli(argv, { cwd: repo });
      assert.equal(run.code, 2, argv.join(' '));
      assert.equal(run.stderr, expected);
      assert.doesNotMatch(run.stderr, parserJargon);
    }
  });

  it('an option after -- is a file name, not an option', () => {
    const { positionals } = parseCommandArgs(tickersSpec, ['--', '--fromat']);
    assert.deepEqual(positionals, ['--fromat']);
  });

  it('a boolean switch given a value is refused', () => {
    const spec = { name: 'x', arguments: '', summary: '', options: { strict: { type: 'boolean', description: 'd' } }, examples: [] } as const;
    assert.throws(() => parseCommandArgs(spec, ['--strict=yes']), /--strict takes no value \(got "yes"\)/);
    assert.equal(parseCommandArgs(spec, ['--strict']).values.strict, true);
  });
});

describe('closestWord', () => {
  it('forgives a swap, a slip, a missing or extra letter; not a different word', () => {
    const options = ['--format', '--today', '--quotes', '--provider', '--config', '--help'];
    assert.equal(closestWord('--fromat', options), '--format');
    assert.equal(closestWord('--fomat', options), '--format');
    assert.equal(closestWord('--providr', options), '--provider');
    assert.equal(closestWord('--quote', options), '--quotes');
    assert.equal(closestWord('--colour', options), undefined);
    assert.equal(closestWord('--out', options), undefined);
  });
});
