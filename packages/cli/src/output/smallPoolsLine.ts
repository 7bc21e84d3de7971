/**
 * The stderr line of `score` that names the pools under the scheme's minimum size: each firm of such
 * a pool got the fallback class instead of a quota place and was scored on what the scheme says (its
 * whole group, or the pool itself), which a reader of the results must know. The results table's
 * 说明 cell says it for each firm (@mujun/core's smallPoolText).
 */
import type { PoolSummary, Scheme } from '@mujun/core';

/** Pools named before "…". */
const SHOWN = 5;

/** The line, or null when no pool is under the minimum. */
export function smallPoolsLine(
  pools: readonly Pick<PoolSummary, 'pool' | 'group' | 'county' | 'size' | 'smallPool'>[],
  scheme: Pick<Scheme, 'groups'>,
): string | null {
  const small = pools.filter((p) => p.smallPool !== undefined);
  const rule = small[0]?.smallPool;
  if (rule === undefined) return null;
  const firms = small.reduce((n, p) => n + p.size, 0);
  const shown = small.slice(0, SHOWN);
  // The Chinese half names the group by its Chinese name, the English half by the pool key.
  const groupName = (id: string) => scheme.groups.find((g) => g.id === id)?.name ?? id;
  const zhNamed = shown.map((p) => `${groupName(p.group)}${p.county === null ? '' : `·${p.county}`}（${p.size} 家）`);
  const rest = small.length - shown.length;
  const zhNames = zhNamed.join('、') + (rest > 0 ? `等 ${small.length} 个` : '');
  const enNames = shown.map((p) => `${p.pool} (${p.size})`).join(', ') + (rest > 0 ? `, … ${rest} more` : '');
  const zhClass = rule.fallbackClass === null ? '' : `类别一律按 ${rule.fallbackClass} 类，`;
  const enClass = rule.fallbackClass === null ? '' : `all classed ${rule.fallbackClass}, `;
  const zhBasis = rule.benchmarkOn === 'group' ? '以所在组全部企业为基准评分' : '以本池为基准评分';
  const enBasis = rule.benchmarkOn === 'group' ? 'scored on the benchmarks of their whole group' : 'scored on the pool’s own benchmarks';
  return (
    `score: 注意 / note: ${small.length} 个评价池不足 ${rule.minPoolSize} 家企业（${zhNames}），其 ${firms} 家企业${zhClass}${zhBasis}（方案 classes.smallPool） / ` +
    `${small.length} pool(s) under ${rule.minPoolSize} firms (${enNames}): their ${firms} firms are ${enClass}${enBasis} (scheme classes.smallPool)`
  );
}
