/* global window, document -- the page.evaluate and init-script callbacks run in the browser */
// Chart figures, all measured in this run; prints, asserts nothing.
//   - the panel page (real bundle, exact CSP, interpreter) against a bare vega-embed page (no CSP, compiled
//     expressions), rendering 1 and 20 charts of 2 series × 1000 points (goal: overhead ≤ 1.15×). The bare page
//     also runs with `ast: true` + the interpreter, the only way to draw under a CSP without 'unsafe-eval', so
//     the figures separate what the interpreter costs from what the panel adds;
//   - updating after editing 1 of 20 blocks (goal: ≤ 60 ms, one chart re-rendered);
//   - `market-notes render` per chart against bare vega.View.toSVG() (goal: ≤ 1.2×);
//   - the Markdown preview's first render of a note with 20 such charts (markdown-it + the extension's plugin,
//     the preview script under the preview's strict CSP) next to the panel's first render of the same charts;
//   - the webview bundle's size, raw and gzipped.
//   node bench/charts.mjs        (needs media/webview.js: node build.mjs)
import { build } from 'esbuild';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { tsImport } from 'tsx/esm/api';
import * as vega from 'vega';
import { expressionInterpreter } from 'vega-interpreter';
import * as vegaLite from 'vega-lite';
import http from 'node:http';
import { randomBytes } from 'node:crypto';
import MarkdownIt from 'markdown-it';
import { launchBrowser } from '../test/harness/launchBrowser.mjs';
import { startPanelServer } from '../test/webview/pageServer.mjs';

const root = path.join(import.meta.dirname, '..');
const runs = 5;
const { renderCommand } = await tsImport('../src/cli/renderCommand.ts', import.meta.url);
const { marketNotesMarkdownIt } = await tsImport('../src/core/preview/previewPlugin.ts', import.meta.url);

/** 2 series × 1000 points; `tag` makes otherwise equal specs differ, so the panel cannot reuse a chart. */
function chartSpec(tag) {
  const values = [];
  for (const series of ['IWM', 'QQQ']) {
    let y = 100;
    for (let i = 0; i < 1000; i++) {
      y += Math.sin(i * 0.37 + series.length * tag) * 1.5;
      values.push({ x: i, y: Math.round(y * 100) / 100, series });
    }
  }
  return {
    description: `bench ${tag}`,
    data: { values },
    mark: 'line',
    encoding: { x: { field: 'x', type: 'quantitative' }, y: { field: 'y', type: 'quantitative', scale: { zero: false } }, color: { field: 'series', type: 'nominal' } },
  };
}

const median = (samples) => [...samples].sort((a, b) => a - b)[samples.length >> 1];
const ms = (value) => `${value.toFixed(1).padStart(7)} ms`;

// ---- browser: panel page vs bare page -----------------------------------------------------------------------
const server = await startPanelServer();
const browser = await launchBrowser({ viewport: { width: 1000, height: 900 } });
await browser.context.addInitScript(() => {
  window.__sent = [];
  window.acquireVsCodeApi = () => ({ postMessage: (m) => window.__sent.push({ ...m, at: performance.now() }), getState: () => undefined, setState: () => undefined });
});

