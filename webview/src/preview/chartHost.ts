// One chart placeholder of the Markdown preview (see src/core/preview/chartFences.ts). The chart lives in the
// placeholder's shadow root, so the preview's DOM diff, which compares light DOM only, keeps an unchanged chart
// as it is. A changed chart is drawn off to the side (hidden, in the same frame) and swapped in when it is ready:
// the old one stays on screen meanwhile, so typing in a block neither blanks it nor moves the text below.

import type { JsonObject } from '../../../src/core/charts/parseChart';
import { embedChart, type EmbeddedChart } from '../embedChart';

/** What a placeholder asks for, read from its data- attributes. */
export type HostContent =
  | { readonly kind: 'spec'; readonly spec: string }
  | { readonly kind: 'problem'; readonly message: string }
  | { readonly kind: 'pending'; readonly message: string };

/** A card on screen or being drawn: what it shows, in which theme. */
export interface ShownCard {
  readonly key: string;
  readonly card: HTMLElement;
  chart?: EmbeddedChart;
  /** Why it shows no chart (a problem, or vega refused it). */
  error?: string;
}

export function readHostContent(element: HTMLElement): HostContent {
  const { spec, problem, pending } = element.dataset;
  if (spec !== undefined) return { kind: 'spec', spec };
  if (pending !== undefined) return { kind: 'pending', message: pending };
  try {
    const parsed = JSON.parse(problem ?? '{}') as { message?: string; line?: number; column?: number };
    const where = parsed.line !== undefined ? `Line ${parsed.line}, column ${parsed.column ?? 1}: ` : '';
    return { kind: 'problem', message: `${where}${parsed.message ?? 'This chart cannot be drawn'}` };
  } catch {
    return { kind: 'problem', message: 'This chart cannot be drawn' };
  }
}

export class ChartHost {
  readonly frame: HTMLElement;
  shown?: ShownCard;
  /** The newest card being drawn; an older one that finishes later is dropped. */
  private incoming?: ShownCard;

  constructor(
    readonly element: HTMLElement,
    stylesheets: readonly string[],
  ) {
    const shadow = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
    const links = stylesheets.map((href) => Object.assign(document.createElement('link'), { rel: 'stylesheet', href }));
    this.frame = document.createElement('div');
    this.frame.className = 'preview-chart';
    shadow.replaceChildren(...links, this.frame);
    guardLinks(element);
  }

  /** The key this host shows or is drawing. */
  get wantedKey(): string | undefined {
    return (this.incoming ?? this.shown)?.key;
  }

  /** Takes a card drawn elsewhere (a block that moved): shown at once, nothing to render. */
  adopt(card: ShownCard): void {
    this.dropIncoming();
    this.swapIn(card);
  }

  /** Gives up the card on screen (to another host, or to be finalised), leaving the frame empty. */
  release(): ShownCard | undefined {
    this.dropIncoming();
    const shown = this.shown;
    this.shown = undefined;
    shown?.card.remove();
    return shown;
  }

  /** Draws `content`; resolves when it is on screen (or was overtaken by a newer call). True when vega rendered. */
  async draw(key: string, content: HostContent, config: JsonObject): Promise<boolean> {
    this.dropIncoming();
    if (content.kind !== 'spec') {
      this.swapIn({ key, card: messageCard(content), error: content.kind === 'problem' ? content.message : undefined });
      return false;
    }
    const card = chartCard();
    const entry: ShownCard = { key, card };
    this.incoming = entry;
    // Drawn hidden beside the old card, at the frame's width, until it is ready.
    card.classList.add('preview-chart__incoming');
    this.frame.append(card);
    const body = card.querySelector<HTMLElement>('.chart-card__body')!;
    try {
      entry.chart = await embedChart(body, content.spec, config);
      if (entry.chart.problems.length > 0) showNotes(card, entry.chart.problems);
    } catch (error) {
      entry.error = error instanceof Error ? error.message : String(error);
      showProblem(card, entry.error);
    }
    if (this.incoming !== entry) {
      entry.chart?.result.finalize();
      card.remove();
      return false;
    }
    this.incoming = undefined;
    card.classList.remove('preview-chart__incoming');
    this.swapIn(entry);
    return entry.chart !== undefined;
  }

  private swapIn(next: ShownCard): void {
    const previous = this.shown;
    this.shown = next;
    if (previous && previous !== next) {
      previous.chart?.result.finalize();
      previous.card.remove();
    }
    if (next.card.parentNode !== this.frame) this.frame.append(next.card);
  }

  private dropIncoming(): void {
    const incoming = this.incoming;
    this.incoming = undefined;
    incoming?.card.remove(); // its draw() finalises the chart when it settles
  }
}

/** The panel's chart card, without its header: in the preview the chart sits where its block is. */
function chartCard(): HTMLElement {
  const card = document.createElement('section');
  card.className = 'chart-card chart-card--chart';
  const body = document.createElement('div');
  body.className = 'chart-card__body';
  const notes = document.createElement('p');
  notes.className = 'chart-card__problems';
  notes.hidden = true;
  card.append(body, notes);
  return card;
}

/** The panel's error card (same classes, same "Line n, column m: …" text), or a card saying data is on its way. */
function messageCard(content: Exclude<HostContent, { kind: 'spec' }>): HTMLElement {
  const card = document.createElement('section');
  card.className = content.kind === 'problem' ? 'chart-card chart-card--error' : 'chart-card chart-card--pending';
  card.setAttribute('role', content.kind === 'problem' ? 'alert' : 'status');
  const text = document.createElement('p');
  text.className = content.kind === 'problem' ? 'chart-card__message' : 'chart-card__pending';
  text.textContent = content.message;
  card.append(text);
  return card;
}

function showProblem(card: HTMLElement, message: string): void {
  card.classList.replace('chart-card--chart', 'chart-card--error');
  const text = document.createElement('p');
  text.className = 'chart-card__message';
  text.textContent = message;
  card.querySelector('.chart-card__body')!.replaceChildren(text);
}

function showNotes(card: HTMLElement, problems: readonly string[]): void {
  const notes = card.querySelector<HTMLElement>('.chart-card__problems')!;
  notes.textContent = problems.join('\n');
  notes.hidden = false;
}

/**
 * A chart never navigates. vega's `href` channel is already refused by the safe loader; this stops a click on
 * any link element a chart could still put in its shadow root. The preview's own links are left alone.
 */
function guardLinks(element: HTMLElement): void {
  const stop = (event: Event) => {
    if (event.composedPath().some((node) => node instanceof Element && node.matches('a[href], area[href]'))) {
      event.preventDefault();
      event.stopPropagation();
    }
  };
  for (const type of ['click', 'auxclick']) element.addEventListener(type, stop, true);
}
