/**
 * The stderr line of `score` that names the pools under the scheme's minimum size: each firm of such
 * a pool got the fallback class instead of a quota place and was scored on what the scheme says (its
 * whole group, or the pool itself), which a reader of the results must know. The results table's
 * 说明 cell says it for each firm (@mujun/csv's smallPoolNote).
 */
import type { PoolSummary } from '@mujun/core';

/** Pools named before "…". */
const SHOWN = 5;

/** The line, or null when no pool is under the minimum. */
export function smallPoolsLine(pools: readonly Pick<PoolSummary, 'pool' | 'size' | 'smallPool'>[]): string | null {
  const small = pools.filter((p) => p.smallPool !== undefined);
  const rule = small[0]?.smallPool;
  if (rule === undefined) return null;
  const firms = small.reduce((n, p) => n + p.size, 0);
  const named = small.slice(0, SHOWN).map((p) => `${p.pool} (${p.size})`);
  const rest = small.length - named.length;
  const zhNames = named.join('、') + (rest > 0 ? `等 ${small.length} 个` : '');
  const enNames = named.join(', ') + (rest > 0 ? `, … ${rest} more` : '');
  const zhClass = rule.fallbackClass === null ? '' : `类别一律按 ${rule.fallbackClass} 类，`;
  const enClass = rule.fallbackClass === null ? '' : `all classed ${rule.fallbackClass}, `;
  const zhBasis = rule.benchmarkOn === 'group' ? '以所在组全部企业为基准评分' : '以本池为基准评分';
  const enBasis = rule.benchmarkOn === 'group' ? 'scored on the benchmarks of their whole group' : 'scored on the pool’s own benchmarks';
  return (
    `score: 注意 / note: ${small.length} 个评价池不足 ${rule.minPoolSize} 家企业（${zhNames}），其 ${firms} 家企业${zhClass}${zhBasis}（方案 classes.smallPool） / ` +
    `${small.length} pool(s) under ${rule.minPoolSize} firms (${enNames}): their ${firms} firms are ${enClass}${enBasis} (scheme classes.smallPool)`
  );
}