const panel = await browser.context.newPage();
panel.on('crash', () => console.error('panel page crashed'));
panel.on('pageerror', (error) => console.error('panel page error:', error.message));
await panel.goto(server.page('bench', null));
let version = 0;
/** Posts an update (as the host does) and returns the time until the page reports it rendered, and how many SVGs are new. */
async function panelUpdate(specs) {
  const state = { source: 'file:///bench.md', title: 'bench.md', version: ++version, charts: specs.map((spec, i) => ({ line: (i + 1) * 10, spec: JSON.stringify(spec) })) };
  return panel.evaluate(async (update) => {
    document.querySelectorAll('svg.marks').forEach((svg) => (svg.dataset.seen = '1'));
    const start = performance.now();
    window.postMessage(update, '*');
    for (;;) {
      const done = window.__sent.find((m) => m.type === 'rendered' && m.version === update.version);
      if (done) return { ms: done.at - start, rendered: document.querySelectorAll('svg.marks:not([data-seen])').length };
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
  }, { type: 'update', ...state });
}

const bareBundle = await build({
  stdin: {
    contents: `import embed from 'vega-embed';
      import { expressionInterpreter } from 'vega-interpreter';
      window.renderBare = async (specs, ast) => {
        const main = document.querySelector('main');
        main.replaceChildren();
        const start = performance.now();
        const options = { renderer: 'svg', actions: false, ...(ast ? { ast: true, expr: expressionInterpreter } : {}) };
        await Promise.all(specs.map((spec) => main.appendChild(document.createElement('div')) && embed(main.lastChild, spec, options)));
        return performance.now() - start;
      };`,
    resolveDir: root,
  },
  bundle: true,
  format: 'iife',
  platform: 'browser',
  write: false,
  logLevel: 'warning',
});
const bare = await browser.context.newPage();
await bare.setContent('<!DOCTYPE html><html><body><main></main></body></html>');
await bare.addScriptTag({ content: bareBundle.outputFiles[0].text });
const bareRender = (specs, ast = false) => bare.evaluate(([s, a]) => window.renderBare(s, a), [specs, ast]);

let tag = 0;
const specs = (count) => Array.from({ length: count }, () => chartSpec(++tag));
// Warm both pages (JIT, fonts) before measuring.
await panelUpdate(specs(2));
await bareRender(specs(2));

console.log(`charts: 2 series × 1000 points each, median of ${runs} runs, headless Chromium`);
for (const count of [1, 20]) {
  const panelTimes = [];
  const bareTimes = [];
  const astTimes = [];
  for (let i = 0; i < runs; i++) {
    await panelUpdate([]);
    panelTimes.push((await panelUpdate(specs(count))).ms);
    bareTimes.push(await bareRender(specs(count)));
    astTimes.push(await bareRender(specs(count), true));
  }
  const [p, b, a] = [median(panelTimes), median(bareTimes), median(astTimes)];
  console.log(
    `  render ${String(count).padStart(2)} chart(s)   panel ${ms(p)}   bare vega-embed ${ms(b)} → ${(p / b).toFixed(2)}× (goal ≤ 1.15×)` +
      `   bare + interpreter ${ms(a)} → ${(p / a).toFixed(2)}×`,
  );
}

// First render, page load to all charts drawn: the panel (its HTML carries the state) and the Markdown preview
// (its HTML carries the placeholders), each in a fresh page, the same 20 charts.
const previewServer = await startPreviewServer();
async function firstRender(url, readDone) {
  const page = await browser.context.newPage();
  await page.addInitScript(() => {
    window.addEventListener('market-notes:charts-rendered', (event) => {
      if (event.detail.charts > 0 && event.detail.drawn === event.detail.charts) window.__previewDone = performance.now();
    });
  });
  // Times come from the page's own clock (from navigation start): no need to wait for `load` here.
  await page.goto(url, { waitUntil: 'commit', timeout: 120_000 });
  const at = await page.evaluate(readDone);
  await page.close();
  return at;
}
const panelFirst = [];
const previewFirst = [];
for (let i = 0; i < runs; i++) {
  const charts = specs(20);
  const state = { source: 'file:///bench.md', title: 'bench.md', version: 1, charts: charts.map((spec, n) => ({ line: (n + 1) * 10, spec: JSON.stringify(spec) })) };
  panelFirst.push(await firstRender(server.page(`first-${i}`, state), async () => {
    for (;;) {
      const done = window.__sent.find((m) => m.type === 'rendered');
      if (done) return done.at;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }));
  previewFirst.push(await firstRender(previewServer.page(charts), async () => {
    while (window.__previewDone === undefined) await new Promise((resolve) => setTimeout(resolve, 5));
    return window.__previewDone;
  }));
}
const [pf, vf] = [median(panelFirst), median(previewFirst)];
console.log(`  first render, 20 charts, from page load   Markdown preview ${ms(vf)}   panel ${ms(pf)} → preview ${(vf / pf).toFixed(2)}× the panel`);
await previewServer.close();

const twenty = specs(20);
await panelUpdate(twenty);
const edits = [];
for (let i = 0; i < runs; i++) {
  const edited = [...twenty];
  edited[7] = chartSpec(++tag);
  edits.push(await panelUpdate(edited));
  twenty.splice(0, 20, ...edited);
}
console.log(`  update after editing 1 of 20   ${ms(median(edits.map((e) => e.ms)))}   charts re-rendered: ${[...new Set(edits.map((e) => e.rendered))].join(', ')} (goal ≤ 60 ms, 1)`);
await browser.close();
await server.close();

// ---- Node: market-notes render vs bare vega.View.toSVG() -----------------------------------------------------
const cliCharts = 20;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'market-notes-bench-'));
const note = specs(cliCharts).map((spec) => `\`\`\`vega-lite\n${JSON.stringify(spec)}\n\`\`\`\n`).join('\n');
fs.writeFileSync(path.join(dir, 'bench.md'), note);
const quiet = { cwd: dir, stdout: () => {}, stderr: (s) => process.stderr.write(s) };
const cliSpecs = specs(cliCharts);
async function bareSvg(ast) {
  for (const spec of cliSpecs) {
    const runtime = vega.parse(vegaLite.compile(spec).spec, undefined, { ast });
    const view = new vega.View(runtime, { renderer: 'none', ...(ast ? { expr: expressionInterpreter } : {}) });
    await view.toSVG();
    view.finalize();
  }
}
/** Milliseconds per chart of `run`, median of `runs` after one warm-up. */
async function perChart(run) {
  await run();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await run();
    times.push((performance.now() - start) / cliCharts);
  }
  return median(times);
}
const c = await perChart(() => renderCommand(['bench.md', '--out', 'out'], quiet));
const v = await perChart(() => bareSvg(false));
const va = await perChart(() => bareSvg(true));
fs.rmSync(dir, { recursive: true, force: true });
console.log(
  `  market-notes render, per chart   ${ms(c)}   bare vega.View.toSVG() ${ms(v)} → ${(c / v).toFixed(2)}× (goal ≤ 1.2×)` +
    `   bare + interpreter ${ms(va)} → ${(c / va).toFixed(2)}×`,
);

