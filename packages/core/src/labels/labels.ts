import type { Bilingual } from '../types/bilingual.js';
import type { NumericField, RECOGNITION_FLAGS, VIOLATION_FLAGS } from '../schema/recordFields.js';
import type { MissingRule } from '../schema/scheme.js';
import type { SourceKind } from '../schema/sourcePrecedence.js';
import type { ClassId, ExclusionReason, IndicatorId, SmallPoolFallback, VetoEffect } from '../types/evaluation.js';

// The one vocabulary of display names: the results table, the workbook, explain and the report all
// show these words, so a user sees one name for one thing (and their results files keep it).

/** Indicator names (DOMAIN.md §3) with the unit of the indicator's value, 中文 and English. */
export const INDICATOR_LABELS: Readonly<Record<IndicatorId, { name: Bilingual; unit: Bilingual }>> = {
  taxPerMu: { name: { zh: '亩均税收', en: 'tax per mu' }, unit: { zh: '万元/亩', en: '10⁴ yuan/mu' } },
  salesPerMu: { name: { zh: '亩均销售收入', en: 'sales per mu' }, unit: { zh: '万元/亩', en: '10⁴ yuan/mu' } },
  valueAddedPerMu: { name: { zh: '亩均增加值', en: 'value added per mu' }, unit: { zh: '万元/亩', en: '10⁴ yuan/mu' } },
  taxPerEnergy: { name: { zh: '单位能耗税收', en: 'tax per tce' }, unit: { zh: '万元/吨标准煤', en: '10⁴ yuan/tce' } },
  taxPerElectricity: { name: { zh: '单位电耗税收', en: 'tax per 10⁴ kWh' }, unit: { zh: '万元/万千瓦时', en: '10⁴ yuan/10⁴ kWh' } },
  valueAddedPerEnergy: { name: { zh: '单位能耗增加值', en: 'value added per tce' }, unit: { zh: '万元/吨标准煤', en: '10⁴ yuan/tce' } },
  // Emissions are pollution equivalents or pollutant tonnes, as the scheme's emissionBasis says.
  taxPerEmission: { name: { zh: '单位排放税收', en: 'tax per unit of emissions' }, unit: { zh: '万元/当量或吨', en: '10⁴ yuan/equivalent or t' } },
  valueAddedPerEmission: {
    name: { zh: '单位排放增加值', en: 'value added per unit of emissions' },
    unit: { zh: '万元/当量或吨', en: '10⁴ yuan/equivalent or t' },
  },
  laborProductivity: { name: { zh: '全员劳动生产率', en: 'labour productivity' }, unit: { zh: '万元/人', en: '10⁴ yuan/person' } },
  rdIntensity: { name: { zh: '研发经费占比', en: 'R&D intensity' }, unit: { zh: '比值', en: 'ratio' } },
  salesPerEnergy: { name: { zh: '单位能耗营业收入', en: 'sales per tce' }, unit: { zh: '万元/吨标准煤', en: '10⁴ yuan/tce' } },
  salesPerEmission: {
    name: { zh: '单位污染物排放营业收入', en: 'sales per unit of emissions' },
    unit: { zh: '万元/当量或吨', en: '10⁴ yuan/equivalent or t' },
  },
  techInvestmentPerMu: {
    name: { zh: '亩均技术改造投资', en: 'technical-renovation investment per mu' },
    unit: { zh: '万元/亩', en: '10⁴ yuan/mu' },
  },
};

const WAN: Bilingual = { zh: '万元', en: '10⁴ yuan' };
const MU: Bilingual = { zh: '亩', en: 'mu' };
const TONNES: Bilingual = { zh: '吨', en: 't' };

