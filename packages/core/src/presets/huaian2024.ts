import type { SchemeWithDefaults } from '../schema/scheme.js';
import { EXEMPT_FLAGS, EXEMPT_INDUSTRIES, LAND_HELD, NO_ADJUSTMENTS, POOL_CHOICES, QUOTA_CLASSES, SOURCE_HUAIAN_2024, TAX_LAW_EQUIVALENTS } from './common.js';

// 淮安 sets the benchmark at about twice the average, so a firm at the average scores half the
// weight. Ratio without cap: the 政策解读 gives none.
const ratio = { method: 'ratio' } as const;
const twiceAggregate = { kind: 'pool', method: 'aggregate', multiple: 2 } as const;

/** 淮安 2024: taxPerMu 45, salesPerMu 35, taxPerEnergy 20 for every firm; benchmark 2 × pool aggregate. */
export const HUAIAN_2024: SchemeWithDefaults = {
  id: 'huaian-2024',
  name: '淮安市 2024 年工业企业资源集约利用综合评价',
  nameEn: 'Huai’an 2024 industrial resource-efficiency evaluation',
  sources: [SOURCE_HUAIAN_2024, { title: '淮政办发〔2018〕39号', year: 2018, note: '淮安市工业企业资源集约利用综合评价办法' }],
  provenance:
    'Published (淮安 2024 政策解读): the three indicators and weights 45/35/20 for every firm, a benchmark of about twice ' +
    'the average, the class shares A 20% (inclusive) / B 60% / C 95% / D rest, the exempt industries, the 2-year rule and the ' +
    '3 亩 规下 threshold. This project’s choices: the benchmark is 2 × the aggregate of the pool being evaluated (淮安 uses ' +
    'the prior-year county average, which is not in the data — set a fixed benchmark to reproduce it), no cap, a firm missing its ' +
    'energy figure scores the pool-average score on taxPerEnergy, a firm missing tax or sales scores 0 on every indicator using it, one group for 规上 and 规下 firms, ' +
    `${POOL_CHOICES}, reference date 2024-12-31. ` +
    '公开来源：指标、权重、约 2 倍平均值基准、分类比例、免评规则。其余为本项目设定。',
  scope: {
    exemptIndustries: EXEMPT_INDUSTRIES,
    exemptFlags: EXEMPT_FLAGS,
    minYearsInProduction: 2,
    referenceDate: '2024-12-31',
    constructionPeriodExemption: true,
    belowScaleLandThresholdMu: 3,
    keyPolluterPrecedence: false,
  },
  land: LAND_HELD,
  emissionBasis: 'equivalents',
  emissionEquivalents: TAX_LAW_EQUIVALENTS,
  groups: [
    {
      id: 'all',
      name: '工业企业（规上及用地 3 亩以上规下）',
      nameEn: 'Industrial firms (above size, and below size on 3 mu or more)',
      membership: { scale: 'any' },
      applyLandThreshold: true,
      indicators: [
        { id: 'taxPerMu', weight: 45, normalisation: ratio, benchmark: twiceAggregate },
        { id: 'salesPerMu', weight: 35, normalisation: ratio, benchmark: twiceAggregate },
        { id: 'taxPerEnergy', weight: 20, normalisation: ratio, benchmark: twiceAggregate },
      ],
      missing: { energy: 'poolAverage' },
    },
  ],
  adjustments: NO_ADJUSTMENTS,
  classes: QUOTA_CLASSES,
  rounding: { decimals: 2, mode: 'halfUp' },
};