// ---- bundle size ---------------------------------------------------------------------------------------------
const bundle = fs.readFileSync(path.join(root, 'media/webview.js'));
const minified = !fs.existsSync(path.join(root, 'media/webview.js.map'));
console.log(
  `  webview bundle (media/webview.js, ${minified ? 'production build' : 'development build: node build.mjs --production to minify'})   ` +
    `${(bundle.length / 1024).toFixed(0)} KiB raw, ${(zlib.gzipSync(bundle, { level: 9 }).length / 1024).toFixed(0)} KiB gzipped`,
);

/**
 * Pages like VS Code's Markdown preview: the note rendered by markdown-it with the extension's plugin inside
 * .markdown-body, the preview's strict CSP (its default security level), the preview script and stylesheet.
 */
async function startPreviewServer() {
  const md = marketNotesMarkdownIt(new MarkdownIt({ html: true }), () => ({}));
  const pages = new Map();
  let origin = '';
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, origin);
    if (pages.has(url.pathname)) {
      const nonce = randomBytes(16).toString('base64');
      const csp = `default-src 'none'; img-src 'self' https: data:; media-src 'self' https: data:; script-src 'nonce-${nonce}'; style-src 'self' 'unsafe-inline' https: data:; font-src 'self' https: data:;`;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return res.end(`<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" content="${csp}">` +
        `<link rel="stylesheet" href="/media/preview.css"></head><body class="vscode-light"><div class="markdown-body">${pages.get(url.pathname)}</div>` +
        `<script nonce="${nonce}" src="/media/preview.js"></script></body></html>`);
    }
    const file = path.join(root, 'media', path.basename(url.pathname));
    if (!url.pathname.startsWith('/media/') || !fs.existsSync(file)) {
      res.writeHead(404);
      return res.end();
    }
    res.writeHead(200, { 'content-type': file.endsWith('.js') ? 'text/javascript' : 'text/css' });
    res.end(fs.readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
  return {
    page(charts) {
      const id = `/preview/${pages.size}`;
      const note = charts.map((spec, i) => `## Chart ${i + 1}\n\nSome prose between the charts.\n\n\`\`\`vega-lite\n${JSON.stringify(spec)}\n\`\`\`\n`).join('\n');
      pages.set(id, md.render(note));
      return origin + id;
    },
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
