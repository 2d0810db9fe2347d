// Charts in VS Code's own Markdown preview, as a writer gets them: open a note with two vega-lite blocks (one
// market-bound, its data from the examples' snapshot history), run "Markdown: Open Preview to the Side", and read
// the preview's webview: one drawn SVG per block, quote markers after ticker mentions. Then edit one block (line
// -> bar) and see that only its chart is drawn again. Then a hostile note — data and image URLs, an href
// channel, a tooltip with an image field, usermeta.embedOptions asking for eval, actions and a loader — pointed
// at a local server that only counts connections: the charts draw or refuse, the pointer hovers and clicks them,
// and the server sees nothing and the preview goes nowhere. Saves test-results/preview.png (quote markers) and
// test-results/preview-charts.png (the charts).
//
// usage: node test/e2e/preview.e2e.mjs [--no-build]
/* global document -- used inside frame.evaluate(), which runs in the preview's page */
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { openFile, resultsDir, runCommand, runE2E } from '../harness/e2e.mjs';

const NOTE = 'small-caps-rotation.md';
const HOSTILE = 'hostile-preview.md';
const LINE_MARK = '"mark": {"type": "line", "point": true},';
const BAR_MARK = '"mark": "bar",';

// Listens on 127.0.0.1 and counts every connection, whatever protocol (a TLS handshake to it counts too).
const connections = [];
const listener = net.createServer((socket) => {
  connections.push(new Date().toISOString());
  socket.destroy();
});
await new Promise((resolve) => listener.listen(0, '127.0.0.1', resolve));
const port = listener.address().port;

await runE2E('preview', async ({ page, folder, step, log }) => {
  const text = fs.readFileSync(path.join(folder, NOTE), 'utf8');
  const fences = text.split('\n').flatMap((line, i) => (line.trim() === '```vega-lite' ? [i + 1] : []));
  if (fences.length !== 2 || !text.includes(LINE_MARK)) throw new Error(`${NOTE} no longer has the two blocks this test edits`);
  fs.writeFileSync(path.join(folder, HOSTILE), hostileNote(port));

  await step(`the preview of ${NOTE} draws one SVG per vega-lite block`, async () => {
    await openFile(page, NOTE, 1);
    await page.locator('.monaco-editor .view-lines').first().waitFor({ timeout: 60_000 });
    await openPreview(page, NOTE);
    const charts = await pollPreview(page, (cs) => cs.length === 2 && cs.every((c) => c.svgs === 1 && c.marks.length > 0), 'two drawn charts', 90_000);
    log(`charts: ${JSON.stringify(charts)}`);
    for (const [i, chart] of charts.entries()) {
      if (chart.line !== String(fences[i] - 1)) throw new Error(`chart ${i} carries data-line ${chart.line}, expected ${fences[i] - 1}`);
      if (!chart.marks.includes('mark-line')) throw new Error(`chart ${i} has no line mark: ${chart.marks}`);
      if (chart.error) throw new Error(`chart ${i} shows an error: ${chart.error}`);
    }
  });

  await step('ticker mentions carry a marker whose title is the snapshot quote', async () => {
    // The snapshot quotes are read by the extension after the first render, which then refreshes the preview.
    const markers = await pollPreview(page, (ms) => ms.some((m) => m.title.startsWith('AAPL $')), 'a marker with the AAPL quote', 30_000, readMarkersInPage);
    log(`markers: ${JSON.stringify(markers.slice(0, 4))} (${markers.length} in all)`);
    const aapl = markers.find((m) => m.title.startsWith('AAPL '));
    if (!aapl || !/^AAPL \$272\.41, \+2\.61 \(\+0\.97%\) · Snapshot/.test(aapl.title)) throw new Error(`no AAPL marker with the snapshot quote: ${JSON.stringify(markers)}`);
    if (aapl.label !== aapl.title || aapl.role !== 'img') throw new Error(`the AAPL marker is not labelled for assistive technology: ${JSON.stringify(aapl)}`);
    if (markers.some((m) => /^(GDP|CPI|CEO) /.test(m.title))) throw new Error('a marker on a word that is not a ticker');
    fs.mkdirSync(resultsDir, { recursive: true });
    await page.screenshot({ path: path.join(resultsDir, 'preview.png') });
  });

  await step(`editing the block at line ${fences[0]} (line -> bar) draws that chart again, only it`, async () => {
    await tagSvgs(page);
    await replaceInEditor(page, NOTE, LINE_MARK, BAR_MARK);
    const charts = await pollPreview(page, (cs) => cs.length === 2 && cs[0].svgs === 1 && cs[0].marks.includes('mark-rect'), 'the first chart as bars', 30_000);
    log(`charts: ${JSON.stringify(charts)}`);
    if (charts[0].tagged) throw new Error('the edited chart kept its old <svg>');
    if (!charts[1].tagged) throw new Error('the unchanged market chart was drawn again');
    const frame = await previewFrame(page, 'small-cap rotation');
    await frame.evaluate(() => document.querySelector('.market-notes-chart')?.scrollIntoView());
    await page.waitForTimeout(500);
    await page.screenshot({ path: path.join(resultsDir, 'preview-charts.png') });
  });

  await step(`a hostile note (${HOSTILE}) makes no request to 127.0.0.1:${port} and navigates nowhere`, async () => {
    // Open the note in the writer's group, not the preview's: a focused preview webview keeps keys, and a note opened
    // in the preview's group leaves the Markdown commands to a group without a Markdown editor.
    await page.locator('.editor-group-container').first().locator('.tab', { hasText: NOTE }).click();
    await openFile(page, HOSTILE, 1);
    await openPreview(page, HOSTILE);
    const charts = await pollPreview(page, (cs) => cs.length === 4 && cs.every((c) => c.svgs === 1 || c.error), 'four settled charts', 60_000, readChartsInPage, HOSTILE);
    log(`charts: ${JSON.stringify(charts)}`);
    const frame = await previewFrame(page, 'reach out');
    const before = frame.url();
    const pages = page.context().pages().length;
    // Hover every mark (tooltips, image fields) and click it (the href channel).
    const marks = frame.locator('.market-notes-chart svg .role-mark path, .market-notes-chart svg .role-mark image');
    const count = await marks.count();
    log(`marks to hover and click: ${count}`);
    if (count === 0) throw new Error('no mark to hover');
    for (let i = 0; i < count; i++) {
      await marks.nth(i).hover({ force: true, timeout: 5_000 }).catch(() => {});
      await page.waitForTimeout(300);
      await marks.nth(i).click({ force: true, timeout: 5_000 }).catch(() => {});
    }
    await page.waitForTimeout(3_000);
    const tooltip = await frame.evaluate(() => document.querySelector('#vg-tooltip-element')?.innerHTML ?? '');
    log(`tooltip: ${tooltip.slice(0, 200)}`);
    if (/<img/i.test(tooltip)) throw new Error('the tooltip shows an image');
    if (connections.length > 0) throw new Error(`the local server saw ${connections.length} connection(s)`);
    if (frame.url() !== before) throw new Error(`the preview navigated to ${frame.url()}`);
    if (page.context().pages().length !== pages) throw new Error('a chart opened a page');
    const hrefs = await frame.evaluate(() => [...document.querySelectorAll('.market-notes-chart')].flatMap((h) => [...h.shadowRoot.querySelectorAll('a[href], [href]')].map((a) => a.getAttribute('href'))));
    if (hrefs.some((href) => href.includes('127.0.0.1'))) throw new Error(`a chart links to the server: ${hrefs}`);
  });
});

