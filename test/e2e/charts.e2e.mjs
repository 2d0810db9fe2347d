// The chart panel as a user gets it: open a note with two vega-lite blocks in the real VS Code UI, run "Market Notes:
// Open Charts to the Side", and read the panel's webview; then edit one block (line -> bar) and break it (a stray
// comma) through the editor's Replace widget, and watch the panel and the Problems view follow. The note is never
// saved (the workspace is a temp copy anyway). Saves a screenshot of the two charts (test-results/charts.png; the
// README's docs/images/charts.png with MARKET_NOTES_UPDATE_DOCS_IMAGES=1) and one of the error card with the Problems
// view (test-results/charts-error.png). Then exports the market chart as SVG (Open/Reveal offered, Open shows it) and
// switches to a note without charts (the panel says so, and its Insert Chart… button starts Insert Chart).
//
// usage: node test/e2e/charts.e2e.mjs [--no-build]
/* global document -- used inside frame.evaluate(), which runs in the webview */
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../harness/codeServer.mjs';
import { openFile, resultsDir, runCommand, runE2E } from '../harness/e2e.mjs';

const NOTE = 'small-caps-rotation.md';
const LINE_MARK = '"mark": {"type": "line", "point": true},';
const BAR_MARK = '"mark": "bar",';
const BROKEN_MARK = '"mark": "bar",,';

