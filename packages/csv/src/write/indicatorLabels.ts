import type { IndicatorId } from '@mujun/core';

/** Chinese and English names of each indicator, with the unit of its value. */
export const INDICATOR_LABELS: Readonly<Record<IndicatorId, { zh: string; en: string; unitZh: string; unitEn: string }>> = {
  taxPerMu: { zh: '亩均税收', en: 'Tax per mu', unitZh: '万元/亩', unitEn: '10⁴ yuan/mu' },
  salesPerMu: { zh: '亩均销售收入', en: 'Sales per mu', unitZh: '万元/亩', unitEn: '10⁴ yuan/mu' },
  valueAddedPerMu: { zh: '亩均增加值', en: 'Value added per mu', unitZh: '万元/亩', unitEn: '10⁴ yuan/mu' },
  taxPerEnergy: { zh: '单位能耗税收', en: 'Tax per unit of energy', unitZh: '万元/吨标准煤', unitEn: '10⁴ yuan/tce' },
  taxPerElectricity: { zh: '单位电耗税收', en: 'Tax per unit of electricity', unitZh: '万元/万千瓦时', unitEn: '10⁴ yuan/10⁴ kWh' },
  valueAddedPerEnergy: { zh: '单位能耗增加值', en: 'Value added per unit of energy', unitZh: '万元/吨标准煤', unitEn: '10⁴ yuan/tce' },
  taxPerEmission: { zh: '单位主要污染物税收', en: 'Tax per pollution equivalent', unitZh: '万元/污染当量', unitEn: '10⁴ yuan/equivalent' },
  valueAddedPerEmission: { zh: '单位排放增加值', en: 'Value added per pollution equivalent', unitZh: '万元/污染当量', unitEn: '10⁴ yuan/equivalent' },
  laborProductivity: { zh: '全员劳动生产率', en: 'Labour productivity', unitZh: '万元/人', unitEn: '10⁴ yuan/person' },
  rdIntensity: { zh: '研发经费占比', en: 'R&D intensity', unitZh: '比值', unitEn: 'ratio' },
};
