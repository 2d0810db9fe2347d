// What a demanding writer checks in the real UI (issue 14), on the examples (snapshot quotes):
// - "Lint Workspace Notes" ends with a summary notification ("3 notes: N findings") whose "Show Problems" opens
//   the Problems view;
// - "Choose Quote Provider…" opens on the current provider, offers a "Get an API key from …" button on each keyed
//   provider, and, because the workspace's settings file chooses the provider (with a comment saying why), asks
//   before changing that file: Cancel leaves it as it was, "Change Workspace Setting" writes the new provider there.
//
// usage: node test/e2e/writerPolish.e2e.mjs [--no-build]
import fs from 'node:fs';
import path from 'node:path';
import { openFile, runCommand, runE2E } from '../harness/e2e.mjs';

await runE2E('writerPolish', async ({ page, folder, step, log }) => {
  const widget = page.locator('.quick-input-widget');
  const rows = widget.locator('.quick-input-list .monaco-list-row');
  const pickerTitle = widget.locator('.quick-input-title', { hasText: 'Market Notes: Quote Provider' });
  const openPicker = async () => {
    await runCommand(page, 'Market Notes: Choose Quote Provider…');
    await pickerTitle.waitFor({ timeout: 30_000 });
    await rows.first().waitFor({ timeout: 30_000 });
  };
  const settingsFile = path.join(folder, '.vscode/settings.json');
  const settingsBefore = fs.readFileSync(settingsFile, 'utf8');
  const notes = fs.readdirSync(folder).filter((name) => name.endsWith('.md')).length;

  await step(`Lint Workspace Notes ends with "${notes} notes: … findings" and Show Problems opens the Problems view`, async () => {
    await openFile(page, 'weekly-watchlist.md', 1);
    await runCommand(page, 'Market Notes: Lint Workspace Notes');
    // Read the notification in the Notifications centre, where it is whether or not it was also shown as a toast.
    const summary = page.locator('.notifications-center .notification-list-item', { hasText: 'Market Notes:' }).filter({ hasText: /\d+ notes?/ }).first();
    const deadline = Date.now() + 120_000;
    while (!(await summary.isVisible().catch(() => false))) {
      if (Date.now() > deadline) throw new Error('no summary notification');
      await runCommand(page, 'Notifications: Show Notifications');
      await page.waitForTimeout(1000);
    }
    const text = (await summary.innerText()).replace(/\s+/g, ' ');
    log(`summary: ${JSON.stringify(text)}`);
    if (!new RegExp(`\\b${notes} notes: \\d+ findings?\\b`).test(text)) throw new Error(`the summary reads ${JSON.stringify(text)}`);
    await summary.locator('.monaco-button', { hasText: 'Show Problems' }).click();
    await page.locator('.markers-panel .monaco-list-row', { hasText: 'Market Notes' }).first().waitFor({ timeout: 30_000 });
  });

  await step('Choose Quote Provider… opens on Snapshot, with a Get-a-key button on each keyed provider', async () => {
    await openPicker();
    const focused = (await widget.locator('.quick-input-list .monaco-list-row.focused').innerText()).replace(/\s+/g, ' ');
    log(`focused: ${JSON.stringify(focused)}`);
    if (!/Snapshot/.test(focused)) throw new Error(`the picker opens on ${focused}`);
    const keyButtons = await widget.locator('.quick-input-list [aria-label^="Get an API key"], .quick-input-list [title^="Get an API key"]').evaluateAll((elements) => [...new Set(elements.map((e) => e.getAttribute('aria-label') ?? e.getAttribute('title')))]);
    log(`key buttons: ${JSON.stringify(keyButtons)}`);
    for (const name of ['Twelve Data', 'Finnhub', 'Alpha Vantage']) {
      if (!keyButtons.includes(`Get an API key from ${name}`)) throw new Error(`no "Get an API key from ${name}" button`);
    }
    if (keyButtons.some((label) => /Yahoo|Snapshot/.test(label ?? ''))) throw new Error('a keyless provider has a key button');
  });

  const dialog = page.locator('.monaco-dialog-box');
  const chooseYahoo = async () => {
    if (!(await pickerTitle.isVisible())) await openPicker();
    await widget.locator('.quick-input-box input').fill('Yahoo');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ timeout: 30_000 });
    return (await dialog.innerText()).replace(/\s+/g, ' ');
  };

  await step('choosing Yahoo asks before changing the workspace settings file; Cancel leaves it as it was', async () => {
    const asked = await chooseYahoo();
    log(`dialog: ${JSON.stringify(asked)}`);
    if (!/workspace chooses Snapshot/.test(asked) || !/Yahoo/.test(asked)) throw new Error(`the dialog says ${JSON.stringify(asked)}`);
    await dialog.locator('.monaco-button', { hasText: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden', timeout: 10_000 });
    await page.waitForTimeout(1000);
    if (fs.readFileSync(settingsFile, 'utf8') !== settingsBefore) throw new Error('Cancel changed the settings file');
  });

  await step('"Change Workspace Setting" writes Yahoo into the workspace settings, and the status bar follows', async () => {
    await chooseYahoo();
    await dialog.locator('.monaco-button', { hasText: 'Change Workspace Setting' }).click();
    await page.locator('.statusbar-item', { hasText: 'Yahoo' }).first().waitFor({ timeout: 60_000 });
    const settings = fs.readFileSync(settingsFile, 'utf8');
    log(`settings: ${JSON.stringify(settings)}`);
    if (!/"marketNotes\.quoteProvider":\s*"yahoo"/.test(settings)) throw new Error('the workspace settings do not choose yahoo');
  });
});