/** A record's figures (DOMAIN.md §3) with their units, 中文 and English. */
export const FIELD_LABELS: Readonly<Record<NumericField, { name: Bilingual; unit: Bilingual }>> = {
  landOwnedMu: { name: { zh: '土地使用权面积', en: 'land held' }, unit: MU },
  landLeasedOutMu: { name: { zh: '出租土地', en: 'land leased out' }, unit: MU },
  landLeasedInMu: { name: { zh: '租用土地', en: 'land leased in' }, unit: MU },
  rentedFloorM2: { name: { zh: '租用厂房', en: 'rented floor area' }, unit: { zh: '平方米', en: 'm²' } },
  taxWan: { name: { zh: '税收', en: 'tax' }, unit: WAN },
  salesWan: { name: { zh: '销售收入', en: 'sales' }, unit: WAN },
  valueAddedWan: { name: { zh: '工业增加值', en: 'value added' }, unit: WAN },
  energyTce: { name: { zh: '综合能耗', en: 'energy use' }, unit: { zh: '吨标准煤', en: 'tce' } },
  electricityWanKwh: { name: { zh: '用电量', en: 'electricity use' }, unit: { zh: '万千瓦时', en: '10⁴ kWh' } },
  emissionEq: { name: { zh: '污染物排放', en: 'emissions' }, unit: { zh: '当量', en: 'equivalents' } },
  codT: { name: { zh: '化学需氧量排放', en: 'COD emissions' }, unit: TONNES },
  ammoniaNitrogenT: { name: { zh: '氨氮排放', en: 'ammonia nitrogen emissions' }, unit: TONNES },
  so2T: { name: { zh: '二氧化硫排放', en: 'SO₂ emissions' }, unit: TONNES },
  noxT: { name: { zh: '氮氧化物排放', en: 'NOx emissions' }, unit: TONNES },
  rdWan: { name: { zh: '研发经费', en: 'R&D spending' }, unit: WAN },
  techInvestmentWan: { name: { zh: '技术改造投资', en: 'technical-renovation investment' }, unit: WAN },
  employees: { name: { zh: '从业人员', en: 'employees' }, unit: { zh: '人', en: 'persons' } },
};

/** The bureaus whose exports a district merges (DOMAIN.md §7), as stderr, explain and the report name them. */
export const SOURCE_KIND_LABELS: Readonly<Record<SourceKind, Bilingual>> = {
  land: { zh: '自然资源局', en: 'natural resources bureau' },
  tax: { zh: '税务局', en: 'tax bureau' },
  power: { zh: '供电公司', en: 'power company' },
  environment: { zh: '生态环境局', en: 'environment bureau' },
  statistics: { zh: '统计局', en: 'statistics bureau' },
};

/** The standard classes' names, 中文 and English (a scheme's tiers may name them their own way). */
export const CLASS_LABELS: Readonly<Record<ClassId, Bilingual>> = {
  A: { zh: '优先发展类', en: 'priority development' },
  B: { zh: '鼓励提升类', en: 'encouraged improvement' },
  C: { zh: '帮扶转型类', en: 'assisted transformation' },
  'C-': { zh: '警示类', en: 'warning' },
  D: { zh: '倒逼整治类', en: 'forced rectification' },
};

/** Why a firm was not scored, 中文 and English. */
export const EXCLUSION_LABELS: Readonly<Record<ExclusionReason, Bilingual>> = {
  'exempt-industry': { zh: '免评行业', en: 'exempt industry' },
  'new-enterprise': { zh: '投产不满规定年限', en: 'new enterprise' },
  'construction-period': { zh: '建设期内', en: 'within construction period' },
  'below-land-threshold': { zh: '规下且用地低于门槛', en: 'below-scale under the land threshold' },
  'no-group': { zh: '不属于任何评价组', en: 'in no evaluation group' },
  'invalid-land': { zh: '用地面积为零或负', en: 'zero or negative land' },
  'missing-data': { zh: '缺少指标数据', en: 'missing data' },
  'county-missing': { zh: '未填县区', en: 'no county' },
};

/** A recognition or violation flag a record may carry. */
export type FlagId = (typeof RECOGNITION_FLAGS)[number] | (typeof VIOLATION_FLAGS)[number];

/** Recognition and violation flags (创新论英雄, 一票否决), 中文 and English. */
export const FLAG_LABELS: Readonly<Record<FlagId, Bilingual>> = {
  'high-tech': { zh: '高新技术企业', en: 'high-tech enterprise' },
  'specialised-new': { zh: '专精特新', en: 'specialised and new (专精特新)' },
  'little-giant': { zh: '专精特新小巨人', en: '"little giant"' },
  'single-champion': { zh: '制造业单项冠军', en: 'manufacturing single champion' },
  'smart-factory': { zh: '智能工厂', en: 'smart factory or workshop' },
  'green-factory': { zh: '绿色工厂', en: 'green factory' },
  'cloud-star': { zh: '星级上云企业', en: 'cloud-adoption star' },
  'tech-centre': { zh: '企业技术中心', en: 'enterprise technology centre' },
  'safety-accident': { zh: '安全生产事故', en: 'safety accident' },
  'environmental-violation': { zh: '重大环境违法', en: 'serious environmental violation' },
  'tax-evasion': { zh: '偷税漏税', en: 'tax evasion' },
  'dishonest-entity': { zh: '失信被执行人', en: 'dishonest entity' },
  'illegal-land-use': { zh: '违法用地', en: 'illegal land use' },
};

