// When two claims conflict, and the workspace's claims indexed so that finding the conflicts of one claim costs a
// few map look-ups and binary searches, however many notes share the figure.
//
// Two claims are compared when they have the same key (subject, metric, period) and close as-of dates:
//   - the same day (or the same as-of stamp, or neither note dated and both in one note): the values must overlap;
//   - 1–7 calendar days apart, for a period still running (a YTD return, a trailing span, a streak, a multiple,
//     this year's growth estimate): the values may differ by what the market can move in the trading days between
//     (allowanceFor); a closed period (a named day, a past year or quarter) allows nothing;
//   - further apart: never.
// See docs/rules/conflicting-figures.md.

import type { StatedFigure } from './figures';
import { unlistedPrefix } from './claims/companyReferences';

/** Calendar days apart beyond which two claims are never compared. */
export const closeDays = 7;

/** Weekdays after the earlier day up to and including the later one. */
export function tradingDaysBetween(dayA: number, dayB: number): number {
  const from = Math.min(dayA, dayB);
  const to = Math.max(dayA, dayB);
  let count = 0;
  for (let day = from + 1; day <= to; day++) {
    const weekday = (day + 4) % 7; // day 0 is 1970-01-01, a Thursday
    if (weekday !== 0 && weekday !== 6) count++;
  }
  return count;
}

/** How far apart two values of this claim's metric may be after `tradingDays` of market (the same for both sides). */
export function allowanceFor(figure: Pick<StatedFigure, 'metric' | 'open' | 'unit'>, tradingDays: number): number {
  if (tradingDays === 0 || !figure.open) return 0;
  switch (figure.metric) {
    case 'return':
      return 2 * Math.sqrt(tradingDays); // percentage points: an index rarely moves 2% in a day
    case 'level':
    case 'yield':
      return 0; // a session's close, never a running figure
    case 'streak':
      return figure.unit === 'weeks' ? Math.ceil(tradingDays / 5) : figure.unit === 'months' ? Math.ceil(tradingDays / 21) : tradingDays;
    case 'forward-pe':
    case 'trailing-pe':
    case 'pe':
      return 0.5 * Math.sqrt(tradingDays); // turns of the multiple
    default:
      return 0.1 * tradingDays; // growth estimates: revisions, not market moves
  }
}

export interface FigureConflict {
  /** This file's figure. */
  readonly figure: StatedFigure;
  /** How many figures contradict it (others lists the first few, nearest dates first). */
  readonly count: number;
  readonly others: ReadonlyArray<{ readonly file: string; readonly figure: StatedFigure; readonly tradingDays: number; readonly allowance: number }>;
}

/**
 * A fund's price return differs from its index's by fees, cash, and the weeks between the index's members' dividend
 * dates and the fund's own: a few tenths of a point. A return stated by a fund's symbol ("IWM is up 13.9%") may lie
 * this far either side of the index's ("the Russell 2000 is up 14.1%"), and of another fund's.
 */
export const fundTrackingSlack = 0.5;

/** The values a figure allows, with a fund's tracking slack on each side. */
export function reachOf(figure: Pick<StatedFigure, 'low' | 'high' | 'metric' | 'fund'>): { low: number; high: number } {
  const slack = figure.fund !== undefined && figure.metric === 'return' ? fundTrackingSlack : 0;
  return { low: figure.low - slack, high: figure.high + slack };
}

interface Entry {
  readonly file: string;
  /** Replaced in place when a re-read note states the same values (see FigureConflictIndex.set). */
  figure: StatedFigure;
  /** The figure's reach (reachOf), fixed while its values are. */
  readonly low: number;
  readonly high: number;
}

/** Claims of one key under one as-of date, by file, sorted on demand by their ends. */
class DatedGroup {
  private readonly byFile = new Map<string, Entry[]>();
  private byHigh: Entry[] | undefined;
  private byLow: Entry[] | undefined;

  get empty(): boolean {
    return this.byFile.size === 0;
  }

  add(entry: Entry): void {
    const list = this.byFile.get(entry.file);
    if (list) list.push(entry);
    else this.byFile.set(entry.file, [entry]);
    this.byHigh = this.byLow = undefined;
  }

  remove(file: string): void {
    if (this.byFile.delete(file)) this.byHigh = this.byLow = undefined;
  }

  /** How many entries lie entirely below low − allowance, and how many entirely above high + allowance: two binary searches. */
  disjointCounts(low: number, high: number, allowance: number): { below: number; above: number } {
    // Not push(...list): a note can state hundreds of thousands of figures, more than a call takes arguments.
    this.byHigh ??= [...this.byFile.values()].flat().sort((a, b) => a.high - b.high);
    this.byLow ??= [...this.byHigh].sort((a, b) => b.low - a.low);
    return {
      below: countWhile(this.byHigh, (entry) => entry.high < low - allowance - 1e-9),
      above: countWhile(this.byLow, (entry) => entry.low > high + allowance + 1e-9),
    };
  }

