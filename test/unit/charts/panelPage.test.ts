import { strict as assert } from 'node:assert';
import { builtinPalettes, chartThemeConfig, paletteFromCssVariables } from '../../../src/core/charts/chartTheme';
import { cachedChartCompiler } from '../../../src/core/charts/chartCompileCache';
import { compileChart } from '../../../src/core/charts/compileChart';
import { buildChartPanelHtml, chartPanelCsp } from '../../../src/core/charts/panelHtml';

describe('buildChartPanelHtml', () => {
  const page = {
    cspSource: 'https://file+.vscode-resource.vscode-cdn.net',
    nonce: 'AbCdEfGhIjKlMnOpQrStUv==',
    scriptUri: 'https://x/media/webview.js?a=1&b="2"',
    styleUri: 'https://x/media/charts.css',
    initialState: { source: 'file:///n.md', title: 'n.md', version: 3, charts: [{ line: 2, spec: '{"mark":"bar","title":"</script><b x=\'1\'>"}' }] },
  };
  const html = buildChartPanelHtml(page);

  it('sets the exact CSP with the nonce', () => {
    const csp = "default-src 'none'; script-src 'nonce-AbCdEfGhIjKlMnOpQrStUv=='; style-src https://file+.vscode-resource.vscode-cdn.net; img-src https://file+.vscode-resource.vscode-cdn.net data:; font-src https://file+.vscode-resource.vscode-cdn.net; worker-src blob:";
    assert.equal(chartPanelCsp(page.cspSource, page.nonce), csp);
    assert.ok(html.includes(`content="${csp.replace(/'/g, '&#39;')}"`));
  });

  it('has one script, nonce\'d, and no inline code or style', () => {
    assert.equal(html.match(/<script/g)?.length, 1);
    assert.match(html, /<script nonce="AbCdEfGhIjKlMnOpQrStUv==" src="https:\/\/x\/media\/webview.js\?a=1&amp;b=&quot;2&quot;"><\/script>/);
    assert.equal(/<style|\sstyle=|\son[a-z]+=/i.test(html), false);
  });

  it('carries the initial state as escaped JSON in a data attribute', () => {
    const match = /data-state="([^"]*)"/.exec(html);
    assert.ok(match);
    assert.equal(match[1].includes('<'), false);
    const decoded = match[1].replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    assert.deepEqual(JSON.parse(decoded), page.initialState);
  });

  it('refuses a nonce that could break out of the policy', () => {
    assert.throws(() => buildChartPanelHtml({ ...page, nonce: "x'; script-src *" }), /nonce/);
  });
});

describe('chart theme', () => {
  it('reads VS Code theme variables, falling back per entry', () => {
    const vars: Record<string, string> = {
      '--vscode-editor-background': '#101010',
      '--vscode-editor-foreground': ' #eeeeee ',
      '--vscode-font-size': '14px',
      '--vscode-charts-blue': '#1',
      '--vscode-charts-orange': '#2',
    };
    const palette = paletteFromCssVariables((name) => vars[name] ?? '', builtinPalettes.dark);
    assert.equal(palette.background, '#101010');
    assert.equal(palette.foreground, '#eeeeee');
    assert.equal(palette.fontSize, 14);
    assert.equal(palette.lines, builtinPalettes.dark.lines);
    // Half a category palette would mix two themes: all or nothing.
    assert.deepEqual(palette.categories, builtinPalettes.dark.categories);
  });

  it('builds a config vega-lite compiles, thicker lines in high contrast', async () => {
    const light = chartThemeConfig(builtinPalettes.light);
    const hc = chartThemeConfig(builtinPalettes.highContrast);
    assert.deepEqual([(light.line as { strokeWidth: number }).strokeWidth, (hc.line as { strokeWidth: number }).strokeWidth], [2, 3]);
    const compiled = await compileChart({ data: { values: [{ a: 1 }] }, mark: 'point', encoding: { x: { field: 'a', type: 'quantitative' } } }, hc);
    assert.ok(compiled.ok);
    assert.equal(compiled.vega.background, '#000000');
  });
});

describe('compileChart', () => {
  it('compiles each distinct spec once when cached, whichever object carries it', async () => {
    let compiles = 0;
    const compile = cachedChartCompiler(async (spec) => {
      compiles++;
      return compileChart(spec);
    });
    const spec = () => ({ data: { values: [{ a: 1 }] }, mark: 'point', encoding: { x: { field: 'a', type: 'quantitative' } } });
    const answers = await Promise.all([compile(spec()), compile(spec()), compile({ ...spec(), mark: 'bar' }), compile(spec())]);
    assert.equal(compiles, 2);
    assert.ok(answers.every((answer) => answer.ok));
  });

  it('returns vega-lite\'s reason for a spec it cannot compile', async () => {
    const result = await compileChart({ mark: 'no-such-mark' });
    assert.equal(result.ok, false);
    assert.ok((result as { message: string }).message.length > 0);
  });
});
