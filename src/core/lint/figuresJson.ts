// A note's figures as JSON, for where they cross as JSON: from the CLI's lint server (its messages are JSON text),
// and into the results the CLI keeps between runs. "More than 12%" reads as 12…Infinity, and JSON has no Infinity
// (JSON.stringify writes null, which compares as 0): an end that is not finite is written as the text "Infinity" or
// "-Infinity", and read back as the number.

import type { StatedFigure } from './figures';

/** A figure as JSON can hold it. */
export type JsonFigure = Omit<StatedFigure, 'low' | 'high'> & { readonly low: number | string; readonly high: number | string };

export function figuresToJson(figures: readonly StatedFigure[]): JsonFigure[] {
  return figures.map((figure) => (Number.isFinite(figure.low) && Number.isFinite(figure.high) ? figure : { ...figure, low: String(figure.low), high: String(figure.high) }));
}

export function figuresFromJson(figures: readonly JsonFigure[]): StatedFigure[] {
  // Most figures have finite ends: they are used as they are, not copied.
  return figures.map((figure) => (typeof figure.low === 'number' && typeof figure.high === 'number' ? (figure as StatedFigure) : { ...figure, low: Number(figure.low), high: Number(figure.high) }));
}
