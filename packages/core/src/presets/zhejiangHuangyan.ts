import type { SchemeInput } from '../schema/scheme.js';
import { EXEMPT_FLAGS, EXEMPT_INDUSTRIES, POOL_CHOICES, QUOTA_CLASSES } from './common.js';

/** 黄岩's published benchmarks for one year (DOMAIN.md §3). */
interface HuangyanBenchmarks {
  taxPerMu: number;
  valueAddedPerMu: number;
  valueAddedPerEnergy: number;
  valueAddedPerEmission: number;
  laborProductivity: number;
  rdIntensity: number;
  belowTaxPerMu: number;
  belowTaxPerElectricity: number;
}

const ratio = { method: 'ratio' } as const; // 黄岩: w × x / B, no cap, no floor
const fixed = (value: number) => ({ kind: 'fixed', value }) as const;

function huangyan(year: 2021 | 2022, b: HuangyanBenchmarks): SchemeInput {
  return {
    id: `zhejiang-huangyan-${year}`,
    name: `浙江台州黄岩区 ${year} 年度工业企业亩均效益综合评价`,
    nameEn: `Zhejiang Taizhou Huangyan district, ${year} per-mu evaluation`,
    sources: [
      {
        title: `黄岩区 ${year} 年度工业企业亩均效益综合评价结果公示及得分计算说明`,
        year: year + 1,
        note: `${year} 年度基准值（规上 ${b.taxPerMu} / ${b.valueAddedPerMu} / ${b.valueAddedPerEnergy} / ${b.valueAddedPerEmission} / ${b.laborProductivity} / ${b.rdIntensity}；规下 ${b.belowTaxPerMu} / ${b.belowTaxPerElectricity}）；得分 = 权重 × 实际值 / 基准值；缺排放数据的规上企业取规上平均得分`,
      },
      { title: '浙政发〔2018〕5号 关于深化“亩均论英雄”改革的指导意见', year: 2018, note: '浙江亩均效益评价框架' },
    ],
    provenance:
      `Published (黄岩 ${year} 公示 / 得分说明): the fixed benchmarks, ratio scoring without cap, the 规上 rule that a firm without ` +
      'emission data gets the 规上 average score, 规上 laborProductivity = value added per employee and rdIntensity = R&D / ' +
      'main revenue. The indicator weights are those published for 2022 (规上 30/20/20/10/10/10, 规下 50/50)' +
      (year === 2021 ? '; for 2021 they are assumed unchanged (this project’s assumption).' : '.') +
      ' This project’s choices: the 5 亩 规下 threshold (older Zhejiang rule), the exempt industries and 2-year rule (淮安/江山), ' +
      'other missing data scores 0, classes A 20% / B 60% / C 95% / D rest (黄岩’s class rule is not in the sources used), ' +
      `${POOL_CHOICES}, reference date ${year}-12-31. ` +
      '公开来源：基准值、计分方法、缺排放数据取平均分。其余为本项目设定。',
    scope: {
      exemptIndustries: EXEMPT_INDUSTRIES,
      exemptFlags: EXEMPT_FLAGS,
      minYearsInProduction: 2,
      referenceDate: `${year}-12-31`,
      constructionPeriodExemption: true,
      belowScaleLandThresholdMu: 5,
      keyPolluterPrecedence: false,
    },
    groups: [
      {
        id: 'above-scale',
        name: '规上工业企业',
        nameEn: 'Above designated size',
        membership: { scale: 'above' },
        indicators: [
          { id: 'taxPerMu', weight: 30, normalisation: ratio, benchmark: fixed(b.taxPerMu), missing: 'zero' },
          { id: 'valueAddedPerMu', weight: 20, normalisation: ratio, benchmark: fixed(b.valueAddedPerMu), missing: 'zero' },
          { id: 'valueAddedPerEnergy', weight: 20, normalisation: ratio, benchmark: fixed(b.valueAddedPerEnergy), missing: 'zero' },
          { id: 'valueAddedPerEmission', weight: 10, normalisation: ratio, benchmark: fixed(b.valueAddedPerEmission), missing: 'poolAverage' },
          {
            id: 'laborProductivity',
            weight: 10,
            variant: 'valueAdded',
            normalisation: ratio,
            benchmark: fixed(b.laborProductivity),
            missing: 'zero',
          },
          { id: 'rdIntensity', weight: 10, normalisation: ratio, benchmark: fixed(b.rdIntensity), missing: 'zero' },
        ],
      },
      {
        id: 'below-scale',
        name: '规下工业企业',
        nameEn: 'Below designated size',
        membership: { scale: 'below' },
        applyLandThreshold: true,
        indicators: [
          { id: 'taxPerMu', weight: 50, normalisation: ratio, benchmark: fixed(b.belowTaxPerMu), missing: 'zero' },
          { id: 'taxPerElectricity', weight: 50, normalisation: ratio, benchmark: fixed(b.belowTaxPerElectricity), missing: 'zero' },
        ],
      },
    ],
    classes: QUOTA_CLASSES,
    rounding: { decimals: 2, mode: 'halfUp' },
  };
}

/** 黄岩 2022: published weights and fixed benchmarks. */
export const ZHEJIANG_HUANGYAN_2022: SchemeInput = huangyan(2022, {
  taxPerMu: 24.097,
  valueAddedPerMu: 136.16,
  valueAddedPerEnergy: 2.694,
  valueAddedPerEmission: 4929.81,
  laborProductivity: 18.14,
  rdIntensity: 0.0302,
  belowTaxPerMu: 11.5932,
  belowTaxPerElectricity: 0.2352,
});

/** 黄岩 2021: published fixed benchmarks, the 2022 weights. */
export const ZHEJIANG_HUANGYAN_2021: SchemeInput = huangyan(2021, {
  taxPerMu: 26.01,
  valueAddedPerMu: 132.27,
  valueAddedPerEnergy: 2.54,
  valueAddedPerEmission: 4861.08,
  laborProductivity: 17.45,
  rdIntensity: 0.0305,
  belowTaxPerMu: 16.601058,
  belowTaxPerElectricity: 0.236565,
});
