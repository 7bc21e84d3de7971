import { Dec } from '@mujun/core/engine';
import type { SensitivityModel } from './poolModel.js';
import type { Prng } from './prng.js';
import type { DrawParameters } from './types.js';

/** One draw's global parameters: weight factors per group × indicator, benchmark factors per pool × indicator. */
export interface Draw {
  /** r = w′ / w, as the exact 9-decimal string and its float. Index: group × maxIndicators + j. */
  weightFactor: string[];
  weightFactorF: Float64Array;
  /** 1 + δ in millionths (δ × 10⁶ as an integer). Index: pool × maxIndicators + j. */
  benchmarkMicros: Int32Array;
}

/** Creates the reusable buffers of a draw. */
export function newDraw(m: SensitivityModel): Draw {
  const size = m.groupIds.length * m.maxIndicators;
  return {
    weightFactor: new Array<string>(size).fill('1'),
    weightFactorF: new Float64Array(size).fill(1),
    benchmarkMicros: new Int32Array(m.pools.length * m.maxIndicators),
  };
}

/** A relative noise level drawn uniformly in [−level, level], as an integer number of millionths. */
export function micros(prng: Prng, level: number): number {
  return level === 0 ? 0 : Math.round(prng.symmetric(level) * 1e6);
}

/**
 * Fills a draw: for each group (scheme order) and indicator, w′ = w (1 + ε), ε uniform in
 * ±weightNoise, then (renormalise) scaled so the group's weights keep their total. The factor
 * r = w′/w is rounded to 9 decimals and used exactly. Then benchmark factors per pool (key order).
 */
export function fillDraw(d: Draw, m: SensitivityModel, prng: Prng, weightNoise: number, renormalise: boolean, benchmarkNoise: number): void {
  m.scheme.groups.forEach((group, g) => {
    const a = group.indicators.map(() => 1 + micros(prng, weightNoise) / 1e6);
    let total = 0;
    let noisy = 0;
    group.indicators.forEach((spec, j) => {
      total += spec.weight;
      noisy += spec.weight * (a[j] ?? 1);
    });
    group.indicators.forEach((_, j) => {
      const r = renormalise ? ((a[j] ?? 1) * total) / noisy : (a[j] ?? 1);
      const text = r.toFixed(9);
      d.weightFactor[g * m.maxIndicators + j] = text;
      d.weightFactorF[g * m.maxIndicators + j] = Number(text);
    });
  });
  if (benchmarkNoise > 0) {
    for (let i = 0; i < d.benchmarkMicros.length; i += 1) d.benchmarkMicros[i] = micros(prng, benchmarkNoise);
  }
}

/** The reported parameters of a draw: the weights used (exact) and benchmark multipliers. */
export function reportDraw(index: number, d: Draw, m: SensitivityModel, benchmarkNoise: number): DrawParameters {
  const weights: Record<string, Record<string, string>> = {};
  m.scheme.groups.forEach((group, g) => {
    weights[group.id] = Object.fromEntries(
      group.indicators.map((spec, j) => [spec.id, new Dec(String(spec.weight)).times(d.weightFactor[g * m.maxIndicators + j] ?? '1').toString()]),
    );
  });
  const report: DrawParameters = { draw: index, weights };
  if (benchmarkNoise > 0) {
    report.benchmarkFactors = Object.fromEntries(
      m.pools.map((pool, p) => {
        const group = m.scheme.groups[m.firmGroup[pool.byTieRank[0] ?? 0] ?? 0];
        return [
          pool.key,
          Object.fromEntries(
            (group?.indicators ?? []).map((spec, j) => [
              spec.id,
              new Dec(1).plus(new Dec(d.benchmarkMicros[p * m.maxIndicators + j] ?? 0).div(1e6)).toString(),
            ]),
          ),
        ];
      }),
    );
  }
  return report;
}
