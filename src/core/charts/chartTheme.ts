// Charts follow the editor's colour theme: a vega config built from a small palette, which the webview reads
// from VS Code's theme variables (`--vscode-*`) and the CLI takes from the built-in light one. High contrast
// themes get thicker lines and the theme's own contrast border for guides.

import { opaqueOver, seriesColour } from './chartColours';
import type { JsonObject } from './parseChart';

export type ChartThemeKind = 'light' | 'dark' | 'highContrast' | 'highContrastLight';

export interface ChartPalette {
  readonly kind: ChartThemeKind;
  readonly background: string;
  readonly foreground: string;
  readonly mutedForeground: string;
  /** Grid lines, axis domains and ticks. */
  readonly lines: string;
  readonly fontFamily: string;
  readonly fontSize: number;
  /** Series colours, in order. */
  readonly categories: readonly string[];
}

const systemFont = '-apple-system, BlinkMacSystemFont, "Segoe UI", Ubuntu, "DejaVu Sans", sans-serif';

/**
 * The font stack of exported charts (SVG from `render` and the panel): common publishing sans-serifs first, then
 * the DejaVu Sans the CLI's PNGs are drawn with, then the generic family — an SVG opened on a machine without
 * one of them still looks like a chart, not a serif fallback.
 */
export const exportFontStack = 'Helvetica Neue, Helvetica, Arial, Liberation Sans, DejaVu Sans, sans-serif';

/** Exports are this wide unless the spec says otherwise: a column of a published page. */
export const publishingWidth = 800;

/** The spec at a publishing size: a width that follows its container becomes the publishing width. */
export function atPublishingSize(spec: JsonObject, width = publishingWidth): JsonObject {
  return spec.width === 'container' ? { ...spec, width } : spec;
}

export const builtinPalettes: Readonly<Record<ChartThemeKind, ChartPalette>> = {
  light: {
    kind: 'light',
    background: '#ffffff',
    foreground: '#3b3b3b',
    mutedForeground: '#717171',
    lines: '#d4d4d4',
    fontFamily: systemFont,
    fontSize: 12,
    // Each at least 3:1 against white (chartColours.ts): VS Code's own light orange and yellow are not.
    categories: ['#1a85ff', '#c25e00', '#388a34', '#e51400', '#652d90', '#9a6700'],
  },
  dark: {
    kind: 'dark',
    background: '#1f1f1f',
    foreground: '#cccccc',
    mutedForeground: '#9d9d9d',
    lines: '#3c3c3c',
    fontFamily: systemFont,
    fontSize: 12,
    categories: ['#3794ff', '#d18616', '#89d185', '#f14c4c', '#b180d7', '#cca700'],
  },
  highContrast: {
    kind: 'highContrast',
    background: '#000000',
    foreground: '#ffffff',
    mutedForeground: '#ffffff',
    lines: '#6fc3df',
    fontFamily: systemFont,
    fontSize: 12,
    categories: ['#3794ff', '#d18616', '#89d185', '#f48771', '#b180d7', '#ffd700'],
  },
  highContrastLight: {
    kind: 'highContrastLight',
    background: '#ffffff',
    foreground: '#000000',
    mutedForeground: '#000000',
    lines: '#0f4a85',
    fontFamily: systemFont,
    fontSize: 12,
    categories: ['#0f4a85', '#b5200d', '#374e06', '#6f2a7a', '#895503', '#0e7c86'],
  },
};

/** VS Code theme variables for each palette entry; the first non-empty one wins. */
const variables = {
  background: ['--vscode-editor-background'],
  foreground: ['--vscode-editor-foreground', '--vscode-foreground'],
  mutedForeground: ['--vscode-descriptionForeground'],
  lines: ['--vscode-contrastBorder', '--vscode-charts-lines', '--vscode-editorWidget-border'],
  fontFamily: ['--vscode-font-family'],
  fontSize: ['--vscode-font-size'],
  categories: ['--vscode-charts-blue', '--vscode-charts-orange', '--vscode-charts-green', '--vscode-charts-red', '--vscode-charts-purple', '--vscode-charts-yellow'],
} as const;

/**
 * The palette of the running theme, from a reader of CSS variables; gaps are filled from `fallback`. Colours come
 * out opaque, and a series colour that does not stand out from the background is replaced by the fallback's.
 */
export function paletteFromCssVariables(read: (name: string) => string, fallback: ChartPalette): ChartPalette {
  const first = (names: readonly string[]) => names.map((name) => read(name).trim()).find((value) => value !== '');
  const themed = variables.categories.map((name) => read(name).trim());
  const fontSize = Number.parseFloat(first(variables.fontSize) ?? '');
  const background = opaqueOver(first(variables.background) ?? fallback.background, fallback.background);
  const categories = fallback.categories.map((safe, i) => seriesColour(themed[i] || safe, safe, background));
  return {
    kind: fallback.kind,
    background,
    foreground: opaqueOver(first(variables.foreground) ?? fallback.foreground, background),
    mutedForeground: opaqueOver(first(variables.mutedForeground) ?? fallback.mutedForeground, background),
    lines: first(variables.lines) ?? fallback.lines,
    fontFamily: first(variables.fontFamily) ?? fallback.fontFamily,
    fontSize: Number.isFinite(fontSize) && fontSize > 0 ? fontSize : fallback.fontSize,
    categories,
  };
}

/** A vega-lite config for the palette. */
export function chartThemeConfig(palette: ChartPalette): JsonObject {
  const { foreground: fg, mutedForeground: muted, lines, fontFamily: font, fontSize } = palette;
  const highContrast = palette.kind === 'highContrast' || palette.kind === 'highContrastLight';
  const guide = { labelColor: fg, titleColor: fg, labelFont: font, titleFont: font, labelFontSize: fontSize - 1, titleFontSize: fontSize };
  return {
    background: palette.background,
    font,
    view: { stroke: highContrast ? lines : 'transparent' },
    title: { color: fg, subtitleColor: muted, font, subtitleFont: font, fontSize: fontSize + 2, subtitleFontSize: fontSize - 1 },
    axis: { ...guide, domainColor: lines, gridColor: lines, tickColor: lines, gridOpacity: highContrast ? 0.6 : 1 },
    legend: guide,
    header: guide,
    range: { category: [...palette.categories] },
    mark: { color: palette.categories[0] },
    line: { strokeWidth: highContrast ? 3 : 2 },
    rule: { color: fg },
    text: { color: fg, font },
  };
}
