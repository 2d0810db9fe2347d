// "Moved since the note's as-of date", for the status bar count: how far a ticker has gone from what the note last
// knew of it — the price the note states for it, or else its close on the as-of date — and whether that passes the
// writer's price-drift tolerance. A ticker the note says nothing datable about has no move.

import type { ThenFacts } from '../hover/thenVsNow';

export interface TickerMove {
  readonly symbol: string;
  /** What the note knew: the stated price, or the close on the as-of date. */
  readonly from: number;
  readonly to: number;
  /** Signed percentage from `from` to `to`. */
  readonly percent: number;
  /** Where `from` comes from, for the tooltip: `the note's $62.10 (line 12)` or `the close on 2026-10-30`. */
  readonly basis: string;
  /** 1-based line of the stated price, when the move is measured from one. */
  readonly line?: number;
}

/** The move of one ticker from what the note knew to `price`, or undefined when the note gives nothing to measure from. */
export function moveSinceAsOf(symbol: string, then: ThenFacts, price: number): TickerMove | undefined {
  const stated = then.statedPrice;
  const from = stated?.value ?? then.closeOnAsOf?.close;
  if (from === undefined || !(from > 0) || !Number.isFinite(price)) return undefined;
  const basis = stated ? `the note's ${stated.written} (line ${stated.line})` : `the close on ${then.closeOnAsOf?.date ?? ''}`;
  return { symbol, from, to: price, percent: ((price - from) / from) * 100, basis, ...(stated ? { line: stated.line } : {}) };
}

/** The moves beyond the tolerance (in percent, exclusive, as price-drift reads it), largest first. */
export function movesBeyond(moves: readonly (TickerMove | undefined)[], tolerancePercent: number): TickerMove[] {
  return moves
    .filter((move): move is TickerMove => move !== undefined && Math.abs(move.percent) > tolerancePercent)
    .sort((a, b) => Math.abs(b.percent) - Math.abs(a.percent) || a.symbol.localeCompare(b.symbol));
}

/** `KO ▲10.2% since the close on 2026-10-30 (62.10 → 68.44)`: one line of the status bar's list. */
export function describeMove(move: TickerMove): string {
  const arrow = move.percent > 0 ? '▲' : '▼';
  return `${move.symbol} ${arrow}${Math.abs(move.percent).toFixed(1)}% since ${move.basis} (${formatLevel(move.from)} → ${formatLevel(move.to)})`;
}

function formatLevel(value: number): string {
  return value.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: Math.abs(value) < 1 ? 4 : 2 });
}