await runE2E('charts', async ({ page, folder, step, log }) => {
  const text = fs.readFileSync(path.join(folder, NOTE), 'utf8');
  const fences = text
    .split('\n')
    .flatMap((line, i) => (line.trim() === '```vega-lite' ? [i + 1] : []));
  if (fences.length !== 2) throw new Error(`${NOTE} should have 2 vega-lite blocks, has ${fences.length}`);
  if (!text.includes(LINE_MARK)) throw new Error(`${NOTE} no longer has ${LINE_MARK}`);
  const [lineChartLine, marketChartLine] = fences;
  log(`${NOTE}: vega-lite blocks at lines ${fences.join(', ')}`);

  let problemsBefore;
  await step(`${NOTE} opens and "Open Charts to the Side" shows one rendered chart per block`, async () => {
    await openFile(page, NOTE, lineChartLine);
    await page.locator('.monaco-editor .view-lines').first().waitFor({ timeout: 15_000 });
    problemsBefore = await statusProblems(page);
    log(`status bar problems before: ${JSON.stringify(problemsBefore)}`);
    // The extension may still be activating: the command is in the palette only once it is contributed, and the
    // panel shows up only once it ran; try again if no panel appears.
    await retry(async () => {
      await runCommand(page, 'Market Notes: Open Charts to the Side');
      await page.locator('.tabs-container .tab', { hasText: `Charts: ${NOTE}` }).waitFor({ timeout: 15_000 });
    }, 3);
    const cards = await pollCharts(
      page,
      (cs) => cs.length === 2 && cs.every((c) => c.kind === 'chart' && c.svgs === 1 && c.marks.length > 0),
      'two rendered charts',
      60_000,
    );
    log(`cards: ${JSON.stringify(cards)}`);
    expectCard(cards[0], { line: lineChartLine, kind: 'chart' });
    expectCard(cards[1], { line: marketChartLine, kind: 'chart' });
    if (!cards[0].marks.includes('mark-line')) throw new Error(`the first chart has no line mark: ${cards[0].marks}`);
    if (!cards[1].marks.includes('mark-line')) throw new Error(`the market chart has no line mark: ${cards[1].marks}`);
    if (cards[1].notes) throw new Error(`the market chart reports problems: ${cards[1].notes}`);
  });

  // Every run saves test-results/charts.png; the README's copy is refreshed on purpose (MARKET_NOTES_UPDATE_DOCS_IMAGES=1).
  await step('a screenshot of the panel is saved (test-results/charts.png)', async () => {
    fs.mkdirSync(resultsDir, { recursive: true });
    const shot = path.join(resultsDir, 'charts.png');
    await page.mouse.move(0, 0); // no hover outline on a card
    await page.screenshot({ path: shot });
    if (fs.statSync(shot).size < 10_000) throw new Error(`the screenshot ${shot} is suspiciously small`);
    if (process.env.MARKET_NOTES_UPDATE_DOCS_IMAGES === '1') {
      const docsShot = path.join(repoRoot, 'docs/images/charts.png');
      fs.mkdirSync(path.dirname(docsShot), { recursive: true });
      fs.copyFileSync(shot, docsShot);
    }
  });

  await step(`editing the block at line ${lineChartLine} (line -> bar) redraws that chart only`, async () => {
    await tagSvgs(page); // the market chart's <svg> must survive: an unchanged block is not rendered again
    const started = Date.now();
    await replaceInEditor(page, LINE_MARK, BAR_MARK);
    const cards = await pollCharts(
      page,
      (cs) => cs.length === 2 && cs[0].kind === 'chart' && cs[0].svgs === 1 && cs[0].marks.includes('mark-rect'),
      'the first chart drawn with bars',
      15_000,
    );
    log(`redrawn in ${Date.now() - started} ms: ${JSON.stringify(cards)}`);
    expectCard(cards[0], { line: lineChartLine, kind: 'chart' });
    if (cards[0].marks.includes('mark-line')) throw new Error(`the first chart still has a line mark: ${cards[0].marks}`);
    if (cards[0].tagged) throw new Error('the first chart kept its old <svg>');
    expectCard(cards[1], { line: marketChartLine, kind: 'chart' });
    if (!cards[1].tagged) throw new Error('the market chart was rendered again although its block did not change');
  });

  await step(`a stray comma in the block at line ${lineChartLine} turns its card into an error card`, async () => {
    await replaceInEditor(page, BAR_MARK, BROKEN_MARK);
    const cards = await pollCharts(
      page,
      (cs) => cs.length === 2 && cs[0].kind === 'error',
      'an error card for the first block',
      15_000,
    );
    log(`cards: ${JSON.stringify(cards)}`);
    expectCard(cards[0], { line: lineChartLine, kind: 'error' });
    // While the block is broken the card keeps its last good render beside the error (issue 14), so typing through
    // a half-written edit does not blank the chart.
    if (cards[0].svgs !== 1) throw new Error(`the error card shows ${cards[0].svgs} charts, expected the last good one`);
    // "Line <n>, column <m>: <JSON error>" where n is the line of the stray comma in the note.
    const brokenLine = text.split('\n').findIndex((l) => l.includes(LINE_MARK)) + 1;
    if (!new RegExp(`^Line ${brokenLine}, column \\d+: .+`).test(cards[0].message)) {
      throw new Error(`the error card does not point at line ${brokenLine}: ${JSON.stringify(cards[0].message)}`);
    }
    expectCard(cards[1], { line: marketChartLine, kind: 'chart' });
    if (!cards[1].tagged) throw new Error('the market chart was rendered again although its block did not change');
  });

  await step('the broken block is reported as an error in the status bar and the Problems view', async () => {
    const errorsBefore = problemsBefore?.errors ?? 0;
    const after = await poll(
      () => statusProblems(page),
      (p) => p && p.errors > errorsBefore,
      `the status bar error count to rise above ${errorsBefore}`,
      15_000,
    );
    log(`status bar problems after: ${JSON.stringify(after)}`);
    await runCommand(page, 'View: Focus Problems (Errors, Warnings, Infos)');
    const row = page.locator('.markers-panel .monaco-list-row', { hasText: 'Market Notes' }).first();
    await row.waitFor({ timeout: 15_000 });
    const rows = await page.locator('.markers-panel .monaco-list-row').allInnerTexts();
    log(`Problems view: ${JSON.stringify(rows)}`);
    const marker = rows.find((r) => r.includes('Market Notes') && r.includes('invalid-chart'));
    if (!marker) throw new Error(`no Market Notes invalid-chart problem in ${JSON.stringify(rows)}`);
    // The Problems view names the spot as [Ln n, Col m]; it must be the stray comma's line.
    const brokenLine = text.split('\n').findIndex((l) => l.includes(LINE_MARK)) + 1;
    if (!marker.includes(`Ln ${brokenLine},`)) throw new Error(`the problem is not at line ${brokenLine}: ${marker}`);
    await page.screenshot({ path: path.join(resultsDir, 'charts-error.png') });
  });

  await step(`exporting the market chart (line ${marketChartLine}) as SVG writes the file and offers Open and Reveal; Open shows it`, async () => {
    const exported = path.join(folder, `${path.basename(NOTE, '.md')}-${marketChartLine}.svg`);
    const button = await inPanel(page, (frame) => frame.locator(`.chart-card[data-line="${marketChartLine}"] vscode-button[title="Export as SVG"]`));
    await button.click();
    // The save dialog proposes <note>-<line>.svg next to the note (code-server's own dialog is a quick input).
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: 30_000 });
    // The dialog fills its box in steps (the folder, then the name): wait for the name.
    const proposed = await poll(() => input.inputValue(), (value) => value.endsWith(path.basename(exported)), `the save dialog to propose ${path.basename(exported)}`, 15_000);
    log(`save dialog proposes ${JSON.stringify(proposed)}`);
    await page.keyboard.press('Enter');
    // The notification may arrive as a toast or straight into the centre (a webview holding focus keeps toasts
    // back): read it in the Notifications centre, where it is either way.
    await page.waitForTimeout(1000);
    await runCommand(page, 'Notifications: Show Notifications');
    const toast = page.locator('.notifications-center .notification-list-item', { hasText: 'Chart exported to' }).first();
    await toast.waitFor({ timeout: 30_000 });
    const buttons = await toast.locator('.monaco-button').allInnerTexts();
    log(`notification buttons: ${JSON.stringify(buttons)}`);
    if (!buttons.includes('Open') || !buttons.includes('Reveal')) throw new Error(`the notification offers ${JSON.stringify(buttons)}`);
    const svg = fs.readFileSync(exported, 'utf8');
    if (!svg.startsWith('<svg') || !/font-family="[^"]*,[^"]*"/.test(svg)) throw new Error(`the export is not an SVG naming a font stack: ${svg.slice(0, 200)}`);
    await toast.locator('.monaco-button', { hasText: 'Open' }).click();
    await page.locator('.tabs-container .tab.active', { hasText: path.basename(exported) }).waitFor({ timeout: 30_000 });
    // Close it again: it opened in the panel's group, in front of the panel the next step reads. With the mouse (a
    // middle click closes a tab), not a key: the image preview is a webview, and once it had the focus, so Ctrl+W
    // and the command palette's key never reached the workbench.
    const tab = page.locator('.tabs-container .tab', { hasText: path.basename(exported) });
    await tab.click({ button: 'middle' });
    await tab.waitFor({ state: 'detached', timeout: 30_000 });
  });

  await step('a note without vega-lite blocks empties the panel, which says so and offers Insert Chart…', async () => {
    // The note opens where the writer edits, beside the panel, not in the panel's group: focus the note's tab first
    // (a focused webview keeps keys such as Ctrl+P to itself).
    await page.locator('.editor-group-container').first().locator('.tab', { hasText: NOTE }).click();
    await openFile(page, 'weekly-watchlist.md');
    const button = await inPanel(page, (frame) => frame.locator('.empty-panel:not([hidden]) vscode-button', { hasText: 'Insert Chart…' }));
    const said = await button.locator('xpath=..').innerText();
    if (!said.includes('No vega-lite blocks in this note.')) throw new Error(`the empty panel says ${JSON.stringify(said)}`);
    await button.click();
    const title = page.locator('.quick-input-widget .quick-input-title', { hasText: 'Insert Chart' });
    await title.waitFor({ timeout: 30_000 });
    await page.keyboard.press('Escape');
  });
});

