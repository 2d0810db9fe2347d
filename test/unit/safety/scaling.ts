// Scaling checks for passes that must stay linear: the time at 4× the input must be at most 6× the time at 1×
// (a quadratic pass shows 16×). Robust on a loaded machine: the two sizes are timed alternately, best of several
// runs each, each from a collected heap, and the base size is doubled until one run is long enough to time reliably
// (past ten doublings, each timing repeats the pass instead).
import { strict as assert } from 'node:assert';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

export interface ScalingResult {
  readonly size: number;
  readonly baseMs: number;
  readonly largeMs: number;
  readonly ratio: number;
}

const minimumBaseMs = 25;
const maximumDoublings = 10;
const maximumRepeats = 64;
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
  let doublings = 0;
  for (; doublings < maximumDoublings && settledTime(make(size)) < minimumBaseMs; doublings++) size *= 2;
  let repeats = 1;
  for (;;) {
    const measured = measureAt(make, pass, size, repeats);
    // Runs can still get faster after the sizing (later tiers of the JIT): a workspace-index base measured 8 ms
    // once warm, too short to time, and its ratio passed the bound. Such a base is measured again at twice the size;
    // past the last doubling, each timing runs the pass several times over (a pass over padding that never gets to
    // 25 ms by size measured 4.4 ms at 1,000× and its ratio was noise: 6.2× and 7.5× in two runs under load).
    if (measured.baseMs >= minimumBaseMs) return { ...measured, baseMs: measured.baseMs / repeats, largeMs: measured.largeMs / repeats };
    if (doublings < maximumDoublings) {
      size *= 2;
      doublings++;
    } else if (repeats < maximumRepeats) {
      repeats = Math.min(maximumRepeats, Math.ceil((minimumBaseMs * repeats) / Math.max(measured.baseMs, 0.1)));
    } else {
      return { ...measured, baseMs: measured.baseMs / repeats, largeMs: measured.largeMs / repeats };
    }
  }
}

/** The base and 4× inputs timed alternately, best of `runs` each, each timing `repeats` passes. */
function measureAt<T>(make: (size: number) => T, pass: (input: T) => unknown, size: number, repeats: number): ScalingResult {
  const base = make(size);
  const large = make(size * 4);
  timeOnce(pass, large, repeats);
  let baseMs = Infinity;
  let largeMs = Infinity;
  for (let run = 0; run < runs; run++) {
    baseMs = Math.min(baseMs, timeOnce(pass, base, repeats));
    largeMs = Math.min(largeMs, timeOnce(pass, large, repeats));
  }
  return { size, baseMs, largeMs, ratio: largeMs / Math.max(baseMs, 0.01) };
}

export function assertLinear<T>(make: (size: number) => T, pass: (input: T) => unknown, startSize: number, maxRatio = 6): void {
  const result = measureScaling(make, pass, startSize);
  assert.ok(result.ratio <= maxRatio, `4× the input took ${result.ratio.toFixed(1)}× the time (${result.baseMs.toFixed(1)} ms at size ${result.size}, ${result.largeMs.toFixed(1)} ms at 4×)`);
}

/**
 * A full garbage collection, so that no run pays for the garbage of the one before it: a 4× run that did measured
 * 10× instead of 5× once in four, best of seven. (The flag, set now, exposes `gc` in contexts made after it.)
 */
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

/** CPU time, not wall time: on a loaded machine the time a run waits for a core is not the pass's. */
function timeOnce<T>(pass: (input: T) => unknown, input: T, repeats = 1): number {
  collectGarbage();
  const start = process.cpuUsage();
  for (let repeat = 0; repeat < repeats; repeat++) pass(input);
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}
