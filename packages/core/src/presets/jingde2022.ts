import type { SchemeWithDefaults } from '../schema/scheme.js';
import { EXEMPT_FLAGS, EXEMPT_INDUSTRIES, LAND_HELD, NO_ADJUSTMENTS, POOL_CHOICES, QUOTA_CLASSES, TAX_LAW_EQUIVALENTS } from './common.js';

// 旌德 2022: w × (20 + 80 × (x − min)/(max − min)) / 100 — the pool minimum still scores 20% of
// the weight, the maximum the full weight.
const minMax = { method: 'minMax', floorBand: 20 } as const;
// The schema's default benchmark (min-max scoring itself reads the pool's minimum and maximum).
const pool = { kind: 'pool', method: 'aggregate', multiple: 1 } as const;

// The indicators are 旌德's; the weights are not published: this project's choice.
const ABOVE: SchemeWithDefaults['groups'][number]['indicators'] = [
  { id: 'taxPerMu', weight: 30, normalisation: minMax, benchmark: pool }, // 亩均税收
  { id: 'salesPerMu', weight: 15, normalisation: minMax, benchmark: pool }, // 亩均营业收入
  { id: 'techInvestmentPerMu', weight: 10, normalisation: minMax, benchmark: pool }, // 亩均技术改造投资
  { id: 'laborProductivity', weight: 10, variant: 'valueAdded', normalisation: minMax, benchmark: pool }, // 全员劳动生产率
  { id: 'salesPerEmission', weight: 10, normalisation: minMax, benchmark: pool }, // 单位污染物排放营业收入
  { id: 'rdIntensity', weight: 10, normalisation: minMax, benchmark: pool }, // 研发经费占营业收入比重
  { id: 'salesPerEnergy', weight: 15, normalisation: minMax, benchmark: pool }, // 单位能耗营业收入
];
const BELOW: SchemeWithDefaults['groups'][number]['indicators'] = [
  { id: 'taxPerMu', weight: 50, normalisation: minMax, benchmark: pool },
  { id: 'salesPerEnergy', weight: 25, normalisation: minMax, benchmark: pool },
  { id: 'salesPerEmission', weight: 25, normalisation: minMax, benchmark: pool },
];
// Small firms often have no emission data: they get the pool-average score (黄岩's rule, this project's choice).
const missing = { emission: 'poolAverage' } as const;

/** 旌德 2022: the published indicator sets, min-max scoring with the 20-point floor band, 规下 from 5 亩. */
export const JINGDE_2022: SchemeWithDefaults = {
  id: 'jingde-2022',
  name: '旌德县 2022 年工业企业亩均效益评价',
  nameEn: 'Jingde county 2022 per-mu evaluation (min-max with floor band)',
  sources: [
    {
      title: '旌德县《亩均效益评价实施方案》政策解读',
      year: 2022,
      note:
        '评价对象：规上工业企业、占地 5 亩（含）以上的规模以下工业企业；规上指标：亩均税收、亩均营业收入、亩均技术改造投资、全员劳动生产率、' +
        '单位污染物排放营业收入、研发经费占营业收入比重、单位能耗营业收入；规下指标：亩均税收、单位能耗营业收入、单位污染物排放营业收入；' +
        '得分 = 权重 × (20 + 80 × (实际值 − 最小值)/(最大值 − 最小值)) / 100',
    },
  ],
  provenance:
    'Published (旌德 2022 实施方案政策解读, 2022-04-23): the groups — 规上 firms and 规下 firms on 5 亩 or more — the seven 规上 ' +
    'and three 规下 indicators, and the min-max scoring with a 20-point floor band. Not published, this project’s choices: the ' +
    'weights (规上 taxPerMu 30, salesPerMu 15, techInvestmentPerMu 10, laborProductivity 10, salesPerEmission 10, ' +
    'rdIntensity 10, salesPerEnergy 15; 规下 taxPerMu 50, salesPerEnergy 25, salesPerEmission 25), laborProductivity = value ' +
    'added per employee, emissions counted in pollution equivalents, a firm without emission data scoring the pool-average ' +
    'score (黄岩’s rule) and other missing figures 0 (the value is left out of min and max), all-equal values scoring the full ' +
    'weight, the exempt industries and 2-year rule (淮安/江山), classes A 20% / B 60% / C 95% / D rest, ' +
    `${POOL_CHOICES}, reference date 2022-12-31. ` +
    '公开来源：评价对象（规上、5 亩及以上规下）、规上 7 项与规下 3 项指标、最小-最大值计分及 20 分保底。权重未公布，为本项目设定；其余亦为本项目设定。',
  scope: {
    exemptIndustries: EXEMPT_INDUSTRIES,
    exemptFlags: EXEMPT_FLAGS,
    minYearsInProduction: 2,
    referenceDate: '2022-12-31',
    constructionPeriodExemption: true,
    belowScaleLandThresholdMu: 5,
    keyPolluterPrecedence: false,
  },
  land: LAND_HELD,
  emissionBasis: 'equivalents',
  emissionEquivalents: TAX_LAW_EQUIVALENTS,
  groups: [
    {
      id: 'above-scale',
      name: '规上工业企业',
      nameEn: 'Above designated size',
      membership: { scale: 'above' },
      applyLandThreshold: true,
      indicators: ABOVE,
      missing,
    },
    {
      id: 'below-scale',
      name: '规下工业企业（用地 5 亩及以上）',
      nameEn: 'Below designated size, 5 mu or more',
      membership: { scale: 'below' },
      applyLandThreshold: true,
      indicators: BELOW,
      missing,
    },
  ],
  adjustments: NO_ADJUSTMENTS,
  classes: QUOTA_CLASSES,
  rounding: { decimals: 2, mode: 'halfUp' },
};
