import type { IndicatorId } from '../../types/evaluation.js';
import type { Bilingual } from '../types.js';

/** Indicator names and units (DOMAIN.md §3), 中文 / English. */
export const INDICATOR_TEXT: Record<IndicatorId, { label: Bilingual; unit: Bilingual }> = {
  taxPerMu: { label: { zh: '亩均税收', en: 'tax per mu' }, unit: { zh: '万元/亩', en: '10k yuan/mu' } },
  salesPerMu: { label: { zh: '亩均销售收入', en: 'sales per mu' }, unit: { zh: '万元/亩', en: '10k yuan/mu' } },
  valueAddedPerMu: { label: { zh: '亩均增加值', en: 'value added per mu' }, unit: { zh: '万元/亩', en: '10k yuan/mu' } },
  taxPerEnergy: { label: { zh: '单位能耗税收', en: 'tax per unit of energy' }, unit: { zh: '万元/吨标准煤', en: '10k yuan/tce' } },
  taxPerElectricity: { label: { zh: '单位电耗税收', en: 'tax per unit of electricity' }, unit: { zh: '万元/万千瓦时', en: '10k yuan/10k kWh' } },
  valueAddedPerEnergy: { label: { zh: '单位能耗增加值', en: 'value added per unit of energy' }, unit: { zh: '万元/吨标准煤', en: '10k yuan/tce' } },
  // Emissions are pollution equivalents or pollutant tonnes, as the scheme's emissionBasis says.
  taxPerEmission: { label: { zh: '单位主要污染物税收', en: 'tax per unit of emissions' }, unit: { zh: '万元/当量或吨', en: '10k yuan/equivalent or t' } },
  valueAddedPerEmission: {
    label: { zh: '单位排放增加值', en: 'value added per unit of emissions' },
    unit: { zh: '万元/当量或吨', en: '10k yuan/equivalent or t' },
  },
  laborProductivity: { label: { zh: '全员劳动生产率', en: 'labour productivity' }, unit: { zh: '万元/人', en: '10k yuan/person' } },
  rdIntensity: { label: { zh: '研发经费占比', en: 'R&D intensity' }, unit: { zh: '（比值）', en: '(ratio)' } },
  salesPerEnergy: { label: { zh: '单位能耗营业收入', en: 'sales per unit of energy' }, unit: { zh: '万元/吨标准煤', en: '10k yuan/tce' } },
  salesPerEmission: {
    label: { zh: '单位污染物排放营业收入', en: 'sales per unit of emissions' },
    unit: { zh: '万元/当量或吨', en: '10k yuan/equivalent or t' },
  },
  techInvestmentPerMu: { label: { zh: '亩均技术改造投资', en: 'technical-renovation investment per mu' }, unit: { zh: '万元/亩', en: '10k yuan/mu' } },
};
