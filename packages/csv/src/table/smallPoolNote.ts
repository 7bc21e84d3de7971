import type { SmallPoolFallback } from '@mujun/core';
import type { TableLanguage } from './tableLanguage.js';

/**
 * What the 说明 (detail) cell of every firm of a pool under the scheme's minimum size says, in the
 * table's language: that the pool is small, the class it got instead of a quota place, and what its
 * benchmarks were computed over — so a reader of the table sees why a lone firm is not its own
 * benchmark. One definition for both writers of the results table (and `score`'s stderr line).
 */
export function smallPoolNote(f: SmallPoolFallback, language: TableLanguage): string {
  if (language === 'zh') {
    const cls = f.fallbackClass === null ? '' : `类别按 ${f.fallbackClass} 类，`;
    const basis = f.benchmarkOn === 'group' ? `基准按全组 ${f.scoredWith} 家企业计算` : '基准按本池计算';
    return `评价池不足 ${f.minPoolSize} 家：${cls}${basis}`;
  }
  const cls = f.fallbackClass === null ? '' : `class ${f.fallbackClass}, `;
  const basis = f.benchmarkOn === 'group' ? `benchmarks over the whole group's ${f.scoredWith} firms` : 'benchmarks of the pool itself';
  return `pool under ${f.minPoolSize} firms: ${cls}${basis}`;
}
