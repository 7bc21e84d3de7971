import { classRule, Dec, poolQuota, rankedCount, tieBreakOrder, type TieBreakKey } from '@mujun/core/engine';
import type { EnterpriseRecord, Evaluation } from '@mujun/core';
import { CONSTANT, LINEAR, RATIO, poolsOf, taxPerMuOf, type PoolModel, type SensitivityModel } from './poolModel.js';

const dec = (s: string | number): Dec => new Dec(String(s));

/**
 * Takes an evaluation apart into what a draw perturbs: each firm's raw indicator scores (with,
 * for ratio scoring, the weight, value, benchmark, cap and floor they came from), its bonus −
 * penalty points, its vetoes, and each pool's tie-break order and quota counts.
 */
export function buildModel(evaluation: Evaluation, records: readonly EnterpriseRecord[]): SensitivityModel {
  const { scheme } = evaluation;
  const recordOf = new Map<string, EnterpriseRecord>();
  for (const r of records) if (!recordOf.has(r.creditCode)) recordOf.set(r.creditCode, r);
  const groupIndex = new Map(scheme.groups.map((g, i) => [g.id, i]));
  const results = evaluation.results;
  const n = results.length;
  const termStart = new Int32Array(n + 1);
  results.forEach((r, f) => {
    termStart[f + 1] = (termStart[f] ?? 0) + r.indicators.length;
  });
  const terms = termStart[n] ?? 0;
  const m: SensitivityModel = {
    scheme,
    firmCount: n,
    firmPool: new Int32Array(n),
    firmGroup: new Int32Array(n),
    termStart,
    termIndicator: new Int32Array(terms),
    termKind: new Uint8Array(terms),
    rawF: new Float64Array(terms),
    raw: [],
    weightF: new Float64Array(terms),
    weight: [],
    valueF: new Float64Array(terms),
    value: [],
    benchF: new Float64Array(terms),
    bench: [],
    capF: new Float64Array(terms),
    cap: [],
    floorF: new Float64Array(terms),
    floor: [],
    adjF: new Float64Array(n),
    adj: [],
    vetoes: [],
    pools: [],
    indicatorIds: scheme.groups.map((g) => g.indicators.map((i) => i.id)),
    groupIds: scheme.groups.map((g) => g.id),
    maxIndicators: Math.max(1, ...scheme.groups.map((g) => g.indicators.length)),
  };
  results.forEach((r, f) => {
    const g = groupIndex.get(r.group) ?? 0;
    const group = scheme.groups[g];
    m.firmGroup[f] = g;
    let sum = new Dec(0);
    r.indicators.forEach((ind, j) => {
      const t = (termStart[f] ?? 0) + j;
      const spec = group?.indicators.find((s) => s.id === ind.id);
      const raw = dec(ind.rawScore);
      sum = sum.plus(raw);
      m.termIndicator[t] = Math.max(0, group?.indicators.findIndex((s) => s.id === ind.id) ?? 0);
      m.raw[t] = raw;
      m.rawF[t] = raw.toNumber();
      m.weight[t] = dec(ind.weight);
      m.weightF[t] = Number(ind.weight);
      const norm = spec?.normalisation;
      const value = ind.value === null ? null : dec(ind.value);
      const bench = ind.benchmark === null ? null : dec(ind.benchmark);
      m.value[t] = value;
      m.bench[t] = bench;
      m.valueF[t] = value?.toNumber() ?? NaN;
      m.benchF[t] = bench?.toNumber() ?? NaN;
      const cap = norm?.method === 'ratio' && norm.capMultiple !== undefined ? dec(norm.capMultiple) : null;
      const floor = norm?.method === 'ratio' && norm.floor !== undefined ? dec(norm.floor) : null;
      m.cap[t] = cap;
      m.floor[t] = floor;
      m.capF[t] = cap?.toNumber() ?? NaN;
      m.floorF[t] = floor?.toNumber() ?? NaN;
      if (norm?.method !== 'ratio' || ind.imputed) m.termKind[t] = LINEAR;
      else if (value !== null && bench !== null && bench.gt(0)) m.termKind[t] = RATIO;
      else m.termKind[t] = CONSTANT;
    });
    // Bonus − penalty exactly as core added it: rawTotal = points + Σ raw scores.
    const adj = dec(r.rawTotal).minus(sum);
    m.adj[f] = adj;
    m.adjF[f] = adj.toNumber();
    m.vetoes[f] = r.adjustments.flatMap((a) => (a.kind === 'veto' && a.effect !== undefined ? [a.effect] : []));
  });
  const shared = scheme.classes.tieBreak === 'shared';
  let p = 0;
  for (const [key, firms] of poolsOf(evaluation)) {
    const keys: (TieBreakKey & { f: number })[] = firms.map((f) => {
      const r = results[f];
      return { f, index: f, creditCode: r?.creditCode ?? '', taxPerMu: r === undefined ? null : taxPerMuOf(recordOf.get(r.creditCode), r.landMu) };
    });
    keys.sort((a, b) => tieBreakOrder(a, b, shared));
    const rule = classRule(scheme.classes, scheme.rounding.decimals);
    const pool: PoolModel = {
      key,
      byTieRank: Int32Array.from(keys.map((k) => k.f)),
      // Vetoes do not change with the draws, so neither does the number of firms that take quota places.
      quota: poolQuota(
        rule,
        firms.length,
        rankedCount(rule, firms.length, (q) => m.vetoes[firms[q] as number]),
      ),
    };
    for (const f of firms) m.firmPool[f] = p;
    m.pools.push(pool);
    p += 1;
  }
  return m;
}
