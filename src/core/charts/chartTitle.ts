// A chart's own title, as text: what its card is headed by (the line number is secondary). vega-lite titles are a
// string, lines of text, or an object whose `text` is either; anything else is no title. A caption we placed as the
// title of an untitled chart is not the chart's title.
import { captionTitleStyle } from './chartCaption';

export function chartTitle(spec: unknown): string {
  const title = (spec as { title?: unknown } | null)?.title;
  if ((title as { style?: unknown } | null)?.style === captionTitleStyle) return '';
  const text = typeof title === 'object' && title !== null && !Array.isArray(title) ? (title as { text?: unknown }).text : title;
  const lines = Array.isArray(text) ? text : [text];
  return lines
    .filter((line): line is string => typeof line === 'string')
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 200);
}
