// setup.sh installs code-server with a nested `npm install`; started from `npm test` / `npm start` it used to inherit
// the outer npm's configuration (npm_config_user_agent naming the outer Node) and code-server's postinstall refused to
// run. These tests run a real `npm run` script that sources the scrub, as setup.sh does, without installing anything.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const repo = join(__dirname, '..', '..', '..');
const scrub = join(repo, 'test/harness/npm-clean-env.sh');

/** The environment an `npm run` script sees, as NAME -> value (bash's `env -0`, so values may hold newlines). */
function environmentUnderNpmRun(project: string, script: string, extraEnv: Record<string, string> = {}): Map<string, string> {
  const out = execFileSync('npm', ['run', '--silent', script], {
    cwd: project,
    encoding: 'utf8',
    env: { ...process.env, ...extraEnv, MARKET_NOTES_SCRUB: scrub },
  });
  return new Map(
    out
      .split('\0')
      .filter((entry) => entry.includes('='))
      .map((entry) => [entry.slice(0, entry.indexOf('=')), entry.slice(entry.indexOf('=') + 1)] as [string, string]),
  );
}

describe('npm-clean-env.sh (the environment of setup.sh\'s nested installs)', function () {
  this.timeout(60_000); // two real `npm run`s on a loaded machine
  let project: string;
  let plain: Map<string, string>;
  let scrubbed: Map<string, string>;

  before(() => {
    project = mkdtempSync(join(tmpdir(), 'market-notes-npm-env-'));
    writeFileSync(
      join(project, 'package.json'),
      JSON.stringify({
        name: 'npm-env-probe',
        private: true,
        scripts: { plain: 'env -0', scrubbed: 'bash -c \'source "$MARKET_NOTES_SCRUB" && env -0\'' },
      }),
    );
    const user = { MY_OWN_SETTING: 'kept', NPM_CONFIG_USER_AGENT: 'npm/0.0.0 node/v20.0.0 set-by-hand' };
    plain = environmentUnderNpmRun(project, 'plain', user);
    scrubbed = environmentUnderNpmRun(project, 'scrubbed', user);
  });
  after(() => rmSync(project, { recursive: true, force: true }));

  it('npm run really exports its configuration to scripts (what the scrub is for)', () => {
    assert.match(plain.get('npm_config_user_agent') ?? '', /^npm\/\S+ node\/v\d+/);
    assert.ok(plain.has('npm_config_local_prefix'));
    assert.equal(plain.get('npm_lifecycle_event'), 'plain');
    assert.ok(plain.has('INIT_CWD'));
  });

  it('drops the npm_config_* the outer npm injected, whatever their case, and the lifecycle variables', () => {
    for (const name of ['npm_config_user_agent', 'npm_config_local_prefix', 'npm_config_global_prefix', 'npm_config_node_gyp', 'NPM_CONFIG_USER_AGENT']) {
      assert.ok(plain.has(name), `npm run did not set ${name}: the probe proves nothing`);
      assert.ok(!scrubbed.has(name), `${name} survived`);
    }
    for (const name of ['npm_lifecycle_event', 'npm_lifecycle_script', 'npm_package_json', 'npm_execpath', 'npm_node_execpath', 'npm_command', 'INIT_CWD']) {
      assert.ok(!scrubbed.has(name), `${name} survived`);
    }
    // What may stay says where packages come from and how to reach them: nothing about the caller.
    const reachOnly = /^npm_config_(registry|cache|userconfig|globalconfig|https?_proxy|proxy|no_?proxy|strict_ssl|cafile|ca|offline|prefer_offline|fetch_retries|fetch_timeout|.*:.*)$/i;
    assert.deepEqual([...scrubbed.keys()].filter((name) => /^npm_config_/i.test(name) && !reachOnly.test(name)), []);
  });

  it('keeps where packages come from (registry, cache) and everything that is not npm\'s', () => {
    assert.equal(scrubbed.get('npm_config_registry'), plain.get('npm_config_registry'));
    assert.equal(scrubbed.get('npm_config_cache'), plain.get('npm_config_cache'));
    assert.equal(scrubbed.get('MY_OWN_SETTING'), 'kept');
    assert.equal(scrubbed.get('PATH'), plain.get('PATH'));
  });

  it('setup.sh sources it before its first npm install', () => {
    const setup = readFileSync(join(repo, 'test/harness/setup.sh'), 'utf8');
    const sourced = setup.search(/^source "\$\(dirname "\$\{BASH_SOURCE\[0\]\}"\)\/npm-clean-env\.sh"$/m);
    const firstInstall = setup.search(/^\s*npm install /m);
    assert.ok(sourced >= 0, 'setup.sh does not source npm-clean-env.sh');
    assert.ok(sourced < firstInstall, 'setup.sh installs before it cleans the environment');
  });
});
