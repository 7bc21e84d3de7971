import { CELL_IMPUTED_AVERAGE, poolSummary } from '@mujun/core/engine';
import type { BenchmarkUsed, ColumnarEvaluation, PoolSummary } from '@mujun/core';

/** Each pool's size, class counts, lowest total per class and small-pool fallback, as core's `Evaluation.pools` has them. */
export function poolSummariesOf(ev: ColumnarEvaluation): PoolSummary[] {
  return ev.pools.map((pool) => poolSummary(ev, pool));
}

/**
 * Every benchmark the evaluation used, as core's `Evaluation.benchmarks` lists them — except that
 * a pool average score (`averageScore`, exact, so computed from every firm's exact score when
 * read) is given only where a firm of the pool was scored with it: elsewhere nobody's score
 * depends on it, and computing it cost more than the whole evaluation (10⁵ firms).
 */
export function benchmarksOf(ev: ColumnarEvaluation): BenchmarkUsed[] {
  return ev.pools.flatMap((pool) => {
    const m = pool.group.indicators.length;
    return pool.indicators.flatMap((ind, j) => {
      // Only an indicator with a pool-average rule has the (lazy) field; looking at it does not compute it.
      if (ind.entries[0] === undefined || Object.getOwnPropertyDescriptor(ind.entries[0], 'averageScore') === undefined) return ind.entries;
      for (let k = 0; k < pool.members.length; k++) if ((pool.cell[k * m + j] as number) & CELL_IMPUTED_AVERAGE) return ind.entries;
      return ind.entries.map(withoutAverage);
    });
  });
}

/** A benchmark entry without its averageScore (its other fields copied; the lazy average not read). */
function withoutAverage(entry: BenchmarkUsed): BenchmarkUsed {
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(entry)) if (key !== 'averageScore') copy[key] = entry[key as keyof BenchmarkUsed];
  return copy as unknown as BenchmarkUsed;
}
