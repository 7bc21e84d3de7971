import type { SchemeInput } from '../schema/scheme.js';
import { EXEMPT_FLAGS, EXEMPT_INDUSTRIES, POOL_CHOICES, QUOTA_CLASSES } from './common.js';

// 旌德 2022: w × (20 + 80 × (x − min)/(max − min)) / 100 — the pool minimum still scores 20% of
// the weight, the maximum the full weight.
const minMax = { method: 'minMax', floorBand: 20 } as const;

const indicators: SchemeInput['groups'][number]['indicators'] = [
  { id: 'taxPerMu', weight: 50, normalisation: minMax, missing: 'zero' },
  { id: 'salesPerMu', weight: 30, normalisation: minMax, missing: 'zero' },
  { id: 'taxPerEnergy', weight: 20, normalisation: minMax, missing: 'zero' },
];

/** 旌德 2022: min-max scoring with the 20-point floor band. */
export const JINGDE_2022: SchemeInput = {
  id: 'jingde-2022',
  name: '旌德县 2022 年工业企业亩均效益评价',
  nameEn: 'Jingde county 2022 per-mu evaluation (min-max with floor band)',
  sources: [
    { title: '旌德县 2022 年工业企业亩均效益评价实施方案解读', year: 2022, note: '得分 = 权重 × (20 + 80 × (实际值 − 最小值)/(最大值 − 最小值)) / 100' },
  ],
  provenance:
    'Published (旌德 2022 实施方案解读): the min-max scoring with a 20-point floor band. This project’s choices — the ' +
    'sources used do not give them: the indicators and weights (taxPerMu 50, salesPerMu 30, taxPerEnergy 20, after 淮安’s ' +
    'set), all-equal values scoring the full weight, missing data scoring 0 (the value is left out of min and max), ' +
    'separate 规上 and 规下 (≥ 3 亩) pools, the exempt industries and 2-year rule (淮安/江山), classes A 20% / B 60% / ' +
    `C 95% / D rest, ${POOL_CHOICES}, reference date 2022-12-31. ` +
    '公开来源：最小-最大值计分及 20 分保底。指标、权重及其余为本项目设定。',
  scope: {
    exemptIndustries: EXEMPT_INDUSTRIES,
    exemptFlags: EXEMPT_FLAGS,
    minYearsInProduction: 2,
    referenceDate: '2022-12-31',
    constructionPeriodExemption: true,
    belowScaleLandThresholdMu: 3,
    keyPolluterPrecedence: false,
  },
  groups: [
    { id: 'above-scale', name: '规上工业企业', nameEn: 'Above designated size', membership: { scale: 'above' }, indicators },
    {
      id: 'below-scale',
      name: '规下工业企业（用地 3 亩及以上）',
      nameEn: 'Below designated size, 3 mu or more',
      membership: { scale: 'below' },
      applyLandThreshold: true,
      indicators,
    },
  ],
  classes: QUOTA_CLASSES,
  rounding: { decimals: 2, mode: 'halfUp' },
};
