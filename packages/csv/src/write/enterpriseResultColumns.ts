import { INDICATOR_IDS, type EnterpriseResult, type IndicatorId } from '@mujun/core';
import { INDICATOR_LABELS } from './indicatorLabels.js';
import type { ResultColumn } from './resultColumn.js';

/**
 * The standard columns of a results file, for scored enterprises: credit code, name, group,
 * county, total, class, rank, then a value column and a score column for each indicator given
 * (default: all ten, in INDICATOR_IDS order; pass the scheme's to leave the others out).
 */
export function enterpriseResultColumns(indicators: readonly IndicatorId[] = INDICATOR_IDS): ResultColumn<EnterpriseResult>[] {
  const columns: ResultColumn<EnterpriseResult>[] = [
    { id: 'creditCode', zh: '统一社会信用代码', en: 'Credit code', kind: 'code', value: (r) => r.creditCode },
    { id: 'name', zh: '企业名称', en: 'Name', value: (r) => r.name },
    { id: 'group', zh: '评价组', en: 'Group', value: (r) => r.group },
    { id: 'county', zh: '区县', en: 'County', value: (r) => r.county },
    { id: 'total', zh: '总得分', en: 'Total', kind: 'number', value: (r) => r.total },
    { id: 'class', zh: '类别', en: 'Class', value: (r) => r.class },
    { id: 'rank', zh: '组内排名', en: 'Rank', kind: 'number', value: (r) => r.rank },
  ];
  for (const id of indicators) {
    const l = INDICATOR_LABELS[id];
    const find = (r: EnterpriseResult) => r.indicators.find((i) => i.id === id);
    columns.push(
      { id: `${id}.value`, zh: `${l.zh}(${l.unitZh})`, en: `${l.en} (${l.unitEn})`, kind: 'number', value: (r) => find(r)?.value },
      { id: `${id}.score`, zh: `${l.zh}得分`, en: `${l.en} score`, kind: 'number', value: (r) => find(r)?.score },
    );
  }
  return columns;
}
