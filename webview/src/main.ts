// The chart panel's page: reads its initial state from the root's data attribute, renders, and from then on
// follows the host's messages. Renders are serialised — a burst of updates while typing renders only the last.

import { chartPanelRootId } from '../../src/core/charts/panelHtml';
import type { ChartPanelState, ExportFormat, ThemeOverride, ToWebviewMessage } from '../../src/core/charts/messages';
import { ChartList } from './chartList';
import { connectToHost } from './hostBridge';
import { blockNavigation } from './navigationGuard';
import { currentPalette, watchTheme } from './panelTheme';
import { createButton, createDropdown } from './toolkit';

const root = document.getElementById(chartPanelRootId);
if (!root) throw new Error(`Market Notes charts: #${chartPanelRootId} is missing`);
const toolbar = root.querySelector<HTMLElement>('.toolbar')!;
const main = root.querySelector<HTMLElement>('.charts')!;

blockNavigation(window);
const host = connectToHost();
let state = JSON.parse(root.dataset.state ?? 'null') as ChartPanelState | null;
let themeOverride: ThemeOverride = host.savedState()?.themeOverride ?? 'auto';

const charts = new ChartList(main, {
  reveal: (line) => host.post({ type: 'reveal', line }),
  exportChart: (line, format) => void exportChart(line, format),
});

// A note without charts says so in full, with the way to add one.
const empty = document.createElement('div');
empty.className = 'empty-panel';
empty.hidden = true;
const emptyText = document.createElement('p');
emptyText.textContent = 'No vega-lite blocks in this note.';
empty.append(emptyText, createButton('Insert Chart…', () => host.post({ type: 'insertChart' }), { appearance: 'primary', title: 'Insert a chart into the note' }));
main.after(empty);

const heading = document.createElement('span');
heading.className = 'toolbar__title';
toolbar.append(
  heading,
  createButton('Refresh data', () => host.post({ type: 'refreshData' }), { title: 'Fetch market data again' }),
  createDropdown<ThemeOverride>(
    [
      { value: 'auto', label: 'Editor theme' },
      { value: 'light', label: 'Light' },
      { value: 'dark', label: 'Dark' },
      { value: 'highContrast', label: 'High contrast' },
    ],
    themeOverride,
    (value) => {
      themeOverride = value;
      saveState();
      scheduleRender();
    },
    'Chart colours',
  ),
);

let rendering = false;
let renderAgain = false;

/** Render the latest state; if more arrive meanwhile, render once more with the newest. */
function scheduleRender(): void {
  if (rendering) {
    renderAgain = true;
    return;
  }
  rendering = true;
  void (async () => {
    do {
      renderAgain = false;
      await render();
    } while (renderAgain);
    rendering = false;
  })();
}

async function render(): Promise<void> {
  if (!state) {
    heading.textContent = 'Open a Markdown note to see its charts';
    return;
  }
  const current = state;
  heading.textContent = current.title;
  empty.hidden = current.charts.length > 0;
  const errors = await charts.update(current.charts, currentPalette(themeOverride));
  host.post({ type: 'rendered', version: current.version, errors });
}

async function exportChart(line: number, format: ExportFormat): Promise<void> {
  try {
    host.post({ type: 'exported', line, format, data: await charts.exportChart(line, format, state?.exportAppearance) });
  } catch (error) {
    host.post({ type: 'exportFailed', line, message: error instanceof Error ? error.message : String(error) });
  }
}

function saveState(): void {
  if (state) host.saveState({ source: state.source, themeOverride });
}

window.addEventListener('message', (event: MessageEvent<ToWebviewMessage>) => {
  const message = event.data;
  switch (message?.type) {
    case 'update': {
      const { type: _type, ...next } = message;
      state = next;
      saveState();
      scheduleRender();
      break;
    }
    case 'requestExport':
      void exportChart(message.line, message.format);
      break;
  }
});

watchTheme(() => {
  if (themeOverride === 'auto') scheduleRender();
});
saveState();
scheduleRender();
host.post({ type: 'ready' });
