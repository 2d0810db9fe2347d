// What every UI test (test/e2e/*.e2e.mjs) needs: a code-server with the extension loaded unpackaged on a temp copy
// of examples/, a headless browser on its workbench, named steps that are counted, a screenshot when a step fails,
// the RESULT line for scripts/test.sh, and the few workbench gestures the tests share (Quick Open, palette, hover).
//
//   await runE2E('hover', async ({ page, folder, step }) => {
//     await step('opens the note', async () => { ... });
//   });
//
// MARKET_NOTES_E2E_VSIX=<file.vsix> tests the package instead: the VSIX is installed into the profile with
// `--install-extension` and the workbench opens with no development folder (test/package makes the VSIX).
//
// A test file runs on its own (`node test/e2e/hover.e2e.mjs`, building the extension first unless --no-build or
// MARKET_NOTES_BUILT=1) and exits 1 when a step failed. Steps after a failed one are skipped (they depend on it).
/* global document, NodeFilter -- used inside page.evaluate(), which runs in the browser */
import fs from 'node:fs';
import path from 'node:path';
import { installExtension, repoRoot, startCodeServer, workbenchUrl } from './codeServer.mjs';
import { launchBrowser } from './launchBrowser.mjs';
import { buildExtension, copyExamples, makeTempDir, removeDir, reportResult } from './util.mjs';

export const resultsDir = path.join(repoRoot, 'test-results');

export async function runE2E(name, body, { env = {}, viewport = { width: 1280, height: 800 } } = {}) {
  const vsix = process.env.MARKET_NOTES_E2E_VSIX;
  const suite = vsix ? `e2e:${name}:installed-vsix` : `e2e:${name}`;
  const startedAt = Date.now();
  const timeoutMs = Number(process.env.MARKET_NOTES_TEST_TIMEOUT_MS || 480_000);
  const log = (message) => console.log(`[${((Date.now() - startedAt) / 1000).toFixed(1)}s] ${message}`);
  let passed = 0;
  let failed = 0;
  let broken = false;
  let page;

  const step = async (title, fn) => {
    if (broken) {
      log(`- skipped: ${title}`);
      return undefined;
    }
    try {
      const value = await fn();
      passed++;
      log(`✔ ${title}`);
      return value;
    } catch (err) {
      failed++;
      broken = true;
      log(`✘ ${title}\n    ${String(err.stack ?? err).replace(/\n/g, '\n    ')}`);
      if (page) {
        const shot = path.join(resultsDir, `${name}-failure.png`);
        fs.mkdirSync(resultsDir, { recursive: true });
        await page.screenshot({ path: shot }).catch(() => {});
        log(`  screenshot of the failure: ${path.relative(repoRoot, shot)}`);
      }
      return undefined;
    }
  };

  fs.rmSync(path.join(resultsDir, `${name}-failure.png`), { force: true }); // from an earlier run
  const work = makeTempDir(`e2e-${name}`);
  let server;
  let browser;
  const guard = setTimeout(() => {
    log(`timed out after ${timeoutMs / 1000} s`);
    reportResult(suite, passed, failed + 1, startedAt);
    removeDir(work);
    process.exit(1); // the exit hooks in codeServer.mjs and launchBrowser.mjs stop the server and the browser
  }, timeoutMs);
  try {
    const skipBuild = vsix || process.argv.includes('--no-build') || process.env.MARKET_NOTES_BUILT === '1';
    if (!skipBuild) buildExtension();
    const folder = copyExamples(work);
    const stateDir = path.join(work, 'code-server');
    if (vsix) {
      await step(`${path.basename(vsix)} installs with --install-extension`, () => {
        log(`installed at ${installExtension(vsix, stateDir)}`);
      });
    }
    server = await startCodeServer({ stateDir, env });
    browser = await launchBrowser({ viewport });
    page = browser.page;
    page.on('pageerror', (err) => log(`[page error] ${err.message}`));
    await step('the workbench opens the examples folder with the extension loaded', async () => {
      // The workbench's first load is megabytes of script: on a loaded machine it takes longer than goto's 30 s default.
      await page.goto(workbenchUrl(server.url, { folder, ...(vsix ? {} : { extensionDevelopmentPath: repoRoot }) }), { timeout: 120_000 });
      await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
      await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60_000 });
    });
    await body({ page, folder, server, step, log });
  } catch (err) {
    failed++;
    log(`✘ ${err.stack ?? err}`);
  } finally {
    clearTimeout(guard);
    await browser?.close();
    await server?.stop();
    removeDir(work);
  }
  reportResult(suite, passed, failed, startedAt);
  process.exit(failed > 0 ? 1 : 0);
}

// The waits below are upper bounds for a loaded machine (2 cores shared by many jobs); each returns as soon as the
// workbench is there, so a quick machine pays nothing for them.

/**
 * Opens a workspace file through Quick Open (Ctrl+P), at a 1-based line when given, and waits for its editor. Quick
 * Open may close again right after it opens, when focus is still settling (a tab just clicked, a preview just
 * reloaded: the input goes inert, then hidden, before or after the query is typed): it is opened again until it lists
 * the file, as runCommand does for the palette.
 */
