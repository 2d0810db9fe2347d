// The Markdown preview's chart script (contributed as markdown.previewScripts). It draws every chart placeholder
// with the chart panel's own safe embed (interpreter, refusing loader, image-free tooltips, embedOptions
// stripped) under the preview's CSP, on load and after every `vscode.markdown.updateContent`. Only placeholders
// whose content key changed are drawn again; a chart whose block merely moved (a block added above it) is moved,
// not redrawn; a theme change redraws all. When a pass settles it dispatches `market-notes:charts-rendered`
// with how many charts vega drew (for the tests and the bench).

import { chartThemeConfig } from '../../../src/core/charts/chartTheme';
import { previewChartClass } from '../../../src/core/preview/chartFences';
import { currentPalette, watchTheme } from '../panelTheme';
import { ChartHost, readHostContent, type ShownCard } from './chartHost';

const scriptUrl = (document.currentScript as HTMLScriptElement | null)?.src ?? document.querySelector<HTMLScriptElement>('script[src*="preview.js"]')?.src ?? location.href;
// The panel's stylesheet (chart and error cards, vega's container) and the preview's own, inside each shadow root.
const stylesheets = [new URL('charts.css', scriptUrl).href, new URL('preview.css', scriptUrl).href];

const hosts = new Map<HTMLElement, ChartHost>();
let themeKey = '';
let running = false;
let again = false;

/** Brings every placeholder up to date; a pass asked for while one runs is run once more afterwards. */
function schedule(): void {
  if (running) {
    again = true;
    return;
  }
  running = true;
  void (async () => {
    do {
      again = false;
      await updateCharts();
    } while (again);
    running = false;
  })();
}

async function updateCharts(): Promise<void> {
  const palette = currentPalette('auto');
  const paletteKey = JSON.stringify(palette);
  const themeChanged = paletteKey !== themeKey;
  themeKey = paletteKey;
  const elements = [...document.querySelectorAll<HTMLElement>(`.${previewChartClass}`)];
  const present = new Set(elements);

  // Keys placeholders ask for that their own host does not show. A card another host shows for such a key (its
  // block moved: a block was added above it) is moved there instead of drawn again. A changed block's own card
  // stays on screen until its new chart is ready.
  const wanted = new Map<string, number>();
  for (const element of elements) {
    const key = element.dataset.chartKey ?? '';
    if (themeChanged || hosts.get(element)?.wantedKey !== key) wanted.set(key, (wanted.get(key) ?? 0) + 1);
  }
  const spare = new Map<string, ShownCard[]>();
  for (const [element, host] of hosts) {
    const gone = !present.has(element);
    const shownKey = host.shown?.key;
    const misplaced = gone || host.wantedKey !== element.dataset.chartKey;
    if (misplaced && shownKey !== undefined && !themeChanged && (wanted.get(shownKey) ?? 0) > 0) {
      wanted.set(shownKey, wanted.get(shownKey)! - 1);
      spare.set(shownKey, [...(spare.get(shownKey) ?? []), host.release()!]);
    } else if (gone) {
      host.release()?.chart?.result.finalize();
    }
    if (gone) hosts.delete(element);
  }

  const config = chartThemeConfig(palette);
  const draws: Promise<boolean>[] = [];
  for (const element of elements) {
    const key = element.dataset.chartKey ?? '';
    let host = hosts.get(element);
    if (!host) {
      host = new ChartHost(element, stylesheets);
      hosts.set(element, host);
    }
    if (host.wantedKey === key && !themeChanged) continue;
    const moved = spare.get(key)?.shift();
    if (moved) host.adopt(moved);
    else draws.push(host.draw(key, readHostContent(element), config));
  }
  for (const card of [...spare.values()].flat()) card.chart?.result.finalize();
  const drawn = (await Promise.all(draws)).filter(Boolean).length;
  window.dispatchEvent(new CustomEvent('market-notes:charts-rendered', { detail: { drawn, charts: elements.length } }));
}

window.addEventListener('vscode.markdown.updateContent', schedule);
watchTheme(schedule);
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', schedule, { once: true });
else schedule();