function expectCard(card, { line, kind }) {
  if (!card) throw new Error(`no card for line ${line}`);
  if (card.line !== String(line) || card.title !== `Line ${line}`) {
    throw new Error(`expected a card titled "Line ${line}", got ${JSON.stringify(card)}`);
  }
  if (card.kind !== kind) throw new Error(`the card at line ${line} is a ${card.kind} card, expected ${kind}`);
}

/**
 * The chart cards of the panel, read from whichever webview frame has them (a webview's page lives two iframes
 * deep; other webviews may exist, and a page reloaded after being hidden is a new frame): [] when none yet.
 */
async function readCharts(page) {
  for (const frame of page.frames()) {
    const cards = await frame.evaluate(readCardsInPage).catch(() => null);
    if (cards) return cards;
  }
  return [];
}

// Runs in the webview page: null when this frame is not the chart panel.
function readCardsInPage() {
  const root = document.querySelector('.charts');
  if (!root || !document.querySelector('.toolbar')) return null;
  return [...root.querySelectorAll(':scope > .chart-card')].map((card) => {
    const svgs = card.querySelectorAll('.chart-card__body svg');
    return {
      line: card.dataset.line,
      title: card.querySelector('.chart-card__title')?.textContent ?? '',
      kind: card.classList.contains('chart-card--error') ? 'error' : card.classList.contains('chart-card--chart') ? 'chart' : card.className,
      svgs: svgs.length,
      // Vega's SVG renderer draws each mark as <g class="mark-<type> role-mark ...">: mark-line, mark-rect (bars), ...
      marks: [...new Set([...card.querySelectorAll('.chart-card__body svg g.role-mark')].map((g) => [...g.classList].find((c) => c.startsWith('mark-'))))],
      roles: [...new Set([...card.querySelectorAll('.chart-card__body svg [aria-roledescription]')].map((g) => g.getAttribute('aria-roledescription')))],
      tagged: svgs.length > 0 && svgs[0].dataset.e2e === 'seen',
      message: card.querySelector('.chart-card__message')?.textContent ?? '',
      notes: card.querySelector('.chart-card__problems:not([hidden])')?.textContent ?? '',
    };
  });
}

