// Scaling checks for passes that must stay linear: the time at 4× the input must be at most 6× the time at 1×
// (a quadratic pass shows 16×). Robust on a loaded machine: the two sizes are timed alternately, best of several
// runs each, and the base size is doubled until one run is long enough to time reliably.
import { strict as assert } from 'node:assert';

export interface ScalingResult {
  readonly size: number;
  readonly baseMs: number;
  readonly largeMs: number;
  readonly ratio: number;
}

const minimumBaseMs = 25;
const maximumDoublings = 10;
const runs = 7;

/** Times `pass` on `make(size)` and `make(4 × size)`; `size` grows until the base run takes a few milliseconds. */
export function measureScaling<T>(make: (size: number) => T, pass: (input: T) => unknown, startSize: number): ScalingResult {
  let size = startSize;
  // The size is chosen on warm runs: choosing it on cold ones (the first compiles) left bases of a few milliseconds
  // once warm, too short to time, and a ratio that flipped past the bound from run to run.
  const settledTime = (input: T) => {
    timeOnce(pass, input);
    return Math.min(timeOnce(pass, input), timeOnce(pass, input), timeOnce(pass, input));
  };
  for (let doubling = 0; doubling < maximumDoublings && settledTime(make(size)) < minimumBaseMs; doubling++) size *= 2;
  const base = make(size);
  const large = make(size * 4);
  timeOnce(pass, large);
  let baseMs = Infinity;
  let largeMs = Infinity;
  for (let run = 0; run < runs; run++) {
    baseMs = Math.min(baseMs, timeOnce(pass, base));
    largeMs = Math.min(largeMs, timeOnce(pass, large));
  }
  return { size, baseMs, largeMs, ratio: largeMs / Math.max(baseMs, 0.01) };
}

export function assertLinear<T>(make: (size: number) => T, pass: (input: T) => unknown, startSize: number, maxRatio = 6): void {
  const result = measureScaling(make, pass, startSize);
  assert.ok(result.ratio <= maxRatio, `4× the input took ${result.ratio.toFixed(1)}× the time (${result.baseMs.toFixed(1)} ms at size ${result.size}, ${result.largeMs.toFixed(1)} ms at 4×)`);
}

/** CPU time, not wall time: on a loaded machine the time a run waits for a core is not the pass's. */
function timeOnce<T>(pass: (input: T) => unknown, input: T): number {
  const start = process.cpuUsage();
  pass(input);
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}
