import { decidedRound, Dec, roundTo, type RoundingMode } from '@mujun/core/engine';
import type { Draw } from './drawParameters.js';
import { LINEAR, RATIO, type SensitivityModel } from './poolModel.js';

/** The scheme's rounding, as needed to turn a total into whole units of its last decimal. */
export interface ShownRounding {
  decimals: number;
  mode: RoundingMode;
  scale: number; // 10^decimals
}

/**
 * Float64 error bound, relative to Σ|terms|: every term is at most ~10 roundings of 2⁻⁵³ and
 * the sum adds ≤ 11 more, so 3·10⁻¹⁵ would do; 10⁻¹² leaves a wide margin at no real cost.
 */
const RELATIVE_BOUND = 1e-12;

/** The firm's shown total in this draw, in units of the last shown decimal (e.g. cents), or null when the float is too close to a rounding boundary (core's decidedRound). */
export function fastCents(m: SensitivityModel, f: number, d: Draw, eta: Int32Array, r: ShownRounding): number | null {
  const start = m.termStart[f] ?? 0;
  const end = m.termStart[f + 1] ?? start;
  const rowW = (m.firmGroup[f] ?? 0) * m.maxIndicators;
  const rowB = (m.firmPool[f] ?? 0) * m.maxIndicators;
  let total = m.adjF[f] ?? 0;
  let size = Math.abs(total);
  for (let t = start; t < end; t += 1) {
    const j = m.termIndicator[t] ?? 0;
    const wf = d.weightFactorF[rowW + j] ?? 1;
    const kind = m.termKind[t];
    let s: number;
    if (kind === LINEAR) s = wf * (m.rawF[t] ?? 0);
    else if (kind === RATIO) {
      const e = eta[t] ?? 0;
      const b = d.benchmarkMicros[rowB + j] ?? 0;
      if (wf === 1 && e === 0 && b === 0) s = m.rawF[t] ?? 0;
      else {
        const w = (m.weightF[t] ?? 0) * wf;
        s = (w * (m.valueF[t] ?? 0) * (1 + e / 1e6)) / ((m.benchF[t] ?? 1) * (1 + b / 1e6));
        const cap = m.capF[t] ?? NaN;
        if (!Number.isNaN(cap) && s > w * cap) s = w * cap;
        const floor = m.floorF[t] ?? NaN;
        if (!Number.isNaN(floor) && s < floor) s = floor;
      }
    } else s = m.rawF[t] ?? 0;
    total += s;
    size += Math.abs(s);
  }
  const cents = decidedRound(total, size * RELATIVE_BOUND, r.decimals, r.mode);
  return cents === null ? null : cents + 0; // + 0: a zero total just below 0 is 0, not −0
}

/** The same total in exact decimals (40 digits), rounded by the scheme's rule. */
export function exactCents(m: SensitivityModel, f: number, d: Draw, eta: Int32Array, r: ShownRounding): number {
  const start = m.termStart[f] ?? 0;
  const end = m.termStart[f + 1] ?? start;
  const rowW = (m.firmGroup[f] ?? 0) * m.maxIndicators;
  const rowB = (m.firmPool[f] ?? 0) * m.maxIndicators;
  let total: Dec = m.adj[f] ?? new Dec(0);
  for (let t = start; t < end; t += 1) {
    const j = m.termIndicator[t] ?? 0;
    const wfText = d.weightFactor[rowW + j] ?? '1';
    const raw = m.raw[t] ?? new Dec(0);
    const kind = m.termKind[t];
    const e = eta[t] ?? 0;
    const b = d.benchmarkMicros[rowB + j] ?? 0;
    let s: Dec;
    if (kind === LINEAR) s = raw.times(wfText);
    else if (kind === RATIO && !(Number(wfText) === 1 && e === 0 && b === 0)) {
      const w = (m.weight[t] ?? new Dec(0)).times(wfText);
      const x = (m.value[t] ?? new Dec(0)).times(new Dec(1).plus(new Dec(e).div(1e6)));
      const bench = (m.bench[t] ?? new Dec(1)).times(new Dec(1).plus(new Dec(b).div(1e6)));
      s = w.times(x).div(bench);
      const cap = m.cap[t] ?? null;
      if (cap !== null && s.gt(w.times(cap))) s = w.times(cap);
      const floor = m.floor[t] ?? null;
      if (floor !== null && s.lt(floor)) s = floor;
    } else s = raw;
    total = total.plus(s);
  }
  return roundTo(total, r.decimals, r.mode).times(r.scale).toNumber();
}

/**
 * The firm's shown total in this draw in whole units of the last decimal: float64 with an error
 * bound, falling back to exact decimals within the bound of a rounding boundary. Integers
 * compare exactly, so ranks and class boundaries are then exact too.
 */
export function firmCents(m: SensitivityModel, f: number, d: Draw, eta: Int32Array, r: ShownRounding, stats: { fallbacks: number }): number {
  const fast = fastCents(m, f, d, eta, r);
  if (fast !== null) return fast;
  stats.fallbacks += 1;
  return exactCents(m, f, d, eta, r);
}
