import { strict as assert } from 'node:assert';
import { lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { renderCommand } from '../../../src/cli/renderCommand';
import type { History } from '../../../src/core/quotes/quote';
import { maxRasterSide } from '../../../src/core/charts/rasterLimits';
import { ChartRenderPool } from '../../../src/node/chartRenderPool';
import { chartFontFiles, renderChartSvg, svgToPng } from '../../../src/node/renderCharts';

const good = '```vega-lite\n{"data": {"values": "a,b\\nA,1\\nB,3", "format": {"type": "csv"}}, "mark": "bar", "encoding": {"x": {"field": "a", "type": "nominal"}, "y": {"field": "b", "type": "quantitative"}}}\n```\n';
const broken = '```vega-lite\n{"mark": "bar",, }\n```\n';
const fetching = '```vega-lite\n{"data": {"url": "/etc/hostname", "format": {"type": "csv"}}, "mark": "bar"}\n```\n';
const bound = '```vega-lite\n{"usermeta": {"marketNotes": {"tickers": ["IWM"], "range": "3mo", "normalize": 100}}, "mark": "line", "encoding": {"x": {"field": "date", "type": "temporal"}, "y": {"field": "value", "type": "quantitative"}}}\n```\n';

const fence = (spec: object) => `\`\`\`vega-lite\n${JSON.stringify(spec)}\n\`\`\`\n`;
const rows = [{ a: 'A', b: 1, u: 'https://example.com/a', img: 'https://example.com/a.png' }, { a: 'B', b: 3, u: 'file:///etc/passwd', img: '/etc/passwd' }];
const xy = { x: { field: 'a', type: 'nominal' }, y: { field: 'b', type: 'quantitative' } };
/** Charts that reach for URLs: each renders (without the link or image), none takes the others down. */
const linking = {
  href: { data: { values: rows }, mark: 'bar', encoding: { ...xy, href: { field: 'u' } } },
  image: { data: { values: rows }, mark: { type: 'image', width: 20, height: 20 }, encoding: { ...xy, url: { field: 'img' } } },
  tooltip: { data: { values: rows }, mark: 'bar', encoding: { ...xy, tooltip: [{ field: 'u' }, { field: 'img', title: 'image' }] } },
};
/** Throws inside vega's dataflow: `datum.missing.deeper` on rows without `missing`. */
const throwing = { data: { values: rows }, transform: [{ calculate: 'datum.missing.deeper', as: 'c' }], mark: 'bar', encoding: xy };
/** A catastrophic regular expression: backtracks for hours. */
const runaway = { data: { values: [{ s: `${'a'.repeat(40)}!` }] }, transform: [{ filter: "test(/^(a+)+$/, datum.s)" }], mark: 'point', encoding: { x: { field: 's', type: 'nominal' } } };

describe('market-notes render', function () {
  // Each run starts a worker thread that loads vega: slow on a loaded machine (a ceiling, not a timed assertion).
  this.timeout(180_000);
  let dir: string;
  const run = async (args: string[], history?: () => Promise<History>) => {
    const out = { stdout: '', stderr: '' };
    const code = await renderCommand(args, {
      cwd: dir,
      stdout: (s) => (out.stdout += s),
      stderr: (s) => (out.stderr += s),
      ...(history ? { history } : {}),
    });
    return { code, ...out };
  };

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'market-notes-render-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes one SVG per block, reports broken blocks with their line, exits 1', async () => {
    writeFileSync(path.join(dir, 'note.md'), `# Note\n\n${good}\n${broken}\n${fetching}\n${good}`);
    const { code, stdout, stderr } = await run(['note.md', '--out', 'out']);
    assert.equal(code, 1);
    assert.deepEqual(readdirSync(path.join(dir, 'out')).sort(), ['note-15.svg', 'note-3.svg']);
    assert.equal(stdout, `${path.join('out', 'note-3.svg')}\n${path.join('out', 'note-15.svg')}\n`);
    assert.match(stderr, /^note\.md:8:16: error: JSON: Property name expected\n/);
    assert.match(stderr, /note\.md:11:1: error: Loading failed: \/etc\/hostname: Loading "\/etc\/hostname" is blocked/);
    const svg = readFileSync(path.join(dir, 'out/note-3.svg'), 'utf8');
    assert.match(svg, /^<svg/);
    assert.equal(svg.includes(readFileSync('/etc/hostname', 'utf8').trim()), false);
  });

  it('writes PNGs through resvg and exits 0 when every block renders', async () => {
    writeFileSync(path.join(dir, 'note.md'), good);
    const { code } = await run(['note.md', '--out', 'png', '--format', 'png']);
    assert.equal(code, 0);
    const png = readFileSync(path.join(dir, 'png/note-1.png'));
    assert.deepEqual([...png.subarray(1, 4)], [...Buffer.from('PNG')]);
  });

  it('renders market-bound blocks from the history source, and reports them without one', async () => {
    writeFileSync(path.join(dir, 'note.md'), bound);
    const history = async (): Promise<History> => ({ symbol: 'IWM', provider: 'snapshot', bars: [{ date: '2026-01-02', close: 200 }, { date: '2026-01-05', close: 210 }] });
    assert.equal((await run(['note.md', '--out', 'out'], history)).code, 0);
    const without = await run(['note.md', '--out', 'out2']);
    assert.equal(without.code, 1);
    assert.match(without.stderr, /note\.md:1:1: error: Market data is not available here/);
  });

  it('renders charts with links, images and URL tooltips; a chart that throws inside vega is an error for its block only', async () => {
    writeFileSync(path.join(dir, 'note.md'), [fence(linking.href), fence(throwing), fence(linking.image), fence(linking.tooltip)].join('\n'));
    const { code, stdout, stderr } = await run(['note.md', '--out', 'out']);
    assert.equal(code, 1);
    assert.deepEqual(readdirSync(path.join(dir, 'out')).sort(), ['note-1.svg', 'note-13.svg', 'note-9.svg']);
    assert.equal(stdout.split('\n').filter(Boolean).length, 3);
    assert.match(stderr, /^note\.md:5:1: error: .*deeper/);
    const href = readFileSync(path.join(dir, 'out/note-1.svg'), 'utf8');
    assert.match(href, /class="mark-rect/);
    // The URLs stay as text in the marks' aria-labels; no attribute links or loads them.
    assert.doesNotMatch(href, /href="[^"]+"/, 'a link was written into the SVG');
    assert.doesNotMatch(readFileSync(path.join(dir, 'out/note-9.svg'), 'utf8'), /href="[^"]+"/, 'an image URL was written into the SVG');
  });

  it('names why a chart\'s dataflow failed, not the TypeError the missing scene then raises', async () => {
    const unknownScheme = { data: { values: [{ a: 1 }] }, mark: 'point', encoding: { x: { field: 'a', type: 'quantitative' }, color: { field: 'a', type: 'quantitative', scale: { scheme: 'nosuchscheme' } } } };
    await assert.rejects(renderChartSvg(unknownScheme), (error: Error) => error.name === 'ChartRenderError' && /Unrecognized scheme name: nosuchscheme/.test(error.message));
    writeFileSync(path.join(dir, 'note.md'), [fence(unknownScheme), good].join('\n'));
    const { code, stderr } = await run(['note.md', '--out', 'out']);
    assert.equal(code, 1);
    assert.equal(stderr, 'note.md:1:1: error: Unrecognized scheme name: nosuchscheme\n');
    assert.deepEqual(readdirSync(path.join(dir, 'out')), ['note-5.svg']);
  });

  it('stops a runaway chart at its time budget and renders the others', async () => {
    writeFileSync(path.join(dir, 'note.md'), [good, fence(runaway), good].join('\n'));
    const { code, stdout, stderr } = await run(['note.md', '--out', 'out', '--chart-timeout', '2']);
    assert.equal(code, 1);
    assert.match(stderr, /^note\.md:5:1: error: this chart took too long: stopped after 2 s/);
    assert.equal(stdout, `${path.join('out', 'note-1.svg')}\n${path.join('out', 'note-9.svg')}\n`);
  });

  it('isolates a chart whose renderer crashes asynchronously', async () => {
    // A stand-in worker that crashes from an unawaited promise on its second job, as vega's href bug did.
    const workerFile = path.join(dir, 'crashing-worker.mjs');
    writeFileSync(
      workerFile,
      `import { parentPort } from 'node:worker_threads';
      parentPort.postMessage({ id: 0, ok: true, ready: true });
      parentPort.on('message', (job) => {
        if (job.spec.crash) { Promise.resolve().then(() => { null.href; }); return; }
        parentPort.postMessage({ id: job.id, ok: true, image: 'svg ' + job.id });
      });`,
    );
    const pool = new ChartRenderPool({ budgetMs: 60_000, workerFile });
    const outcomes = await Promise.all([pool.render({}, 'svg'), pool.render({ crash: true }, 'svg'), pool.render({}, 'svg')]);
    await pool.close();
    assert.deepEqual(outcomes[0], { ok: true, image: 'svg 1' });
    assert.equal(outcomes[1].ok, false);
    assert.match((outcomes[1] as { message: string }).message, /href/);
    assert.deepEqual(outcomes[2], { ok: true, image: 'svg 3' });
  });

  it('reports a chart nested 100,000 levels deep on its block and renders the others', async () => {
    // It overflowed the stack copying the spec to the worker: an internal error, and the run hung on its timer.
    const deep = `\`\`\`vega-lite\n{"data": {"values": ${'['.repeat(100_000)}${']'.repeat(100_000)}}}\n\`\`\`\n`;
    writeFileSync(path.join(dir, 'note.md'), [good, deep, good].join('\n'));
    const { code, stdout, stderr } = await run(['note.md', '--out', 'out']);
    assert.equal(code, 1);
    assert.equal(stderr, 'note.md:6:119: error: JSON: nested more than 100 levels deep\n');
    assert.equal(stdout, `${path.join('out', 'note-1.svg')}\n${path.join('out', 'note-9.svg')}\n`);
  });

  it('makes a spec the worker cannot be handed an error for that chart, and goes on', async () => {
    const pool = new ChartRenderPool({ budgetMs: 60_000 });
    const plain = JSON.parse(good.split('\n')[1]) as { [key: string]: unknown };
    const outcomes = await Promise.all([pool.render(plain, 'svg'), pool.render({ ...plain, notCloned: () => 0 }, 'svg'), pool.render(plain, 'svg')]);
    await pool.close();
    assert.equal(outcomes[0].ok, true);
    assert.equal(outcomes[1].ok, false);
    assert.match((outcomes[1] as { message: string }).message, /^cannot hand this chart to the renderer: .*could not be cloned/);
    assert.equal(outcomes[2].ok, true);
  });

  it('refuses a PNG past the raster cap with the limit named; the SVG still renders', async () => {
    const huge = { width: 60000, height: 60000, data: { values: rows }, mark: 'bar', encoding: xy };
    writeFileSync(path.join(dir, 'note.md'), fence(huge));
    const png = await run(['note.md', '--out', 'png', '--format', 'png']);
    assert.equal(png.code, 1);
    assert.match(png.stderr, new RegExp(`Cannot export PNG: the PNG would be \\d+ × \\d+ px at 2×; the limit is ${maxRasterSide} px a side`));
    assert.equal((await run(['note.md', '--out', 'svg'])).code, 0);
    assert.throws(() => svgToPng('<svg width="9000" height="10" xmlns="http://www.w3.org/2000/svg"></svg>'), /limit is/);
  });

  it('never writes through a symbolic link at the target name, and says when it replaces a file', async () => {
    writeFileSync(path.join(dir, 'note.md'), `${good}\n${good}`);
    const victim = path.join(dir, 'victim.txt');
    writeFileSync(victim, 'keep me');
    const first = await run(['note.md', '--out', 'out']);
    assert.equal(first.code, 0);
    rmSync(path.join(dir, 'out/note-1.svg'));
    symlinkSync(victim, path.join(dir, 'out/note-1.svg'));
    const second = await run(['note.md', '--out', 'out']);
    assert.equal(second.code, 1);
    assert.equal(readFileSync(victim, 'utf8'), 'keep me');
    assert.ok(lstatSync(path.join(dir, 'out/note-1.svg')).isSymbolicLink());
    assert.match(second.stderr, /out\/note-1\.svg is a symbolic link: not written/);
    assert.equal(second.stdout, `${path.join('out', 'note-5.svg')} (replaced)\n`);
  });

  it('rejects bad usage', async () => {
    await assert.rejects(run(['note.md']), /--out DIR is required/);
    await assert.rejects(run(['a.md', 'b.md', '--out', 'x']), /exactly one note/);
    await assert.rejects(run(['note.md', '--out', 'x', '--format', 'gif']), /--format must be one of svg, png/);
    await assert.rejects(run(['note.md', '--out', 'x', '--chart-timeout', 'soon']), /--chart-timeout must be a number/);
  });

  it('ships the font PNG text needs: without it every label vanishes', async () => {
    const svg = await renderChartSvg({ title: 'Relative strength', data: { values: [{ a: 'IWM', b: 1 }] }, mark: 'bar', encoding: { x: { field: 'a', type: 'nominal' }, y: { field: 'b', type: 'quantitative' } } });
    const inked = (fontFiles: string[]) => {
      // `pixels` copies the image on every access: read it once.
      const { pixels } = new Resvg(svg, { font: { fontFiles, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' } }).render();
      let dark = 0;
      for (let i = 0; i < pixels.length; i += 4) if (pixels[i] < 128 && pixels[i + 3] > 0) dark++;
      return dark;
    };
    assert.ok(inked(chartFontFiles()) > inked([]) + 200, 'text drew no pixels with the shipped font');
  });
});
