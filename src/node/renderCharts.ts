// Charts rendered outside the editor (the CLI's `render`): the same safe loader and csv readers as the panel,
// vega's expression interpreter instead of compiled code, and PNGs through resvg with a font shipped in the
// package — resvg sees no system fonts here, and without a font every label silently vanishes.

import { Resvg } from '@resvg/resvg-js';
import type * as Vega from 'vega';
import { expressionInterpreter } from 'vega-interpreter';
import { atPublishingSize, builtinPalettes, chartThemeConfig, exportFontStack } from '../core/charts/chartTheme';
import { compileChart } from '../core/charts/compileChart';
import { registerSafeDsvReaders, type FormatRegistry } from '../core/charts/dsvReaders';
import type { JsonObject } from '../core/charts/parseChart';
import { createSafeLoader } from '../core/charts/safeLoader';
import { createChartLogger } from '../core/charts/chartLogger';
import { rasterSizeProblem, svgSize } from '../core/charts/rasterLimits';

export { svgSize };

export type ImageFormat = 'svg' | 'png';

/** A chart vega-lite or vega refused, or that logged errors (a blocked URL) while rendering. */
export class ChartRenderError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ChartRenderError';
  }
}

let vegaModule: Promise<typeof Vega> | undefined;

/**
 * vega, loaded on first use: its Node build has a top-level await (it probes for `canvas`), which a CommonJS
 * caller cannot require. The csv readers are swapped in before any chart renders.
 */
function loadVega(): Promise<typeof Vega> {
  vegaModule ??= import('vega').then((vega) => {
    registerSafeDsvReaders((vega as unknown as { formats: FormatRegistry }).formats);
    return vega;
  });
  return vegaModule;
}

/** vega and vega-lite, loaded ahead of the first chart (the worker does, so a chart's budget is its own time). */
export async function loadChartLibraries(): Promise<void> {
  await Promise.all([loadVega(), import('vega-lite')]);
}

const fontFamily = 'DejaVu Sans';
let fontFiles: string[] | undefined;

/** The fonts resvg gets, from the `dejavu-fonts-ttf` package (resolved, not bundled: they are data files). */
export function chartFontFiles(): string[] {
  // require.resolve, not import.meta: this runs as CommonJS under the tests and as ESM in the bundled CLI
  // (whose banner defines `require`).
  fontFiles ??= ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((file) => require.resolve(`dejavu-fonts-ttf/ttf/${file}`));
  return fontFiles;
}

/** The light theme with a publishing font stack (DejaVu Sans, shipped, draws the PNGs): a chart on a printed page. */
const defaultConfig = chartThemeConfig({ ...builtinPalettes.light, fontFamily: exportFontStack });

/** SVG text of a sanitised vega-lite spec. */
export async function renderChartSvg(spec: JsonObject, config: JsonObject = defaultConfig): Promise<string> {
  const compiled = await compileChart(atPublishingSize(spec), config);
  if (!compiled.ok) throw new ChartRenderError(compiled.message);
  const vega = await loadVega();
  const { logger, problems } = createChartLogger();
  let view: Vega.View;
  try {
    view = new vega.View(vega.parse(compiled.vega, undefined, { ast: true }), {
      renderer: 'none',
      loader: createSafeLoader(),
      expr: expressionInterpreter,
      logger,
    });
  } catch (error) {
    throw new ChartRenderError(error instanceof Error ? error.message : String(error));
  }
  try {
    let svg: string | undefined;
    try {
      svg = await view.toSVG();
    } catch (error) {
      // A dataflow that failed (an unknown colour scheme, a transform that threw) logs why, then leaves no scene for
      // toSVG, whose own TypeError ("reading 'marktype'") says nothing to the writer: the logged cause is the error.
      if (problems.length === 0) throw error;
    }
    if (problems.length > 0 || svg === undefined) throw new ChartRenderError(problems.join('; '));
    return svg;
  } finally {
    view.finalize();
  }
}

/** PNG bytes of an SVG, at `scale` (2: sharp on high-density screens and in print); refused past the raster cap. */
export function svgToPng(svg: string, scale = 2): Buffer {
  const { width, height } = svgSize(svg);
  const tooBig = rasterSizeProblem(width, height, scale);
  if (tooBig) throw new ChartRenderError(`Cannot export PNG: ${tooBig}`);
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    font: { fontFiles: chartFontFiles(), loadSystemFonts: false, defaultFontFamily: fontFamily, sansSerifFamily: fontFamily },
  });
  return resvg.render().asPng();
}

export async function renderChart(spec: JsonObject, format: ImageFormat): Promise<string | Buffer> {
  const svg = await renderChartSvg(spec);
  return format === 'svg' ? svg : svgToPng(svg);
}
