import type { SchemeWithDefaults } from '../schema/scheme.js';
import {
  EXEMPT_FLAGS,
  EXEMPT_INDUSTRIES,
  LAND_HELD,
  NO_ADJUSTMENTS,
  POOL_CHOICES,
  QUOTA_CLASSES,
  SOURCE_HEFEI_2023,
  SOURCE_HUAIAN_2024,
  SOURCE_JIANGSHAN_2023,
  TAX_LAW_EQUIVALENTS,
} from './common.js';

type Indicators = SchemeWithDefaults['groups'][number]['indicators'];

// Ratio to the pool aggregate, capped at 2 × weight (the cap used in a Zhejiang evaluation) and
// floored at 0 — this project's choice: with a pool benchmark one firm on a tiny plot could
// otherwise outscore the rest of the pool on a single indicator.
const ratio = { method: 'ratio', capMultiple: 2, floor: 0 } as const;
const aggregate = { kind: 'pool', method: 'aggregate', multiple: 1 } as const;

/** 武进 (常州) 规上 six indicators, 40/20/10/10/10/10. */
const WUJIN_ABOVE: Indicators = [
  { id: 'taxPerMu', weight: 40, normalisation: ratio, benchmark: aggregate },
  { id: 'salesPerMu', weight: 20, normalisation: ratio, benchmark: aggregate },
  { id: 'taxPerEnergy', weight: 10, normalisation: ratio, benchmark: aggregate },
  { id: 'taxPerEmission', weight: 10, normalisation: ratio, benchmark: aggregate },
  { id: 'laborProductivity', weight: 10, variant: 'valueAdded', normalisation: ratio, benchmark: aggregate },
  { id: 'rdIntensity', weight: 10, normalisation: ratio, benchmark: aggregate },
];

// Missing energy, emission or employee data scores the pool-average score (黄岩's rule for
// emissions, extended: this project's choice); missing tax, sales, value added or R&D scores 0.
const AVERAGE_FOR_MISSING_INPUTS = { energy: 'poolAverage', emission: 'poolAverage', employees: 'poolAverage' } as const;

/** 淮安 2024's set for 规下 firms: taxPerMu 45, salesPerMu 35, taxPerEnergy 20. */
const HUAIAN_BELOW: Indicators = [
  { id: 'taxPerMu', weight: 45, normalisation: ratio, benchmark: aggregate },
  { id: 'salesPerMu', weight: 35, normalisation: ratio, benchmark: aggregate },
  { id: 'taxPerEnergy', weight: 20, normalisation: ratio, benchmark: aggregate },
];

/** The default scheme: 常州/武进 规上, 淮安 2024 for 规下 ≥ 3 亩, key polluters in their own pool. */
export const CHANGZHOU_WUJIN: SchemeWithDefaults = {
  id: 'changzhou-wujin',
  name: '常州武进 工业企业资源集约利用综合评价（亩产论英雄 + 创新论英雄）',
  nameEn: 'Changzhou Wujin industrial resource-efficiency evaluation (default)',
  sources: [
    { title: '武进区工业企业资源集约利用综合评价办法(试行)(征求意见稿)', year: 2018, note: '规上六项指标及权重 40/20/10/10/10/10；规上、规下、重点排污三组' },
    { title: '常州工信局 积极推进工业企业资源集约利用综合评价工作', year: 2018, note: '“6+x”：六项指标加激励、约束项（未给分值）' },
    SOURCE_HUAIAN_2024,
    SOURCE_HEFEI_2023,
    SOURCE_JIANGSHAN_2023,
  ],
  provenance:
    'Published: the 规上 indicators and weights (武进), the three groups (武进), sales from the tax bureau (武进 亩均开票销售), ' +
    'the 规下 indicators and weights (淮安 2024), ' +
    'the 3 亩 规下 threshold (淮安/无锡/南京), the class shares A 20% / B 60% / C 95% (淮安 2024), the exempt industries and ' +
    'the 2-year rule (淮安 2024, 江山 2023). This project’s choices: benchmark = the pool’s aggregate (Σ numerator / Σ ' +
    'denominator) of the year evaluated; ratio scoring capped at 2 × weight and floored at 0; laborProductivity = value ' +
    'added per employee; taxPerEmission divides by pollution equivalents (环境保护税法 values; 武进’s basis is not in the ' +
    'sources used, and a pool benchmark makes the scale irrelevant); a firm missing its energy, emission or employee figure ' +
    'scores the pool-average score on the indicators using it (黄岩’s rule for emissions, extended), a firm missing tax, ' +
    'sales, value added or R&D scores 0 on every indicator using it; key polluters take precedence and are scored on the 规上 set ' +
    'without the land threshold; reference date 2024-12-31 (override it for other years); ' +
    `${POOL_CHOICES}; no bonus/penalty points (no source gives values — add your own) and no vetoes by default. ` +
    '公开来源：规上指标与权重、三组划分、销售收入取税务开票销售（武进），规下指标与权重、分类比例、免评行业（淮安 2024）。其余为本项目设定。',
  scope: {
    exemptIndustries: EXEMPT_INDUSTRIES,
    exemptFlags: EXEMPT_FLAGS,
    minYearsInProduction: 2,
    referenceDate: '2024-12-31',
    constructionPeriodExemption: true,
    belowScaleLandThresholdMu: 3,
    keyPolluterPrecedence: true,
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
      indicators: WUJIN_ABOVE,
      missing: AVERAGE_FOR_MISSING_INPUTS,
    },
    {
      id: 'below-scale',
      name: '规下工业企业（用地 3 亩及以上）',
      nameEn: 'Below designated size, 3 mu or more',
      membership: { scale: 'below' },
      applyLandThreshold: true,
      indicators: HUAIAN_BELOW,
      missing: AVERAGE_FOR_MISSING_INPUTS,
    },
    {
      id: 'key-polluter',
      name: '重点排污企业',
      nameEn: 'Key polluters',
      membership: { scale: 'any', keyPolluter: true },
      applyLandThreshold: false,
      indicators: WUJIN_ABOVE,
      missing: AVERAGE_FOR_MISSING_INPUTS,
    },
  ],
  // 武进 scores 亩均开票销售: the tax bureau's invoiced sales, before the statistics bureau's 营业收入.
  sourcePrecedence: { salesWan: ['tax'] },
  adjustments: NO_ADJUSTMENTS,
  classes: QUOTA_CLASSES,
  rounding: { decimals: 2, mode: 'halfUp' },
};
