import { INDICATOR_IDS, SOURCE_KIND_LABELS, type Bilingual, type EnterpriseRecord, type IndicatorId, type IndicatorSpec, type SourceKind } from '@mujun/core';
import { indicatorFacts } from '@mujun/core/engine';

/** A figure an evaluation needs, as a bureau delivers it (one or several record fields). */
export type FigureId = 'land' | 'scale' | 'tax' | 'sales' | 'valueAdded' | 'energy' | 'electricity' | 'emission' | 'employees' | 'rd' | 'techInvestment';

/** What a figure is, which record fields carry it, and which bureau's export usually has it. */
export interface Figure {
  id: FigureId;
  /** Record fields any one of which gives the figure (land: owned or leased in; emission: equivalents or a pollutant). */
  fields: readonly (keyof EnterpriseRecord)[];
  name: Bilingual;
  /** The export that usually carries it: where to look when no file has it. */
  bureau: Bilingual;
}

/** A bureau's export, in core's names of the bureaus: `税务局征管系统导出` / `the tax bureau’s collection-system export`. */
const exportOf = (kind: SourceKind, what: Bilingual): Bilingual => ({
  zh: `${SOURCE_KIND_LABELS[kind].zh}${what.zh}`,
  en: `the ${SOURCE_KIND_LABELS[kind].en}’s ${what.en}`,
});
const TAX = SOURCE_KIND_LABELS.tax;

/**
 * The figures of DOMAIN.md §3 and the bureaus that export them (归集 by bureau: land from 自然资源,
 * tax from 税务, electricity from 供电, emissions from 生态环境, the rest from 统计's 一套表).
 */
export const FIGURES: Readonly<Record<FigureId, Figure>> = {
  land: {
    id: 'land',
    fields: ['landOwnedMu', 'landLeasedInMu'],
    name: { zh: '用地面积', en: 'land area' },
    bureau: exportOf('land', { zh: '（不动产登记）导出', en: 'real-estate register export' }),
  },
  scale: {
    id: 'scale',
    fields: ['scale'],
    name: { zh: '规模（规上/规下）', en: 'scale (above/below designated size)' },
    bureau: exportOf('statistics', { zh: '规上企业名录', en: 'roster of above-scale firms' }),
  },
  tax: {
    id: 'tax',
    fields: ['taxWan'],
    name: { zh: '实缴税金', en: 'taxes paid' },
    bureau: exportOf('tax', { zh: '征管系统导出', en: 'collection-system export' }),
  },
  sales: {
    id: 'sales',
    fields: ['salesWan'],
    name: { zh: '销售收入', en: 'sales' },
    bureau: exportOf('statistics', { zh: `一套表（或${TAX.zh}开票数据）`, en: `一套表 (or the ${TAX.en}’s invoices)` }),
  },
  valueAdded: {
    id: 'valueAdded',
    fields: ['valueAddedWan'],
    name: { zh: '工业增加值', en: 'value added' },
    bureau: exportOf('statistics', { zh: '一套表', en: '一套表' }),
  },
  energy: {
    id: 'energy',
    fields: ['energyTce'],
    name: { zh: '综合能耗', en: 'total energy use' },
    bureau: exportOf('statistics', { zh: '能源统计报表', en: 'energy return' }),
  },
  electricity: {
    id: 'electricity',
    fields: ['electricityWanKwh'],
    name: { zh: '用电量', en: 'electricity use' },
    bureau: exportOf('power', { zh: '导出', en: 'export' }),
  },
  emission: {
    id: 'emission',
    fields: ['emissionEq', 'codT', 'ammoniaNitrogenT', 'so2T', 'noxT'],
    name: { zh: '主要污染物排放量', en: 'pollutant emissions' },
    bureau: exportOf('environment', { zh: '排污许可或环境统计数据', en: 'pollutant-permit or environmental-statistics data' }),
  },
  employees: {
    id: 'employees',
    fields: ['employees'],
    name: { zh: '从业人员数', en: 'employees' },
    bureau: exportOf('statistics', { zh: '一套表', en: '一套表' }),
  },
  rd: {
    id: 'rd',
    fields: ['rdWan'],
    name: { zh: '研发经费', en: 'R&D spend' },
    bureau: exportOf('statistics', { zh: '一套表（研发活动情况）', en: '一套表 (R&D activity)' }),
  },
  techInvestment: {
    id: 'techInvestment',
    fields: ['techInvestmentWan'],
    name: { zh: '技术改造投资', en: 'technical-renovation investment' },
    bureau: exportOf('statistics', { zh: '固定资产投资统计（技术改造投资）', en: 'fixed-asset investment data (technical renovation)' }),
  },
};

/** The figures an indicator divides: its facts in core's one table of formulas (DOMAIN.md §3), the land for `landMu`. */
export function indicatorFigures(spec: Pick<IndicatorSpec, 'id' | 'variant'>): FigureId[] {
  return indicatorFacts(spec).map((fact) => (fact === 'landMu' ? 'land' : (fact as FigureId)));
}

/** {@link indicatorFigures} of each indicator in its default variant. */
export const INDICATOR_FIGURES: Readonly<Record<IndicatorId, readonly FigureId[]>> = Object.fromEntries(
  INDICATOR_IDS.map((id) => [id, indicatorFigures({ id })]),
) as Record<IndicatorId, FigureId[]>;
