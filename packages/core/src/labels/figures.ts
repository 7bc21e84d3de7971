import type { EnterpriseRecord } from '../schema/record.js';
import type { FigureId } from '../schema/scheme.js';
import type { SourceKind } from '../schema/sourcePrecedence.js';
import type { Bilingual } from '../types/bilingual.js';
import { FIELD_LABELS, SOURCE_KIND_LABELS } from './labels.js';

/** A figure an evaluation needs (DOMAIN.md §3): what an indicator divides ({@link FigureId}), the land, or the scale. */
export type InputFigureId = 'land' | 'scale' | FigureId;

/** What a figure is called, which record fields carry it, and which bureau's export usually has it. */
export interface InputFigure {
  id: InputFigureId;
  /** Record fields any one of which gives the figure (land: owned or leased in; emission: equivalents or a pollutant). */
  fields: readonly (keyof EnterpriseRecord)[];
  name: Bilingual;
  /** The export that usually carries it: where to look when no file has it. */
  bureau: Bilingual;
}

/** A bureau's export, in the bureaus' names: `税务局征管系统导出` / `the tax bureau’s collection-system export`. */
const exportOf = (kind: SourceKind, what: Bilingual): Bilingual => ({
  zh: `${SOURCE_KIND_LABELS[kind].zh}${what.zh}`,
  en: `the ${SOURCE_KIND_LABELS[kind].en}’s ${what.en}`,
});
const TAX = SOURCE_KIND_LABELS.tax;
const STATISTICS_TABLES: Bilingual = { zh: '一套表', en: '一套表' };

/** A figure one record field carries, named as {@link FIELD_LABELS} names the field. */
const oneField = (id: InputFigureId, field: keyof typeof FIELD_LABELS, bureau: Bilingual): InputFigure => ({
  id,
  fields: [field],
  name: FIELD_LABELS[field].name,
  bureau,
});

/**
 * The figures of DOMAIN.md §3, the record fields that give them and the bureaus that export them
 * (归集 by bureau: land from 自然资源局, tax from 税务局, electricity from 供电公司, emissions from
 * 生态环境局, the rest from 统计局's 一套表). Wherever figures are listed (explain's ways up, what a
 * file lacks) they come in this order: what a firm yields, then what it uses, land and scale last.
 */
export const FIGURES: Readonly<Record<InputFigureId, InputFigure>> = {
  tax: oneField('tax', 'taxWan', exportOf('tax', { zh: '征管系统导出', en: 'collection-system export' })),
  sales: oneField('sales', 'salesWan', exportOf('statistics', { zh: `一套表（或${TAX.zh}开票数据）`, en: `一套表 (or the ${TAX.en}’s invoices)` })),
  valueAdded: oneField('valueAdded', 'valueAddedWan', exportOf('statistics', STATISTICS_TABLES)),
  rd: oneField('rd', 'rdWan', exportOf('statistics', { zh: '一套表（研发活动情况）', en: '一套表 (R&D activity)' })),
  techInvestment: oneField(
    'techInvestment',
    'techInvestmentWan',
    exportOf('statistics', { zh: '固定资产投资统计（技术改造投资）', en: 'fixed-asset investment data (technical renovation)' }),
  ),
  energy: oneField('energy', 'energyTce', exportOf('statistics', { zh: '能源统计报表', en: 'energy return' })),
  electricity: oneField('electricity', 'electricityWanKwh', exportOf('power', { zh: '导出', en: 'export' })),
  emission: {
    id: 'emission',
    fields: ['emissionEq', 'codT', 'ammoniaNitrogenT', 'so2T', 'noxT'],
    name: { zh: '主要污染物排放量', en: 'pollutant emissions' },
    bureau: exportOf('environment', { zh: '排污许可或环境统计数据', en: 'pollutant-permit or environmental-statistics data' }),
  },
  employees: oneField('employees', 'employees', exportOf('statistics', STATISTICS_TABLES)),
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
};
