import { strict as assert } from 'node:assert';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { renderCommand } from '../../../src/cli/renderCommand';
import type { History } from '../../../src/core/quotes/quote';
import { chartFontFiles, renderChartSvg } from '../../../src/node/renderCharts';

const good = '```vega-lite\n{"data": {"values": "a,b\\nA,1\\nB,3", "format": {"type": "csv"}}, "mark": "bar", "encoding": {"x": {"field": "a", "type": "nominal"}, "y": {"field": "b", "type": "quantitative"}}}\n```\n';
const broken = '```vega-lite\n{"mark": "bar",, }\n```\n';
const fetching = '```vega-lite\n{"data": {"url": "/etc/hostname", "format": {"type": "csv"}}, "mark": "bar"}\n```\n';
const bound = '```vega-lite\n{"usermeta": {"marketNotes": {"tickers": ["IWM"], "range": "3mo", "normalize": 100}}, "mark": "line", "encoding": {"x": {"field": "date", "type": "temporal"}, "y": {"field": "value", "type": "quantitative"}}}\n```\n';

describe('market-notes render', () => {
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

  it('rejects bad usage', async () => {
    await assert.rejects(run(['note.md']), /--out DIR is required/);
    await assert.rejects(run(['a.md', 'b.md', '--out', 'x']), /exactly one note/);
    await assert.rejects(run(['note.md', '--out', 'x', '--format', 'gif']), /--format must be one of svg, png/);
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
