import { strict as assert } from 'node:assert';
import { contrastRatio, minSeriesContrast, parseColour, seriesColour } from '../../../src/core/charts/chartColours';
import { builtinPalettes, chartThemeConfig, paletteFromCssVariables, type ChartThemeKind } from '../../../src/core/charts/chartTheme';

/** What VS Code's built-in themes set on a webview (its theme files and colour registry; orange as measured in the panel). */
const themes: Record<string, { kind: ChartThemeKind; vars: Record<string, string> }> = {
  'Dark Modern': {
    kind: 'dark',
    vars: {
      '--vscode-editor-background': '#1f1f1f',
      '--vscode-charts-blue': '#3794ff',
      '--vscode-charts-orange': 'rgba(234, 92, 0, 0.33)',
      '--vscode-charts-green': '#89d185',
      '--vscode-charts-red': '#f85149',
      '--vscode-charts-purple': '#b180d7',
      '--vscode-charts-yellow': '#cca700',
    },
  },
  'Light Modern': {
    kind: 'light',
    vars: {
      '--vscode-editor-background': '#ffffff',
      '--vscode-charts-blue': '#1a85ff',
      '--vscode-charts-orange': 'rgba(234, 92, 0, 0.33)',
      '--vscode-charts-green': '#388a34',
      '--vscode-charts-red': '#f85149',
      '--vscode-charts-purple': '#652d90',
      '--vscode-charts-yellow': '#bf8803',
    },
  },
  'Dark High Contrast': {
    kind: 'highContrast',
    vars: {
      '--vscode-editor-background': '#000000',
      '--vscode-charts-blue': '#3794ff',
      '--vscode-charts-orange': '#d1861680',
      '--vscode-charts-green': '#89d185',
      '--vscode-charts-red': '#f48771',
      '--vscode-charts-purple': '#b180d7',
      '--vscode-charts-yellow': '#ffd370',
    },
  },
  'Light High Contrast': {
    kind: 'highContrastLight',
    vars: {
      '--vscode-editor-background': '#ffffff',
      '--vscode-charts-blue': '#0f4a85',
      '--vscode-charts-orange': 'rgba(209, 134, 22, 0.5)',
      '--vscode-charts-green': '#374e06',
      '--vscode-charts-red': '#b5200d',
      '--vscode-charts-purple': '#652d90',
      '--vscode-charts-yellow': '#895503',
    },
  },
};

describe('chart colours', () => {
  it('reads hex and rgb()/rgba() colours, with alpha', () => {
    assert.deepEqual(parseColour('#0af'), { r: 0, g: 170, b: 255, a: 1 });
    assert.deepEqual(parseColour('#ff000080'), { r: 255, g: 0, b: 0, a: 128 / 255 });
    assert.deepEqual(parseColour(' rgba(234, 92, 0, 0.33) '), { r: 234, g: 92, b: 0, a: 0.33 });
    assert.deepEqual(parseColour('rgb(10 20 30 / 50%)'), { r: 10, g: 20, b: 30, a: 0.5 });
    assert.equal(parseColour('orange'), undefined);
    assert.equal(parseColour('#12'), undefined);
  });

  for (const [name, palette] of Object.entries(builtinPalettes)) {
    it(`the built-in ${name} palette: every series colour stands out from its background (≥ ${minSeriesContrast}:1)`, () => {
      for (const colour of palette.categories) {
        const ratio = contrastRatio(parseColour(colour)!, parseColour(palette.background)!);
        assert.ok(ratio >= minSeriesContrast, `${colour} on ${palette.background}: ${ratio.toFixed(2)}`);
      }
    });
  }

  for (const [name, theme] of Object.entries(themes)) {
    it(`in ${name}, every series is drawn opaque and stands out from the background, exports included`, () => {
      const palette = paletteFromCssVariables((variable) => theme.vars[variable] ?? '', builtinPalettes[theme.kind]);
      const config = chartThemeConfig(palette) as { range: { category: string[] } };
      const background = parseColour(palette.background)!;
      assert.equal(background.a, 1);
      for (const colour of config.range.category) {
        const parsed = parseColour(colour);
        assert.ok(parsed, colour);
        assert.equal(parsed.a, 1, `${colour} has alpha`);
        const ratio = contrastRatio(parsed, background);
        assert.ok(ratio >= minSeriesContrast, `${name}: ${colour} on ${palette.background} is ${ratio.toFixed(2)}:1`);
      }
    });
  }

  it('keeps a theme colour that stands out (without its alpha), and replaces one that does not', () => {
    assert.equal(seriesColour('rgba(234, 92, 0, 0.33)', '#c25e00', '#1f1f1f'), '#ea5c00');
    assert.equal(seriesColour('#fafafa', '#1a85ff', '#ffffff'), '#1a85ff');
    assert.equal(seriesColour('not a colour', '#1a85ff', '#ffffff'), '#1a85ff');
  });
});