  /** The first `limit` of the entries below (lowest highs first), then of those above (highest lows first). */
  disjointSample({ below, above }: { below: number; above: number }, limit: number): Entry[] {
    return [...this.byHigh!.slice(0, Math.min(below, limit)), ...this.byLow!.slice(0, Math.min(above, limit))];
  }
}

/** Length of the sorted array's prefix whose entries satisfy `holds` (monotone: true then false). */
function countWhile<T>(sorted: readonly T[], holds: (item: T) => boolean): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (holds(sorted[mid])) low = mid + 1;
    else high = mid;
  }
  return low;
}

export class FigureConflictIndex {
  private readonly byFile = new Map<string, readonly StatedFigure[]>();
  /** Each file's entries, in the order of its figures. */
  private readonly entriesByFile = new Map<string, Entry[]>();
  /** key → as-of bucket → group. Buckets: the day number for a day stamp; "s<file>#<stamp>" for a month stamp; "n<file>" undated. */
  private readonly byKey = new Map<string, Map<Bucket, DatedGroup>>();
  /** The listing's names (see NameLinks): which claims under a name alone are about which listing's. */
  private readonly links = new NameLinks();

  /** Stores figures already extracted (the engine does this on every lint). */
  set(file: string, figures: readonly StatedFigure[]): void {
    const previous = this.byFile.get(file);
    if (previous === figures) return;
    const entries = this.entriesByFile.get(file);
    if (previous && entries && sameValues(file, previous, figures)) {
      // Typing moves the figures after the cursor but rarely changes a value: every group keeps its sorted order,
      // and only the entries' positions are brought up to date (no group is sorted again on a keystroke).
      figures.forEach((figure, at) => (entries[at].figure = figure));
      this.byFile.set(file, figures);
      return;
    }
    this.remove(file);
    this.byFile.set(file, figures);
    const added: Entry[] = [];
    this.entriesByFile.set(file, added);
    for (const figure of figures) {
      let buckets = this.byKey.get(figure.key);
      if (!buckets) this.byKey.set(figure.key, (buckets = new Map()));
      const bucket = bucketOf(file, figure);
      let group = buckets.get(bucket);
      if (!group) buckets.set(bucket, (group = new DatedGroup()));
      const entry: Entry = { file, figure, ...reachOf(figure) };
      added.push(entry);
      group.add(entry);
      this.links.add(figure);
    }
  }

  remove(file: string): void {
    const figures = this.byFile.get(file);
    if (!figures) return;
    this.byFile.delete(file);
    this.entriesByFile.delete(file);
    for (const figure of figures) {
      this.links.remove(figure);
      const buckets = this.byKey.get(figure.key);
      const bucket = bucketOf(file, figure);
      const group = buckets?.get(bucket);
      if (!group) continue;
      group.remove(file);
      if (group.empty) buckets!.delete(bucket);
      if (buckets!.size === 0) this.byKey.delete(figure.key);
    }
  }

  get files(): string[] {
    return [...this.byFile.keys()];
  }

  figuresOf(file: string): readonly StatedFigure[] {
    return this.byFile.get(file) ?? [];
  }

  /** Conflicts of the stored figures of `file` with every stored figure (its own note's included). */
  conflictsFor(file: string, limit = 10): FigureConflict[] {
    const conflicts: FigureConflict[] = [];
    for (const figure of this.figuresOf(file)) {
      const found = this.conflictsOf(file, figure, limit);
      if (found) conflicts.push(found);
    }
    return conflicts;
  }

  private conflictsOf(file: string, figure: StatedFigure, limit: number): FigureConflict | undefined {
    const keys = this.links.keysComparedWith(figure.key);
    const bucketMaps = keys.flatMap((key) => this.byKey.get(key) ?? []);
    if (bucketMaps.length === 0) return undefined;
    let count = 0;
    const reach = reachOf(figure);
    const disjoint: Array<{ group: DatedGroup; counts: { below: number; above: number }; tradingDays: number; allowance: number }> = [];
    const look = (bucket: Bucket, day: number) => {
      for (const buckets of bucketMaps) lookIn(buckets.get(bucket), bucket, day);
    };
    const lookIn = (group: DatedGroup | undefined, bucket: Bucket, day: number) => {
      if (!group) return;
      const tradingDays = typeof bucket === 'number' ? tradingDaysBetween(day, bucket) : 0;
      const allowance = allowanceFor(figure, tradingDays);
      const counts = group.disjointCounts(reach.low, reach.high, allowance);
      count += counts.below + counts.above;
      if (counts.below + counts.above > 0) disjoint.push({ group, counts, tradingDays, allowance });
    };
    const asOf = figure.asOf;
    if (asOf && asOf.firstDay === asOf.lastDay) {
      for (let apart = 0; apart <= closeDays; apart++) {
        look(asOf.lastDay - apart, asOf.lastDay);
        if (apart > 0) look(asOf.lastDay + apart, asOf.lastDay);
      }
    } else {
      look(bucketOf(file, figure), 0); // the note's own month stamp, or no date: the same moment
    }
    if (count === 0) return undefined;
    // The nearest `limit` (fewest trading days apart, then by file and place). Groups are sampled nearest first,
    // and no further once `limit` are in hand and the next group is further than all of them: in a workspace that
    // repeats a claim in hundreds of notes, sampling every group made most of a run's garbage.
    disjoint.sort((a, b) => a.tradingDays - b.tradingDays);
    const others: Array<FigureConflict['others'][number]> = [];
    for (const [at, { group, counts, tradingDays, allowance }] of disjoint.entries()) {
      if (others.length >= limit && tradingDays > disjoint[at - 1].tradingDays) break;
      for (const { file: other, figure: stated } of group.disjointSample(counts, limit)) others.push({ file: other, figure: stated, tradingDays, allowance });
    }
    others.sort((a, b) => a.tradingDays - b.tradingDays || (a.file < b.file ? -1 : a.file > b.file ? 1 : a.figure.offset - b.figure.offset));
    return { figure, count, others: others.slice(0, limit) };
  }
}

