// Headless Chromium for the code-server workbench: Debian's /usr/bin/chromium driven by playwright-core (which
// downloads no browser of its own), a throw-away profile, and no background traffic from the browser itself.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--no-sandbox', // runs as root in CI containers
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/**
 * Launches the browser; returns { context, page, close() }. close() also deletes the profile folder.
 * Options: viewport (default 1400x900), executablePath (default $CHROMIUM or /usr/bin/chromium).
 */
export async function launchBrowser({ viewport = { width: 1400, height: 900 }, executablePath } = {}) {
  executablePath ??= process.env.CHROMIUM || '/usr/bin/chromium';
  if (!fs.existsSync(executablePath)) {
    throw new Error(`no Chromium at ${executablePath}: run bash test/harness/setup.sh (it installs Debian's chromium)`);
  }
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'market-notes-chromium-'));
  // Chromium's own temp, config and cache files (singleton socket, crash-report database) go inside the profile,
  // so one rm removes everything and nothing lands in $HOME.
  const tmpDir = path.join(userDataDir, 'tmp');
  fs.mkdirSync(tmpDir);
  let context;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath,
      headless: true,
      viewport,
      args: CHROMIUM_ARGS,
      env: { ...process.env, TMPDIR: tmpDir, XDG_CONFIG_HOME: tmpDir, XDG_CACHE_HOME: tmpDir },
    });
  } catch (err) {
    fs.rmSync(userDataDir, { recursive: true, force: true });
    throw err;
  }
  const page = context.pages()[0] ?? (await context.newPage());
  // Also when the test process dies without close() (Playwright takes the browser down with it).
  const removeProfile = () => fs.rmSync(userDataDir, { recursive: true, force: true });
  process.on('exit', removeProfile);
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await context.close().catch(() => {});
    removeProfile();
    process.off('exit', removeProfile);
  };
  return { context, page, close };
}
