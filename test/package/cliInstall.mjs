// The CLI as a user gets it: `npm install -g` of the packed tarball into a temporary prefix, then the installed
// `market-notes` run from a folder outside the clone (a copy of one example note and its snapshot), with a PATH that
// has no node_modules/.bin of ours and no NODE_PATH, so nothing can come from the repository.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Installs the tarball into a fresh prefix and runs the checks through `step(title, fn)`.
 * Returns nothing; failures are thrown inside steps.
 */
export async function checkCliInstall({ tarball, repo, version, step, log }) {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'market-notes-cli-install-'));
  const prefix = path.join(work, 'prefix');
  const notes = path.join(work, 'notes');
  const bin = path.join(prefix, 'bin', 'market-notes');
  // Only the system's node and npm: the repository's node_modules/.bin is not on this PATH.
  const env = { ...cleanEnvironment(), PATH: [path.join(prefix, 'bin'), path.dirname(process.execPath), '/usr/local/bin', '/usr/bin', '/bin'].join(':') };
  const cli = (args) => spawnSync(bin, args, { cwd: notes, env, encoding: 'utf8' });
  try {
    await step('npm install -g of the packed tarball into a temporary prefix', () => {
      const output = execFileSync('npm', ['install', '-g', '--prefix', prefix, '--no-audit', '--no-fund', '--prefer-offline', tarball], {
        cwd: work,
        env,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      log(output.trim());
      const installed = fs.realpathSync(bin);
      if (!installed.startsWith(fs.realpathSync(prefix))) throw new Error(`market-notes resolves to ${installed}, outside the prefix`);
      const modules = fs.readdirSync(path.join(prefix, 'lib/node_modules/market-notes/node_modules'), { recursive: false });
      log(`installed beside the CLI: ${modules.join(', ')}`);
    });

    await step('a notes folder outside the clone', () => {
      fs.mkdirSync(path.join(notes, '.market-notes'), { recursive: true });
      const note = fs.readdirSync(path.join(repo, 'examples')).find((name) => name.endsWith('.md') && /```vega-lite/.test(fs.readFileSync(path.join(repo, 'examples', name), 'utf8')));
      if (!note) throw new Error('no example note with a vega-lite block');
      fs.copyFileSync(path.join(repo, 'examples', note), path.join(notes, 'note.md'));
      fs.cpSync(path.join(repo, 'examples/.market-notes'), path.join(notes, '.market-notes'), { recursive: true });
      if (path.relative(repo, notes).split(path.sep)[0] !== '..') throw new Error(`${notes} is inside the clone`);
    });

    await step('market-notes --version prints the package version', () => {
      const run = cli(['--version']);
      expect(run.status === 0 && run.stdout.trim() === version, `exit ${run.status}, stdout ${JSON.stringify(run.stdout)}, stderr ${run.stderr}`);
    });

    await step('market-notes --help and lint --help print usage with examples, exit 0', () => {
      for (const args of [['--help'], ['lint', '--help']]) {
        const run = cli(args);
        expect(run.status === 0 && /^Usage: market-notes /.test(run.stdout) && /\nExamples:\n/.test(run.stdout), `${args.join(' ')}: exit ${run.status} ${run.stdout}${run.stderr}`);
      }
    });

    await step('market-notes lint --format json reads the note and its snapshot', () => {
      const run = cli(['lint', 'note.md', '--format', 'json']);
      expect(run.status === 0 || run.status === 1, `exit ${run.status}: ${run.stderr}`);
      const findings = JSON.parse(run.stdout);
      expect(Array.isArray(findings), `not a JSON list: ${run.stdout.slice(0, 200)}`);
      log(`lint: ${findings.length} finding(s), exit ${run.status}`);
    });

    await step('market-notes lint compiles chart blocks with the installed vega-lite', () => {
      fs.writeFileSync(path.join(notes, 'broken-chart.md'), '# Chart\n\n```vega-lite\n{"mark": "no-such-mark", "data": {"values": []}}\n```\n');
      const run = cli(['lint', 'broken-chart.md', '--format', 'json']);
      expect(run.status === 1, `exit ${run.status}: ${run.stderr}`);
      const [finding] = JSON.parse(run.stdout);
      expect(finding?.ruleId === 'invalid-chart' && /vega-lite:/.test(finding.message), `not vega-lite's refusal: ${run.stdout.slice(0, 300)}`);
    });

    await step('market-notes render --format png draws the charts with the installed resvg and DejaVu fonts', () => {
      const run = cli(['render', 'note.md', '--out', 'charts', '--format', 'png']);
      expect(run.status === 0, `exit ${run.status}: ${run.stderr}`);
      const images = fs.readdirSync(path.join(notes, 'charts')).filter((name) => name.endsWith('.png'));
      expect(images.length > 0, 'no PNG written');
      for (const image of images) {
        const bytes = fs.readFileSync(path.join(notes, 'charts', image));
        expect(bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) && bytes.length > 2000, `${image} is not a drawn PNG (${bytes.length} bytes)`);
      }
      log(`render: ${images.join(', ')}`);
    });

    await step('an unknown option is named with the closest one suggested, exit 2', () => {
      const run = cli(['render', 'note.md', '--out', 'charts', '--fromat', 'png']);
      expect(run.status === 2 && run.stderr === 'market-notes render: unknown option --fromat; did you mean --format?\n', `exit ${run.status}: ${run.stderr}`);
    });
  } finally {
    if (!process.env.MARKET_NOTES_KEEP_TEMP) fs.rmSync(work, { recursive: true, force: true });
  }
}

function expect(condition, message) {
  if (!condition) throw new Error(message);
}

/** This process's environment without what an outer npm or the repository put there (registry and cache stay). */
function cleanEnvironment() {
  const fromOuterNpm = (name) => /^(npm_|INIT_CWD$)/i.test(name) && !/^npm_config_(registry|cache)$/i.test(name);
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !fromOuterNpm(name) && name !== 'NODE_PATH'));
}
