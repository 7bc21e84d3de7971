import { unitsText, type BenchmarkUsed, type ClassId, type ColumnarEvaluation, type PoolSummary } from '@mujun/core';

/**
 * Each pool's size, class counts and the lowest total that reached each class, as core's
 * `Evaluation.pools` has them, read from the columns (rank order: the last total seen per class).
 */
export function poolSummariesOf(ev: ColumnarEvaluation): PoolSummary[] {
  const { tiers } = ev.scheme.classes;
  const { decimals } = ev.scheme.rounding;
  return ev.pools.map((pool) => {
    const counts: Record<string, number> = Object.fromEntries(tiers.map((t) => [t.id, 0]));
    const lowestTotal: PoolSummary['lowestTotal'] = {};
    for (let p = 0; p < pool.members.length; p++) {
      const cls = tiers[pool.classIndex[p] as number]!.id as ClassId;
      counts[cls] = (counts[cls] ?? 0) + 1;
      lowestTotal[cls] = unitsText(pool.totalUnits[pool.order[p] as number] as number, decimals);
    }
    return { pool: pool.key, group: pool.group.id, county: pool.county, size: pool.members.length, counts, lowestTotal };
  });
}

/** Every benchmark the evaluation used, as core's `Evaluation.benchmarks` lists them. */
export function benchmarksOf(ev: ColumnarEvaluation): BenchmarkUsed[] {
  return ev.pools.flatMap((pool) => pool.indicators.flatMap((ind) => ind.entries));
}
