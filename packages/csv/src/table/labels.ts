/** Display names of indicators and exclusion reasons, 中文 and English. */
import type { ExclusionReason, IndicatorId } from '@mujun/core';

/** Indicator names (DOMAIN.md §3), with the unit of the indicator's value. */
export const INDICATOR_LABELS: Readonly<Record<IndicatorId, { zh: string; en: string; unitZh: string; unitEn: string }>> = {
  taxPerMu: { zh: '亩均税收', en: 'tax per mu', unitZh: '万元/亩', unitEn: '10⁴ yuan/mu' },
  salesPerMu: { zh: '亩均销售收入', en: 'sales per mu', unitZh: '万元/亩', unitEn: '10⁴ yuan/mu' },
  valueAddedPerMu: { zh: '亩均增加值', en: 'value added per mu', unitZh: '万元/亩', unitEn: '10⁴ yuan/mu' },
  taxPerEnergy: { zh: '单位能耗税收', en: 'tax per tce', unitZh: '万元/吨标准煤', unitEn: '10⁴ yuan/tce' },
  taxPerElectricity: { zh: '单位电耗税收', en: 'tax per 10⁴ kWh', unitZh: '万元/万千瓦时', unitEn: '10⁴ yuan/10⁴ kWh' },
  valueAddedPerEnergy: { zh: '单位能耗增加值', en: 'value added per tce', unitZh: '万元/吨标准煤', unitEn: '10⁴ yuan/tce' },
  // Emissions are pollution equivalents or pollutant tonnes, as the scheme's emissionBasis says.
  taxPerEmission: { zh: '单位排放税收', en: 'tax per unit of emissions', unitZh: '万元/当量或吨', unitEn: '10⁴ yuan/equivalent or t' },
  valueAddedPerEmission: { zh: '单位排放增加值', en: 'value added per unit of emissions', unitZh: '万元/当量或吨', unitEn: '10⁴ yuan/equivalent or t' },
  laborProductivity: { zh: '全员劳动生产率', en: 'labour productivity', unitZh: '万元/人', unitEn: '10⁴ yuan/person' },
  rdIntensity: { zh: '研发经费占比', en: 'R&D intensity', unitZh: '比值', unitEn: 'ratio' },
  salesPerEnergy: { zh: '单位能耗营业收入', en: 'sales per tce', unitZh: '万元/吨标准煤', unitEn: '10⁴ yuan/tce' },
  salesPerEmission: { zh: '单位污染物排放营业收入', en: 'sales per unit of emissions', unitZh: '万元/当量或吨', unitEn: '10⁴ yuan/equivalent or t' },
  techInvestmentPerMu: { zh: '亩均技术改造投资', en: 'technical-renovation investment per mu', unitZh: '万元/亩', unitEn: '10⁴ yuan/mu' },
};

/** Exclusion reasons. */
export const EXCLUSION_LABELS: Readonly<Record<ExclusionReason, { zh: string; en: string }>> = {
  'exempt-industry': { zh: '免评行业', en: 'exempt industry' },
  'new-enterprise': { zh: '投产不满规定年限', en: 'new enterprise' },
  'construction-period': { zh: '建设期内', en: 'within construction period' },
  'below-land-threshold': { zh: '规下且用地低于门槛', en: 'below-scale under the land threshold' },
  'no-group': { zh: '不属于任何评价组', en: 'in no evaluation group' },
  'invalid-land': { zh: '用地面积为零或负', en: 'zero or negative land' },
  'missing-data': { zh: '缺少指标数据', en: 'missing data' },
  'county-missing': { zh: '未填县区', en: 'no county' },
};