function hostileNote(port) {
  const at = (file) => `https://127.0.0.1:${port}/${file}`;
  const plain = (file) => `http://127.0.0.1:${port}/${file}`;
  const block = (spec) => `\`\`\`vega-lite\n${JSON.stringify(spec, null, 2)}\n\`\`\`\n`;
  const steer = { embedOptions: { ast: false, actions: true, mode: 'vega-lite', loader: { baseURL: at('') }, config: at('config.json') } };
  return [
    '# A note that tries to reach out\n',
    'Data from a URL, in both schemes:\n',
    block({ $schema: at('schema.json'), data: { url: at('data.csv'), format: { type: 'csv' } }, mark: 'bar', encoding: { x: { field: 'a', type: 'nominal' }, y: { field: 'b', type: 'quantitative' } }, usermeta: steer }),
    block({ data: { url: plain('data.json') }, mark: 'point', encoding: { x: { field: 'a', type: 'quantitative' } } }),
    'Images and links:\n',
    block({
      data: { values: [{ a: 'A', b: 3, img: at('mark.png'), link: at('go'), image: at('tip.png') }, { a: 'B', b: 5, img: plain('mark2.png'), link: plain('go2'), image: plain('tip2.png') }] },
      layer: [
        { mark: 'bar', encoding: { href: { field: 'link' }, tooltip: [{ field: 'image' }, { field: 'a' }, { field: 'link' }] } },
        { mark: { type: 'image', width: 20, height: 20 }, encoding: { url: { field: 'img' } } },
      ],
      encoding: { x: { field: 'a', type: 'nominal' }, y: { field: 'b', type: 'quantitative' } },
      usermeta: steer,
    }),
    block({ data: { values: [{ a: 1, u: plain('x') }] }, mark: 'text', encoding: { text: { field: 'u' }, href: { value: plain('direct') }, tooltip: { value: { image: at('v.png'), title: 'hi' } } } }),
  ].join('\n');
}

