import { Dec, type PoolQuota } from '@mujun/core/engine';
import { type EnterpriseRecord, type Evaluation, type Scheme, compareText, type VetoEffect } from '@mujun/core';

/** Term kind: score = r × raw, linear in the weight (min-max, percentile, lower-is-better, imputed). */
export const LINEAR = 0;
/** Term kind: score = clamp(w r x (1+η) / (B (1+δ))), ratio to a benchmark > 0 with a value. */
export const RATIO = 1;
/** Term kind: the score does not move (ratio scoring without a benchmark > 0: the floor or 0). */
export const CONSTANT = 2;

/**
 * Everything a draw needs, as flat arrays over "terms" (one per firm × indicator of its group),
 * with both float64 copies (fast path) and exact decimals (fallback).
 */
export interface SensitivityModel {
  scheme: Scheme;
  /** Firms in the evaluation's order. */
  firmCount: number;
  firmPool: Int32Array;
  firmGroup: Int32Array;
  termStart: Int32Array; // firm f's terms are termStart[f] … termStart[f + 1) − 1
  termIndicator: Int32Array; // index of the indicator within its group
  termKind: Uint8Array;
  rawF: Float64Array;
  raw: Dec[];
  weightF: Float64Array;
  weight: Dec[];
  valueF: Float64Array;
  value: (Dec | null)[];
  benchF: Float64Array;
  bench: (Dec | null)[];
  capF: Float64Array; // capMultiple, NaN when none
  cap: (Dec | null)[];
  floorF: Float64Array; // floor in points, NaN when none
  floor: (Dec | null)[];
  adjF: Float64Array; // bonus − penalty points
  adj: Dec[];
  vetoes: VetoEffect[][];
  pools: PoolModel[];
  /** Indicators per group, in scheme order. */
  indicatorIds: string[][];
  groupIds: string[];
  maxIndicators: number;
}

/** One pool: its firms in tie-break order and its class rule, precomputed. */
export interface PoolModel {
  key: string;
  /** Firm indices, in tie-break order (the order among equal shown totals). */
  byTieRank: Int32Array;
  /** The quota side of core's class rule for this pool's size. */
  quota: PoolQuota;
}

/** taxPerMu = tax (万元) / effective land (亩), as core computes it for the tie-break; null without tax. */
export function taxPerMuOf(record: EnterpriseRecord | undefined, landMu: string): Dec | null {
  if (record?.taxWan === undefined) return null;
  const land = new Dec(landMu);
  return land.lte(0) ? null : new Dec(record.taxWan).div(land);
}

/** Pools of an evaluation in a fixed order (by key), each with its firms' indices. */
export function poolsOf(evaluation: Evaluation): Map<string, number[]> {
  const pools = new Map<string, number[]>();
  evaluation.results.forEach((r, i) => {
    const list = pools.get(r.pool) ?? [];
    list.push(i);
    pools.set(r.pool, list);
  });
  return new Map([...pools.entries()].sort(([a], [b]) => compareText(a, b)));
}