/** Marks every chart <svg> now in the panel, so a later read tells a redrawn chart (no mark) from a kept one. */
async function tagSvgs(page) {
  for (const frame of page.frames()) {
    const tagged = await frame
      .evaluate(() => {
        const svgs = document.querySelectorAll('.charts .chart-card__body svg');
        for (const svg of svgs) svg.dataset.e2e = 'seen';
        return svgs.length;
      })
      .catch(() => 0);
    if (tagged > 0) return;
  }
  throw new Error('no chart <svg> to tag');
}

/** The first element `find(frame)` matches in any frame (the panel's page lives two iframes deep), waiting up to 60 s. */
async function inPanel(page, find) {
  return poll(
    async () => {
      for (const frame of page.frames()) {
        const located = find(frame).first();
        if (await located.isVisible().catch(() => false)) return located;
      }
      return undefined;
    },
    (found) => found !== undefined,
    'an element of the chart panel',
    60_000,
  );
}

async function pollCharts(page, done, what, timeout) {
  return poll(() => readCharts(page), done, what, timeout);
}

/** Calls read() every 250 ms until done(value); throws with the last value after timeout ms. */
async function poll(read, done, what, timeout) {
  const deadline = Date.now() + timeout;
  let value;
  for (;;) {
    value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout / 1000} s waiting for ${what}; last: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function retry(fn, attempts) {
  for (let i = 1; ; i++) {
    try {
      return await fn();
    } catch (err) {
      if (i >= attempts) throw err;
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }
}

/** { errors, warnings } from the status bar's problems item (its aria-label, e.g. "Errors: 1, Warnings: 0"). */
async function statusProblems(page) {
  const item = page.locator('[id="status.problems"]');
  const label = (await item.getAttribute('aria-label', { timeout: 5_000 }).catch(() => null)) ?? (await item.innerText().catch(() => ''));
  if (/no problems/i.test(label)) return { errors: 0, warnings: 0, label };
  const errors = /(\d+)\s*errors?/i.exec(label) ?? /errors?:?\s*(\d+)/i.exec(label);
  const warnings = /(\d+)\s*warnings?/i.exec(label) ?? /warnings?:?\s*(\d+)/i.exec(label);
  if (!errors) return null;
  return { errors: Number(errors[1]), warnings: warnings ? Number(warnings[1]) : 0, label };
}

/**
 * Replaces `find` with `replacement` in the active editor through its Find/Replace widget (Ctrl+H, Replace All):
 * typing JSON into the editor would meet auto-closed quotes and brackets. Waits until the editor shows the result.
 */
async function replaceInEditor(page, find, replacement) {
  const editor = page.locator('.editor-group-container').first().locator('.monaco-editor').first(); // the note's group
  // Clicking the note's tab focuses its editor without moving the cursor or scrolling.
  await page.locator('.editor-group-container').first().locator('.tab', { hasText: NOTE }).click();
  await editor.locator('textarea.inputarea, .native-edit-context').first().waitFor({ state: 'attached', timeout: 5_000 });
  await page.keyboard.press('Control+H');
  const widget = editor.locator('.find-widget.visible');
  await widget.waitFor({ timeout: 10_000 });
  const findInput = widget.locator('.find-part .monaco-findInput textarea, .find-part .monaco-findInput input').first();
  const replaceInput = widget.locator('.replace-part .monaco-findInput textarea, .replace-part .monaco-findInput input').first();
  await findInput.fill(find);
  await poll(
    () => widget.locator('.matchesCount').innerText().catch(() => ''),
    (count) => /^1 of 1$/.test(count.trim()),
    `exactly one match of ${find}`,
    10_000,
  );
  await replaceInput.fill(replacement);
  await widget.locator('[aria-label^="Replace All"]').click();
  // The replacement is not in the note before (checked by the callers' sequence): finding it proves the edit.
  await findInput.fill(replacement);
  await poll(
    () => widget.locator('.matchesCount').innerText().catch(() => ''),
    (count) => /^1 of 1$/.test(count.trim()),
    `the editor to hold ${replacement}`,
    10_000,
  );
  await page.keyboard.press('Escape');
  await widget.waitFor({ state: 'hidden', timeout: 10_000 });
}
