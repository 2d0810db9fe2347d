// The line under a chart's title that says where its numbers come from and how fresh they are: "Source: Yahoo ·
// daily closes to Nov 20, 2026", and for normalised charts the base ("each series = 100 on Aug 20, 2026"). Every
// market-bound or snapshot chart carries it — in the panel, the preview, exports and `render` — unless the spec
// sets its own subtitle.

import type { History } from '../quotes/quote';
import { httpProviderInfo } from '../quotes/providers/providerInfo';
import type { JsonObject } from './parseChart';
import { isJsonObject } from './sanitizeSpec';

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2026-11-20` → `Nov 20, 2026`; anything else as it is. */
export function captionDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  const month = match ? months[Number(match[2]) - 1] : undefined;
  return match && month ? `${month} ${Number(match[3])}, ${match[1]}` : isoDate;
}

/** A provider's name as writers know it: `twelvedata` → `Twelve Data`. */
export function providerDisplayName(id: string): string {
  if (id === 'snapshot') return 'Snapshot';
  return Object.hasOwn(httpProviderInfo, id) ? httpProviderInfo[id as keyof typeof httpProviderInfo].displayName : id;
}

export interface CaptionFacts {
  /** Display names, in order, without repeats. */
  readonly sources: readonly string[];
  /** The latest close charted (ISO date). */
  readonly lastDate?: string;
  /** Normalised charts: the value each series starts at, and the date of that start. */
  readonly normalize?: { readonly to: number; readonly on?: string };
}

export function chartCaption(facts: CaptionFacts): string {
  const parts = [`Source: ${facts.sources.length > 0 ? facts.sources.join(', ') : 'unknown'}`];
  if (facts.lastDate) parts.push(`daily closes to ${captionDate(facts.lastDate)}`);
  if (facts.normalize) {
    const { to, on } = facts.normalize;
    parts.push(on ? `each series = ${to} on ${captionDate(on)}` : `each series = ${to} at its first close`);
  }
  return parts.join(' · ');
}

/** The facts of a chart drawn from `histories` (normalised to `normalize` when given). */
export function historyCaptionFacts(histories: readonly History[], normalize?: number): CaptionFacts {
  const sources = [...new Set(histories.map((history) => providerDisplayName(history.provider)))];
  const lastDate = histories.reduce((latest, history) => {
    const last = history.bars.at(-1)?.date ?? '';
    return last > latest ? last : latest;
  }, '');
  const firstDates = new Set(histories.map((history) => history.bars.find((bar) => Number.isFinite(bar.close) && bar.close > 0)?.date));
  const on = firstDates.size === 1 ? [...firstDates][0] : undefined;
  return {
    sources,
    ...(lastDate ? { lastDate } : {}),
    ...(normalize === undefined ? {} : { normalize: { to: normalize, ...(on ? { on } : {}) } }),
  };
}

/** Marks a title that is only our caption (a chart without a title of its own), so no card is headed by it. */
export const captionTitleStyle = 'market-notes-caption';

/**
 * The spec with `caption` as its title's subtitle; a spec with its own subtitle is left as it is. A chart without
 * a title gets the caption as a small title under the plot.
 */
export function withCaption(spec: JsonObject, caption: string): JsonObject {
  const title = spec.title;
  if (isJsonObject(title)) {
    if (title.subtitle !== undefined) return spec;
    return { ...spec, title: { ...title, subtitle: caption } };
  }
  if (typeof title === 'string' || Array.isArray(title)) return { ...spec, title: { text: title, subtitle: caption } };
  return { ...spec, title: { text: caption, orient: 'bottom', anchor: 'start', fontSize: 10, fontWeight: 'normal', style: captionTitleStyle } };
}
