import { evaluate } from '@mujun/core';
import { classRule } from '@mujun/core/engine';
import type { ClassId, EnterpriseRecord, Scheme } from '@mujun/core';
import { PolicyError } from '../errors.js';
import { buildModel } from './buildModel.js';
import { classifyPool } from './classifyPool.js';
import { fillDraw, micros, newDraw, reportDraw } from './drawParameters.js';
import { firmCents, type ShownRounding } from './firmCents.js';
import { RATIO } from './poolModel.js';
import { mulberry32 } from './prng.js';
import type { DrawParameters, FirmSensitivity, SensitivityOptions, SensitivityResult } from './types.js';

/** Weight noise when none is given: ±10 %. */
export const DEFAULT_WEIGHT_NOISE = 0.1;

function checkOptions(o: SensitivityOptions): void {
  const problems: string[] = [];
  if (!Number.isInteger(o.draws) || o.draws < 1 || o.draws > 100_000)
    problems.push(`抽样次数 draws = ${o.draws}，应为 1 … 100 000 的整数 / draws: ${o.draws} is not a whole number in 1 … 100 000`);
  for (const [name, v] of [
    ['weightNoise', o.weightNoise ?? DEFAULT_WEIGHT_NOISE],
    ['benchmarkNoise', o.benchmarkNoise ?? 0],
    ['dataError', o.dataError ?? 0],
  ] as const) {
    if (!(Number.isFinite(v) && v >= 0 && v < 1)) problems.push(`噪声水平 ${name} = ${v}，应在 [0, 1) / ${name}: ${v} is not a relative level in [0, 1)`);
  }
  const stability = o.stability ?? 0.95;
  if (!(stability > 0 && stability <= 1)) problems.push(`稳定阈值 stability = ${stability}，应在 (0, 1] / stability: ${stability} is not in (0, 1]`);
  if (problems.length > 0) throw new PolicyError('invalid-options', '敏感性分析参数无效 / invalid sensitivity options', problems);
}

/**
 * Seeded Monte Carlo sensitivity (敏感性分析) of classes to the scheme's weights — and optionally
 * to benchmarks and input data within a stated relative error: for each scored firm the share of
 * draws in each class, and the firms whose class is unstable.
 *
 * The evaluation runs once, exactly. Each draw then recomputes totals from each firm's raw
 * indicator scores (a weight scales its scores; ratio scores are recomputed from value and
 * benchmark with cap and floor) in float64 with an error bound, and falls back to exact decimals
 * for totals within the bound of a rounding boundary; the rounded totals are integers, so ranks,
 * quotas and thresholds are exact. Classes follow the scheme's rule per pool (quota, threshold,
 * hybrid, small pools, tie-break, vetoes) as core's evaluate applies it.
 *
 * Deterministic for a seed and independent of the order of the records. With zero noise every
 * firm's probability is 1 for its evaluated class. Benchmark noise and data error reach ratio
 * scores only (benchmarks of pool statistics are held fixed when a firm's data moves).
 */
export function sensitivity(records: readonly EnterpriseRecord[], scheme: Scheme, options: SensitivityOptions): SensitivityResult {
  checkOptions(options);
  const evaluation = evaluate(records, scheme);
  const m = buildModel(evaluation, records);
  const prepared = classRule(evaluation.scheme.classes, evaluation.scheme.rounding.decimals);
  const { decimals, mode } = evaluation.scheme.rounding;
  const rounding: ShownRounding = { decimals, mode, scale: 10 ** decimals };
  const tiers = evaluation.scheme.classes.tiers.map((t) => t.id as ClassId);
  const benchmarkNoise = options.benchmarkNoise ?? 0;
  const dataError = options.dataError ?? 0;
  const prng = mulberry32(options.seed);
  const draw = newDraw(m);
  const eta = new Int32Array(m.raw.length);
  const units = new Float64Array(m.firmCount);
  const classOf = new Int32Array(m.firmCount);
  const keys = new Float64Array(m.firmCount);
  const counts = new Int32Array(m.firmCount * tiers.length);
  const stats = { fallbacks: 0 };
  const reported: DrawParameters[] = [];
  // Data errors are drawn per firm in credit-code order, so the input order cannot matter.
  const firmOrder = Array.from({ length: m.firmCount }, (_, f) => f).sort((a, b) => {
    const x = evaluation.results[a]?.creditCode ?? '';
    const y = evaluation.results[b]?.creditCode ?? '';
    return x < y ? -1 : x > y ? 1 : (evaluation.results[a]?.pool ?? '') < (evaluation.results[b]?.pool ?? '') ? -1 : 1;
  });

  for (let d = 0; d < options.draws; d += 1) {
    fillDraw(draw, m, prng, options.weightNoise ?? DEFAULT_WEIGHT_NOISE, options.renormalise ?? true, benchmarkNoise);
    if (dataError > 0) {
      for (const f of firmOrder) {
        for (let t = m.termStart[f] ?? 0; t < (m.termStart[f + 1] ?? 0); t += 1) eta[t] = m.termKind[t] === RATIO ? micros(prng, dataError) : 0;
      }
    }
    if (options.reportDraws === true) reported.push(reportDraw(d + 1, draw, m, benchmarkNoise));
    for (let f = 0; f < m.firmCount; f += 1) units[f] = firmCents(m, f, draw, eta, rounding, stats);
    for (const pool of m.pools) classifyPool(pool, units, m.vetoes, prepared, keys, classOf);
    for (let f = 0; f < m.firmCount; f += 1) counts[f * tiers.length + (classOf[f] ?? 0)] = (counts[f * tiers.length + (classOf[f] ?? 0)] ?? 0) + 1;
  }

  const stability = options.stability ?? 0.95;
  const perFirm: FirmSensitivity[] = evaluation.results.map((r, f) => {
    const c = Object.fromEntries(tiers.map((id, k) => [id, counts[f * tiers.length + k] ?? 0])) as Partial<Record<ClassId, number>>;
    const probabilities = Object.fromEntries(tiers.map((id) => [id, (c[id] ?? 0) / options.draws])) as Partial<Record<ClassId, number>>;
    return {
      creditCode: r.creditCode,
      name: r.name,
      pool: r.pool,
      evaluatedClass: r.class,
      probabilities,
      counts: c,
      unstable: (c[r.class] ?? 0) < stability * options.draws,
    };
  });
  const warnings: string[] = [];
  if (benchmarkNoise > 0 || dataError > 0) {
    const untouched = evaluation.scheme.groups.flatMap((g) => g.indicators.filter((i) => i.normalisation.method !== 'ratio').map((i) => `${g.id}.${i.id}`));
    if (untouched.length > 0)
      warnings.push(
        `基准与数据扰动仅作用于比值法指标，未作用于 ${untouched.join('、')} / benchmark/data noise reaches ratio scores only; not: ${untouched.join(', ')}`,
      );
  }
  const result: SensitivityResult = {
    evaluation,
    drawCount: options.draws,
    seed: options.seed,
    perFirm,
    unstable: perFirm
      .filter((p) => p.unstable)
      .map((p) => p.creditCode)
      .sort(),
    exactFallbacks: stats.fallbacks,
    warnings,
  };
  if (options.reportDraws === true) result.draws = reported;
  return result;
}
