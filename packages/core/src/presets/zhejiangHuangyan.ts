import type { SchemeWithDefaults } from '../schema/scheme.js';
import { EXEMPT_FLAGS, EXEMPT_INDUSTRIES, LAND_HELD, NO_ADJUSTMENTS, POOL_CHOICES, QUOTA_CLASSES, TAX_LAW_EQUIVALENTS } from './common.js';

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

// Where each year's 公示 with its 得分计算说明 was found.
const URL = { 2021: 'https://chacewang.com/newsdetail/news169062.html', 2022: 'https://www.chacewang.com/newsdetail/news430850.html' } as const;

function huangyan(year: 2021 | 2022, b: HuangyanBenchmarks): SchemeWithDefaults {
  return {
    id: `zhejiang-huangyan-${year}`,
    name: `浙江台州黄岩区 ${year} 年度工业企业亩均效益综合评价`,
    nameEn: `Zhejiang Taizhou Huangyan district, ${year} per-mu evaluation`,
    sources: [
      {
        title: `黄岩区 ${year} 年度工业企业亩均效益综合评价结果公示及得分计算说明`,
        year: year + 1,
        url: URL[year],
        note:
          `${year} 年度基准值（规上 ${b.taxPerMu} / ${b.valueAddedPerMu} / ${b.valueAddedPerEnergy} / ${b.valueAddedPerEmission} / ${b.laborProductivity} / ${b.rdIntensity}；规下 ${b.belowTaxPerMu} / ${b.belowTaxPerElectricity}）；` +
          '权重 规上 30/20/20/10/10/10、规下 50/50；得分 = 实际值 ÷ 基准值 × 权重；单位排放增加值 = 工业增加值 / 主要污染物排放量' +
          (year === 2022 ? '；规上无排放数据的，单位排放增加值得分按规上企业此项平均得分赋分' : ''),
      },
      { title: '浙政发〔2018〕5号 关于深化“亩均论英雄”改革的指导意见', year: 2018, note: '浙江亩均效益评价框架' },
    ],
    provenance:
      `Published (黄岩 ${year} 公示 / 得分计算说明): the indicators, the weights (规上 30/20/20/10/10/10, 规下 50/50), the fixed ` +
      'benchmarks, ratio scoring without cap, 单位排放增加值 = value added / main pollutant quantity (emissionBasis tonnes: ' +
      'Σ tonnes of COD, NH₃-N, SO₂, NOx — the four pollutants are this project’s reading of 主要污染物; ' +
      `${b.valueAddedPerEmission} is 万元 per tonne, per pollution equivalent it would be about 1 000 × off), laborProductivity = value added per ` +
      'employee, rdIntensity = R&D / main revenue' +
      (year === 2022
        ? ', and the rule that a 规上 firm without emission data gets the 规上 average score on that indicator.'
        : '. The 2021 note does not state the missing-emission rule; the 2022 one (规上 average score) is applied.') +
      ' This project’s choices: the 3 亩 (含) 规下 land threshold — 黄岩’s own is not in the sources used; Zhejiang evaluates ' +
      '规下 firms on 3 亩 or more since 2018 (湖州 2018; 遂昌 and 景宁 2022, 慈溪 2024 publish 3 亩(含)以上 results), set ' +
      'scope.belowScaleLandThresholdMu to 5 for the older rule; missing tax, value added, energy, employees, R&D or electricity ' +
      'scores 0 on every indicator using it; the exempt industries and 2-year rule (淮安/江山); classes A 20% / B 60% / C 95% / ' +
      `D rest (黄岩’s class rule is not in the sources used); ${POOL_CHOICES}; reference date ${year}-12-31. ` +
      '公开来源：指标、权重、基准值、计分方法、单位排放增加值按污染物排放量（吨）计' +
      (year === 2022 ? '、规上缺排放数据取规上平均分' : '') +
      '。规下用地 3 亩（含）门槛、免评规则、分类比例等为本项目设定。',
    scope: {
      exemptIndustries: EXEMPT_INDUSTRIES,
      exemptFlags: EXEMPT_FLAGS,
      minYearsInProduction: 2,
      referenceDate: `${year}-12-31`,
      constructionPeriodExemption: true,
      belowScaleLandThresholdMu: 3,
      keyPolluterPrecedence: false,
    },
    land: LAND_HELD,
    emissionBasis: 'tonnes',
    emissionEquivalents: TAX_LAW_EQUIVALENTS,
    groups: [
      {
        id: 'above-scale',
        name: '规上工业企业',
        nameEn: 'Above designated size',
        membership: { scale: 'above' },
        applyLandThreshold: true,
        indicators: [
          { id: 'taxPerMu', weight: 30, normalisation: ratio, benchmark: fixed(b.taxPerMu) },
          { id: 'valueAddedPerMu', weight: 20, normalisation: ratio, benchmark: fixed(b.valueAddedPerMu) },
          { id: 'valueAddedPerEnergy', weight: 20, normalisation: ratio, benchmark: fixed(b.valueAddedPerEnergy) },
          { id: 'valueAddedPerEmission', weight: 10, normalisation: ratio, benchmark: fixed(b.valueAddedPerEmission) },
          {
            id: 'laborProductivity',
            weight: 10,
            variant: 'valueAdded',
            normalisation: ratio,
            benchmark: fixed(b.laborProductivity),
          },
          { id: 'rdIntensity', weight: 10, normalisation: ratio, benchmark: fixed(b.rdIntensity) },
        ],
        missing: { emission: 'poolAverage' },
      },
      {
        id: 'below-scale',
        name: '规下工业企业',
        nameEn: 'Below designated size',
        membership: { scale: 'below' },
        applyLandThreshold: true,
        indicators: [
          { id: 'taxPerMu', weight: 50, normalisation: ratio, benchmark: fixed(b.belowTaxPerMu) },
          { id: 'taxPerElectricity', weight: 50, normalisation: ratio, benchmark: fixed(b.belowTaxPerElectricity) },
        ],
        missing: {},
      },
    ],
    adjustments: NO_ADJUSTMENTS,
    classes: QUOTA_CLASSES,
    rounding: { decimals: 2, mode: 'halfUp' },
  };
}

/** 黄岩 2022: published weights and fixed benchmarks. */
export const ZHEJIANG_HUANGYAN_2022: SchemeWithDefaults = huangyan(2022, {
  taxPerMu: 24.097,
  valueAddedPerMu: 136.16,
  valueAddedPerEnergy: 2.694,
  valueAddedPerEmission: 4929.81,
  laborProductivity: 18.14,
  rdIntensity: 0.0302,
  belowTaxPerMu: 11.5932,
  belowTaxPerElectricity: 0.2352,
});

/** 黄岩 2021: published weights and fixed benchmarks (the 2021 results' 公示, 2022). */
export const ZHEJIANG_HUANGYAN_2021: SchemeWithDefaults = huangyan(2021, {
  taxPerMu: 26.01,
  valueAddedPerMu: 132.27,
  valueAddedPerEnergy: 2.54,
  valueAddedPerEmission: 4861.08,
  laborProductivity: 17.45,
  rdIntensity: 0.0305,
  belowTaxPerMu: 16.601058,
  belowTaxPerElectricity: 0.236565,
});
