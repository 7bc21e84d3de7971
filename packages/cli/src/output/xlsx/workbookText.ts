/** The fixed words of the results workbook, 中文 and English: sheet names, labels, headers. */
import type { Bilingual } from '@mujun/core';
import type { TableLanguage } from '@mujun/csv';

export const SHEETS = {
  results: { zh: '评价结果', en: 'Results' },
  excluded: { zh: '排除企业', en: 'Excluded' },
  rejected: { zh: '拒收数据', en: 'Rejected rows' },
  accounting: { zh: '核算', en: 'Accounting' },
  scheme: { zh: '评价方案', en: 'Scheme' },
  benchmarks: { zh: '基准值', en: 'Benchmarks' },
} as const satisfies Record<string, Bilingual>;

/** `总得分(分)` / `total (points)`: a header with its unit, unless it names one already. */
export function headerWithUnit(header: string, unit: string | undefined, language: TableLanguage): string {
  if (unit === undefined || /[)）]$/.test(header)) return header;
  return language === 'zh' ? `${header}(${unit})` : `${header} (${unit})`;
}