/**
 * "Markdown: Open Preview to the Side", once more only if no preview tab at all shows up within a minute (on a
 * loaded machine the palette can run before the Markdown extension registered its commands).
 */
async function openPreview(page, note) {
  const tab = page.locator('.tabs-container .tab', { hasText: `Preview] ${note}` });
  for (let attempt = 1; ; attempt++) {
    await runCommand(page, 'Markdown: Open Preview to the Side');
    try {
      await tab.first().waitFor({ timeout: 120_000 });
      return;
    } catch (error) {
      const anyPreview = await page.locator('.tabs-container .tab', { hasText: '[Preview]' }).count();
      if (attempt >= 2 || anyPreview > 0) throw error;
      await page.keyboard.press('Escape');
    }
  }
}

/** The frame of the Markdown preview whose text contains `marker`. */
async function previewFrame(page, marker) {
  for (const frame of page.frames()) {
    const text = await frame.evaluate(() => (document.querySelector('.markdown-body') ? document.body.innerText : '')).catch(() => '');
    if (text.includes(marker)) return frame;
  }
  throw new Error(`no Markdown preview frame showing "${marker}"`);
}

// Runs in the preview page: each placeholder, what its shadow root shows.
function readChartsInPage() {
  if (!document.querySelector('.markdown-body')) return null;
  return [...document.querySelectorAll('.market-notes-chart')].map((host) => {
    const root = host.shadowRoot;
    const svgs = root ? root.querySelectorAll('.chart-card:not(.preview-chart__incoming) svg.marks') : [];
    return {
      line: host.dataset.line,
      svgs: svgs.length,
      marks: [...new Set([...(root?.querySelectorAll('svg g.role-mark') ?? [])].map((g) => [...g.classList].find((c) => c.startsWith('mark-'))))],
      tagged: svgs.length > 0 && svgs[0].dataset.e2e === 'seen',
      error: root?.querySelector('.chart-card--error')?.textContent ?? '',
    };
  });
}

function readMarkersInPage() {
  if (!document.querySelector('.markdown-body')) return null;
  return [...document.querySelectorAll('.market-notes-ticker')].map((m) => ({ title: m.title, label: m.getAttribute('aria-label'), role: m.getAttribute('role') }));
}

/** Reads the preview page (whichever frame has it) until done(value). */
async function pollPreview(page, done, what, timeout, read = readChartsInPage, mustContain) {
  const deadline = Date.now() + timeout;
  let value;
  for (;;) {
    value = null;
    for (const frame of page.frames()) {
      const found = await frame.evaluate(read).catch(() => null);
      if (found && (!mustContain || (await frame.evaluate(() => document.body.innerText).catch(() => '')).includes('reach out'))) {
        value = found;
        break;
      }
    }
    if (value && done(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout / 1000} s waiting for ${what}; last: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function tagSvgs(page) {
  for (const frame of page.frames()) {
    const tagged = await frame
      .evaluate(() => {
        let n = 0;
        for (const host of document.querySelectorAll('.market-notes-chart')) {
          for (const svg of host.shadowRoot?.querySelectorAll('svg.marks') ?? []) {
            svg.dataset.e2e = 'seen';
            n++;
          }
        }
        return n;
      })
      .catch(() => 0);
    if (tagged > 0) return;
  }
  throw new Error('no chart <svg> to tag');
}

/** Replace All through the editor's Find/Replace widget (typing JSON would meet auto-closed brackets). */
async function replaceInEditor(page, note, find, replacement) {
  const group = page.locator('.editor-group-container').first();
  await group.locator('.tab', { hasText: note }).click();
  const editor = group.locator('.monaco-editor').first();
  await page.keyboard.press('Control+H');
  const widget = editor.locator('.find-widget.visible');
  await widget.waitFor({ timeout: 10_000 });
  const findInput = widget.locator('.find-part .monaco-findInput textarea, .find-part .monaco-findInput input').first();
  const replaceInput = widget.locator('.replace-part .monaco-findInput textarea, .replace-part .monaco-findInput input').first();
  // The match count is drawn in a box Playwright sees as hidden: read its text.
  const oneMatch = async (what) => {
    const deadline = Date.now() + 15_000;
    while ((await widget.locator('.matchesCount').innerText().catch(() => '')).trim() !== '1 of 1') {
      if (Date.now() > deadline) throw new Error(`not exactly one match of ${what}`);
      await page.waitForTimeout(200);
    }
  };
  await findInput.fill(find);
  await oneMatch(find);
  await replaceInput.fill(replacement);
  await widget.locator('[aria-label^="Replace All"]').click();
  await findInput.fill(replacement);
  await oneMatch(replacement);
  await page.keyboard.press('Escape');
}
