// The chart panel's page. Everything that varies goes through an escaped attribute; the initial state travels
// as JSON in a `data-` attribute, not an inline script, so the only script is the nonce'd bundle. The CSP allows
// that script, styles and fonts from the extension's media folder, images from there or `data:`, and workers from
// `blob:` (made by the page's own script) — nothing else: no eval, no inline code, no network.

import type { ChartPanelState } from './messages';

export interface ChartPanelPage {
  /** The webview's `cspSource`. */
  readonly cspSource: string;
  /** Fresh for every render, from a CSPRNG. */
  readonly nonce: string;
  readonly scriptUri: string;
  readonly styleUri: string;
  /** null: no note yet (the page says so until the first update). */
  readonly initialState: ChartPanelState | null;
}

export const chartPanelRootId = 'market-notes-charts';

export function chartPanelCsp(cspSource: string, nonce: string): string {
  return [
    "default-src 'none'",
    `script-src 'nonce-${nonce}'`,
    `style-src ${cspSource}`,
    `img-src ${cspSource} data:`,
    `font-src ${cspSource}`,
    // Each chart first runs in a worker made from a Blob of the page's own bundled text (a time budget).
    'worker-src blob:',
  ].join('; ');
}

export function buildChartPanelHtml(page: ChartPanelPage): string {
  // A nonce is base64/hex: anything else is a programming error, and would break out of the CSP string.
  if (!/^[A-Za-z0-9+/_=-]{16,}$/.test(page.nonce)) throw new Error('buildChartPanelHtml: the nonce must be 16+ base64 characters');
  const a = escapeAttribute;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${a(chartPanelCsp(page.cspSource, page.nonce))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${a(page.styleUri)}">
<title>Charts</title>
</head>
<body>
<div id="${chartPanelRootId}" data-state="${a(JSON.stringify(page.initialState))}">
<header class="toolbar" role="toolbar" aria-label="Charts"></header>
<main class="charts" aria-live="polite"></main>
</div>
<script nonce="${a(page.nonce)}" src="${a(page.scriptUri)}"></script>
</body>
</html>
`;
}

export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
