import type * as z from 'zod/mini';
import type { PolicyCatalogInput } from '../catalog/catalog.js';
import type { Measure } from '../catalog/measure.js';

const SOURCE = '鲁发改价格〔2022〕56号';
const CAVEAT = 'reported by secondary sources; source text not retrieved — treat as an example (来源原文未核实，仅作示例)';

function step(years: number, rate: string): z.input<typeof Measure> {
  return {
    id: `d-electricity-${years}y`,
    name: {
      zh: `D 类连续 ${years === 3 ? '3 年及以上' : `${years} 年`}差别电价 +${rate} 元/千瓦时`,
      en: `Class D ${years === 3 ? '3 or more' : years} consecutive year${years > 1 ? 's' : ''}: electricity surcharge +${rate} yuan/kWh`,
    },
    source: { document: SOURCE, status: 'reported-unverified', note: CAVEAT },
    appliesTo: { classes: ['D'] },
    conditions: { consecutiveYears: { min: years } },
    instrument: {
      kind: 'surcharge',
      base: 'electricityKwh',
      ratePerUnit: { value: rate, source: SOURCE, status: 'reported-unverified' },
    },
    combinationGroup: 'electricity-surcharge',
  };
}

/**
 * 山东 2022 (reported): D-class firms pay +0.05 / 0.10 / 0.15 yuan per kWh for 1 / 2 / ≥ 3
 * consecutive years in D; not stacked with other surcharges, the highest applies. Each step
 * applies from its year count on, and the "highest" group keeps only the largest.
 */
export const shandong2022Electricity: PolicyCatalogInput = {
  id: 'shandong-2022-electricity',
  title: { zh: '山东 2022 D 类企业差别电价（报道，原文未核实）', en: 'Shandong 2022 class-D electricity surcharge (reported, source text not verified)' },
  description:
    `${SOURCE} (reported): D 类企业连续 1/2/≥3 年加价 0.05/0.10/0.15 元/千瓦时，不与其他加价叠加，就高执行。` +
    ' Consecutive years need --history; without it every D firm counts as its first year in D.',
  combinationGroups: [{ id: 'electricity-surcharge', rule: 'highest', note: `${SOURCE} (reported): not stacked, the highest applies / 不叠加，就高` }],
  measures: [step(1, '0.05'), step(2, '0.10'), step(3, '0.15')],
};