export async function openFile(page, relativePath, line, { timeout = 90_000 } = {}) {
  const deadline = Date.now() + timeout;
  const input = page.locator('.quick-input-widget input');
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: path.basename(relativePath) }).first();
  const left = (most) => Math.max(1_000, Math.min(most, deadline - Date.now()));
  for (;;) {
    await page.keyboard.press('Control+P');
    try {
      await input.waitFor({ state: 'visible', timeout: left(15_000) });
      await input.fill(line ? `${relativePath}:${line}` : relativePath, { timeout: left(5_000) });
      // Wait until Quick Open found the file before accepting, or Enter picks nothing.
      await row.waitFor({ timeout: left(30_000) });
      break;
    } catch (error) {
      if (Date.now() >= deadline) throw error;
      await page.keyboard.press('Escape');
    }
  }
  await page.keyboard.press('Enter');
  await page.locator('.tabs-container .tab.active', { hasText: path.basename(relativePath) }).waitFor({ timeout: 45_000 });
}

/**
 * Runs a command by its palette title (F1), e.g. 'Market Notes: Show Log'. The palette lists the commands whose `when`
 * clause held at the moment it opened (e.g. `editorLangId == markdown` just after a note's tab was activated, before the
 * editor's context keys caught up), so a command missing from the list is looked for again in a freshly opened palette.
 */
export async function runCommand(page, title, { timeout = 45_000 } = {}) {
  const deadline = Date.now() + timeout;
  const input = page.locator('.quick-input-widget input');
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
  for (;;) {
    await page.keyboard.press('F1');
    await input.waitFor({ state: 'visible', timeout: 30_000 });
    await input.fill(`>${title}`);
    const left = deadline - Date.now();
    try {
      await row.waitFor({ timeout: Math.max(1_000, Math.min(10_000, left)) });
      break;
    } catch (error) {
      if (Date.now() >= deadline) throw error;
      await page.keyboard.press('Escape');
      await input.waitFor({ state: 'hidden', timeout: 10_000 }).catch(() => {});
    }
  }
  await page.keyboard.press('Enter');
}

/**
 * Screen centre of `word` where it occurs inside `context` in the active editor (e.g. word 'AAPL' in '(NASDAQ: AAPL)');
 * waits up to `timeout` ms for the editor to render it.
 */
export async function wordBox(page, context, word, { timeout = 45_000 } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const box = await page.evaluate(findWordInEditor, [context, word]);
    if (box) return box;
    if (Date.now() > deadline) throw new Error(`"${context}" is not visible in an editor`);
    await page.waitForTimeout(250);
  }
}

// Runs in the browser (page.evaluate): no closures over this module. Monaco draws a line as token spans, spaces as
// U+00A0, and word wrap splits a long line into several visual lines (DOM nodes reused out of order), so: order the
// visual lines by position, join their text, match context with any whitespace at its spaces, then map the word back
// to its text node.
function findWordInEditor([context, word]) {
  const editor =
    document.querySelector('.editor-group-container.active .monaco-editor') ?? document.querySelector('.monaco-editor');
  if (!editor) return null;
  const lines = [...editor.querySelectorAll('.view-lines .view-line')]
    .map((element) => ({ element, top: element.getBoundingClientRect().top }))
    .sort((a, b) => a.top - b.top);
  let text = '';
  const segments = lines.map(({ element }) => {
    const start = text.length;
    text += element.textContent.replace(/\u00a0/g, ' ');
    return { element, start };
  });
  const pattern = context.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ +/g, '\\s*');
  const match = new RegExp(pattern).exec(text);
  if (!match) return null;
  const start = match.index + match[0].indexOf(word);
  const segment = segments.findLast((s) => s.start <= start);
  let offset = start - segment.start;
  const walker = document.createTreeWalker(segment.element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.textContent.length;
    if (offset < length) {
      const range = document.createRange();
      range.setStart(node, offset);
      range.setEnd(node, Math.min(length, offset + word.length)); // a short word is not split across tokens
      const box = range.getBoundingClientRect();
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    }
    offset -= length;
  }
  return null;
}

/**
 * Hovers the point until a hover widget whose text matches `expected` shows, and returns that text. The first
 * moves can land before the extension has activated, so it jiggles the mouse and tries again (up to ~30 s).
 */
export async function hoverUntil(page, point, expected, { attempts = 30 } = {}) {
  const hover = page.locator('.monaco-hover').filter({ hasText: expected });
  for (let i = 0; ; i++) {
    await page.mouse.move(point.x + (i % 2 ? 2 : -2), point.y);
    try {
      await hover.first().waitFor({ state: 'visible', timeout: 1000 });
      return await hover.first().innerText();
    } catch (err) {
      if (i >= attempts) {
        const shown = await page.locator('.monaco-hover').allInnerTexts().catch(() => []);
        throw new Error(`no hover matching ${expected} (hovers shown: ${JSON.stringify(shown)})`, { cause: err });
      }
      // Moving away and back makes the editor ask the providers again.
      if (i % 5 === 4) await page.mouse.move(point.x, point.y + 200);
    }
  }
}
