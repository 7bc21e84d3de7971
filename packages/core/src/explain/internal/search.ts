/** What one step of the search learns from the engine: whether the firm reached the class, and by how much it is short (or over). */
export interface Step {
  passes: boolean;
  /** Shown total minus the total needed now, in units of the shown precision. */
  margin: number;
}

/**
 * The smallest number of steps k in 1 … maxK (a step is one unit of the figure's stated precision,
 * in the direction that helps) at which `probe` passes, found with few probes — each re-scores the
 * firm's whole pool. Step 0 (the figure as it is) fails with margin `m0`.
 *
 * Search: from the first guess, extrapolate the margin (secant) until a step passes, then close the
 * bracket [last failing, first passing] — in ratio while it spans orders of magnitude, then by secant
 * steps (Illinois: the end that stays has its margin halved). The margin need not be monotone (one
 * figure feeds several indicators; percentile scores are steps), so the answer is only ever a step
 * that passed; it is the smallest one when the margin rises with the figure and jumps at the class
 * boundary, and otherwise within five units of the shown total of it. null when no step up to maxK
 * passes, when the firm would leave its pool, or when the margin stops improving (a capped indicator).
 */
export function searchSteps(probe: (k: number) => Step | 'left', m0: number, maxK: number, firstGuess: number): number | null {
  let lo = { k: 0, m: m0 };
  let prev: { k: number; m: number } | null = null;
  let hi: { k: number; m: number } | null = null;
  let limit = maxK;
  let stalled = 0;
  let lastMoved: 'lo' | 'hi' | null = null;
  let k = clamp(Math.round(firstGuess), 1, limit);
  for (let probes = 0; probes < MAX_PROBES && limit >= 1; probes++) {
    const step = probe(k);
    if (step === 'left') {
      // The firm would leave its pool here (e.g. land below the threshold), and beyond.
      if (hi !== null) lo = { k, m: lo.m };
      else limit = k - 1;
      if (hi === null && lo.k >= limit) return null;
    } else if (step.passes) {
      hi = { k, m: step.margin };
      // Illinois: when the same end moves twice running, halve the other end's margin, so the
      // next secant step reaches toward it (a margin that bends would otherwise creep up one end).
      if (lastMoved === 'hi') lo = { k: lo.k, m: lo.m / 2 };
      lastMoved = 'hi';
    } else {
      stalled = hi === null && step.margin <= lo.m ? stalled + 1 : 0;
      prev = lo;
      lo = { k, m: step.margin };
      if (lastMoved === 'lo' && hi !== null) hi = { k: hi.k, m: hi.m / 2 };
      lastMoved = 'lo';
    }
    if (hi !== null) {
      // Close enough: the bracket is one step, or the passing step overshoots the class by less than
      // five units of the shown total (a margin that jumps, as percentile scores do, is closed to one step).
      if (hi.k - lo.k <= 1 || hi.m < NEAR) return hi.k;
      // The class changes between the two margins, near 0 (−½ unit rounds up, a lost tie asks +1):
      // aim at the middle of what is left of them around there.
      const aim = (Math.max(lo.m, -1) + Math.min(hi.m, 1.5)) / 2;
      const secant = lo.k + ((aim - lo.m) * (hi.k - lo.k)) / (hi.m - lo.m);
      // A bracket spanning orders of magnitude is halved in ratio first: margins saturate far out.
      const wide = hi.k > 4 * (lo.k + 1);
      k = clamp(Math.round(wide ? Math.sqrt((lo.k + 1) * hi.k) : Number.isFinite(secant) ? secant : lo.k + (hi.k - lo.k) / 2), lo.k + 1, hi.k - 1);
      continue;
    }
    if (lo.k >= limit || stalled >= 3) return null;
    // Not there yet: extrapolate the last two margins a quarter further, between 1 and 16 times the way so far.
    const slope = prev === null ? 0 : (lo.m - prev.m) / (lo.k - prev.k);
    // Failing above the aim means a lost tie (or a rounding 'down'): aim one unit higher.
    const aim = lo.m < AIM ? AIM : lo.m + 1;
    const guess = slope > 0 ? lo.k + 1.25 * ((aim - lo.m) / slope) : lo.k * 4 + 1;
    k = clamp(Math.round(guess), lo.k + 1, Math.min(limit, lo.k * 16 + 16));
    if (step === 'left') k = clamp(Math.round(lo.k + (limit - lo.k) / 2), lo.k + 1, limit);
  }
  return hi?.k ?? null;
}

/** The margin aimed at: a shown total rounds up from half a unit below, and a tie may be lost, so aim just above. */
const AIM = 0.25;

/** A passing margin below this (units of the shown total) is taken as the answer without closing the bracket further. */
const NEAR = 5;

/** At most this many evaluations of the pool per figure; the best passing step so far is the answer then. */
const MAX_PROBES = 24;

function clamp(x: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(hi, x));
}
