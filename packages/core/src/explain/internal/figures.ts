import type { FactName } from '../../fast/factColumns.js';
import type { NumericField } from '../../schema/record.js';
import type { Bilingual } from '../types.js';

/** An input figure a firm can change, as the way up states it. */
export interface Figure {
  field: NumericField;
  /** The fact it makes (fast/factColumns): the indicators reading that fact are the ones it feeds. */
  fact: FactName;
  /** Decimals the figure is stated with; a stated target is rounded toward the safe side to them. */
  decimals: number;
  label: Bilingual;
  unit: Bilingual;
}

const WAN: Bilingual = { zh: '万元', en: '10⁴ yuan' };
const TONNES: Bilingual = { zh: '吨', en: 't' };

/**
 * The figures of a record that feed indicators (DOMAIN.md §3), one per record field. Land is the
 * land held under land-use rights (leased land and rented floor are the other firm's); emissions are
 * the equivalents when the record gives them, else each pollutant's tonnes (the fact the scheme's
 * emission basis makes of them, equivalents or tonnes). A field the record lacks is not offered: there is nothing to raise.
 */
export const FIGURES: readonly Figure[] = [
  { field: 'taxWan', fact: 'tax', decimals: 2, label: { zh: '税收', en: 'tax' }, unit: WAN },
  { field: 'salesWan', fact: 'sales', decimals: 2, label: { zh: '销售收入', en: 'sales' }, unit: WAN },
  { field: 'valueAddedWan', fact: 'valueAdded', decimals: 2, label: { zh: '工业增加值', en: 'value added' }, unit: WAN },
  { field: 'rdWan', fact: 'rd', decimals: 2, label: { zh: '研发经费', en: 'R&D spending' }, unit: WAN },
  { field: 'techInvestmentWan', fact: 'techInvestment', decimals: 2, label: { zh: '技术改造投资', en: 'technical-renovation investment' }, unit: WAN },
  { field: 'energyTce', fact: 'energy', decimals: 2, label: { zh: '综合能耗', en: 'energy use' }, unit: { zh: '吨标准煤', en: 'tce' } },
  { field: 'electricityWanKwh', fact: 'electricity', decimals: 2, label: { zh: '用电量', en: 'electricity use' }, unit: { zh: '万千瓦时', en: '10⁴ kWh' } },
  { field: 'emissionEq', fact: 'emission', decimals: 2, label: { zh: '污染物排放当量', en: 'pollution equivalents' }, unit: { zh: '当量', en: 'equivalents' } },
  { field: 'codT', fact: 'emission', decimals: 3, label: { zh: '化学需氧量排放', en: 'COD emissions' }, unit: TONNES },
  { field: 'ammoniaNitrogenT', fact: 'emission', decimals: 3, label: { zh: '氨氮排放', en: 'ammonia nitrogen emissions' }, unit: TONNES },
  { field: 'so2T', fact: 'emission', decimals: 3, label: { zh: '二氧化硫排放', en: 'SO₂ emissions' }, unit: TONNES },
  { field: 'noxT', fact: 'emission', decimals: 3, label: { zh: '氮氧化物排放', en: 'NOx emissions' }, unit: TONNES },
  { field: 'employees', fact: 'employees', decimals: 0, label: { zh: '从业人员', en: 'employees' }, unit: { zh: '人', en: 'persons' } },
  { field: 'landOwnedMu', fact: 'landMu', decimals: 2, label: { zh: '土地使用权面积', en: 'land held' }, unit: { zh: '亩', en: 'mu' } },
];
