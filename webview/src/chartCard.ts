// One chart's card: a header with the chart's title and its line as secondary text (click: reveal the block) and
// export buttons, the chart, and a line for problems. An error card has the same header and the problem instead
// of a chart — and, while the writer is typing, the block's last good render beside it, dimmed.

import type { ChartProblem } from '../../src/core/charts/chartProblem';
import type { ExportFormat } from '../../src/core/charts/messages';
import { createButton } from './toolkit';

export interface CardActions {
  reveal(line: number): void;
  exportChart(line: number, format: ExportFormat): void;
}

export class ChartCard {
  readonly element: HTMLElement;
  /** Where vega-embed draws. */
  readonly body: HTMLElement;
  private readonly heading: HTMLElement;
  private readonly lineLabel: HTMLElement;
  private readonly notes: HTMLElement;
  private lineNumber = 0;

  constructor(line: number, actions: CardActions, kind: 'chart' | 'error', private readonly title = '') {
    this.element = document.createElement('section');
    this.element.className = `chart-card chart-card--${kind}`;
    const header = document.createElement('header');
    header.className = 'chart-card__header';
    this.heading = document.createElement('h2');
    this.heading.className = 'chart-card__title';
    this.lineLabel = document.createElement('span');
    this.lineLabel.className = 'chart-card__line';
    const titles = document.createElement('span');
    titles.className = 'chart-card__titles';
    titles.append(this.heading, this.lineLabel);
    header.append(titles);
    if (kind === 'chart') {
      const buttons = document.createElement('span');
      buttons.className = 'chart-card__actions';
      for (const format of ['svg', 'png'] as const) {
        buttons.append(createButton(format.toUpperCase(), () => actions.exportChart(this.lineNumber, format), { title: `Export as ${format.toUpperCase()}` }));
      }
      header.append(buttons);
    }
    this.body = document.createElement('div');
    this.body.className = 'chart-card__body';
    this.notes = document.createElement('p');
    this.notes.className = 'chart-card__problems';
    this.notes.hidden = true;
    this.element.append(header, this.body, this.notes);
    this.setLine(line);
    revealOnClick(this.element, () => actions.reveal(this.lineNumber));
  }

  get line(): number {
    return this.lineNumber;
  }

  setLine(line: number): void {
    this.lineNumber = line;
    this.element.dataset.line = String(line);
    this.heading.textContent = this.title || `Line ${line}`;
    this.lineLabel.textContent = this.title ? `line ${line}` : '';
    this.element.setAttribute('aria-label', this.title ? `${this.title}, chart at line ${line}` : `Chart at line ${line}`);
  }

  /** The problem instead of a chart (JSON, spec or vega errors). */
  showProblem(message: string, where?: Pick<ChartProblem, 'line' | 'column'>): void {
    this.element.classList.replace('chart-card--chart', 'chart-card--error');
    this.body.replaceChildren();
    const text = document.createElement('p');
    text.className = 'chart-card__message';
    text.textContent = where ? `Line ${where.line}, column ${where.column}: ${message}` : message;
    this.body.append(text);
  }

  /** The block's last good render, shown dimmed under the problem until the block is fixed. */
  showLastGood(chart: Element): void {
    const wrapper = document.createElement('div');
    wrapper.className = 'chart-card__last-good';
    const label = document.createElement('p');
    label.className = 'chart-card__last-good-label';
    label.textContent = 'Last good render:';
    const copy = chart.cloneNode(true) as Element;
    copy.setAttribute('aria-hidden', 'true');
    wrapper.append(label, copy);
    this.body.append(wrapper);
  }

  /** Problems beside a chart that did draw (a refused data URL). */
  showNotes(problems: readonly string[]): void {
    this.notes.textContent = problems.join('\n');
    this.notes.hidden = problems.length === 0;
  }
}

/** A click reveals the block; a drag (brushing a selection) does not. */
function revealOnClick(element: HTMLElement, reveal: () => void): void {
  let down: { x: number; y: number } | undefined;
  element.addEventListener('pointerdown', (event) => (down = { x: event.clientX, y: event.clientY }));
  element.addEventListener('click', (event) => {
    const moved = down !== undefined && Math.hypot(event.clientX - down.x, event.clientY - down.y) > 4;
    down = undefined;
    if (!moved) reveal();
  });
}
