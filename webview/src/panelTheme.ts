// The charts' colours: VS Code's theme variables on the page (it sets them, and a body class per theme kind),
// or a built-in palette when the writer overrides the theme from the toolbar.

import { builtinPalettes, paletteFromCssVariables, type ChartPalette, type ChartThemeKind } from '../../src/core/charts/chartTheme';
import type { ThemeOverride } from '../../src/core/charts/messages';

function themeKind(body: HTMLElement): ChartThemeKind {
  const classes = body.classList;
  if (classes.contains('vscode-high-contrast-light')) return 'highContrastLight';
  if (classes.contains('vscode-high-contrast')) return 'highContrast';
  if (classes.contains('vscode-dark')) return 'dark';
  return 'light';
}

export function currentPalette(override: ThemeOverride): ChartPalette {
  if (override !== 'auto') return builtinPalettes[override];
  const style = getComputedStyle(document.documentElement);
  return paletteFromCssVariables((name) => style.getPropertyValue(name), builtinPalettes[themeKind(document.body)]);
}

/** Calls `onChange` when VS Code switches theme: it swaps the body class and rewrites the root's variables. */
export function watchTheme(onChange: () => void): void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.body, { attributes: true, attributeFilter: ['class'] });
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['style'] });
}
