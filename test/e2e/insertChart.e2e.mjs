// "Market Notes: Insert Chart…" quick picks as a writer steps through them in the real VS Code: every step has a
// placeholder, steps after the first have a Back button that returns with the earlier choice kept, the count is
// the chosen kind's own (year-to-date: 2/3 then 3/3), and a ratio line given three tickers says so in the title
// and refuses Enter without unchecking any. Dismissing inserts nothing.
//
// usage: node test/e2e/insertChart.e2e.mjs [--no-build]
import fs from 'node:fs';
import path from 'node:path';
import { openFile, runCommand, runE2E } from '../harness/e2e.mjs';

const NOTE = 'small-caps-rotation.md';

await runE2E('insertChart', async ({ page, folder, step, log }) => {
  const widget = page.locator('.quick-input-widget');
  const title = () => widget.locator('.quick-input-title').innerText();
  const placeholder = () => widget.locator('.quick-input-box input').getAttribute('placeholder');
  const back = widget.locator('.quick-input-titlebar [aria-label="Back"], .quick-input-titlebar .codicon-quick-input-back');
  const waitTitle = async (pattern) => {
    const deadline = Date.now() + 20_000;
    for (;;) {
      const text = await title().catch(() => '');
      if (pattern.test(text)) return text;
      if (Date.now() > deadline) throw new Error(`the quick pick title never matched ${pattern}; last: ${JSON.stringify(text)}`);
      await page.waitForTimeout(200);
    }
  };
  const checked = () => widget.locator('.quick-input-list .monaco-list-row[aria-checked="true"], .quick-input-list .monaco-list-row:has(input[type=checkbox]:checked)').count();
  const before = fs.readFileSync(path.join(folder, NOTE), 'utf8');

  await step('the first step asks for the kind, with a placeholder and no Back button', async () => {
    await openFile(page, NOTE, 12);
    await page.locator('.monaco-editor .view-lines').first().waitFor({ timeout: 60_000 });
    for (let attempt = 1; ; attempt++) {
      try {
        // The command is in the palette once the extension has activated: on a loaded machine, try again.
        await runCommand(page, 'Market Notes: Insert Chart…');
        await waitTitle(/^Insert Chart: kind of chart/);
        break;
      } catch (error) {
        if (attempt >= 3) throw error;
        await page.keyboard.press('Escape');
      }
    }
    if ((await placeholder()) !== 'Which chart?') throw new Error(`placeholder: ${await placeholder()}`);
    if (await back.count()) throw new Error('the first step has a Back button');
  });

  await step('a ratio line counts 2/4 and says so when given three tickers, unchecking none', async () => {
    await widget.locator('.quick-input-box input').fill('Ratio line');
    await page.keyboard.press('Enter');
    await waitTitle(/^Insert Chart \(2\/4\): tickers for the ratio line/);
    log(`placeholder: ${await placeholder()}`);
    if (!/exactly 2 tickers/.test((await placeholder()) ?? '')) throw new Error(`placeholder: ${await placeholder()}`);
    // The note's first two mentions are pre-checked: check a third.
    if ((await checked()) !== 2) throw new Error(`${await checked()} tickers pre-checked, expected 2`);
    const third = widget.locator('.quick-input-list .monaco-list-row').nth(2);
    await third.locator('.quick-input-list-checkbox, input[type=checkbox], .monaco-custom-toggle').first().click();
    const text = await waitTitle(/3 picked \(too many\)/);
    log(`title: ${text}`);
    if ((await checked()) !== 3) throw new Error(`${await checked()} tickers checked, expected the 3 picked`);
    // Enter from the filter box (Enter on a focused checkbox would toggle it) must not accept three.
    await widget.locator('.quick-input-box input').click();
    await page.keyboard.press('Enter');
    await page.waitForTimeout(500);
    await waitTitle(/^Insert Chart \(2\/4\).*3 picked/);
    if ((await checked()) !== 3) throw new Error('Enter changed the selection');
  });

  await step('Back returns to the kind with the ratio line focused', async () => {
    await back.first().click();
    await waitTitle(/^Insert Chart: kind of chart/);
    const focused = await widget.locator('.quick-input-list .monaco-list-row.focused').innerText();
    if (!focused.includes('Ratio line')) throw new Error(`focused: ${focused}`);
  });

  await step('year-to-date bars count 2/3 then 3/3, each step with a placeholder; Escape inserts nothing', async () => {
    await widget.locator('.quick-input-box input').fill('Year-to-date');
    await page.keyboard.press('Enter');
    await waitTitle(/^Insert Chart \(2\/3\): tickers for the year-to-date bars/);
    await page.keyboard.press('Enter');
    await waitTitle(/^Insert Chart \(3\/3\): data for the year-to-date bars/);
    if ((await placeholder()) !== 'Live-bound or snapshot?') throw new Error(`placeholder: ${await placeholder()}`);
    if (!(await back.count())) throw new Error('no Back button on the last step');
    await page.keyboard.press('Escape');
    await widget.waitFor({ state: 'hidden', timeout: 10_000 });
    const dirty = await page.locator('.tabs-container .tab.dirty', { hasText: NOTE }).count();
    if (dirty) throw new Error('dismissing Insert Chart changed the note');
    if (fs.readFileSync(path.join(folder, NOTE), 'utf8') !== before) throw new Error('the note on disk changed');
  });
});
