// One chart's card: a header with its line (click: reveal the block) and export buttons, the chart, and a line
// for problems. An error card has the same header and the problem instead of a chart.

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
  private readonly notes: HTMLElement;
  private lineNumber = 0;

  constructor(line: number, actions: CardActions, kind: 'chart' | 'error') {
    this.element = document.createElement('section');
    this.element.className = `chart-card chart-card--${kind}`;
    const header = document.createElement('header');
    header.className = 'chart-card__header';
    this.heading = document.createElement('h2');
    this.heading.className = 'chart-card__title';
    header.append(this.heading);
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
    this.heading.textContent = `Line ${line}`;
    this.element.setAttribute('aria-label', `Chart at line ${line}`);
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
