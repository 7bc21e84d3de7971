import type { SourceKind } from '@mujun/core';
import { KIND_ORDER } from './kindOrder.js';
import { normalizeHeader, splitUnit } from '../headers/normalizeHeader.js';
import type { SourceColumn } from '../read/readSource.js';

/** What kind of export a source is, and how that was found. */
export interface SourceKindFound {
  /** The bureau whose export it is; null when its columns do not tell (it then ranks after every kind). */
  kind: SourceKind | null;
  /** `mapping`: named in the mapping file's `sources`; `columns`: inferred from the columns it has. */
  from: 'mapping' | 'columns';
}

/** Columns that only one bureau exports (DOMAIN.md §7): each is a vote for it. */
const COLUMN_KIND: Readonly<Record<string, SourceKind>> = {
  land_mu: 'land',
  land_leased_out_mu: 'land',
  land_leased_in_mu: 'land',
  rented_floor_m2: 'land',
  construction_period_end: 'land',
  tax_wan: 'tax',
  electricity_wan_kwh: 'power',
  key_polluter: 'environment',
  emission_eq: 'environment',
  cod_t: 'environment',
  ammonia_nitrogen_t: 'environment',
  so2_t: 'environment',
  nox_t: 'environment',
  scale: 'statistics',
  above_scale: 'statistics',
  industry_code: 'statistics',
  value_added_wan: 'statistics',
  energy_tce: 'statistics',
  rd_wan: 'statistics',
  employees: 'statistics',
  production_start_date: 'statistics',
};

/** Headers that say whose export a shared column is in (纳税人识别号 is the tax bureau's name for the credit code, 户名 the power company's for the name). */
const HEADER_KIND: ReadonlyMap<string, SourceKind> = new Map(
  (
    [
      ['tax', ['纳税人识别号', '纳税人名称', '开票销售收入', '应税销售收入', '开票销售额']],
      ['statistics', ['营业收入', '主营业务收入', '营业收入合计', '主营业务收入合计', '产品销售收入']],
      ['power', ['户名', '用户名称', '电表户号', '户号', '用电户号', '电表号', '用户编号']],
      ['land', ['不动产权证号', '不动产证号', '土地证号', '国有土地使用证号', '宗地号', '宗地编号', '宗地代码', '地块编号', '不动产单元号']],
    ] as const
  ).flatMap(([kind, headers]) => headers.map((h) => [normalizeHeader(h), kind] as const)),
);

/**
 * The kind of export a source is: the one named for it in the mapping file's `sources` (by the
 * name as given or the file's own name), else the bureau most of its recognised columns belong to
 * (a tie, or no telling column, is null). It depends on the file alone, never on its place among
 * the inputs.
 */
export function sourceKindOf(source: string, columns: readonly SourceColumn[], named?: Readonly<Record<string, SourceKind>>): SourceKindFound {
  const given = named?.[source] ?? named?.[baseName(source)];
  if (given !== undefined) return { kind: given, from: 'mapping' };
  const votes = new Map<SourceKind, number>();
  for (const c of columns) {
    const h = normalizeHeader(c.header);
    const kind = HEADER_KIND.get(h) ?? HEADER_KIND.get(splitUnit(h)?.base ?? '') ?? COLUMN_KIND[c.column];
    if (kind !== undefined) votes.set(kind, (votes.get(kind) ?? 0) + 1);
  }
  const most = Math.max(0, ...votes.values());
  const top = KIND_ORDER.filter((k) => most > 0 && votes.get(k) === most);
  return { kind: top.length === 1 ? top[0]! : null, from: 'columns' };
}

/** `data/税务.csv` → `税务.csv`; a workbook's sheet keeps its `#sheet`. */
function baseName(source: string): string {
  return source.replace(/^.*[\\/]/, '');
}