/** The same claims in the same order, with the same values in the same as-of buckets: only positions may differ. */
function sameValues(file: string, before: readonly StatedFigure[], after: readonly StatedFigure[]): boolean {
  if (before.length !== after.length) return false;
  for (let at = 0; at < before.length; at++) {
    const [a, b] = [before[at], after[at]];
    if (a.key !== b.key || a.fund !== b.fund || String(a.names) !== String(b.names) || a.low !== b.low || a.high !== b.high || a.open !== b.open || a.unit !== b.unit || bucketOf(file, a) !== bucketOf(file, b)) return false;
  }
  return true;
}

/** A day's bucket is its number (a figure looks at fifteen days' buckets: no key is built for each), others text. */
type Bucket = number | string;

function bucketOf(file: string, figure: StatedFigure): Bucket {
  const asOf = figure.asOf;
  if (!asOf) return `n${file}`;
  return asOf.firstDay === asOf.lastDay ? asOf.lastDay : `s${file}#${asOf.stampOffset}`;
}

/**
 * Which keys of claims under a company's name alone ("ticker:~Nvidia|return|day:…") are about which listing's
 * ("ticker:NVDA|return|day:…"): those whose name some note introduced that listing with (a figure's `names`). A name
 * key is compared only when its names lead to exactly one listing — with that listing's claims and the other claims
 * under the name — and never by the name alone: "Asian shares" in two notes name no company any note lists.
 */
class NameLinks {
  /** name key → listing key → how many figures link them. */
  private readonly listingsOfName = new Map<string, Map<string, number>>();
  /** listing key → the name keys linked to it. */
  private readonly namesOfListing = new Map<string, Set<string>>();

  add(figure: StatedFigure): void {
    for (const nameKey of nameKeysOf(figure)) {
      let listings = this.listingsOfName.get(nameKey);
      if (!listings) this.listingsOfName.set(nameKey, (listings = new Map()));
      listings.set(figure.key, (listings.get(figure.key) ?? 0) + 1);
      let names = this.namesOfListing.get(figure.key);
      if (!names) this.namesOfListing.set(figure.key, (names = new Set()));
      names.add(nameKey);
    }
  }

  remove(figure: StatedFigure): void {
    for (const nameKey of nameKeysOf(figure)) {
      const listings = this.listingsOfName.get(nameKey);
      const count = listings?.get(figure.key);
      if (!listings || count === undefined) continue;
      if (count > 1) {
        listings.set(figure.key, count - 1);
        continue;
      }
      listings.delete(figure.key);
      if (listings.size === 0) this.listingsOfName.delete(nameKey);
      const names = this.namesOfListing.get(figure.key);
      names?.delete(nameKey);
      if (names?.size === 0) this.namesOfListing.delete(figure.key);
    }
  }

  /** The keys whose claims a claim with `key` is compared with: its own, and those its name links make the same. */
  keysComparedWith(key: string): string[] {
    if (key.startsWith(unlistedPrefix)) {
      const listings = this.listingsOfName.get(key);
      return listings?.size === 1 ? [key, ...listings.keys()] : [];
    }
    const names = this.namesOfListing.get(key);
    if (!names) return [key];
    return [key, ...[...names].filter((nameKey) => this.listingsOfName.get(nameKey)?.size === 1)];
  }
}

/** "ticker:~Nvidia|return|day:…" for each name of a listing's figure. */
function nameKeysOf(figure: StatedFigure): string[] {
  if (!figure.names || figure.names.length === 0) return [];
  const rest = figure.key.slice(figure.key.indexOf('|'));
  return figure.names.map((name) => `${unlistedPrefix}${name}${rest}`);
}
