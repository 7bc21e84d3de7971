import type { SmallPoolFallback } from '@mujun/core';
import type { ReportLang } from '../types.js';

/**
 * What the report adds to the name of a pool under the scheme's minimum size: the class its firms
 * got instead of quota places and what they were benchmarked on, so a reader does not take its
 * classes for a ranking.
 */
export function smallPoolLabel(f: SmallPoolFallback, lang: ReportLang): string {
  if (lang === 'zh') {
    const cls = f.fallbackClass === null ? '' : `按 ${f.fallbackClass} 类，`;
    return `（不足 ${f.minPoolSize} 家：${cls}${f.benchmarkOn === 'group' ? `以全组 ${f.scoredWith} 家为基准` : '以本池为基准'}）`;
  }
  const cls = f.fallbackClass === null ? '' : `class ${f.fallbackClass}, `;
  return ` (under ${f.minPoolSize} firms: ${cls}${f.benchmarkOn === 'group' ? `benchmarked on the whole group's ${f.scoredWith}` : 'benchmarked on itself'})`;
}