/** Why no figure of the firm can lift its class (`NextClass.status`), as explain and the report say it. */
export const FIXED_CLASS_TEXT: Readonly<Record<'top' | 'veto' | 'small-pool', Bilingual>> = {
  top: { zh: '已是本组最高类别。', en: 'Already in the best class of its pool.' },
  veto: { zh: '受一票否决限制，提高指标不能提升类别。', en: 'A veto fixes the class: no indicator can lift it.' },
  'small-pool': {
    zh: '评价组企业数少于最小规模，全部按统一类别管理，提高指标不能改变类别。',
    en: 'The pool is below the minimum size, so every firm has the fallback class: indicators cannot change it.',
  },
};

/**
 * What a pool under the scheme's minimum size means for its firms (`PoolSummary.smallPool`): the
 * class they got instead of quota places and what their benchmarks were computed over, so that a
 * lone firm is not taken for its own benchmark. The results table's 说明 and the report's pool names say it.
 */
export function smallPoolText(f: SmallPoolFallback): Bilingual {
  const zhClass = f.fallbackClass === null ? '' : `类别按 ${f.fallbackClass} 类，`;
  const enClass = f.fallbackClass === null ? '' : `class ${f.fallbackClass}, `;
  const group = f.benchmarkOn === 'group';
  return {
    zh: `评价池不足 ${f.minPoolSize} 家：${zhClass}${group ? `基准按全组 ${f.scoredWith} 家企业计算` : '基准按本池计算'}`,
    en: `pool under ${f.minPoolSize} firms: ${enClass}${group ? `benchmarks over the whole group's ${f.scoredWith} firms` : 'benchmarks of the pool itself'}`,
  };
}

/** A flag's names; a scheme's own flag (not in {@link FLAG_LABELS}) goes by its id in both languages. */
export function flagLabel(id: string): Bilingual {
  return Object.hasOwn(FLAG_LABELS, id) ? FLAG_LABELS[id as FlagId] : { zh: id, en: id };
}

/**
 * What a veto does to the class (`AdjustmentApplied.effect`), 中文 and English. `forceD` puts the firm in
 * the scheme's last class, which a scheme may name other than D (validateScheme only warns).
 */
export const VETO_EFFECT_LABELS: Readonly<Record<VetoEffect, Bilingual>> = {
  forceD: { zh: '定为最末类', en: 'the last class' },
  capC: { zh: '最高C类', en: 'class C at best' },
};

/** What a group's missing-data rule (`MissingRule`) gives a firm without the figure, 中文 and English. */
export const MISSING_RULE_LABELS: Readonly<Record<MissingRule, Bilingual>> = {
  zero: { zh: '按 0 分', en: 'scores 0' },
  poolAverage: { zh: '按组内平均分', en: 'scores the pool average' },
  exclude: { zh: '不参评（排除）', en: 'not scored (excluded)' },
};

/** The words of a benchmark's method (`BenchmarkUsed.method`: `fixed`, `2 × aggregate` …), 中文 and English. */
export const BENCHMARK_METHOD_LABELS: Readonly<Record<string, Bilingual>> = {
  aggregate: { zh: '汇总比值（合计÷合计）', en: 'aggregate (total ÷ total)' },
  median: { zh: '中位数', en: 'median' },
  mean: { zh: '平均值', en: 'mean' },
  fixed: { zh: '固定值', en: 'fixed' },
  'min-max': { zh: '最大值（最小最大法）', en: 'maximum (min-max)' },
  percentile: { zh: '中位数（百分位法）', en: 'median (percentile)' },
};

/** A benchmark's method in words: `2 × aggregate` → `2 × 汇总比值（合计÷合计）`. */
export function benchmarkMethodText(method: string, language: keyof Bilingual): string {
  return method.replace(/[a-z][a-z-]*/g, (word) => (Object.hasOwn(BENCHMARK_METHOD_LABELS, word) ? BENCHMARK_METHOD_LABELS[word]![language] : word));
}
