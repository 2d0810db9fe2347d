// The chart panel's protocol: one message union per direction, imported by the extension host and the webview
// alike, so a renamed field fails to compile on both sides instead of silently at run time.

import type { ChartProblem } from './chartProblem';

export type ExportFormat = 'svg' | 'png';

/** How exports look: light on white whatever the editor theme (the default), or as the panel shows them. */
export type ExportAppearance = 'light' | 'asShown';

/** One chart block as the panel shows it. */
export type ChartView =
  /** `spec` is the sanitised (and market-bound) spec as JSON text: equal text means an unchanged chart. */
  | { readonly line: number; readonly spec: string }
  | { readonly line: number; readonly problem: ChartProblem };

/** Everything the panel shows; also its initial state in the page and what a restored panel is rebuilt from. */
export interface ChartPanelState {
  /** The note's URI, as a string. */
  readonly source: string;
  /** Shown in the panel's header. */
  readonly title: string;
  /** The document version the charts were made from: render results for an older one are dropped. */
  readonly version: number;
  readonly charts: readonly ChartView[];
  /** The `marketNotes.charts.exportAppearance` setting; light when absent. */
  readonly exportAppearance?: ExportAppearance;
}

/** Host → webview. */
export type ToWebviewMessage =
  | ({ readonly type: 'update' } & ChartPanelState)
  /** Export the chart whose block starts at `line` (the "export chart under cursor" command). */
  | { readonly type: 'requestExport'; readonly line: number; readonly format: ExportFormat };

/** Webview → host. */
export type FromWebviewMessage =
  | { readonly type: 'ready' }
  /** The writer clicked a chart: show its block. */
  | { readonly type: 'reveal'; readonly line: number }
  /** Outcome of rendering `version`: the charts vega refused, for diagnostics (JSON problems are the host's own). */
  | { readonly type: 'rendered'; readonly version: number; readonly errors: readonly RenderError[] }
  /** `data` is SVG text, or a `data:image/png;base64,…` URL. */
  | { readonly type: 'exported'; readonly line: number; readonly format: ExportFormat; readonly data: string }
  | { readonly type: 'exportFailed'; readonly line: number; readonly message: string }
  /** Fetch market data again (the toolbar's "Refresh data"). */
  | { readonly type: 'refreshData' }
  /** The empty panel's "Insert Chart…" button. */
  | { readonly type: 'insertChart' };

export interface RenderError {
  readonly line: number;
  readonly message: string;
}

/** The panel's colours: the editor's theme, or one the writer picked in the toolbar. */
export type ThemeOverride = 'auto' | 'light' | 'dark' | 'highContrast';

/** What the webview persists (vscode.setState): a restored panel reopens the same note with the same override. */
export interface ChartWebviewState {
  readonly source: string;
  readonly themeOverride?: ThemeOverride;
}
